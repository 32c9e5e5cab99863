"""Forum and comment chrome told by its form (issue 18, round 51).

A row of links each in square brackets, as board, guestbook and CMS templates print a post's or a
page's controls; the comment box's disclaimer with the comment named first and the commenter
after 仅代表, its civility reminder opening a line of its other rules, its "评论一下" button, its
"所有评论" heading and the "无" of its empty list. Each test also keeps a document line of the
same shape. Fixtures are made up.
"""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "青石镇文化站年度工作小结"
BODY = [f"第{n}项：文化站今年组织了送戏下乡、农家书屋借阅和广场舞培训，群众参与热情很高，反响良好。"
        for n in range(1, 9)]


def page(*, middle=(), tail=()):
    return "\n".join([TITLE, *BODY[:4], *middle, *BODY[4:], *tail])


# --- a row of bracketed links ------------------------------------------------------------------

@pytest.mark.parametrize("row", ["[关闭] [编辑] [删除] [管理]", "[引用][回复][举报]",
                                 "[收藏本文] [推荐给好友] [关闭]", "[回复] | [返回页首]"])
def test_a_row_of_bracketed_links_goes_anywhere(row):
    doc, report = clean(page(middle=[row]))
    assert texts(doc) == BODY
    assert removed(report, "forum.bracketed-link-row") == [row]


@pytest.mark.parametrize("line", ["[单位名称] [年月日]", "[甲方盖章] [乙方盖章]", "[此页无正文]",
                                  "[一] [二] [三]", "[注1] [注2]"])
def test_placeholders_a_lone_bracket_and_numbered_marks_are_no_link_row(line):
    doc, report = clean(page(middle=[line]))
    assert line in texts(doc)
    assert not removed(report, "forum.bracketed-link-row")


# --- the comment box's notes, button, heading and empty list ------------------------------------

@pytest.mark.parametrize(("note", "rule"), [
    ("本评论仅代表网友个人观点，不代表本站立场", "meta-lines.comment-disclaimer"),
    ("以上留言仅代表网友个人意见，请理性评论", "meta-lines.comment-disclaimer"),
    ("您的观点仅代表您本人,请文明发言,严禁发布广告", "meta-lines.comment-disclaimer"),
    ("请文明发言，尊重他人", "comments.comment-etiquette")])
def test_the_comment_boxs_disclaimer_and_reminder_go(note, rule):
    doc, report = clean(page(tail=[note]))
    assert texts(doc) == BODY
    assert removed(report, rule) == [note]


@pytest.mark.parametrize("line", ["以上仅代表个人观点，不当之处请批评指正。",
                                  "请文明发言，理性表达诉求，共同维护网络秩序，是我们每个网民的责任。"
                                  "本倡议由社区居委会发出，望广大居民积极响应并相互监督。"])
def test_a_texts_own_modesty_or_a_pledge_sentence_stays(line):
    doc, report = clean(page(tail=[line]))
    assert line in texts(doc)
    assert not removed(report, "comments.comment-etiquette")
    assert not removed(report, "meta-lines.comment-disclaimer")


def test_the_boxs_button_heading_and_empty_list_word_go():
    doc, report = clean(page(tail=["评论一下", "所有评论", "无"]))
    assert texts(doc) == BODY
    assert removed(report, "comments.comment-box-words") == ["评论一下", "所有评论"]
    assert removed(report, "comments.empty-list-word") == ["无"]


def test_a_lone_no_under_a_documents_question_stays():
    doc, _ = clean(page(middle=["本年度是否发生安全事故", "无"]))
    assert "无" in texts(doc)
