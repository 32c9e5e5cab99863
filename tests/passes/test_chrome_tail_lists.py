"""Other pages' titles closing the page after the document's end (issue 18, round 22): the list
goes as one block (`recommendations.title-list`) under a line of chrome or a box's label; the
document's own short closing lines stay (numbered items, an attachment list, a signature, a poem's
lines, a list the document goes on after). Also a blog theme's English box label and its teasers,
and a forum thread's floor marks and poster counts.
Fixtures are written for the project in the forms real pages take, with made-up words."""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed

RULE = "recommendations.title-list"
TITLE = "青石镇中心小学开展秋季消防疏散演练"
BODY = ["十月十二日上午，青石镇中心小学组织全校师生开展了一次消防疏散演练。",
        "警报响起后，各班在老师带领下沿指定路线有序撤离，全程用时三分二十秒。",
        "演练结束后，镇消防站的教官为师生讲解了灭火器的使用方法，并请学生上台实际操作。",
        "学校表示，今后每学期都将组织一次这样的演练，让安全意识真正落到每个孩子身上。"]
LIST = ["• 青石镇中心小学举办首届校园读书节", "青石镇召开秋季森林防火工作部署会 10-09",
        "青石镇卫生院开展老年人免费体检活动", "青石镇第二届农民运动会圆满落幕 (09-28)"]


def test_a_labelled_list_of_titles_closing_the_page_goes():
    doc, report = clean("\n".join([TITLE, *BODY, "热点阅读", *LIST]))
    assert texts(doc) == BODY
    assert removed(report, RULE) == ["热点阅读", *LIST]


def test_a_list_under_a_line_of_chrome_goes():
    doc, report = clean("\n".join([TITLE, *BODY, "上一篇：青石镇开展秋季征兵体检工作", *LIST]))
    assert texts(doc) == BODY
    assert removed(report, RULE) == LIST


def test_the_documents_own_closing_lines_stay():
    numbered = ["1.青石镇中心小学消防演练方案", "2.青石镇中心小学疏散路线示意图", "3.青石镇中心小学演练人员名单"]
    attachments = ["附件", "青石镇中心小学消防演练方案", "青石镇中心小学疏散路线示意图", "青石镇中心小学演练人员名单"]
    signature = ["青石镇中心小学校长办公室", "青石镇中心小学安全工作领导小组", "2024年10月12日"]
    poem = ["秋风吹过操场的时候", "我们排着队走下楼梯", "老师的哨声比风还要响"]
    for tail in (numbered, attachments, signature, poem):
        doc, report = clean("\n".join([TITLE, *BODY, *tail]))
        assert texts(doc)[-len(tail):] == tail, tail
        assert not removed(report, RULE), tail


def test_a_list_the_document_goes_on_after_stays():
    # Short lines with the text going on below them are the document's own.
    doc, report = clean("\n".join([TITLE, *BODY, "热点阅读", *LIST, BODY[0] + "（补记）"]))
    assert all(line in texts(doc) for line in LIST)
    assert not removed(report, RULE)


def test_two_titles_are_no_list():
    doc, report = clean("\n".join([TITLE, *BODY, "热点阅读", *LIST[:2]]))
    assert texts(doc)[-2:] == LIST[:2]
    assert not removed(report, RULE)


def test_a_blog_themes_english_box_and_its_teasers_go():
    teasers = ["镇图书馆下月起延长开放时间，周末开到晚上九点，欢迎读者前来借阅。read more",
               "镇里新修的健身步道本周正式开放，全长两公里，沿途设有休息座椅。Continue reading »"]
    doc, report = clean("\n".join([TITLE, *BODY, "Related Posts", *teasers]))
    assert texts(doc) == BODY
    assert removed(report, "recommendations.recommended-reading")[0] == "Related Posts"
    doc, report = clean("\n".join([TITLE, *BODY, *teasers]))
    assert texts(doc) == BODY
    assert removed(report, "recommendations.teaser-read-more") == teasers


# A forum thread's reply headers and poster box (forum.yaml), with made-up posters (the module
# docstring names them too).
POST = ["这次培训让我印象最深的是现场教学，到村里看了两个合作社的项目。", "回来以后我把笔记整理了一遍，和大家分享。"]


def test_a_replys_floor_mark_goes_and_a_documents_floor_stays():
    marks = ["2F", "5F 阿杰 高二下 (2022/03/15)"]
    doc, report = clean("\n".join(["培训心得交流", *POST, marks[0], POST[0], marks[1], POST[1]]))
    assert removed(report, "forum.floor-mark") == marks
    # A building's floor in a document's sentence, or a floor named with its use, stays.
    line = "3楼会议室"
    doc, report = clean("\n".join(["培训心得交流", *POST, line, POST[0]]))
    assert line in texts(doc)
    assert not removed(report, "forum.floor-mark")


def test_a_posters_counts_go_on_a_forum_thread_only():
    stats = ["签到天数: 215 天", "[LV.6]常住居民"]
    thread = ["查看: 903|回复: 7", "培训心得交流", "[复制链接]", *stats,
              "发表于 2023-5-2 20:11 | 显示全部楼层 |阅读模式", *POST]
    doc, report = clean("\n".join(thread))
    assert removed(report, "forum.poster-stats") == stats
    assert texts(doc)[-2:] == POST
    # Not a forum thread: a form's field of the same shape is the document's.
    field = "积分: 120"
    doc, report = clean("\n".join(["志愿者服务登记表", "姓名: 王小明", field, *POST]))
    assert field in texts(doc)
    assert not removed(report, "forum.poster-stats")


def test_a_list_with_its_dates_on_lines_of_their_own_and_a_more_link_goes():
    items = ["青石镇中心小学举办首届校园读书节", "2024-10-08", "青石镇召开秋季森林防火工作部署会", "2024-10-09",
             "青石镇卫生院开展老年人免费体检活动", "2024-10-10"]
    doc, report = clean("\n".join([TITLE, *BODY, "热点新闻 更多>>", *items]))
    assert texts(doc) == BODY
    # (the dates, and a title a rule took between two of them, went already: the list counts them)
    assert removed(report, RULE) == ["热点新闻 更多>>", items[0], items[4]]


def test_a_documents_own_date_above_titles_stays():
    # A date closing the text (another rule takes it for the page's date line), then short lines:
    # the date is no list item and anchors nothing.
    tail = ["2024-10-12", "青石镇中心小学消防演练方案", "青石镇中心小学疏散路线示意图", "青石镇中心小学演练人员名单"]
    doc, report = clean("\n".join([TITLE, *BODY, *tail]))
    assert texts(doc)[-3:] == tail[1:]
    assert not removed(report, RULE)


@pytest.mark.parametrize(("text", "count", "more"), [
    ("", 0, False),
    ("abc 123", 0, False),
    ("中", 0, True),
    ("中", 1, False),
    ("2024年3月5日 某某学校 工作总结", 9, True),  # eleven: 年 月 日 and eight more
    ("2024年3月5日 某某学校 工作总结", 11, False),
    ("a中b文c字", 2, True),
    ("a中b文c字", 3, False),
])
def test_holds_more_cjk_counts_the_ideographs(text, count, more):
    from reportfmt.passes.boilerplate.tail_lists import holds_more_cjk

    assert holds_more_cjk(text, count) is more


def test_a_long_line_is_neither_a_listed_title_nor_a_box_label():
    """The guards before reading a long line (holds_more_cjk) answer as the whole reading does."""
    import panflute as pf

    from reportfmt.passes.boilerplate.head_boxes import _label
    from reportfmt.passes.boilerplate.tail_lists import _headline

    cases = [("某某学校开展安全教育活动", True, False), ("热点新闻 更多>>", False, True),
             ("某某学校开展安全教育活动" * 3, True, False), ("某某学校开展安全教育活动" * 4, False, False),
             ("某某学校开展安全教育活动2024年3月5日", True, False)]
    for text, headline, label in cases:
        block = pf.Para(*[pf.Str(word) if word else pf.Space() for word in text.replace(" ", "  ").split(" ")])
        assert (_headline(block, frozenset()), _label(block, frozenset())) == (headline, label), text


def test_the_footer_under_a_dropped_list_is_recorded_under_its_own_family():
    # The list's label drops the rest of the page; the review page still names each line's kind.
    tail = ["相关推荐：", "社区书记述职报告精选5篇", "版权声明：本站内容均来自网络，如有侵权请联系删除。",
            "Copyright © 2025 某某范文网 All Rights Reserved 京ICP备12345678号-1"]
    doc, report = clean("\n".join(["2025年度社区党支部书记述职报告", *BODY, *tail]))
    assert texts(doc) == BODY
    assert removed(report, "recommendations.recommended-reading") == tail[:2]
    assert removed(report, "footer.site-disclaimer") == [tail[2]]
    assert removed(report, "footer.copyright") == [tail[3]]
