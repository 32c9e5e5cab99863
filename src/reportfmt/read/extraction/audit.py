"""What DOM extraction dropped, and why: one record per dropped container.

Rules are `extract.<reason>`: the page's own name for the container when it says chrome
(`extract.nav`, `extract.footer`, `extract.sidebar`, `extract.comments`, ...), else what the
votes say (`extract.link-dense`, `extract.outside` for prose that lies beside the article,
`extract.repeat` for a second copy, `extract.later-post`, `extract.low-prose`). The full
text is kept for the evaluation; the manifest and --dry-run get the first 80 characters.
"""

from __future__ import annotations

import re
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


@dataclass(frozen=True)
class Removal:
    rule: str
    text: str  # the whole visible text, whitespace runs folded

    def record(self) -> dict[str, str]:
        return {"text": self.text[:RECORD_CHARS], "rule": self.rule}


@dataclass
class Audit:
    removed: list[Removal] = field(default_factory=list)
    # The votes of the working tree, walked once and reused until a cut (drop) changes it.
    votes: ScoreMemo = field(default_factory=ScoreMemo)

    def drop(self, elem: etree._Element, reason: str) -> None:
        """Record `elem` under `extract.<reason>` and remove it (its tail stays)."""
        self.note(elem.text_content(), reason)
        if elem.getparent() is not None:
            elem.drop_tree()
            self.votes.forget()

    def note(self, text: str | None, reason: str) -> None:
        folded = " ".join((text or "").split())
        if folded:
            self.removed.append(Removal(f"extract.{reason}", folded))


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
