"""How fragile heading detection is to a new site's numbering style: own-tune re-numbered.

Usage: python tests/eval/perturb_markers.py [--variants V,...] [--examples N]

Real sites print the same outline levels in many styles: 一、 一. 一． 壹、; （一） (一) 一）;
1、 1. 1． (full-width digits) 1) ; （1） (1) 1） ①; 第一章 or 第1章. Rules written on the tune pages fit the
styles those pages happen to use. This script rewrites, one variant at a time, the marker of
every line of the own-tune pages (tune group only: never a check, held or new page) whose marker
is of the variant's family: the labelled heading lines AND the numbered body lines (list items
that are not headings), so that a variant that turns items into headings shows as false ones.
Each page is scored with eval_sites.py's scorer and the table prints, per variant, the lines
rewritten and the change in headings found, false headings and body kept.

Labels follow their lines: a heading label's text gets the very rewrite its line got (the scorer
matches headings by their folded text), and a body snippet the rewritten page no longer holds
(it crossed the marker) is taken again from the middle of its rewritten line ("relabelled").
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from eval_sites import output_of, score_page
from sites_devset import SNIPPET_CHARS, fold, own_pages

GROUP = "own-tune"
CN = "一二三四五六七八九十"
CAPITAL = dict(zip(CN, "壹贰叁肆伍陆柒捌玖拾", strict=True))
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
FULL_DIGITS = {ord("0") + i: chr(0xFF10 + i) for i in range(10)}
# What may stand before a marker and is not part of it: blanks, markdown hashes or bold marks.
_LEAD = r"(?P<lead>\s*(?:#{1,6}\s*|\*\*)?)"
FAMILIES = {
    "cn-dun": re.compile(_LEAD + rf"(?P<n>[{CN}]{{1,3}})、"),
    "cn-paren": re.compile(_LEAD + rf"[（(](?P<n>[{CN}]{{1,3}})[）)]"),
    "ar-dun": re.compile(_LEAD + r"(?P<n>\d{1,2})、"),
    "ar-dot": re.compile(_LEAD + r"(?P<n>\d{1,2})[.．](?![\d.．])"),
    "ar-paren": re.compile(_LEAD + r"[（(](?P<n>\d{1,2})[）)]"),
    "chapter": re.compile(_LEAD + rf"第(?P<n>[{CN}]{{1,3}})(?P<unit>[章节条])\s*"),
}


def _capital(n: str) -> str:
    return "".join(CAPITAL[c] for c in n)


def _circled(n: str) -> str | None:
    return CIRCLED[int(n) - 1] if 1 <= int(n) <= len(CIRCLED) else None


def _cn_number(n: str) -> int:
    values = [CN.index(c) + 1 for c in n]
    if len(values) == 1:
        return values[0]
    if n[0] == "十":
        return 10 + values[1]
    return values[0] * 10 + (values[2] if len(values) == 3 else 0)


# variant -> (family, the new marker from the match; None when the number has no such form)
VARIANTS: dict[str, tuple[str, Callable[[re.Match], str | None]]] = {
    "一、->一.": ("cn-dun", lambda m: m["n"] + "."),
    "一、->一．": ("cn-dun", lambda m: m["n"] + "．"),
    "一、->一，": ("cn-dun", lambda m: m["n"] + "，"),
    "一、->壹、": ("cn-dun", lambda m: _capital(m["n"]) + "、"),
    "（一）->(一)": ("cn-paren", lambda m: f"({m['n']})"),
    "（一）->（一）": ("cn-paren", lambda m: f"（{m['n']}）"),
    "（一）->一）": ("cn-paren", lambda m: m["n"] + "）"),
    "1、->1.": ("ar-dun", lambda m: m["n"] + "."),
    "1、->1．": ("ar-dun", lambda m: m["n"] + "．"),
    "1、->\uff11．": ("ar-dun", lambda m: m["n"].translate(FULL_DIGITS) + "．"),
    "1、->1)": ("ar-dun", lambda m: m["n"] + ")"),
    "1.->1、": ("ar-dot", lambda m: m["n"] + "、"),
    "1.->1．": ("ar-dot", lambda m: m["n"] + "．"),
    "1.->1)": ("ar-dot", lambda m: m["n"] + ")"),
    "（1）->(1)": ("ar-paren", lambda m: f"({m['n']})"),
    "（1）->（1）": ("ar-paren", lambda m: f"（{m['n']}）"),
    "（1）->1）": ("ar-paren", lambda m: m["n"] + "）"),
    "（1）->①": ("ar-paren", lambda m: _circled(m["n"])),
    "第一章->第1章": ("chapter", lambda m: f"第{_cn_number(m['n'])}{m['unit']} "),
    "第一章->第 一 章": ("chapter", lambda m: f"第 {m['n']} {m['unit']}  "),
}


_CAPITAL_BACK = str.maketrans("".join(CAPITAL.values()) + "貳陸", CN + "二六")
_CIRCLED_BACK = {c: str(i + 1) for i, c in enumerate(CIRCLED)}
_CANONICAL = (
    (
        re.compile(_LEAD + rf"第\s*(?P<n>[{CN}]{{1,3}}|\d{{1,2}})\s*(?P<unit>[章节条])\s*"),
        lambda m: f"第{_cn_number(m['n']) if not m['n'].isdigit() else int(m['n'])}{m['unit']} ",
    ),
    (re.compile(_LEAD + rf"(?P<n>[{CN}]{{1,3}})[、.．，,]"), lambda m: m["n"] + "、"),
    (
        re.compile(_LEAD + rf"(?:[（(](?P<n>[{CN}]{{1,3}})[）)]|(?P<m>[{CN}]{{1,3}})[）)])"),
        lambda m: f"（{m['n'] or m['m']}）",
    ),
    (re.compile(_LEAD + r"(?P<n>\d{1,2})[、.．](?![\d.．])"), lambda m: m["n"] + "."),
    (re.compile(_LEAD + r"(?:[（(](?P<n>\d{1,2})[）)]|(?P<m>\d{1,2})[）)])"), lambda m: f"（{m['n'] or m['m']}）"),
)


def canonical(text: str) -> str:
    """A heading's text with its marker in one form per family, on the label's side and the
    output's alike: the scorer then counts a heading found whatever style the pipeline prints
    its marker in (it may normalise '六.' to '六、'), and a variant's marker is its family's."""
    stripped = text.lstrip()
    if stripped[:1] in _CIRCLED_BACK:
        text = text[: len(text) - len(stripped)] + f"（{_CIRCLED_BACK[stripped[0]]}）" + stripped[1:]
    text = unicodedata.normalize("NFKC", text).translate(_CAPITAL_BACK)
    for pattern, form in _CANONICAL:
        match = pattern.match(text)
        if match:
            return match["lead"] + form(match) + text[match.end() :]
    return text


def scored(raw: str, labels: dict):
    """eval_sites' score of the page, its headings compared with canonical markers."""
    body, found, masks, title, body_lines = output_of(raw)
    found = [(canonical(text), level) for text, level in found]
    labels = {**labels, "headings": [{**h, "text": canonical(h["text"])} for h in labels["headings"]]}
    return score_page(labels, raw, (body, found, masks, title, body_lines))


def rewrite(text: str, variant: str) -> str | None:
    """The line with its markers in the variant's style: the one opening it and those after a
    blank or a sentence's end inside it (a flattened page runs its numbered parts into one line,
    and a page prints one style throughout); None when the line has no marker of the variant's
    family (or the rewrite changes nothing)."""
    family, new_marker = VARIANTS[variant]

    def one(match: re.Match) -> str:
        marker = new_marker(match)
        return match[0] if marker is None else match["lead"] + marker

    changed = _INSIDE[family].sub(one, text)
    return changed if changed != text else None


# A family's marker opening a line or inside it after a blank or a sentence's end.
_INSIDE = {
    family: re.compile(r"(?:^|(?<=[\s。；;！!？?]))" + pattern.pattern) for family, pattern in FAMILIES.items()
}


@dataclass
class Row:
    variant: str
    headings: int = 0  # heading lines rewritten
    body: int = 0  # numbered body lines rewritten
    relabelled: int = 0
    found: int = 0
    false: int = 0
    kept: int = 0
    missed_examples: list[str] = field(default_factory=list)
    false_examples: list[str] = field(default_factory=list)


def perturb(raw: str, page: dict, variant: str) -> tuple[str, dict, int, int, int] | None:
    """(raw, labels, heading lines, body lines, snippets relabelled) of the re-numbered page."""
    headings = [fold(h["text"]) for h in page["headings"]]
    lines = raw.split("\n")
    out = []
    heading_lines = body_lines = 0
    changed: dict[str, str] = {}  # folded old line -> folded new line
    for line in lines:
        new = rewrite(line, variant)
        if new is None:
            out.append(line)
            continue
        folded = fold(line)
        if any(h and folded.startswith(h) for h in headings) or any(h and h in folded for h in headings):
            heading_lines += 1
        else:
            body_lines += 1
        changed[folded] = fold(new)
        out.append(new)
    if not changed:
        return None
    labels = dict(page)
    labels["headings"] = []
    for heading in page["headings"]:
        new_text = rewrite(heading["text"], variant)
        labels["headings"].append({**heading, "text": new_text} if new_text is not None else heading)
    new_raw = "\n".join(out)
    folded_raw = fold(new_raw)
    keep, relabelled = [], 0
    for snippet in page["keep"]:
        if snippet not in folded_raw:
            holder = next((new for old, new in changed.items() if snippet in old), None)
            if holder:
                middle = len(holder) // 2
                snippet = holder[middle - SNIPPET_CHARS // 2 : middle + SNIPPET_CHARS // 2]
                relabelled += 1
        keep.append(snippet)
    labels["keep"] = keep
    return new_raw, labels, heading_lines, body_lines, relabelled


def main(argv: list[str]) -> int:
    def option(flag: str, default: str) -> str:
        return argv[argv.index(flag) + 1] if flag in argv[:-1] else default

    names = [v for v in option("--variants", ",".join(VARIANTS)).split(",") if v]
    unknown = [v for v in names if v not in VARIANTS]
    if unknown:
        print(f"perturb_markers: unknown variant {','.join(unknown)} (known: {','.join(VARIANTS)})", file=sys.stderr)
        return 2
    examples = int(option("--examples", "0"))
    pages = [(raw, labels) for raw, labels in own_pages() if labels["split"] == GROUP]
    base = {labels["id"]: scored(raw, labels) for raw, labels in pages}
    found = sum(r.score.found for r in base.values())
    false = sum(r.score.false for r in base.values())
    kept = sum(r.score.kept for r in base.values())
    total = sum(r.score.headings for r in base.values())
    print(
        f"perturb_markers: {len(pages)} {GROUP} pages; unperturbed headings {found}/{total} "
        f"({false} false), body kept {kept}/{sum(r.score.keep for r in base.values())}"
    )
    print(f"\n{'variant':16} {'heads':>5} {'body':>5} {'relab':>5}   {'found':>6} {'false':>6} {'kept':>5}")
    for variant in names:
        row = Row(variant)
        for raw, labels in pages:
            result = base[labels["id"]]
            perturbed = perturb(raw, labels, variant)
            if perturbed is None:
                continue
            new_raw, new_labels, heading_lines, body_lines, relabelled = perturbed
            row.headings += heading_lines
            row.body += body_lines
            row.relabelled += relabelled
            after = scored(new_raw, new_labels)
            row.found += after.score.found - result.score.found
            row.false += after.score.false - result.score.false
            row.kept += after.score.kept - result.score.kept
            if examples:
                before_why = {fold(w) for w in result.why}
                for why in after.why:
                    if fold(why) in before_why:
                        continue
                    if why.startswith("heading missed") and len(row.missed_examples) < examples:
                        row.missed_examples.append(f"{why}  [{labels['id']}]")
                    elif why.startswith("false heading") and len(row.false_examples) < examples:
                        row.false_examples.append(f"{why}  [{labels['id']}]")
        print(
            f"{variant:16} {row.headings:5d} {row.body:5d} {row.relabelled:5d}   "
            f"{row.found:+6d} {row.false:+6d} {row.kept:+5d}"
        )
        for text in row.missed_examples + row.false_examples:
            print(f"      {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
