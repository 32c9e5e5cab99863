"""A page titled with its site's chrome line: the title is picked again without that line.

The metadata pass takes a page's first short line as its title before the batch knows the
page's site. On a site whose pages open with its name (or a column's name), that name became
the title of every page: the cover of its DOCX/PDF/EPUB and its manifest row. Once the batch has
learned that the line is the site's chrome (site_chrome.py: the title lines are among the edge
lines it counts), the line goes as the chrome it is and the title is picked again from the page
without it, by the metadata pass's own chooser (passes/title_line.take_title_line).

The site's other chrome lines are out of the chooser's sight while it picks (chrome_hidden): a
site's name line over its slogan, its column, its editor's credit, each on every page, is no
page's title, and the first of them would be picked again on every page of the site.

Only a title taken from a line of the page is picked again (one an HTML <title> or front
matter gave stays). When the page has no other title line it has no title: the site's name is
none; but a recurring title that names a document stays (a folder of one person's minutes all
titled "会议纪要" recurs like chrome, and has no other title).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

import panflute as pf

from ..passes.elements import block_text
from ..passes.headings import list_headings
from ..passes.title_forms import DOCUMENT_NAME
from ..passes.title_line import take_title_line
from .duplicates import fold

TITLE_RULE = "metadata.title"


def retitle(doc: pf.Doc, report, pages: int, rule: str, is_chrome: Callable[[str], bool] = lambda _: False) -> bool:
    """The page's title is a chrome line recurring on `pages` pages of its site: pick the
    title again from the page, past the lines `is_chrome` says are the site's; its old title
    line is recorded removed under `rule`."""
    folded = fold(report.title or "")
    taken = next((entry for entry in report.removed
                  if entry.get("rule") == TITLE_RULE and fold(entry.get("text", "")) == folded), None)
    if not folded or taken is None:
        return False
    with chrome_hidden(doc, is_chrome):
        title = take_title_line(doc)
    if not title:
        if DOCUMENT_NAME.search(report.title.strip()):
            return False  # "会议纪要" on every page of a folder of minutes: each one's name, not the site's
        # The site's name or column line, and no title line of the page's own: the page has no
        # title, and the site's name is not one.
        taken.update(rule=rule, pages=pages)
        report.title = None
        doc.metadata.content.pop("title", None)
        return True
    taken.update(rule=rule, pages=pages)
    report.title = title
    report.headings = list_headings(doc)
    return True


@contextmanager
def chrome_hidden(doc: pf.Doc, is_chrome: Callable[[str], bool]) -> Iterator[None]:
    """The blocks `is_chrome` names are out of the document while the body runs, then back in
    their places among the blocks still there (the title chooser only removes blocks or
    rewrites them in place)."""
    original = list(doc.content)
    hidden = {id(block) for block in original if is_chrome(block_text(block))}
    if not hidden:
        yield
        return
    doc.content = [block for block in original if id(block) not in hidden]
    try:
        yield
    finally:
        after = list(doc.content)
        where = {id(block): i for i, block in enumerate(after)}
        merged: list[pf.Block] = []
        start = 0
        for block in original:
            if id(block) in hidden:
                merged.append(block)
            elif (i := where.get(id(block))) is not None and i >= start:
                merged.extend(after[start:i + 1])
                start = i + 1
        merged.extend(after[start:])
        doc.content = merged
