"""Lines holding a form's blank to fill: the document's own, never a site's chrome.

A form, a receipt or a contract prints its fields with a blank to fill ("联系电话：________",
"姓名 ______ 学号 ______", "申请人签名 ________", "____年__月__日"); a site's contact, credit,
meta or date line prints its values. The words of such a line are those of a site's line
(联系电话, 邮箱, 作者, a date), so a rule written for the site's line would take the form's; the
blank tells them apart.

A blank is a run of two or more underscores: a site prints one as a joiner ("课件_第1页",
"某某网_范文大全", "IMG_2023.jpg"), and a run glued to a Latin letter is a name or markup
("__init__"). A line of underscores alone is not asked about: it may be a page's rule (the masks
pass reads it as a blank only under a field's label).
"""

from __future__ import annotations

import panflute as pf

from ..elements import block_text, is_text_block
from ..regex_cache import LazyPattern

# A run of two or more underscores (half or full width) with no Latin letter on either side; the
# run is taken whole (possessive): no backtracking through a long one.
_BLANK = LazyPattern(r"(?<![A-Za-z_＿])[_＿]{2,}+(?![A-Za-z])")
_UNDERSCORES_ONLY = LazyPattern(r"[_＿\s]*")


def form_blank_lines(blocks: list[pf.Block]) -> set[int]:
    """The ids of the text blocks holding a blank to fill beside their words."""
    kept = set()
    for block in blocks:
        if not is_text_block(block):
            continue
        text = block_text(block)
        if ("_" in text or "＿" in text) and _BLANK.search(text) and not _UNDERSCORES_ONLY.fullmatch(text):
            kept.add(id(block))
    return kept
