"""A table printed one cell a line with lines of bare bars between its cells: the cells are the
document's, however short.

Why: some scrapes flatten a table (a form's labels, a disclosure catalogue's rows) into one
line a cell, each cell closed by a line of bars alone ("|", "||||"). The bar lines are debris
and go, so a short cell between two of them ("性 别 |", "政務公開欄") looks like a site's tab
between two lines of chrome (between.py). A run of cells parted by bar lines is told from a
menu printed with bar lines between its items by its cells: at least one cell of the run is
longer than any tab's name (a row's description, a form's options), which no menu item is.
Seen on a college's blank application form, a town's disclosure catalogue mirrored in
converted script, and a township's disclosure standard list mirrored on another host.
"""

from __future__ import annotations

import re

import panflute as pf

from ..elements import block_text, is_text_block

# A line of bars alone: a flattened table's cell border.
_BAR_LINE = re.compile(r"^[|｜丨\s]+$")
# A cell is at most this many lines between two bar lines (a label over its options, a
# signature field over its date); a longer stretch is text, and ends the run.
CELL_MAX_LINES = 3
# A cell line longer than this says more than a tab's name (word-between-chrome takes 16).
CELL_MAX_CHARS = 80
LONG_CELL_CHARS = 17
# The fewest cells parted by bar lines that make a table.
RUN_MIN_CELLS = 4


def cells_between_bars(original: list[tuple[int, pf.Block]]) -> set[int]:
    """The origins of the lines standing as a flattened table's cells between bar lines."""
    lines = [(origin, " ".join(block_text(block).split())) for origin, block in original
             if is_text_block(block) and block_text(block).strip()]
    cells: set[int] = set()
    run: list[list[tuple[int, str]]] = []
    group: list[tuple[int, str]] = []

    def close_run() -> None:
        if len(run) >= RUN_MIN_CELLS and any(len(text) >= LONG_CELL_CHARS for cell in run for _, text in cell):
            cells.update(origin for cell in run for origin, _ in cell)
        run.clear()

    for origin, text in lines:
        if _BAR_LINE.match(text):
            if group:
                run.append(group)
                group = []
            continue
        group.append((origin, text))
        if len(group) > CELL_MAX_LINES or len(text) > CELL_MAX_CHARS:
            # (text, not a cell: the run so far ends here, and this stretch starts no cell)
            close_run()
            group = []
    close_run()
    return cells
