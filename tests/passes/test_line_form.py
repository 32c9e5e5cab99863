"""The one form every boilerplate rule sees (passes/boilerplate/line_form.py): a chrome line a
rule names bare still goes when a site dresses it (a separator in front, a bar after, full-width
digits, another colon, blanks inside its label, its label in brackets), and a body line dressed
the same way stays. Lines written for these tests, in the forms template sites print."""

from __future__ import annotations

import re

from helpers import clean, texts
from helpers import removed_by as removed
from reportfmt.passes.boilerplate.line_form import pattern_form, rule_form, rule_forms

BODY = [f"第{n}部分：我们扎实推进各项工作，群众满意度稳步提高。" for n in range(1, 9)]


def page(*, head=(), tail=(), title="社区治理的实践路径与经验启示"):
    return "\n".join([title, *head, *BODY, *tail])


# --- the form itself --------------------------------------------------------------------------

def test_separators_around_a_line_are_dropped_in_its_bare_form():
    assert rule_form("| 写作说明:") == "写作说明:"
    assert rule_form(">> 来源:某某文库") == "来源:某某文库"
    assert rule_form("» 栏目:总结报告") == "栏目:总结报告"
    assert rule_form("■ 发布日期:2021-06-01") == "发布日期:2021-06-01"
    assert rule_form("- 2022-05-16 发布") == "2022-05-16 发布"
    assert rule_form("* 责任编辑:李某") == "责任编辑:李某"
    assert rule_form("文件格式: DOC |") == "文件格式: DOC"
    # A row of cells keeps its bars: they tell a table's row from a menu.
    assert rule_forms("• | 标题 | 写明单位和文种 |") == ("| 标题 | 写明单位和文种 |",)
    assert rule_form("序号 | 部分 | 写法 |") == "序号 | 部分 | 写法 |"


def test_a_mask_a_number_or_a_lone_bracketed_marker_keeps_its_form():
    assert rule_form("**同志：你好") == "**同志:你好"  # a mask "**" is no bullet
    assert rule_form("-5℃以下停止施工") == "-5℃以下停止施工"  # a minus sign is no dash bullet
    assert rule_form("【二】") == "【二】"  # a sample's marker
    assert rule_form("【打印】【关闭】") == "【打印】【关闭】"  # buttons, no label with its value


def test_widths_and_colons_fold_as_nfkc_folds_them():
    assert rule_form("浏览次数：\uff11\uff12\uff13") == "浏览次数:123"
    assert rule_form("资料格式\u2236 \uff24\uff2f\uff23Ｘ") == "资料格式: DOCX"
    assert rule_form("大小﹕36\uff2b\uff22") == "大小:36KB"


def test_a_spaced_out_label_and_a_bracketed_label_read_as_the_plain_label():
    assert rule_form("编 写 说 明:") == "编写说明:"
    assert rule_form("作  者:王某 栏 目:心得") == "作者:王某 栏目:心得"
    assert rule_form("【出处】某某公文网") == "出处:某某公文网"
    assert rule_form("〔时间〕2009-10-02 阅读:77") == "时间:2009-10-02 阅读:77"
    # Square brackets and a bracket alone are the text's own as often: left as printed.
    assert rule_form("[关键词] 社区治理;基层服务") == "[关键词] 社区治理;基层服务"
    assert rule_form("【格式】") == "【格式】"
    # Blanks between words of a value, or between two words of a label, are the line's own.
    assert rule_form("主讲人:张 某") == "主讲人:张 某"


def test_the_line_as_printed_comes_first_then_the_bare_line():
    assert rule_forms("| 来源:某某网") == ("| 来源:某某网", "来源:某某网")
    assert rule_forms("来源:某某网") == ("来源:某某网",)
    # The script fold is the printed form's already.
    assert rule_forms("來源：某某網") == ("来源:某某网",)


def test_a_pattern_is_folded_as_the_line_is():
    assert pattern_form("^来源[:：]") == "^来源[::]"
    # A full-width bracket becomes an ASCII one escaped (no group), in a class and out of one.
    assert pattern_form("（[^（）]{1,6}）") == r"\([^\(\)]{1,6}\)"
    for source, line in (("^浏览[:：]\\s*\\d+$", "浏览：\uff12\uff10"), ("（全文共\\d+字）", "（全文共1200字）"),
                         ("[，,]欢迎阅读！$", "以下是范文，欢迎阅读！")):
        assert re.search(pattern_form(source), rule_form(line)), (source, line)


# --- dressed chrome goes, dressed body stays ----------------------------------------------------

# A meta line each rule family names bare, as a site dressing it prints it (rule it goes by).
DRESSED_CHROME = {
    "» 发布时间:2021-04-05 10:20": "meta-lines.field-fact",
    "| 来源:某某范文网": "meta-lines.source-author-line",
    "浏览\u2236 86": "meta-lines.popularity",
    "【来源】某某范文网": "meta-lines.source-author-line",
    "| 写作说明:": "lead-in.writing-note",
    "文本内容: |": "document-site.summary-label",
}


def test_a_dressed_meta_line_goes_by_the_rule_naming_it_bare():
    for line, rule in DRESSED_CHROME.items():
        doc, report = clean(page(head=[line]))
        assert texts(doc) == BODY, line
        assert removed(report, rule) == [line], line


def test_a_label_spaced_out_goes_by_the_rule_naming_it():
    doc, report = clean(page(head=["写 作 说 明:"]))
    assert texts(doc) == BODY
    assert removed(report, "lead-in.writing-note") == ["写 作 说 明:"]


def test_body_lines_dressed_the_same_way_stay():
    dressed_body = [
        "【工作目标】全年完成培训任务三百人次以上，群众满意率稳步提升。",
        "\uff12\uff10\uff12\uff13年我们完成了\uff13个重点项目，群众反映良好。",
        "| 全体党员干部要以身作则，带头遵守各项纪律。",
        "工 作 要 求:各单位要高度重视，认真组织，确保按时完成。",
    ]
    doc, _ = clean(page(tail=dressed_body))
    kept = texts(doc)
    assert kept[:len(BODY)] == BODY
    # Every dressed body line is still there (typography may retouch its punctuation widths).
    for line in dressed_body:
        core = re.sub(r"[^\u4e00-\u9fff]", "", line)
        assert any(re.sub(r"[^\u4e00-\u9fff]", "", k) == core for k in kept), line


def test_a_cut_rule_matching_a_folded_line_whole_drops_it():
    # A forum's anti-copy noise printed full-width on a line of its own: the cut rule sees it
    # folded, and it is the whole line.
    noise = "\uff48\uff13 \uff50\uff05 \uff57\uff17 \uff54\uff0c \uff4b\uff18 \uff42\uff09 \uff52"
    doc, report = clean(page(tail=[noise]))
    assert texts(doc) == BODY
    assert removed(report, "forum.jammer") == [noise]


def test_a_bracketed_reading_tip_naming_one_sample_leaves_the_sample():
    # "延伸阅读:…范文" above that sample's text goes alone; with its label in brackets too.
    sample = ["今年三月我参加了单位组织的为期两周的新员工岗前培训，老师讲得认真细致，我收获很多，也认识到自己的不足。",
              "今后我将继续努力学习业务知识，踏实做好每一项工作，不辜负组织的信任。"]
    for tip in ("延伸阅读:新员工培训心得体会范文", "【延伸阅读】新员工培训心得体会范文"):
        doc, report = clean("\n".join(["培训心得体会范文(精选3篇)", *BODY, tip, *sample]))
        assert texts(doc) == [*BODY, *sample], tip
        assert removed(report, "recommendations.recommended-reading") == [tip]
