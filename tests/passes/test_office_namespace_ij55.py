"""Word's inline namespace declaration leaked into a page's text (round 55,
injected.office-namespace-tag): cut where it sits, glued into a sentence or alone on its line, with
the empty paragraph mark after it; a sentence about XML namespaces and a line of markup a
document quotes keep every character. Fixtures are made up for the project in the forms real pages
take."""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "某某建设公司二〇二三年安全生产工作总结"
BODY = [f"第{n}项：各项目部按照分工扎实推进安全检查，隐患整改率稳步提高。" for n in range(1, 9)]
RULE = "injected.office-namespace-tag"
SMART = '<?xml:namespace prefix = st1 ns = "urn:schemas-microsoft-com:office:smarttags" />'
OFFICE = '<?xml:namespace prefix = o ns = "urn:schemas-microsoft-com:office:office" />'


def page(*lines: str) -> str:
    return "\n".join([TITLE, *BODY[:4], *lines, *BODY[4:]])


def test_a_declaration_glued_into_a_sentence_goes_and_the_sentence_closes_again():
    doc, report = clean(page(f"为落实年度工作要点，公司于{SMART}三月初召开了安全生产大会。"))
    assert "为落实年度工作要点，公司于三月初召开了安全生产大会。" in texts(doc)
    assert removed(report, RULE) == [SMART]


def test_a_declaration_with_its_empty_paragraph_mark_after_a_full_stop_goes():
    doc, report = clean(page(f"大会由总经理周某某主持。{OFFICE}<o:p></o:p>"))
    assert "大会由总经理周某某主持。" in texts(doc)
    assert removed(report, RULE) == [f"{OFFICE}<o:p></o:p>"]


def test_a_declaration_alone_on_its_line_goes_and_its_neighbours_stay():
    doc, report = clean(page(OFFICE))
    assert not any("namespace" in text for text in texts(doc))
    assert BODY[3] in texts(doc) and BODY[4] in texts(doc)
    assert removed(report, RULE) == [OFFICE]


def test_a_declaration_that_lost_its_opening_goes():
    line = ':namespace prefix = o ns = "urn:schemas-microsoft-com:office:office" /> 三是加强日常巡查。'
    doc, report = clean(page(line))
    assert "三是加强日常巡查。" in texts(doc)
    assert removed(report, RULE) == [':namespace prefix = o ns = "urn:schemas-microsoft-com:office:office" />']


def test_text_about_namespaces_stays():
    lines = ["导出的网页文件中，命名空间前缀o对应微软办公软件的命名空间。",
             '根元素声明 xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" 即可。']
    doc, report = clean(page(*lines))
    for line in lines:
        assert line in texts(doc)
    assert not removed(report, RULE)
