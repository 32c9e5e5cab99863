"""Our own plain-text reader: one paragraph per line, every `*` literal (pandoc's markdown
reader would make `**区…***亿元` bold and italics), but for one form: a bold label.

A page written in markdown (an AI answer, a blog exported as text) keeps its bold marks around
a line's label: `1. **会议名称**`, `- **基本情况：**简要介绍…`, `**一、总体情况**`. Those marks
are the author's emphasis, not two masked values, and a reader sees the label in bold. The form
is anchored so that a masked page's stars are never taken for it: the pair opens the line (after
a list or number marker), holds a label of two or more characters with no star and no blank just
inside, and either ends the line, stands before the label's colon, or holds the colon itself.
`**区委要求**区连续*年` (text follows the pair) stays literal: there the stars hide a place.

Lost blanks: a page saved through the wrong charset shows a `?` for each byte of its full-width
or no-break blanks (U+3000, U+00A0): paragraphs open with `????` where their indent was, a
flattened contract reads `第一条??装修项目????1.1??…`, a caption `图1??…合影??`. A page that shows
the form twice or more (a run of two marks or more beside Chinese text or at a line's edge, or
one mark opening a line before Chinese text: a sentence never opens with a question mark) has its
marks read back as blanks before anything else reads the text: each such run becomes a wide gap
(two blanks, which the column and field readings see as a gap), and so does one mark after a
colon, a comma or an opening bracket (a question ends with a word, never with a colon). A real
question mark stays: one mark after a word (`是否…?`, `怎么写?`), a run closing a clause that
asks (`真的吗??`, `要等多久??`), a mark before a closing sign (`?、` is a lost `①`, no blank), and
any mark of a web address or of code (beside an ASCII letter, `=`, `/`, or after a closing
bracket: `count() ?? 0`).

Tab-separated rows: a run of lines cut by tabs into the same number of cells (a timetable, a list
of results copied out of a spreadsheet) is a table, read as one: line by line, its rows are short
words parted by blanks, which reads as a site's menu row (`第一节 语文 数学 英语`) or a heading
(`第四节 …` opens like a section). A tab is a writer's column stop, never a scraped page's: pages
saved as text part their words by blanks.

Pipe tables: a page written in markdown and saved as text (an AI answer, a notes app's export)
keeps its tables as `| 指标 | 目标 |` lines over a `| --- | --- |` rule. The rule row is the
form's proof (a line that merely opens and closes on a bar, a quoted shell command, never has
it): the line above it is the table's head, and the bar-framed lines below it with as many
cells are its rows; without the rule each line stays as written.
"""

from __future__ import annotations

import re

import panflute as pf

from ..passes.elements import para, text_to_inlines

# A list or number marker before the bold label: "- ", "1. ", "2、", "（一）", "一、", and the rarer
# styles a page may number in: "1)", "①", "一，", "壹、".
_BLANKS = r"[ \t\u3000]"
_LEAD = (rf"(?:[-*•·]{_BLANKS}+|\d{{1,3}}[.、．)）]{_BLANKS}*|[（(][一二三四五六七八九十\d]{{1,3}}[)）]{_BLANKS}*"
         rf"|[\u2460-\u2473]{_BLANKS}*|[一二三四五六七八九十壹贰貳叁參肆伍陆陸柒捌玖拾]{{1,3}}[、，]{_BLANKS}*)?")
_BOLD_LABEL = re.compile(
    rf"^(?P<lead>{_LEAD})\*\*(?P<label>[^*\s][^*]{{0,38}}[^*\s])\*\*(?P<rest>.*)$")
_COLON = (":", "：")
# A whole line in bold with nothing around it must hold a real label: "**公司**" alone could be
# a masked name's two runs, "**基本情况**" is a label.
_MIN_LONE_LABEL = 4
_WORD = re.compile(r"\w")

# A run of question marks, perhaps with blanks between them ("????", "? ? ", "??? ").
_MARK_RUN = re.compile(r"\?(?:[ \t\u00a0\u3000]*\?)*")
# Chinese text beside a run: a character, a full-width sign or a Chinese quote or bracket.
_WIDE = re.compile(r"[\u3400-\u9fff\u3000-\u303f\uff01-\uff5e“”‘’…—]")
# Beside a web address's or code's marks ("show?id=3", "a??b"): left alone.
_CODE_SIDE = re.compile(r"[A-Za-z=&/%#\\]")
# A question's closing particle: marks after it are the writer's ("真的吗??").
_PARTICLE = frozenset("吗呢么吧嘛啊呀否")
# A sign no question ends on: one mark after it stands for a blank ("住址:? 某某").
_NO_QUESTION_BEFORE = frozenset(":：,，、;；(（“《【")
# A sign that follows a word: a mark before it stood for a lost character ("?、" for a lost "①"),
# not for a blank.
_CLOSING = frozenset("、，。；：！？）》」』】”,.;:!)")
# A question's words (simplified and traditional): a run after a clause holding one ends that
# question ("怎么办??", "有没有人知道??"), it stands for no blank.
_QUESTION_WORD = re.compile(r"什[么麼]|[怎咋][么麼样樣]|[为為]何|哪|[谁誰]|[吗嗎]|呢|几|幾|多[少久长長大远遠]"
                            r"|[是能可]否|有[没沒]有|是不是|[难難]道|如何|啥")
# Where the clause a run closes begins: after the sentence's last sign.
_CLAUSE_START = re.compile(r".*[。！？!?；;：:，,、]")
_URL = re.compile(r"(?:https?://|www\.)\S+")
# Runs of the form a page must show before its marks are read as blanks.
MIN_LOST_BLANKS = 2
WIDE_GAP = "  "


# A run of tab-separated rows is a table with two rows or more of three cells or more, or three
# rows or more of two cells (two rows of "label<TAB>value" are as likely a pair of fields).
TAB_TABLE_MIN_CELLS = 3
TAB_TABLE_MIN_ROWS = 2
TAB_PAIRS_MIN_ROWS = 3


# A pipe table's line: framed by bars, two cells or more; its rule row: cells of dashes
# (colons for alignment) only.
_PIPE_ROW = re.compile(r"^\|(?:[^|]*\|){2,}$")
_PIPE_RULE_CELL = re.compile(r"^\s*:?-{3,}:?\s*$")


def read_plain_text(text: str) -> pf.Doc:
    """One paragraph per non-empty line; every character, `*` included, stays literal but the
    marks of a bold label (the label itself is kept, in Strong); a run of tab-separated rows
    is a table (tab_rows), and so is a pipe table with its rule row (_pipe_table)."""
    blocks = []
    if "?" in text:
        text = lost_blanks(text)
    rows: list[list[str]] = []
    lines: list[str] = []  # the rows' lines, as they read when they are no table
    all_lines = [*text.splitlines(), ""]
    index = 0
    while index < len(all_lines):
        line = all_lines[index]
        piped = _pipe_table(all_lines, index) if "|" in line else None
        cells = None if piped else _tab_cells(line)
        if rows and (cells is None or len(cells) != len(rows[0])):
            table = _tab_table(rows)
            blocks.extend([table] if table is not None else [_bold_label_para(row) or para(row) for row in lines])
            rows, lines = [], []
        if piped is not None:
            blocks.append(piped[0])
            index += piped[1]
            continue
        index += 1
        line = line.strip(" \t\u3000\u00a0\ufeff")
        if cells is not None:
            rows.append(cells)
            lines.append(line)
        elif line:
            blocks.append(_bold_label_para(line) or para(line))
    return pf.Doc(*blocks)


def _pipe_cells(line: str) -> list[str] | None:
    line = line.strip(" \t\u3000\u00a0\ufeff\r")
    if not _PIPE_ROW.match(line):
        return None
    return [cell.strip(" \u3000\u00a0") for cell in line[1:-1].split("|")]


def _pipe_table(lines: list[str], start: int) -> tuple[pf.Table, int] | None:
    """The pipe table whose head is lines[start] and how many lines it takes, or None when the
    line below is no rule row of as many cells."""
    head = _pipe_cells(lines[start])
    rule = _pipe_cells(lines[start + 1]) if start + 1 < len(lines) else None
    if head is None or rule is None or len(rule) != len(head) or not all(map(_PIPE_RULE_CELL.match, rule)):
        return None
    rows = []
    for line in lines[start + 2:]:
        cells = _pipe_cells(line)
        if cells is None or len(cells) != len(head):
            break
        rows.append(cells)
    table = pf.Table(pf.TableBody(*map(_table_row, rows)), head=pf.TableHead(_table_row(head)),
                     colspec=[("AlignDefault", "ColWidthDefault")] * len(head))
    return table, 2 + len(rows)


def _table_row(cells: list[str]) -> pf.TableRow:
    return pf.TableRow(*[pf.TableCell(pf.Plain(*text_to_inlines(cell)) if cell else pf.Plain()) for cell in cells])


def _tab_cells(line: str) -> list[str] | None:
    """The cells of a line cut by tabs (its edges' blanks and tabs aside), or None."""
    line = line.strip(" \t\u3000\u00a0\ufeff\r")
    if "\t" not in line:
        return None
    return [cell.strip(" \u3000\u00a0") for cell in line.split("\t")]


def _tab_table(rows: list[list[str]]) -> pf.Table | None:
    """A table of the rows when they are enough to be one, else None (each row stays a line)."""
    width = len(rows[0])
    if not ((len(rows) >= TAB_TABLE_MIN_ROWS and width >= TAB_TABLE_MIN_CELLS)
            or (len(rows) >= TAB_PAIRS_MIN_ROWS and width >= 2)):
        return None
    return pf.Table(pf.TableBody(*map(_table_row, rows)), colspec=[("AlignDefault", "ColWidthDefault")] * width)


def lost_blanks(text: str) -> str:
    """The page with the question marks that stand for its lost blanks read back as blanks (see
    the module's docstring); unchanged unless it shows the form MIN_LOST_BLANKS times or more."""
    lines = text.split("\n")
    found = [_blank_runs(line) for line in lines]
    if sum(shown for _, shown in found) < MIN_LOST_BLANKS:
        return text
    for index, (runs, _) in enumerate(found):
        line = lines[index]
        for start, end in reversed(runs):
            line = line[:start] + WIDE_GAP + line[end:]
        lines[index] = line
    return "\n".join(lines)


def _blank_runs(line: str) -> tuple[list[tuple[int, int]], int]:
    """(the spans of the line's marks that stand for blanks, how many of them show the form
    plainly: a run of two marks or more, or one mark opening the line before Chinese text)."""
    runs: list[tuple[int, int]] = []
    shown = 0
    urls = [m.span() for m in _URL.finditer(line)] if "/" in line or "www." in line else []
    for match in _MARK_RUN.finditer(line):
        start, end = match.span()
        if any(a <= start < b for a, b in urls):
            continue
        before = line[start - 1] if start else ""
        after = line[end] if end < len(line) else ""
        if _CODE_SIDE.match(before) or _CODE_SIDE.match(after):
            continue
        prev = line[:start].rstrip(" \t\u00a0\u3000")[-1:]
        nxt = line[end:].lstrip(" \t\u00a0\u3000")[:1]
        marks = match.group().count("?")
        if marks >= 2:
            if prev in _PARTICLE or _closes_question(line[:start]):
                continue
            if (prev or nxt) and _beside_text(prev) and _beside_text(nxt) and nxt not in _CLOSING:
                runs.append((start, end))
                shown += bool(_WIDE.match(prev) or _WIDE.match(nxt) or prev in _NO_QUESTION_BEFORE)
        elif not prev and _WIDE.match(nxt) and nxt not in _CLOSING:
            runs.append((start, end))
            shown += 1
        elif prev and prev in _NO_QUESTION_BEFORE and _beside_text(nxt) and nxt not in _CLOSING:
            runs.append((start, end))
    return runs, shown


def _closes_question(before: str) -> bool:
    """Whether the clause before a run (from its sentence's last sign) asks a question."""
    start = _CLAUSE_START.match(before)
    return bool(_QUESTION_WORD.search(before[start.end() if start else 0:]))


def _beside_text(char: str) -> bool:
    """Whether a run's neighbour (its first character past any blank, "" at the line's edge) is
    what a lost blank stands beside: Chinese text, a digit, a sign or the line's edge."""
    return not char or bool(_WIDE.match(char)) or char.isdigit() or char in _NO_QUESTION_BEFORE or char in "(_"


def _bold_label(line: str) -> tuple[str, str, str] | None:
    """(marker, label, rest) of a line whose label stands in markdown bold marks, or None."""
    if "**" not in line:
        return None
    match = _BOLD_LABEL.match(line)
    if match is None:
        return None
    lead, label, rest = match.group("lead", "label", "rest")
    if not _WORD.search(label):
        return None
    ends_line = not rest.strip()
    if not (ends_line or rest.lstrip().startswith(_COLON) or label.endswith(_COLON)):
        return None
    if ends_line and not lead and len(label) < _MIN_LONE_LABEL:
        return None
    return lead, label, rest


def bold_labels_in(doc: pf.Doc) -> None:
    """The same form in a page read from HTML, whose paragraphs print the marks as text: each
    top-level paragraph of plain words (Str and blanks only: no link or styling to lose) whose
    text is a bold label is rebuilt with the label in Strong."""
    for index, block in enumerate(doc.content):
        if not isinstance(block, pf.Para) or not any(
                isinstance(e, pf.Str) and "**" in e.text for e in block.content[:4]):
            continue
        if not all(isinstance(e, (pf.Str, pf.Space)) for e in block.content):
            continue
        rebuilt = _bold_label_para("".join(e.text if isinstance(e, pf.Str) else " " for e in block.content))
        if rebuilt is not None:
            doc.content[index] = rebuilt


def _bold_label_para(line: str) -> pf.Para | None:
    found = _bold_label(line)
    if found is None:
        return None
    lead, label, rest = found
    inlines = text_to_inlines(lead)
    if lead[-1:].isspace():
        inlines.append(pf.Space())  # "1. " keeps its blank: text_to_inlines drops a trailing one
    inlines.append(pf.Strong(*text_to_inlines(label)))
    if rest[:1].isspace() and rest.strip():
        inlines.append(pf.Space())
    inlines.extend(text_to_inlines(rest))
    return pf.Para(*inlines)
