"""A journal article reposted by a periodical mirror: the authors' names, then their unit in round
brackets ending on its postal code, printed under the headline and often above it too (round 58).
The affiliation note is never the title; the headline over the names over the note is. A page that
prints the byline alone, with no headline, gets no title. Fixtures are written for the project with
made-up names, units and words."""

from __future__ import annotations

from helpers import clean, texts
from reportfmt.passes.title_affiliation import affiliation_note
from reportfmt.passes.title_shape import title_shaped

NOTE = "（青川师范学院 教育科学系，江北省 临水市 321000）"
HEADLINE = "县域普通高中课后服务的供给困境与改进路径"
TEXT = ("课后服务是减轻学生负担、回应家长关切的一项制度安排。本文依据三个县的走访材料，"
        "讨论县域高中课后服务在师资、经费与课程三方面的供给问题。")


def test_the_headline_between_two_copies_of_the_byline_is_the_title():
    # (The note printed twice was taken for a title printed again.)
    doc, report = clean("\n".join(["周明远 韩书宁", NOTE, HEADLINE, "周明远韩书宁", NOTE, TEXT]))
    assert report.title == HEADLINE
    assert TEXT in texts(doc)
    assert NOTE.replace(" ", "") in ["".join(t.split()) for t in texts(doc)]  # one copy of the note stays


def test_a_headline_over_its_byline_alone_is_the_title():
    doc, report = clean("\n".join([HEADLINE, "周明远,韩书宁", NOTE, TEXT]))
    assert report.title == HEADLINE
    assert TEXT in texts(doc)


def test_a_dashed_subtitle_over_the_byline_joins_the_headline_above_it():
    # (The subtitle was taken for the title, and the headline above it went as a line over it.)
    subtitle = "——以三个县的走访为例"
    doc, report = clean("\n".join(["韩书宁", NOTE, HEADLINE, subtitle, "韩书宁", NOTE, TEXT]))
    assert report.title == HEADLINE
    assert doc.get_metadata("subtitle") == subtitle
    assert TEXT in texts(doc)


def test_a_byline_with_no_headline_gives_no_title_and_stays():
    # (The note was the title: the page shows none.)
    doc, report = clean("\n".join(["韩书宁", NOTE, TEXT, "课后服务的经费主要来自财政补助和家长分担两部分。"]))
    assert report.title is None
    assert texts(doc)[0] == "韩书宁"
    assert "".join(texts(doc)[1].split()) == NOTE.replace(" ", "")


def test_the_note_is_a_unit_and_a_postal_code_wholly_in_brackets():
    assert affiliation_note(NOTE)
    assert affiliation_note("(1.临水大学 文学院,临水 321000;2.青川学院 中文系,青川 330100)")
    assert not title_shaped(NOTE)
    assert not affiliation_note("（2024年3月修订）")  # a rule's note: no postal code
    assert not affiliation_note("（联系电话：0571-88886666）")  # a phone number, not six figures alone
    assert not affiliation_note("青川师范学院 教育科学系，临水市 321000")  # not in brackets
    assert title_shaped(HEADLINE)
