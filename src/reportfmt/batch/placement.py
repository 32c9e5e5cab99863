"""Where each removed block sat among the kept lines, so the review page can show it in place.

The passes record removed blocks by text and rule, in the order each pass found them (the
metadata pass's title and date come first wherever they were). The page as read (each
block's text before any pass) gives their order: every kept line and every removed block is
looked up in it, compared with spaces, punctuation and widths folded away (typography changes
those), and a removed block goes before the first kept line that came after it.
"""

from __future__ import annotations

import bisect

from .duplicates import fold

# Characters of a block's folded text that locate it: enough to be unique in a page, few
# enough that a block the passes shortened (a cut watermark) is still found by its start.
PROBE_CHARS = 24


def removed_positions(read_texts: list[str], kept_lines: list[str],
                      removed: list[dict[str, str]]) -> list[int | None]:
    """For each removed block, the index of the kept line it came before (len(kept_lines)
    for after the last), or None when it is not in the page as read (the DOM extraction
    dropped it before reading)."""
    page = "".join(fold(text) for text in read_texts)
    kept_at: list[int] = []
    cursor = 0
    for line in kept_lines:
        probe = fold(line)[:PROBE_CHARS]
        found = page.find(probe, cursor) if probe else -1
        if found < 0:
            kept_at.append(kept_at[-1] if kept_at else 0)  # not found: stays after the previous line
            continue
        kept_at.append(found)
        cursor = found + len(probe)
    taken: set[int] = set()
    positions: list[int | None] = []
    for block in removed:
        probe = fold(block.get("text", ""))[:PROBE_CHARS]
        found = page.find(probe) if probe else -1
        while found >= 0 and found in taken:  # the same line twice: the next copy
            found = page.find(probe, found + 1)
        if found < 0:
            positions.append(None)
            continue
        taken.add(found)
        positions.append(bisect.bisect_right(kept_at, found))
    return positions
