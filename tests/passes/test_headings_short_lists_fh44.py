"""Short numbered lists that are no sections: a label between two lists is not the wrapped end of
the item above it, and two short items between two labels are the label's list. Fixtures written
for the project, in the forms job notices and meeting agendas print them."""

from __future__ import annotations

import panflute as pf

from helpers import clean
from reportfmt.passes.elements import block_text


def outline(doc):
    return [(b.level, block_text(b)) for b in doc.content if isinstance(b, pf.Header)]


def paras(doc):
    return [block_text(b) for b in doc.content if isinstance(b, pf.Para)]


JOB_NOTICE = [
    "某某商贸有限公司招聘启事",
    "因门店扩张需要，公司现招聘仓库管理员一名，欢迎符合条件的朋友报名。",
    "岗位职责",
    "1.负责仓库货品的入库登记",
    "2.负责每月一次的库存盘点",
    "3.负责包装材料的领用和管理",
    "任职要求",
    "1.高中及以上学历",
    "2.一年以上仓库管理工作经验",
    "联系方式",
    "有意者请携带身份证到公司人事部面谈，合适者当场确定试岗时间。",
]


def test_a_label_over_a_list_numbered_afresh_is_not_the_last_words_of_the_item_above_it():
    doc, _ = clean("\n".join(JOB_NOTICE))
    texts = [block_text(b) for b in doc.content]
    assert "3.负责包装材料的领用和管理" in texts
    assert "任职要求" in texts


def test_a_label_under_an_item_right_below_its_sibling_is_not_that_items_last_words():
    doc, _ = clean("\n".join([
        "某某物业服务中心招聘启事",
        "因小区交付需要，中心现招聘客服专员两名，欢迎符合条件的朋友报名。",
        "岗位职责",
        "1.负责业主来电的接听和登记",
        "2.负责每周一次的楼栋巡查",
        "3.负责收发快递和保管钥匙",
        "任职要求",
        "1.中专及以上学历",
        "2.两年以上相关服务经验",
        "报名方式",
        "有意者请携带身份证到服务中心前台报名，合适者当场确定面试时间。",
    ]))
    assert outline(doc) == [(1, "岗位职责"), (1, "任职要求"), (1, "报名方式")]
    assert "2.两年以上相关服务经验" in paras(doc)


def test_two_short_items_between_two_labels_are_the_labels_list_not_sections():
    doc, _ = clean("\n".join(JOB_NOTICE))
    assert outline(doc) == [(1, "岗位职责"), (1, "任职要求"), (1, "联系方式")]
    assert "1.高中及以上学历" in paras(doc)


def test_an_agendas_two_items_under_a_session_and_over_the_next_session_stay_items():
    doc, _ = clean("\n".join([
        "某县第五届人民代表大会第一次会议日程",
        "代表团会议",
        "1.审议县人民政府工作报告",
        "2.审议县级财政预算报告",
        "全体会议",
        "1.表决大会各项决议草案",
        "2.举行闭幕式",
    ]))
    assert not any(text.startswith(("1.", "2.")) for _, text in outline(doc))
    assert "2.举行闭幕式" in paras(doc)


def test_two_items_over_body_text_still_prove_each_other():
    # (a paragraph under the second item: its body, or the text going on after the list; the
    # two-label reading leaves such a pair to the rules that judged it before)
    doc, _ = clean("\n".join([
        "会议通知的写法",
        "会议通知是常用的公文，写法并不复杂，一般由以下几个部分组成。",
        "1.标题",
        "2.正文",
        "正文要写清会议的名称、时间、地点和参加人员，必要时写明联系人。",
        "3.落款",
        "写明发通知的单位和日期。",
    ]))
    assert [text for _, text in outline(doc)] == ["1.标题", "2.正文", "3.落款"]


def test_a_sentence_under_a_list_of_unpunctuated_items_is_not_the_last_items_wrapped_end():
    # The item above stands whole with no full stop: the list's items end so, and the sentence
    # under the last one is the notice going on.
    doc, _ = clean("\n".join([
        "关于图书馆闭馆整修的通知",
        "各位读者:",
        "为改善阅览环境，图书馆定于下周一至周三闭馆整修，届时暂停借还服务。",
        "温馨提示",
        "1.请在闭馆前归还即将到期的图书",
        "2.闭馆期间可以登录电子阅览室查阅资料",
        "由此带来的不便，敬请大家谅解。",
        "图书馆",
    ]))
    texts = [block_text(b) for b in doc.content]
    assert "2.闭馆期间可以登录电子阅览室查阅资料" in texts
    assert "由此带来的不便，敬请大家谅解。" in texts
    assert not any(text.startswith(("1.", "2.")) for _, text in outline(doc))


def test_a_numbered_sentence_wrapped_under_a_closed_sibling_is_still_joined():
    doc, _ = clean("\n".join([
        "报名须知",
        "1.报名时请携带本人身份证原件。",
        "2.报名表须由本人填写，所在单位审核盖章后统一交到报名",
        "点，逾期不再受理。",
    ]))
    assert "2.报名表须由本人填写，所在单位审核盖章后统一交到报名点，逾期不再受理。" in paras(doc)


def test_a_bare_line_between_a_paragraph_and_the_list_it_names_is_that_parts_heading():
    doc, _ = clean("\n".join([
        "校园绿化小组简介",
        "学校绿化小组成立于前年春天，由总务处牵头，成员包括生物老师两人和学生代表四人。",
        "小组每月开会一次，会议决定的事项在校园网上公布。",
        "小组负责的工作",
        "1. 花坛和草坪的日常养护安排。",
        "2. 植树节认养活动的组织。",
        "3. 校园绿化评比的打分。",
    ]))
    assert outline(doc) == [(1, "小组负责的工作")]
    assert "1. 花坛和草坪的日常养护安排。" in paras(doc)


def test_a_sentence_introducing_the_list_below_it_is_no_heading_without_its_colon():
    doc, _ = clean("\n".join([
        "关于开展卫生大扫除的通知",
        "各班级:",
        "为迎接卫生检查，学校决定本周五下午开展卫生大扫除。",
        "具体安排如下",
        "1.教室由各班负责打扫",
        "2.包干区由值周班负责",
        "请各班主任做好组织工作。",
    ]))
    assert outline(doc) == []
