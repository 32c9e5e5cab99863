"""Chapters and articles run together on long lines (issue 18, fl47): a 文库 extraction of a 制度 or
a contract lost the line breaks between its 第X章 and 第X条, leaving a blank or a sentence end where
each was. Each mark that continues its unit's numbering on the page, in a run of three or more, is
cut off as a line of its own. Fixtures: made-up text in the form such pages take."""

from __future__ import annotations

from helpers import clean, outline, paras
from reportfmt.passes.headings.article_runs import article_run_cuts


def lines(*rows: str) -> str:
    return "\n".join(rows)


def test_chapters_and_articles_on_one_line_become_lines_of_their_own():
    doc, _ = clean(lines(
        "图书室借阅管理办法",
        "第一章 总则 第一条 为规范图书借阅，方便师生阅读，制定本办法。 第二条 本办法适用于全校师生。"
        " 第二章 借阅规则 第三条 借书须凭本人借阅证，每次限借两册。 第四条 借期为两周，可续借一次。",
        "第三章 附则",
        "第五条 本办法由图书室负责解释。",
    ))
    assert outline(doc) == [(1, "第一章 总则"), (1, "第二章 借阅规则"), (1, "第三章 附则")]
    body = paras(doc)
    for article in ("第一条 为规范图书借阅，方便师生阅读，制定本办法。", "第二条 本办法适用于全校师生。",
                    "第三条 借书须凭本人借阅证，每次限借两册。", "第四条 借期为两周，可续借一次。"):
        assert any(p.startswith(article[:8]) for p in body), article


def test_articles_glued_after_sentence_ends_are_cut():
    text = "为明确双方责任，订立本协议。第一条 甲方为乙方提供保洁服务。第二条 服务期限为一年。第三条 每月费用八百元。"
    marks = ("第一条", "第二条", "第三条")
    assert article_run_cuts([text]) == {0: [text.index(mark) for mark in marks]}


def test_a_named_articles_name_is_cut_from_its_clause():
    # The name set off by blanks on both sides.
    text = "经协商达成如下协议： 第一条 服务内容 甲方为乙方提供保洁服务。 第二条 服务期限  自签订之日起一年。"
    name_ends = [text.index("服务内容") + 4, text.index("服务期限") + 4]
    assert article_run_cuts([text]) == {0: sorted([text.index("第一条"), text.index("第二条"), *name_ends])}
    doc, _ = clean(lines("保洁服务协议", text))
    assert outline(doc) == [(1, "第一条 服务内容"), (1, "第二条 服务期限")]
    assert "甲方为乙方提供保洁服务。" in "".join(paras(doc))


def test_the_numbers_continue_across_lines():
    texts = ["第一条 为加强车辆管理，制定本规定。", "第二条 本规定适用于公司车辆。 第三条 车辆由办公室统一调度。"]
    assert article_run_cuts(texts) == {1: [texts[1].index("第三条")]}


def test_references_and_short_runs_are_never_cut():
    # A sentence naming an article: glued after a word, or followed by 规定/的.
    assert article_run_cuts(["依照本办法第二条规定，第三条的情形除外，第四条所称人员另行认定。"]) == {}
    assert article_run_cuts(["第一条 总述。", "违反本规定的，按 第二条规定 处理。 第三条的规定同样适用。"]) == {}
    # Out of order: not the page's numbering.
    assert article_run_cuts(["第一条 总述。 第五条 另述。 第九条 再述。"]) == {}
    # Two marks in all prove nothing.
    assert article_run_cuts(["请阅读第一条。 第二条 另有说明。"]) == {}


def test_every_character_stays():
    text = "第一章 总则 第一条 目的。 第二条 范围。 第三条 职责。"
    doc, _ = clean(lines("某某管理制度", text))
    kept = "".join(p.replace(" ", "") for p in paras(doc)) + "".join(t.replace(" ", "") for _, t in outline(doc))
    for part in ("第一条目的。", "第二条范围。", "第三条职责。", "第一章总则"):
        assert part in kept
