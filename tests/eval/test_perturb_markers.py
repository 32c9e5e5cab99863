"""perturb_markers.py: a variant rewrites its family's marker only, and the scorer's canonical
form makes every style of one family the same heading."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from perturb_markers import canonical, perturb, rewrite, shape


def test_rewrite_changes_the_marker_of_its_family_only():
    assert rewrite("一、总体思路", "一、->一.") == "一.总体思路"
    assert rewrite("**三、保障措施**", "一、->壹、") == "**叁、保障措施**"
    assert rewrite("（二）分工安排", "（一）->一）") == "二）分工安排"
    assert rewrite("3、做好记录", "1、->1)") == "3)做好记录"
    assert rewrite("（4）按时上报", "（1）->①") == "④按时上报"
    assert rewrite("第十二章 附则", "第一章->第1章") == "第12章 附则"
    # Another family, or a number that is no marker, is left alone.
    assert rewrite("（一）分工安排", "一、->一.") is None
    assert rewrite("1.5倍的面积", "1.->1、") is None


def test_canonical_reads_every_style_of_a_family_alike():
    assert canonical("一.总体思路") == canonical("一、总体思路") == canonical("壹、总体思路")
    assert canonical("二）分工安排") == canonical("(二)分工安排") == canonical("（二）分工安排")
    assert canonical("④按时上报") == canonical("4）按时上报") == canonical("(4)按时上报")
    assert canonical("第 十二 章 附则") == canonical("第12章 附则")
    assert canonical("普通的一句话") == "普通的一句话"


def _page(headings: list[tuple[str, int]], keep: list[str] | None = None) -> dict:
    return {
        "id": "made-up",
        "headings": [{"text": text, "level": level, "sample": False} for text, level in headings],
        "keep": keep or [],
    }


def test_a_glued_heading_marker_is_rewritten_and_a_page_number_is_not():
    raw = (
        "2023年社区活动总结\n"
        "1、今年我们开展的活动如下:(一)读书会。每月一次。\n"
        "2、(二)义诊活动。全年四次。二、下一步打算\n"
        "一、活动开展情况\n"
    )
    page = _page([("一、活动开展情况", 1), ("（一）读书会。", 2), ("（二）义诊活动。", 2), ("二、下一步打算", 1)])
    # The labels put 一、 after 二、 in the page's order; each heading is still found where it is.
    page["headings"] = [page["headings"][i] for i in (1, 2, 3, 0)]
    out = perturb(raw, page, "（一）->一）")
    assert out.raw == (
        "2023年社区活动总结\n1、今年我们开展的活动如下:一）读书会。每月一次。\n2、二）义诊活动。全年四次。二、下一步打算\n一、活动开展情况\n"
    )
    assert (out.headings, out.glued, out.left) == (2, 2, 0)
    assert [h["text"] for h in out.labels["headings"]][:2] == ["一）读书会。", "二）义诊活动。"]
    # 1、 2、 open lines but are page numbers (no label calls them headings): they stay.
    out = perturb(raw, page, "一、->壹、")
    assert out.raw.count("1、") == 1 and out.raw.count("2、") == 1
    assert "。贰、下一步打算\n壹、活动开展情况" in out.raw
    assert (out.headings, out.glued, out.left) == (2, 1, 0)
    assert perturb(raw, page, "1、->1)") is None  # no heading is numbered 1、


def test_a_variant_whose_style_the_page_already_uses_is_skipped():
    raw = "壹、总体要求\n一、工作目标\n二、主要任务\n贰、保障措施\n"
    page = _page([("壹、总体要求", 1), ("一、工作目标", 2), ("二、主要任务", 2), ("贰、保障措施", 1)])
    assert perturb(raw, page, "一、->壹、") == "collides"
    assert perturb(raw, page, "一、->一.").raw == "壹、总体要求\n一.工作目标\n二.主要任务\n贰、保障措施\n"
    raw = "一、概况\n1.基本情况\n（1）人员\n"
    page = _page([("一、概况", 1), ("1.基本情况", 2), ("（1）人员", 3)])
    assert perturb(raw, page, "（1）->1）").raw.endswith("1）人员\n")
    assert perturb(raw, page, "1.->1、").raw == "一、概况\n1、基本情况\n（1）人员\n"
    page = _page([("一、概况", 1), ("1.基本情况", 2), ("(1)人员", 3)])
    assert perturb(raw.replace("（1）", "(1)"), page, "1.->1)").raw.endswith("1)基本情况\n(1)人员\n")
    raw = "一、概况\n1、基本情况\n1.人员\n"
    page = _page([("一、概况", 1), ("1、基本情况", 2), ("1.人员", 3)])
    assert perturb(raw, page, "1、->\uff11．") == perturb(raw, page, "1.->1、") == "collides"


def test_shape_reads_a_markers_style_whatever_its_number():
    assert shape("三、措施") == shape("一、目标") == "N、"
    assert shape("### 贰、保障") == "C、"
    assert shape("（12）做法") == shape("(3)做法") == "(9)"
    assert shape("④按时") == "①"
    assert shape("1.1 背景") is None
    assert shape("一.2023年工作") == "N."


def test_a_heading_is_found_on_its_labelled_line_and_its_table_of_contents_follows_it():
    raw = "目录一、概况2二、做法3\n一、概况\n正文。\n二、做法\n"
    page = _page([("一、概况", 1), ("二、做法", 1)])
    page["headings"] = [{**h, "line": line} for h, line in zip(page["headings"], (1, 3), strict=True)]
    out = perturb(raw, page, "一、->一，")
    # The table repeats the headings' words: a site prints it in its headings' style too.
    assert out.raw == "目录一，概况2二，做法3\n一，概况\n正文。\n二，做法\n"
    assert (out.headings, out.repeats, out.left) == (2, 2, 0)
    # Entries whose sections the page cut off are rewritten with the table's other lines.
    raw = "目录\n第一章 总则\n第二章 组织\n第三章 附则\n正文\n第一章 总则\n第一条 本章程…\n"
    page = _page([("第一章 总则", 1)])
    page["headings"][0]["line"] = 5
    out = perturb(raw, page, "第一章->第1章")
    assert out.raw == "目录\n第1章 总则\n第2章 组织\n第3章 附则\n正文\n第1章 总则\n第一条 本章程…\n"
