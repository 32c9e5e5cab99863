"""Body lines lost on own-tune pages (issue 18, round 36, bl36), by mechanism: a photo's caption
dropped whole for the English credit a gallery prints before it; the lines of a bilingual
flipbook whose Chinese and English columns were read across, taken for the head's chrome by the
learned scorer. Fixtures are made up for the project in the forms real pages take."""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed
from reportfmt.passes.boilerplate.scored_guards import in_bilingual_columns, is_english_prose

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


# --- a bilingual flipbook's two columns read across ----------------------------------------------

COLUMNS = [
    "的",
    "会长 的 话 The past term has been a busy one for",
    "Words from the our school, and the association was",
    "Association Head glad to be part of it at every step",
    "这一届家委会陪着学校走过了忙碌而充实的 of the way. Parents gave their time",
    "一年。家长们抽出时间参加校园开放日活动 to the sports day, the book fair and",
    "、运动会和图书义卖等多项活动,累计筹得善 the open day, and the book fair alone",
    "款一万二千元,全部用于为图书馆添置新书。 raised twelve thousand dollars for books.",
    "新学年里,我们会继续通过各班的班级家长 In the new year we will keep listening",
    "代表和每学期一次的问卷收集大家的意见, to parents through class representatives,",
    "整理后向校方反映,也欢迎更多新家长加入 and more volunteers are always welcome.",
    "义工队伍,和我们一起为孩子们出一份力。",
]


def test_the_lines_of_both_columns_read_across_stay():
    doc, report = clean("\n".join(["Page 4 - 某某中学(家长会会刊2025)", "P. 4", *COLUMNS]))
    # The two English-only lines under the split heading went as the head's chrome before.
    assert texts(doc)[2:4] == COLUMNS[2:4]
    assert not [r for r in report.removed if r["rule"].endswith(".scored")]


def test_english_prose_is_told_from_a_sites_labels():
    assert is_english_prose("Association Head glad to be part of it at every step")
    assert not is_english_prose("Home About Us Contact Read More")
    assert not is_english_prose("Copyright 2025 The School and its Friends. All rights reserved.")


def test_an_english_sentence_among_a_sites_buttons_is_not_a_column():
    banner = ["Try the new reader", "Coming Soon",
              "We are glad to tell you that the new reader will be ready for all of our users soon.",
              "Not now", "Open the new reader"]
    assert not in_bilingual_columns(banner, 2)
    assert in_bilingual_columns(COLUMNS, 2)  # "Words from the our school, …" beside a line of both
