"""A document-sharing (文库) page's keywords: the title cut into words, one word a line, above it.

    党课
    讲稿
    就要
    样子
    党课讲稿：“大就要有大的样子”

Each line alone is any short word (a heading "总则" looks the same), so no rule may drop it by
its text; a run of them, every word found in the short line right after the run, is the page's
keyword list for that line. The run goes (recorded `document-site.title-keywords`), the title
stays. A vertical title ("应/急/预/案", one character a line) is not a word list: words have
two characters or more. Used by the boilerplate pass after its rules.

Some sites print the same list on one line, the words set apart by commas ("制度,村务,公开,范本"):
three words or more, every one of them in the page's title or in the line after it, is that list.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import panflute as pf

from ..elements import block_text, is_text_block
from . import repeats

RULE = "document-site.title-keywords"
# A keyword: two to four Chinese characters and nothing else.
_WORD = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
# Fewer words could be a heading and its first line; three in a row, all the next line's, are not.
MIN_WORDS = 3
# The line the words were cut from is a title: short.
TITLE_MAX_CHARS = 40
EXAMPLE = ("党课", "讲稿", "就要", "样子", "党课讲稿：“大就要有大的样子”")


def drop_title_keywords(blocks: list[tuple[int, pf.Block]], keep: frozenset[int] = frozenset(),
                        spare: Callable[[pf.Block], bool] = lambda block: False, title: str = ""):
    """(kept blocks, removed records) with every keyword run in the head dropped; a block for
    which `spare` says so (one holding a picture) ends a run. `title`: the page's title taken."""
    # Read only as far as the head reaches (a run is judged by the line ending it).
    texts: list[str | None] = []
    doomed: set[int] = set()
    offset = 0
    start = None  # where the current run of words began
    for index, (_, block) in enumerate(blocks):
        if offset >= repeats.HEAD_CHARS:
            break
        text = " ".join(block_text(block).split()) if is_text_block(block) else None
        texts.append(text)
        if text is not None and _WORD.match(text) and id(block) not in keep and not spare(block):
            start = index if start is None else start
        elif text is not None and id(block) not in keep and _is_keyword_line(text, title, blocks, index):
            doomed.add(index)
            start = None
        else:
            if start is not None and _is_keyword_run(texts[start:index], text):
                doomed.update(range(start, index))
            start = None
        offset += len(repeats.squeeze(text or ""))
    kept = [item for index, item in enumerate(blocks) if index not in doomed]
    removed = [(blocks[index][0], texts[index], RULE) for index in sorted(doomed)]
    return kept, removed


def _is_keyword_run(words: list[str | None], following: str | None) -> bool:
    if len(words) < MIN_WORDS or not following or len(following) > TITLE_MAX_CHARS:
        return False
    return all(word and word in following for word in words)


# Words on one line, set apart by commas or 、 (the typography pass may have made them full-width).
_SEPARATOR = re.compile(r"\s*[,，、]\s*")
LINE_MAX_CHARS = 40


def _is_keyword_line(text: str, title: str, blocks: list[tuple[int, pf.Block]], index: int) -> bool:
    """Whether a head line is the page's keywords on one line: three words or more between commas,
    each in the page's title or in the short line after it."""
    if len(text) > LINE_MAX_CHARS or not _SEPARATOR.search(text):
        return False
    words = _SEPARATOR.split(text.strip())
    if len(words) < MIN_WORDS or not all(_WORD.match(word) for word in words):
        return False
    following = ""
    if index + 1 < len(blocks) and is_text_block(blocks[index + 1][1]):
        following = " ".join(block_text(blocks[index + 1][1]).split())
    sources = [source for source in (title, following) if source and len(source) <= TITLE_MAX_CHARS]
    return any(all(word in source for word in words) for source in sources)
