"""A site's foot inside the extracted text: its record number and copyright box (issue 13).

Every Chinese site prints its record number (ICP备/ICP证, 公网安备) or a copyright line at its
foot. On a page whose classes name nothing a rule knows, a short article's box can be cut with
the lists of headlines around it and the foot's sentences ("未经书面授权，请勿转载…") are all
that is left: long enough to pass for an article, and then removed by the footer rules, so the
page came out empty. The foot is no article text: extract.py does not count it when it asks
whether enough was found to trust (MIN_ARTICLE_CHARS), so such a page falls back to the
second extractor as a short one does.
"""

from __future__ import annotations

import re

from lxml import etree

from .votes import visible_length

SITE_MARK = re.compile(r"ICP\s*[备证]|公网安备|版权所有|Copyright|©|All Rights Reserved", re.I)
# A site's foot is a short box: a longer text naming a copyright is an article about it.
FOOT_MAX_CHARS = 400


def site_foot_chars(article: etree._Element, text: str | None = None) -> int:
    """Visible characters of the boxes in `article` that are a site's foot: the outermost
    elements whose own text (their text and their children's tails) carries SITE_MARK, each at
    most FOOT_MAX_CHARS long. `text`: the article's text, when the caller has it (no mark in
    it, no walk)."""
    if not SITE_MARK.search(article.text_content() if text is None else text):
        return 0
    total, pending = 0, [article]
    while pending:  # a walk that does not go below a foot: linear however deep the page nests
        elem = pending.pop()
        own = (elem.text or "") + "".join(child.tail or "" for child in elem)
        if SITE_MARK.search(own) and (n := visible_length(elem.text_content())) <= FOOT_MAX_CHARS:
            total += n
            continue
        pending.extend(child for child in elem if isinstance(child.tag, str))
    return total
