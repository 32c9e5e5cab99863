"""A sample that opens right after the previous sample's signature: "…学生签字：2024年1月10日" /
"春节假期安全承诺书" / its text (used by __init__.prepare and rules.py).

A page holding several documents of one kind (a title announcing "精选8篇") closes each with its
signature and date; the next one opens with its own name, a document of the page's kind, which
ends as the page's title ends ("…承诺书", "…工作总结"). Where the page marks no number before it,
the date above tells where one document ends: the short line naming a document of the kind right
under a line ending in a date opens a sample. A scrape that lost the line break glues the name
after the date ("学生签字：2024年1月10日 春节假期安全承诺书"): it is cut off first.
"""

from __future__ import annotations

import re

import panflute as pf

from ..elements import block_text, is_text_block
from ..patterns import DATE
from ..regex_cache import LazyPattern
from .blocks import cut_at
from .measure import LINE_PUNCT, is_body, squeeze, visible_len
from .samples import announces_samples

# The page announces its samples with its title or in its first lines (as rules.decide reads it).
ANNOUNCE_WITHIN_BLOCKS = 3
# The name of a document: a few words, no mark of a sentence or a clause.
NAME_MAX_CHARS = 20
# It ends as the page's title does: the kind of document, two characters at least ("方案", "承诺书").
KIND_MIN_CHARS = 2
_DATE_END = LazyPattern(rf"(?:{DATE.pattern})[日号]?\s*$", re.X)
# The signature's date and a name glued after it across a blank: "…2024年1月10日 春节假期安全承诺书".
# The date stands alone after a field's colon, a sentence end or a blank ("签订于2024年…" is a sentence's).
_GLUED_NAME = re.compile(rf"(?:^|(?<=[：:。！？!?\s]))(?:{DATE.pattern})[日号]?\s+(?P<name>\S[^\n]*?)\s*$", re.X)


def names_a_kind(text: str, title_key: str | None) -> bool:
    """A short name ending as the page's title ends (its kind of document), and not the title."""
    name = squeeze(text)
    if not title_key or name == title_key or not 2 < visible_len(name) <= NAME_MAX_CHARS or LINE_PUNCT.search(name):
        return False
    return len(name) > KIND_MIN_CHARS and name[-KIND_MIN_CHARS:] == title_key[-KIND_MIN_CHARS:]


def split_signed_names(doc: pf.Doc, title_key: str | None, announced: bool) -> None:
    """On a page announcing several samples, cut a document's name glued after the previous one's
    signature date onto a line of its own, where a body paragraph follows (the document's text)."""
    if not title_key:
        return
    texts = [block_text(b) for b in doc.content[:ANNOUNCE_WITHIN_BLOCKS] if is_text_block(b)]
    if not (announced or announces_samples([title_key, *texts])):
        return
    blocks = doc.content
    for position in range(len(blocks) - 2, -1, -1):
        block, after = blocks[position], blocks[position + 1]
        if not (is_text_block(block) and is_text_block(after)) or not is_body(block_text(after)):
            continue
        text = block_text(block)
        glued = _GLUED_NAME.search(text)
        if glued and names_a_kind(glued.group("name"), title_key):
            head, name = cut_at(list(block.content), [glued.start("name")])
            blocks[position:position + 1] = [type(block)(*head), type(block)(*name)]


def signed_sample_lines(texts: list[str | None], title_key: str | None, announced: bool) -> list[int]:
    """On a page announcing several samples, the lines naming a document of the page's kind right
    under a line ending in a date, with body text below: each opens a sample."""
    if not announced or not title_key:
        return []
    found = []
    for index in range(1, len(texts) - 1):
        text, above, below = texts[index], texts[index - 1], texts[index + 1]
        if text and above and names_a_kind(text, title_key) and _DATE_END.search(above) and is_body(below):
            found.append(index)
    return found
