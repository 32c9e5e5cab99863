"""A contents list printed without page numbers, its entries given again below as the text begins
(round 56): lookalikes.toc_entries found such a list of 第X章 / 第X节 / 一、 entries, but two kinds of
entry escaped its verdict. A book's part 第X篇 ("第二篇 公文管理" over its chapters, in a company's
rule book) is read by the numbering as a sample's marker, not as a numbered line, so the run broke
at each part and every part and chapter under the first became a heading; and the sample and
article (第X条) branches of rules.decide ran before the `index in toc` check, so a part listed there
became a sample and an article listed there got its bold label (a named one, "第五条 解释", even a
heading). A contents entry is now no heading whatever its marker, and a 第X篇 line counts as an
entry (lookalikes.contents_numbered). Fixtures written for the project in those forms, with
made-up content."""

from __future__ import annotations

import panflute as pf

from helpers import clean, outline, paras
from reportfmt.passes.headings.lookalikes import contents_numbered, toc_entries

# A group's rule book: parts (篇) over chapters and sections in its contents, no page numbers.
RULE_BOOK = [
    "青禾集团后勤管理制度汇编",
    "目 录",
    "第一篇 总则",
    "第一章 编制目的",
    "第二章 适用对象",
    "第二篇 食堂管理",
    "第一章 采购验收",
    "第二章 加工操作",
    "第一节 粗加工",
    "第二节 烹饪",
    "第三篇 宿舍管理",
    "第一章 入住登记",
    "第二章 卫生检查",
    "第一篇 总则",
    "第一章 编制目的",
    "第一条 为规范集团后勤服务，保障职工就餐和住宿安全，制定本汇编。",
    "第二条 本汇编由集团后勤保障部负责修订和解释。",
]

# A volunteers' rule: its contents list each chapter's articles by name, no page numbers.
ARTICLES = [
    "青川市文化馆志愿者管理办法",
    "目录",
    "第一章 总则",
    "第一条 目的",
    "第二条 适用范围",
    "第二章 招募",
    "第三条 招募条件",
    "第四条 招募程序",
    "第三章 附则",
    "第五条 解释",
    "第一章 总则",
    "第一条 为规范本馆志愿服务活动，保障志愿者权益，制定本办法。",
    "第二条 本办法适用于在本馆登记服务的全体志愿者。",
    "第二章 招募",
    "第三条 志愿者应年满十六周岁，身体健康，能按时参加服务。",
    "第四条 本馆每年三月集中招募一次，其余时间按需补招。",
    "第三章 附则",
    "第五条 本办法由本馆办公室负责解释。",
]


def _labelled(doc: pf.Doc) -> list[str]:
    """The texts of the paragraphs that open with an article's bold label."""
    return [pf.stringify(b) for b in doc.content if isinstance(b, pf.Para) and b.content
            and isinstance(b.content[0], pf.Span) and "article-label" in b.content[0].classes]


def test_a_rule_books_parts_in_its_contents_are_no_headings():
    doc, _ = clean("\n".join(RULE_BOOK))
    # (the text's own part and chapter below the list are its headings)
    assert outline(doc) == [(1, "第一篇总则"), (2, "第一章 编制目的")]
    body = paras(doc)
    # (the blank after a part's 第X篇 is closed up, as it was before: typography's, not this rule's)
    for entry in ("第二篇食堂管理", "第一章 采购验收", "第二节 烹饪", "第三篇宿舍管理", "第二章 卫生检查"):
        assert entry in body
    assert len(_labelled(doc)) == 2


def test_articles_named_in_the_contents_are_no_articles_and_no_headings():
    doc, _ = clean("\n".join(ARTICLES))
    assert outline(doc) == [(1, "第一章 总则"), (1, "第二章 招募"), (1, "第三章 附则")]
    body = paras(doc)
    assert "第五条 解释" in body and "第一条 目的" in body and "第二章 招募" in body
    # (only the articles of the text carry the bold label; the entries stay plain lines)
    assert [text[:3] for text in _labelled(doc)] == ["第一条", "第二条", "第三条", "第四条", "第五条"]
    assert all(len(text) > 10 for text in _labelled(doc))


def test_a_part_line_counts_as_a_contents_entry():
    assert contents_numbered("第二篇 食堂管理") and contents_numbered("第一章 采购验收")
    assert not contents_numbered("食堂管理")
    texts = [None, *RULE_BOOK[1:]]
    assert toc_entries(texts, contents_numbered) == set(range(2, 13))


def test_a_contents_list_of_chapters_stays_as_it_was():
    # (chapters and sections alone were found before; the list and its headings are unchanged)
    text = [line for line in RULE_BOOK if "篇" not in line]
    doc, _ = clean("\n".join(text))
    assert outline(doc) == [(1, "第一章 编制目的")]
    assert "第二章 加工操作" in paras(doc)
