"""What DOM extraction dropped, and why: one record per dropped container.

Rules are `extract.<reason>`: the page's own name for the container when it says chrome
(`extract.nav`, `extract.footer`, `extract.sidebar`, `extract.comments`, ...), else what the
votes say (`extract.link-dense`, `extract.outside` for prose that lies beside the article,
`extract.repeat` for a second copy, `extract.later-post`, `extract.low-prose`). The full
text is kept for the evaluation; the manifest and --dry-run get the first 80 characters.

A container's lines as printed (one per block element or line break, the first LINE_CAP of
them) are kept beside its text: state.py asks the boilerplate rules which chrome family
(paywall, footer, recommendations…) those lines are, for the review page's family filter.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from lxml import etree

from .votes import CHROME_NAME, CHROME_TAGS, ScoreMemo, Votes, chrome_names

# The manifest keeps this many visible characters of a dropped container.
RECORD_CHARS = 80
# Chrome name words -> the reason recorded (the family of names a reader knows).
_REASONS = {
    "nav": "nav", "navbar": "nav", "menu": "nav", "breadcrumb": "nav", "crumb": "nav",
    "pager": "nav", "pagination": "nav", "footer": "footer", "foot": "footer", "copyright": "footer",
    "sidebar": "sidebar", "side": "sidebar", "aside": "sidebar", "comment": "comments",
    "comments": "comments", "reply": "comments", "commentlist": "comments", "share": "share",
    "related": "related", "relate": "related", "recommend": "related", "hot": "related",
    "ad": "ads", "ads": "ads", "banner": "ads", "login": "toolbar", "search": "toolbar",
    "toolbar": "toolbar", "tag": "tags", "tags": "tags", "friendlink": "links", "links": "links",
    "player": "player",
}
_WORD = re.compile(r"[a-z]+", re.I)
# A container this much link text is a link list whatever its name.
LINK_DENSE = 0.5
# The lines of a dropped container kept for naming its family, and the characters of each.
LINE_CAP = 24
LINE_CHARS = 200
# Elements that start a line of their own in a browser (learned.BLOCK_TAGS, and a line break).
_LINE_TAGS = frozenset({"p", "div", "li", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6", "section",
                        "blockquote", "center", "ul", "ol", "dl", "article", "td", "th", "pre", "table",
                        "tr", "tbody", "thead", "form", "header", "footer", "nav", "aside", "main", "body",
                        "figure", "figcaption", "fieldset", "address", "caption", "br"})


@dataclass(frozen=True)
class Removal:
    rule: str
    text: str  # the whole visible text, whitespace runs folded
    # Its first lines as printed (whitespace folded), for naming its family; not recorded.
    lines: tuple[str, ...] = ()

    def record(self) -> dict[str, str]:
        return {"text": self.text[:RECORD_CHARS], "rule": self.rule}


@dataclass
class Audit:
    removed: list[Removal] = field(default_factory=list)
    # The votes of the working tree, walked once and reused until a cut (drop) changes it.
    votes: ScoreMemo = field(default_factory=ScoreMemo)

    def drop(self, elem: etree._Element, reason: str) -> None:
        """Record `elem` under `extract.<reason>` and remove it (its tail stays)."""
        self.note(elem.text_content(), reason, printed_lines(elem))
        if elem.getparent() is not None:
            elem.drop_tree()
            self.votes.forget()

    def note(self, text: str | None, reason: str, lines: tuple[str, ...] | None = None) -> None:
        """Record `text` under `extract.<reason>`; `lines` are its lines as printed (else the
        text's own line breaks)."""
        folded = " ".join((text or "").split())
        if folded:
            if lines is None:
                lines = _capped(line for line in (text or "").splitlines())
            self.removed.append(Removal(f"extract.{reason}", folded, lines))


def printed_lines(elem: etree._Element) -> tuple[str, ...]:
    """The element's first LINE_CAP lines as a browser breaks them (at block elements and
    line breaks), whitespace folded, each cut at LINE_CHARS."""
    parts: list[str] = []

    def walk(node: etree._Element) -> None:
        if len(parts) > LINE_CAP * 8:
            return
        breaks = isinstance(node.tag, str) and node.tag.lower() in _LINE_TAGS
        if breaks:
            parts.append("\n")
        if isinstance(node.tag, str) and node.text:
            parts.append(node.text)
        for child in node:
            walk(child)
            if child.tail:
                parts.append(child.tail)
        if breaks:
            parts.append("\n")

    walk(elem)
    return _capped("".join(parts).split("\n"))


def _capped(lines: Iterable[str]) -> tuple[str, ...]:
    kept: list[str] = []
    for line in lines:
        folded = " ".join(line.split())
        if folded:
            kept.append(folded[:LINE_CHARS])
            if len(kept) >= LINE_CAP:
                break
    return tuple(kept)


def reason_for(elem: etree._Element, votes: Votes | None, default: str) -> str:
    """Why a container is not article: its chrome name, its links, else `default`."""
    if elem.tag in CHROME_TAGS:
        return {"nav": "nav", "footer": "footer", "aside": "sidebar"}[elem.tag]
    match = CHROME_NAME.search(chrome_names(elem))
    if match:
        word = _WORD.search(match.group(0))
        if word and word.group(0).lower() in _REASONS:
            return _REASONS[word.group(0).lower()]
    if votes is not None and votes.link_density >= LINK_DENSE:
        return "link-dense"
    return default
