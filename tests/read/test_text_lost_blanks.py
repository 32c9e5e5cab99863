"""Question marks that stand for a page's lost blanks (read/text.py, lost_blanks): read back as
blanks on a page that shows the form twice or more; a real question mark, a web address and a
lost character's mark stay."""

from __future__ import annotations

from helpers import clean, outline, texts
from reportfmt.passes.elements import WideSpace
from reportfmt.read.text import WIDE_GAP, lost_blanks, read_plain_text


def test_indent_marks_of_several_paragraphs_become_blanks():
    page = "????今年秋天，某某社区新修了一条步道。\n? ? 步道沿河而建，全长两公里。\n??? 居民们都说走起来很舒服。"
    assert lost_blanks(page).splitlines() == [
        f"{WIDE_GAP}今年秋天，某某社区新修了一条步道。",
        f"{WIDE_GAP} 步道沿河而建，全长两公里。",
        f"{WIDE_GAP} 居民们都说走起来很舒服。",
    ]


def test_runs_inside_a_flattened_contract_become_wide_gaps():
    page = "经双方协商，订立本合同：????第一条??租赁物????1.1??房屋位置：某某路____号。????第二条??租期"
    assert lost_blanks(page) == (
        f"经双方协商，订立本合同：{WIDE_GAP}第一条{WIDE_GAP}租赁物{WIDE_GAP}1.1{WIDE_GAP}房屋位置：某某路____号。"
        f"{WIDE_GAP}第二条{WIDE_GAP}租期")


def test_one_mark_after_a_colon_is_a_blank_on_such_a_page():
    page = "出租方(甲方):? ? 联系电话:\n承租方(乙方):? 住址:? ?"
    assert lost_blanks(page).splitlines() == [
        f"出租方(甲方):{WIDE_GAP} 联系电话:", f"承租方(乙方):{WIDE_GAP} 住址:{WIDE_GAP}"]


def test_real_question_marks_stay():
    page = ("????大家是否同意这个安排?请在周五前回复。\n????这份总结该怎么写?\n"
            "????真的能按时完工吗??\n????到底要等多久??我们已经问了三次。")
    lines = lost_blanks(page).splitlines()
    assert lines == [
        f"{WIDE_GAP}大家是否同意这个安排?请在周五前回复。",
        f"{WIDE_GAP}这份总结该怎么写?",
        f"{WIDE_GAP}真的能按时完工吗??",
        f"{WIDE_GAP}到底要等多久??我们已经问了三次。",
    ]


def test_web_addresses_and_lost_characters_stay():
    page = ("????详见 http://example.com/list.php?id=3??\n????条件如下。\n?、第一项条件。\n查询地址:a.php?x=1\n"
            "const total = count() ?? 0;")
    assert lost_blanks(page).splitlines() == [
        f"{WIDE_GAP}详见 http://example.com/list.php?id=3??",
        f"{WIDE_GAP}条件如下。",
        "?、第一项条件。",
        "查询地址:a.php?x=1",
        "const total = count() ?? 0;",
    ]


def test_a_page_showing_the_form_once_is_left_as_it_is():
    page = "这件事到底怎么办好??\n大家商量一下吧。\n请回复:?"
    assert lost_blanks(page) == page


def test_the_reader_gives_a_wide_gap_between_fields():
    doc = read_plain_text("甲方:????某某公司??乙方:????某某商店\n????第一段文字。")
    first = doc.content[0].content
    assert any(isinstance(e, WideSpace) for e in first)
    assert "?" not in "".join(getattr(e, "text", " ") for e in first)


def test_numbered_headings_after_lost_indents_are_found():
    doc, _ = clean(
        "关于开展秋季卫生大扫除的通知\n"
        "????为营造整洁的办公环境，决定于本月下旬开展一次卫生大扫除，现将有关事项通知如下。\n"
        "????一、时间安排??\n"
        "????本月二十日下午两点起，各科室同步进行，约需三个小时。\n"
        "????二、工作要求??\n"
        "????各科室负责本室及门前走廊，是否需要工具请提前登记?\n")
    assert outline(doc) == [(1, "一、时间安排"), (1, "二、工作要求")]
    assert texts(doc)[-1] == "各科室负责本室及门前走廊，是否需要工具请提前登记？"
    assert not any("??" in text for text in texts(doc))
