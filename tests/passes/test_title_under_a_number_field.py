"""A document's number field alone above its name ("合同编号：ZL-2024-〇〇" over "房屋租赁协议书"):
the field's value is a code (letters, digits, dashes, masks), never a title; the name under it is
the title, and the field stays in the body. Fixtures written for the project (round 35)."""

from __future__ import annotations

from helpers import clean, texts

LEASE = ["甲方（出租方）：罗文斌",
         "乙方（承租方）：钱小梅",
         "一、租赁房屋：桂园小区5栋302室。",
         "二、租金：每月人民币贰仟元整，按季支付。"]


def test_the_name_under_a_number_field_is_the_title():
    for number in ["合同编号：ZL-2024-〇〇", "编号：No.2025-017", "协议编号：HT-2023-XX"]:
        doc, report = clean("\n".join([number, "房屋租赁协议书", *LEASE]))
        assert report.title == "房屋租赁协议书", number
        assert texts(doc) == [number, *LEASE], number


def test_a_field_with_words_for_its_value_over_a_title_is_no_code():
    # "专题：…" names the page's channel in words: not this rule's (the field holds no code).
    import panflute as pf

    from reportfmt.passes.title_neighbours import code_field_over_title
    blocks = [pf.Para(pf.Str("专题：安全生产月")), pf.Para(pf.Str("房屋租赁协议书"))]
    assert not code_field_over_title(blocks, 0, lambda line: True)
    blocks = [pf.Para(pf.Str("合同编号：ZL-2024-〇〇")), pf.Para(pf.Str("甲方：罗文斌"))]
    assert not code_field_over_title(blocks, 0, lambda line: True)


def test_a_number_field_parted_by_slashes_is_no_breadcrumb():
    # "HT/2023/XX": a label, its colon, a code parted by slashes: the document's field, kept. A
    # crumb's steps hold no field label; a site's crumb parted by slashes still goes.
    number = "协议编号：HT/2023/XX"
    doc, report = clean("\n".join([number, "房屋租赁协议书", *LEASE]))
    assert report.title == "房屋租赁协议书"
    assert texts(doc) == [number, *LEASE]
    crumb = "首页 / 合同范本 / 租赁合同"
    doc, report = clean("\n".join([crumb, "房屋租赁协议书", *LEASE]))
    assert crumb not in texts(doc)
