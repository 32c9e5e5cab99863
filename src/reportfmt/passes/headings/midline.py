"""Numbered headings a page printed mid-line: the line breaks before them were lost.

Two forms, each proven by the line's own opening marker (so a sentence that merely holds a
number is never cut):
- the next sibling of a run-in item glued after its last sentence: "（二）严肃活动纪律。…庸俗化。
  （三）及时记录总结。各党支部…" (the block opens with a run-in; each glued item is numbered next,
  of the same family, after a sentence end, and runs in the same way);
- a part and its first child on one line, set apart by blanks where the breaks were (a 文库 PDF
  extraction): "一、简报的含义、特点和类型 （一）简报的含义 简报，从字义上说，…。", or an outline's
  "1、总则 1.1 编制目的 为做好…。";
- a page's 一、 parts run in and glued after the sentences before them, wherever its lines start
  ("…收齐备案。五、防溺水专题教育。各校要…。六、校园安全隐患排查。每月…"): a page of a long text
  that lost its breaks and resumes mid-list, proven by the parts numbered in order across it;
- a speech's first part glued after the sentence announcing its parts: "…我再讲三点意见。一、明确目标
  任务，强化工作措施今年以来，…" (the sentence counts the parts; the part numbered one follows it);
- a part's name glued to the first item of its own list, "二、食堂1. 负责师生一日三餐…。" (a 文库 text
  that keeps line breaks only after sentence ends), proven by the item numbered 2 below it or glued
  after the item's sentence;
- a part named by a colon label glued after the value or the sentence before it, "…志愿服务二、参加
  对象：" (a 文库 text that keeps line breaks only after the labels' colons), proven by its number
  continuing the page's 一、 sequence.
- a list's first item glued after the sentence (or the label's colon) that introduces it, "…下面几项
  一项都不能少。1.标题 标题写…" / "2.员工信息" (a page that kept the breaks between the items but lost
  the one before the first), proven by the item numbered 2 opening a line below;
- a 制度's chapters and articles run together after sentence ends or blanks, "…制定本制度。 第二条 …
  第二章 教学管理 第三条 …", proven by their numbers continuing the page's (article_runs.py).

Neither drops a character: the block is cut into blocks at those offsets (rules.py decides).
"""

from __future__ import annotations

import re

import panflute as pf

from ..elements import inline_text, is_text_block
from ..regex_cache import LazyPattern
from ..script import to_simplified
from .article_runs import article_run_cuts
from .blocks import cut_at
from .glued import glued_cut
from .numbering import CN_NUMERAL, FW_DIGITS, SECTION_FAMILIES, cn_to_int, parse_marker
from .shapes import runin_cut

# Families whose items run in ("（一）标题。正文") and are printed one after the other.
# (and the circled numbers a site prints for "（1）": "①行文目的不同：…。 ②行文时间不同：…")
_RUNIN_FAMILIES = ("yi", "paren_cn", "arabic", "paren_arabic", "circled")
# A sentence end with a marker's first character right after it ("（", a numeral, "①", "⑴").
_AFTER_SENTENCE = re.compile(rf"[。！!？?]\s*(?=[（(0-9{FW_DIGITS}{CN_NUMERAL}\u2460-\u2487])")
# What a glued sibling's marker and run-in heading need to be read (runin_cut scans 50 characters).
GLUED_LOOKAHEAD_CHARS = 80

# "一、标题 （一）标题 正文": two short heads without a mark, each followed by a blank.
_HEAD = r"[^\s。；;！!？?：:，,“”]{2,24}"
# (the child numbered 1 in its family: "（一）", "1.", "1)", or an outline's "1.1" under "1、")
_NESTED_FIRSTS = LazyPattern(
    rf"{_HEAD}(?P<gap1>\s+)(?P<child>(?:[（(]\s*一\s*[）)]|1[.．、)）]|(?P<whole>\d{{1,2}})[.．]1[.．]?\s*){_HEAD})(?P<gap2>\s+)")
_BODY_SENTENCE = re.compile(r"[。！!？?]")
NESTED_BODY_MIN_CHARS = 10


def split_midline_headings(doc: pf.Doc) -> None:
    """Cut every block holding a numbered heading mid-line before that heading."""
    out: list[pf.Element] = []
    texts = [inline_text(block) if is_text_block(block) else None for block in doc.content]
    series = glued_series_cuts(texts)
    labels = colon_label_series_cuts(texts)
    # (a traditional page's run, "第一章 總則 第一條 為…。 第二條 …", read as a simplified one: the
    # fold maps character for character, so the cuts it finds hold in the block)
    articles = article_run_cuts([to_simplified(t) if t else t for t in texts])
    for index, block in enumerate(doc.content):
        text = texts[index]
        cuts = (glued_sibling_cuts(text) or nested_first_cuts(text) or announced_first_cuts(text)
                or series.get(index, [])
                or glued_first_item_cuts(text, texts[index + 1:index + 1 + SIBLING_WITHIN_LINES])
                or led_first_item_cuts(text, texts[index + 1:index + 1 + SIBLING_WITHIN_LINES])) if text else []
        cuts = sorted({*cuts, *labels.get(index, []), *articles.get(index, [])})
        if cuts:
            out.extend(type(block)(*part) for part in cut_at(list(block.content), cuts))
        else:
            out.append(block)
    doc.content = out


def glued_sibling_cuts(text: str) -> list[int]:
    """Offsets of the run-in siblings glued after the sentences of a run-in item."""
    marker = parse_marker(text)
    if marker is None or marker.family not in _RUNIN_FAMILIES or not runin_cut(text, marker):
        return []
    cuts: list[int] = []
    wanted = marker.number + 1
    for end in _AFTER_SENTENCE.finditer(text, runin_cut(text, marker)):
        rest = text[end.end():end.end() + GLUED_LOOKAHEAD_CHARS]  # (no copy of a long line's rest)
        glued = parse_marker(rest)
        if (glued is not None and glued.family == marker.family and glued.number == wanted
                and runin_cut(rest, glued)):
            cuts.append(end.end())
            wanted += 1
    return cuts


def nested_first_cuts(text: str) -> list[int]:
    """Offsets of the first child and of the body on a line "一、part （一）child body…"."""
    marker = parse_marker(text)
    if marker is None or marker.number != 1 or marker.family not in ("yi", "paren_cn", "arabic"):
        return []
    match = _NESTED_FIRSTS.match(text, marker.end)
    if match is None or (match.group("whole") and int(match.group("whole")) != marker.number):
        return []
    child = parse_marker(match.group("child"))
    body = text[match.end():]
    if (child is None or child.rank <= marker.rank or len(body) < NESTED_BODY_MIN_CHARS
            or not _BODY_SENTENCE.search(body)):
        return []
    return [match.start("child"), match.end()]


# "再讲三点意见。", "谈以下几点看法：", "提几点要求。": a speech counting the parts it is about to give.
_ANNOUNCES_PARTS = re.compile(
    r"(?:讲|谈|提|说|强调)(?:[一二两三四五六七八九十几]|以下几)(?:点|个方面|条)(?:意见|看法|要求|体会|建议)?[。：:]\s*"
    r"(?=(?:一\s*[、.．]|[（(]\s*一\s*[）)]))")


def announced_first_cuts(text: str) -> list[int]:
    """The offset of a first part ("一、", "（一）") glued after the sentence that announces the parts,
    when the part's heading ends in its paragraph (a glued body, a run-in): [] otherwise."""
    announced = _ANNOUNCES_PARTS.search(text)
    if announced is None or parse_marker(text) is not None:
        return []
    rest = text[announced.end():announced.end() + GLUED_LOOKAHEAD_CHARS]
    marker = parse_marker(rest)
    if marker is None or marker.number != 1 or not (glued_cut(rest, marker) or runin_cut(rest, marker)):
        return []
    return [announced.end()]


# Glued parts numbered in order across the page: two at least, so one "…。三、…" in a sentence proves nothing.
GLUED_SERIES_MIN = 2


def glued_series_cuts(texts: list[str | None]) -> dict[int, list[int]]:
    """Block index -> offsets of the 一、 parts glued after a sentence end, each running in ("五、防溺水专题
    教育。各校要…"), where the page holds two or more numbered one after the other (across lines)."""
    glued: list[tuple[int, int, int]] = []  # (block, offset, number)
    for index, text in enumerate(texts):
        if not text:
            continue
        for end in _AFTER_SENTENCE.finditer(text):
            rest = text[end.end():end.end() + GLUED_LOOKAHEAD_CHARS]
            marker = parse_marker(rest)
            if marker is not None and marker.family in SECTION_FAMILIES and runin_cut(rest, marker):
                glued.append((index, end.end(), marker.number))
    kept: set[int] = set()
    run: list[int] = []
    for position, (_index, _offset, number) in enumerate(glued):
        if run and number != glued[run[-1]][2] + 1:
            if len(run) >= GLUED_SERIES_MIN:
                kept.update(run)
            run = []
        run.append(position)
    if len(run) >= GLUED_SERIES_MIN:
        kept.update(run)
    cuts: dict[int, list[int]] = {}
    for position in sorted(kept):
        index, offset, _number = glued[position]
        cuts.setdefault(index, []).append(offset)
    return cuts


# "二、食堂1. 负责师生一日三餐…。" over "2. 负责食材进货查验…": a 文库 text keeps its line breaks only
# after sentence ends, so a part's name, which ends none, runs into the first item of its own list.
_GLUED_NAME = re.compile(rf"[^\s，,。；;：:！!？?、“”\"《》（）()\[\]【】0-9{FW_DIGITS}]{{2,15}}")
_OPENS_WORD = re.compile(r"[\u3400-\u9fff]")
# The item's next sibling opens one of the blocks that follow, this near.
SIBLING_WITHIN_LINES = 6


def glued_first_item_cuts(text: str, following: list[str | None]) -> list[int]:
    """The offset of a first item glued to the name of the part opening the line: a marker numbered 1
    of a lower family right after a few bare words, its sibling numbered 2 opening a line below or
    glued after the item's sentence ("三、请示的格式1.标题：…。2.主送机关：…", cut there too)."""
    marker = parse_marker(text)
    if marker is None or marker.family not in ("capital", "yi", "paren_cn"):
        return []
    name = _GLUED_NAME.match(text, marker.end)
    child = parse_marker(text[name.end():]) if name else None
    if (child is None or child.number != 1 or child.rank <= marker.rank
            or not _OPENS_WORD.match(text, name.end() + child.end)):
        return []
    if siblings := glued_sibling_cuts(text[name.end():]):
        return [name.end(), *(name.end() + cut for cut in siblings)]
    for line in (t for t in following[:SIBLING_WITHIN_LINES] if t):
        sibling = parse_marker(line)
        if sibling is not None and sibling.family == child.family and sibling.number == 2:
            return [name.end()]
        if sibling is not None and sibling.rank <= marker.rank:
            return []  # the next part comes first: no list under this one
    return []



# A sentence end, or a colon closing a sentence of clauses (not a clock's "8:30"), with a list's first
# item right after it. A label alone before its colon ("附件：1.…", "内容：1.…") is the list's own
# label (label_lists.py), no sentence of a paragraph.
_LEAD_END = re.compile(rf"(?:[。！!？?]|(?<![0-9{FW_DIGITS}])[：:])\s*")
_CLAUSE_MARK = re.compile(r"[，,；;]")


def led_first_item_cuts(text: str, following: list[str | None]) -> list[int]:
    """The offset of a list's first item glued after the sentence introducing it, on a line that opens
    with no marker: numbered 1 in a family whose items run in, its words right after the marker, and
    the first numbered line below it (a few lines at most) its sibling numbered 2."""
    if parse_marker(text) is not None:
        return []
    for end in _LEAD_END.finditer(text, 1):
        rest = text[end.end():end.end() + GLUED_LOOKAHEAD_CHARS]
        child = parse_marker(rest)
        if (child is None or child.number != 1 or child.family not in _RUNIN_FAMILIES
                or not _OPENS_WORD.match(rest, child.end)):
            continue
        sentence = re.split(r"[。！!？?]", text[:end.start()])[-1]
        if text[end.start()] in "：:" and not _CLAUSE_MARK.search(sentence):
            return []  # "附件：1.…": a label and its list
        sibling = next((m for line in following[:SIBLING_WITHIN_LINES] if line
                        and (m := parse_marker(line)) is not None), None)
        if sibling is not None and sibling.family == child.family and sibling.number == 2:
            return [end.end()]
        return []
    return []


# "二、参加对象：" inside a line: a 一、 marker, a short name of words (no mark, no blank inside) and
# its colon. (The name's class holds no numeral-free check: its length and the colon bound it.)
# (or with the mark the page's own line-opening parts print for 、, "一.活动名称：" then "…实践二.参加
# 对象：", "一，" then "…二，": the page's style, never a dot or a comma a sentence holds otherwise)
_YI_GLUED = re.compile(rf"([{CN_NUMERAL}]{{1,3}})([、.．，,])")
_STYLE = {".": ".", "．": ".", "，": ",", ",": ","}
_OPENING_MARK = LazyPattern(rf"\s*[{CN_NUMERAL}]{{1,4}}\s*([、.．，,])")
_COLON_NAME = LazyPattern(r"[ \t\u3000]?[\u3400-\u9fff“”《》]{2,12}[：:]")
# Before a part's marker stands a word, a value's digit or a sentence end, never an ordinal's or a
# list's sign: "第二、" "之二、" "其二、" are ordinals in a sentence, "；二、" "，二、" "一、二" an inline list.
_NOT_BEFORE_PART = set("第之其；;，,、（(") | set(CN_NUMERAL)
_SENTENCE_ENDS = set("。！!？?")


def colon_label_series_cuts(texts: list[str | None]) -> dict[int, list[int]]:
    """Block index -> offsets of the 一、 parts named by a colon label glued mid-line, each numbered
    next after the last 一、 part the page showed (opening a line, glued after a sentence end, or one
    of these): "一、活动名称：" / "“温暖重阳”志愿服务二、参加对象：" / "…老人。三、服务安排：理发组…"."""
    cuts: dict[int, list[int]] = {}
    last = 0
    style = "、"  # the mark after the numeral of the page's last line-opening part
    for index, text in enumerate(texts):
        if not text:
            continue
        opening = parse_marker(text)
        if opening is not None and opening.family in SECTION_FAMILIES:
            last = opening.number
            mark = _OPENING_MARK.match(text)
            style = _STYLE.get(mark.group(1), "、") if mark else "、"
        for match in _YI_GLUED.finditer(text, 1):
            before = text[match.start() - 1]
            number = cn_to_int(match.group(1))
            if (not last or number != last + 1 or before in _NOT_BEFORE_PART
                    or _STYLE.get(match.group(2), "、") not in ("、", style)):
                continue
            if _COLON_NAME.match(text, match.end()):
                cuts.setdefault(index, []).append(match.start())
                last = number
            elif before in _SENTENCE_ENDS:
                last = number  # "…。六、安全返回。": a part run in, cut by its own rule or not
    return cuts
