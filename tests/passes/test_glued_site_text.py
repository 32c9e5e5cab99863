"""Site text glued into a document's own words: a paywall tag inside a word, a 小编 sentence at the
end of a sample's first paragraph. The site's text goes (recorded under its family's rule), every
word of the document stays. Fixtures are written for the project in the forms the real pages take."""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

BODY = [f"第{n}项：我们认真落实各项制度，支部工作取得了新的进展。" for n in range(1, 7)]


def test_a_paid_section_tag_inside_a_word_goes_and_the_word_is_rejoined():
    page = ["2023年度支部组织生活会主持词", "同志们：",
            "今天的议程有三项，一是通报上年度组##paidbegin##织生活会整改情况；",
            "二是开展批评与自我批评##PAID_END##；三是民主评议党员。", *BODY]
    doc, report = clean("\n".join(page))
    kept = texts(doc)
    assert "今天的议程有三项，一是通报上年度组织生活会整改情况；" in kept
    assert "二是开展批评与自我批评；三是民主评议党员。" in kept
    assert removed(report, "paywall.paid-section-marker") == ["##paidbegin##", "##PAID_END##"]


SAMPLES_PAGE = [
    "病区护理工作总结6篇",
    "工作总结能让我们看清一年的得失，下面是小编为大家整理的病区护理工作总结，希望对大家有所帮助。",
    "病区护理工作总结篇1",
    "回顾这一年，我们病区在护理质量上下了不少功夫，现将主要体会整理如下。"
    "下面是小编为大家带来的病区护理工作总结范文，希望对大家有所帮助。",
    *BODY,
]


def test_a_xiaobian_sentence_glued_to_a_samples_first_paragraph_goes_alone():
    doc, report = clean("\n".join(SAMPLES_PAGE))
    kept = texts(doc)
    assert kept[1] == "回顾这一年，我们病区在护理质量上下了不少功夫，现将主要体会整理如下。"
    assert kept[2:] == BODY
    assert removed(report, "lead-in.xiaobian-lead-in") == [
        SAMPLES_PAGE[1], "下面是小编为大家带来的病区护理工作总结范文，希望对大家有所帮助。"]


def test_above_the_samples_a_lead_in_line_still_goes_whole():
    # Before any sample marker the sentences before the 小编 one are the site's talk too.
    page = ["病区护理工作总结6篇", "工作总结是一种常用的文体。下面是小编整理的病区护理工作总结，供大家参考。",
            "病区护理工作总结篇1", *BODY]
    doc, report = clean("\n".join(page))
    assert texts(doc)[1:] == BODY
    assert len(removed(report, "lead-in.xiaobian-lead-in")) == 1
