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
