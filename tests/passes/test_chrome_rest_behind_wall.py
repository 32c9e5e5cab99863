"""A paywall's note that the rest of the text is held back (issue 18), in any wording and order:
what is held back and what the reader must do for it. A document's own last line about its full
text stays. Fixtures are written for the project in the forms the real pages take."""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

RULES = ["第一条 为规范公司考勤管理，严肃工作纪律，结合公司实际，制定本办法。",
         "第二条 本办法适用于公司全体在岗员工。",
         "第三条 员工应按时上下班，不得迟到早退。",
         "第四条 员工请假应提前填写请假单，经部门负责人批准。"]


# --- the rest of the text behind a wall --------------------------------------------------

def test_notes_holding_back_the_rest_of_the_text_go_at_the_end():
    notes = ["试看结束，如需阅读全文请购买", "本文为付费内容，购买后即可阅读全文", "剩余内容已隐藏，请支付5元后查看",
             "查看完整内容请关注公众号", "……余下全文请下载后阅读", "温馨提示：预览内容已结束，下载后可查看完整文档"]
    for note in notes:
        doc, report = clean("\n".join(["员工考勤管理办法", *RULES, note]))
        assert texts(doc) == RULES, note
        assert removed(report, "paywall.rest-behind-wall") == [note]


def test_a_documents_last_line_about_its_full_text_stays():
    for line in ["会议材料全文请登录内网下载。", "完整版方案会后发给各位，请大家提出意见。"]:
        doc, _ = clean("\n".join(["员工考勤管理办法", *RULES, line]))
        assert line in texts(doc)


# A settlement's clause paying "全部费用" names money, not the text: the held-back part of a page
# is its text (全部内容, 全部文档, or 全部 standing alone), so the clause stays whole.
SETTLEMENT = ["房屋损坏赔偿协议书",
              "甲方（赔偿方）：柯明远",
              "乙方（受偿方）：汤晓岚",
              "第一条 赔偿金额",
              "甲方赔偿乙方维修费共计人民币叁仟元整。",
              "第二条 付款方式",
              "甲方于协议签订后三日内以现金方式支付全部费用，乙方收到后出具收据。",
              "第三条 其他",
              "本协议一式两份，双方各执一份。"]


def test_a_clause_paying_all_of_a_sum_at_the_end_stays():
    for clause in ["甲方于协议签订后三日内以现金方式支付全部费用，乙方收到后出具收据。",
                   "乙方应在验收合格后购买全部保险。"]:
        lines = [*SETTLEMENT[:-1], clause]
        doc, report = clean("\n".join(lines))
        assert clause in texts(doc), clause
        assert removed(report, "paywall.rest-behind-wall") == []
    doc, _ = clean("\n".join(SETTLEMENT))
    assert "甲方于协议签订后三日内以现金方式支付全部费用，乙方收到后出具收据。" in texts(doc)


def test_a_note_holding_back_all_of_the_text_still_goes():
    for note in ["开通会员即可查看全部", "支付后解锁全部内容", "剩余全部文档请购买后下载"]:
        doc, report = clean("\n".join(["员工考勤管理办法", *RULES, note]))
        assert texts(doc) == RULES, note
        assert removed(report, "paywall.rest-behind-wall") == [note]


# An association's notice over the rules it adopted: a bracketed note says the full text follows,
# and the attached rules open with their title, which names the members. The note is whole as it
# stands (a bracket opened and closed), not the first half of a wrapped "join for the full text"
# notice: both lines stay (round 49).
ADOPTED = ["某某市糕点行业协会发布会员诚信公约",
           "为规范会员企业经营行为，协会理事会近日审议通过了会员诚信公约，现予公布。",
           "（下附公约全文）",
           "某某市糕点行业协会会员诚信公约",
           "第一章 总则",
           "第一条 为引导会员企业诚信经营，制定本公约。",
           "第二条 本协会会员企业均应遵守本公约。",
           "第二章 经营规范",
           "第三条 会员企业应如实标注配料。",
           "第四条 会员企业应明码标价。"]


def test_a_bracketed_note_over_an_attached_text_naming_members_stays():
    doc, report = clean("\n".join(ADOPTED))
    kept = texts(doc)
    assert "（下附公约全文）" in kept
    assert any("会员诚信公约" in line and "发布" not in line for line in kept)
    assert removed(report, "paywall.rest-behind-wall") == []
