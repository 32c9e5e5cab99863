"""A headline's subtitle printed again with the title's repeat, and a comment box's login prompt
(issue 18, round 22). Fixtures are written for the project in the forms real pages take, with
made-up words."""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "比服务 强技能 共迎新一年"
BODY = ["一月二十日下午，区人民医院在门诊楼报告厅召开年度先进工作者表彰大会。",
        "会上，院长用一组数据回顾了医院一年来的变化，并为获奖代表颁发了证书。",
        "大会号召全院职工以先进为榜样，在新的一年里把服务做得更细更实。"]


def test_the_subtitle_under_the_titles_repeat_goes_with_it():
    subtitle = "——区人民医院召开年度先进工作者表彰大会"
    doc, report = clean("\n\n".join([TITLE, TITLE, subtitle, *BODY]))
    assert texts(doc) == BODY
    assert removed(report, "title.repeated-title") == [TITLE, subtitle]


def test_a_speechs_occasion_or_an_authors_name_under_the_repeat_stays():
    # A dash before the speech's occasion or before the author's name opens the document's line.
    for line in ("——在区人民医院年度表彰大会上的讲话", "——王小明"):
        doc, report = clean("\n\n".join([TITLE, TITLE, line, *BODY]))
        assert line in texts(doc), line
        assert removed(report, "title.repeated-title") == [TITLE], line


def test_a_dash_line_under_no_repeat_is_not_taken_by_this():
    # Deep in the page a dash line is the text's (a quotation's source, a list's).
    line = "——区人民医院召开年度先进工作者表彰大会"
    doc, report = clean("\n\n".join([TITLE, *BODY, line, BODY[0]]))
    assert line in texts(doc)
    assert removed(report, "title.repeated-title") == []


def test_the_comment_boxs_login_prompt_goes():
    for prompt in ("您需要登录后才可以发表评论, 登录 或者 注册", "请登录后发表评论", "登录后才能评论"):
        doc, report = clean("\n".join([TITLE, *BODY, prompt]))
        assert texts(doc) == BODY, prompt
        assert removed(report, "comments.login-to-comment") == [prompt]


def test_a_documents_sentence_about_logging_in_stays():
    line = "居民登录区政务平台后，可以在线查看本社区的议事记录并留言提出建议。"
    doc, report = clean("\n".join([TITLE, *BODY, line]))
    assert line in texts(doc)
    assert not removed(report, "comments.login-to-comment")
