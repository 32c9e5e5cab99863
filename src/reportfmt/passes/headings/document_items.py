"""A page of whole documents with no title (round 44; the title pass's heads_document_listing): the
page opens with a document's name over a paragraph of its text, and further down other documents'
names stand over their texts, each sharing a word with the first at most and said by no line above
it. Their names head the documents; their texts need not retell them, as a news item's lead does.

Its own module: it reads the title pass's tests of a document's name and text
(title_neighbours), which itself reads news_items' headline tests; from news_items that was an
import cycle."""

from __future__ import annotations

from ..title_neighbours import another_document, opens_documents

DOCUMENT_ITEMS_MIN = 2


def document_items(texts: list[str | None], free) -> list[int]:
    """The indices of the names heading the documents an untitled page holds; [] unless the page
    opens with one and another follows (the title pass's reading, title_neighbours)."""
    lines = [i for i, text in enumerate(texts) if text and text.strip()]
    if len(lines) < 3 or not free(lines[0]) or not opens_documents(texts[lines[0]], texts[lines[1]]):
        return []
    first = texts[lines[0]]
    found = [lines[0]] + [index for at, index in enumerate(lines[2:-1], start=2)
                          if free(index) and another_document(texts[index], first, texts[lines[at + 1]],
                                                              [texts[i] for i in lines[:at]])]
    return found if len(found) >= DOCUMENT_ITEMS_MIN else []
