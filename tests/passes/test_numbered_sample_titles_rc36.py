"""A 范文 site's numbered list of its other samples after the text, with no heading (issue 18, rc36).

"1. …范文", "2. …" after the document's end are other pages' titles: the run goes once its first
item names itself a sample. A document's own numbered list stays: an 附件 list under its label, a
plan's tasks, a 范文 page's last sample opening over its salutation. Fixtures are made up.
"""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "青禾社区服务中心上半年工作总结"
BODY = [
    "今年上半年，社区服务中心围绕便民服务目标，扎实推进各项工作，居民满意度稳步提升。",
    "中心每月组织一次便民集市，累计服务居民三千余人次，收到群众表扬信十二封。",
    "下半年，中心将继续完善服务清单，争取新增两处活动场地。",
    "青禾社区服务中心",
    "2024年7月5日",
]


def test_a_numbered_run_of_sample_titles_after_the_end_goes():
    tail = ["1. 社区年度工作总结范文", "2. 街道便民服务工作总结", "3. 社区志愿服务活动总结(精选5篇)"]
    doc, report = clean("\n".join([TITLE, *BODY, *tail]))
    assert removed(report, "recommendations.numbered-sample-title") == tail[:1]
    assert removed(report, "recommendations.numbered-sample-title-next") == tail[1:2]
    assert [line for line in tail if line not in texts(doc)] == tail
    assert texts(doc) == BODY


def test_an_attachment_list_stays():
    own = ["附件：", "1. 社区服务中心活动报名表模板", "2. 便民集市摊位申请表"]
    doc, _ = clean("\n".join([TITLE, *BODY[:3], *own, *BODY[3:]]))
    assert all(line in texts(doc) for line in own)


def test_a_plans_numbered_tasks_stay():
    own = ["1. 完善便民服务清单", "2. 新增两处活动场地", "3. 修订志愿者考核方案"]
    doc, _ = clean("\n".join([TITLE, *BODY[:3], *own, *BODY[3:]]))
    assert all(line in texts(doc) for line in own)


def test_the_last_samples_numbered_title_over_its_salutation_stays():
    sample = [
        "3. 社区服务中心工作汇报范文",
        "尊敬的各位领导：",
        "下面我代表服务中心，将上半年的工作情况汇报如下，请予审议。",
    ]
    doc, _ = clean("\n".join([TITLE, *BODY[:3], *sample]))
    assert all(line in " ".join(texts(doc)) for line in sample[1:])
    assert any("社区服务中心工作汇报范文" in line for line in texts(doc))
