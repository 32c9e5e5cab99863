"""Meta lines whose usual value the scrape lost or moved (issue 18, round 43, mt43): a 范文
template's 时间 field under the title with its stamp gone ("时间：某某 规章制度",
meta-lines.time-field-date-lost), and a bare item number alone after the text
(meta-lines.count-alone-after-text). A notice's own 时间 field and a table's figures stay.
Fixtures are made up.
"""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed

CRUMB = "某某范文网 > 规章制度 > 阅览室借阅管理制度"
TITLE = "阅览室借阅管理制度"
RULES = ["为了让阅览室的书真正流动起来，方便全体师生借阅，特作如下规定，请大家共同遵守。",
         "1、阅览室每周一至周五中午开放，节假日不开放。",
         "2、学生凭借阅卡借书，每人每次限借两本，借期两周。"]


@pytest.mark.parametrize("line", ["时间：某某 规章制度", "時間：某某 400字", "时间：某某 作文 我要投稿"])
def test_a_time_field_whose_stamp_was_lost_goes(line):
    doc, report = clean("\n".join([CRUMB, TITLE, line, *RULES]))
    assert texts(doc) == RULES
    assert removed(report, "meta-lines.time-field-date-lost") == [line]


@pytest.mark.parametrize("line", ["时间：待定", "时间：周三 下午", "时间：正月十五 全天", "时间：每天 晚上"])
def test_a_notices_own_time_field_stays(line):
    notice = ["关于召开迎新晚会筹备会的通知", "各班班长：",
              "为做好迎新晚会的筹备工作，经研究决定召开筹备会，现将有关事项通知如下。",
              line, "地点：学生活动中心二楼", "请各位按时参加。"]
    doc, report = clean("\n".join(notice))
    assert line in texts(doc)
    assert not removed(report, "meta-lines.time-field-date-lost")


PARAS = [f"第{i}段：各乡镇要做好晒场和烘干设施的协调工作，确保秋粮颗粒归仓，这是第{i}次强调。" for i in range(1, 40)]


def test_a_bare_number_after_the_text_goes():
    doc, report = clean("\n".join(["全县秋粮收购工作推进会召开", *PARAS, "30571"]))
    assert texts(doc) == PARAS
    assert removed(report, "meta-lines.count-alone-after-text") == ["30571"]


@pytest.mark.parametrize("table", [
    ["乡镇", "收购量", "东湖镇", "1250", "西山乡", "980"],
    ["东湖镇收购量（吨）", "1250", "西山乡收购量（吨）", "980", "南岭镇收购量（吨）", "1100"],
])
def test_a_tables_figures_after_the_text_stay(table):
    doc, report = clean("\n".join(["全县秋粮收购情况统计", *PARAS, *table]))
    assert texts(doc)[-len(table):] == table
    assert not removed(report, "meta-lines.count-alone-after-text")
