"""Unnumbered headings that name a year (round 57, hm57): a work report's halves, "2024年工作回顾" /
"2025年工作安排", each alone between paragraphs, are its sections; a date or a month stays text.
Fixtures written for the project (made-up town and figures)."""

from __future__ import annotations

from helpers import clean, outline, paras


def test_a_work_reports_year_parts_are_its_sections():
    doc, _ = clean("\n".join([
        "青石镇政府工作报告（摘要）",
        "本报讯 青石镇第九届人民代表大会第二次会议日前召开，镇长代表镇政府作工作报告。",
        "2024年工作回顾",
        "过去一年，全镇农业总产值增长百分之四点二，新修村道十一公里，完成危房改造三十六户。",
        "这一年，我们把招商放在首位，新签约项目五个，两个当年投产。",
        "2025年工作安排",
        "今年的主要目标是：农业总产值增长百分之四左右，再修村道八公里，办好十件民生实事。",
    ]))
    assert outline(doc) == [(1, "2024年工作回顾"), (1, "2025年工作安排")]


def test_a_masked_year_part_is_a_section_too():
    doc, _ = clean("\n".join([
        "某某县政府工作报告",
        "各位代表：现在，我代表县人民政府向大会报告工作，请予审议。",
        "20XX年工作回顾",
        "过去一年，全县生产总值增长百分之六，城乡居民收入稳步提高，各项社会事业取得新进展。",
        "20XX年工作安排",
        "今年全县经济社会发展的主要预期目标是：生产总值增长百分之六左右，粮食产量稳定。",
    ]))
    assert outline(doc) == [(1, "20XX年工作回顾"), (1, "20XX年工作安排")]


def test_dates_and_months_between_paragraphs_stay_text():
    # a diary's or a notice's dates are no year's part: the year is followed by its month or day
    lines = [
        "周末小记",
        "早上下了一场小雨，我们推迟了出发的时间，到中午才赶到山脚下，路上的泥还没干透。",
        "2024年三月五日",
        "下午去图书馆还书，顺便借了两本讲植物的书，回家路上又买了一盆小小的薄荷。",
        "2024年3月",
        "月底把阳台收拾了一遍，薄荷长出了新叶，旁边的多肉却有两棵烂了根，只好拔掉。",
    ]
    doc, _ = clean("\n".join(lines))
    assert outline(doc) == []
    assert "2024年三月五日" in paras(doc)
