"""Run-in headings without numbers: a series of paragraphs, each opened by a naming phrase.

倡议书, speeches and blog posts name their points without numbering them: "做安全出行的参与者。从现在
起…" / "做文明出行的践行者。出行中…", "突出…重要讲话。在…" / "突出…新内容。在…". Alone, a short
first sentence proves nothing (a paragraph may open "时间过得真快。"); what proves the names is the
series: two or more paragraphs in a row, each opened by a short phrase closed by "。" or "！" with its
paragraph after it, the phrases built alike (the same opening word, or the same closing word: "做…者",
"往“深”看…", "…制"). A phrase that opens like a sentence (a pronoun, a conjunction, a greeting, a
time) or ends like one (了, 吗, 呢…) is a sentence, and a series holding one is no series.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..regex_cache import LazyPattern
from .measure import is_body, leads_into_list, visible_len
from .numbering import parse_marker

# A naming phrase: Chinese words (a quoted slogan or a booked name counts as one), a few at most.
PHRASE_MIN_CHARS, PHRASE_MAX_CHARS = 3, 16
_PHRASE = LazyPattern(
    r"^(?P<head>(?:[\u3400-\u9fff]|“[^“”，,。；;！!？?]{1,10}”|《[^《》]{1,16}》|[，,：:](?=\S)){2,24}?)"
    r"(?P<mark>[。！!])(?P<body>.+)$")
# A head of two clauses ("着眼“学懂”，“深化于学”悟原理。", "第一个关键词：专注。") reads like a sentence's
# opening more often:
# such heads make a series only three or more in a row, each of two clauses, all opening alike.
CLAUSE_SERIES_MIN = 3
# Paragraphs in a row, each so opened, at least this many.
SERIES_MIN = 2
# The body after the phrase: a sentence of the paragraph, not a second phrase.
BODY_MIN_CHARS = 12
# Words a sentence opens with, never a name: pronouns, conjunctions, greetings, times, places.
# ("第一，" opens a sentence; "第一个阶段：" "第一点" "第一步：" "第一：" name the step they count.)
_SENTENCE_OPENING = LazyPattern(
    r"^(?:[我你您他她它咱这那此其该每各某谁]|楼主|小编|网友|笔者|本人|大家|同志|同学|老师|朋友|亲爱|尊敬|感谢|谢谢|今|明|昨|去年|前年|近年"
    r"|目前|当前|现在|如今|最近|上午|下午|晚上|因为|所以|但|而|虽|如果|若|只有|只要|因此|于是|总之|然后|接着"
    r"|首先|其次|再次|最后|第[一二三四五六七八九十](?![个点步]|\s*[:：])|一是|二是|三是|是|有|在|对|从|当|据|经|通过|随着|本)")
# Words a sentence ends with (particles, a completed action).
_SENTENCE_END = LazyPattern(r"(?:[了吗呢吧啊呀哦么过着]|[的地得]$)$")


def _phrase(text: str) -> tuple[str, int] | None:
    """(the phrase, where the body starts) when the line opens with a naming phrase and goes on."""
    match = _PHRASE.match(text.strip())
    if not match or parse_marker(text) is not None:
        return None
    head = match.group("head")
    body = match.group("body").strip()
    if len(re.findall("[，,：:]", head)) > 1:
        return None
    if not (PHRASE_MIN_CHARS <= visible_len(head) <= PHRASE_MAX_CHARS) or len(body) < BODY_MIN_CHARS:
        return None
    if _SENTENCE_OPENING.match(head) or _SENTENCE_END.search(head) or not is_body(body):
        return None
    offset = len(text) - len(text.lstrip())
    return head, offset + match.start("body")


# "遵守纪律。" "爱护环境。" "团结同学。": three or more short names of one length are alike too.
EVEN_MIN, EVEN_MAX_CHARS = 3, 8


def _alike(heads: list[str]) -> bool:
    """The phrases are built alike: one opening word, or one closing word, for all of them; or
    three or more, all short and of one length."""
    bare = [re.sub(r"[“”《》]", "", h) for h in heads]
    clauses = [bool(re.search("[，,：:]", h)) for h in bare]
    if any(clauses):
        return len(bare) >= CLAUSE_SERIES_MIN and all(clauses) and len({h[0] for h in bare}) == 1
    if len({h[0] for h in bare}) == 1 or len({h[-1] for h in bare}) == 1:
        return True
    return len(bare) >= EVEN_MIN and len({len(h) for h in bare}) == 1 and len(bare[0]) <= EVEN_MAX_CHARS


def _of_one_form(run: list[tuple[int, str, int]]) -> list[list[tuple[int, str, int]]]:
    """The run cut where its heads change form (a bare name, or one of two clauses): "登记免疫一样不落。"
    "出门遛犬一定拴绳。" "犬只粪便随手清理。" then the closing call "邻里和睦靠大家，文明养犬从我做起。…",
    a sentence of two clauses opening the page's last paragraph, no name of the series above it."""
    parts: list[list[tuple[int, str, int]]] = []
    for item in run:
        clause = bool(re.search("[，,：:]", item[1]))
        if parts and bool(re.search("[，,：:]", parts[-1][-1][1])) == clause:
            parts[-1].append(item)
        else:
            parts.append([item])
    return parts


def _fills_section_end(run: list[tuple[int, str, int]], texts: list[str | None], heads: set[int]) -> bool:
    """The run closes its section: it opens right under the section's heading (or under one lead
    paragraph) and the next heading, or the page's end, follows its last paragraph."""
    first, last = run[0][0], run[-1][0]
    following = next((i for i in range(last + 1, len(texts)) if texts[i] != ""), len(texts))
    above = [i for i in range(first - 1, -1, -1) if texts[i] != ""][:SECTION_LEAD_MAX + 1]
    return ((following == len(texts) or following in heads)
            and any(i in heads and all(is_body(texts[j]) for j in above[:n]) for n, i in enumerate(above)))


# Above a series that closes its section, at most this many lead paragraphs under the heading.
SECTION_LEAD_MAX = 1
# Sections whose paragraphs are all named so make the series' proof when its names differ in form.
SECTIONS_MIN = 2


def shaped_runs(texts: list[str | None], shape, free) -> Iterator[list[tuple]]:
    """The runs of consecutive paragraphs that `shape(index, text)` gives a shape for (a tuple:
    each run item is the index, then the shape), among those `free(index)` leaves undecided. An
    empty paragraph between two breaks no run; a table or a picture (None) does."""
    run: list[tuple] = []
    for index, text in enumerate(texts):
        if text == "":
            continue
        shaped = shape(index, text) if text and free(index) else None
        if shaped is None:
            if run:
                yield run
            run = []
            continue
        run.append((index, *shaped))
    if run:
        yield run


def runin_series(texts: list[str | None], free, heads: set[int] = frozenset()) -> dict[int, int]:
    """Block index -> where its run-in heading ends, for each paragraph of a series. `heads`: the
    page's headings, whose sections prove a series by filling them (below)."""
    found: dict[int, int] = {}
    unproven: list[list[tuple[int, str, int]]] = []

    def close(run: list[tuple[int, str, int]]) -> None:
        if len(run) >= SERIES_MIN and _alike([head for _, head, _ in run]):
            found.update({index: cut for index, _, cut in run})
        elif len(run) >= SERIES_MIN:
            forms = _of_one_form(run)
            alike = [part for part in forms if len(forms) > 1 and len(part) >= SERIES_MIN
                     and _alike([head for _, head, _ in part])]
            for part in alike:
                found.update({index: cut for index, _, cut in part})
            if not alike:
                unproven.append(list(run))

    for run in shaped_runs(texts, lambda _index, text: _phrase(text), free):
        close(run)
    # "人居环境整治常态开展。…" / "矛盾纠纷及时化解。…" under part 二, where part 一's points made a
    # series built alike: the page names its points so, and a run of two in its next part is one too.
    if found:
        found.update({index: cut for other in unproven for index, _, cut in other})
    # "（一）旧房更新提速…" / "加装电梯由点成片。…" / "非机动车充电有了去处。…" / "（二）…" / "楼组议事会覆盖过半。…":
    # names unlike one another, but every section closes on its own series of them: the page
    # names its points so.
    closing = [run for run in unproven if _fills_section_end(run, texts, heads)]
    if len(closing) >= SECTIONS_MIN:
        found.update({index: cut for other in closing for index, _, cut in other})
    return found


# "命题：各科目须在第17周前…。" / "审核：试卷须经三级审核…。" / "印制：…。": a page's points named by a
# label before a colon, each label opening its own paragraph of sentences. A label and a value that
# is no sentence ("时间：2024年5月1日", "地点：操场") is a field: no point.
_LABELLED = LazyPattern(r"^\s*(?P<head>[\u3400-\u9fff]{2,8})\s*[：:](?P<body>.+)$")
# Right under the line opening them, a section's points may be named at more length ("缺少自己的工作场景：").
_LONGER_LABELLED = LazyPattern(r"^\s*(?P<head>[\u3400-\u9fff]{2,12})\s*[：:](?P<body>.+)$")
LABEL_SERIES_MIN = 3
# A plain paragraph may stand between two points (the point above goes on in it); two end the series.
LABEL_GAP_MAX = 1
_SENTENCE_MARK = LazyPattern(r"[。；;！!？?，,]")


def _labelled(text: str, form: re.Pattern[str] = _LABELLED) -> int | None:
    """Where the body starts when the line is a label, a colon and sentences."""
    match = form.match(text)
    if not match or parse_marker(text) is not None or _SENTENCE_OPENING.match(match.group("head")):
        return None
    body = match.group("body").strip()
    if len(body) < BODY_MIN_CHARS or not _SENTENCE_MARK.search(body) or not is_body(body):
        return None
    return match.start("body")


def label_runins(texts: list[str | None], free) -> dict[int, int]:
    """Block index -> where its label ends, for each point of a series of labelled paragraphs
    (three or more, at most one plain paragraph between two of them), on a page with no sections."""
    found: dict[int, int] = {}
    run: list[tuple[int, int]] = []
    gap = 0
    # A point ending on a colon ("教学方面：…做好以下几件事：") leads into its own numbered list: the
    # list's items are the point's, no gap in the series.
    listing = False

    def close() -> None:
        if len(run) >= LABEL_SERIES_MIN:
            found.update(dict(run))

    for index, text in enumerate(texts):
        if not text:
            continue
        cut = _labelled(text) if free(index) else None
        if cut is not None:
            run.append((index, cut))
            gap = 0
            listing = leads_into_list(text)
            continue
        if listing and parse_marker(text) is not None:
            continue
        listing = False
        gap += 1
        if gap > LABEL_GAP_MAX:
            close()
            run = []
    close()
    return found


# A section's points named by labels: two at least, one right under the other.
OPENING_LABELS_MIN = 2


def opening_label_runins(texts: list[str | None], free, opens: set[int]) -> dict[int, int]:
    """Block index -> where its label ends, for the labelled paragraphs a section opens with:
    "二、服务时间变化" (or a sentence leading into its points, "…找到了几个原因：") / "变更理由：…。" /
    "调整后时段：…。": two or more in a row right under the line that opens them. On a page with
    sections label_runins does not read its series of three; a section's own points stand where
    its text starts. `opens`: the indices of the lines that open a section (its headings)."""
    found: dict[int, int] = {}
    for start in sorted(opens | {i for i, t in enumerate(texts) if t and leads_into_list(t)}):
        run: list[tuple[int, int]] = []
        for index in range(start + 1, len(texts)):
            text = texts[index]
            cut = _labelled(text, _LONGER_LABELLED) if text and free(index) else None
            if cut is None:
                break
            run.append((index, cut))
        if len(run) >= OPENING_LABELS_MIN:
            found.update(run)
    return found
