"""A list a label opens on its own line ("附件：1.…" / "2.…"): the lines below are the label's
items, never the document's parts, though their numbers seem to go on from a "1." part above.
Fixtures written for the project (issue 18, false headings)."""

from __future__ import annotations

from helpers import clean, outline, paras

# A notice with 1./2. parts under 一、, and its attachment list after the signature line.
NOTICE = [
    "关于开展秋季校园环境整治的通知",
    "各年级组、各处室：",
    "为迎接新学期，学校决定开展一次环境整治活动，现将有关事项通知如下。",
    "一、工作安排",
    "1.清理卫生死角",
    "各班负责本班包干区，周五下午统一清理，做到地面无纸屑、墙角无杂物。",
    "附件：1.各班包干区划分表",
    "2.检查评分细则",
    "3.活动报名回执",
    "校办公室",
]


def test_items_below_an_attachment_label_are_no_headings():
    doc, _ = clean("\n".join(NOTICE))
    assert outline(doc) == [(1, "一、工作安排"), (2, "1.清理卫生死角")]
    lines = [p.replace(" ", "") for p in paras(doc)]
    assert "2.检查评分细则" in lines
    assert "3.活动报名回执" in lines


# The same numbers after an ordinary sentence ending in a colon: the document's own parts.
PARTS_AFTER_A_SENTENCE = [
    "秋季运动会工作方案",
    "为办好本届运动会，经校务会研究，具体安排如下：",
    "1.开幕式",
    "开幕式于上午八点在田径场举行，各班按指定位置列队入场，入场时间控制在二十分钟以内。",
    "2.比赛项目",
    "设田赛、径赛两类共十二个项目，每名学生限报两项，接力项目不计在内，报名截止到本周三。",
]


def test_numbered_parts_after_a_lead_sentence_stay_headings():
    doc, _ = clean("\n".join(PARTS_AFTER_A_SENTENCE))
    assert outline(doc) == [(1, "1.开幕式"), (1, "2.比赛项目")]


# The first item after the label opens on a year ("1.2025年度…"): "1.2025" reads as a decimal
# number, not a marker, yet the lines below it are still the label's items 2, 3.
YEAR_FIRST_ITEM = [
    "柳岸社区2025年工作计划",
    "为做好今年各项工作，制定本计划。",
    "一、主要措施",
    "（一）加强宣传",
    "1.线上宣传",
    "每季度推送专题文章一次，阅读量纳入网格考核。",
    "2.线下宣传",
    "每季度开展宣传活动一次，活动照片报社区存档。",
    "（二）强化考核",
    "年底开展考核评比，结果在居务公开栏公示。",
    "附件：1.2025年度重点任务分解表",
    "2.网格员联系名单",
    "3.活动场地清单",
    "柳岸社区居委会",
]


def test_items_below_a_label_whose_first_item_opens_on_a_year_are_no_headings():
    doc, _ = clean("\n".join(YEAR_FIRST_ITEM))
    assert outline(doc) == [(1, "一、主要措施"), (2, "（一）加强宣传"), (3, "1.线上宣传"),
                            (3, "2.线下宣传"), (2, "（二）强化考核")]
    lines = [p.replace(" ", "") for p in paras(doc)]
    assert "2.网格员联系名单" in lines
    assert "3.活动场地清单" in lines


# A "1.2" decimal part after a label-like field is no list's first item: "1.2 …" under a "1.1"
# stays the document's own numbering (the label rule needs its "1." to stand alone).
def test_a_decimal_number_after_a_label_opens_no_list():
    from reportfmt.passes.headings.label_lists import label_list_items
    assert label_list_items(["合计：1.25万元", "2.后续安排"]) == set()


# The 附件 label alone on its line, its list below it from the first item, then the signer and
# the page's end (a tender notice's copy with its date masked): the names are the label's list,
# and the label heads nothing on the page.
LABEL_ALONE = [
    "受青禾县人民医院委托，本代理机构就该院供水管网改造项目进行公开招标，现邀请合格投标人参加。",
    "项目概况",
    "本项目改造院内供水主管两千米，更换阀门井十二座，新增水质在线监测设备一套，工期九十日历天。",
    "联系方式",
    "采购人：青禾县人民医院 联系电话：***",
    "附件：",
    "1.供水管网改造工程量清单",
    "2.投标文件格式",
    "青禾招标代理有限公司",
    "**日",
]


def test_names_under_an_attachment_label_alone_are_no_headings():
    from reportfmt.passes.headings.label_lists import label_list_items
    assert label_list_items(LABEL_ALONE) == {6, 7}
    doc, _ = clean("\n".join(LABEL_ALONE))
    assert not [text for _, text in outline(doc) if text.startswith(("附件", "1.", "2."))]
    lines = [p.replace(" ", "") for p in paras(doc)]
    assert "1.供水管网改造工程量清单" in lines
    assert "2.投标文件格式" in lines


def test_numbered_attachments_carried_under_the_label_keep_their_headings():
    # "附件：" over "1.…" and its text, then "2.…" and its text: the attachments themselves, each
    # with body under its name; no list of names runs under the label.
    from reportfmt.passes.headings.label_lists import label_list_items
    texts = ["附件：", "1.报名须知", "报名请于本月二十日前交到村委会办公室，逾期不再受理，请相互转告。",
             "2.评分办法", "评分由评委当场打出，去掉一个最高分和一个最低分后取平均分。"]
    assert label_list_items(texts) == set()
