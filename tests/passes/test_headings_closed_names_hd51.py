"""A part's name closed by "。", alone on its line right over its own list numbered 1, 2 …, among
siblings that run in after names closed the same way, heads that list (issue 18, round 51:
"二、…设施。" / "1.…" "2.…" was left text, refused as one more closed item beside run-ins).
Fixtures written for the project, with made-up content."""

from __future__ import annotations

from helpers import clean, outline, paras


def test_a_closed_name_over_its_own_list_among_runins_is_a_heading():
    doc, _ = clean("\n".join([
        "致全体住户的一封信",
        "天气转冷，家里用气的时候多了，物业向各位住户提几点要求：",
        "一、养成良好用气习惯。做饭时人不离开灶台，厨房保持通风；出门前关好阀门。",
        "二、按时检查家中设施。",
        "1.检查软管：胶管用了两年或者出现裂纹的，要换成新的。",
        "2.检查报警器：每个月按一次测试键，听一听报警声是否正常。",
        "三、学会应急处置方法。闻到异味时立即关闭总阀、打开门窗，到楼外拨打抢修电话。",
    ]))
    assert (1, "二、按时检查家中设施。") in outline(doc)
    assert "1.检查软管：胶管用了两年或者出现裂纹的，要换成新的。" in "\n".join(paras(doc))


def test_a_closed_step_over_its_own_questions_is_a_heading():
    doc, _ = clean("\n".join([
        "中班科学活动：认识四季",
        "活动过程：",
        "1、出示图片——春天来了。",
        "（1）图上有什么？小草怎么了？",
        "（2）这张图里的小朋友穿的衣服和春天一样吗？",
        "2、转一转季节盘。",
        "（1）盘子转一圈，四个季节就轮了一遍。",
        "（2）转完冬天，又会转到哪个季节呢？",
        "3、老师小结。",
    ]))
    assert any(text == "2、转一转季节盘。" for _, text in outline(doc))


def test_a_goal_sentence_with_one_child_stays_text():
    # One "（1）" under it and no "（2）": no list of its own, a sentence item of the goals.
    doc, _ = clean("\n".join([
        "教学目标：",
        "1、认识本课的八个生字。",
        "（1）会读会写，能组两个词。",
        "2、能用课文里的词语说一段完整的话。",
        "3、养成爱护花草树木的习惯。",
    ]))
    assert not any(text.startswith("1、认识") for _, text in outline(doc))


def test_a_sentence_item_with_a_clause_over_a_list_stays_text():
    # A clause inside ("…，…。"): a sentence, not a name; its list does not make it a heading here.
    doc, _ = clean("\n".join([
        "各班要做好以下几件事：",
        "1、周五前交齐报名表，逾期不再补报。",
        "2、班主任核对名单，发现错漏及时更正。",
        "（1）姓名要和学籍系统一致。",
        "（2）班级写全称。",
        "3、周一统一上交教务处。",
    ]))
    assert not any(text.startswith("2、班主任") for _, text in outline(doc))
