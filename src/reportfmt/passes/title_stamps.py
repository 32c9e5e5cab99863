"""A 文库 site's page stamp glued before the document's name: cut before the title is looked for.

A document site that renders an uploaded file page by page prints its stamp at the head of each
page ("精选优质文档-倾情为你奉上", "下载后可任意编辑"), and its text extraction runs the stamp into
the file's first words with no blank between: "精选优质文档-倾情为你奉上某某管理制度第一条…",
"1、下载后可任意编辑某某管理办法一、…". The title is looked for once, before the boilerplate pass
cuts any stamp; a line that opens with the stamp read so was the title with the stamp in it
("下载后可任意编辑某某管理办法"), or no title at all (the stamp's line is the site's, and the
name glued after it went with it). Seen on stored pages of m.wenke99.com, m.taowenge.com and
xiaomilidoc.com (round 57's survey of titles on pages nobody tuned for).

The stamp is cut from the opening lines only, where it stands before the name; the chunk number
a page glued from page-size chunks puts before it ("1、") stays for the boilerplate pass. A
stamp elsewhere in the text is the boilerplate's (document-site.yaml: slogan, editable-note).
"""

from __future__ import annotations

import panflute as pf

from ..state import get_state
from .boilerplate.inline_cut import cut_spans
from .elements import inline_text
from .patterns import CJK
from .regex_cache import LazyPattern

# The stamp, after a chunk number at most, with the document's words glued after it (a CJK
# character, a bracket or quote opening a name, or a digit of a year): a stamp alone on its line,
# or before a blank, is a line the boilerplate's rules drop whole.
# (the dashes between the stamp's halves: hyphens, dashes, tildes, full-width or not)
_DASHES = "[-\uff0d\u2014\u2013_~\uff5e=]*"
_OPENING_STAMP = LazyPattern(
    r"^\s*(?:\d{1,3}\s*[、.．]\s*)?"
    rf"(?P<stamp>精选优质文档\s*{_DASHES}\s*倾情为[你您]奉上|精選優質文檔\s*{_DASHES}\s*傾情為[你您]奉上"
    r"|下载后可任意编辑|下載後可任意編輯)"
    rf"(?=[{CJK}“《(（【\d])")
# The lines a stamp is looked for in: the page's first text lines (the title is looked for there).
STAMP_LOOK_LINES = 3


def cut_opening_stamps(doc: pf.Doc) -> None:
    """Cut a page stamp glued before the text of one of the first lines; record it as chrome."""
    report = get_state(doc).report
    looked = 0
    for block in doc.content:
        if looked >= STAMP_LOOK_LINES:
            break
        if not isinstance(block, (pf.Para, pf.Plain)) or not (text := inline_text(block)).strip():
            continue
        looked += 1
        found = _OPENING_STAMP.match(text)
        if found is None:
            continue
        stamp = cut_spans(block, [found.span("stamp")])
        report.record_removed(stamp, "document-site.page-stamp")
