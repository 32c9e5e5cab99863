"""The author's forms the chrome scorer never judges (passes/boilerplate/scored_guards.py).

As in test_chrome_scorer.py, the scorer is given a model that calls every line it is shown
chrome: what stays is kept by the guard, and a control line beside it shows the scorer acted.
"""

from __future__ import annotations

import unicodedata

import pytest

from helpers import clean, texts
from reportfmt.passes.boilerplate import scored, scored_guards

TITLE = "关于召开夏季防汛工作部署会的通知"
PROSE = ["为扎实做好今年汛期各项防范应对工作,确保全镇安全度汛,经镇党委研究决定,召开夏季防汛工作部署会,"
         "现将有关事项通知如下,请各村各单位认真做好准备。",
         "请参会人员提前十分钟到场签到,因故不能参加的须向镇党政办书面请假,不得委托他人代替参会,"
         "会后各单位要及时传达会议精神并抓好落实。"]
# A button line below the body that no rule names: the scorer's control.
CONTROL = "长按识别二维码"
EVERYTHING_IS_CHROME = {
    "threshold": 0.9,
    "weights": {"": -1.0, "zone=head": 4.0, "zone=tail": 4.0, "zone=between": 4.0},
    "families": {"meta-lines": {"": -1.0, "?": -9.0}},
}


@pytest.fixture
def eager_model():
    scored.use_model(EVERYTHING_IS_CHROME)
    yield
    scored.use_model(None)


def scored_texts(report) -> list[str]:
    return [r["text"] for r in report.removed if r["rule"].endswith(".scored")]


def plain(lines: list[str]) -> list[str]:
    """The lines with the widths the pipeline gives punctuation folded back."""
    return [unicodedata.normalize("NFKC", line) for line in lines]


def test_figure_and_table_captions_are_never_scored(eager_model):
    captions = ["图2:近五年汛期降水量对比(数据来源:镇水利站)", "表1 防汛物资储备一览", "圖3 轉移安置點分布"]
    doc, report = clean("\n".join([TITLE, *PROSE, *captions, CONTROL]))
    assert plain(texts(doc))[-len(captions):] == captions
    assert scored_texts(report) == [CONTROL]


def test_a_run_of_list_items_of_one_bullet_is_never_scored_but_a_lone_bullet_line_is(eager_model):
    outline = ["- 第一部分(第 1 页):回顾去年汛期的主要做法和经验教训",
               "- 第二部分(第 2 页):分析今年雨情水情和防汛形势特点",
               "- 第三部分(第 3 页):部署各村各单位的防汛重点任务"]
    lone = "- 本文由镇党政办供稿并负责审核"
    doc, report = clean("\n".join([TITLE, lone, CONTROL, *outline, *PROSE]))
    assert plain(texts(doc))[:len(outline)] == outline
    assert scored_texts(report) == [lone, CONTROL]


def test_an_info_boxs_bulleted_fields_are_no_list_of_the_authors(eager_model):
    # One bullet, three lines in a row, but each says too little to be an item of a list.
    box = ["• 服务类别:便民服务", "• 信息类别:通知公告", "• 适用对象:全镇群众"]
    _doc, report = clean("\n".join([TITLE, *box, *PROSE]))
    assert scored_texts(report) == box


def test_a_letters_closing_is_never_scored(eager_model):
    closing = ["此致", "敬礼!", "镇防汛抗旱指挥部 敬上"]
    doc, report = clean("\n".join([TITLE, *PROSE, *closing, CONTROL]))
    assert scored_texts(report) == [CONTROL]
    kept = plain(texts(doc))[-len(closing):]
    assert kept == [closing[0], closing[1], "镇防汛抗旱指挥部敬上"]


def test_a_notices_meeting_fields_with_its_text_after_them_are_never_scored(eager_model):
    fields = ["会议时间:2024年6月3日上午9:00", "会议地点:镇政府三楼会议室", "主持人:镇长"]
    doc, report = clean("\n".join([TITLE, *fields, *PROSE]))
    assert plain(texts(doc))[:len(fields)] == fields
    assert scored_texts(report) == []


def test_a_place_line_after_the_last_paragraph_is_judged(eager_model):
    # Nothing of the notice follows it: the guard asks for the notice's text after the field.
    _doc, report = clean("\n".join([TITLE, *PROSE, "地点:镇政府三楼会议室"]))
    assert plain(scored_texts(report)) == ["地点:镇政府三楼会议室"]


def test_a_contacts_fields_under_the_person_named_are_never_scored(eager_model):
    # The notice closes on whom to ask and how to reach them; a site's bare mail line is judged.
    contact = ["镇党政办联络人:干事周某某", "办公电话:0000-5551234;手机:13900000000", "E-Mail:zhoumou@example.cn"]
    doc, report = clean("\n".join([TITLE, *PROSE, *contact, CONTROL]))
    assert plain(texts(doc))[-len(contact):] == contact
    assert scored_texts(report) == [CONTROL]


def test_a_mail_line_under_no_contact_person_is_judged(eager_model):
    _doc, report = clean("\n".join([TITLE, *PROSE, "E-mail:site@example.cn"]))
    assert plain(scored_texts(report)) == ["E-mail:site@example.cn"]


def test_a_contact_block_is_read_by_its_form():
    lines = ["发言人:副局长吴某", "电话:0000-5550000", "E-mail:wu@example.cn", "本站邮箱:site@example.cn"]
    assert all(scored_guards.in_contact_block(lines, index) for index in (0, 1, 2))
    assert not scored_guards.in_contact_block(lines, 3)
    assert not scored_guards.in_contact_block(["联系人:吴某", "本文由镇党政办供稿"], 0)
    assert not scored_guards.in_contact_block(["版权所有:某某网", "邮箱:site@example.cn"], 1)


def test_the_guards_read_the_form_not_the_words():
    assert scored_guards.is_caption("图 12-3 某某示意图") and scored_guards.is_caption("Figure 4: flood levels")
    assert not scored_guards.is_caption("图片来源:网络") and not scored_guards.is_caption("表格下载")
    assert not scored_guards.is_caption("2024年5月图")
    assert scored_guards.is_letter_closing("学生 李某 谨上") and not scored_guards.is_letter_closing("上一篇")
    assert scored_guards.is_meeting_field("会议时间：下午两点")
    assert not scored_guards.is_meeting_field("发布时间:2024-06-01")
    assert not scored_guards.is_meeting_field("时间:2024-06-01 09:00")


def test_a_model_trained_with_words_reads_the_lines_character_ngrams():
    # One weight on a word pair: only a model that says it reads words acts on it.
    by_words = {"threshold": 0.9, "weights": {"": -5.0, "g2=转给": 10.0}, "words": True,
                "families": {"meta-lines": {"": -1.0, "?": -9.0}}}
    lines = [TITLE, "顺手转给身边的朋友", *PROSE, CONTROL]
    scored.use_model(by_words)
    try:
        _doc, report = clean("\n".join(lines))
        scored.use_model({**by_words, "words": False})
        _doc, shape_only = clean("\n".join(lines))
    finally:
        scored.use_model(None)
    assert scored_texts(report) == ["顺手转给身边的朋友"]
    assert scored_texts(shape_only) == []
    assert {"g1=转", "g2=^顺", "g3=转给身", "g2=友$"} <= set(scored.wording("顺手转给身边的朋友"))
    assert "label=会议时间" in scored.wording("会议时间：下午两点")


def test_a_head_cell_the_text_prints_again_below_is_never_scored(eager_model):
    # Round 40: a duty sheet's column value ("全责") in its head row and again under each duty: the
    # head's copy is the sheet's cell, not chrome. A head line said once (its column head) is
    # still judged.
    sheet = ["责任程度", "全责", *[line for n, duty in enumerate(("汛前检查", "物资储备", "值班值守"))
                                  for line in (f"{'一二三'[n]}、{duty}", "全责", PROSE[n % 2])]]
    _doc, report = clean("\n".join([TITLE, *sheet]))
    assert "责任程度" in scored_texts(report) and "全责" not in scored_texts(report)
