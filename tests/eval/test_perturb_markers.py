"""perturb_markers.py: a variant rewrites its family's marker only, and the scorer's canonical
form makes every style of one family the same heading."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from perturb_markers import canonical, rewrite


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
