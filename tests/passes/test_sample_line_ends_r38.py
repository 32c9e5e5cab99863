"""A sample's marker line ends its line whatever its width: on a short page whose lines end at
one width by chance, "篇1：某某工作总结" was joined to the paragraph under it as a wrapped line,
and the sample's heading kept only "篇1：" while its name opened the paragraph."""

from __future__ import annotations

from reportfmt.api import convert_text
from reportfmt.passes.typography import SAMPLE_OPENING

PAGE = """青禾小学班主任工作总结（精选2篇）

篇1：青禾小学三年级班主任工作总结

本学期我担任三年级二班班主任，全班共有学生四十二名。

每天早读前由值日班长检查学习用品。

篇2：青禾小学五年级班主任工作总结

这一学期，我们班顺利完成了各项工作。

全班同学平均每月读完两本课外书。
"""


def test_sample_lines_stay_whole_headings():
    lines = [line for line in convert_text(PAGE, to="md").splitlines() if line.strip()]
    assert "# 篇1：青禾小学三年级班主任工作总结 {#sec-1 .unnumbered .sample}" in lines
    assert "# 篇2：青禾小学五年级班主任工作总结 {#sec-2 .unnumbered .sample}" in lines
    assert "本学期我担任三年级二班班主任，全班共有学生四十二名。" in lines
    assert "这一学期，我们班顺利完成了各项工作。" in lines


def test_sample_opening_forms():
    for line in ("篇1：某某工作总结", "【篇二】某某心得", "范文三：某某方案", "範例2:某某", "[范例1]某某"):
        assert SAMPLE_OPENING.match(line), line
    for line in ("篇幅有限，不再赘述", "范文网整理了以下内容", "一、篇1的要点"):
        assert not SAMPLE_OPENING.match(line), line
