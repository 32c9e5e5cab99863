"""Chrome by PLACE: how much of a page's chrome stands before its body starts (and after it ends),
what else stands there, and whether a rule by place alone could take what the rules leave.

Usage: .venv/bin/python tests/eval/head_zone.py ANNOTATED_DIR --splits tuned,held,fresh,...
           [--cache PATH] [--examples N]
       (ANNOTATED_DIR: the annotated dev pages, e.g. /work/devset18/annotated; a split of
       eval_sites.HELD_OUT is never read, even when named)

Nine held splits in a row kept 27-35 % of their chrome: each new site words its head chrome
differently, and a rule written from one split's words does not reach the next. A line's place
(between the page top and the document's first body line) does not depend on the site's words.
This script measures whether that place is a mechanism worth shipping. It reads the annotated dev
pages (one label per raw line: `[c:family]` chrome, `[t]` title, `[hN]`/`[s]` heading, unmarked
body; sites_devset.py's format) of the splits named, and never a split of eval_sites.HELD_OUT.

1. The body's start and end are predicted from the text alone: the first (last) line of at least
   PROSE_CHARS characters holding a comma or a sentence end, or a numbered heading marker. The
   labelled lines before the start (the head) and after the end (the tail) are counted by kind
   (chrome, title, body, heading), and of the chrome ones, how many the pipeline leaves (a chrome
   line is left when its folded text is still a line of the output, or inside one).
2. The body and heading lines of the head are sorted by the document-head FORMS that would keep
   them (DOC_HEAD_FORMS: an addressee ending in a colon, a greeting, a 文号, a subtitle after ——,
   a bracketed date or status, a meeting's field, a sample marker, a table of contents ...), and
   the ones no form keeps are listed: what a rule by place would cost.
3. A rule by place: drop a head line (or tail line) the pipeline left, no document-head form
   keeps, and no longer than MAX chars, the body start predicted with PROSE_CHARS. Its two
   parameters are chosen leave-one-split-out: for each split, the (PROSE_CHARS, MAX) taking the
   most chrome on the other splits with no body or heading line taken there; that choice is then
   scored on the split left out (chrome gained, body and heading lines lost, out of fold).

4. The place above the title the code found (metadata's title line standing in the head): what
   the rules took and left there, and the rules taking it that fire on one split only.
5. The rule by place narrowed to lines beside chrome the pipeline removed (one side, both sides).

Measured (issue 18, fourteenth round; tuned, held, fresh .. fresh12, 685 pages; body start by a
line of 30 chars; integ = main + 18c5's chrome kinds):
- head: 606 chrome, 353 title, 241 body, 50 heading lines; the pipeline leaves 35 of the chrome
  (held 3, fresh 1, tuned 2, fresh2 1, fresh3 4, fresh4 6, fresh6 1, fresh7 8, fresh8 2, fresh9 1,
  fresh10 1, fresh11 2, fresh12 3). Tail: 130 chrome (7 left), 205 body, 19 heading lines.
- the head's 291 body and heading lines: 154 kept by a form (addressee 98, greeting 20, sample 16,
  doc-number 6, meeting-field 6, bracketed 5, subtitle 2, contents 1), 137 by none: names (an
  author, a teacher), a sample's or a part's title, a heading without a number (引言, 导读),
  questions a 范文 page asks above its text, and body lines wrapped shorter than 30 chars.
- leave-one-split-out: for every split, no (PROSE_CHARS, MAX) cell takes chrome with 0 body and
  heading lines on the other splits; the tightest cell (20, 8) takes 17 chrome lines the rules
  left for 21 body/heading lines, pooled; as if no rule of words had run, 157 chrome for 26.
  The tail is worse (a signature, a date: 3 chrome for 45 body lines at MAX 8).
- above the code's title: 134 chrome lines, all taken already (title_line's
  meta-lines.above-title and the rules), 2 left (fresh4's 通知公告 twice), 0 body or heading
  lines; 9 of the 134 only by rules firing on one split (fresh 1, fresh11 1, fresh2 3, fresh4 2,
  tuned 2): that place is already a mechanism.
- beside removed chrome: one side, MAX 8, 12 chrome on 8 splits for 8 body/heading lines; both
  sides, 3 chrome for 1 heading (家务劳动心得). Short head lines are the same forms as chrome
  (a sample list's titles, a field "姓名:…" vs an author's bare name), so place alone does not
  separate them: no rule by place ships from this measurement.

`--cache PATH` keeps the pipeline's output lines, title and removals per page (a JSON file), so
the measurement can be re-run without the pipeline (delete it after a code change).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from eval_sites import HELD_OUT
from sites_devset import _LINE_TAG, _TITLE_ONLY, LABELS, build_page, fold, parse_pages

from reportfmt.passes.elements import block_text
from reportfmt.pipeline import run_passes
from reportfmt.read.text import read_plain_text

# A line this long holding a comma or a sentence end is prose: the document has started.
PROSE_CHARS = 30
PROSE_GRID = (16, 20, 24, 30, 40)
MAX_GRID = (8, 12, 16, 24, 40, 80)
SENTENCE = re.compile(r"[,，。.;；!！?？]")
HEADING_MARKER = re.compile(
    r"^\s*(?:第[一二三四五六七八九十百零〇\d]+[章节条部分篇]|[一二三四五六七八九十]+[、.．]|"
    r"[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[、.．](?!\d))")
# The forms a document's own head takes (a notice, a speech, a report, a set of minutes): a line
# in one of them is the author's wherever it stands. Each is checked by a fixture in the tests.
DOC_HEAD_FORMS = {
    "addressee": re.compile(r"[:：]\s*$"),
    "greeting": re.compile(r"大家(?:好|上午好|下午好|晚上好)|^(?:尊敬的|亲爱的)|"
                           r"^\S{0,4}(?:早上|上午|下午|晚上|新学期)好[!！]"),
    "doc-number": re.compile(r"[〔\[［【(（]\s*(?:19|20)\d\d\s*[〕\]］】)）]\s*\d+\s*[号號]"),
    "subtitle": re.compile(r"^\s*(?:——|--|－－|—)"),
    "bracketed": re.compile(r"^\s*[（(【\[〔].{1,30}[）)】\]〕]\s*$"),
    "meeting-field": re.compile(r"^\s*(?:会议)?(?:时间|地点|主持人?|记录人?|参加人员|参会人员|出席|列席|缺席|议题|主题)"
                                r"\s*[:：]"),
    # A sample's marker opening its line, or closing the sample's title ("…计划 篇一", "…范文2").
    "sample": re.compile(r"^\s*(?:篇[一二三四五六七八九十\d]+|第[一二三四五六七八九十\d]+篇|"
                         r"范文[一二三四五六七八九十\d]+|【[一二三四五六七八九十\d]+】)|"
                         r"(?:篇|范文)[一二三四五六七八九十\d]+\s*$"),
    "heading": HEADING_MARKER,
    "contents": re.compile(r"^\s*目\s*录\s*$"),
}
KINDS = ("chrome", "title", "body", "heading")


def kind_of_tags(annotated: str) -> str:
    """The kind of an annotated line (a line holding inline chrome is the body's)."""
    tags = [m.group(1) for m in _LINE_TAG.finditer(annotated)]
    if any(t.startswith("c:") for t in tags):
        return "chrome"
    if "t" in tags:
        return "title"
    if any(t == "s" or t.startswith("h") for t in tags):
        return "heading"
    return "body"


def load_pages(annotated_dir: Path, splits: list[str]) -> list[dict]:
    """The named splits' pages: url, split, raw text, and (kind, raw line) for each non-blank line."""
    split_of_url = {p["url"]: p["split"] for p in json.loads(LABELS.read_text(encoding="utf-8"))["pages"]}
    wanted = [s for s in splits if s not in HELD_OUT]
    # The top-level files hold tuned and held pages (split by site hash); a folder is its split.
    files = sorted(annotated_dir.glob("*.txt"))
    files += [f for s in wanted if s != "held" for f in sorted((annotated_dir / s).glob("*.txt"))]
    pages, seen = [], set()
    for path in files:
        for url, lines in parse_pages(path.read_text(encoding="utf-8")):
            split = split_of_url.get(url)
            if url in seen or split not in wanted:
                continue
            seen.add(url)
            raw, _ = build_page(url, lines, split)
            raw_lines = raw.splitlines()
            kinds = [kind_of_tags(a) for a in lines if not _TITLE_ONLY.match(a)]
            assert len(kinds) == len(raw_lines), url
            tagged = [(k, r) for k, r in zip(kinds, raw_lines, strict=True) if r.strip()]
            pages.append({"url": url, "split": split, "raw": raw, "lines": tagged})
    return pages


def is_start(line: str, prose_chars: int) -> bool:
    text = line.strip()
    return bool(HEADING_MARKER.match(text)) or (len(text) >= prose_chars and bool(SENTENCE.search(text)))


def zones(lines: list[tuple[str, str]], prose_chars: int) -> tuple[int, int]:
    """(first, last) index of the predicted body; (len, -1) when no line starts it."""
    starts = [i for i, (_, line) in enumerate(lines) if is_start(line, prose_chars)]
    return (starts[0], starts[-1]) if starts else (len(lines), -1)


def head_form(line: str) -> str | None:
    return next((name for name, form in DOC_HEAD_FORMS.items() if form.search(line.strip())), None)


def left_in(line: str, output: list[str], output_text: str) -> bool:
    key = fold(line)
    return key in output if len(key) < 6 else key in output_text


def outputs(pages: list[dict], cache: Path | None) -> dict[str, dict]:
    known = json.loads(cache.read_text(encoding="utf-8")) if cache and cache.exists() else {}
    for n, page in enumerate(pages):
        if page["url"] not in known:
            doc = read_plain_text(page["raw"])
            report = run_passes(doc)
            lines = [fold(line) for block in doc.content for line in block_text(block).split("\n")]
            known[page["url"]] = {"lines": [line for line in lines if line], "title": report.title or "",
                                  "removed": [[fold(r["text"]), r["rule"]] for r in report.removed]}
            if n % 50 == 0:
                print(f"  pipeline {n}/{len(pages)}", file=sys.stderr)
    if cache:
        cache.write_text(json.dumps(known, ensure_ascii=False), encoding="utf-8")
    return known


def measure(pages: list[dict], out: dict, examples: int) -> None:
    head, tail, left = defaultdict(Counter), defaultdict(Counter), defaultdict(Counter)
    forms, unkept = Counter(), []
    for page in pages:
        lines = page["lines"]
        first, last = zones(lines, PROSE_CHARS)
        output = out[page["url"]]["lines"]
        text = "\n".join(output)
        for i, (kind, line) in enumerate(lines):
            zone = head if i < first else tail if i > last else None
            if zone is None:
                continue
            zone[page["split"]][kind] += 1
            name = "head" if zone is head else "tail"
            if kind == "chrome" and left_in(line, output, text):
                left[page["split"]][name] += 1
            if name == "head" and kind in ("body", "heading"):
                form = head_form(line)
                forms[form or "(none)"] += 1
                if not form:
                    unkept.append((page["split"], kind, line.strip()[:50]))
    print(f"1. the body start and end predicted by a line >= {PROSE_CHARS} chars with a comma or sentence end, "
          "or a numbered heading marker\n")
    print(f"{'split':8} | head: {'chrome':>6} {'(left)':>6} {'title':>5} {'body':>5} {'head.':>5} | "
          f"tail: {'chrome':>6} {'(left)':>6} {'title':>5} {'body':>5} {'head.':>5}")
    total_head, total_tail, total_left = Counter(), Counter(), Counter()
    for split in sorted(head, key=lambda s: (len(s), s)):
        h, t, lf = head[split], tail[split], left[split]
        total_head.update(h), total_tail.update(t), total_left.update(lf)
        print(f"{split:8} | {h['chrome']:12} {lf['head']:6} {h['title']:5} {h['body']:5} {h['heading']:5} | "
              f"{t['chrome']:12} {lf['tail']:6} {t['title']:5} {t['body']:5} {t['heading']:5}")
    h, t, lf = total_head, total_tail, total_left
    print(f"{'all':8} | {h['chrome']:12} {lf['head']:6} {h['title']:5} {h['body']:5} {h['heading']:5} | "
          f"{t['chrome']:12} {lf['tail']:6} {t['title']:5} {t['body']:5} {t['heading']:5}")
    print("\n2. the head's body and heading lines by the document-head form that keeps them:")
    print("   " + ", ".join(f"{name} {count}" for name, count in forms.most_common()))
    print(f"   kept by no form ({len(unkept)}), first {examples}:")
    for split, kind, line in unkept[:examples]:
        print(f"     [{split}] {kind:7} {line}")


def taken_by_place(page: dict, output: list[str] | None, prose_chars: int, max_chars: int,
                   zone: str = "both") -> Counter:
    """What the rule by place would take on a page, by kind: only what the pipeline left, or
    (output None) every line of its place, as if no rule of words had run."""
    lines = page["lines"]
    first, last = zones(lines, prose_chars)
    text = "\n".join(output or [])
    taken = Counter()
    for i, (kind, line) in enumerate(lines):
        place = "head" if i < first else "tail" if i > last else None
        if place is None or zone not in ("both", place) or len(line.strip()) > max_chars or head_form(line):
            continue
        if kind == "title" or (output is not None and not left_in(line, output, text)):
            continue
        taken[kind] += 1
    return taken


def print_grid(pages: list[dict], out: dict | None, zone: str) -> None:
    for p in PROSE_GRID:
        row = []
        for m in MAX_GRID:
            t = Counter()
            for page in pages:
                t.update(taken_by_place(page, out[page["url"]]["lines"] if out else None, p, m, zone))
            row.append(f"max {m:2} {t['chrome']:3}/{t['body'] + t['heading']:<3}")
        print(f"   prose {p:2}: " + "  ".join(row))


def leave_one_split_out(pages: list[dict], out: dict, examples: int) -> None:
    grid = [(p, m) for p in PROSE_GRID for m in MAX_GRID]
    per = {cell: defaultdict(Counter) for cell in grid}
    lost_examples = defaultdict(list)
    for page in pages:
        for cell in grid:
            taken = taken_by_place(page, out[page["url"]]["lines"], *cell)
            per[cell][page["split"]].update(taken)
    splits = sorted({p["split"] for p in pages}, key=lambda s: (len(s), s))
    print("\n3. a rule by place, its (PROSE_CHARS, MAX) chosen without the split scored "
          "(most chrome on the others with 0 body and heading lines taken there)\n")
    print(f"{'split':8} {'chosen':>9} {'chrome+':>7} {'body-':>5} {'head.-':>6}")
    gained = lost = 0
    for split in splits:
        def train(cell, split=split):
            t = Counter()
            for s in splits:
                if s != split:
                    t.update(per[cell][s])
            return t
        safe = [c for c in grid if not train(c)["body"] and not train(c)["heading"]]
        if not safe:
            print(f"{split:8} {'none':>9}")
            continue
        cell = max(safe, key=lambda c: (train(c)["chrome"], -c[1]))
        got = per[cell][split]
        gained += got["chrome"]
        lost += got["body"] + got["heading"]
        print(f"{split:8} {cell!s:>9} {got['chrome']:7} {got['body']:5} {got['heading']:6}")
        if got["body"] + got["heading"]:
            for page in pages:
                if page["split"] == split:
                    lines = page["lines"]
                    first, last = zones(lines, cell[0])
                    output = out[page["url"]]["lines"]
                    text = "\n".join(output)
                    for i, (kind, line) in enumerate(lines):
                        if (kind in ("body", "heading") and not first <= i <= last
                                and len(line.strip()) <= cell[1] and not head_form(line)
                                and left_in(line, output, text)):
                            lost_examples[split].append(line.strip()[:50])
    print(f"{'all':8} {'':9} {gained:7} {lost:5}")
    for zone in ("head", "tail"):
        print(f"\n   the {zone} alone, pooled over every split: chrome the rules left taken / body+heading taken")
        print_grid(pages, out, zone)
        print(f"   the {zone} alone, as if no rule of words had run: chrome taken / body+heading taken")
        print_grid(pages, None, zone)
    for split, lines in lost_examples.items():
        print(f"   body lost out of fold on {split}: " + " | ".join(lines[:examples]))


def title_index(page: dict, title: str, first: int) -> int | None:
    """Where the title the code found stands, when it stands in the head (before the body start)."""
    key = fold(title)
    if not key:
        return None
    for i, (_, line) in enumerate(page["lines"][:first]):
        folded = fold(line)
        if folded == key or (key in folded and len(folded) <= len(key) + 12):
            return i
    return None


def above_title(pages: list[dict], out: dict, examples: int) -> None:
    """A rule by place, the place being above the title the code found (the page top's chrome)."""
    print("\n4. above the title the code found (in the head): lines no document-head form keeps, "
          "by the longest line taken (MAX)")
    found = sum(1 for p in pages
                if title_index(p, out[p["url"]]["title"], zones(p["lines"], PROSE_CHARS)[0]) is not None)
    print(f"   the code's title stands in the head on {found} of {len(pages)} pages")
    per = {m: defaultdict(Counter) for m in MAX_GRID}
    shown = defaultdict(list)
    # Out of fold, roughly: a rule firing on one split only is that split's words, which a rule
    # writer would not have had before the split was collected.
    rule_splits = defaultdict(set)
    for page in pages:
        for _, rule in out[page["url"]]["removed"]:
            rule_splits[rule].add(page["split"])
    own_words = defaultdict(Counter)
    for page in pages:
        lines = page["lines"]
        first, _ = zones(lines, PROSE_CHARS)
        where = title_index(page, out[page["url"]]["title"], first)
        if where is None:
            continue
        output = out[page["url"]]["lines"]
        text = "\n".join(output)
        for kind, line in lines[:where]:
            if kind == "title":
                per[MAX_GRID[-1]][page["split"]]["a labelled title line"] += 1
            if kind == "title" or head_form(line):
                continue
            left = left_in(line, output, text)
            if kind == "chrome" and not left:
                key = fold(line)
                rules = {r for t, r in out[page["url"]]["removed"] if t and (t == key or t in key or key in t)}
                if rules and all(len(rule_splits[r]) == 1 for r in rules):
                    own_words[page["split"]][len(line.strip()) <= 40] += 1
            for m in MAX_GRID:
                if len(line.strip()) <= m:
                    per[m][page["split"]][f"{kind}{'' if left else ' (rules took)'}"] += 1
            if kind != "chrome" or left:
                shown[kind].append((page["split"], line.strip()[:50]))
    titles = sum(c["a labelled title line"] for c in per[MAX_GRID[-1]].values())
    print(f"   labelled title lines above the code's title (the code took a later line): {titles}")
    for m in MAX_GRID:
        t = Counter()
        for counts in per[m].values():
            t.update(counts)
        lost = t["body"] + t["heading"]
        print(f"   max {m:2}: chrome left {t['chrome']:3} (rules took {t['chrome (rules took)']:3}), "
              f"body+heading {lost:3} (left {lost}, rules took {t['body (rules took)'] + t['heading (rules took)']})  "
              + " ".join(f"{s}:{c['chrome']}/{c['body'] + c['heading']}" for s, c in sorted(per[m].items())
                         if c['chrome'] or c['body'] or c['heading']))
    print("   chrome above the code's title taken only by rules firing on its own split (what a rule by "
          "place would take out of fold; <= 40 chars): "
          + ", ".join(f"{s} {c[True]}" for s, c in sorted(own_words.items()) if c[True]))
    for kind in ("chrome", "body", "heading"):
        print(f"   {kind} lines above the code's title that the rules left ({len(shown[kind])}):")
        for split, line in shown[kind][:examples]:
            print(f"     [{split}] {line}")


def beside_removed(pages: list[dict], out: dict, examples: int) -> None:
    """The rule by place narrowed to lines standing beside chrome the pipeline removed (the line
    above or below gone, or both): the page's chrome block, wherever its words come from."""
    print("\n5. head and tail lines the pipeline left, no form keeps, beside a removed line "
          f"(body start by {PROSE_CHARS} chars): chrome / body+heading taken, by MAX")
    for both in (False, True):
        for m in MAX_GRID:
            taken, splits, shown = Counter(), set(), []
            for page in pages:
                lines = page["lines"]
                first, last = zones(lines, PROSE_CHARS)
                output = out[page["url"]]["lines"]
                text = "\n".join(output)
                gone = [kind != "title" and not left_in(line, output, text) for kind, line in lines]
                for i, (kind, line) in enumerate(lines):
                    if first <= i <= last or kind == "title" or gone[i] or len(line.strip()) > m or head_form(line):
                        continue
                    sides = (i > 0 and gone[i - 1], i + 1 < len(lines) and gone[i + 1])
                    if all(sides) if both else any(sides):
                        taken[kind] += 1
                        if kind == "chrome":
                            splits.add(page["split"])
                        else:
                            shown.append(line.strip()[:30])
            print(f"   {'both sides' if both else 'one side'}, max {m:2}: chrome {taken['chrome']:3} on "
                  f"{len(splits):2} splits, body+heading {taken['body'] + taken['heading']:3}  "
                  + " | ".join(shown[:examples // 3]))


def main(argv: list[str]) -> int:
    if not argv or "--splits" not in argv:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    annotated = Path(argv[0])
    splits = argv[argv.index("--splits") + 1].split(",")
    cache = Path(argv[argv.index("--cache") + 1]) if "--cache" in argv else None
    examples = int(argv[argv.index("--examples") + 1]) if "--examples" in argv else 12
    pages = load_pages(annotated, splits)
    print(f"{len(pages)} pages of {', '.join(s for s in splits if s not in HELD_OUT)}\n")
    out = outputs(pages, cache)
    measure(pages, out, examples)
    leave_one_split_out(pages, out, examples)
    above_title(pages, out, examples)
    beside_removed(pages, out, examples)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
