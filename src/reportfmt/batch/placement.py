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
# A kept line that does not start a block as read (a table row, a split run-in heading) is
# looked for this far past the previous one only: a line the passes changed beyond
# recognition must not cost a scan of the whole page (a 50,000-row table has as many lines).
WINDOW_CHARS = 2_000
# Pages longer than this are not placed (their removed blocks show apart): a multi-megabyte
# line costs seconds to fold, and nobody reviews such a page block by block.
PLACE_MAX_CHARS = 500_000


def removed_positions(read_texts: list[str], kept_lines: list[str],
                      removed: list[dict[str, str]]) -> list[int | None]:
    """For each removed block, the index of the kept line it came before (len(kept_lines)
    for after the last), or None when it is not in the page as read (the DOM extraction
    dropped it before reading)."""
    if sum(map(len, read_texts)) > PLACE_MAX_CHARS:
        return [None] * len(removed)
    # Most kept lines are blocks as read, unchanged (79% on the bench pages): folded once.
    folded_as_read = {text: fold(text) for text in read_texts}
    folded = [folded_as_read[text] for text in read_texts]
    page = "".join(folded)
    # Where each block as read starts, by its probe: most kept lines start one.
    starts: dict[str, list[int]] = {}
    offset = 0
    for text in folded:
        starts.setdefault(text[:PROBE_CHARS], []).append(offset)
        offset += len(text)
    kept_at: list[int] = []
    cursor = 0
    for line in kept_lines:
        same = folded_as_read.get(line)
        probe = (fold(line) if same is None else same)[:PROBE_CHARS]
        found = _next_start(starts.get(probe), cursor)
        if found < 0 and probe:
            found = page.find(probe, cursor, cursor + len(probe) + WINDOW_CHARS)
        if found < 0:
            kept_at.append(kept_at[-1] if kept_at else 0)  # not found: stays after the previous line
            continue
        kept_at.append(found)
        cursor = found + len(probe)
    # The same text removed twice is found at its next copy: each probe's search resumes
    # where its last one ended.
    resume: dict[str, int] = {}
    positions: list[int | None] = []
    for block in removed:
        probe = fold(block.get("text", ""))[:PROBE_CHARS]
        found = page.find(probe, resume.get(probe, 0)) if probe else -1
        if found < 0:
            positions.append(None)
            continue
        resume[probe] = found + 1
        positions.append(bisect.bisect_right(kept_at, found))
    return positions


def _next_start(offsets: list[int] | None, cursor: int) -> int:
    if not offsets:
        return -1
    at = bisect.bisect_left(offsets, cursor)
    return offsets[at] if at < len(offsets) else -1
