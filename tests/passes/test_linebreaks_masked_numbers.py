"""A field line ending in a masked number ("身份证号：4401**********5820") ends the number whole:
a site masks the middle of an ID and prints its last digits, so the digits opening the next line
("2025年3月…") start a sentence of their own, not the rest of the number. A number the page cut
at its line's end without a mask still goes on. Fixtures written for the project (round 35)."""

from __future__ import annotations

from helpers import clean, texts

PARTIES = ["房屋损坏赔偿协议书",
           "甲方（赔偿方）：柯明远，身份证号：4401**********3316",
           "乙方（受偿方）：汤晓岚，身份证号：4401**********5820",
           "2025年2月18日，甲方装修时卫生间渗水，致乙方天花板受损。经双方协商，达成如下协议：",
           "甲方赔偿乙方维修费共计人民币叁仟元整。"]


def test_the_line_after_a_masked_id_stays_its_own_paragraph():
    doc, _ = clean("\n".join(PARTIES))
    assert texts(doc) == PARTIES[1:]


def test_a_number_cut_at_the_line_end_still_goes_on():
    lines = ["年度检修通知", "各车间：", "全厂设备年度检修定于2025年7", "月15日开始，为期十天。"]
    doc, _ = clean("\n".join(lines))
    assert texts(doc) == ["各车间：", "全厂设备年度检修定于2025年7月15日开始，为期十天。"]
