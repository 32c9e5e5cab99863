"""A comment box's bare label left at the page's end, its comments gone or never printed.

    ……让边界地区的群众办事少跑腿。
    评论                              <- goes
    相关信息                          (the box label below it: tail_lists' dangling label)

comments.yaml asks a qualifier, a list or a count of a comment prompt ("发表评论", "评论(3)"),
since a bare "评论" or "留言" is a word a document may use. Where it stands decides: alone on its
line right after the document's last sentence (or after chrome that went), with nothing after it
but chrome that went or other short bare labels of the page's foot, it names the page's comment
box, never a part of the text (a section so named has its text under it). Recorded
`comments.bare-comment-label`. Used by the boilerplate pass before the dangling-label step, so
that a box label under it is seen right under the text.
"""

from __future__ import annotations

import re

import panflute as pf

from ..elements import block_text, is_text_block
from ..regex_cache import LazyPattern

RULE = "comments.bare-comment-label"
_BARE = re.compile(r"^\s*[\[【]?\s*(?:评论|評論|留言|评论区|評論區|留言区|留言區|网友评论|网友留言|回复|回覆)"
                   r"\s*[\]】]?\s*[:：]?\s*$")
# A short bare label of the page's foot after it ("相关信息", "返回顶部"): no sentence.
FOOT_LABEL_MAX_CHARS = 12
_SENTENCE_MARK = re.compile(r"[。，,；;！!？?]")
_ENDS_SENTENCE = LazyPattern(r"[。！？!?…”’」』）)]\s*$")
TAIL_LINES = 8


def drop_bare_comment_label(original: list[tuple[int, pf.Block]], blocks: list[tuple[int, pf.Block]],
                            keep: frozenset[int]):
    """(kept blocks, removed records): a bare comment word closing the page's text."""
    kept_at = {origin for origin, _ in blocks}
    lines = [(origin, " ".join(block_text(block).split()), block) for origin, block in original
             if is_text_block(block) and block_text(block).strip()]
    for position in range(max(1, len(lines) - TAIL_LINES), len(lines)):
        origin, text, block = lines[position]
        if origin not in kept_at or id(block) in keep or not isinstance(block, (pf.Para, pf.Plain)):
            continue
        if not _BARE.match(text) or not _foot_after(lines[position + 1:], kept_at):
            continue
        above_origin, above, _ = lines[position - 1]
        if above_origin in kept_at and not _ENDS_SENTENCE.search(above):
            continue
        return [item for item in blocks if item[0] != origin], [(origin, text, RULE)]
    return blocks, []


def _foot_after(later: list[tuple[int, str, pf.Block]], kept_at: set[int]) -> bool:
    """Whether everything after the word is chrome that went or short bare labels."""
    return all(origin not in kept_at or (len(text) <= FOOT_LABEL_MAX_CHARS and not _SENTENCE_MARK.search(text))
               for origin, text, _ in later)
