"""The ordered list of passes; the only place that knows the order.

0. gongwen      - recognise the parts of a 公文 (发文字号, 主送, 落款, 版记…) before the
                  metadata pass could take a 版头 line ("XX文件") for the title, and before
                  boilerplate could drop a 署名 that repeats the issuer's name.
1. metadata     - take the page title and date first, before anything can remove them.
2. boilerplate  - drop site chrome; needs the title to find the page repeating it.
3. linebreaks   - the lines of a hard-wrapped paragraph become one paragraph, before headings
                  decide: whether "1.…" is a heading depends on the paragraph it belongs to.
4. figures      - pictures become figures and caption lines captions, numbered once; before
                  headings, so neither a picture's paragraph (its alt text) nor a short
                  caption line is ever taken for a heading.
5. headings     - numbered paragraphs become sections. Before typography: the spaces that
                  typography removes between Chinese characters are what separates a heading
                  from its body in a page flattened into one line.
6. tables       - column widths, numeric alignment and wide-table classes, measured on the
                  cells as they stand (captions already moved out of the body).
7. lists        - ordered lists become paragraphs carrying their numbers ("1." "（1）"); after
                  headings, which only look at top-level paragraphs, not at list items.
8. typography   - fix punctuation and spacing of the text that remains, headings, captions
                  and cells included.
9. masks        - last, so masks inside headings, cells and fixed text are marked exactly once.

Passes 0-3 look at windows of the document (its head, its tail, the wrap width of its
lines) that each other's removals and joins move, so they repeat as a group until a round
changes nothing.

Two kinds of document get less: one that is not Chinese (by the share of its words)
passes through untouched (reportfmt acts on Chinese documents), and one written by hand
keeps every block and character (read/document_kind.py decides which kind a document is).
On it run: gongwen (which only adds metadata, unless `layout: gongwen` asks for the 公文
layout); metadata (only what it already has, its 公文 title line, plus its language);
rawhtml (the raw HTML
its author wrote that a writer would drop, <sup> and <sub>, becomes pandoc's own elements,
before typography and masks read the text; active content goes; scraped pages reach the
passes without raw HTML); typography (only line wraps between Chinese characters); masks.
"""

from __future__ import annotations

import panflute as pf

from .options import Options
from .passes import (
    boilerplate,
    figures,
    gongwen,
    headings,
    linebreaks,
    lists,
    masks,
    metadata,
    tables,
    typography,
)
from .read.document_kind import is_chinese, is_hand_written
from .state import META_KEY, Report, RunState, get_state

PASSES = [gongwen, metadata, boilerplate, linebreaks, figures, headings, tables, lists, typography, masks]
SETTLING = (gongwen, metadata, boilerplate, linebreaks)
MAX_ROUNDS = 4


def run_passes(doc: pf.Doc, options: Options | None = None, chinese: bool | None = None) -> Report:
    """Run the passes in-process on one document; returns what they did. `chinese` is
    is_chinese(doc) when the caller has just asked (the filter does: a count over every word)."""
    state = get_state(doc, base=options)
    if not (is_chinese(doc) if chinese is None else chinese):
        # logging is imported only when something is logged: `pandoc --filter` pays ~9 M
        # instructions for importing it otherwise.
        import logging

        logging.getLogger(__name__).info("not a Chinese document: passed through unchanged")
        return state.report
    state.authored = is_hand_written(doc)
    if not state.authored and getattr(doc, "markdown", False) and not has_site_chrome(doc, state):
        state.authored = True
        if hasattr(doc, "as_written"):
            from .read.markdown import reread_as_written  # only markdown with a pair beside Chinese

            reread_as_written(doc)  # its pairs of stars beside Chinese are the author's bold
    passes = passes_for(state)
    settling = [m for m in passes if m in SETTLING]
    # metadata and boilerplate look at the first and last blocks; removing chrome, or
    # joining hard-wrapped lines, moves other blocks into those windows, so all three repeat
    # until a round changes nothing (running the pipeline twice then equals running it once).
    for _ in range(MAX_ROUNDS):
        before = (len(state.report.removed), len(doc.content))
        for module in settling:
            module.main(doc)
        if (len(state.report.removed), len(doc.content)) == before:
            break
    for module in passes:
        if module not in SETTLING:
            module.main(doc)
    # Typography runs after headings and may change their text: list them as they end up.
    state.report.headings = headings.list_headings(doc)
    return state.report


def has_site_chrome(doc: pf.Doc, state: RunState) -> bool:
    """Whether the passes that remove a page's chrome would remove any line of `doc`.

    Asked of markdown with neither code nor footnotes: a page saved as markdown (a clipper's
    copy of a 文库 page) has its site's lines around the text; a note or a report a user
    wrote in markdown has none, and is then treated as written by hand (its raw HTML made
    safe, every block and character kept). The passes run once on a copy, so the document
    itself is untouched whatever the answer."""
    import copy

    probe = copy.deepcopy(doc)
    if hasattr(probe, META_KEY):
        delattr(probe, META_KEY)
    report = get_state(probe, base=state.options).report
    before = len(report.removed)
    for module in SETTLING:
        module.main(probe)
    # The metadata pass's removals are the document's own title, subtitle or date lines,
    # which a user's note has as much as a page: they say nothing of a site.
    chrome = [r["rule"] for r in report.removed[before:] if not r["rule"].startswith("metadata.")]
    # A site's chrome comes in quantity (a crumb, a meta row, 上一篇/下一篇, a rights notice); a
    # note's own foot ("版权所有 © 2026 某某", "更多信息请访问 [主页]") is footer-shaped, and one
    # line alone may be any author's words (a "联系我们" heading, "欢迎访问我们的网站…").
    site_lines = [rule for rule in chrome if not rule.startswith(AUTHORS_FOOT)]
    return len(chrome) >= SITE_CHROME_LINES or len(site_lines) >= SITE_LINES_BEYOND_A_FOOT


# How many lines the passes must find chrome in a markdown file without code or footnotes for it to
# be a page saved as markdown: this many in all, or this many of other kinds than a foot's.
SITE_CHROME_LINES = 3
SITE_LINES_BEYOND_A_FOOT = 2
# The rules whose lines an author may end a note with too (a copyright, a pointer to a site).
AUTHORS_FOOT = "footer."


def passes_for(state: RunState) -> list:
    return authored_passes() if state.authored else PASSES


def authored_passes() -> list:
    """The passes of a document written by hand. rawhtml is imported here, when one is met: a
    scraped page (every `pandoc --filter` call on an HTML page) never runs it."""
    from .passes import rawhtml

    return [gongwen, metadata, rawhtml, typography, masks]
