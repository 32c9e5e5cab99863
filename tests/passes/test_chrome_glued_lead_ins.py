"""A site's lead-in run into the text's first sentence (issue 18): a page that lost its line
breaks prints the genre talk, the "那么…怎么写呢?" question and the site's "下面是小编整理的…,
供大家参考" before the document's own first words, on one line. The lead-in is cut and the
text's sentence after it stays; a speaker's or a notice's own sentence of a like shape stays
whole. Fixtures are written for the project in the forms the real pages take."""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

RULE = "lead-in.lead-in-glued-to-text"
TITLE = "社区志愿服务心得体会"
FIRST = "这个暑假，我参加了社区组织的志愿服务，每天上午帮助整理图书室。"
BODY = ["在服务中，我学会了耐心倾听居民的需求，也体会到了奉献的快乐。",
        "周末我和同学一起到敬老院看望老人，陪他们聊天、打扫房间。",
        "老人们的笑容让我明白，一点小小的付出也能带来温暖。"]


def page(first_line: str) -> str:
    return "\n".join([TITLE, first_line, *BODY])


def test_genre_talk_and_the_sites_lead_in_glued_to_the_text_are_cut():
    lead_in = ("心得体会是我们对一段经历的回顾和思考。那么一篇好的心得应该怎么写呢？"
               "下面是小编为大家整理的志愿服务心得，仅供参考，希望能帮到大家。")
    doc, report = clean(page(lead_in + FIRST))
    assert texts(doc) == [FIRST, *BODY]
    assert removed(report, RULE) == [lead_in]


def test_a_guide_label_with_the_sites_sentence_loses_no_sentence_of_the_text():
    # Before: the guide rule took the whole line, the text's first sentence with it.
    lead_in = "导读：心得体会是对经历的回顾，本站为大家精选了一篇志愿服务心得，欢迎阅读。"
    doc, report = clean(page(lead_in + FIRST))
    assert texts(doc) == [FIRST, *BODY]
    assert removed(report, RULE) == [lead_in]


def test_the_lead_in_is_cut_in_traditional_script_and_when_it_presents_samples_without_xiaobian():
    first = "這個暑假，我參加了社區組織的志願服務。"
    for lead_in, body_first in [
            ("當我們有所觸動時，可以寫下一篇心得。那麼心得體會怎麼寫才恰當呢？"
             "下面小編給大家帶來關於社區服務的心得範文，希望會對大家有所幫助。", first),
            ("心得体会是对亲身经历的提炼。写作时，可以参考一些现成的范文。"
             "以下是一些优秀的心得体会范文，供我们借鉴和学习。", FIRST),
            ("志愿服务制度旨在规范服务流程，如何把制度落到实处？"
             "以下是网友为大家整理分享的“志愿服务制度”相关范文，供您参考学习！", FIRST)]:
        doc, report = clean(page(lead_in + body_first))
        assert texts(doc) == [body_first, *BODY]
        assert removed(report, RULE) == [lead_in]


def test_a_speakers_offer_to_share_stays():
    line = "同志们：今天召开这次座谈会，主要是交流经验。下面我为大家分享几点体会，供大家参考。第一，要加强学习。"
    doc, report = clean(page(line))
    assert line in texts(doc)
    assert not removed(report, RULE)


def test_a_notices_own_list_for_the_reader_stays():
    line = "为方便群众办事，我们为大家整理了以下材料清单，请参考。一是身份证原件，二是户口簿。"
    doc, report = clean(page(line))
    assert line in texts(doc)
    assert not removed(report, RULE)


def test_a_lead_in_on_its_own_line_is_left_to_the_older_rules():
    lead_in = "心得体会是对经历的回顾。下面是小编为大家整理的志愿服务心得，供大家参考。"
    doc, report = clean("\n".join([TITLE, lead_in, FIRST, *BODY]))
    assert texts(doc) == [FIRST, *BODY]
    assert not removed(report, RULE)
    assert [r["text"] for r in report.removed if r["rule"].startswith("lead-in.")] == [lead_in]


def test_a_guide_labels_source_note_glued_to_a_speech_loses_no_sentence_of_the_speech():
    # Before: the guide rule took the whole line, the speech's opening with it.
    lead_in = "导语：全县项目建设工作会议讲话一文来源于网友上传，不代表本站观点，欢迎参考。"
    opening = "同志们：今天我们召开全县项目建设工作会议，主要任务是总结去年工作，部署今年任务。"
    doc, report = clean("\n".join(["全县项目建设工作会议讲话", lead_in + opening, *BODY]))
    assert texts(doc) == [opening, *BODY]
    assert removed(report, RULE) == [lead_in]


def test_a_guide_paragraph_of_its_own_still_goes_whole():
    guide = "导语：会议讲话是领导在会上的发言稿。本站为大家精选了一篇，欢迎参考。"
    doc, report = clean("\n".join([TITLE, guide, FIRST, *BODY]))
    assert texts(doc) == [FIRST, *BODY]
    assert [r["text"] for r in report.removed if r["rule"].startswith("lead-in.")] == [guide]
    assert not removed(report, RULE)
