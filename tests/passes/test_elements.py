"""The walk-free tree helpers (passes/elements.py) give what panflute's own walk and
stringify give, on a document with every kind of container: they replace them for speed
(issue 17), so any difference would be a silent change of output."""

from __future__ import annotations

import io
import subprocess

import panflute as pf
import pytest

from reportfmt.passes.elements import (
    block_text,
    children_first,
    containers_first,
    squeezed_length,
    stringify,
    stringify_head,
    texts_fixed,
    walk_cheaply,
)
from reportfmt.write.pandoc import pandoc_path

MARKDOWN = """---
title: 标题 *title*
keywords: [一, 二]
---

# 一、总体情况 {#top}

Para with *emph*, **strong**.x, "双 'single' quotes", `code`, $x^2$ and [a link](#top).

- item one
- item two with ![an image](a.png "t") and <b>raw</b>

Term *x*
:   Definition "q"
:   Second

| 列 | b |
|---|---|
| [l](x) | **s**.y |

> 引用 line
> two

Cite [@doe99, p. 3] and a note[^1].

[^1]: The note with [a link](http://e.org).

```
code block
```
"""


@pytest.fixture(scope="module")
def doc_json() -> str:
    return subprocess.run([pandoc_path(), "-f", "markdown", "-t", "json"], input=MARKDOWN.encode(),
                          capture_output=True, check=True).stdout.decode()


def load(doc_json: str) -> pf.Doc:
    return pf.load(io.StringIO(doc_json))


def dumped(doc: pf.Doc) -> str:
    out = io.StringIO()
    pf.dump(doc, out)
    return out.getvalue()


def replace_links(elem, _doc):
    if isinstance(elem, pf.Link):
        return pf.Span(*elem.content)
    if isinstance(elem, pf.RawInline):
        return []
    if isinstance(elem, pf.Image):
        return [pf.Str("img"), pf.Space()]
    if isinstance(elem, pf.Strong) and isinstance(elem.next, pf.Str) and elem.next.text.startswith("."):
        return [elem, pf.RawInline(";", format="typst")]
    return None


def drop_long_paragraphs_and_metadata(elem, _doc):
    if isinstance(elem, pf.Para) and len(elem.content) > 8:
        return []
    if isinstance(elem, pf.MetaList):
        return []
    return None


def mark_depth(elem, _doc):
    depth, parent = 0, elem.parent
    while parent is not None:
        depth, parent = depth + 1, parent.parent
    if isinstance(elem, pf.Str):
        elem.text += f"|{depth}"


@pytest.mark.parametrize("action", [replace_links, drop_long_paragraphs_and_metadata, mark_depth])
def test_walk_cheaply_gives_what_walk_gives(doc_json, action):
    expected = dumped(load(doc_json).walk(action))
    doc = load(doc_json)
    assert dumped(walk_cheaply(doc, action, doc)) == expected


def test_stringify_and_children_first_match_panflute(doc_json):
    doc = load(doc_json)
    for elem in [doc, *doc.content]:
        assert stringify(elem) == pf.stringify(elem)
    order: list[str] = []
    load(doc_json).walk(lambda e, _d: order.append(type(e).__name__))
    assert [type(e).__name__ for e in children_first(load(doc_json))] == order


def test_containers_first_is_children_first_without_the_leaves(doc_json):
    doc = load(doc_json)
    every = children_first(doc)
    holders = containers_first(doc)
    assert [id(e) for e in holders] == [id(e) for e in every if e._children]
    kinds = {type(e).__name__ for e in holders}
    assert {"Para", "Table", "TableCell", "Emph", "Link", "BulletList"} <= kinds
    assert not kinds & {"Str", "Space", "Code", "Math", "RawInline"}  # the leaves are left out


def test_squeezed_length_counts_until_enough(doc_json):
    doc = load(doc_json)
    table = next(b for b in doc.content if isinstance(b, pf.Table))
    full = len("".join(stringify(table).split()))
    assert squeezed_length(table, 10_000) == full
    assert 3 <= squeezed_length(table, 3) < full


def test_stringify_head_is_the_start_of_stringify(doc_json):
    doc = load(doc_json)
    for elem in [doc, *doc.content]:
        full = stringify(elem)
        for enough in (1, 5, 40, len(full), len(full) + 10):
            assert stringify_head(elem, enough) == full[:enough]


def test_texts_fixed_answers_what_block_text_reads(doc_json):
    doc = load(doc_json)
    expected = [block_text(b) for b in doc.content]
    with texts_fixed():
        assert [block_text(b) for b in doc.content] == expected
        assert [block_text(b) for b in doc.content] == expected  # the second read, from memory
        with texts_fixed():  # nested: the same memo
            assert block_text(doc.content[1]) == expected[1]
    # Out of it, a changed block is read afresh (the memo ended with the scope).
    first_para = next(b for b in doc.content if isinstance(b, pf.Para))
    first_para.content.append(pf.Str("加"))
    assert block_text(first_para).endswith("加")




def test_a_span_cut_inside_texts_fixed_is_read_afresh():
    # reader_address cuts a site's outro off a paragraph among the steps that share the memo:
    # the steps after it must read the paragraph without the outro.
    from reportfmt.passes.boilerplate.inline_cut import cut_spans

    para = pf.Para(pf.Str("全年完成改造项目十二个。以上就是小编整理的内容。"))
    with texts_fixed():
        assert block_text(para) == "全年完成改造项目十二个。以上就是小编整理的内容。"
        assert cut_spans(para, [(12, 25)]) == "以上就是小编整理的内容。"
        assert block_text(para) == "全年完成改造项目十二个。"
