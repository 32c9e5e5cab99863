"""A photographer's credit under a news item in forms the credit rules did not know (issue 18,
round 32: surveyed on school, college, hospital and newspaper pages of the `pages` corpus, not
one page's words): the names in brackets before 摄, or after the reporter's role. Fixtures are
written for the project: made-up names and units, the lines' forms only. Beside them, the
document's own lines that look alike and must stay: a minutes' 记录人, a form's 审核人, a notice's
联系人 and signature, a bracketed note, a sentence naming who took a picture."""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

NEWS = [f"第{n}项：学校组织师生对校园内的教学楼、实验室和运动场逐一作了安全检查，并登记了需要维修的设施。"
        for n in range(1, 9)]


def news_page(*tail):
    return "\n".join(["青禾实验学校开展校园安全检查周活动", *NEWS, *tail])


def test_a_photo_credit_in_brackets_or_after_the_reporters_role_goes():
    for tail in (["（钟小禾 摄）"], ["(潘立新摄)"], ["本报记者 江一舟 摄"],
                 ["通讯员 韦若 摄影"], ["本报记者江一舟通讯员韦若摄"]):
        doc, report = clean(news_page(*tail))
        assert texts(doc)[-8:] == NEWS
        assert removed(report, "meta-lines.photo-credit-by-form") == tail


def test_a_minutes_recorder_and_a_forms_reviewer_stay():
    # 记录人 signs a minutes, 填表人/审核人 a form: not a news desk's roles.
    tail = ["记录人：钟小禾", "填表人：潘立新 审核人：江一舟"]
    doc, _ = clean(news_page(*tail))
    assert texts(doc)[-2:] == tail


def test_a_notices_contact_and_signature_stay():
    tail = ["联系人：钟小禾", "联系电话：0571-12345678", "青禾实验学校办公室", "2024年5月6日"]
    doc, _ = clean(news_page(*tail))
    assert texts(doc)[-4:] == tail


def test_a_bracketed_note_of_the_text_stays():
    # A bracket closing a document that is no signing unit: a note, a page mark, a sign with a date.
    for tail in (["（此页无正文）"], ["（联系单位：青禾实验学校办公室）"], ["（青禾实验学校办公室2024年5月6日印发）"],
                 ["（全文完）"], ["（王老师讲述）"]):
        doc, _ = clean(news_page(*tail))
        assert texts(doc)[-1:] == tail, tail


def test_a_sentence_that_names_a_photographer_stays():
    tail = ["照片由本报记者江一舟拍摄。", "钟小禾摄于青禾公园。"]
    doc, _ = clean(news_page(*tail))
    assert texts(doc)[-2:] == tail


def test_a_two_paragraph_item_printed_twice_with_its_credit_keeps_one_copy():
    # Each copy is two paragraphs and a photographer's credit; the credit goes from both copies,
    # and the copies, three lines as printed, are still a block printed twice.
    item = ["青禾路与长宁街交叉口的闲置空地改造成了口袋公园，园内铺了步道，种了月季和海棠。",
            "不少附近居民傍晚带着孩子来这里散步，公园还设置了休息座椅和儿童游乐设施。"]
    page = ["青禾路口新添一座口袋公园", *item, "（江一舟 摄）", *item, "（江一舟 摄）"]
    doc, report = clean("\n".join(page))
    assert texts(doc) == item
    assert removed(report, "repeat.doubled-block") == item
    assert removed(report, "meta-lines.photo-credit-by-form") == ["（江一舟 摄）", "（江一舟 摄）"]


def test_two_lines_sung_twice_around_a_removed_line_stay():
    # A refrain of two short lines is no block however the page prints it.
    refrain = ["我们走在田野上", "风吹过金色的稻浪"]
    opening = "秋收时节，班里的同学们一起写下了这首小诗，献给养育我们的土地。"
    page = ["田野之歌（班级诗歌朗诵稿）", opening, *refrain, "分享到：", *refrain, "这是家乡的秋天，这是我们的收获。"]
    doc, _ = clean("\n".join(page))
    assert texts(doc) == [opening, *refrain, *refrain, "这是家乡的秋天，这是我们的收获。"]
