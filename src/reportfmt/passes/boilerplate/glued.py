"""A chrome line glued to a line of the document's prose: the chrome goes, the prose stays.

A scrape that lost a line break joins a site's line ("精选优质文档-倾情为你奉上", "第1个回答
2024-07-04", "更新时间:… 作者:…") to the paragraph below or above it, with a blank between. A
rule that drops whole lines matched the chrome half and took the paragraph with it: the
perturbation eval (tests/eval/perturb_sites.py, glue-next/glue-prev) lost body lines that way
through several rules at once, so the cure is here, once, not in each rule's pattern.

The line is split at one of its blanks. When the rule still matches the piece on one side and
the other side holds prose (Chinese text with clause punctuation, from the cut on) that no rule
would drop, only the chrome piece is cut; the pieces of chrome next to it (another
field of the same meta line, "来源:…" after "作者:…") go with it while a rule drops each alone.
A line that splits no such way is the rule's whole, as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from ..patterns import CJK
from ..regex_cache import LazyPattern

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing: the filter's path never needs it
if TYPE_CHECKING:
    from .ruleset import Rule

_BLANKS = re.compile(r"\s+")
# Clause or sentence punctuation, or a colon ending the piece ("…包括以下几个部分:"): prose has
# it, a site's menu, tags or field values (short words, or names run together) need none.
_CLAUSE = re.compile(r"[，。！？；、,!?;]|[:：]$")
# Prose: at least this many Chinese characters, with such punctuation.
PROSE_MIN_CJK = 8
# (a match that stops at the eighth: a line of megabytes is not counted through)
_ENOUGH_CJK = re.compile(rf"(?:[^{CJK}]*[{CJK}]){{{PROSE_MIN_CJK}}}")
# The blanks tried on each side of a line: a site's line is a few fields, and a paragraph of a
# 文库 page's extracted text may hold a blank every few characters.
MAX_PIECES = 8
_BRACKETS = ("()", "（）", "【】", "[]", "《》", "“”", "〔〕")


def holds_prose(part: str) -> bool:
    """Whether a piece of a line reads as the document's prose."""
    part = part.strip()
    return bool(_ENOUGH_CJK.match(part)) and bool(_CLAUSE.search(part))


def prose_beside_cut(rest: str, at_start: bool) -> bool:
    """Whether what stays is prose, and so is its piece next to the cut (up to its first or last
    blank): "书屋 方案 • 文章版权…" after a 标签 label, "8 页,若文档…" after a preview notice
    are the chrome's own words running on, not a paragraph glued to it."""
    pieces = rest.split()
    return holds_prose(rest) and bool(pieces) and holds_prose(pieces[0] if at_start else pieces[-1])


def inside_brackets(head: str) -> bool:
    """Whether a bracket opened in `head` is still open: a blank inside "(本文发表于…, 已被阅读…)"
    parts no two lines."""
    return any(head.count(left) > head.count(right) for left, right in _BRACKETS)


def chrome_span(text: str, matches: Callable[[str], bool], drops: Callable[[str], bool],
                reach: int | None = None, matches_head: Callable[[str], bool] | None = None) -> tuple[int, int] | None:
    """The span of `text` (offsets into it) to cut when the chrome a rule matched is glued to
    prose: a head or a tail ending at a blank. `matches(piece)`: the rule that matched the whole
    line matches this piece; `drops(piece)`: some rule would drop this piece as a line of its own.
    None: the line is the rule's whole (no blank parts the chrome from prose that stays).
    `reach`: the chrome piece is at most this long (a piece no rule matched the line for).
    `matches_head`: the test for a head piece, when it differs (what stands above a head is the
    line above the paragraph, above a tail the paragraph itself)."""
    matches_head = matches_head or matches
    first, last = len(text) - len(text.lstrip()), len(text.rstrip())  # the text between end blanks
    blanks = [(start, end) for start, end in (m.span() for m in _BLANKS.finditer(text)) if first < start and end < last]
    heads = [i for i, (start, _) in enumerate(blanks) if reach is None or start <= reach][:MAX_PIECES]
    tails = [i for i, (_, end) in enumerate(blanks) if reach is None or len(text) - end <= reach][-MAX_PIECES:]
    # Chrome first: the shortest head the rule matches, then the chrome fields after it.
    for index in heads:
        start, end = blanks[index]
        if not matches_head(text[:start]) or inside_brackets(text[:start]):
            continue
        cut = end
        for next_start, next_end in blanks[index + 1:]:
            if not drops(text[cut:next_start]) or not holds_prose(text[next_end:]):
                break
            cut = next_end
        rest = text[cut:]
        if prose_beside_cut(rest, at_start=True) and not drops(rest):
            return 0, cut
        if not field_value(text[end:blanks[index + 1][0] if index + 1 < len(blanks) else len(text)]):
            break
        # The piece after the head is a value of the line's fields ("14:01:03", "4次"): a longer
        # head, with it, may be the rule's line ("2025-07-09 14:01:03 4次" glued to the text).
    # Chrome last: the shortest tail the rule matches, then the chrome fields before it.
    for index in reversed(tails):
        start, end = blanks[index]
        if not matches(text[end:]) or inside_brackets(text[:start]):
            continue
        cut = start
        for earlier_start, earlier_end in reversed(blanks[:index]):
            if not drops(text[earlier_end:cut]) or not holds_prose(text[:earlier_start]):
                break
            cut = earlier_start
        rest = text[:cut]
        if prose_beside_cut(rest, at_start=False) and not drops(rest):
            return cut, len(text)
        if not field_value(text[blanks[index - 1][1] if index else 0:start]):
            break
    return None


# A field's value beside a chrome piece: a time or a count with its unit ("14:01:03", "4次",
# "1.02W"). A bare number may be the text's own ("12 名志愿者…" after a date).
_FIELD_VALUE = LazyPattern(r"^(?:\d{1,2}:\d{2}(?::\d{2})?|\d+(?:\.\d+)?[Ww万]?(?:次|页|字))$")


def field_value(piece: str) -> bool:
    """Whether a piece of a line (between two blanks) is a value of a chrome line's field, never
    the text's prose: a time, or a count with its unit."""
    return bool(_FIELD_VALUE.match(piece.strip()))


def drops(rule: Rule | None) -> bool:
    """Whether the first rule matching a piece drops it (a cut rule's match stays a line)."""
    return rule is not None and rule.action in ("drop", "drop-rest")


# A section's number opening a piece ("第二条 本规定…", "一、总则 …", "(三) …"), with any
# bullet before it: the text's own heading run into its paragraph, never a site's line.
_NUMBERED = re.compile(r"^\W*(第[一二三四五六七八九十百零〇\d]+[条章节篇部讲]|[一二三四五六七八九十]+[、.．]"
                       r"|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.．])")
# A numbered point of the text opening a paragraph ("六是…", "一、…", "（三）…", "2.…"): a lead-in's
# genre talk never opens so, the text's own enumeration does.
NUMBERED_POINT = re.compile(r"^\W*(?:[一二三四五六七八九十]{1,3}是|第[一二三四五六七八九十]{1,3}[，,、]"
                            r"|[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.．](?!\d))")
# A site's field: a label and its colon.
_LABELLED = LazyPattern(r"[\u4e00-\u9fff][\s)）]*[:：]")
# The longest site line looked for glued to a paragraph no rule matched whole.
REACH = 80


def unmatched_chrome(text: str, first_rule: Callable[[str], Rule | None], whole_line_concepts: Collection[str],
                     above: str | None = None) -> tuple[tuple[int, int], Rule] | None:
    """A site's line glued to the start or end of a paragraph of prose that no rule matched
    whole (too long for the rule's max_chars, or anchored): its span and the rule that drops it
    alone. Only rules that need nothing of the lines around them (followed_by, beside_chrome,
    outside_text) and drop whole lines; `first_rule(piece)`: the first rule matching. A rule
    with a not_after may take a piece at the paragraph's start when `above` (the line kept above
    the paragraph, "" when none is) is not its exception; at the end, what stands above the piece
    is the paragraph, so never there; and only a labelled piece ("发表时间：…"): a bare date
    opening a paragraph is the text's own (a law's history, a dateline, a diary's day)."""
    if not holds_prose(text):
        return None

    def plain_drop(piece: str, at_start: bool = False, whole_lines: bool = False) -> Rule | None:
        found = first_rule(piece)
        if (found is None or found.action != "drop" or found.whole_block
                or (found.concept in whole_line_concepts and not whole_lines)
                or found.followed_by or found.beside_chrome or found.between_chrome or found.outside_text
                or found.over_signature):
            return None
        if found.not_after and not (at_start and _LABELLED.search(piece) and above is not None
                                    and not found.follows_its_exception(above)):
            return None
        return found

    span = chrome_span(text, lambda piece: plain_drop(piece) is not None, lambda piece: drops(first_rule(piece)),
                       reach=REACH, matches_head=lambda piece: plain_drop(piece, at_start=True) is not None,
                       ) if _BLANKS.search(text.strip()) else None
    if span is None:
        # (at the paragraph's start only a lead-in's sentences, cut whole from the line's start to
        # a stop: its genre talk goes with its 小编 sentence, never split at a blank)
        return (glued_last_sentence(text, plain_drop, first_rule)
                or glued_first_sentences(text, lambda piece: _lead_in(plain_drop(piece, True, True)), first_rule))
    piece = text[span[0]:span[1]]
    # A bullet or a bar alone ("• 来源广泛的…") is the line's dress; a section number its heading.
    if not any(char.isalnum() for char in piece) or _NUMBERED.match(piece.strip()):
        return None
    rule = plain_drop(piece, at_start=span[0] == 0)
    if rule is not None and span[0] == 0 and rule.precedes_its_exception(text[span[1]:]):
        return None  # what follows the piece is what the rule's line is never over (its not_before)
    return (span, rule) if rule is not None else None


# A sentence's stop: the seam where a site's sentence is glued, no blank, to the paragraph's last
# one ("…自发布之日起施行。本文来源于某某网，转载请注明出处。"). Not a plain "?": on a scraped
# page it is as often a character the charset lost ("联系电话:????").
_STOP = re.compile(r"[。！？!][”’」』]?")
# The site's piece holds words: two letters, digits or characters at least.
PIECE_MIN_WORD_CHARS = 2
# How many sentences from the paragraph's end the site's words may take (its note may be two).
SEAM_SENTENCES = 2


def glued_last_sentence(text: str, plain_drop: Callable[[str], Rule | None],
                        first_rule: Callable[[str], Rule | None]) -> tuple[tuple[int, int], Rule] | None:
    """A site's sentence (or two) glued after the paragraph's last stop with no blank between:
    its span and the rule that drops it alone, when what stays before the stop is prose no rule
    drops. The last sentence alone is tried first, then the last two; only the end of the line
    is read (REACH characters), so a long line costs no more than a short one."""
    end = len(text.rstrip())
    start = max(0, end - REACH - 2)
    seams = [m.end() for m in _STOP.finditer(text, start, end) if m.end() < end][-SEAM_SENTENCES:]
    for seam in reversed(seams):
        piece, rest = text[seam:end].strip(), text[:seam]
        if seam != seams[-1] and _own_last_sentence(text[seams[-1]:end], first_rule):
            # The two sentences' last is the text's own ("…工作。本文来自某某网，转载请注明出处。
            # 全年共新建…。"): a rule anchored at the stamp's start matched the pair through its
            # stamp alone. Only the stamp between them goes, the text's sentences on both sides stay.
            inner = text[seam:seams[-1]]
            if (sum(char.isalnum() for char in inner) >= PIECE_MIN_WORD_CHARS and not _NUMBERED.match(inner.strip())
                    and (rule := plain_drop(inner.strip())) is not None and not inside_brackets(rest)
                    and holds_prose(rest) and not drops(first_rule(" ".join(rest.split())))):
                return (seam, seams[-1]), rule
            continue
        if seam != seams[-1] and _own_last_sentence(text[seam:seams[-1]], first_rule):
            continue  # the pair's first sentence is the text's own: a rule unanchored at its end took it
        # (the piece is asked first: most paragraphs end in a sentence no rule drops, and the
        # tests of what stays read the whole line)
        if (sum(char.isalnum() for char in piece) < PIECE_MIN_WORD_CHARS or _NUMBERED.match(piece)
                or (rule := plain_drop(piece)) is None or inside_brackets(rest) or not holds_prose(rest)
                or drops(first_rule(" ".join(rest.split())))):
            continue
        return (seam, len(text)), rule
    return None


# Words of a site's note about its page (reprinting, rights, its own view, its name, the item's
# credit): a sentence holding one beside a site's stamp is the note's second sentence ("…如若转载，
# 请注明出处。"), never the text's own, and goes with the stamp as before.
_NOTE_WORDS = re.compile(r"转载|轉載|出处|出處|侵权|侵權|版权|版權|删除|刪除|立场|立場|观点|觀點|仅供|僅供"
                         r"|本站|本网|本網|原作者|原文链接|原文鏈接|联系我们|聯繫我們"
                         # the item's credit and the reader thanked, in the same box ("感谢您的阅读，
                         # 本文由某某原创提供。如若转载，…": footer.reprint-if-asked's line)
                         r"|本文(?:由|系|为|為|来自|來自)|感谢(?:您|你|大家)的?阅读|感謝(?:您|你|大家)的?閱讀")


def _own_last_sentence(sentence: str, first_rule: Callable[[str], Rule | None]) -> bool:
    """Whether a paragraph's last sentence is the text's own: prose that no rule drops, no
    words of a site's note in it."""
    sentence = " ".join(sentence.split())
    return holds_prose(sentence) and not _NOTE_WORDS.search(sentence) and not drops(first_rule(sentence))


def stamp_before_text(text: str, matches: Callable[[str], bool],
                      drops_piece: Callable[[str], bool]) -> tuple[int, int] | None:
    """A site's stamp opening a paragraph of the text, no blank between ("本文来自某某网，转载请
    注明出处。今年以来，…"): a rule anchored at the stamp's start (no end) matched the whole line,
    and dropping it took the text's sentences too. The span of the stamp (its first sentence, or
    two), when the rule `matches` it alone and the sentence after it is the text's own: prose that
    no rule drops (`drops_piece`) and holds no words of a site's note."""
    start = len(text) - len(text.lstrip())
    stops = [m.end() for m in _STOP.finditer(text, start, min(len(text), start + REACH + 2))][:SEAM_SENTENCES]
    for stop in stops:
        head, rest = text[start:stop], text[stop:]
        following = _STOP.search(rest)
        first = " ".join(rest[:following.end() if following else len(rest)].split())
        if not first:
            return None
        if (not inside_brackets(head) and matches(head) and holds_prose(first)
                and not _NOTE_WORDS.search(first) and not drops_piece(first)):
            return 0, stop
    return None


def stamp_after_text(text: str, matches: Callable[[str], bool],
                     drops_piece: Callable[[str], bool]) -> tuple[int, int] | None:
    """The mirror of stamp_before_text: a site's stamp closing a paragraph of the text, no blank
    between ("六是…停车场一座。本文档由用户上传，仅供学习交流。"), which a rule unanchored at its
    start matched with the text's sentences before it. The span of the stamp (its last sentence,
    or two), when the rule `matches` it alone and the sentence before it is the text's own."""
    end = len(text.rstrip())
    stops = [m.end() for m in _STOP.finditer(text, max(0, end - REACH - 2), end) if m.end() < end][-SEAM_SENTENCES:]
    for seam in reversed(stops):
        piece, rest = text[seam:end], text[:seam]
        before = [m.end() for m in _STOP.finditer(rest, 0, len(rest) - 1)]
        last = " ".join(rest[before[-1] if before else 0:].split())
        if (sum(char.isalnum() for char in piece) >= PIECE_MIN_WORD_CHARS and not inside_brackets(rest)
                and matches(piece) and holds_prose(last) and not _NOTE_WORDS.search(last)
                and not drops_piece(last)):
            return seam, len(text)
    return None


# How far into the paragraph, and how many sentences, the site's words glued before its first one
# may reach: a site's lead-in is a few sentences of genre talk and its offer (seen up to four).
HEAD_REACH = 300
HEAD_SENTENCES = 4


def glued_first_sentences(text: str, head_drop: Callable[[str], Rule | None],
                          first_rule: Callable[[str], Rule | None]) -> tuple[tuple[int, int], Rule] | None:
    """The mirror of glued_last_sentence at the paragraph's start: a site's sentences (its
    lead-in, "……下面是小编整理的范文，供大家参考。") glued before the document's first line with
    no blank between, when a rule drops them as a line of their own and what follows the stop
    opens a document (_document_starts) or is prose, they speak as the site (_SITE_WORDS), and
    no rule drops what follows: their span and that rule. The
    shortest such run of sentences is taken, and none reaching past a document's start; only the
    first HEAD_REACH characters are read."""
    start = len(text) - len(text.lstrip())
    if not _SITE_WORDS.search(text, start, start + HEAD_REACH):
        # Every piece tried below lies in these characters and must hold the site's words: a
        # paragraph without them in its head (most) has none to cut, so nothing else is read.
        return None
    if _document_starts(text):
        # The paragraph opens the document itself (its salutation, its first heading): a site's
        # sentence after its first lines is glued at their end, not before them.
        return None
    seams = [m.end() for m in _STOP.finditer(text, start, min(len(text), start + HEAD_REACH))][:HEAD_SENTENCES]
    for seam in seams:
        piece, rest = text[start:seam].strip(), text[seam:]
        opens = _document_starts(rest)
        if (not rest.strip() or sum(char.isalnum() for char in piece) < PIECE_MIN_WORD_CHARS
                or _NUMBERED.match(piece) or (rule := head_drop(piece)) is None
                or inside_brackets(piece) or not _SITE_WORDS.search(piece)
                or not (opens or holds_prose(rest))
                or drops(first_rule(" ".join(rest.split())))):
            if opens:
                # The document starts here (a salutation, its first heading): a longer run of
                # sentences would take its first lines with the site's.
                return None
            continue
        return (0, seam), rule
    return None


# A document's first line after the site's glued lead-in: a salutation or an addressee ("尊敬的
# 各位领导：", "县教育局："), its first numbered heading, or the first sample's name ("…合同篇1").
_SALUTATION = LazyPattern(r"^\s*(?:尊敬的|敬爱的|亲爱的|親愛的|各位|同志们|同志們"
                         r"|[^，,。！？!?：:\s]{2,20}[：:])")
SAMPLE_START_CHARS = 60
# The glued sentences speak as the site does, in words no document uses of itself: its editor or
# itself (小编, 本站), the samples it offers (范文, 例文), its offer for reference or reading
# (供大家参考, 欢迎阅读). ("大家" alone is a news item's residents too, and a speaker's
# "给大家推荐《…》，希望大家喜欢" names a book.)
_SITE_WORDS = re.compile(r"小[编編]|本站|本网|本網|范文|範文|例文|范本|範本|供(?:大家|您|你)?[参參]考"
                         r"|[欢歡]迎(?:阅读|閱讀|参考|參考|借鉴|借鑒)")


def _document_starts(rest: str) -> bool:
    """Whether what follows the glued sentences opens a document: a paragraph running on from
    them (a news item's next sentence) is the same text, and the sentences before it stay."""
    from ..headings.samples import sample_marker  # (the headings pass's reading of a marker)
    rest = rest.strip()
    return bool(_SALUTATION.match(rest) or _NUMBERED.match(rest)
                or sample_marker(rest[:SAMPLE_START_CHARS], announced=True) is not None)


def _lead_in(rule: Rule | None) -> Rule | None:
    """The rule when it is a lead-in's (the only site's words looked for before a paragraph's
    first sentence with no blank between) that needs nothing of what follows it (a not_before
    reads the next line, which the glued text is not)."""
    return rule if rule is not None and rule.concept == LEAD_IN and not rule.not_before else None


LEAD_IN = "lead-in"
