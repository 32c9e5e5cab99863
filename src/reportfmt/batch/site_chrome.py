"""A site's own chrome, learned across a batch: lines that recur at the edges of its pages.

Every site prints words of its own around its documents (its name line, its column names, its
credit line, its "follow us" block, its share bar) that no per-page rule knows. A batch holds
many pages of the same site, and those words recur, verbatim, at the edges of its pages while
the documents differ. So:

- the site of a page is the host of the URL the page names (`<link rel=canonical>`,
  `og:url`, `<base href>`, a front-matter `url:`/`source:` line, or a line of a scraped text
  that is only its URL, labelled or not, among its first or last lines), else the folder (or
  archive folder) it came from (page_site);
- a page's edge lines are its first and last EDGE_BLOCKS kept blocks, the blocks between its
  title and the body, and its title (edge_keys: the metadata pass may have taken the site's
  name line for it); the batch keeps an 8-byte hash of each, never their text;
- a line is the site's chrome when it is at an edge of at least MIN_PAGES different documents
  of the site and of at least MIN_SHARE of them (SiteChromeLearner);
- such a line is removed at the edges of every page of the site, recorded as
  `site-repeat.edge-line` with the count of pages it recurs on (remove_site_chrome); a page
  whose title is such a line has its title picked again without it (chrome_title.retitle);
- body never goes (keeps_shape): a document's closings recur on every notice of a government
  site (signing unit, date line, 特此通知。, 附件:, 抄送/印发, a standard heading such as
  一、指导思想, any sentence), so a line of such a shape stays however often it recurs.
"""

from __future__ import annotations

import hashlib
import posixpath
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import panflute as pf

from ..passes.elements import block_text
from ..passes.gongwen.patterns import (
    ATTACHMENT_HEAD,
    ATTACHMENT_START,
    CC,
    DATE_LINE,
    NOTE,
    ORG_NAME,
    PRINTED,
    squeeze,
)
from ..passes.headings import list_headings
from ..passes.headings.numbering import parse_marker
from ..passes.patterns import DATE_ONLY_LINE
from .chrome_title import retitle
from .duplicates import fold

RULE = "site-repeat.edge-line"
# How many kept blocks at each end of a page are its edges (a site's header and footer lines
# that the page rules left: its name, column, credit and share lines are a few blocks each).
EDGE_BLOCKS = 5
# A line is the site's chrome when it is at an edge of this many different documents of the
# site, and of this share of the documents of the site that were looked at (4 of 8: a site's
# chrome is on most of its pages, a document's own line on one).
MIN_PAGES = 3
MIN_SHARE = 0.4
# The pages of a site looked at to learn its chrome (the first this many different ones in
# input order): chrome on most of a site's pages shows in such a sample, and the batch cleans
# at most this many pages of a site twice, however many it holds.
SAMPLE_PAGES = 8
# Larger inputs are not looked at to learn (a site's chrome shows on its ordinary pages, and a
# huge page cleaned twice would cost the batch its time twice).
SAMPLE_MAX_BYTES = 1_000_000
# Longer lines are prose, whatever recurs: chrome lines are short.
MAX_CHROME_CHARS = 60
_KEY_BYTES = 8

# The page's own URL: HTML names it in <link rel=canonical>, og:url or <base>.
_HTML_URL = re.compile(
    rb"""<link\b[^>]*\brel\s*=\s*["']?canonical["']?[^>]*\bhref\s*=\s*["']?(https?://[^"'\s>]+)"""
    rb"""|<link\b[^>]*\bhref\s*=\s*["']?(https?://[^"'\s>]+)["']?[^>]*\brel\s*=\s*["']?canonical"""
    rb"""|<meta\b[^>]*\bproperty\s*=\s*["']?og:url["']?[^>]*\bcontent\s*=\s*["']?(https?://[^"'\s>]+)"""
    rb"""|<base\b[^>]*\bhref\s*=\s*["']?(https?://[^"'\s>]+)""",
    re.I,
)
# A scraped text's (or front matter's) URL line: the URL alone, or after a label.
_URL_LINE = re.compile(
    r"^\s*(?:(?:url|link|source|canonical|网址|链接|原文链接|原文地址|本文链接|本文地址|文章地址|页面地址)\s*[:：]\s*)?"
    r"<?https?://([^/\s:?#>]+)[^\s]*>?\s*$",
    re.I,
)
_HEAD_BYTES = 65536
_URL_LINES = 8  # first and last lines of a text that may be its URL line

# Body shapes (keeps_shape).
_SENTENCE = re.compile(r"[。！？!?；;…]")
_LABEL_END = re.compile(r"[:：]$")
_SPACES = re.compile(r"\s+")


def page_site(data: bytes, rel: str) -> str:
    """The site of a page: `host:<host>` of the URL the page names, else `folder:<folder>`."""
    host = _named_host(data[:_HEAD_BYTES])
    if host:
        return f"host:{host}"
    return f"folder:{posixpath.dirname(rel)}"


def _named_host(head: bytes) -> str | None:
    match = _HTML_URL.search(head)
    if match:
        url = next(g for g in match.groups() if g).decode("ascii", "replace")
        return _host(urlsplit(url).hostname or "")
    text = head.decode("utf-8", "ignore")
    lines = [line for line in text.splitlines() if line.strip()]
    for line in lines[:_URL_LINES] + lines[-_URL_LINES:]:
        url = _URL_LINE.match(line)
        if url:
            return _host(url.group(1).lower())
    return None


def _host(host: str) -> str:
    return host.removeprefix("www.")


def line_key(text: str) -> bytes:
    """An edge line as the batch keeps it: a hash of its letters and digits."""
    return hashlib.blake2b(fold(text).encode("utf-8"), digest_size=_KEY_BYTES).digest()


def edge_positions(texts: list[str], title: str | None) -> list[int]:
    """The indices of a page's edge blocks: the first and last EDGE_BLOCKS, and those up to
    EDGE_BLOCKS after the title when chrome above it pushes it down."""
    count = len(texts)
    head_end = min(count, EDGE_BLOCKS)
    if title:
        folded = fold(title)
        at = next((i for i, text in enumerate(texts[:count // 2]) if fold(text) == folded), None)
        if at is not None:
            head_end = max(head_end, min(count, at + 1 + EDGE_BLOCKS))
    return sorted(set(range(head_end)) | set(range(max(0, count - EDGE_BLOCKS), count)))


@dataclass(frozen=True)
class EdgeKeys:
    """What the learner reads of one page: its edge lines' keys, and its document's key (the
    key of its longest block: two copies of one document count once)."""

    document: bytes
    lines: frozenset[bytes]


def edge_keys(texts: list[str], title: str | None) -> EdgeKeys | None:
    texts = [text for text in texts if text]
    if not texts:
        return None
    half = len(texts) / 2
    lines = {line_key(texts[i]) for i in edge_positions(texts, title)
             if fold(texts[i]) and not keeps_shape(texts[i], tail=i >= half, following=_next(texts, i))}
    if title and fold(title) and not keeps_shape(title, tail=False):
        lines.add(line_key(title))  # the page's first line, taken for its title: maybe the site's name
    return EdgeKeys(line_key(max(texts, key=len)), frozenset(lines))


def _next(texts: list[str], index: int) -> str:
    return texts[index + 1] if index + 1 < len(texts) else ""


def keeps_shape(text: str, gongwen_texts: frozenset[str] = frozenset(), *, tail: bool = True,
                following: str = "") -> bool:
    """Whether a line has the shape of body, so that it stays however often it recurs. An
    organisation's name is a signing unit in the page's second half (`tail`) or above a date
    line (`following`: the next kept line; a 印发 notice signs near the top of a long page); at
    the head with no date under it, the same shape is as often the site's name."""
    line = _SPACES.sub(" ", text).strip()
    squeezed = squeeze(line)
    signs = tail or bool(following and (DATE_ONLY_LINE.match(following) or DATE_LINE.match(squeeze(following))))
    return bool(
        len(line) > MAX_CHROME_CHARS
        or _SENTENCE.search(line)  # a sentence: 特此通知。, 抄送：…。
        or _LABEL_END.search(line)  # a label over what follows: 附件:, 各有关单位：
        or parse_marker(line)  # a numbered heading or item: 一、指导思想
        or DATE_ONLY_LINE.match(line) or DATE_LINE.match(squeezed)  # a closing's date line
        or (signs and ORG_NAME.match(squeezed))  # a signing unit: XX市人民政府办公室
        or CC.match(squeezed) or PRINTED.match(squeezed)
        or ATTACHMENT_HEAD.match(squeezed) or ATTACHMENT_START.match(squeezed) or NOTE.match(squeezed)
        or squeezed in gongwen_texts  # a 公文 part the gongwen pass recognised
    )


@dataclass(frozen=True)
class SiteChrome:
    """One site's chrome lines: key -> the number of its pages (looked at) they recur on."""

    lines: Mapping[bytes, int] = field(default_factory=dict)

    @property
    def digest(self) -> str:
        """Part of the page's options key: a page is redone when its site's chrome changes."""
        blob = b"".join(key + count.to_bytes(4, "big") for key, count in sorted(self.lines.items()))
        return hashlib.sha1(blob).hexdigest()[:16] if blob else ""


class SiteChromeLearner:
    """Edge keys of pages in, each site's chrome out. Holds keys and counts, never text."""

    def __init__(self) -> None:
        self.documents: dict[str, set[bytes]] = {}
        self.counts: dict[str, Counter[bytes]] = {}

    def wants(self, site: str) -> bool:
        return len(self.documents.get(site, ())) < SAMPLE_PAGES

    def add(self, site: str, edges: EdgeKeys | None) -> None:
        if edges is None or not self.wants(site):
            return
        documents = self.documents.setdefault(site, set())
        if edges.document in documents:
            return  # a copy of a document seen: its lines are that document's, not the site's
        documents.add(edges.document)
        self.counts.setdefault(site, Counter()).update(edges.lines)

    def chrome(self) -> dict[str, SiteChrome]:
        found = {}
        for site, counts in self.counts.items():
            pages = len(self.documents[site])
            lines = {key: n for key, n in counts.items() if n >= MIN_PAGES and n >= MIN_SHARE * pages}
            if lines:
                found[site] = SiteChrome(lines)
        return found


def remove_site_chrome(doc: pf.Doc, report, chrome: SiteChrome | None) -> int:
    """Remove the site's chrome lines at the page's edges; returns how many went."""
    if not chrome or not chrome.lines:
        return 0
    retitled = 0
    title_pages = chrome.lines.get(line_key(report.title)) if report.title else None
    if title_pages and not keeps_shape(report.title, tail=False):
        retitled = int(retitle(doc, report, title_pages, RULE,
                               is_chrome=lambda text: bool(fold(text)) and line_key(text) in chrome.lines))
    texts = [block_text(block) for block in doc.content]
    kept = [i for i, text in enumerate(texts) if text]
    title = report.title
    gongwen_texts = frozenset(squeeze(str(part.get("text", ""))) for part in report.gongwen or [])
    positions = edge_positions([texts[i] for i in kept], title)
    half = len(kept) / 2
    drop: list[tuple[int, int]] = []
    for position in positions:
        index = kept[position]
        text = texts[index]
        if title and fold(text) == fold(title):
            continue  # the document's own title, however common it is on the site
        pages = chrome.lines.get(line_key(text))
        following = texts[kept[position + 1]] if position + 1 < len(kept) else ""
        if pages and not keeps_shape(text, gongwen_texts, tail=position >= half, following=following):
            drop.append((index, pages))
    if not drop:
        return retitled
    headers = False
    for index, pages in drop:
        report.removed.append({"text": texts[index].strip(), "rule": RULE, "pages": pages})
        headers = headers or isinstance(doc.content[index], pf.Header)
    gone = {index for index, _ in drop}
    doc.content = [block for i, block in enumerate(doc.content) if i not in gone]
    if headers:
        report.headings = list_headings(doc)
    return len(drop) + retitled


def keyed_with(key: str, chrome: SiteChrome | None) -> str:
    """A page's options key with its site's chrome in it (the same key when it has none), so
    that a re-run redoes the pages whose site's chrome changed and reuses the others."""
    digest = chrome.digest if chrome else ""
    return hashlib.sha256(f"{key}:{digest}".encode()).hexdigest()[:16] if digest else key
