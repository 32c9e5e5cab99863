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
