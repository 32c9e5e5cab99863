"""Chrome told by where it stands at the page's edge (issue 18, round 16): a row of the page's
facts between the title taken and the title printed again (or other chrome), a row of short
tab words between two lines of chrome; and a template's bare placeholder line. Each test keeps a
document line of a nearby shape or place. Fixtures are written for the project, in the forms
real pages take, with made-up words."""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "我们小区的一年读书会"
BODY = [f"第{n}次活动，我们一起读完了一本书，大家轮流分享了自己的体会。" for n in range(1, 10)]


def test_a_facts_row_between_the_title_and_the_title_again_goes():
    for row in ("随笔 2021-01-04 3个回答", "9 月 3, 2022 By: 教务处 Category: 校园",
                "投稿人:5120… 发布时间:2023/4/1 全文860字"):
        doc, report = clean("\n".join([TITLE, row, TITLE, *BODY]))
        assert texts(doc) == BODY, row
        # (a row with a site's label and a count, "投稿人:… 发布时间:…", is open-fact-row's first)
        taken = removed(report, "meta-lines.facts-under-title") + removed(report, "meta-lines.open-fact-row")
        assert taken == [row]


def test_two_facts_lines_before_the_title_again_go():
    rows = ["园务组 · 2023-03-08 · 3人赞", "内容预览:"]
    doc, report = clean("\n".join([TITLE, *rows, TITLE, *BODY]))
    assert texts(doc) == BODY
    # The preview label has a rule of its own (paywall.preview-label), which takes it first.
    assert removed(report, "meta-lines.facts-under-title") == rows[:1]
    assert removed(report, "paywall.preview-label") == rows[1:]


def test_a_line_of_the_text_under_the_title_stays():
    # A sentence, a numbered section, a bare count (a chart's label): the text has begun.
    for line in ("2023年，我们共举办了十二次读书活动，参加者三百多人次。", "一、基本情况", "32个社区"):
        doc, report = clean("\n".join([TITLE, line, TITLE, *BODY]))
        assert line in texts(doc), line
        assert not removed(report, "meta-lines.facts-under-title")


def test_a_salutation_under_the_title_stays_with_chrome_below():
    # A speech opens with its addressee; a line of chrome right under it (here the title printed
    # again) does not make it a row of facts: its colon is no label's.
    for line in ("尊敬的各位领导：", "各位同事:"):
        doc, report = clean("\n".join([TITLE, line, TITLE, *BODY]))
        assert texts(doc) == [line, *BODY], line
        assert not removed(report, "meta-lines.facts-under-title")


def test_a_facts_shaped_line_with_no_chrome_below_stays():
    # A record's own field under its title, the text going on below it.
    line = "参加人数:32人"
    doc, report = clean("\n".join([TITLE, line, *BODY]))
    assert texts(doc)[0] == line
    assert not removed(report, "meta-lines.facts-under-title")


def test_a_row_of_tab_words_between_chrome_goes_whatever_its_length():
    tabs = ["资讯", "问答", "课程", "活动", "工具", "发现"]
    head = ["下载客户端，阅读更方便", "立即下载", "首页", *tabs, "社区首页 > 专栏 > 读书会", TITLE]
    doc, report = clean("\n".join([*head, *BODY]))
    assert texts(doc)[1:] == BODY
    assert removed(report, "meta-lines.word-between-chrome") == tabs
    share = ["政务", "微信", "政务", "微博"]
    doc, report = clean("\n".join([TITLE, *BODY, "扫一扫在手机打开当前页", *share]))
    assert texts(doc) == BODY
    assert removed(report, "meta-lines.word-between-chrome") == share


def test_a_run_of_longer_short_lines_between_chrome_stays():
    # Four lines longer than a tab's name: a list of the text's own, not a row of tabs.
    items = ["社区图书角", "流动借书站", "亲子共读会", "读书分享课"]
    doc, report = clean("\n".join([TITLE, "您的位置:首页 > 专栏 > 读书会", *items, "扫一扫在手机打开当前页", *BODY]))
    assert texts(doc)[:4] == items
    assert not removed(report, "meta-lines.word-between-chrome")


def test_a_line_of_bare_template_placeholders_goes():
    for line in ("{content}", "{title} {author}"):
        doc, report = clean("\n".join([TITLE, *BODY[:4], line, *BODY[4:]]))
        assert texts(doc) == BODY, line
        assert removed(report, "markup.bare-placeholder-line") == [line]


def test_braces_of_the_texts_own_stay():
    # A formula's or a set's braces, a numbered slot: no template's name.
    for line in ("{1}", "{x+y}", "集合{a,b}的子集"):
        doc, report = clean("\n".join([TITLE, *BODY[:4], line, *BODY[4:]]))
        assert line in texts(doc), line
        assert not removed(report, "markup.bare-placeholder-line")


def test_a_disclosure_boxs_next_field_goes_however_labelled():
    # (the line right under an index field goes as its value: meta-lines.field-value)
    box = ["索引号:00123-2019-004", "有效性:现行有效", "文号 :某政发〔2019〕3号", "主 题 词:就业", "施行状态:有效"]
    doc, report = clean("\n".join([TITLE, *box, *BODY]))
    assert texts(doc) == BODY
    # (a field whose label is one of the box's, 文号 or 主题词, goes as the box's field beside it;
    # a label no list names, 施行状态, as the box's next field)
    assert removed(report, "meta-lines.disclosure-field-beside-box") == box[2:4]
    assert removed(report, "meta-lines.field-after-field") == box[4:]


def test_an_addressee_line_under_a_disclosure_box_stays():
    # The document's own first line: its units listed, the colon closing it.
    line = "各区人民政府，市政府各部门："
    doc, report = clean("\n".join([TITLE, "索引号:00123-2019-004", line, *BODY]))
    assert texts(doc)[0] == line
    assert not removed(report, "meta-lines.field-after-field")
