"""What a numbered line looks like on its own: a heading, a run-in heading, a label and its
value (used by rules.py, which asks the proofs in proofs.py whether the shape stands).

- heading_shape: short and open ("一、加强组织建设", "一、什么是心得？");
- closed_shape / long_colon_shape: closed by "。" before body text or by "：" ("1、特点：");
- long_shape: a speech's part heading of several clauses, longer than a heading;
- field_shape: "一、活动主题：我爱读书", a label and its value;
- runin_cut / clause_runin_cut / comma_runin_cut: where a run-in heading ends in its paragraph.
"""

from __future__ import annotations

import re

from ..regex_cache import LazyPattern
from .measure import HAS_WORD as _HAS_WORD
from .measure import LINE_PUNCT as _UNNUMBERED_PUNCT
from .measure import OPEN_END as _OPEN_END
from .measure import SENTENCE_INSIDE as _SENTENCE_INSIDE
from .measure import is_body, leads_into_list, visible_len
from .numbering import ORDINAL_FAMILIES, SECTION_FAMILIES, Marker, parse_marker

HEADING_MAX_CHARS = 45
RUNIN_MAX_CHARS = 25

# A run-in heading: a short phrase closed by 。 or ：, then body text in the same paragraph.
# (scanned to twice the length: pinyin glosses inside do not count, runin_cut measures)
# A naming phrase may quote a slogan or name a document ("一、争做“绿色出行、文明出行”的宣传者。",
# "1.学习《条例》。"): a quoted or booked span counts as one word, whatever marks it holds inside.
_QUOTED = r"“[^“”\n]{1,16}”|《[^《》\n]{1,20}》|「[^「」\n]{1,16}」"
_RUNIN = LazyPattern(rf"(?P<head>(?:[^，,。；;：:！!？?、“”\"《》「」]|{_QUOTED}){{2,{2 * RUNIN_MAX_CHARS}}}?)"
                     rf"(?P<mark>[。：:！!])(?P<body>.+)")
RUNIN_COMMA_MAX_CHARS = 12
RUNIN_COMMA_BODY_MIN = 10
_RUNIN_COMMA = LazyPattern(rf"(?P<head>[^，,。；;：:！!？?、“”\"《》]{{2,{RUNIN_COMMA_MAX_CHARS}}})[，,](?P<body>.+)")
# "修改为：" "如下：" introduce a quotation or a list; the phrase before them is no heading.
# ("本办法规定：" introduces; "预约规定：" "使用规定：" name rules: 规定 after a document or "本" only)
# (a document ending in 约 introduces, "公约规定："; "预约规定：" names the rules on booking)
_INTRODUCER_END = LazyPattern(r"(?:为|如下|下列|以下|包括|是|有"
                              r"|(?:^|[本该法例则法规程件同议]|(?<=[公合条规契协])约)规定|指|即"
                              r"|(?<![名职])称)$")

# A numbered line closed by "。" is a heading ("（一）写实性。") when body text follows; one
# closed by "：" ("1、特点：") when it is a few words.
CLOSED_MAX_CHARS = 30
COLON_MAX_CHARS = 12

# "2、心得体会怎么写？心得体会的写法": a question and the name of its answer, one heading (the
# name is a noun phrase: "…的写法", "格式"; "为什么入党？因为…" answers with a sentence).
_ASKED_AND_NAMED = LazyPattern(
    r"[^，,。；;：:！!？?、]{2,15}[？?]"
    r"[^，,。；;：:！!？?、]{0,12}(?:写法|寫法|格式|方法|定义|定義|含义|含義|要求|内容|內容|步骤|步驟|技巧|事项|事項"
    r"|作用|意义|意義|特点|特點|结构|結構|要点|要點|原则|原則)")


# "一、为什么要读书？——从一本小书说起": a question and, after a dash, its subtitle (a phrase, no
# sentence), one heading.
_ASKED_WITH_SUBTITLE = LazyPattern(r"[^，,。；;：:！!？?、]{2,20}[？?]\s*(?:——|—|--)\s*[^。；;！!？?]{2,20}")


def heading_shape(text: str, marker: Marker) -> bool:
    """A numbered line short and open enough to be a heading on its own (a question heading,
    "一、什么是心得？", ends with its question mark; "2、…怎么写？…的写法" asks and names; "…？——…"
    asks and gives a subtitle)."""
    rest = text[marker.end:].strip()
    core = rest[:-1] if rest.endswith(("？", "?")) else rest
    if _ASKED_AND_NAMED.fullmatch(core) or _ASKED_WITH_SUBTITLE.fullmatch(core):
        core = core.replace("？", "").replace("?", "")
    # (a sloppy "2。" typed for "2." closes the number, no sentence)
    label = text[:marker.end].rstrip().removesuffix("。") if marker.family == "arabic" else text[:marker.end]
    if visible_len(text) > HEADING_MAX_CHARS or _SENTENCE_INSIDE.search(label + core):
        return False
    if marker.family in ORDINAL_FAMILIES:
        # "第一章" alone is a heading whose name may follow on the next line.
        return not rest or rest[-1] not in _OPEN_END
    return len(core) >= 2 and bool(_HAS_WORD.search(core)) and core[-1] not in _OPEN_END


# "1、尽量回复每个会员的帖子，作为会员，最看重的不是" over "加分多少，而是…": a numbered sentence its writer
# wrapped by hand, clauses running on into the next line. A heading's words end on its own line;
# the text under it, even unpunctuated, is not its clauses' continuation.
def runs_on(text: str, marker: Marker, following: str | None) -> bool:
    """A numbered line of clauses (a comma inside) whose next line, unnumbered, goes on with more
    clauses and ends no sentence anywhere: one wrapped sentence, a list item, never a heading."""
    rest = text[marker.end:]
    return (bool(following) and bool(_COMMA.search(rest)) and parse_marker(following) is None
            and bool(_COMMA.search(following)) and not _SENTENCE_INSIDE.search(following)
            and following.rstrip()[-1] not in _OPEN_END)


_COMMA = LazyPattern("[，,]")


# A speech's part heading runs to a few clauses: "一、形势严峻，我们务必充分认识…，坚定信心，进一步
#增强应对复杂局势的紧迫感和使命感" above its body, no sentence end anywhere.
LONG_HEADING_MAX_CHARS = 80


def long_shape(text: str, marker: Marker) -> bool:
    """A 一、 line longer than a heading, made of clauses with no sentence end, left open by no mark:
    a speech's part heading (proven like any other: by its siblings or as a page's first part)."""
    rest = text[marker.end:].strip()
    return (marker.family in SECTION_FAMILIES and HEADING_MAX_CHARS < visible_len(text) <= LONG_HEADING_MAX_CHARS
            and not _SENTENCE_INSIDE.search(rest) and rest[-1] not in _OPEN_END and bool(re.search("[，,]", rest)))


def closed_shape(text: str, marker: Marker, following: str | None) -> bool:
    """"（一）写实性。" before body text, "1、特点：" before anything: headings closed by a mark."""
    rest = text[marker.end:].strip()
    if not rest or marker.family in ORDINAL_FAMILIES or following is None:
        return False
    core = rest[:-1]
    # A colon inside ("正文：正文部分可分为…。") makes a label and its text: a run-in.
    if len(core) < 2 or _SENTENCE_INSIDE.search(core) or re.search("[：:]", core) or not _HAS_WORD.search(core):
        return False
    if names_first_child(text, marker):
        return False  # "二、参会人员 （一）院领导班子成员。": a part's name and its first item (glued.blank_cut)
    if rest[-1] == "。" and re.search("[，,].*[“”\"]", core):
        return False  # "（二）称呼，标题下一行顶格写“…”。": a label and an instruction quoting text
    if rest[-1] == "。" and obliges(core):
        return False  # "1.考生须凭证件入场。": a rule laid on someone, one provision of a list
    if rest[-1] == "。":
        # Body text follows, or the first of its own numbered parts ("（二）…。" then "1.…").
        child = parse_marker(following)
        opens = (((is_body(following) or leads_into_list(following)) and child is None)
                 or (child is not None and child.rank > marker.rank))
        return visible_len(core) <= CLOSED_MAX_CHARS and opens
    return rest[-1] in "：:" and visible_len(core) <= COLON_MAX_CHARS and not _INTRODUCER_END.search(core)


# "二、参会人员 （一）院领导班子成员。": where a line break became a blank, a part's name and the
# first item of its own list share a line; the item's closing "。" closes no heading.
_BLANK_THEN_MARKER = LazyPattern(r"\s+(?=\S)")


def names_first_child(text: str, marker: Marker) -> bool:
    """The words after the marker are a name, a blank, then a marker numbered 1 of a lower family."""
    gap = _BLANK_THEN_MARKER.search(text, marker.end)
    child = parse_marker(text[gap.end():]) if gap else None
    return child is not None and child.number == 1 and child.rank > marker.rank


# "一、以党建为引领，全面加强基层党组织建设，切实提高党组织的凝聚力和战斗力。" alone on its line above
# its paragraph: a plan's or a speech's part heading written as one statement, closed by "。".
STATEMENT_MAX_CHARS = HEADING_MAX_CHARS
_STATEMENT_FAMILIES = ("capital", "yi", "paren_cn", "arabic")
# A directive names who must act ("各单位要…", "全体党员必须…"): a notice's provision, a sentence.
_ADDRESSED = LazyPattern(r"^(?:各|全体|所有|凡|每|广大)")
# "考生须凭…入场" "参赛者不得…" "车辆一律…": someone (named first) bound by a word of obligation, a
# rule's sentence. A part's name carries none of these after its first words ("考生须知" is a name).
_OBLIGED = LazyPattern(r"(?<=[\u4e00-\u9fff])(?:须(?!知)|不得|应当|严禁|禁止|不准|一律)")


def obliges(core: str) -> bool:
    """A subject, then a word binding it: "…须…", "…不得…", "…应当…" (not at the words' start,
    where "严禁酒后驾车" names a part as a slogan does)."""
    return _OBLIGED.search(core) is not None


def statement_shape(text: str, marker: Marker) -> bool:
    """A numbered line of clauses closed by "。" (a quoted phrase inside allowed) and no other
    sentence end, too long or too quoting for closed_shape. Alone it may be a list's sentence item;
    statement_siblings (proofs.py) asks for a sibling closed the same way, each above its paragraph
    (rules.py asks for the paragraph)."""
    rest = text[marker.end:].strip()
    if marker.family not in _STATEMENT_FAMILIES or not rest.endswith("。"):
        return False
    core = rest[:-1]
    return (2 <= visible_len(core) <= STATEMENT_MAX_CHARS and not _SENTENCE_INSIDE.search(core)
            and not re.search("[：:]", core) and bool(re.search("[，,]", core)) and bool(_HAS_WORD.search(core))
            and not _CLAUSE.search(re.split("[，,]", core)[0]) and not _ADDRESSED.search(core)
            and not obliges(core))


def long_colon_shape(text: str, marker: Marker) -> bool:
    """"二、货运停运及车辆限行相关通知：" above body text: a heading closed by a colon, longer
    than closed_shape's labels, without a comma or a sentence end. Alone it may as well be a
    sentence introducing what follows; colon_siblings asks for a sibling closed the same way."""
    rest = text[marker.end:].strip()
    if marker.family in ORDINAL_FAMILIES or not rest or rest[-1] not in "：:":
        return False
    core = rest[:-1]
    return (COLON_MAX_CHARS < visible_len(core) <= CLOSED_MAX_CHARS and not _INTRODUCER_END.search(core)
            and not _UNNUMBERED_PUNCT.search(core) and bool(_HAS_WORD.search(core)))


# A field's label: a few words, then a colon and the value on the same line.
FIELD_LABEL_MAX_CHARS = 8


def field_shape(text: str, marker: Marker) -> bool:
    """"一、活动主题：我爱读书", "六、活动时间：6月17-19日": a numbered label, a colon, its value."""
    label, colon, value = text[marker.end:].partition("：") if "：" in text else text[marker.end:].partition(":")
    return bool(colon) and 2 <= visible_len(label) <= FIELD_LABEL_MAX_CHARS and bool(value.strip())


# "1. 题目：《山村的早晨》": a label whose whole value is a booked title.
_BOOKED_VALUE = LazyPattern(r"\s*《[^《》]+》\s*$")


def booked_value_cut(text: str, marker: Marker) -> int:
    """Where a field's label ends (after its colon) when its value is a booked title alone: a
    field of an exam's or a form's list, as "活动主题：我爱读书" is (runin_cut leaves a quotation after
    a colon to the phrase introducing it)."""
    rest = text[marker.end:]
    colon = min((i for i in (rest.find("："), rest.find(":")) if i >= 0), default=-1)
    if colon < 0 or not _BOOKED_VALUE.fullmatch(rest[colon + 1:]):
        return 0
    return marker.end + colon + 1


def comma_runin_cut(text: str, marker: Marker) -> int:
    """A few words closed by a comma ("一、预警系统的启动，发生…时") run in too, when nothing
    else fits; such run-ins come in pairs (comma_runins_in_pairs)."""
    comma = _RUNIN_COMMA.match(text, marker.end)
    if comma and len(comma.group("body").strip()) >= RUNIN_COMMA_BODY_MIN:
        head = comma.group("head").strip()
        if not (_INTRODUCER_END.search(head) or _CLAUSE.search(head)):
            return comma.start("body")
    return 0


# An opening clause, not a heading: a condition or a time ("…以内的，", "在…过程中，", "如果…，").
_CLAUSE = LazyPattern(r"^(?:在|对|从|为|按|根据|通过|随着|由于|当(?!好)|自|如果|若|凡|经|因)|[的时后前中内外下上里]$")


# "1. 快：事情办完三天内出刊最好…" "2. 短：…": a point named by one word before its colon. Not a
# question's or an answer's mark ("问：" "答："), a note's, an example's, nor a verb opening a sentence.
_ONE_WORD_LABEL = LazyPattern(r"\s*(?P<head>[\u4e00-\u9fff])[：:](?P<body>[^：:]{10,})")
_NOT_ONE_WORD_LABEL = "问答注例如即是有在的对说曰按据见"


def runin_cut(text: str, marker: Marker) -> int:
    """Offset where a run-in heading ("（一）加强组织建设。正文…") ends, or 0."""
    one = _ONE_WORD_LABEL.match(text, marker.end)
    if one and one.group("head") not in _NOT_ONE_WORD_LABEL and is_body(one.group("body").strip()):
        return one.start("body")
    match = _RUNIN.match(text, marker.end)
    if not match or len(match.group("body").strip()) < 2:
        return 0
    if re.match(r"\d[:：]\d", text[match.start("body") - 2:match.start("body") + 1]):
        return 0  # "…上午9:50入场": a time, not a heading's colon
    head = match.group("head").strip()
    if visible_len(head) > RUNIN_MAX_CHARS:
        return 0
    # A quotation after a colon is what the phrase introduces ("修改为：“…”"); after a full stop it
    # opens the paragraph the phrase names ("一、坚持问题导向。“问题是时代的声音”，…").
    quoted_body = match.group("body").lstrip().startswith(("“", "\"", "《"))
    if _INTRODUCER_END.search(head) or (quoted_body and match.group("mark") in "：:"):
        return 0
    return match.start("body")


# "1.标题——标题一般包括…", "2.正文——正文是…": a label of a few words, a dash, its explanation.
DASH_LABEL_MAX_CHARS = 8
_RUNIN_DASH = LazyPattern(
    rf"(?P<head>[^，,。；;：:！!？?、“”\"《》（）()—\s]{{2,{DASH_LABEL_MAX_CHARS}}})(?=——(?P<body>.+))")


def dash_runin_cut(text: str, marker: Marker) -> int:
    """Where a label set off from its explanation by a dash ends (before the dash, which stays
    with the text it introduces), or 0. Such labels run in beside siblings set off the same way
    (rules.py lets in_sequence ask)."""
    match = _RUNIN_DASH.match(text, marker.end)
    body = match.group("body").strip() if match else ""
    # (a short explanation ends its sentence: "3.落款——发文单位和日期。")
    if len(body) < RUNIN_COMMA_BODY_MIN and not (len(body) > 2 and body[-1] == "。"):
        return 0
    return match.end("head")


# "1.开头很重要，要写好标题。正文…": a run-in heading holding a comma (or an enumeration comma:
# "（一）实施机关、事业单位带头安置残疾人就业行动。"), beside plain run-in siblings.
# (a quoted slogan or a booked name counts as one word, as in _RUNIN: "（一）守住“数量”底线，…。")
_RUNIN_CLAUSE = LazyPattern(rf"(?P<head>(?:[^。；;：:！!？?“”\"《》]|{_QUOTED}){{2,{2 * RUNIN_MAX_CHARS}}}?)"
                            r"。(?P<body>.+)")


# "（一）例行约谈，即工作约谈。…": a name and its gloss after "即" — one name, not two clauses.
_GLOSS = LazyPattern(r"[，,]\s*(?:即|也就是|又称|亦称|简称|俗称)")


def glossed(text: str, marker: Marker, cut: int) -> bool:
    """The run-in heading ending at `cut` is a name glossed after its comma ("X，即Y。")."""
    return bool(_GLOSS.search(text, marker.end, cut))


# "具体做到：" after the heading's full stop, the points ①②③ on the lines below: a short clause
# handing over to the list, the heading's text, however short.
_POINTS_LEAD = LazyPattern(r"^[\u4e00-\u9fff]{2,8}[:：]$")


def clause_runin_cut(text: str, marker: Marker, points_below: bool = False) -> int:
    """Offset where a run-in heading of two short clauses ends, or 0 (rules.py asks for a plain
    run-in sibling next to it: alone it is a provision's first sentence). `points_below`: the next
    line is the first of numbered points, which a short clause closed by a colon may introduce."""
    match = _RUNIN_CLAUSE.match(text, marker.end)
    if not match or (len(match.group("body").strip()) < RUNIN_COMMA_BODY_MIN
                     and not (points_below and _POINTS_LEAD.match(match.group("body").strip()))):
        return 0
    head = match.group("head")
    if not re.search("[，,、]", head) or visible_len(head) > RUNIN_MAX_CHARS or _opens_clause(head):
        return 0
    return match.start("body")


def _opens_clause(head: str) -> bool:
    """The head opens with a condition or a time, or ends like one ("在…过程中，…"); a four-character
    slogan is none ("从我做起，…", "为民服务，…"), unless it names a time ("在此期间")."""
    first = re.split("[，,、]", head)[0]
    if len(first) == 4 and not _TIME_END.search(first) and not _CLAUSE.search(head[len(first):]):
        return False
    return bool(_CLAUSE.search(head))


_TIME_END = LazyPattern(r"[间时后前中内外下上里的]$")
# "积极行动，以主人翁姿态投身创建活动。" "增强责任意识，做文明风尚的传播者。": a short verb phrase, a comma
# and what it asks of the reader, each point of an 倡议书 or a speech headed so; heads of this one shape
# prove each other (proofs.clause_runins). A provision reads otherwise: its second clause rules
# ("上班时间，不得擅离岗位。") or its first names who must act ("各单位，…").
NAMED_FIRST_MAX_CHARS = 8
_RULING = LazyPattern(r"^(?:不得|不准|不许|严禁|禁止|必须|须|应|要|可|由|经|按|凡|如|若|则|即|是|每|一律"
                      r"|给予|扣|罚|处)")
# An amount or a count ("每次扣款二十元", "3天内") makes a rule of it, never a name (digits are folded
# to ASCII before the rules read a line). "一个" alone is the article, no count ("不让一个孩子掉队").
_AMOUNT = LazyPattern(r"[0-9]|(?!一个)[一二三四五六七八九十百千两]+[元次天日个项%]")


def named_clause_head(text: str, cut: int, marker: Marker) -> bool:
    """A clause run-in's head ("1、积极行动，以主人翁姿态投身创建活动。") of the naming shape above."""
    clauses = [c.strip() for c in re.split("[，,]", text[marker.end:cut].rstrip("。"))]
    if len(clauses) != 2:
        return False
    first, second = clauses
    return (2 <= visible_len(first) <= NAMED_FIRST_MAX_CHARS and visible_len(second) >= 2
            and not _ADDRESSED.search(first) and not _RULING.match(second) and not _TIME_END.search(first)
            and not _AMOUNT.search(first + second))
