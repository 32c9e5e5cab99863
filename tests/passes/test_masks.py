"""Masks pass: every asterisk mask wrapped in a masked span and reported with kind/context."""

from __future__ import annotations

import panflute as pf
import pytest

from helpers import clean, texts
from reportfmt.passes.elements import block_text


def spans(doc):
    found = []
    doc.walk(lambda e, d: found.append(e) if isinstance(e, pf.Span) and "masked" in e.classes else None)
    return found


def test_masks_are_wrapped_and_keep_every_character():
    doc, report = clean("正文开始。\n**区完成***亿元，增长*.*倍，推行“*+*+*”制度。")
    assert [pf.stringify(s) for s in spans(doc)] == ["**", "***", "*.*", "*+*+*"]
    assert all(s.attributes["custom-style"] == "Masked" for s in spans(doc))
    assert block_text(doc.content[1]) == "**区完成***亿元，增长*.*倍，推行“*+*+*”制度。"
    assert [m["text"] for m in report.masks] == ["**", "***", "*.*", "*+*+*"]


def test_mask_kinds_come_from_neighbours():
    _, report = clean("正文开始。\n过去*年，**区投资***亿元，***同志说。")
    assert [m["kind"] for m in report.masks] == ["number", "place", "number", "person"]


def test_context_is_twelve_characters_each_side():
    _, report = clean("正文开始。\n一二三四五六七八九十甲乙丙丁**区甲乙丙丁一二三四五六七八九十")
    assert report.masks[0]["context"] == "三四五六七八九十甲乙丙丁**区甲乙丙丁一二三四五六七"


def test_masks_in_the_title_are_marked_too():
    doc, report = clean("**区2023年工作总结\n正文。")
    assert report.title == "**区2023年工作总结"
    assert report.masks[0]["text"] == "**"
    assert isinstance(doc.metadata["title"].content[0], pf.Span)


def test_running_the_pass_twice_does_not_nest_spans():
    from reportfmt.pipeline import run_passes

    doc, _ = clean("正文开始。\n**区完成***亿元。")
    report = run_passes(doc)
    assert len(spans(doc)) == 2
    assert all(isinstance(s.content[0], pf.Str) for s in spans(doc))
    assert len(report.masks) == 2


# --- every masking style, and ordinary text that is not one -------------------------------

from reportfmt.passes.masks.find import find_masks  # noqa: E402


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("****年*月", [("****", "asterisk", "number"), ("*", "asterisk", "number")]),
        ("增长*.*倍，推行“*+*+*”制度", [("*.*", "asterisk", "number"), ("*+*+*", "asterisk", "other")]),
        ("＊＊区", [("＊＊", "asterisk", "place")]),
        ("位于*的园区", [("*", "asterisk", "other")]),  # a lone * for a place name
        ("20xx年", [("xx", "year", "number")]),
        ("1920xx年", [("xx", "year", "number")]),  # corrupted year masks
        ("xxxx3年", [("xxxx", "year", "number")]),
        ("××年度工作", [("××", "cross", "number")]),
        ("第×批", [("×", "cross", "number")]),
        ("XX区委", [("XX", "cross", "place")]),
        ("×××同志", [("×××", "cross", "person")]),
        ("×书记说", [("×", "cross", "person")]),
        ("全年X 次", [("X", "cross", "number")]),  # PDF-extraction space
        ("x万元", [("x", "cross", "number")]),
        ("达XX.XX 亿元", [("XX.XX", "cross", "number")]),
        ("x—x人", [("x—x", "cross", "number")]),
        ("□□镇", [("□□", "blank", "place")]),
        ("签发人：□□□", [("□□□", "blank", "other")]),  # a run of boxes is a blank wherever it stands
        ("[此处输入文件标题]", [("[此处输入文件标题]", "template", "template")]),
        ("［请填写主送机关］：", [("［请填写主送机关］", "template", "template")]),
        ("[单位名称]：", [("[单位名称]", "template", "template")]),
        ("【请输入正文】", [("【请输入正文】", "template", "template")]),
        ("〇〇县", [("〇〇", "blank", "place")]),
        ("X政发〔〕32号", [("X", "sensitive", "other"), ("〔〕", "bracket", "number")]),
        ("____镇____村", [("____", "underscore", "place"), ("____", "underscore", "place")]),
        ("20_年", [("_", "underscore", "number")]),
        ("完成____%", [("____", "underscore", "number")]),
        ("☆县", [("☆", "star", "place")]),
        ("加强X建工作", [("X", "sensitive", "other")]),
        ("一名d*员", [("d*", "sensitive", "other")]),
        ("收缴基金 万元,参合率达 %", [(" ", "gap", "gap"), (" ", "gap", "gap")]),
        ("——年月日", [("——年月日", "gap", "gap")]),
        ("20xx级学生", [("xx", "year", "number")]),  # a year's shape before any word
        ("×書記講話", [("×", "cross", "person")]),  # traditional neighbours read as simplified
        ("《╳╳大学管理办法》", [("╳╳", "cross", "other")]),
        # A date crossed out with no Chinese word beside it: each group a mask.
        ("20XX-XX-XX", [("XX", "year", "number"), ("XX", "cross", "other"), ("XX", "cross", "other")]),
        # ... and after its year, with a Chinese word beside it too: the same groups, each a mask.
        ("时间：20XX-XX-XX上午", [("XX", "year", "number"), ("XX", "cross", "other"), ("XX", "cross", "other")]),
        ("20__-x-x至20__-x-x。", [("__", "underscore", "other"), ("x", "cross", "other"), ("x", "cross", "other"),
                                  ("__", "underscore", "other"), ("x", "cross", "other"), ("x", "cross", "other")]),
        ("Xxxx,xxxx,xx", [("Xxxx", "cross", "other"), ("xxxx", "cross", "other"), ("xx", "cross", "other")]),
        # A whole line crossed out: a sentence the template leaves to write, a signature's name.
        ("××××××××××××××××。", [("××××××××××××××××", "cross", "other")]),
        ("XXXX", [("XXXX", "cross", "other")]),
        ("╳╳", [("╳╳", "cross", "other")]),
        # A section number crossed out at the head of its line.
        ("×、明确工作职责", [("×", "cross", "other")]),
        ("（×）落实经费保障", [("×", "cross", "other")]),
        ("(X)加强宣传引导", [("X", "cross", "other")]),
        ("X、健全考核机制", [("X", "cross", "other")]),  # Latin X too, with an ideograph after 、
        ("Ｘ）做好安全保障", [("Ｘ", "cross", "other")]),
        ("2.X 资金使用范围", [("X", "cross", "other")]),
        # A line of crossed groups and blanks only: each group a mask.
        ("X X X X", [("X", "cross", "other")] * 4),
        ("××× ×××", [("×××", "cross", "other")] * 2),
        # A field's value crossed out after a Latin label: four crosses, or two after a colon.
        ("微信号:XXXXXX", [("XXXXXX", "cross", "other")]),
        ("Tel: XX", [("XX", "cross", "other")]),
        # Groups parted by blanks only are one field; a name greeted is a mask even alone.
        ("XXX XXX（签字）", [("XXX", "cross", "other"), ("XXX", "cross", "other")]),
        ("X X同志", [("X", "cross", "other"), ("X", "cross", "person")]),
        # A list of names crossed out after a label: the last one, with no Chinese word beside
        # it, is a mask as the first is.
        ("评审组：XXX、XXX", [("XXX", "cross", "other")] * 2),
        ("成员：×××、×××、×××", [("×××", "cross", "other")] * 3),
        ("值班人员:xx、 xx", [("xx", "cross", "other")] * 2),
        ("XX：", [("XX", "cross", "other")]),
        # A template line crossing out its fields crosses the lone × between words too.
        ("名称写作“×年×月×日财务科×专项检查报告”", [("×", "cross", "number"), ("×", "cross", "number"),
                                         ("×", "cross", "number"), ("×", "cross", "other")]),
    ],
)
def test_every_masking_style_is_found_with_its_kind(text, expected):
    assert [(m.text(text), m.detector, m.kind) for m in find_masks(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "拍X光片", "X射线检查", "Windows XP系统", "屏幕3x4英寸", "长×宽×高", "男子4×100米",
        "二〇二三年", "一八四○年以后", "离我们并不遥远。□", "□ 本报记者", "snake_case 变量",
        "A*算法", "《X-Man》节目", "“X”光", "2*3=6", "出生年月日", "投资数万元", "______",
        "1920x1080分辨率", "2019-2020学年", "X-ray检查", "x86架构",
        "【发布单位】全国人大常委会", "[注]本表数据", "见[第三章]说明",
        # Alone on a line, two Latin X are a Roman numeral or a size, not a crossed-out line.
        "XX", "xx", "XXL", "X、Y两个变量之间的关系", "× ×",
        # A product between words stays one when no field of the line is crossed out.
        "面积=长×宽", "工资=基数×系数", "x、y轴的交点", "Super Bowl XX",
    ],
)
def test_ordinary_text_is_not_a_mask(text):
    assert find_masks(text) == []


def test_gaps_are_reported_but_not_styled():
    doc, report = clean("正文开始。\n收缴基金 万元,参合率达 %。")
    assert [(m["kind"], m["context"]) for m in report.masks] == [
        ("gap", "收缴基金 万元，参合率达 %。"), ("gap", "收缴基金 万元，参合率达 %。")]
    assert spans(doc) == []


def test_detectors_can_be_switched_off():
    _, report = clean("正文开始。\n**区××年度□□镇", **{"masks.detect": "asterisk"})
    assert [m["text"] for m in report.masks] == ["**"]


def test_unknown_detector_is_a_named_error():
    from reportfmt.errors import OptionsError
    from reportfmt.options import build_options

    with pytest.raises(OptionsError, match=r"masks\.detect"):
        build_options({"masks.detect": "asterisk,smiley"})


@pytest.mark.parametrize(("style", "docx_style"), [("highlight", "Masked"), ("box", "Masked Box"),
                                                   ("underline", "Masked Underline"), ("plain", None)])
def test_style_option_picks_the_docx_character_style(style, docx_style):
    doc, _ = clean("正文开始。\n**区", **{"masks.style": style})
    assert spans(doc)[0].attributes.get("custom-style") == docx_style


def test_glyph_option_keeps_the_count_and_the_original():
    doc, report = clean("正文开始。\n**区完成*.*倍", **{"masks.glyph": "□"})
    assert [pf.stringify(s) for s in spans(doc)] == ["□□", "□□□"]
    assert [s.attributes["mask"] for s in spans(doc)] == ["**", "*.*"]
    assert [m["text"] for m in report.masks] == ["**", "*.*"]
    from reportfmt.pipeline import run_passes

    assert [m["text"] for m in run_passes(doc).masks] == ["**", "*.*"]  # idempotent with glyphs
    assert len(spans(doc)) == 2


def test_seed_mask_kinds_are_sensible(seed_bytes):
    from reportfmt.batch.job import process_bytes
    from reportfmt.options import Options

    processed = process_bytes(seed_bytes, "seed.txt", Options())
    masks = processed.report.masks
    assert len(masks) == 125 and sum(m["text"].count("*") for m in masks) == 266
    assert {m["detector"] for m in masks} == {"asterisk"}
    checked = 0
    for paragraph in texts(processed.doc):
        for mask in find_masks(paragraph):
            after = paragraph[mask.end :]
            if after.startswith(("年", "个", "亿元", "万")):
                assert mask.kind == "number", (paragraph, mask)
                checked += 1
            if after.startswith(("区", "村", "镇")):
                assert mask.kind == "place", (paragraph, mask)
                checked += 1
    assert checked > 40
    assert any(m["kind"] == "person" for m in masks)  # 书记***说


def test_markdown_page_keeps_every_asterisk_and_underscore():
    from reportfmt.api import convert_text

    page = "# **区工作总结\n\n**区完成***亿元，增长*.*倍，“*+*+*”制度。\n\n20_年____镇，**注意**：按时。\n"
    md = convert_text(page, to="plain", input_format="markdown")  # text formats come back as str
    # **区 (title), **区, ***, *.*, *+*+*: 2+2+3+2+3; 注意's emphasis markers are markup, not masks
    assert md.count("*") == 12
    assert "20_年____镇" in md
    assert "注意：按时" in md


def test_masks_subcommand_lists_the_seed_as_csv(capsys):
    import csv
    import io

    from conftest import SEED
    from reportfmt.cli import run

    assert run(["masks", str(SEED), "--csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == 125
    assert rows[1]["text"] == "*" and rows[1]["kind"] == "number" and "连续*年" in rows[1]["context"]


def test_the_year_of_a_document_number_crossed_out_is_a_mask():
    from reportfmt.passes.masks.find import find_masks
    text = "发文字号为某政发〔20××〕×号，另一份为某办发[20xx]12号，均在2013年印发。"
    assert [text[m.start:m.end] for m in find_masks(text)] == ["××", "×", "xx"]


@pytest.mark.parametrize(
    ("spaced", "tight", "expected"),
    [("X ，X", "X，X", ["X", "X"]), ("Xxxx ，xx ，xx", "Xxxx，xx，xx", ["Xxxx", "xx", "xx"])],
)
def test_blanks_before_a_fullwidth_joiner_do_not_change_the_masks(spaced, tight, expected):
    # Typography deletes the blank before "，": the masks must be the same on both sides of it.
    def crossed(text):
        return [text[m.start : m.end] for m in find_masks(text) if m.detector == "cross"]

    assert crossed(tight) == expected
    assert crossed(spaced) == expected


def test_a_lone_cross_before_an_organisation_is_its_name_crossed_out():
    # A lone × with no number or letter across it, before a unit's word: the unit's name masked.
    doc, report = clean("正文开始。\n为规范支部工作，×党委对每季度的组织生活作出统一安排。")
    assert [m["text"] for m in report.masks] == ["×"]
    assert [pf.stringify(s) for s in spans(doc)] == ["×"]
    assert block_text(doc.content[1]) == "为规范支部工作，×党委对每季度的组织生活作出统一安排。"


@pytest.mark.parametrize("line", ["教室的长×宽为8米×6米。", "按3×公司人数计算补贴。"])
def test_a_cross_between_measures_or_after_a_number_stays_text(line):
    _, report = clean(f"正文开始。\n{line}")
    assert report.masks == []


def test_a_lone_x_set_apart_by_blanks_between_chinese_words_is_a_field():
    # A Word template turned into text: each field ("x") stands between blanks, the names and
    # numbers it hides are the unit's, the count's, the person's.
    page = ("会议主持词\n"
            "根据 x 区委组织部的安排，我们今天召开 x 党支部专题组织生活会。\n"
            "x 机关党委 x 同志到会指导，应到党员 x 人。")
    doc, report = clean(page)
    assert [m["text"] for m in report.masks] == ["x"] * 5
    assert [pf.stringify(s) for s in spans(doc)] == ["x"] * 5
    # Every character stays in the text.
    assert "x 机关党委 x 同志到会指导" in block_text(doc.content[-1])


def test_the_blank_field_tests_read_far_blanks_as_the_line_start_or_a_gap():
    # The tests look a window each side of a cross; past it, the line decides as before:
    # a field after a long indent is the line's first word, an operator after a long gap still has
    # a number before it.
    assert _crosses(" " * 100 + "x 党支部召开组织生活会") == [("x", "other")]
    assert _crosses("合计 3" + " " * 100 + "x 3 台") == []


@pytest.mark.parametrize(
    "line", ["体检时拍了 X 光片。", "选用 a x b 的矩阵。", "系统为 Windows XP 版本。", "横轴取 x 轴方向。",
             "尺寸为 3x3 米。"])
def test_a_latin_x_between_blanks_in_ordinary_text_stays_text(line):
    _, report = clean(f"正文开始。\n{line}")
    assert report.masks == []


def _crosses(text):
    return [(text[m.start : m.end], m.kind) for m in find_masks(text)]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # A format specimen's filler: each cross of "X X X" a mask, the font note after it text.
        ("X X X X（正文 仿宋 三号）", [("X", "other")] * 4),
        ("一、X X X（一级标题 黑体）", [("X", "other")] * 3),
        ("（一） X X X （楷体）", [("X", "other")] * 3),
        ("2.X X X", [("X", "other")] * 3),
        ("附件：1.× × × × ×", [("×", "other")] * 5),  # a slide's text, every character spaced
        ("联系人：X X X  电话：X X X X", [("X", "other")] * 7),
        ("X X X X 局", [("X", "other")] * 4),
        ("Ｘ Ｘ Ｘ同志", [("Ｘ", "other"), ("Ｘ", "other"), ("Ｘ", "person")]),
        ("××××××× 2.× × × ×", [("×××××××", "number"), *[("×", "other")] * 4]),
        # A double group beside the spaced ones is the same field.
        ("XX X X X（签字）", [("XX", "other"), *[("X", "other")] * 3]),
    ],
)
def test_letter_spaced_crosses_are_each_a_mask(line, expected):
    assert _crosses(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Signed, Anna x x x",          # English kisses: a Latin word beside the run
        "Type XX X X X model",          # a Latin word on either side: English text
        "1. x x x",                     # lower-case x with no Chinese word beside: variables
        "判断题：× × × √ ×",            # an answer key that ticks as well as crosses
        "X X 两个人",                   # two spaced crosses only: not enough to tell
        "面积 = 长 × 宽 × 高",          # a lone × between blanks is an operator
    ],
)
def test_letter_spaced_lookalikes_stay_text(line):
    assert find_masks(line) == []


def test_letter_spaced_crosses_are_styled_one_by_one_and_keep_every_character():
    doc, report = clean("正文开始。\n附件：1.X X X（附件说明 仿宋 三号）")
    assert [m["text"] for m in report.masks] == ["X", "X", "X"]
    assert [pf.stringify(s) for s in spans(doc)] == ["X", "X", "X"]
    assert "1.X X X" in block_text(doc.content[1])


def test_a_spaced_specimen_after_a_colon_is_not_taken_for_anti_copy_noise():
    # ": 1.X X X( " is ASCII tokens with symbols, as Discuz noise is; but its only letters are X's.
    doc, report = clean("正文开始。\n附件: 1.X X X( 附件说明 ) 2.X X X\n正文结束。")
    assert [m["text"] for m in report.masks] == ["X"] * 6
    assert "1.X X X" in block_text(doc.content[1]) and "附件说明" in block_text(doc.content[1])
    assert not [r for r in report.removed if r["rule"] == "forum.jammer"]


def test_noise_holding_an_x_among_other_letters_is_still_cut():
    doc, report = clean("正文开始。\n全年共开展活动十余次。X8 ]: q% D6 b\n正文结束。")
    assert [r["text"] for r in report.removed if r["rule"] == "forum.jammer"] == ["X8 ]: q% D6 b"]
    assert block_text(doc.content[1]) == "全年共开展活动十余次。"


# Look-alikes of issue 18m13: each next to the nearest true mask of its form, which stays marked.
@pytest.mark.parametrize(
    ("operator", "mask", "expected"),
    [
        # A lone × between blanks before a number is an operator (label rule); a crossed-out
        # place before its unit word is still a mask.
        ("入户率 = (实际户数 / 总户数) × 100%", "××县人民政府", [("××", "cross", "place")]),
        ("合格率=(合格件数/抽检件数)× 100%", "20××年工作总结", [("××", "year", "number")]),
        # One cross between two digits is a product, spaced or not.
        ("魔方有 3 x 3 x 3 共27个小块", "X X X 局办公室", [("X", "cross", "other")] * 3),
        ("按 4 × 100 米接力分组", "X X X 局办公室", [("X", "cross", "other")] * 3),
    ],
)
def test_an_operator_before_a_number_is_not_a_mask(operator, mask, expected):
    assert find_masks(operator) == []
    assert [(m.text(mask), m.detector, m.kind) for m in find_masks(mask)] == expected


def test_a_formula_line_keeps_its_operator_unmarked_in_a_page():
    doc, report = clean("正文开始。\n入户率 = (实际户数 / 总户数) × 100%，由××镇统计。")
    assert [m["text"] for m in report.masks] == ["××"]
    assert "× 100%" in block_text(doc.content[1])


@pytest.mark.parametrize("line", ["请在□Android手机上安装", "选择在□iOS或□Android上使用"])
def test_a_checkbox_before_a_latin_word_is_not_a_blank(line):
    assert [m.text(line) for m in find_masks(line)] == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [("□□镇人民政府", ["□□"]), ("第□期简报", ["□"]), ("□□A级景区", ["□□"])],
)
def test_boxes_before_a_chinese_word_or_in_a_run_are_still_blanks(line, expected):
    assert [m.text(line) for m in find_masks(line)] == expected


@pytest.mark.parametrize("line", ["* * counties", "There are * * counties in the state."])
def test_lone_stars_in_english_text_are_not_masks(line):
    assert find_masks(line) == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [("年产值****万元", ["****"]), ("共 * 人参加", ["*"]), ("****", ["****"])],
)
def test_stars_beside_chinese_words_or_in_a_run_are_still_masks(line, expected):
    assert [m.text(line) for m in find_masks(line, cell=True)] == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [("联系邮箱：xx@email.com", [("xx", "cross", "other")]), ("网址：www.xx.com", [("xx", "cross", "other")]),
     ("邮箱：xx@xx.cn", [("xx", "cross", "other")] * 2), ("增长xx.5倍", [("xx", "cross", "number")])],
)
def test_a_placeholder_address_is_a_mask(line, expected):
    # Decided (issue 18m13): a crossed-out mailbox or domain is a field the editor fills in, as
    # "电话：XXXXXXXX" is. A domain's dot is no decimal point: its mask's kind is other, not
    # number (a point before a digit still makes one).
    assert [(m.text(line), m.detector, m.kind) for m in find_masks(line)] == expected


# Issue 18 (genre documents): a number with part of its digits crossed out, as a filled-in
# template hides a phone, an ID, an account or a student number: the crossed run is a mask,
# the digits kept beside it are not.
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("手机：139XXXX0815", ["XXXX"]),
        ("联系方式 186xxxx2047（白天）", ["xxxx"]),
        ("公民身份号码：5101XXXXXXXXXXXX36", ["XXXXXXXXXXXX"]),
        ("证件号码:3201××××××××××1X", ["××××××××××"]),  # the check digit X stays text
        ("工号 2019XXXX05 已登记", ["XXXX"]),
        ("收款账号：6217XXXXXXXX5531", ["XXXXXXXX"]),
        ("信用代码：92XXXXXXXXXXXXXXXX", ["XXXXXXXXXXXXXXXX"]),  # digits on one side, a long run
        ("尾号XXXX8890的银行卡", ["XXXX"]),
        ("座机0731-XXXX6612转8", ["XXXX"]),
        ("预算共计12XX元", ["XX"]),  # a number's unit after it
        # A credit code's check letter after the crossed digits; groups joined by hyphens.
        ("统一社会信用代码：9135XXXXXXXXXX028P", ["XXXXXXXXXX"]),
        ("客服热线400-XXX-7721，全天服务", ["XXX"]),
        ("合同编号：ZL-2026-0××", ["××"]),
    ],
)
def test_crosses_inside_a_number_are_masks(line, expected):
    assert [m.text(line) for m in find_masks(line)] == expected


@pytest.mark.parametrize(
    "line",
    [
        # A real ID number's check digit, a product, a resolution, hexadecimal, status codes,
        # model numbers and names with an X: no number was crossed out.
        "身份证号码：11010519491231002X", "3x3的方格", "分辨率1920x1080", "寄存器0x1F置位",
        "返回4xx或5xx错误", "型号RTX4090显卡", "买了一台Xbox", "宝马X5车型", "iPhone X手机",
        "第XIV条", "沿x轴平移", "A4XX型号纸张", "X2X3两个变量", "1x2x3的长方体",
        "尺码5XXL的外套", "2019-2020学年",
    ],
)
def test_numbers_and_codes_with_a_latin_x_are_not_masks(line):
    assert [m.text(line) for m in find_masks(line)] == []


# A licence plate with part of it crossed out: the province's character and the city's letter
# kept, the rest hidden (the crosses glued to the letter, which a word's X never is after Chinese).
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("车牌号：湘AXX327", ["XX"]),
        ("肇事车辆浙C·XX5X2逃逸", ["XX"]),
        ("车辆川AXXXXX已登记", ["XXXXX"]),
        ("停放的鲁B**961", ["**"]),
    ],
)
def test_crosses_in_a_licence_plate_are_masks(line, expected):
    assert [m.text(line) for m in find_masks(line)] == expected


@pytest.mark.parametrize("line", ["车牌号湘A88X27", "京AX1234号车", "苹果iPhone XS发布", "新AXXL款式"])
def test_a_plate_or_a_word_without_a_crossed_run_is_not_a_mask(line):
    assert [m.text(line) for m in find_masks(line)] == []


def test_a_number_with_crossed_digits_keeps_every_digit_and_marks_only_the_crosses():
    doc, report = clean("正文开始。\n学号：2022XXXX17，身份证号码：5101XXXXXXXXXXXX36，车牌号：湘AXX327。")
    assert [m["text"] for m in report.masks] == ["XXXX", "XXXXXXXXXXXX", "XX"]
    assert [pf.stringify(s) for s in spans(doc)] == ["XXXX", "XXXXXXXXXXXX", "XX"]
    assert "2022XXXX17" in block_text(doc.content[1])
    assert "5101XXXXXXXXXXXX36" in block_text(doc.content[1]) and "湘AXX327" in block_text(doc.content[1])


# A number printed in groups ("1XX XXXX XXXX"): the first group's crosses, digits before them,
# are the same field as the crossed-out groups a blank apart; a short code alone ("5xx") is not.
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("报名咨询：1xx xxxx xxxx（工作日）", ["xx", "xxxx", "xxxx"]),
        ("对公账户 62XX XXXX XXXX 3318", ["XX", "XXXX", "XXXX"]),
        ("返回4xx或5xx错误", []),
        ("选用 5XX 系列机型", []),
    ],
)
def test_the_first_group_of_a_grouped_number_is_masked_with_the_rest(line, expected):
    assert [m.text(line) for m in find_masks(line)] == expected


# A figure left open in square brackets, as template and AI-written pages print it: the cross
# inside is the field, its kind read past the brackets; an index (a[x]) or a task list's ticked
# box (- [x] 已办) is no field.
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("今年新修便道[X]公里，覆盖[X]个行政村。", [("X", "number"), ("X", "number")]),
        ("参训率提高到［X］%。", [("X", "number")]),
        ("由【X】同志牵头负责。", [("X", "person")]),
        ("- [x] 材料已报送", []),
        ("- [x]材料已报送", []),
        ("数组b[x]的取值", []),
    ],
)
def test_a_cross_in_square_brackets_beside_chinese_is_a_field(line, expected):
    assert [(m.text(line), m.kind) for m in find_masks(line)] == expected


# A class's number left open in round brackets between Chinese ("初一(×)班", "高三（x）班"): a
# field as the square-bracketed one is. A quiz's wrong-answer mark after a sentence or at the
# line's end, a function's argument, and a key that also ticks (√) are none.
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("大家好，我是实验中学初一(×)班的学生代表。", ["×"]),
        ("本学期高三（x）班的值日表贴在门后。", ["x"]),
        ("月亮自己会发光。(×)", []),
        ("水往低处流(√)，石头会漂在水上(×)理由略", []),
        ("已知函数f(x)的值域", []),
    ],
)
def test_a_lone_cross_in_round_brackets_between_chinese_is_a_field(line, expected):
    assert [m.text(line) for m in find_masks(line)] == expected


# Parentheses holding only blanks beside Chinese: the answer's or the field's blank of a test
# paper or a form. A gap (reported, not styled): typography keeps the blank instead of closing
# the parentheses up; "f( )" in English text is not one.
def test_blank_parentheses_beside_chinese_keep_their_blank():
    doc, report = clean("正文开始。\n1.下面哪一句写得最通顺（    ）。\n2.选出错字最少的一项( )(3分)\n调用 f( ) 即可")
    assert [(m["detector"], m["kind"]) for m in report.masks] == [("gap", "gap"), ("gap", "gap")]
    assert spans(doc) == []
    assert texts(doc)[1:3] == ["1.下面哪一句写得最通顺（ ）。", "2.选出错字最少的一项（ ）（3分）"]
    assert find_masks("call f( ) here") == []


# One underscore joining the words of a file's name is no blank; a year's blank in one is.
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("会后请下载 20260105_月度例会纪要.docx 填写", []),
        ("附件2_报名汇总表.xlsx", []),
        ("提交青禾社区_王小明_述职报告.pdf即可", []),
        ("附件：报名表_.docx", ["_"]),
        ("示例：青禾社区20_年工作总结.docx", ["_"]),
        ("附件：____.pdf", ["____"]),
        ("应到会_人", ["_"]),
    ],
)
def test_one_underscore_in_a_file_name_is_no_blank(line, expected):
    assert [m.text(line) for m in find_masks(line)] == expected


def test_a_class_number_left_open_in_round_brackets_is_wrapped_and_kept():
    doc, _ = clean("正文开始。\n我是第二中学初二(×)班的学生。")
    assert [pf.stringify(s) for s in spans(doc)] == ["×"]
    assert block_text(doc.content[1]) == "我是第二中学初二（×）班的学生。"  # typography widens the brackets only
