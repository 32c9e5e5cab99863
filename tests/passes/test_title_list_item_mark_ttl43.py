"""A title standing in a list's item on a page scraped as markdown ("- 关于…的通知" over "- 发布日期: …"):
the item's mark is no part of the title (round 43). Fixtures written for the project (made-up content)."""

from __future__ import annotations

from helpers import clean

BODY = ("为做好今年的图书盘点工作，请各部门在本周五前把借出未还的图书清点一遍，"
        "并把清单交到综合办公室。逾期未交的部门，下周例会上说明原因。")


def test_a_list_items_mark_before_the_title_goes():
    lines = ["- 关于开展年度图书清点工作的通知", "- 发布日期: 2024-04-08 阅读次数:次 【关闭窗口】", "各部门:", BODY]
    _doc, report = clean("\n".join(lines))
    assert report.title == "关于开展年度图书清点工作的通知"


def test_a_hyphen_glued_to_the_words_stays():
    # "-" with no blank after it is no list item's mark: clean_title leaves it.
    from reportfmt.passes.title_forms import clean_title

    assert clean_title("-某某记事") == "-某某记事"
    assert clean_title("– 某某社区工作报告") == "某某社区工作报告"
