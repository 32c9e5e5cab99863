"""A learned chrome-line scorer: names the family of short lines no rule names, where chrome lives.

Rules (rules/*.yaml) are written from the pages their authors saw, and each new site words
its chrome differently. The shape of chrome carries better than its words: a short line of
label:value fields, a date with a count, Latin interface words on a Chinese page, a run of
short lines above the first paragraph of prose. chrome_model.json holds a logistic regression
over such shape features and the kinds of the line's neighbours (chrome or body), with, when it
says `"words": true`, the line's words as well (`wording`: character 1-3-grams of its rule form
and a field's label, built only for a line the scorer judges), and per-family naive-Bayes tables
over shape and characters (which family, once the model said chrome). It is trained by
tests/eval/loso_chrome.py (`make loso-chrome WRITE=--write`) on every labelled dev split; its
threshold is set in log-odds above the highest-scoring body line of any split scored by a model
trained without that split. The same script prints each split scored by a model trained, and
thresholded, without it (leave one split out).

The scorer acts only where chrome lives: a short, non-prose text line in the head (before the
first paragraph of prose), in the tail (after the last one) or between two lines already
recognised as chrome, never on a heading, a numbered line, a sample's marker, a table row,
a line holding a mask (a fill-in field such as `副组长:__`), nor on the author's forms that look
like chrome (scored_guards.py: a caption, a list's items, a letter's closing, a notice's fields).
A reviewer's keep mark (ruleset.keeping_rule) protects a line from it as from every rule. Each
removal is recorded as `<family>.scored`.

History: issue 18d's scorer also decided on character n-grams and was not shipped (on fresh3 it
removed two sample markers and a keywords line). Left out one split at a time, a model deciding
on n-grams caught fewer chrome lines on every split than one on shape alone (fresh7: 65.3 %
against 75.0 % chrome gone), so words then only named the family. Issue 18m3 measured words
again, as character 1-3-grams beside the shape in one L2 logistic regression (tests/eval/
loso_wording.py), and it caught more out of fold than shape alone with no body line lost. Issue
18m4 shipped the scorer's guards (scored_guards.py) and a shape model fitted as loso_wording fits
(L2 logistic, L-BFGS, a log-odds margin); with them, shape alone caught more out of fold than
shape + words (loso_chrome.py: 14 chrome lines against 9, none of the body lost by either), so
the shipped model reads no words (`"words": false`); `wording` stays for `--words` models.
Round 27 (k27) added title_features (the line against the title the pipeline took), which the
shipped model, trained before them, does not weigh; tests/eval/loso_own.py records what models
trained with them on the own-words pages did (none beat the shipped one on both groups).
Round 31 (c31) retrained on own-tune alone (863 pages; loso_own.py, `make loso-own`) with
neighbour_features (the shapes of the lines above and below, read only by a model that says
`"neighbours": true`): cross-validated on own-tune it took 27 chrome lines beyond the rules (the
shipped model 30), and measured once it took one chrome line fewer on own-check (809 -> 808, body
2035 -> 2037): not shipped. Round 35 (sc35) added page_form (the head's and the tail's length and what
the rules took of them, read only by a model that says `"form": true`); the best by
cross-validation on own-tune (1049 pages) took no more chrome on own-check or own-held and lost
body lines on own-held and the genre set: not shipped (loso_own.py).
"""

from __future__ import annotations

import functools
import math
import os
import re
import unicodedata
from collections import Counter

import panflute as pf

from ..elements import block_text, is_text_block
from ..headings.samples import sample_marker
from ..masks.find import could_hold_mask, find_masks
from ..regex_cache import LazyPattern
from ..script import fold_script
from .line_form import rule_form

# The shipped model, beside this module. MODEL_PATH (a Path, which the training scripts read and
# set) is made when asked for: pathlib costs `pandoc --filter` 20 M instructions to import.
_MODEL_FILE = os.path.join(os.path.dirname(__file__), "chrome_model.json")
# A line longer than this, or with this many sentences, is prose: never scored.
MAX_CHARS = 160
# A head line the text prints this often below its head is the text's own (a cell, a column head).
TEXT_CELL_REPEATS = 2
PROSE_SENTENCES = 2
# A paragraph of prose: where the body starts (head ends) and where it ends (tail starts).
PROSE_MIN_CHARS = 60
# A sentence (ending in 。！？) this long, or a line of this many clauses, is never scored.
SENTENCE_MIN_CHARS = 20
CLAUSES = 3
# Numbered lines (一、 1. （一） 第X章) are the document's structure, whatever their shape.
_NUMBERED = re.compile(r"^\s*(?:[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]"
                       r"|\d{1,2}(?:\.\d{1,2})*(?:[、.．]|\s)\s*(?!\d)\S|第[一二三四五六七八九十百\d]+[章节条篇部分])")
# Circled and Roman numbers open a document's items as 一、 does.
_ENUMERATED = re.compile(r"^\s*[\u2460-\u24ff\u2776-\u2793\u2160-\u217f]")
_TABLE_ROW = re.compile(r"^\|.*\|$")
_SENTENCE_END = LazyPattern(r"[。！？!?；;]")
_DATE = LazyPattern(r"(?:19|20)\d\d[-/.年]\d{1,2}")
_TIME = LazyPattern(r"\d{1,2}:\d\d")
_URL = LazyPattern(r"https?://|www\.|\.(?:com|cn|net|org)\b", re.I)
_FIELD = re.compile(r"[\u4e00-\u9fff]{1,6}\s*[:：]")
# "标签:值", "上传人:某某", "Academic year: 2021": a field of an info box.
_LABEL_VALUE = LazyPattern(r"^\W{0,2}[\w\u4e00-\u9fff][\w\u4e00-\u9fff ]{0,11}\s*[:：]\s*\S")
# A neighbour this short and without a sentence is a "short" line (a button, a label, a name).
SHORT_CHARS = 20
_WORD_LABEL = LazyPattern(r"^\W{0,2}([\w\u4e00-\u9fff ]{1,12}?)\s*[:：]")
# A number (normalised to 0s) and marks closing a line: "合同1", "合同 (2)".
_NUMBER_END = re.compile(r"[0\W_]+$")
_SEPARATORS = "|｜>\u203a»·•/\\-—_=※★☆【】[]()（）<>"

# The model the pipeline uses; tests/eval/train_chrome.py swaps in a fold's model to measure.
_override: dict | None = None
# When a list, candidates are appended to it (text, features) instead of being scored.
collector: list | None = None


def __getattr__(name: str):
    if name == "MODEL_PATH":
        from pathlib import Path

        return Path(_MODEL_FILE)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _model_file():
    """MODEL_PATH when a caller set one (the training scripts do), else the shipped file."""
    return globals().get("MODEL_PATH", _MODEL_FILE)


def use_model(model: dict | None) -> None:
    """Score with this model (a dict as in chrome_model.json) instead of the shipped one."""
    global _override
    _override = model


@functools.lru_cache(maxsize=1)
def _shipped_model() -> dict | None:
    from ... import resources

    try:
        # Parsed once per machine (resources.read_json caches the parsed model by its bytes).
        return resources.read_json(_model_file())
    except FileNotFoundError:
        return None


def model() -> dict | None:
    return _override if _override is not None else _shipped_model()


def normalise(text: str) -> str:
    """What the n-grams see: widths folded, simplified script, digits as 0, Latin as a."""
    text = fold_script(unicodedata.normalize("NFKC", text))
    text = re.sub(r"\d", "0", text)
    text = re.sub(r"[A-Za-z]", "a", text)
    return re.sub(r"\s+", " ", text).strip()


def _bucket(value: float, edges: tuple[float, ...]) -> int:
    return next((i for i, edge in enumerate(edges) if value <= edge), len(edges))


def shape(text: str | None, removed: bool = False) -> str:
    """A neighbour line's kind, as its shape shows it: none, removed (by a rule), prose,
    sentence, numbered, field (label:value), short (a few words), or mid."""
    if text is None:
        return "none"
    if removed:
        return "removed"
    if is_prose(text):
        return "prose"
    if is_sentence(text):
        return "sentence"
    if _NUMBERED.match(text):
        return "numbered"
    if _LABEL_VALUE.match(text):
        return "field"
    return "short" if len(text) <= SHORT_CHARS else "mid"


def context_features(before: str, after: str, run: int, from_edge: int) -> list[str]:
    """Where the line stands among its neighbours: the kinds of the lines above and below it,
    how many judged lines run together around it (chrome comes in runs), and how many lines
    part it from the page's edge (the top for the head, the end for the tail)."""
    return [f"prev={before}", f"next={after}", f"around={before}+{after}",
            f"run={_bucket(run, (1, 2, 4, 8))}", f"edge={_bucket(from_edge, (0, 1, 3, 6))}"]


def features(text: str, zone: str, distance: int, context: list[str] = (), title: str = "") -> list[str]:
    """The line's shape and where it sits (zone: head, tail, between), among what neighbours,
    and how much of it the page's title says (`title`: the title the pipeline took, if any)."""
    norm = normalise(text)
    squeezed = norm.replace(" ", "")
    latin = sum(c == "a" for c in squeezed) / max(1, len(squeezed))
    found = [*context, f"latin={_bucket(latin, (0, 0.3, 0.7))}", f"{zone}:len={_bucket(len(squeezed), (4, 8, 16, 32))}",
             f"zone={zone}", f"dist={min(distance, 4)}", f"len={_bucket(len(squeezed), (4, 8, 16, 32, 64, 128))}",
             f"sent={min(len(_SENTENCE_END.findall(text)), 2)}",
             f"digits={_bucket(sum(c == '0' for c in squeezed) / max(1, len(squeezed)), (0, 0.1, 0.3, 0.6))}",
             f"fields={min(len(_FIELD.findall(text)), 3)}", f"spaces={min(norm.count(' '), 3)}"]
    if _LABEL_VALUE.match(text):
        found.append("label-value")
    if not re.search(r"[\u4e00-\u9fff]", text):
        found.append("no-han")
    if _DATE.search(text):
        found.append("date")
    if _TIME.search(text):
        found.append("time")
    if _URL.search(text):
        found.append("url")
    if squeezed and squeezed[-1] in "。.！!？?":
        found.append("ends-sentence")
    if squeezed and squeezed[-1] in ":：":
        found.append("ends-colon")
    for char in set(squeezed) & set(_SEPARATORS):
        found.append(f"sep={char}")
    return found + title_features(squeezed, title)


@functools.lru_cache(maxsize=64)
def _title_form(title: str) -> str:
    """The title as title_features compares it (normalised, blanks out): once per page, not per line."""
    return normalise(title).replace(" ", "")


def title_features(squeezed: str, title: str) -> list[str]:
    """How the line stands to the page's title (both normalised, blanks out): the same, a part
    of it, holding it, the title with another number ("合同1" under "合同": a list of the site's
    other copies), and how many of the line's character pairs the title has. A site prints its
    title again in a breadcrumb or a list; the author's lines share few of its pairs."""
    head = _title_form(title) if title else ""
    if not head or not squeezed:
        return ["title=none"]
    found = []
    if squeezed == head:
        found.append("title=same")
    elif len(squeezed) >= 2 and squeezed in head:
        found.append("title=in")
    elif head in squeezed:
        found.append("title=holds")
    stem, title_stem = _NUMBER_END.sub("", squeezed), _NUMBER_END.sub("", head)
    if stem and stem == title_stem and squeezed != head:
        found.append("title=numbered")
    pairs = {head[i:i + 2] for i in range(len(head) - 1)}
    own = [squeezed[i:i + 2] for i in range(len(squeezed) - 1)]
    shared = sum(pair in pairs for pair in own) / len(own) if own else 0
    return [*found, f"title~{_bucket(shared, (0, 0.3, 0.7))}"]


def word_features(text: str, zone: str) -> list[str]:
    """The line's characters and character pairs: they name a chrome line's family (a paywall
    note from a meta line) but do not decide whether it is chrome; words do not carry from one
    site to the next (a model deciding on them lost to one on shape alone in every split left
    out, tests/eval/loso_chrome.py)."""
    squeezed = normalise(text).replace(" ", "")
    padded = f"^{squeezed[:40]}$"
    found = [f"u={c}" for c in set(squeezed[:60])]
    found += [f"b={padded[i:i + 2]}" for i in range(len(padded) - 1)]
    found += [f"{zone}:b={padded[i:i + 2]}" for i in range(min(4, len(padded) - 1))]
    return found


def wording(text: str) -> list[str]:
    """The line's words, for a model trained with them (`"words": true`): character 1-, 2- and
    3-grams of its first 40 characters in rule form (start and end marked) and the label of a
    `label:value` field. Built only for a line the scorer judges."""
    squeezed = normalise(rule_form(text)).replace(" ", "")
    padded = f"^{squeezed[:40]}$"
    found = {f"g{n}={padded[i:i + n]}" for n in (1, 2, 3) for i in range(len(padded) - n + 1)}
    found -= {"g1=^", "g1=$"}
    label = _WORD_LABEL.match(squeezed)
    if label:
        found.add(f"label={label.group(1)}")
    return sorted(found)


def chrome_probability(feats: list[str], weights: dict) -> float:
    score = weights.get("", 0.0) + sum(weights.get(f, 0.0) for f in set(feats))
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, score))))


def threshold_of(model_: dict, zone: str) -> float:
    """The threshold for a line in `zone` (head, tail, between): a model may set one per zone,
    each chosen out of fold on that zone's own body lines (a byline under the title scores
    higher than anything a page says after its last sentence); the single one otherwise."""
    return model_.get("thresholds", {}).get(zone, model_["threshold"])


def family_of(feats: list[str], families: dict) -> str:
    """The family whose naive-Bayes log score is highest."""
    best, best_score = "meta-lines", -math.inf
    for family, table in families.items():
        score = table.get("", 0.0) + sum(table.get(f, table.get("?", 0.0)) for f in set(feats))
        if score > best_score:
            best, best_score = family, score
    return best


def is_structure(text: str) -> bool:
    """A line of the document's own structure, whatever it looks like: numbered (一、 1. ① and
    Roman numerals), a sample's marker (篇1, 【范例一】, 范文第2篇), a table's row (| … |)."""
    return bool(_NUMBERED.match(text) or _TABLE_ROW.match(text) or _ENUMERATED.match(text)
                or sample_marker(text) is not None)


def holds_mask(text: str) -> bool:
    """A line with a masked value or a fill-in blank (`副组长:__`, `20xx年x月`) is the document's
    own field, however short: a learned guess never takes a mask out of the output."""
    return could_hold_mask(text) and bool(find_masks(text))


def is_prose(text: str) -> bool:
    return len(text) >= PROSE_MIN_CHARS and bool(_SENTENCE_END.search(text))


def is_sentence(text: str) -> bool:
    """A sentence of the author's (a one-line paragraph) or a line of several clauses."""
    return ((len(text) >= SENTENCE_MIN_CHARS and bool(_SENTENCE_END.search(text)))
            or len(re.findall(r"[，,；;]", text)) + 1 >= CLAUSES)


def candidate_features(blocks: list[tuple[int, pf.Block]], removed_origins: set[int],
                       texts: dict[int, str] | None = None, title: str = "", with_form=lambda: True):
    """(index, text, features) of the lines the scorer may judge, with their neighbours' kinds.
    `texts`: line_texts(blocks), when the caller has them (remove_scored asks twice).
    `with_form()`: whether the page's form (page_form) is wanted, asked only when a line is judged:
    the training tools want it always, the pipeline only for a model that reads it (the shipped
    one does not, and page_form reads every line of the page again)."""
    texts = line_texts(blocks) if texts is None else texts
    origins = [origin for origin, _ in blocks]
    found = list(candidates(blocks, removed_origins, texts))
    judged = {index for index, *_ in found}
    form = page_form(blocks, removed_origins, texts) if found and with_form() else {}
    for index, text, zone, distance in found:
        before = _neighbour(blocks, texts, origins, removed_origins, index, -1)
        after = _neighbour(blocks, texts, origins, removed_origins, index, 1)
        run = 1 + _run(judged, index, -1) + _run(judged, index, 1)
        from_edge = index if zone == "head" else len(blocks) - 1 - index if zone == "tail" else 9
        found_ = features(text, zone, distance, context_features(before, after, run, from_edge), title)
        for side, step in (("p", -1), ("n", 1), ("pp", -2), ("nn", 2)):
            found_ += neighbour_features(side, _neighbour_text(blocks, texts, origins, removed_origins, index, step))
        yield index, text, found_ + form.get(zone, [])


# The prefix of page_form's features: read only by a model that says `"form": true`.
FORM = "pg:"


def page_form(blocks: list[tuple[int, pf.Block]], removed_origins: set[int], texts: dict[int, str]) -> dict:
    """Zone -> the form of the page's head and tail as a whole: how many lines the page printed
    there (the rules' removals counted, so a page reads alike before and after them), what share
    of them the rules took, and what share of the lines left are short. A portal's or a 文库's
    head is a long run of short lines, most of them chrome; a document's own head (its title, an
    addressee, a date) is a few lines."""
    span = _prose_span(blocks, texts)
    if span is None:
        return {}
    first, last = span
    origins = [origin for origin, _ in blocks]
    end = max([*origins, *removed_origins]) + 1
    form = {}
    for zone, printed, left in (("head", range(0, origins[first]), [t for i, t in texts.items() if i < first]),
                                ("tail", range(origins[last] + 1, end), [t for i, t in texts.items() if i > last])):
        gone = sum(origin in removed_origins for origin in printed) / max(1, len(printed))
        short = sum(len(t) <= SHORT_CHARS for t in left) / max(1, len(left))
        form[zone] = [f"{FORM}{zone}:lines={_bucket(len(printed), (2, 5, 10, 20))}",
                      f"{FORM}{zone}:gone={_bucket(gone, (0, 0.3, 0.6))}",
                      f"{FORM}{zone}:short={_bucket(short, (0.3, 0.6, 0.9))}"]
    return form


def judged_features(feats: list[str], model_: dict) -> tuple[list[str], list[str]]:
    """(the line's own features, which name its family; the features the model judges it on): the
    neighbours' shapes and the page's form count only for a model trained with them."""
    own = [f for f in feats if not f.startswith((NEIGHBOUR, FORM))]
    judged = own + [f for f in feats if (f.startswith(NEIGHBOUR) and model_.get("neighbours"))
                    or (f.startswith(FORM) and model_.get("form"))]
    return own, judged


def _neighbour(blocks, texts, origins, removed_origins, index, step) -> str:
    """The kind of the line next to blocks[index] in the page as it was (a line a rule removed
    counts as removed)."""
    origin = origins[index] + step
    if origin in removed_origins:
        return "removed"
    near = index + step
    if not 0 <= near < len(blocks) or origins[near] != origin:
        return shape(None) if not 0 <= near < len(blocks) else "removed"
    if isinstance(blocks[near][1], pf.Header):
        return "numbered"
    return shape(texts.get(near))


# The prefix of neighbour_features: read only by a model that says `"neighbours": true`.
NEIGHBOUR = "nb:"


def neighbour_features(side: str, text: str | None) -> list[str]:
    """The shape of the line above (`side` p) or below (n) a judged line, as its own line's shape
    is read: its length, a label:value field, a date, a web address, no Chinese, Latin share.
    An info box is a run of lines of one shape; an author's line sits among sentences."""
    if text is None:
        return []
    text = text[:MAX_CHARS]  # a neighbour may be a page's whole text on one line: its start says enough
    squeezed = normalise(text).replace(" ", "")
    latin = sum(c == "a" for c in squeezed) / max(1, len(squeezed))
    found = [f"{NEIGHBOUR}{side}:len={_bucket(len(squeezed), (4, 8, 16, 32, 64))}",
             f"{NEIGHBOUR}{side}:latin={_bucket(latin, (0, 0.3, 0.7))}"]
    for name, present in (("label-value", _LABEL_VALUE.match(text)), ("date", _DATE.search(text)),
                          ("url", _URL.search(text)), ("no-han", not re.search(r"[\u4e00-\u9fff]", text)),
                          ("sentence", _SENTENCE_END.search(text))):
        if present:
            found.append(f"{NEIGHBOUR}{side}:{name}")
    return found


def _neighbour_text(blocks, texts, origins, removed_origins, index, step) -> str | None:
    """The text of the line next to blocks[index] when it is still on the page (None when a rule
    removed it, at the page's edge, or not a text line)."""
    near, origin = index + step, origins[index] + step
    if origin in removed_origins or not 0 <= near < len(blocks) or origins[near] != origin:
        return None  # the lines between are all on the page when the origins run on unbroken
    return texts.get(near)


def _run(judged: set[int], index: int, step: int) -> int:
    count, near = 0, index + step
    while near in judged:
        count, near = count + 1, near + step
    return count


def line_texts(blocks: list[tuple[int, pf.Block]]) -> dict[int, str]:
    """Index -> the text of each text block (a paragraph), blanks collapsed."""
    return {i: " ".join(block_text(b).split()) for i, (_, b) in enumerate(blocks) if is_text_block(b)}


def candidates(blocks: list[tuple[int, pf.Block]], removed_origins: set[int], lines_at: dict[int, str] | None = None):
    """(index, text, zone, distance) of the lines the scorer may judge. `lines_at`:
    line_texts(blocks), when the caller has them."""
    lines_at = line_texts(blocks) if lines_at is None else lines_at
    texts = [(i, text) for i, text in lines_at.items() if not isinstance(blocks[i][1], pf.Header)]
    span = _prose_span(blocks, lines_at)
    if span is None:
        return
    first, last = span
    origins = [origin for origin, _ in blocks]
    lines = [text for _, text in texts]
    # The short lines the text itself prints again and again below its head (a duty sheet's
    # "全责" cell under each duty, a form's column value): a line of the head saying the same is
    # the text's own column head or cell, not the page's chrome (round 40).
    below = Counter(text for i, text in texts if i >= first)
    for position, (index, text) in enumerate(texts):
        if not text or len(text) > MAX_CHARS or len(_SENTENCE_END.findall(text)) >= PROSE_SENTENCES:
            continue
        if is_structure(text) or is_prose(text) or is_sentence(text) or holds_mask(text):
            continue
        if index < first:
            if below[text] >= TEXT_CELL_REPEATS:
                continue
            zone, distance = "head", first - index
        elif index > last:
            zone, distance = "tail", index - last
        elif _between_chrome(origins[index], removed_origins):
            zone, distance = "between", 0
        else:
            continue
        # (scored_guards loads with the first line that gets this far: on many pages none does)
        from .scored_guards import never_scored

        if never_scored(lines, position, prose_follows=zone != "tail"):
            continue
        yield index, text, zone, distance


def _prose_span(blocks: list[tuple[int, pf.Block]], lines_at: dict[int, str]) -> tuple[int, int] | None:
    """(first, last) index of the page's prose: the body spans from the first line of prose to the
    last (a long sentence counts too); None on a page without prose."""
    prose = [i for i, t in lines_at.items() if not isinstance(blocks[i][1], pf.Header)
             and (is_prose(t) or (is_sentence(t) and len(t) >= PROSE_MIN_CHARS * 2 // 3))]
    return (prose[0], prose[-1]) if prose else None


def _between_chrome(origin: int, removed_origins: set[int]) -> bool:
    return origin - 1 in removed_origins and origin + 1 in removed_origins


def remove_scored(blocks: list[tuple[int, pf.Block]], removed_origins: set[int], keep,
                  title: str = "") -> tuple[list, list]:
    """Drop the candidate lines the model calls chrome. `keep(text)` is true for a line a
    reviewer (or a 公文 recognised) keeps. Returns (kept blocks, removed records)."""
    if collector is None and _override is None and not os.path.exists(_model_file()):
        return blocks, []
    gone: dict[int, tuple[int, str, str]] = {}
    current = None
    # A second look: a line left between two lines just scored as chrome (an info box's value
    # between its labels) is judged as lying between chrome.
    texts = line_texts(blocks)  # the same blocks both times: their texts read once

    def reads_form() -> bool:  # asked only when the page has a line to judge: the model is read then anyway
        return collector is not None or bool((model() or {}).get("form"))

    for _ in range(2):
        removed_now = removed_origins | {origin for origin, _, _ in gone.values()}
        for index, text, feats in list(candidate_features(blocks, removed_now, texts, title, reads_form)):
            if index in gone or keep(blocks[index]):
                continue
            if collector is not None:
                collector.append((text, feats))
                continue
            # The model is read when a page first has a line to judge (of the dev pages, 250 in 437
            # have none).
            current = current or model()
            if current is None:  # the file went away since it was looked for
                return blocks, []
            zone = next(f[5:] for f in feats if f.startswith("zone="))
            # The line's own shape (and words): which family it is of is its own (the neighbours'
            # shapes say whether it is chrome, for a model trained with them).
            own, judged = judged_features(feats, current)
            if current.get("words"):
                own, judged = own + wording(text), judged + wording(text)
            if chrome_probability(judged, current["weights"]) >= threshold_of(current, zone):
                words = word_features(text, zone)
                gone[index] = (blocks[index][0], text, f"{family_of(own + words, current['families'])}.scored")
        if collector is not None:
            break
    kept = [item for i, item in enumerate(blocks) if i not in gone]
    return kept, list(gone.values())
