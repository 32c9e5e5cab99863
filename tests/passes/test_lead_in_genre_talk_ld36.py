"""Lead-ins that carry to sites nobody tuned on (issue 18, round 36, ld36).

A 范文 page often opens, with no title line above, on one line of genre talk followed by a pointer
at the format below and an offer to the reader ("X要写明…，以下是…格式，可参照使用。"), or on a
couple of questions put to the reader closed by "一起看下吧". Both are the site's voice; the
document's own opening (its purpose, its report as asked, its speaker's questions to an
audience) stays. Fixtures are written in our own words with made-up names.
"""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

FORMAT_RULE = "lead-in.genre-talk-then-format-below"
QUESTION_RULE = "lead-in.reader-questions-then-invite"
BODY = ["兹证明某某同志自2019年起在我单位从事仓储管理工作，表现良好。", "特此证明。"]


def test_genre_talk_then_a_format_offered_goes():
    lead = "回执要写明收件人和签收日期，以下是一份通用的回执格式，可参照使用。"
    doc, report = clean("\n".join([lead, *BODY]))
    assert removed(report, FORMAT_RULE) == [lead]
    assert texts(doc) == BODY


def test_a_how_to_question_then_a_format_offered_goes():
    lead = "借条怎么写？以下是个人常用的借条格式，可直接填写使用。"
    doc, report = clean("\n".join([lead, *BODY]))
    assert removed(report, FORMAT_RULE) == [lead]
    assert texts(doc) == BODY


def test_a_definition_then_this_piece_offered_goes():
    lead = "感谢信是表达谢意的书面文字，下面这篇为居民写给物业的感谢信，供大家参考。"
    doc, report = clean("\n".join([lead, *BODY]))
    assert removed(report, FORMAT_RULE) == [lead]
    assert texts(doc) == BODY


def test_a_documents_own_opening_stays():
    for own in ("为了规范仓库管理，特制定本方案，以下为具体安排，请参照执行。",
                "根据县委组织部要求，现将本人一年来的工作情况报告如下。",
                "为做好报名工作，以下是报名表格式，可下载使用。",
                "今年我负责仓储工作，以下是我整理的交接清单格式，供接任同事参考。"):
        doc, report = clean("\n".join(["某某公司仓库管理方案", own, *BODY]))
        assert removed(report, FORMAT_RULE) == []
        assert texts(doc)[0] == own


def test_questions_to_the_reader_then_an_invitation_go():
    lead = "你写过倡议书吗？你知道倡议书最容易漏掉哪一部分吗？一起看下吧。"
    story = "上周，某某中学的学生会收到了一份写给全校的节水倡议书，落款只有一个班级的名字。"
    doc, report = clean("\n".join([lead, story]))
    assert removed(report, QUESTION_RULE) == [lead]
    assert texts(doc) == [story]


def test_a_speakers_questions_to_an_audience_stay():
    for own in ("同学们，你们知道今天是什么日子吗？一起来看看吧。",
                "你知道吗？我们班这学期一共读完了四十本书。"):
        story = "今天我想和大家聊一聊读书这件事，它让我们的班级变得更安静，也更热闹。"
        doc, report = clean("\n".join(["读书分享会发言稿", own, story]))
        assert removed(report, QUESTION_RULE) == []
        assert texts(doc)[0] == own
