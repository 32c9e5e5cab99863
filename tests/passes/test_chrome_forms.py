"""Chrome lines told by their form on sites no rule was written for (issue 18, sixth round):
an article site's byline, journal issue and posting time above the text, a site's buttons,
a casino brand stamped into a hacked page. Each test also keeps a document line of a nearby
shape. Fixtures are written for the project in the forms the real pages take."""

from __future__ import annotations

from helpers import clean, texts

BODY = [f"第{n}部分：我们扎实推进各项工作，群众满意度稳步提高。" for n in range(1, 9)]


def page(*, head=(), tail=(), title="社区治理的实践路径与经验启示"):
    return "\n".join([title, *head, *BODY, *tail])


def removed(report, rule):
    return [r["text"] for r in report.removed if r["rule"] == rule]


# --- an article site's head: journal issue, byline, posting time ---------------------------

def test_journal_issue_byline_and_timestamp_above_an_article_go():
    head = ["2023-11-20 09:41王晓雯", "城市管理研究 2023年第6期", "王 晓雯"]
    doc, report = clean(page(head=head))
    assert texts(doc) == BODY
    assert removed(report, "meta-lines.timestamp-line") == ["2023-11-20 09:41王晓雯"]
    assert removed(report, "meta-lines.journal-issue") == ["城市管理研究 2023年第6期"]
    assert removed(report, "meta-lines.byline-names") == ["王 晓雯"]


def test_several_authors_on_one_line_go():
    doc, report = clean(page(head=["李明华、赵静、欧阳晨光"]))
    assert texts(doc) == BODY
    assert removed(report, "meta-lines.byline-names") == ["李明华、赵静、欧阳晨光"]


def test_a_salutation_or_a_short_heading_is_no_byline():
    # A speech's salutation lists people too, but none of its words opens with a surname; a
    # heading of two characters ("前言") is no name either.
    head = ["各位领导、同事们", "前言"]
    doc, report = clean(page(head=head))
    assert texts(doc)[:2] == head
    assert not removed(report, "meta-lines.byline-names")


def test_a_timestamp_with_a_column_name_or_a_view_count_goes():
    head = ["原|2024-02-03 16:05:12|浏览:135", "经验分享2021-07-08 08:30:00小周老师"]
    doc, report = clean(page(head=head))
    assert texts(doc) == BODY
    assert removed(report, "meta-lines.timestamp-line") == head


def test_a_document_time_written_in_words_stays():
    # A notice's own time ("上午10:00" after a date in words) is the document's, not the page's.
    line = "2023年12月18日上午10:00"
    doc, report = clean(page(head=[line]))
    assert line in texts(doc)
    assert not removed(report, "meta-lines.timestamp-line")


def test_a_year_and_issue_inside_a_sentence_stays():
    line = "本文刊于《城市管理研究》2023年第6期，引用时请注明。"
    doc, _ = clean(page(head=[line]))
    assert line in texts(doc)


# --- a site's buttons ------------------------------------------------------------------------

def test_home_page_bookmark_and_top_buttons_go():
    head = ["English 进入旧版 设为首页 加入收藏", "TOP"]
    doc, report = clean(page(head=head, tail=["回到顶部"]))
    assert texts(doc) == BODY
    assert removed(report, "meta-lines.site-buttons") == [*head, "回到顶部"]


def test_a_contact_us_heading_alone_stays():
    # "联系我们" alone is a company document's heading as often as a button: no button word beside it.
    doc, report = clean(page(tail=["联系我们", "地址：某某市某某路1号。"]))
    assert texts(doc)[-2:] == ["联系我们", "地址：某某市某某路1号。"]
    assert not removed(report, "meta-lines.site-buttons")


# --- casino brands stamped into a hacked page ------------------------------------------------

def test_a_casino_brand_in_place_of_a_unit_name_is_cut_and_the_sentence_kept():
    lines = ["3月5日，888bet365官方网站登录入口组织员赵某给学员讲授党课。",
             "中共万博体育app委员会", "88xy金沙老品牌召开了新一期培训。"]
    doc, report = clean(page(head=lines))
    assert texts(doc)[:3] == ["3月5日，组织员赵某给学员讲授党课。", "中共委员会", "召开了新一期培训。"]
    assert removed(report, "injected.gambling-brand") == ["888bet365官方网站登录入口", "万博体育app",
                                                          "88xy金沙老品牌"]


def test_a_sports_sentence_naming_a_stadium_stays():
    line = "全年举办体育活动365场，群众参与热情高涨。"
    doc, report = clean(page(head=[line]))
    assert line in texts(doc)
    assert not removed(report, "injected.gambling-brand")
