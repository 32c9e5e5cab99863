"""rc43 (issue 18): a CMS's stock article tail, by form: the vote widget ("顶一下" / "(0)" / "0%" /
"踩一下"), the comment list's heading 相关评论 and the comment form's fields printed as one row
with a captcha ("用户名: 验证码: 点击我更换图片") go; a document's own form with blanks to fill, or
its own word 支持 alone, stays. Fixtures are made up, in the forms real pages take."""

from __future__ import annotations

from helpers import clean, removed_by, texts

TITLE = "村级年度工作总结怎么写"
BODY = ["村级年度工作总结一般由村两委负责起草，在年底的村民代表会议上通报。",
        "写的时候要多用数字说话，把办成的实事、集体收支和明年的打算逐项写清楚。",
        "存在的问题要点到具体的事，明年的打算要写上完成的月份和负责的人。"]
TAIL = ["顶一下", "(0)", "0%", "踩一下", "(0)", "0%", "相关评论", "我要评论", "用户名: 验证码:点击我更换图片"]


def test_the_vote_widget_and_the_comment_box_go():
    doc, report = clean("\n".join([TITLE, *BODY, *TAIL]))
    assert texts(doc) == BODY
    assert removed_by(report, "meta-lines.vote-button") == ["顶一下", "踩一下"]
    assert removed_by(report, "meta-lines.vote-count") == ["(0)", "0%", "(0)", "0%"]
    assert "相关评论" in removed_by(report, "comments.comment-list-heading")


def test_the_form_row_alone_goes():
    row = "用户名： 验证码： 看不清，换一张"
    doc, report = clean("\n".join([TITLE, *BODY, row]))
    assert removed_by(report, "comments.comment-form-row") == [row]
    assert texts(doc) == BODY


def test_a_documents_own_form_with_blanks_stays():
    form = "用户名：________ 验证码：________"
    doc, report = clean("\n".join([TITLE, *BODY, form]))
    assert not removed_by(report, "comments.comment-form-row")
    assert any("用户名" in text for text in texts(doc))
