"""Hand-written documents pass through whole (round 38, dn38).
Fixtures written for the project (made-up names and content)."""

from __future__ import annotations

import panflute as pf

from helpers import clean, removed_by, texts
from reportfmt.api import convert_text
from reportfmt.passes.elements import block_text
from reportfmt.passes.rawhtml import native_sup_sub
from reportfmt.passes.title_forms import grid_row, pupil_byline
from reportfmt.read.markdown import read_markdown
from reportfmt.read.text import read_plain_text

# --- a .txt's tab-separated rows are a table (read/text.py); a table typed with blanks is no
# menu above the title (title_forms.grid_row) ---

ROWS = [["组别", "周一", "周二", "周三"], ["第一组", "扫地", "擦窗", "倒垃圾"], ["第二组", "擦窗", "倒垃圾", "扫地"],
        ["第三组", "倒垃圾", "扫地", "擦窗"]]


def rota(separator: str) -> str:
    # "二年级一班…" reads as a pupil's class and name (no title), so the rows were looked past as
    # lines above a title: each one a row of short words, a site's menu.
    return "\n".join(["二年级一班值日表", "", *(separator.join(row) for row in ROWS), "", "请各组长提前一天提醒组员。"])


def test_tab_separated_rows_are_read_as_one_table():
    doc = read_plain_text(rota("\t"))
    tables = [b for b in doc.content if isinstance(b, pf.Table)]
    assert len(tables) == 1
    rows = [[block_text(cell.content[0]) for cell in row.content] for row in tables[0].content[0].content]
    assert rows == ROWS
    paras = [block_text(b) for b in doc.content if isinstance(b, pf.Para)]
    assert paras == ["二年级一班值日表", "请各组长提前一天提醒组员。"]


def test_two_tab_separated_pairs_and_a_lone_tab_stay_lines():
    doc = read_plain_text("姓名\t林小禾\n班级\t初二（4）班\n\n他说\t好的。")
    assert [block_text(b) for b in doc.content] == ["姓名 林小禾", "班级 初二（4）班", "他说 好的。"]


def test_a_rotas_rows_stay_whether_typed_with_tabs_or_with_blanks():
    for separator in ("\t", "  "):
        out = convert_text(rota(separator), to="md")
        for row in ROWS:
            for cell in row:
                assert cell in out, (separator, cell)
        assert "#" not in out


def test_a_contents_lists_bulleted_rows_are_no_table():
    blocks = [pf.Para(pf.Str(text)) for text in ("• 1 第一章 总则", "• 1.1 第一节 目的", "• 1.2 第二节 范围")]
    assert not any(grid_row(blocks, i) for i in range(3))
    blocks = [pf.Para(pf.Str(" ".join(row))) for row in ROWS]
    assert all(grid_row(blocks, i) for i in range(4))
    assert not grid_row(blocks[:2], 0)  # two rows: a menu printed twice is as likely


# --- HTML written in markdown: a <table> is read as a table, <a href> as a link, <br> as a break
# (read/markdown.html_tables_read, passes/rawhtml.native_sup_sub) ---

SIGNUP = """# 兴趣小组人数

<table>
<tr><th>小组</th><th>人数</th></tr>
<tr><td>书法组</td><td>15</td></tr>
<tr><td>围棋组</td><td>8</td></tr>
</table>

名单已张贴在公告栏。<br>
补报请填<a href="https://forms.example.org/club" title="补报表">补报表</a>。
"""


def test_an_html_table_in_markdown_keeps_its_cells_as_a_table():
    # Read as tags with each cell's text a paragraph between them, "15" and "8" alone on their
    # lines went as a page's counts, and the DOCX writer dropped the tags.
    doc = read_markdown(SIGNUP)
    tables = [b for b in doc.content if isinstance(b, pf.Table)]
    assert len(tables) == 1 and not any(isinstance(b, pf.RawBlock) for b in doc.content)
    out = convert_text(SIGNUP, to="md", input_format="markdown")
    for cell in ("书法组", "15", "围棋组", "8", "小组", "人数"):
        assert cell in out


def test_an_html_link_and_break_in_markdown_become_a_link_and_a_line_break():
    out = convert_text(SIGNUP, to="md", input_format="markdown")
    assert "[补报表](https://forms.example.org/club \"补报表\")" in out
    assert "名单已张贴在公告栏。\\\n补报请填" in out
    doc = read_markdown(SIGNUP)
    last = doc.content[-1]
    native_sup_sub(last)
    links = [e for e in last.content if isinstance(e, pf.Link)]
    assert [(link.url, link.title) for link in links] == [("https://forms.example.org/club", "补报表")]
    assert any(isinstance(e, pf.LineBreak) for e in last.content)


def test_an_html_table_in_a_code_fence_stays_code():
    text = "# 示例\n\n```html\n<table><tr><td>1</td></tr></table>\n```\n\n正文一句。\n"
    doc = read_markdown(text)
    assert [type(b).__name__ for b in doc.content] == ["Header", "CodeBlock", "Para"]


# --- a line of steps parted by arrows under the text's sentences is the text's own, no breadcrumb
# (boilerplate/line_loop.CRUMB_RULES) ---

LESSON = "\n".join([
    "《春》教学设计",
    "【教学目标】",
    "1. 有感情地朗读课文，感受春天的生机。",
    "2. 学习作者抓住特点描写景物的方法。",
    "【教学过程】",
    "一、导入",
    "请学生说一说自己眼中的春天是什么样子的。",
    "二、品读",
    "学生分组朗读，找出文中描写春草和春花的句子。",
    "【板书设计】",
    "盼春 → 绘春 → 赞春",
])


def test_a_lessons_flow_of_steps_under_its_sentences_stays():
    doc, report = clean(LESSON)
    assert "盼春 → 绘春 → 赞春" in texts(doc)
    assert not removed_by(report, "meta-lines.breadcrumb")


def test_a_breadcrumb_above_the_text_still_goes():
    doc, _ = clean("\n".join(["当前位置：首页 → 教学资源 → 教案", *LESSON.split("\n")]))
    assert "当前位置：首页 → 教学资源 → 教案" not in texts(doc)
    assert "盼春 → 绘春 → 赞春" in texts(doc)


# --- a class's document is titled with the class's name: no pupil's byline (title_forms.pupil_byline) ---

def test_a_class_documents_name_is_its_title_and_a_pupils_class_is_still_a_byline():
    for title in ("二年级一班值日表", "初一（2）班花名册", "三年级二班工作计划"):
        _, report = clean("\n".join([title, "本学期按下面的安排执行，请大家互相提醒。", "如有变动另行通知。"]))
        assert report.title == title
    assert pupil_byline("某某市实验小学三年级二班 林小雨")
    assert pupil_byline("初二（3）班 王小明")
    assert not pupil_byline("三年级二班课程表")


# --- a song's name in 《》 over its credits keeps its marks in the title (title_line._WORK_CREDIT) ---

def test_a_songs_name_over_its_credits_keeps_its_book_title_marks():
    song = ["《晚风里的站台》", "作词：某甲", "作曲：某乙", "", "灯一盏一盏亮起来", "我在站台等你回来"]
    _, report = clean("\n".join(song))
    assert report.title == "《晚风里的站台》"
    guide = ["《请假条怎么写》", "请假条是向老师或领导请假时写的便条，写法很简单。", "一、标题居中。"]
    _, report = clean("\n".join(guide))
    assert report.title == "请假条怎么写"
