"""Headings pass: numbered lines become unnumbered sections with ids and relative levels."""

from __future__ import annotations

import panflute as pf
import pytest

from helpers import clean
from reportfmt.passes.elements import block_text
from reportfmt.passes.headings.numbering import cn_to_int, parse_marker
from reportfmt.passes.headings.rules import decide


def headers(doc):
    return [b for b in doc.content if isinstance(b, pf.Header)]


def outline(doc) -> list[tuple[int, str]]:
    return [(h.level, block_text(h)) for h in headers(doc)]


def test_yi_headings_become_level_one_unnumbered_sections_with_ids():
    doc, report = clean("正文。\n一、加强组织建设\n内容。\n二、推进城市更新\n内容。")
    found = headers(doc)
    assert [pf.stringify(h) for h in found] == ["一、加强组织建设", "二、推进城市更新"]
    assert [h.level for h in found] == [1, 1]
    assert [h.identifier for h in found] == ["sec-1", "sec-2"]
    assert all("unnumbered" in h.classes for h in found)
    assert report.headings == [
        {"level": 1, "text": "一、加强组织建设", "id": "sec-1"},
        {"level": 1, "text": "二、推进城市更新", "id": "sec-2"},
    ]


def test_a_numbered_sentence_is_not_a_heading():
    doc, _ = clean("正文。\n一、各单位要高度重视，认真组织实施。\n内容。")
    assert headers(doc) == []


# --- numerals and markers ---------------------------------------------------------------

@pytest.mark.parametrize(("numeral", "value"), [
    ("一", 1), ("十", 10), ("十二", 12), ("二十", 20), ("九十九", 99), ("一百", 100),
    ("一百零五", 105), ("一百二十三", 123), ("一〇五", 105), ("两", 2), ("12", 12),
])
def test_chinese_numerals(numeral, value):
    assert cn_to_int(numeral) == value


@pytest.mark.parametrize(("line", "family", "number"), [
    ("第二编 物权", "bian", 2), ("第一分编 通则", "fenbian", 1), ("第三部分 工作打算", "part", 3),
    ("第十二章 附则", "zhang", 12), ("第一章目的", "zhang", 1), ("01第一章 项目背景", "zhang", 1),
    ("第四节 听证", "jie", 4), ("第一百二十三条 内容", "tiao", 123), ("第十条之一 内容", "tiao", 10),
    ("二十一、执行程序", "yi", 21), ("三. 加强管理", "yi", 3), ("三．加强管理", "yi", 3),
    ("（二）完善制度", "paren_cn", 2), ("(二) 完善制度", "paren_cn", 2),
    ("1.健全机制", "arabic", 1), ("2、健全机制", "arabic", 2), ("3．健全机制", "arabic", 3),
    ("\uff14\uff0e健全机制", "arabic", 4), ("（1）明确分工", "paren_arabic", 1),
    ("(2)明确分工", "paren_arabic", 2), ("⑶明确分工", "paren_arabic", 3), ("④落实责任", "circled", 4),
])
def test_marker_families_in_half_and_full_width(line, family, number):
    marker = parse_marker(line)
    assert (marker.family, marker.number) == (family, number)


@pytest.mark.parametrize("line", ["1.5亿元的投资", "一是加强领导", "统一、规范", "第2页"])
def test_lines_that_only_look_numbered(line):
    assert parse_marker(line) is None


# --- families as headings -----------------------------------------------------------------

REPORT = """2023年区教育局工作总结
今年以来，我局认真贯彻落实各项决策部署，现将有关情况报告如下。
一、主要工作成效
（一）强化组织领导
1.健全工作机制
（1）明确责任分工
全年召开专题会议**次，研究解决问题***个。
（2）压实工作责任
各单位层层签订责任书。
2.完善制度体系
修订制度**项。
（二）推进重点任务
推进项目建设，完成投资***亿元。
二、存在的问题
部分工作推进不够平衡。"""


def test_four_levels_of_a_report():
    doc, report = clean(REPORT)
    assert outline(doc) == [
        (1, "一、主要工作成效"), (2, "（一）强化组织领导"), (3, "1.健全工作机制"),
        (4, "（1）明确责任分工"), (4, "（2）压实工作责任"), (3, "2.完善制度体系"),
        (2, "（二）推进重点任务"), (1, "二、存在的问题"),
    ]
    assert report.title == "2023年区教育局工作总结"
    assert [h["level"] for h in report.headings] == [1, 2, 3, 4, 4, 3, 2, 1]


def test_levels_are_relative_a_document_starting_with_paren_one():
    doc, _ = clean("说明如下。\n（一）强化组织领导\n1.健全机制\n内容。\n2.压实责任\n内容。\n"
                   "（二）推进重点任务\n内容。")
    assert outline(doc) == [(1, "（一）强化组织领导"), (2, "1.健全机制"), (2, "2.压实责任"),
                            (1, "（二）推进重点任务")]


def test_chapters_and_sections_of_a_law():
    doc, _ = clean("某某条例\n第一章 总则\n第一条 为了规范管理，制定本条例。\n第二章 管理\n"
                   "第一节 一般规定\n第二条 内容。\n第二节 特别规定\n第三条 内容。\n附则\n第四条 施行。")
    assert outline(doc) == [(1, "第一章 总则"), (1, "第二章 管理"), (2, "第一节 一般规定"),
                            (2, "第二节 特别规定"), (1, "附则")]


def test_bian_above_fenbian_above_zhang():
    doc, _ = clean("正文。\n第三编 合同\n第一分编 通则\n第一章 一般规定\n第四百六十三条 内容。")
    assert outline(doc) == [(1, "第三编 合同"), (2, "第一分编 通则"), (3, "第一章 一般规定")]


def test_part_headings_above_yi():
    doc, _ = clean("正文。\n第一部分 工作回顾\n一、经济运行\n内容。\n二、社会事业\n内容。\n"
                   "第二部分 工作打算\n内容。")
    assert outline(doc)[:3] == [(1, "第一部分 工作回顾"), (2, "一、经济运行"), (2, "二、社会事业")]


@pytest.mark.parametrize(("lines", "expected"), [
    (["三. 加强管理", "四. 提升服务"], ["三. 加强管理", "四. 提升服务"]),
    (["⑴加强管理", "⑵提升服务"], ["⑴加强管理", "⑵提升服务"]),
    (["①加强管理", "②提升服务"], ["①加强管理", "②提升服务"]),
    (["(一)加强管理", "(二)提升服务"], ["（一）加强管理", "（二）提升服务"]),
    (["1、加强管理", "2、提升服务"], ["1、加强管理", "2、提升服务"]),
    (["第一章目的", "第二章范围"], ["第一章目的", "第二章范围"]),
    (["01第一章 项目背景", "02第二章 实施路径"], ["01第一章 项目背景", "02第二章 实施路径"]),
])
def test_odd_markers_are_headings(lines, expected):
    doc, _ = clean("正文内容，说明。\n" + "\n".join(f"{line}\n内容。" for line in lines))
    assert [text for _, text in outline(doc)] == expected


def test_standalone_front_and_back_matter_at_the_top_level():
    doc, _ = clean("正文。\n序言\n长篇序言内容，说明立法目的。\n第一章 总则\n第一条 内容。\n附件1\n表格。")
    assert outline(doc) == [(1, "序言"), (1, "第一章 总则"), (1, "附件1")]


def test_unnumbered_headings_when_nothing_is_numbered():
    body = "小凡与小胡系同乡，在一次电话闲聊中得知小胡要回老家但没买到票，邀请其搭乘车辆。"
    doc, _ = clean(f"无偿搭乘亲友出事故 依法减轻赔偿责任\n案情回顾\n{body}\n法官解读\n{body}")
    assert outline(doc) == [(1, "案情回顾"), (1, "法官解读")]


def test_short_lines_stacked_above_the_first_paragraph_are_the_pages_head_not_sections():
    # A contributed article: its headline, the author's unit and name, the site's tool line,
    # then the body, with no section names inside it.
    body = "学习不能停在读过了、看过了，要沉下心来逐篇研读原文，把每一个观点弄懂弄透，再落到工作中去。"
    doc, _ = clean(f"某某网 来稿选登 学习体会\n学习要“一步一个脚印”\n某某县某某乡人民政府 李某某\n"
                   f"某某网来稿 打印 纠错 投稿\n{body}\n{body}\n{body}")
    assert headers(doc) == []


@pytest.mark.parametrize("label", ["摘要", "《摘要》", "導讀", "引言：一份报告为什么会越写越长？"])
def test_front_matter_labels_above_body_are_headings(label):
    body = "这篇文章回顾了评估制度的由来，比较了几种做法的得失，并就下一步的改进提出三点看法。"
    doc, _ = clean(f"某某评估制度的现状分析\n{label}\n{body}\n第一部分 制度的由来\n{body}")
    assert outline(doc)[0] == (1, label)


def test_a_front_matter_word_without_body_below_or_ending_a_sentence_is_no_heading():
    body = "这篇文章回顾了评估制度的由来，比较了几种做法的得失，并就下一步的改进提出三点看法。"
    texts = [body, "摘要", "一、制度的由来", body, "引言：本文分三部分。", body, "二、改进的方向", body]
    decisions = decide(texts)
    assert sorted(decisions) == [2, 6]


def test_a_case_reports_case_name_and_first_section_above_its_first_paragraph_stay_sections():
    # A case report: its lesson as the title, the case's name, then 案情/要旨/解析 sections. The
    # two short lines above the first paragraph are sections, since bare lines open sections
    # further down too (eval-headings' laws: a case page lost both).
    body = "王某停在小区里的电动车被楼上掉下的花盆砸坏，物业公司认为自己已尽提醒义务，不应担责。"
    doc, report = clean(f"楼上坠物砸车 查明侵权人后由其担责\n王某诉某物业公司财产损害赔偿纠纷案\n案情简介\n{body}\n"
                        f"法院认为\n{body}\n案例评析\n{body}")
    assert report.title == "楼上坠物砸车 查明侵权人后由其担责"
    assert [text for _, text in outline(doc)] == [
        "王某诉某物业公司财产损害赔偿纠纷案", "案情简介", "法院认为", "案例评析"]


def test_notice_lines_are_not_unnumbered_headings():
    body = "为了适当解决国家机关工作人员病假期间的生活困难问题，特作如下规定，请遵照执行。"
    doc, _ = clean(f"某某规定\n1981年4月6日 国务院发布\n发布之日施行\n{body}\n说明\n{body}")
    assert headers(doc) == []


# --- restored heading lines ---------------------------------------------------------------

def test_hard_wrapped_heading_is_one_heading():
    doc, _ = clean("正文。\n一、关于进一步加强和改进新时代基层党组织\n建设工作的实施意见\n"
                   "全年发展党员**名，整顿软弱涣散党组织*个。\n二、关于干部队伍\n内容。")
    assert outline(doc) == [(1, "一、关于进一步加强和改进新时代基层党组织建设工作的实施意见"),
                            (1, "二、关于干部队伍")]


def test_bare_chapter_number_joined_with_its_name():
    doc, _ = clean("正文。\n第一章\n总则\n第一条 内容。\n第二章\n附则\n第二条 内容。")
    assert outline(doc) == [(1, "第一章 总则"), (1, "第二章 附则")]


FLAT = ("现将有关工作总结如下:一、加强党建工作 全年共发展党员**名,组织学习**次,覆盖全体党员干部,"
        "党员队伍结构进一步优化,基层组织建设持续加强,各项制度得到有效落实。二、推进城市更新 "
        "完成旧村改造**个,拆除违建**万平方米,新增公共绿地**公顷,群众满意度明显提升,城市面貌焕然"
        "一新。三、下一步工作打算 继续深化改革,持续推动高质量发展,确保各项目标任务圆满完成,为全区"
        "经济社会发展作出新的更大贡献。")


def test_flattened_document_gets_its_headings_split_out():
    doc, _ = clean(FLAT)
    assert outline(doc) == [(1, "一、加强党建工作"), (1, "二、推进城市更新"), (1, "三、下一步工作打算")]
    texts = [block_text(b) for b in doc.content]
    assert texts[0] == "现将有关工作总结如下:"
    assert texts[2].startswith("全年共发展党员**名") and texts[-1].endswith("更大贡献。")
    # Nothing lost: the blocks hold every non-blank character of the line (typography off:
    # it would make the commas full-width).
    doc, _ = clean(FLAT, **{"typography.enabled": False})
    assert "".join(block_text(b) for b in doc.content).replace(" ", "") == FLAT.replace(" ", "")


def test_inline_enumeration_in_a_long_paragraph_is_not_split():
    text = ("存在的问题主要有：一、思想认识不到位，部分干部对工作的重要性认识不足，主动性不强；"
            "二、工作措施不够实，一些举措停留在纸面上，落实跟踪不够；三、保障机制不健全，经费和人员"
            "保障不足，考核激励作用发挥不充分，需要在今后工作中认真加以解决和改进提高。")
    doc, _ = clean("总结\n" + text)
    assert headers(doc) == [] and len(doc.content) == 1


# --- hard negatives -----------------------------------------------------------------------

def test_numbered_provisions_are_not_headings():
    doc, _ = clean("某某规定\n为了解决病假期间的生活困难问题，制定本规定。\n"
                   "一、工作人员病假在两个月以内的，发给原工资。\n"
                   "二、工作人员病假超过两个月的，从第三个月起按照下列标准发给病假期间工资：\n"
                   "三、删除《解释》第一条第二项。\n四、本规定由国家人事局负责解释。")
    assert headers(doc) == []


def test_enumerations_inside_an_article_are_never_headings():
    doc, _ = clean("某某条例\n第一章 总则\n第五条 办理登记的，应当提交下列文件：\n"
                   "（一）国籍登记证书\n（二）所有权取得的证明文件\n（三）其他必要的有关文件\n"
                   "第二章 附则\n第六条 本条例自公布之日起施行。")
    assert outline(doc) == [(1, "第一章 总则"), (1, "第二章 附则")]
    assert "（一）国籍登记证书" in [block_text(b) for b in doc.content if isinstance(b, pf.Para)]


def test_an_isolated_yi_inside_running_text_is_not_a_heading():
    doc, _ = clean("正文内容，说明。\n1.加强管理\n内容。\n2.提升服务\n内容。\n三、另外\n内容。")
    assert outline(doc) == [(1, "1.加强管理"), (1, "2.提升服务")]


def test_numbered_disclaimer_list_is_not_headings():
    doc, _ = clean("正文内容。\n一、加强管理\n内容。\n二、提升服务\n内容。\n版权说明\n"
                   "1、本站文章均来自网络\n2、如有侵权请联系删除\n3、转载请注明出处")
    assert [text for _, text in outline(doc)] == ["一、加强管理", "二、提升服务"]


def test_page_chunk_markers_are_not_headings():
    doc, _ = clean("正文内容，说明。\n一、加强管理\n内容。\n（2）\n2\n二、提升服务\n内容。")
    assert [text for _, text in outline(doc)] == ["一、加强管理", "二、提升服务"]


def test_headings_never_repeat_the_title():
    doc, report = clean("关于加强管理的报告\n说明。\n关于加强管理的报告\n案情回顾\n"
                        "内容很长很长的一段正文，说明了有关的情况和问题，供领导参阅。\n法官解读\n"
                        "内容很长很长的一段正文，说明了有关的情况和问题，供领导参阅。")
    assert report.title == "关于加强管理的报告"
    assert "关于加强管理的报告" not in [text for _, text in outline(doc)]


# --- articles -----------------------------------------------------------------------------

LAW = "某某条例\n第一章 总则\n第一条 为了规范管理，制定本条例。\n第一百二十三条 本条例自公布之日起施行。"


def test_article_label_is_a_bold_character_style_by_default():
    doc, _ = clean(LAW)
    paras = [b for b in doc.content if isinstance(b, pf.Para)]
    labels = [p.content[0] for p in paras]
    assert [pf.stringify(s) for s in labels] == ["第一条", "第一百二十三条"]
    assert all(isinstance(s, pf.Span) and s.attributes["custom-style"] == "Article Label"
               and "article-label" in s.classes for s in labels)
    assert [block_text(p) for p in paras] == ["第一条 为了规范管理，制定本条例。",
                                             "第一百二十三条 本条例自公布之日起施行。"]
    assert outline(doc) == [(1, "第一章 总则")]


def test_articles_option_makes_articles_headings():
    doc, _ = clean(LAW, **{"headings.articles": True})
    assert outline(doc) == [(1, "第一章 总则"), (2, "第一条"), (2, "第一百二十三条")]
    assert block_text(doc.content[2]) == "为了规范管理，制定本条例。"


# --- run-in headings ----------------------------------------------------------------------

RUNIN = ("正文开头说明。\n（一）加强组织建设。全年发展党员**名，整顿软弱涣散党组织*个。\n"
         "（二）完善制度体系。修订制度**项。")


def test_runin_heading_keeps_its_body_and_marks_the_heading_part():
    doc, _ = clean(RUNIN)
    assert headers(doc) == []
    paras = doc.content[1:]
    spans = [p.content[0] for p in paras]
    assert [pf.stringify(s) for s in spans] == ["（一）加强组织建设。", "（二）完善制度体系。"]
    assert all(s.attributes["custom-style"] == "Run-in Heading" and "runin" in s.classes
               for s in spans)
    assert block_text(paras[0]) == "（一）加强组织建设。全年发展党员**名，整顿软弱涣散党组织*个。"


def test_runin_heading_split_into_its_own_heading_on_request():
    doc, _ = clean(RUNIN, **{"headings.split_runin": True})
    assert outline(doc) == [(1, "（一）加强组织建设。"), (1, "（二）完善制度体系。")]
    assert [block_text(b) for b in doc.content[1:]] == [
        "（一）加强组织建设。", "全年发展党员**名，整顿软弱涣散党组织*个。",
        "（二）完善制度体系。", "修订制度**项。"]


def test_runin_with_colon_and_under_headings():
    doc, _ = clean("正文。\n一、总体要求\n（一）指导思想：坚持以人民为中心的发展思想。\n"
                   "（二）工作目标：到年底完成各项任务。\n二、保障措施\n内容。")
    assert outline(doc) == [(1, "一、总体要求"), (1, "二、保障措施")]
    spans = [b.content[0] for b in doc.content if isinstance(b, pf.Para)
             and isinstance(b.content[0], pf.Span)]
    assert [pf.stringify(s) for s in spans] == ["（一）指导思想：", "（二）工作目标："]


def test_a_sentence_with_a_comma_or_a_quotation_is_no_runin():
    doc, _ = clean("正文。\n一、将刑法第一百四十五条修改为：“生产不符合标准的医疗器械的，处拘役。”\n"
                   "二、将刑法第一百五十二条修改为：“逃避海关监管的，处罚金。”\n"
                   "三、工作人员病假在两个月以内的，发给原工资。")
    assert not any(isinstance(b.content[0], pf.Span) for b in doc.content)


def test_running_twice_equals_running_once():
    from reportfmt.options import build_options
    from reportfmt.pipeline import run_passes

    doc, _ = clean(REPORT + "\n" + LAW.split("\n", 1)[1] + "\n" + RUNIN)
    first = pf.stringify(doc), outline(doc)
    run_passes(doc, build_options())
    assert (pf.stringify(doc), outline(doc)) == first
    spans = [e for e in doc.content if isinstance(e, pf.Para) and e.content
             and isinstance(e.content[0], pf.Span) and isinstance(e.content[0].content[0], pf.Span)]
    assert spans == []


@pytest.mark.parametrize(("line", "expected"), [
    ("年度工作方案1", True), ("年度工作方案1 一、总体要求", True), ("年度工作方案12", False),
    ("年度工作方案1٣", False),  # any decimal digit after the 1, as \d
    ("年度工作方案一", False), ("工作方案1", False), ("年度工作方案", False),
])
def test_a_first_sample_numbered_after_the_titles_own_words(line, expected):
    r"""The title's words then 1 and no other digit, compared as strings (no pattern per page):
    exactly what re.match(re.escape(title) + r"1(?!\d)", line) said."""
    import re

    from reportfmt.passes.headings.rules import _numbered_one_after

    assert _numbered_one_after(line, "年度工作方案") is expected
    assert (re.match(re.escape("年度工作方案") + r"1(?!\d)", line) is not None) is expected
