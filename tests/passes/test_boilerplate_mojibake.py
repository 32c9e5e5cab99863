"""Lines a page decoded with the wrong charset (mojibake, issue 18 round 23), told by their bytes,
and question marks where a scrape lost a paragraph's indent. Made-up text; the mojibake is made
here by decoding it wrongly, as a broken page does."""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed
from reportfmt.passes.boilerplate.mojibake import is_mojibake, misread_lead_chars

TITLE = "县政协通报提案办理情况"
BODY = ["三月九日，县政协召开提案办理情况通报会，听取承办单位的办理汇报。",
        "会议指出，今年共收到提案一百零六件，已办复九十八件，其余正在办理之中。",
        "与会委员对办理质量给予肯定，并就教育、交通和养老等问题提出进一步的意见。",
        "会议要求各承办单位加强与委员的沟通，确保提案办理取得实效。"]


def garble(text: str, charset: str) -> str:
    """The text's UTF-8 bytes read with another charset, as a broken page shows them."""
    return text.encode("utf-8").decode(charset, errors="replace")


def test_utf8_read_as_gbk_or_windows_1252_is_mojibake():
    for charset in ("gbk", "cp1252"):
        assert is_mojibake(garble("关注本报官方账号获取更多消息", charset)), charset


def test_real_text_is_no_mojibake():
    # Short headings and sentences in simplified and traditional script, and Latin text.
    for text in ["上级交办的课题", "会议纪要格式", "辞职申请书的书写格式是怎样的?", "第三條 本會會址設於台中市。",
                 "Café au lait, naïve résumé", *BODY]:
        assert not is_mojibake(text), text


def test_a_mojibake_line_goes_the_text_stays():
    junk = garble("扫码下载客户端阅读全文", "gbk")
    doc, report = clean("\n".join([TITLE, *BODY[:2], junk, *BODY[2:]]))
    assert texts(doc) == BODY
    assert removed(report, "markup.mojibake-line") == [" ".join(junk.split())]


def test_a_page_wholly_in_the_wrong_charset_stays():
    # The whole text is the document read wrongly: nothing to tell chrome from it by.
    garbled = [garble(line, "gbk") for line in BODY]
    doc, report = clean("\n".join([TITLE, *garbled]))
    assert not removed(report, "markup.mojibake-line")
    assert len(texts(doc)) == len(BODY)


def test_lost_indent_marks_are_cut_and_the_paragraph_kept():
    # One lost indent on the page: the plain-text reader leaves it (it reads a page's marks as
    # blanks only when the form shows twice), the rule cuts it.
    doc, report = clean("\n".join([TITLE, "????" + BODY[0], *BODY[1:]]))
    assert texts(doc) == BODY
    assert removed(report, "markup.lost-indent-marks") == ["????"]


def test_lost_indents_of_several_paragraphs_are_read_as_blanks():
    # Twice or more: the reader has made them blanks before any pass reads the page.
    doc, report = clean("\n".join([TITLE, "????" + BODY[0], "? " + BODY[1], *BODY[2:]]))
    assert texts(doc) == BODY
    assert not removed(report, "markup.lost-indent-marks")


def test_a_line_of_question_marks_goes_a_question_stays():
    question = "提案办理的结果是否令委员满意？"
    doc, report = clean("\n".join([TITLE, BODY[0], "? ? ?", question, *BODY[1:]]))
    assert removed(report, "markup.question-mark-line") == ["? ? ?"]
    assert question in texts(doc)


def test_the_misread_lead_characters_are_those_each_pair_decodes_to_on_its_own():
    """The one-call decoding gives exactly what decoding each byte pair alone gives."""
    one_by_one = set()
    for lead in range(0xE3, 0xEA):
        for trail in range(0x40, 0xFF):
            try:
                one_by_one.add(bytes((lead, trail)).decode("gbk"))
            except UnicodeDecodeError:
                continue
    assert misread_lead_chars() == one_by_one
    assert not any(char.isascii() for char in one_by_one)  # so the class needs no escaping
