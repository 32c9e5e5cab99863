"""The recommendations rules never take a document's own lines of the same look (round 29): a
读本's parts "上篇：…" / "下篇：…" over their text (the site's short "下篇：…" goes beside its
other chrome), a notice's list of what to hand in "(1)、…报告" under its lead line, a sentence
ending "请立即咨询", a table's rows of cells between bars. The site's lines still go.
Fixtures are written for the project, words made up."""

from __future__ import annotations

from helpers import clean, removed_by, table_rows, texts


def test_a_books_parts_named_above_and_below_stay():
    body = ["本读本面向基层团员青年，力求通俗易懂，便于集中学习和个人自学。",
            "全书分为上下两篇，各篇内容相对独立，可根据需要选学。",
            "上篇：理论基础", "主要介绍基本理论观点和重要论述，帮助读者打牢理论功底。",
            "下篇：实践案例", "选取基层一线的典型案例，帮助读者把理论运用到工作实际中。"]
    doc, _report = clean("\n".join(["青年理论学习读本编写说明", *body]))
    assert texts(doc) == body


NOTICE = ["各部门：", "为切实做好年度各项工作，现将有关事项通知如下，请认真组织落实，按时报送相关材料。"]


def test_the_sites_short_previous_and_next_links_still_go():
    links = ["上篇：社区党建工作计划", "下篇：社区消防演练总结"]
    doc, report = clean("\n".join(["关于做好年度工作的通知", *NOTICE, *links]))
    assert texts(doc) == NOTICE
    assert removed_by(report, "recommendations.previous-next-pair") == links[:1]
    assert removed_by(report, "recommendations.previous-next-short") == links[1:]


def test_a_notices_list_of_papers_under_its_lead_line_stays():
    items = ["请各支部于12月20日前报送以下材料：", "(1)、个人述职报告", "(2)、年度考核登记表", "(3)、民主评议汇总材料"]
    doc, _report = clean("\n".join(["关于报送年度考核材料的通知", *NOTICE, *items, "联系人：王某某"]))
    assert texts(doc)[-5:-1] == items


def test_another_pages_numbered_link_after_the_text_still_goes():
    doc, report = clean("\n".join(["关于报送年度考核材料的通知", *NOTICE, "(2)、社区党员个人对照检查剖析材料"]))
    assert texts(doc) == NOTICE
    assert removed_by(report, "recommendations.numbered-link") == ["(2)、社区党员个人对照检查剖析材料"]


def test_a_sentence_asking_to_consult_at_once_stays():
    line = "检查中发现隐患的，应立即整改；情况复杂的，请立即咨询"
    doc, _report = clean("\n".join(["关于开展消防安全检查的通知", *NOTICE, line, "保卫处", "2024年11月5日"]))
    assert line in texts(doc)


def test_an_adverts_button_still_goes():
    line = "公文写作神器 立即了解"
    doc, report = clean("\n".join(["关于开展消防安全检查的通知", *NOTICE, line]))
    assert texts(doc) == NOTICE
    assert removed_by(report, "recommendations.advert") == [line]


def test_a_tables_rows_between_bars_stay():
    rows = ["姓名 | 性别 | 单位 | 职务", "张某 | 男 | 办公室 | 科员", "李某 | 女 | 财务科 | 科长"]
    lines = ["关于报名参加业务培训的通知", *NOTICE, "请填写下表：", *rows, "请于本周五前报送。"]
    doc, _report = clean("\n".join(lines))
    # Every row stays, made a table again (bar_tables).
    assert table_rows(doc) == [[row.split(" | ") for row in rows]]


def test_a_line_of_links_after_the_text_still_goes():
    line = "述职报告范文 | 述职报告开头结尾 | 述职报告模板 | 述职报告格式"
    doc, report = clean("\n".join(["关于报名参加业务培训的通知", *NOTICE, line]))
    assert texts(doc) == NOTICE
    assert removed_by(report, "recommendations.link-list") == [line]


# --- a document's own closing list under its label stays (tail_lists, menu_runs) -------------------

OPENING = ["全体职工同志们：",
           "安全生产关系每一位职工的切身利益，关系企业的持续健康发展。为此，我们向全体职工发出如下倡议。",
           "让我们从现在做起，从自身做起，共同营造安全和谐的生产环境。"]


def test_a_documents_slogans_under_their_label_stay():
    slogans = ["宣传口号", "安全生产人人有责 平安幸福家家共享", "隐患险于明火 防范胜于救灾",
               "遵章守纪保安全 遵规守矩促生产"]
    doc, _report = clean("\n".join(["安全生产月活动倡议书", *OPENING, *slogans]))
    # (the blank between a slogan's halves may go: the typography pass closes blanks in Chinese)
    assert ["".join(text.split()) for text in texts(doc)] == ["".join(line.split()) for line in OPENING + slogans]


def test_a_documents_book_list_under_its_label_stays():
    books = ["推荐书目", "小学生必读经典名著导读丛书", "中国古代神话故事精选读本", "少年科学探索百科全书彩图版"]
    doc, _report = clean("\n".join(["学校读书节活动方案", *OPENING[1:], *books]))
    assert texts(doc) == OPENING[1:] + books


def test_a_box_of_other_pages_titles_after_the_text_still_goes():
    box = ["热门阅读", "某某小学开展防溺水安全教育活动", "某某社区举办重阳节敬老文艺汇演",
           "某某街道召开年度安全生产工作会议"]
    doc, report = clean("\n".join(["安全生产月活动倡议书", *OPENING, *box]))
    assert texts(doc) == OPENING
    assert removed_by(report, "recommendations.title-list") == box


# --- a 推荐表's fields and a reading list stay ------------------------------------------------------

def test_a_recommendation_forms_fields_stay():
    fields = ["班主任推荐：该生品学兼优，工作能力突出，特推荐为区级优秀学生干部",
              "年级组推荐：经年级组研究，推荐该生参评"]
    doc, _report = clean("\n".join(["优秀学生干部推荐材料", *OPENING[1:], *fields]))
    assert texts(doc)[-2:] == fields


def test_another_pages_title_after_a_readers_label_still_goes():
    line = "看了本文的网友还看了：社区志愿者服务活动总结报告"
    doc, report = clean("\n".join(["优秀学生干部推荐材料", *OPENING[1:], line]))
    assert texts(doc) == OPENING[1:]
    assert removed_by(report, "recommendations.labelled-recommendation") == [line]


def test_a_reading_list_of_works_under_its_label_stays():
    works = ["推荐文章", "《背影》《春》《从百草园到三味书屋》"]
    doc, _report = clean("\n".join(["暑期读书活动方案", *OPENING[1:], *works]))
    assert texts(doc)[-2:] == works
