"""A table scraped one cell a line: each cell on a line of its own, closed by the bar the
scraper printed after it ("发文字号: |" / "某字第12号 |" / "主 旨: |" / "关于…的通知 |" …).

Government disclosure pages (a notice's field table: its number, subject, dates, office),
school and exam sites (a form's fields with what to fill in each), disclosure lists (a
header row, then each row's cells) come out so when a page's table is read cell by cell
(round 46: 3 own-tune sites and 3 stored pages). Every line of the run is a cell: a label, a
value, a unit's name, a subject; none is a section's name nor the page's title, whatever its
words. Such a run is long: a lone line ending in a bar ("下载原文 |" over the title, a
share widget's three links) is a page's control, not a table; it is no bare heading either,
but it may be the title ("某某设置要点 |" under "下载原文 |").

Used by the title search (title_line.py) and the headings pass (headings/rules.py).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .regex_cache import LazyPattern

_BARS = "|｜"
# A row's end or an empty cell: bars alone ("|||", "| |"); it stands inside the run.
_BARS_ONLY = LazyPattern(r"^[\s|｜]*[|｜][\s|｜]*$")
# A header row and one row of values, or four of a form's labels and values: a table.
CELL_RUN_MIN_CELLS = 4


def is_cell(text: str | None) -> bool:
    """One cell: some text, then the bar closing it, no bar before it ("|" or the full-width
    "｜"). Read by string tests, not a regular expression: a pattern of two open runs around
    one character backtracked over every position of a long line with no bar (a 3-million
    character line took minutes)."""
    if not text:
        return False
    line = text.rstrip()
    if not line or line[-1] not in _BARS:
        return False
    cell = line[:-1]
    return "|" not in cell and "｜" not in cell and not cell.isspace() and cell != ""


def _bars_only(text: str | None) -> bool:
    return bool(text) and _BARS_ONLY.match(text) is not None


def cell_lines(texts: Sequence[str | None]) -> frozenset[int]:
    """The indices of the lines closed by a cell's bar, in a run or alone. None is a section's
    name: a bare heading is never printed with a bar after it, and the boilerplate pass may have
    taken the run's other cells already (the run itself is read before it, by the title search),
    so a cell left alone is read as one."""
    return frozenset(i for i, text in enumerate(texts) if is_cell(text))


def in_cell_run(text_at: Callable[[int], str | None], at: int, count: int) -> bool:
    """The line at `at` (of `count` lines, read by `text_at`) is a cell of such a run."""
    if not is_cell(text_at(at)):
        return False
    cells = 1
    for step in (-1, 1):
        index = at + step
        while 0 <= index < count and (is_cell(text := text_at(index)) or _bars_only(text)):
            cells += is_cell(text)
            if cells >= CELL_RUN_MIN_CELLS:
                return True
            index += step
    return False
