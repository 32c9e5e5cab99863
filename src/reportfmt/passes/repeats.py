"""Boilerplate that is recognised by repetition, not by its words (used by boilerplate.py).

- A teaser or auto-summary near the top ("摘要：…", "推荐阅读：…", or the title followed by
  the first N characters of the body, cut mid-word) repeats the text that follows it:
  the teaser goes, the body stays, so exactly one copy survives.
A paragraph repeated verbatim elsewhere is left alone: documents repeat sentences on
purpose (a page printed twice is caught in HTML, by extract.drop_repeated_copies).
- A site watermark (name + URL) stamped into the text on every page chunk: the URL occurs
  several times, and the name is what precedes every copy of it. A URL named once is a
  sentence's own and stays.
"""

from __future__ import annotations

import re

import panflute as pf

from ..elements import block_text, inline_text, is_text_block
from ..inline_cut import cut_spans

Blocks = list[tuple[int, pf.Block]]
Removed = list[tuple[int, str, str]]

HEAD_BLOCKS = 6
# A teaser must repeat at least this many characters of the body to count as a copy.
TEASER_MIN_CHARS = 15
_TEASER_LABEL = re.compile(r"^(?:摘要|内容摘要|内容提要|导读|导语|简介|推荐阅读|核心提示)\s*[:：]?\s*")
_ELLIPSIS = re.compile(r"(?:\.{2,}|…+|——)$")
_SPACE = re.compile(r"\s+")
_URL = re.compile(r"(?:https?://)?(?:www\.|m\.)[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|cn|net|org|cc)(?:\.cn)?/?", re.I)
_CJK_RUN_END = re.compile(r"[\u4e00-\u9fff]{1,12}$")
WATERMARK_MIN_COPIES = 2
WATERMARK_NAME_MIN = 2


def squeeze(text: str) -> str:
    return _SPACE.sub("", text)


def drop_teasers(blocks: Blocks, title: str | None) -> tuple[Blocks, Removed]:
    """Remove head blocks whose text (less a label or the title) starts what follows them."""
    kept: Blocks = []
    removed: Removed = []
    # Every block counts in "what follows", a heading as its text and anything else as a
    # break, so a later run (where lines have become headings) sees the same sequence.
    texts = [squeeze(block_text(b)) if isinstance(b, (pf.Para, pf.Plain, pf.Header)) else "\0"
             for _, b in blocks]
    for index, (origin, block) in enumerate(blocks):
        core = texts[index] if is_text_block(block) else ""
        if index < HEAD_BLOCKS and core:
            core = _ELLIPSIS.sub("", _TEASER_LABEL.sub("", core))
            if title and core.startswith(squeeze(title)) and len(core) > len(squeeze(title)):
                core = core[len(squeeze(title)):]
            following = "".join(texts[index + 1:index + 1 + HEAD_BLOCKS])
            if len(core) >= TEASER_MIN_CHARS and following.startswith(core):
                removed.append((origin, block_text(block), "repeat.teaser"))
                continue
        kept.append((origin, block))
    return kept, removed


def cut_watermarks(blocks: Blocks) -> tuple[Blocks, Removed]:
    """Cut "站点名 + URL" strings that recur through the document, rejoining the words."""
    marks = watermarks([inline_text(b) for _, b in blocks if is_text_block(b)])
    if not marks:
        return blocks, []
    pattern = re.compile("|".join(re.escape(m) for m in sorted(marks, key=len, reverse=True)))
    kept: Blocks = []
    removed: Removed = []
    for origin, block in blocks:
        if is_text_block(block):
            text = inline_text(block)
            spans = [m.span() for m in pattern.finditer(text)]
            if spans:
                removed.append((origin, cut_spans(block, spans), "injected.site-watermark"))
                if not block_text(block):
                    continue
        kept.append((origin, block))
    return kept, removed


def watermarks(texts: list[str]) -> set[str]:
    """Each URL seen at least twice, with the longest name that precedes all its copies."""
    before: dict[str, list[str]] = {}
    for text in texts:
        for match in _URL.finditer(text):
            prefix = text[:match.start()].rstrip(" （(【[")
            run = _CJK_RUN_END.search(prefix)
            before.setdefault(match.group(), []).append(run.group() if run else "")
    marks = set()
    for url, names in before.items():
        if len(names) < WATERMARK_MIN_COPIES:
            continue
        name = _common_suffix(names)
        if len(name) >= WATERMARK_NAME_MIN:
            marks.update({f"{name}{url}", f"{name} {url}", f"（{name}{url}）", f"({name} {url})"})
    return marks


def _common_suffix(words: list[str]) -> str:
    suffix = words[0]
    for word in words[1:]:
        while suffix and not word.endswith(suffix):
            suffix = suffix[1:]
    return suffix
