"""Body lines lost on own-tune pages (issue 18, round 36, bl36), by mechanism: a photo's caption
dropped whole for the English credit a gallery prints before it; the lines of a bilingual
flipbook whose Chinese and English columns were read across, taken for the head's chrome by the
learned scorer. Fixtures are made up for the project in the forms real pages take."""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

SPEECH = [
    "各位会员、各位来宾：",
    "大家好！",
    "今年开春以来，协会组织会员单位走访了四个县的生产基地，听取了七十多家企业的意见，"
    "大家最关心的还是销路和用工两件事。",
    "下一步，协会将牵头办好秋季展销会，同时和职业学校合作开设短期培训班，请各位会员踊跃报名。",
    "最后，祝大家身体健康、生意兴隆！",
]
TITLE = "王某某会长在协会年度座谈会上的讲话"
CAPTION = "协会会长王某某在座谈会上讲话，通报上半年会员企业的经营情况"


# --- a photo's caption under an English credit ------------------------------------------------

def test_a_captions_english_credit_goes_and_the_caption_stays():
    page = ["返回", "协会动态", TITLE, "2025年6月18日", f"Staff Photos / Files - {CAPTION}", TITLE, *SPEECH]
    doc, report = clean("\n".join(page))
    assert removed(report, "meta-lines.photo-credit-prefix") == ["Staff Photos / Files -"]
    assert CAPTION in texts(doc)
    assert texts(doc)[-len(SPEECH):] == SPEECH


def test_other_credit_forms_before_a_caption_go_too():
    for credit in ("File Photo: ", "Photo by News Desk | ", "Images - "):
        doc, report = clean("\n".join([TITLE, f"{credit}{CAPTION}", *SPEECH]))
        assert removed(report, "meta-lines.photo-credit-prefix") == [credit.strip()], credit
        assert CAPTION in texts(doc)


def test_an_english_word_in_a_chinese_sentence_is_no_credit():
    line = "我们用Photoshop处理了展板上的照片，再交给印刷厂制作。"
    doc, report = clean("\n".join([TITLE, line, *SPEECH]))
    assert line in texts(doc)
    assert not removed(report, "meta-lines.photo-credit-prefix")
