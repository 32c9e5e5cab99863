"""A font-size switch with its sizes smallest first (issue 18, round 58: meta lines on pages nobody
tuned for): "【字体：小 中 大】", "【字体：小 大】" alone on a line, as a city government's policy
pages (cq.gov.cn), a tax bureau's notices (chinatax.gov.cn), a news agency's article head
(xinhuanet.com) and a hospital's notices (own-tune www.cdfybjy.com) print it. Fixtures are the
project's own: made-up names and units, the lines' forms only."""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

RULE = "meta-lines.font-size-switch"
TITLE = "青禾社区开设长者食堂 每天为两百位老人送餐"
TEXT = [
    "青禾社区把闲置多年的旧仓库改成长者食堂，每天上午十点开始为辖区独居和高龄老人准备午餐。",
    "食堂由十多位退休居民轮流掌勺，街道提供场地和设备，年轻志愿者骑车分片把饭菜送到老人家中。",
    "社区负责人说，下一步将在周末增加晚餐供应，并请营养师每月调整一次菜单。",
]


def test_a_switch_smallest_first_goes():
    for switch in ("【字体：小 中 大】", "【字体：小 大】", "字号：[小][中][大]", "字体：小 中 大"):
        head = ["发布时间：2024-10-12", "信息来源：青禾社区", switch]
        doc, report = clean("\n".join([TITLE, *head, *TEXT]))
        assert texts(doc) == TEXT, switch
        assert removed(report, RULE) == [switch], switch


def test_a_size_word_in_the_text_stays():
    # "字体大小" is a word (大 before 小 without 中), and a size name ("小二号") is no button.
    lines = ["公文格式的几点要求", "一、字体大小", "正文用三号仿宋体字，标题用二号小标宋体字。",
             "字体：小二号", "页码用四号半角宋体阿拉伯数字，编排在公文版心下边缘之下。"]
    doc, report = clean("\n".join(lines))
    assert "一、字体大小" in texts(doc) or "字体大小" in "".join(texts(doc))
    assert "字体：小二号" in texts(doc)
    assert removed(report, RULE) == []


def test_the_first_paragraph_under_a_bracketed_switch_stays():
    # A line held whole in brackets loses them in its rule form: read on into the paragraph under
    # it, a match from inside the brackets seemed to cross the seam and took the paragraph
    # (seams.reads_on); the rule's match now holds the opening bracket.
    for switch in ("【字体：大 中 小】", "【字体：小 中 大】"):
        doc, report = clean("\n".join([TITLE, "发布时间：2024-10-12", switch, *TEXT]))
        assert texts(doc) == TEXT, switch
        assert removed(report, RULE) == [switch], switch


def test_a_salutation_under_an_empty_source_label_stays():
    # A hospital's notice: an empty 信息来源 field, an empty counter and the switch over the
    # letter's salutation, which is no value of the label above it (seams.wrapped_rule).
    letter = ["广大市民朋友：", "清明节假期期间，我院部分专科门诊暂停开放，急诊照常接诊，请大家合理安排就诊时间。",
              "特此通知。", "青禾市妇幼保健院", "2025年4月2日"]
    head = ["发布时间：2025-04-02", "信息来源：", "点击次数： 次", "【字体：小 大】"]
    doc, report = clean("\n".join(["关于清明节假期部分门诊暂停的通知", *head, *letter]))
    assert texts(doc) == letter
    assert removed(report, RULE) == ["【字体：小 大】"]
