"""A school news item's credit glued after its last sentence with the contributor's unit first
(round 52, sv52): "（校团委 某某）", "（宣传处 某某/文 某某/图）", "（团委：某某，审核人：某某）".
The credit is cut and the sentence kept (meta-lines.unit-first-credit-glued); a plan's task that
ends with its unit's duty, a reporter's sign-off and a note of the text's own stay. A counter's
label alone with its count left out ("点击量:") goes (meta-lines.view-count). Fixtures are made up.
"""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "学院第九届社团文化节闭幕"
BODY = ["6月20日，学院第九届社团文化节闭幕式在大学生活动中心举行，各社团负责人参加。",
        "本届文化节历时两个月，先后举办知识竞赛、趣味运动会、游园会等三十余项活动。"]
LAST = "丰富多彩的社团活动展示了同学们朝气蓬勃的精神风貌。"


@pytest.mark.parametrize("credit", [
    "（校团委 韩小岚）",
    "(团委:吴小卉,审核人:蒋小山)",
    "（宣传处 杨小原/文 朱小睿/图）",
    "（学生工作处：林小可、何小舟）",
])
def test_a_credit_with_its_unit_first_glued_after_the_last_sentence_is_cut(credit):
    doc, report = clean("\n".join([TITLE, *BODY, LAST + credit]))
    assert texts(doc) == [*BODY, LAST]
    assert removed(report, "meta-lines.unit-first-credit-glued") == [credit]


def test_the_unit_and_names_first_credit_alone_on_the_last_line_goes():
    credit = "（办公室 张小明/文 李大伟/图）"
    doc, report = clean("\n".join([TITLE, *BODY, LAST, credit]))
    assert texts(doc) == [*BODY, LAST]
    assert removed(report, "meta-lines.unit-first-credit-glued") == [credit]


@pytest.mark.parametrize("line", [
    "年底前完成全部老旧管网的改造任务。（县住建局 负责）",
    "年底前完成全部老旧管网的改造任务。（县住建局、县财政局）",
    "全市新增省级绿色工厂12家。（记者 王小某）",
    "社区新貌见下图。（文中数据来源于区统计局）",
])
def test_a_bracket_that_is_no_unit_and_name_credit_stays(line):
    doc, report = clean("\n".join([TITLE, *BODY, line]))
    assert texts(doc)[-1] == line.replace(" ", "")  # (typography drops the blank between CJK words)
    assert not removed(report, "meta-lines.unit-first-credit-glued")


@pytest.mark.parametrize("label", ["点击量:", "访问量：", "访问次数:"])
def test_a_counters_label_alone_under_the_date_goes(label):
    head = ["发布日期：2024-05-06", label]
    doc, report = clean("\n".join([TITLE, *head, *BODY, LAST]))
    assert texts(doc) == [*BODY, LAST]
    assert label in removed(report, "meta-lines.view-count")


def test_a_sentence_about_the_page_views_stays():
    line = "学院网站全年访问量达到十二万人次，较上年增长百分之二十。"
    doc, report = clean("\n".join([TITLE, *BODY, line, LAST]))
    assert line in texts(doc)
    assert not removed(report, "meta-lines.view-count")
