"""Typography pass: CJK punctuation and spaces fixed, masks, numbers, URLs and Latin untouched."""

from __future__ import annotations

import re

import panflute as pf
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import clean, texts
from reportfmt.passes.masks.find import find_masks
from reportfmt.passes.typography import join_hard_wraps, typeset, wrap_width
from reportfmt.read.text import read_plain_text

IDEOGRAPH = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("过去*年,**践行“****”发展思路 ,  建设 城区。", "过去*年，**践行“****”发展思路，建设城区。"),
        ("肉眼可见的巨大进步,是从哪一刻开始孕育?", "肉眼可见的巨大进步，是从哪一刻开始孕育？"),
        ("增长*.*倍;", "增长*.*倍；"),
        ("曾经,这里“散乱污”遍布, 河涌黑臭", "曾经，这里“散乱污”遍布，河涌黑臭"),
        ("全国**个先进县(区)之一", "全国**个先进县（区）之一"),
        ('他说"你好",然后\'走\'了', "他说“你好”，然后‘走’了"),
        ("“强二优三、三产融合” 澎湃有力", "“强二优三、三产融合”澎湃有力"),
        ("目前, **已在全区", "目前，**已在全区"),
        # Between a number and Chinese a , or ; parts clauses: a thousands separator has
        # digits on both sides.
        ("建立整改台账,2024年底前完成", "建立整改台账，2024年底前完成"),
        ("同比增长12%,高于全市", "同比增长12%，高于全市"),
        ("共走访86户;3户已脱困", "共走访86户；3户已脱困"),
        ("完成指标的105,超额", "完成指标的105，超额"),
    ],
)
def test_chinese_punctuation_becomes_full_width(before, after):
    assert typeset(before) == after


@pytest.mark.parametrize(
    "kept",
    [
        "发布时间:2023-03-03 19:55:05",  # a time keeps its colons
        "共1,000人",  # a thousands separator
        "第1,2,3条",  # a list of numbers
        "3,倡议书的种类",  # a list marker opening the line, as its author wrote it
        "比分3:2",
        "增长3.5倍",
        "详见http://example.com/a,b;c?d=1(x)",  # URLs are not text
        "写信到 office@example.com,或来电",
        "Hello, world: is it? yes!",  # Latin text
        "f(x) = a*b",
        "don't",
        "推荐访问:",  # a trailing colon is not between Chinese characters
        "收缴基金 万元，参合率达 %",  # the spaces of a gap are part of the mask report
        "清理场所**** 家",  # spaces beside a mask stay: masks are never altered
        "2023 年",  # a space between a number and Chinese is a choice, not a stray
    ],
)
def test_numbers_urls_latin_and_masks_are_left_alone(kept):
    assert typeset(kept) == kept


def test_the_seed_gets_full_width_commas_but_keeps_its_time(seed_bytes):
    from reportfmt.batch.job import process_bytes
    from reportfmt.options import Options

    doc = process_bytes(seed_bytes, "seed.txt", Options()).doc
    body = "\n".join(texts(doc))
    assert "高新技术企业增长*.*倍；" in body
    assert "曾经，这里“散乱污”遍布，河涌黑臭" in body
    # Between Chinese characters no ASCII comma or colon is left.
    assert not re.search(r"[\u4e00-\u9fff][,:][\u4e00-\u9fff]", body)
    # The date line (removed as metadata) is typeset as text: its time keeps its colons.
    assert typeset("发布时间:2023-03-03 19:55:05") == "发布时间:2023-03-03 19:55:05"


def test_option_switches_the_pass_off():
    doc, _ = clean("正文开始。\n甲,乙", **{"typography.enabled": False})
    assert texts(doc)[-1] == "甲,乙"


def test_soft_breaks_between_chinese_are_dropped_others_kept():
    doc = pf.Doc(pf.Para(pf.Str("第一行"), pf.SoftBreak(), pf.Str("第二行"), pf.SoftBreak(), pf.Str("end")))
    from reportfmt.passes import typography

    typography.main(doc)
    para = doc.content[0]
    assert [type(i).__name__ for i in para.content] == ["Str", "SoftBreak", "Str"]
    assert pf.stringify(para).strip() == "第一行第二行 end"


def test_code_is_never_typeset():
    doc = pf.Doc(pf.Para(pf.Str("中文,"), pf.Code("a,b:中文"), pf.Str("中,文")))
    from reportfmt.passes import typography

    typography.main(doc)
    para = doc.content[0]
    assert para.content[1].text == "a,b:中文"
    assert para.content[-1].text == "中，文"


WRAPPED = (
    "一、总体情况\n"
    + "今年以来我们坚持以人民为中心的发展思想全面推进各项工作取得了明显\n"
    + "成效群众满意度持续提升基层治理能力不断增强各项指标均超额完成任务\n"
    + "为下一步发展打下了坚实基础。\n"
    + "二、存在问题\n"
    + "一是资金投入不足制约了项目建设进度影响了整体工作推进的速度和质量\n"
    + "二是人才队伍建设有待加强。\n"
)


def test_hard_wrapped_lines_of_one_paragraph_are_joined():
    doc = read_plain_text(WRAPPED)
    lengths = [len(t) for t in texts(doc)]
    assert wrap_width(lengths) == 32
    join_hard_wraps(doc.content)
    assert texts(doc) == [
        "一、总体情况",
        "今年以来我们坚持以人民为中心的发展思想全面推进各项工作取得了明显成效群众满意度持续提升基层治理能力"
        "不断增强各项指标均超额完成任务为下一步发展打下了坚实基础。",
        "二、存在问题",
        # 二是 starts a new item even though the line before it is full.
        "一是资金投入不足制约了项目建设进度影响了整体工作推进的速度和质量",
        "二是人才队伍建设有待加强。",
    ]


def test_lines_boxed_in_divs_are_joined_as_lines_in_paragraphs_are():
    # A document viewer or an editor that boxes every printed line (<div>…</div> a line) gives
    # pandoc Plain blocks, not Para: the same wrapped lines must join the same way.
    from reportfmt.read.html import read_html

    lines = WRAPPED.strip().split("\n")
    for tag in ("p", "div"):
        page = "<html><body>" + "".join(f"<{tag}>{line}</{tag}>" for line in lines) + "</body></html>"
        doc = read_html(page, extract=False)
        join_hard_wraps(doc.content)
        assert texts(doc)[1] == (
            "今年以来我们坚持以人民为中心的发展思想全面推进各项工作取得了明显成效群众满意度持续提升"
            "基层治理能力不断增强各项指标均超额完成任务为下一步发展打下了坚实基础。"
        ), tag
        assert len(doc.content) == 5, tag


def test_paragraphs_of_natural_lengths_are_never_joined(seed_bytes):
    doc = read_plain_text(seed_bytes.decode("utf-8"))
    before = texts(doc)
    join_hard_wraps(doc.content)
    assert texts(doc) == before


# --- properties ---------------------------------------------------------------------------

CHINESE = "的是在区村镇年月日个人万亿元同志书记工作建设发展中国"
MASKY = "*＊×xX□〇☆_〔〕"
ASCII = ",:;?!()\"' .%-—0123456789abcXP/@"
text_strategy = st.text(alphabet=st.sampled_from(list(CHINESE + MASKY + ASCII + "，。“”（）\n")), max_size=60)


def masked_chars(text: str) -> int:
    return sum(m.end - m.start for m in find_masks(text) if m.detector != "gap")


@settings(max_examples=400, deadline=None)
@given(text_strategy)
def test_property_masked_characters_survive_typography(text):
    fixed = typeset(text)
    assert masked_chars(fixed) == masked_chars(text)
    assert [fixed[m.start : m.end] for m in find_masks(fixed) if m.detector != "gap"] == [
        text[m.start : m.end] for m in find_masks(text) if m.detector != "gap"
    ]


@settings(max_examples=400, deadline=None)
@given(text_strategy)
def test_property_typography_is_idempotent(text):
    once = typeset(text)
    assert typeset(once) == once


@settings(max_examples=400, deadline=None)
@given(text_strategy)
def test_property_no_chinese_character_added_or_removed(text):
    assert IDEOGRAPH.findall(typeset(text)) == IDEOGRAPH.findall(text)


@settings(max_examples=100, deadline=None)
@given(st.lists(text_strategy, min_size=1, max_size=6))
def test_property_whole_pipeline_keeps_mask_count_with_and_without_typography(lines):
    page = "正文开始。\n" + "\n".join(lines)
    _, with_typo = clean(page)
    _, without = clean(page, **{"typography.enabled": False})
    count = lambda report: sum(len(m["text"]) for m in report.masks if m["kind"] != "gap")  # noqa: E731
    assert count(with_typo) == count(without)


# A résumé or a form typed as plain text lines its columns up with runs of blanks. The reader
# keeps such a run as a wide blank, and typography keeps it where it drops a single stray blank
# between two Chinese characters: the columns stay apart instead of running into one word.
RESUME = """个人简历

姓名：王  红        性别：女
出生年月：1993年8月     民族：汉族
2016.09-2019.06   青禾文化传播有限公司   文案策划
2019.07-至今\t柳岸建设集团办公室\t行政主管

自我评价
本人工作 认真负责，善于沟通协调。
"""


def test_a_resume_keeps_the_gaps_between_its_columns():
    doc, _ = clean(RESUME)
    body = texts(doc)
    assert "2016.09-2019.06 青禾文化传播有限公司 文案策划" in body
    assert "2019.07-至今 柳岸建设集团办公室 行政主管" in body
    # blanks padding a two-character word to a column's width are no column gap
    assert "姓名：王红 性别：女" in body
    assert "出生年月：1993年8月 民族：汉族" in body
    # one blank between two Chinese characters is still a stray one (a web page's), and so
    # is a wide one in a sentence (where a flattened page's paragraphs were joined)
    assert "本人工作认真负责，善于沟通协调。" in body
    doc, _ = clean("我们开展了三次培训。  下一步将继续完善制度建设。\n")
    assert texts(doc) == ["我们开展了三次培训。下一步将继续完善制度建设。"]


def test_a_wide_blank_is_a_plain_space_to_pandoc_and_to_the_passes():
    from reportfmt.passes.elements import WideSpace, inline_text
    from reportfmt.write.json_dump import dumps_laid_out

    doc = read_plain_text("销售部   张明   经理\n")
    assert any(type(item) is WideSpace for item in doc.content[0].content)
    assert inline_text(doc.content[0]) == "销售部 张明 经理"
    dumped, _ = dumps_laid_out(doc, lambda table: ("", ""))
    assert '{"t":"Space"}' in dumped and "Wide" not in dumped


# --- a document written by hand: which of its line breaks are wraps --------------------------

def hand_written_lines(*paragraphs: str) -> list[list[str]]:
    """Markdown paragraphs whose lines are separated by single newlines, through the passes a
    hand-written document gets; each paragraph back as its lines (a SoftBreak kept = two lines)."""
    blocks = []
    for text in paragraphs:
        inlines: list[pf.Inline] = []
        for i, line in enumerate(text.split("\n")):
            inlines += ([pf.SoftBreak()] if i else []) + [pf.Str(line)]
        blocks.append(pf.Para(*inlines))
    doc = pf.Doc(*blocks)
    doc.scraped = False
    from reportfmt.pipeline import run_passes

    run_passes(doc, chinese=True)
    lines = []
    for para in doc.content:
        lines.append([""])
        for item in para.content:
            if isinstance(item, pf.SoftBreak):
                lines[-1].append("")
            else:
                lines[-1][-1] += pf.stringify(item)
    return lines


def test_hand_written_wrap_between_chinese_characters_is_dropped():
    wrapped = ("自下周一起，图书馆一楼自习区的开放时间调整为早上七点至晚上十一点，二楼以上各阅览室的开放\n"
               "时间不变，调整的原因主要有两点")
    assert hand_written_lines(wrapped) == [[wrapped.replace("\n", "")]]


def test_hand_written_field_lines_keep_their_breaks():
    # One field a line, as a note-taking app shows them: joined, a value runs into the next label.
    fields = "来源：某某晚报\n发布时间：2025-03-08 10:12"
    record = ("客户：青山建材有限公司的采购部门，具体由设备组负责对接\n联系人：孙经理\n"
              "地址：某市某区工业园三路8号")
    assert hand_written_lines(fields, record) == [
        ["来源：某某晚报", "发布时间：2025-03-08 10:12"],
        ["客户：青山建材有限公司的采购部门，具体由设备组负责对接", "联系人：孙经理", "地址：某市某区工业园三路8号"],
    ]


def test_hand_written_numbered_lines_keep_their_breaks():
    items = "一、整理本季度全部客户的报价单并按照地区分别汇总成表\n二、周五前回电\n（一）确认交货期\n（二）确认付款方式"
    assert hand_written_lines(items) == [items.split("\n")]


def test_hand_written_short_lines_are_the_authors_lines_not_a_wrap():
    # Nobody wraps at five characters: a poem, a head of two lines, names one a line.
    poem = "车窗外的麦田\n一块接着一块\n像没写完的信\n等风来读"
    head = "红石镇人民政府文件\n红政发〔2025〕9号"
    assert hand_written_lines(poem, head) == [poem.split("\n"), head.split("\n")]


def test_hand_written_breaks_decided_on_the_lines_as_they_end_up_twice_equals_once():
    # The short line after a wrap is measured with the wrapped line it joined: a second run,
    # which sees them as one line, decides alike.
    text = ("今年以来我们坚持问题导向，全面推进各项工作，取得了明显\n成效\n群众满意度持续提升，"
            "基层治理能力不断增强")
    once = hand_written_lines(text)
    assert once == [[text.replace("\n", "")]]
    assert hand_written_lines(*("\n".join(lines) for lines in once)) == once
