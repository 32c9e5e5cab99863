"""Ad cards inside the article: a link whose first or last piece of text is an ad label.

Feeds and article templates slot paid links between a story's paragraphs (a native ad) and
mark each with a label in an element of its own: `<a href…><i>广告</i><span>headline</span></a>`,
"…<span class="label">推广</span></a>". The label is what tells the reader it is not the
story's; the whole link goes, recorded as `extract.ad`. A label word inside a sentence
("通过广告代言赚钱") is not alone in its element and is never read as one.
"""

from __future__ import annotations

import re

from lxml import etree

from .audit import Audit
from .votes import visible_length

# The label a template prints on a paid link, alone in its element.
AD_LABEL = re.compile(r"^(?:广告|推广|赞助|商业推广|sponsored|ad|ads)$", re.I)
# An ad card is a headline and its label: at most this many characters (a link holding more
# is a box of content that happens to be linked, left to the other rules).
AD_CARD_CHARS = 80


def cut_ad_cards(article: etree._Element, audit: Audit) -> None:
    """Drop every link in `article` labelled as an ad by its first or last text element."""
    for link in [a for a in article.iter("a") if _labelled(a)]:
        if link.getparent() is not None and visible_length(link.text_content()) <= AD_CARD_CHARS:
            audit.drop(link, "ad")


def _labelled(link: etree._Element) -> bool:
    if link.text and link.text.strip():
        return False  # the link opens with bare text: its label, if any, is not an element of its own
    pieces = [e for e in link.iterdescendants() if isinstance(e.tag, str)
              and e.text_content().strip() and not any(isinstance(c.tag, str) for c in e)]
    if len(pieces) < 2:
        return False  # a label alone is a link to the site's ad page, not an ad card
    return any(AD_LABEL.match(e.text_content().strip()) for e in (pieces[0], pieces[-1]))
