"""Lines that look like headings and are none, by their form (issue 18, round 40, fh40).
Fixtures written for the project."""

from __future__ import annotations

from helpers import clean, outline, paras
from reportfmt.passes.headings.labels import unnumbered_shape


def test_a_masked_closing_date_and_its_signer_are_no_sections():
    # A know-how page on a certificate: its parts named alone on their lines, then a sample whose
    # signer and closing date the template masks. The date is a date with its digits hidden, the
    # line above it the signature it dates: neither names a section.
    doc, _ = clean("\n".join([
        "工作证明的写法",
        "开工作证明要把几部分写全,顺序也不要弄乱。",
        "称呼",
        "称呼写接收证明的单位,不知道具体单位的,可以写致有关单位。",
        "正文",
        "正文写明员工的姓名、入职时间和现任岗位,末尾写上特此证明。",
        "范例",
        "致有关单位:",
        "兹证明XXX同志自XXXX年XX月起在本单位工作,现任XX岗位。",
        "特此证明。",
        "XX商贸有限公司",
        "XXXX年XX月XX日",
        "注意事项",
        "开具前先核对人事档案,日期和岗位不能写错,打印后加盖公章才有效。",
    ]))
    heads = [text for _level, text in outline(doc)]
    assert "XXXX年XX月XX日" not in heads
    assert "XX商贸有限公司" not in heads
    assert {"称呼", "正文", "注意事项"} <= set(heads)
    assert "XXXX年XX月XX日" in paras(doc)


def test_a_date_masked_with_crosses_signs_a_sample_and_its_part_still_counts():
    # Two samples of a holiday notice: the first signed by a masked office over a masked date, the
    # second with one part of its own named alone between two paragraphs.
    doc, _ = clean("\n".join([
        "中秋节放假通知范文两篇",
        "中秋节放假通知 篇1",
        "各部门:",
        "现将20xx年中秋节放假事宜通知如下:",
        "20xx年×月××日至×月××日放假,共3天。",
        "放假前请各部门关好门窗、切断电源,值班人员保持电话畅通。",
        "××××公司综合部",
        "20xx年×月××日",
        "中秋节放假通知 篇2",
        "中秋节放假安排:×月××日放假,与周末连休,共三天。",
        "中秋节的习俗",
        "中秋节这天,人们赏月、吃月饼,一家人团聚在一起,各地还有不同的庆祝方式。",
    ]))
    heads = [text for _level, text in outline(doc)]
    assert "20xx年×月××日" not in heads
    assert "××××公司综合部" not in heads
    assert "中秋节的习俗" in heads


def test_a_masked_date_has_no_bare_headings_shape():
    for line in ("XXXX年XX月XX日", "20xx年×月××日", "20XX年X月", "____年__月__日"):
        assert not unnumbered_shape(line), line
    assert unnumbered_shape("注意事项")
