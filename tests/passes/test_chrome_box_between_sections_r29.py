"""A box of other pages printed between two sections of the text (round 29): a "延伸阅读：…" or a
bare "相关推荐" line in the page's second half drops the rest of the page only when the document
has ended; when the document's own section numbering goes on below it ("二、" above, "三、" a few
lines below), the line goes alone and the last section, the signature and the date stay.
Fixtures are written for the project, words made up."""

from __future__ import annotations

import pytest

from helpers import clean, texts

OPENING = "今年以来，社区在街道党工委的领导下，围绕中心工作，扎实推进各项任务，取得了一定成效，群众满意度不断提升。"
FIRST = ["一、主要工作", "上半年，社区组织开展文明创建、环境整治和便民服务活动，居民参与热情较高，效果良好。"]
SECOND = ["二、存在问题", "一是人员力量不足，二是资金保障不够，三是部分工作推进较慢，需要在下一步工作中加以解决。"]
LAST = ["三、下步打算", "下一步，我们将继续加强队伍建设，提升服务水平，努力开创社区工作新局面，为居民提供更好服务。",
        "河湾社区居委会", "2024年12月20日"]


@pytest.mark.parametrize("box", ["延伸阅读：社区党建工作总结范文", "推荐阅读：社区年度工作总结报告", "相关推荐"])
def test_the_document_goes_on_under_a_box_between_its_sections(box):
    doc, report = clean("\n".join(["社区2024年工作总结", OPENING, *FIRST, *SECOND, box, *LAST]))
    assert texts(doc) == [OPENING, *FIRST, *SECOND, *LAST]
    assert [r["text"] for r in report.removed if r["rule"].startswith("recommendations.")] == [box]


def test_a_box_after_the_last_section_still_takes_its_titles():
    titles = ["社区党建工作总结范文", "社区年度工作总结报告", "街道办事处半年工作情况汇报"]
    doc, _report = clean("\n".join(["社区2024年工作总结", OPENING, *FIRST, *SECOND, *LAST, "相关推荐", *titles]))
    assert texts(doc) == [OPENING, *FIRST, *SECOND, *LAST]


def test_numbering_that_does_not_go_on_is_no_guard():
    # "四、" under a box that follows "二、" is another list's number, not the document's next section.
    other = ["四、社区党建工作总结范文", "五、社区年度工作总结报告"]
    doc, _report = clean("\n".join(["社区2024年工作总结", OPENING, *FIRST, *SECOND, *LAST[2:], "相关推荐", *other]))
    assert texts(doc) == [OPENING, *FIRST, *SECOND, *LAST[2:]]


# --- a box of other pages' titles above the page's title ------------------------------------------

BODY = [OPENING, *FIRST, *SECOND, *LAST]


@pytest.mark.parametrize("label", ["热门文章", "相关推荐"])
def test_the_title_is_the_line_under_a_box_of_titles_not_one_of_its_items(label):
    items = ["社区党建工作总结范文", "社区年度工作总结报告", "街道办事处半年工作情况汇报"]
    doc, report = clean("\n".join([label, *items, "社区2024年工作总结", *BODY]))
    assert report.title == "社区2024年工作总结"
    assert texts(doc) == BODY
    assert [r["text"] for r in report.removed if r["rule"] == "recommendations.head-box"] == items


def test_a_label_over_the_title_alone_leaves_it_the_title():
    doc, report = clean("\n".join(["推荐阅读", "社区2024年工作总结", *BODY]))
    assert report.title == "社区2024年工作总结"
    assert texts(doc) == BODY


# --- a box pushed between a notice's paragraphs, its signature below -------------------------------

NOTICE = ["各居民小组：",
          "为进一步改善社区人居环境，经研究，决定于本月开展环境卫生集中整治活动，请各小组认真组织落实。",
          "整治范围包括楼道、绿化带和公共活动场所，各小组要落实责任人，确保不留死角。"]
CLOSE = ["请各小组于5月20日前将整治情况报社区居委会。", "河湾社区居委会", "2024年5月6日"]


@pytest.mark.parametrize("box", ["延伸阅读：社区卫生整治工作方案", "相关推荐"])
def test_a_notice_goes_on_to_its_signature_under_a_box_line(box):
    doc, report = clean("\n".join(["关于开展社区环境卫生整治活动的通知", *NOTICE, box, *CLOSE]))
    assert texts(doc) == NOTICE + CLOSE
    assert [r["text"] for r in report.removed if r["rule"].startswith("recommendations.")] == [box]


def test_a_box_after_the_signature_still_takes_its_titles():
    titles = ["社区卫生整治工作方案范文", "社区环境整治活动总结报告", "街道爱国卫生月活动方案"]
    doc, _report = clean("\n".join(["关于开展社区环境卫生整治活动的通知", *NOTICE, *CLOSE, "相关推荐", *titles]))
    assert texts(doc) == NOTICE + CLOSE


# --- the box's titles between two sections go with its label (mid_boxes.py) -----------------------

ITEMS = ["社区党建工作总结范文", "社区年度工作总结报告"]


def test_the_titles_of_a_box_between_two_sections_go():
    doc, report = clean("\n".join(["社区2024年工作总结", OPENING, *FIRST, *SECOND, "相关推荐", *ITEMS, *LAST]))
    assert texts(doc) == BODY
    assert [r["text"] for r in report.removed if r["rule"] == "recommendations.title-list"] == ITEMS


def test_a_heading_with_its_paragraph_under_a_box_label_stays():
    own = ["加强队伍建设提升服务水平", "下一步我们将加强队伍建设，提升服务水平。"]
    doc, _report = clean("\n".join(["社区2024年工作总结", OPENING, *FIRST, *SECOND, "相关推荐", *own, *LAST]))
    assert texts(doc) == [OPENING, *FIRST, *SECOND, *own, *LAST]
