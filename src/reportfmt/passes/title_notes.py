"""A law's or a regulation's promulgation note (题注) under its title.

"（2021年6月10日第十三届全国人民代表大会常务委员会第二十九次会议通过）" sits under the title of
a law, a 条例 or a 细则, in parentheses or, in some copies, as bare lines, one per event
("1982年12月4日 第五届全国人民代表大会第五次会议通过" / "…公布施行" / "根据…修正"). Official
copies print it centred under the title in 楷体: it belongs to the title block, so it goes to
the metadata as the title's subtitle, which every writer prints there."""

from __future__ import annotations

import panflute as pf

from .elements import block_text, is_text_block
from .patterns import CN_DIGITS
from .regex_cache import LazyPattern

# A date, in Arabic or Chinese numerals ("二〇二五年三月十二日"), then an act of adoption or
# amendment. "根据…" opens an amendment's line ("根据2018年…的决定修正").
_NOTE_LINE = LazyPattern(
    rf"^(?:根据)?\s*(?:\d{{4}}|[○{CN_DIGITS}]{{4}})\s*年\s*[\d{CN_DIGITS}]{{1,3}}\s*月"
    rf"\s*[\d{CN_DIGITS}]{{1,3}}\s*日.*(?:通过|公布|施行|修正|修订|批准|发布|颁布|印发)")
NOTE_MAX_LINES = 12
NOTE_LINE_MAX_CHARS = 200
_OPEN, _CLOSE = "（(", "）)"


def promulgation_note(following: list[pf.Block]) -> int:
    """How many lines under the title make its promulgation note: one line in parentheses, a
    parenthesis run over several lines, or bare lines each opening on a date and naming an act
    (通过, 公布, 修正 …). 0 when the first line below is not one."""
    lines = []
    for block in following[:NOTE_MAX_LINES]:
        if not is_text_block(block):
            break
        line = " ".join(block_text(block).split())
        if not line or len(line) > NOTE_LINE_MAX_CHARS:
            break
        lines.append(line)
    if not lines:
        return 0
    if lines[0][0] in _OPEN:
        # One note in parentheses, its events on one line or on several: every event line
        # names a date and an act, and the run ends on the closing parenthesis.
        for count, line in enumerate(lines, start=1):
            inner = line.lstrip(_OPEN) if count == 1 else line
            if not _NOTE_LINE.match(inner.rstrip(_CLOSE)):
                return 0
            if line[-1] in _CLOSE:
                return count
        return 0
    count = 0
    for line in lines:
        if not _NOTE_LINE.match(line):
            break
        count += 1
    return count
