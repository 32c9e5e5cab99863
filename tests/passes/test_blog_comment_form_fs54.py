"""A blog's stock comment form under the post (round 54, fs54).

The WordPress form as its Chinese strings print it: the login prompt with the act first
(comments.login-to-comment), the fields each marked required (comments.comment-form-field), the
two checkboxes under them (comments.comment-form-note) and the anti-spam add-on's lone "Δ"; the
Typecho form's heading "添加新评论" (comments.comment-box-words); the Z-Blog form's bracket-marked
fields and its "◎欢迎参与讨论…" invitation (comments.comment-etiquette). A document's own lines of a
like shape stay. Fixtures are made up.
"""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "社区读书会活动小记"
BODY = ["上周六我们在社区图书室办了一次读书会，来了二十多位居民，大家轮流分享了最近读的书。",
        "有位退休老师讲了她读地方志的心得，大家听得很认真，还约好下次一起去档案馆看看。",
        "活动结束后大家把带来的旧书放进了漂流书架，欢迎邻居们自取。"]


def test_the_wordpress_form_goes_line_by_line():
    form = ["发表回复", "要发表评论，您必须先登录。", "您的邮箱地址不会被公开。 必填项已用 * 标注",
            "评论 *", "显示名称 *", "邮箱 *", "网站",
            "[ ] 在此浏览器中保存我的显示名称、邮箱地址和网站地址，以便下次评论时使用。",
            "[x] 如果有人回复我的评论，请通过电子邮件通知我。", "Δ"]
    doc, report = clean("\n".join([TITLE, *BODY, *form]))
    assert texts(doc) == BODY
    assert removed(report, "comments.login-to-comment") == ["要发表评论，您必须先登录。"]
    assert removed(report, "comments.comment-form-field") == ["评论 *", "显示名称 *", "邮箱 *", "网站", "Δ"]
    assert removed(report, "comments.comment-form-note")[1:] == [
        "[ ] 在此浏览器中保存我的显示名称、邮箱地址和网站地址，以便下次评论时使用。",
        "[x] 如果有人回复我的评论，请通过电子邮件通知我。"]


@pytest.mark.parametrize("line", ["在此浏览器中保存我的姓名、电子邮箱和网站，以便下次评论时使用。",
                                  "有新评论时通过电子邮件通知我。"])
def test_a_checkbox_line_goes_after_the_post(line):
    doc, report = clean("\n".join([TITLE, *BODY, line]))
    assert texts(doc) == BODY
    assert removed(report, "comments.comment-form-note") == [line]


def test_the_typecho_form_heading_goes():
    doc, report = clean("\n".join([TITLE, *BODY, "添加新评论", "称呼", "电子邮件", "网站", "内容", "提交评论"]))
    assert texts(doc) == BODY
    assert removed(report, "comments.comment-box-words") == ["添加新评论", "提交评论"]


def test_the_zblog_form_goes():
    form = ["发表评论", "名称(*)", "邮箱", "网址", "正文(*)(留言最长字数:1000)", "验证码(必填)", "提交评论",
            "◎欢迎参与讨论，请在这里发表您的看法、交流您的观点。"]
    doc, report = clean("\n".join([TITLE, *BODY, *form]))
    assert texts(doc) == BODY
    assert removed(report, "comments.comment-form-field") == [
        "名称(*)", "邮箱", "网址", "正文(*)(留言最长字数:1000)", "验证码(必填)"]
    assert removed(report, "comments.comment-etiquette") == ["◎欢迎参与讨论，请在这里发表您的看法、交流您的观点。"]


@pytest.mark.parametrize("line", ["要发表评论，先把全文读完再说。",
                                  "有新情况时请通过电子邮件通知我们的活动负责人。",
                                  "内容很充实，大家都说下次还来。",
                                  "欢迎参与讨论的居民提前报名，名额有限。"])
def test_a_document_line_of_a_like_shape_stays(line):
    doc, _ = clean("\n".join([TITLE, *BODY, "发表评论", line]))
    assert line in texts(doc)


def test_a_field_word_away_from_the_form_stays():
    doc, _ = clean("\n".join([TITLE, *BODY[:2], "内容", BODY[2]]))
    assert "内容" in texts(doc)
