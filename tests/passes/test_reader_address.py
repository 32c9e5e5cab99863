"""The site's address to its reader at the page's edges, told by its slots (issue 18, round 27).

Forms counted on 45 pages from 45 范文/文库/know-how sites of the search tool's `pages` corpus
(written here in our own words, with made-up names); 17 of them wrap their text in the site's
address. Where it stands: a head paragraph of genre talk (a definition, "那么…怎么写呢?") closed by
the offer, 8 sites; the offer alone above the text, 2; an opening to the reader on a know-how
page, 2; at the page's end (a wish, "更多…请关注", a caveat), 4; glued to a sample's last
paragraph before the next sample, 1. Slots of those 17 sentences: the reader (大家, 您, 你, 各位)
15, a pointer (下面, 以下, 以上, 这篇) 12, what the site did (整理, 带来, 分享) 12, the site (小编,
本栏目, 某某网的小编) 10, a use (参考, 阅读, 关注, 看看) 9, the pieces (范文, N篇, 数篇) 7, a wish
(希望…帮助/喜欢) 6; every one fills three or more, and none speaks in the first person but one
("那么下面我就给大家讲一讲…", a template's "我" that the site's "给大家…一起来看看" outweighs:
left to the rules).
"""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed
from reportfmt.passes.boilerplate.reader_address import addresses_reader

RULE = "lead-in.reader-address"
TITLE = "青禾社区年度工作总结"
BODY = ["今年以来，青禾社区坚持把为民服务放在首位，先后走访困难家庭四十余户，解决实际问题二十多件。",
        "在环境整治方面，社区组织志愿者清理楼道杂物，拆除违规搭建十二处，居民满意度明显提升。",
        "下一步，社区将继续完善网格化管理，让居民办事更方便、更舒心。"]


def test_genre_talk_closed_by_an_offer_in_new_words_goes_whole():
    lead = ("年底了，各单位又要交总结，总结里的成绩该怎么写？编辑挑了几份社区的总结放在下面，"
            "动笔之前可以对照着看。")
    doc, report = clean("\n".join([TITLE, lead, *BODY]))
    assert texts(doc) == BODY
    assert removed(report, RULE) == [lead]


def test_a_site_naming_itself_for_its_reader_goes():
    lead = "某某范文网为您提供青禾社区工作总结的相关内容。"
    doc, report = clean("\n".join([TITLE, lead, *BODY]))
    assert texts(doc) == BODY
    assert removed(report, RULE) == [lead]


def test_an_outro_wishing_the_page_helps_is_cut_from_the_last_paragraph():
    wish = "希望这篇文章能够帮到正在写总结的你。"
    doc, report = clean("\n".join([TITLE, *BODY[:2], BODY[2] + wish]))
    assert texts(doc) == BODY
    assert removed(report, RULE) == [wish]


def test_the_sites_caveat_on_its_own_content_goes_at_the_end():
    caveat = "以上内容综合了多数社区的通行写法，具体以本单位要求为准。"
    doc, report = clean("\n".join([TITLE, *BODY, caveat]))
    assert texts(doc) == BODY
    assert removed(report, RULE) == [caveat]


def test_a_lead_in_under_a_samples_marker_goes_and_the_sample_stays():
    lead = "又到年底了，小编为大家挑了几份总结，写的时候可以参考。"
    page = ["社区工作总结（精选2篇）", "社区工作总结篇一", *BODY, "社区工作总结篇二", lead,
            "本年度，社区共开展志愿服务活动三十六次，参与居民八百余人次。",
            "社区还新建了一处老年活动室，配齐了桌椅和书报。"]
    doc, report = clean("\n".join(page))
    assert lead not in texts(doc)
    assert "本年度，社区共开展志愿服务活动三十六次，参与居民八百余人次。" in texts(doc)
    assert removed(report, RULE) == [lead]


def test_a_notices_own_closing_arrangement_stays():
    # "以上安排" points at the notice's arrangements, not at the page's content.
    notice = ["关于开展垃圾分类宣传周活动的通知", "各居民小组：",
              "为提高居民垃圾分类意识，社区定于下周开展宣传周活动，具体安排如下。",
              "一、时间：3月18日至3月24日。", "二、地点：社区文化广场。",
              "以上安排如有变动，以社区最新通知为准，请大家相互转告。"]
    doc, report = clean("\n".join(notice))
    assert "以上安排如有变动，以社区最新通知为准，请大家相互转告。" in texts(doc)
    assert removed(report, RULE) == []


def test_a_speakers_and_a_reports_own_sentences_stay_whatever_slots_they_fill():
    # The first person, a meeting's business, official readers: a document's voice.
    assert not addresses_reader("今天我给大家分享几篇学习心得，希望对大家有所帮助。")
    assert not addresses_reader("以上是我整理的几份材料，供各位领导参考。", tail=True)
    assert not addresses_reader("会上，六位党员分别分享了阅读体会，大家表示要把学习与工作结合起来。", tail=True)
    # A know-how article saying what it explains next offers no pieces: its own opening.
    assert not addresses_reader("下面把这两种求职信分开来谈，供刚开始找工作的朋友参考。")
    # The site's offer, in words no rule lists.
    assert addresses_reader("看完这些例文你就知道了。")
    assert addresses_reader("这份总结结构清晰，大家写作时可以借鉴它的框架。", tail=True)


def test_body_sentences_of_a_speech_at_its_end_stay():
    speech = ["在新学期开学典礼上的讲话", "老师们、同学们：", "大家上午好！",
              "新的学期开始了，希望同学们珍惜时光，认真读书，把每一天过得充实而有意义。",
              "最后，祝大家在新学期里学习进步、身体健康！"]
    doc, report = clean("\n".join(speech))
    assert texts(doc)[-2:] == speech[-2:]
    assert removed(report, RULE) == []


def test_an_assistants_wrapper_around_an_ai_written_piece_goes():
    opener = "以下是一篇关于青禾社区年度工作的总结，内容涵盖为民服务、环境整治和下一步打算："
    closer = "希望这篇总结对你有所帮助！如需调整字数或风格，请告诉我。"
    doc, report = clean("\n".join([TITLE, opener, *BODY, closer]))
    assert texts(doc) == BODY
    assert removed(report, RULE) == [opener, closer]


def test_the_sites_note_on_how_to_use_the_sample_goes_at_the_end():
    note = "（注：本文为范文，文中数据均为虚构，使用时请替换为实际内容。）"
    doc, report = clean("\n".join([TITLE, *BODY, note]))
    assert texts(doc) == BODY
    assert removed(report, RULE) == [note]


def test_a_plans_own_closing_line_on_adjusting_it_stays():
    plan = ["青禾社区志愿服务实施方案", "为进一步做好志愿服务工作，结合社区实际，制定本方案。",
            "一、每月开展一次集中服务活动。", "二、建立志愿者积分制度。",
            "本方案可根据实际情况进行调整，由社区居委会负责解释。"]
    doc, report = clean("\n".join(plan))
    assert texts(doc)[-1] == plan[-1]
    assert removed(report, RULE) == []


def test_an_outro_between_a_samples_text_and_the_next_marker_glued_on_its_line_goes_alone():
    line = "社区还新建了一处老年活动室。以上是小编整理的社区工作总结，希望对大家有帮助。社区工作总结篇二"
    page = ["社区工作总结（精选2篇）", "社区工作总结篇一", *BODY, line,
            "本年度，社区共开展志愿服务活动三十六次，参与居民八百余人次。"]
    doc, report = clean("\n".join(page))
    assert removed(report, RULE) == ["以上是小编整理的社区工作总结，希望对大家有帮助。"]
    assert any(text.startswith("社区还新建了一处老年活动室。") for text in texts(doc))


def test_a_signed_date_glued_before_the_outro_stays():
    outro = "以上就是小编为大家整理的社区工作总结，希望对你有所帮助。"
    doc, report = clean("\n".join([TITLE, *BODY, "青禾社区居委会 2024年1月5日" + outro]))
    assert texts(doc)[-1] == "青禾社区居委会 2024年1月5日"
    assert removed(report, "lead-in.outro") == [outro]


def test_a_notices_offer_of_help_at_its_end_stays():
    notice = ["关于开展老年人免费体检的通知", "各居民小组：", "社区定于4月10日在卫生服务站为65岁以上老人免费体检。",
              "如有需要，可随时联系社区居委会，我们会为行动不便的老人提供上门服务。"]
    doc, report = clean("\n".join(notice))
    assert texts(doc)[-1] == notice[-1]
    assert removed(report, RULE) == []


def test_the_sites_address_printed_again_above_a_later_sample_goes_too():
    lead = "年底写总结的人多，本文收集了几份社区总结，写的时候可以对照参考。"
    second = ["本年度，社区共开展志愿服务活动三十六次，参与居民八百余人次。",
              "社区还新建了一处老年活动室，配齐了桌椅和书报。"]
    doc, report = clean("\n".join([TITLE, lead, *BODY, *BODY, lead, *second]))
    assert lead not in texts(doc)
    assert texts(doc)[-2:] == second
    assert removed(report, RULE) == [lead, lead]


def test_a_station_heads_name_beside_the_writers_first_person_at_the_end_stays():
    # (round 53: a courier station's head, a filling station's, a water station's: 站长 in the text
    # names a person, never the site's webmaster, once the writer speaks as 我)
    summary = ["快递驿站年度工作总结",
               "今年驿站共收发包裹九万余件，比去年多了两成，投诉件数下降了一半。",
               "我们驿站现有快递员十一人，今年走了四人。对照上面几个站点的做法，我想我们最该补上的是站长和快递员之间的交接……"]
    doc, report = clean("\n".join(summary))
    assert texts(doc)[-1] == summary[-1]
    assert removed(report, RULE) == []
    sentence = "对照上面几个站点的做法，我想我们最该补上的是站长和快递员之间的交接……"
    assert not addresses_reader(sentence, tail=True)
    # The site's editor beside 我 still speaks for the site, and so does 本站 before 站长.
    assert addresses_reader("以上是小编我为大家整理的几篇范文，希望对你有所帮助。", tail=True)
    assert addresses_reader("以上是本站站长我为大家整理的几篇范文，希望对你有所帮助。", tail=True)


# --- round 56: the template lead-in's closing wish or bid, after the site's sentence ------------

def test_the_sites_sentence_and_its_closing_wish_go_whole():
    # An article farm's template: the page's topic in the third person, the editor leading the
    # reader, then a wish to the reader closing the paragraph. All of it is the site's.
    lead = ("本篇内容介绍了“社区工作总结怎么写”的有关知识，不少人动笔时都会遇到这样的难处，"
            "接下来就让小编带领大家学习一下吧！希望大家认真阅读，写出满意的总结！")
    doc, report = clean("\n".join([TITLE, lead, *BODY]))
    assert texts(doc) == BODY
    assert removed(report, RULE)[-1].endswith("希望大家认真阅读，写出满意的总结！")


def test_a_bid_to_follow_the_editor_after_the_sites_sentence_goes():
    lead = "这篇文章主要介绍了社区工作总结的写法，具有一定的参考价值，希望对大家有所帮助。一起跟随小编过来看看吧"
    doc, _report = clean("\n".join([TITLE, lead, *BODY]))
    assert texts(doc) == BODY
    assert addresses_reader("一起跟随小编过来看看吧")


def test_a_speechs_wish_to_its_audience_after_the_sites_sentence_stays():
    lead = "下面是小编整理的开学典礼致辞，供大家参考。希望同学们新学期学有所成！"
    doc, _report = clean("\n".join(["开学典礼致辞", lead, "老师们、同学们：金秋九月，我们迎来了新学期。"]))
    assert texts(doc) == ["希望同学们新学期学有所成！", "老师们、同学们：金秋九月，我们迎来了新学期。"]


def test_the_texts_sentence_glued_after_a_wish_stays():
    # The wish is followed by the text's own first sentence: not the site's paragraph whole.
    lead = "以下是小编整理的社区工作总结，供大家参考。希望大家喜欢。今年以来，社区走访困难家庭四十余户。"
    doc, _report = clean("\n".join([TITLE, lead, *BODY[1:]]))
    assert texts(doc)[0].endswith("今年以来，社区走访困难家庭四十余户。")
    assert texts(doc)[1:] == BODY[1:]
