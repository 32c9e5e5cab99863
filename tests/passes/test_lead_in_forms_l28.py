"""Lead-in forms by what they are, not by their words, and a title list's anchor (issue 18, round 28, l28).

The site's genre talk set one paragraph a line above its lead-in sentence: a 范文 page opens with
a few sentences about the kind of text it collects ("时光飞逝…是时候写一份总结了", "倡议书是…")
and then, in a paragraph of its own, the sentence presenting the samples. The question on how to
write the genre ("那么…怎么写呢？") is often missing; the talk still names the genre in the third
person, which a document's own opening never does (it speaks as the writer, hands papers down,
or states its own purpose). Forms counted on pages of the search tool's `pages` corpus; fixtures
are written here in our own words with made-up names.
"""

from __future__ import annotations

from panflute import Para, Str

from helpers import clean, texts
from helpers import removed_by as removed
from reportfmt.passes.boilerplate.preamble import talk_above

TITLE = "青禾社区年度工作总结"
BODY = ["今年以来，青禾社区坚持把为民服务放在首位，先后走访困难家庭四十余户，解决实际问题二十多件。",
        "在环境整治方面，社区组织志愿者清理楼道杂物，拆除违规搭建十二处，居民满意度明显提升。",
        "下一步，社区将继续完善网格化管理，让居民办事更方便、更舒心。"]
RULE = "lead-in.talk-above-lead-in"


def lines(*words):
    return [(at, Para(Str(text))) for at, text in enumerate(words)]


def test_genre_talk_without_a_question_above_the_lead_in_goes():
    talk = "一年又快过去了，回头看看这一年的忙碌，是时候静下心来写一份总结了。"
    lead = "以下是某某文苑整理的社区年度工作总结，欢迎大家借鉴与参考！"
    doc, report = clean("\n".join([TITLE, talk, lead, *BODY]))
    assert removed(report, RULE) == [talk]
    assert texts(doc) == BODY


def test_a_definition_in_other_words_above_the_lead_in_goes():
    talk = ["倡议书面向的是广大群众，用来号召大家一起做某件事。", "写的时候要把目的和具体做法交代清楚。"]
    lead = "下面是小编整理的节约用水倡议书，欢迎阅读。"
    doc, report = clean("\n".join(["节约用水倡议书", *talk, lead, "亲爱的同学们：", *BODY]))
    assert removed(report, RULE) == talk
    assert texts(doc) == ["亲爱的同学们：", *BODY]


def test_a_documents_own_opening_naming_its_genre_is_no_talk():
    # The writer's own voice, papers handed down or the text's own purpose: the document's.
    assert talk_above(lines("现将社区今年的工作总结如下。"), 5, frozenset()) == 0
    assert talk_above(lines("我把这一年的心得体会写下来，请大家批评指正。"), 5, frozenset()) == 0
    assert talk_above(lines("为做好防汛工作，特制定本方案。"), 5, frozenset()) == 0
    # A sentence naming no kind of text is no genre talk either.
    assert talk_above(lines("我们社区今年的工作重点放在环境整治上。"), 5, frozenset()) == 0
    # The genre named in the third person is the site's talk.
    assert talk_above(lines("写总结要实事求是，成绩和不足都要写到。"), 5, frozenset()) == 1


def test_the_last_paragraph_above_a_list_under_a_counted_label_stays():
    # The box's label counts its pieces ("…相关文章（10篇）") and a rule took it, with the first
    # title (the page's title again): the list is anchored below them, and the kept paragraph above
    # is the document's last, not the box's label.
    label = "社区工作总结相关文章（10篇）"
    titles = ["社区党建工作总结2024", "街道志愿服务工作总结"]
    doc, report = clean("\n".join(["社区工作总结", *BODY, label, "社区年度工作总结范文", *titles]))
    assert texts(doc) == BODY
    assert removed(report, "recommendations.title-list") == titles
