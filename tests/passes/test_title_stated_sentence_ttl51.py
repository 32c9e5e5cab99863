"""A headline written as one sentence with its full stop (round 51): a question bank's item printed
twice over its answer, a school's one-line notice printed, then its date, then its text opening with
the same sentence. The page printing the sentence again proves it the title; alone, a sentence
ending in its stop is the text's first line and never the title.
Fixtures written for the project (made-up names and content)."""

from __future__ import annotations

from helpers import clean, texts


def test_a_question_printed_twice_over_its_answer():
    title = "简要说明通报与通知的不同。"
    _doc, report = clean("\n".join([title, title,
                                    "【参考答案】:通报用于表彰先进、批评错误或传达情况,通知用于布置工作、传达要求。",
                                    "两者都是下行文,但通报重在教育,通知重在办理。"]))
    assert report.title == title


def test_a_one_line_notice_then_its_date_then_its_text_opening_with_it():
    title = "因道路施工,明天校车改在北门上下车。"
    text = (f"{title} 请各位家长提前十分钟到北门等候,施工结束后校车恢复原站点,学校会另行通知。")
    doc, report = clean("\n".join([title, "08/05/2025", "2025年5月8日 (星期四) 16:30", text,
                                    "如有疑问,请致电学校总务处。"]))
    assert report.title == title
    assert any("请各位家长提前十分钟到北门等候" in line for line in texts(doc))  # the text stays whole


def test_a_first_sentence_said_once_is_no_title():
    first = "今年的校运会定在十月中旬举行。"
    _doc, report = clean("\n".join([first, "各班请在九月底前报送参赛名单,每人限报两个项目。",
                                    "比赛期间请同学们注意安全,服从裁判安排。"]))
    assert report.title != first


def test_a_long_sentence_printed_again_is_no_title():
    # A paragraph's sentence quoted again further down is no headline: a title is short.
    first = "这次活动由社区居委会牵头,三家物业公司和两所学校共同参与,前后持续了整整两个星期。"
    _doc, report = clean("\n".join([first, "活动期间志愿者上门走访了三百多户居民。", first,
                                    "居民们普遍反映这样的活动应该多办。"]))
    assert report.title != first


def test_a_short_sentence_printed_over_and_over_is_no_title():
    # A filler's or a refrain's line, printed again and again under the title: the title stays.
    _doc, report = clean("\n".join(["年度工作总结", *["本段内容从略。"] * 6, "今年完成了全部任务。"]))
    assert report.title == "年度工作总结"


def test_a_sentence_printed_twice_under_a_title_is_the_texts_first_paragraph():
    first = "清晨的集市上,卖菜的阿婆总是来得最早。"
    _doc, report = clean("\n".join(["老街的早晨", first, first, "她的摊子不大,只摆着自家地里种的几样青菜。"]))
    assert report.title == "老街的早晨"
