"""A site's menu at the page's edge (issue 18, round 23): a run of short labels opening the page
above the document, or closing it after the document's last sentence, goes as one block
(`meta-lines.menu-run`); the document's own short lines stay (a name list, a children's song,
a table's cells, numbered items, a list between paragraphs, a page of little else).
Fixtures are written for the project in the forms real pages take, with made-up words."""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

RULE = "meta-lines.menu-run"
MENU = ["本会概况", "理事名单", "入会指南", "活动剪影", "资料下载", "联络本会", "历任会长"]
HEADING = "第四章 会员的权利"
BODY = ["第十二条 会员享有选举权、被选举权和表决权，并可参加本会组织的各项交流活动。",
        "第十三条 会员有权获得本会编印的年度资料，对本会工作提出批评和建议。",
        "第十四条 会员退会应书面通知本会，并交回会员证书；连续两年不缴纳会费的，视为自动退会。"]


TITLE = "青川县书画家协会章程"


def test_a_menu_opening_the_page_goes():
    doc, report = clean("\n".join([TITLE, *MENU, HEADING, *BODY]))
    assert removed(report, RULE) == MENU
    assert texts(doc)[-len(BODY):] == BODY
    # (with no title line above it, the menu's first label is taken for the page's title)
    doc, report = clean("\n".join([*MENU, HEADING, *BODY]))
    assert not any(item in texts(doc) for item in MENU)


def test_a_menu_in_rows_of_several_labels_goes():
    rows = ["本会概况 理事名单 入会指南 活动剪影", "资料下载 | 联络本会 | 历任会长"]
    doc, report = clean("\n".join([TITLE, *rows, HEADING, *BODY]))
    # (a rule may take a row first: the row still counts with the run)
    assert [r["text"] for r in report.removed if r["rule"] != "metadata.title"] == rows
    assert RULE in {r["rule"] for r in report.removed}
    assert texts(doc)[-len(BODY):] == BODY


def test_a_menu_closing_the_page_after_the_last_sentence_goes():
    doc, report = clean("\n".join([TITLE, HEADING, *BODY, *MENU]))
    assert removed(report, RULE) == MENU
    assert texts(doc)[-1] == BODY[-1]


def test_four_labels_are_not_enough():
    # Four short lines may be a short document's own opening (an addressee, a unit, a date).
    doc, report = clean("\n".join([TITLE, *MENU[:4], HEADING, *BODY]))
    assert not removed(report, RULE)
    assert all(item in texts(doc) for item in MENU[:4])


def test_a_name_list_stays():
    names = ["王小明", "李红", "赵建国", "孙丽", "周海波", "吴敏"]
    closing = "以上同志经支部大会讨论通过，列为入党积极分子。"
    doc, report = clean("\n".join(["入党积极分子名单", *names, closing, *BODY]))
    assert not removed(report, RULE)
    assert all(name in texts(doc) for name in names)


def test_a_childrens_song_stays():
    song = ["小河流呀流", "小鱼游呀游", "太阳出来了", "柳树发芽了", "我们去春游"]
    doc, report = clean("\n".join(["春天的歌", *song, "这首儿歌写的是春天。孩子们一边唱，一边拍手。", *BODY]))
    assert not removed(report, RULE)
    assert all(line in texts(doc) for line in song)


def test_a_tables_cells_stay():
    # Header cells, then rows of the same form: the labels recur under the run.
    cells = ["事项类别", "事项名称", "公开内容", "公开时限", "责任科室",
             "机构信息", "机构职能", "公开科室的职能、负责人和办公电话，并随调整及时更新。", "二十个工作日内",
             "综合办公室",
             "财政信息", "预算决算", "公开年度预算和决算，说明三公经费的增减原因。", "批准后二十日内", "财政所"]
    doc, report = clean("\n".join([TITLE, *cells, *BODY]))
    assert not removed(report, RULE)
    assert all(cell in texts(doc) for cell in cells[:5])


def test_numbered_and_ordinal_lines_are_no_labels():
    chapters = ["第一章 总则", "第二章 会员", "第三章 组织机构", "第四章 资产管理", "第五章 附则"]
    numbered = ["1.工作目标", "2.工作任务", "3.保障措施", "4.时间安排", "5.工作要求"]
    for lines in (chapters, numbered):
        doc, report = clean("\n".join([TITLE, *lines, *BODY]))
        assert not removed(report, RULE), lines
        assert all(line in texts(doc) for line in lines), lines


def test_a_list_between_paragraphs_stays():
    items = ["安全检查", "卫生评比", "文明宿舍", "节能宣传", "志愿服务"]
    doc, report = clean("\n".join([TITLE, BODY[0], *items, *BODY[1:]]))
    assert not removed(report, RULE)
    assert all(item in texts(doc) for item in items)


def test_a_page_of_little_else_keeps_its_short_lines():
    # With no document of sentences beside them, the labels may be all the page says.
    doc, report = clean("\n".join([TITLE, *MENU, "欢迎垂询"]))
    assert not removed(report, RULE)
    assert all(item in texts(doc) for item in MENU)


CHAPTERS = ["第一章 总则", "第二章 会员", "第三章 组织机构", "第四章 会费", "第五章 附则"]
ARTICLES = ["第一条 本会由本县书画爱好者自愿组成，是非营利性的群众团体。",
            "第二条 凡热爱书画艺术、承认本章程者，经本人申请、理事会同意，可成为会员。",
            "第三条 本会设会长一人、副会长二人，由会员大会选举产生，每届任期三年。",
            "第四条 会员每年缴纳会费一百元，用于组织展览和交流活动。",
            "第五条 本章程经会员大会通过后施行，解释权属于本会理事会。"]


def test_a_chapter_menu_after_the_text_goes_the_headings_stay():
    charter = [line for pair in zip(CHAPTERS, ARTICLES, strict=True) for line in pair]
    doc, report = clean("\n".join([TITLE, *charter, *CHAPTERS]))
    assert removed(report, RULE) == CHAPTERS
    assert [line for line in texts(doc) if line in CHAPTERS] == CHAPTERS  # each heading once


def test_a_table_of_contents_above_the_text_stays():
    charter = [line for pair in zip(CHAPTERS, ARTICLES, strict=True) for line in pair]
    doc, report = clean("\n".join([TITLE, *CHAPTERS, *charter]))
    assert not removed(report, RULE)
    assert [line for line in texts(doc) if line in CHAPTERS] == CHAPTERS * 2


def test_a_heading_reading_like_a_menu_label_stays():
    # The menu's "入会指南" went with the menu; the document's own heading of that name stays.
    doc, report = clean("\n".join([TITLE, *MENU, "入会指南", *BODY]))
    assert removed(report, RULE) == MENU
    assert texts(doc) == ["入会指南", *BODY]


def test_the_titles_copy_is_not_counted_as_a_label():
    # Four short lines and a short title printed again: four labels are not a menu.
    title = "书画协会章程"
    doc, report = clean("\n".join([title, *MENU[:4], title, HEADING, *BODY]))
    assert not removed(report, RULE)
    assert all(item in texts(doc) for item in MENU[:4])
