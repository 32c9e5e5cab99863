"""How fragile heading detection is to a new site's numbering style: own-tune re-numbered.

Usage: python tests/eval/perturb_markers.py [--variants V,...] [--examples N]

Real sites print the same outline levels in many styles: 一、 一. 一． 壹、; （一） (一) 一）;
1、 1. 1． (full-width digits) 1) ; （1） (1) 1） ①; 第一章 or 第1章. Rules written on the tune pages fit the
styles those pages happen to use. This script rewrites, one variant at a time, the marker of
every labelled heading of the own-tune pages (tune group only: never a check, held or new page)
whose marker is of the variant's family, and scores each page with eval_sites.py's scorer: the
table prints, per variant, the pages re-numbered and skipped (and why), the heading markers
rewritten (toc: in a table of contents; glued: inside a line, after a colon, a word or a page
number), the family's markers left alone, and the change in headings found, false headings and
body kept.

A re-numbered page must be one a real site could print: every heading marker of the family is
rewritten, glued ones included (the labels say where each heading is, line by line), and so is a
table of contents repeating the headings' words ("toc": the table's lines, those whose sections
the page cut off included); nothing else is (a 文库 page's page numbers "1、 2、" opening its
flattened lines, numbered list items in the body); a page whose other headings already use the
new style (一、->壹、 on a page numbering its second level 壹、) is skipped, not printed with one
style at two levels. (Until round 41 the script rewrote any marker of the family at a line's
start or after a blank or sentence end: glued headings kept the old style beside rewritten
neighbours, and page numbers were re-numbered.)

Labels follow their lines: a heading label's text gets the very rewrite its line got (the scorer
matches headings by their folded text), and a body snippet the rewritten page no longer holds
(it crossed the marker) is taken again from the middle of its rewritten line ("relabelled").
"""

from __future__ import annotations

import re
import sys
import unicodedata
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from eval_sites import output_of, score_page
from sites_devset import _LINE_TAG, _TITLE_ONLY, OWN, SNIPPET_CHARS, fold, markup_free, own_pages, parse_pages

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
    "chapter": re.compile(_LEAD + rf"第(?P<n>[{CN}]{{1,3}})(?P<unit>[章节条])[^\S\n]*"),
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
    """The text with its opening marker (after blanks, markdown hashes or bold marks) in the
    variant's style: how a heading label's text follows its line. None when the text opens with
    no marker of the variant's family, or the number has no such form."""
    family, new_marker = VARIANTS[variant]
    match = FAMILIES[family].match(text)
    if match is None:
        return None
    marker = new_marker(match)
    return None if marker is None else match["lead"] + marker + text[match.end() :]


# A family's marker anywhere in a line, not the tail of a longer number ("十一、", "11、"; a
# Chinese number may follow a digit: "方案1一、演练目的" is sample 1's first heading).
_ANYWHERE = {
    family: re.compile(
        ("(?<![" + CN + "])" if CN in pattern.pattern else r"(?<!\d)") + pattern.pattern.removeprefix(_LEAD)
    )
    for family, pattern in FAMILIES.items()
}
_SHAPE_NUMBERS = str.maketrans({**{c: "N" for c in CN}, **{c: "C" for c in "".join(CAPITAL.values()) + "貳陸"}})
_SHAPE = re.compile(r"第\s*(?:N+|\d+)\s*[章节条]|[(]?(?:N+|C+)[)、.,]|[(]?\d+[)、.,](?![\d.])")


def shape(text: str) -> str | None:
    """The style of the marker opening a heading's text, whatever its number: '一、' and '三、'
    are 'N、', '（2）' and '(5)' are '(9)', '壹、' is 'C、', '第3章' is '第9章'; None without one."""
    text = text.lstrip().lstrip("#").lstrip().removeprefix("**")
    if text[:1] in _CIRCLED_BACK:
        return "①"
    match = _SHAPE.match(unicodedata.normalize("NFKC", text).translate(_SHAPE_NUMBERS))
    if match is None:
        return None
    return re.sub(r"\s+", "", re.sub(r"\d+", "9", match[0]))


def _heading_key(text: str) -> str:
    """A heading's text as located in the page: folded, markdown hashes and bold marks gone."""
    return fold(text.lstrip().lstrip("#").replace("**", ""))


def with_lines(page: dict) -> dict:
    """The labels with each heading's line in the raw text ("line"), read from the page's annotated
    file as build_page reads it (one raw line per annotated line but a [title=] one; headings from
    a line that is neither the title nor chrome); the labels as they are when the file's headings
    do not match them."""
    if page["split"] != GROUP:  # the tool reads own-tune files only
        return page
    wanted = page["url"].removeprefix("own:")
    for header, annotated in parse_pages((OWN / page["file"]).read_text(encoding="utf-8")):
        if " ".join(header.split()) != " ".join(wanted.split()):
            continue
        lines: list[tuple[str, int]] = []  # (the heading's text, its raw line)
        index = -1
        for text in annotated:
            if _TITLE_ONLY.match(text):
                continue
            index += 1
            tags = [(m.group(1), m.group(2)) for m in _LINE_TAG.finditer(text)]
            if any(k == "t" or k.startswith("c:") for k, _ in tags):
                continue
            for kind, value in tags:
                if kind == "s" or kind.startswith("h"):
                    lines.append((markup_free(value) if value is not None else "", index))
        if len(lines) != len(page["headings"]) or any(
            text and text != h["text"] for (text, _), h in zip(lines, page["headings"], strict=True)
        ):
            return page
        return {**page, "headings": [{**h, "line": i} for (_, i), h in zip(lines, page["headings"], strict=True)]}
    return page


@dataclass
class Perturbed:
    raw: str
    labels: dict
    headings: int  # heading markers rewritten
    repeats: int  # markers rewritten in a table of contents (or a second copy) repeating headings
    glued: int  # of which inside a line (after a colon, a word, a page number)
    left: int  # markers of the family in the page that no label calls a heading: left as they were
    relabelled: int  # body snippets taken again from their rewritten line


def perturb(raw: str, page: dict, variant: str) -> Perturbed | str | None:
    """The page re-numbered in the variant's style, a reason to skip it, or None when no heading
    of the page has a marker of the variant's family.

    Only what the labels call a heading is rewritten, every such marker of the family on the
    page (at a line's start or glued inside it: after a colon, a word, a page number): page
    numbers and numbered list items in the body stay as the page printed them, as a site that
    numbers its headings in another style would still print them. A page is skipped when the
    new style is one its other headings already use ("collides": 一、->壹、 on a page whose
    second level is 壹、 would print one style at two levels, which no site does), when a
    heading of the family is not found in the page ("unlocated"), or when a number has no
    form in the new style ("no form": ㉑)."""
    family, new_marker = VARIANTS[variant]
    targets = [h for h in page["headings"] if FAMILIES[family].match(h["text"])]
    if not targets:
        return None
    new_shapes = {shape(rewrite(h["text"], variant) or "") for h in targets}
    if None in new_shapes or any(rewrite(h["text"], variant) is None for h in targets):
        return "no form"
    others = {shape(h["text"]) for h in page["headings"] if not FAMILIES[family].match(h["text"])}
    if new_shapes & others:
        return "collides"
    # Each labelled heading's marker in the page, found in label order on the heading's line when
    # the labels say which (a table of contents may print the same words first), else anywhere
    # from where the last one was found: its line's start, or glued inside a flattened line.
    marks = [m for m in _ANYWHERE[family].finditer(raw)]
    starts = [0] + [i + 1 for i, c in enumerate(raw) if c == "\n"]
    used: set[int] = set()
    cursor = 0
    for heading in targets:
        key = _heading_key(heading["text"])
        at = None
        line = heading.get("line")
        if line is not None:
            within = (starts[line], starts[line + 1] if line + 1 < len(starts) else len(raw))
            cursor = max(cursor, within[0])
        for match in sorted(marks, key=lambda m: (m.start() < cursor, m.start())):
            if match.start() in used or (line is not None and not within[0] <= match.start() < within[1]):
                continue
            ahead = raw[match.start() : match.start() + 3 * len(heading["text"]) + 8].replace("**", "")
            if fold(ahead).startswith(key):
                at = match
                break
        if at is None:
            return "unlocated"
        used.add(at.start())
        cursor = at.end()
    headings, at_headings = len(used), set(used)
    # A table of contents (or a page's second copy) repeats a heading's words where no label
    # says "heading": a site prints it in its headings' style, so each such repeat is rewritten,
    # with the other markers of its line and of the lines next to it opening with one (the rest
    # of the table: entries whose sections the page cut off).
    keys = {_heading_key(h["text"]) for h in targets}
    repeats = [
        m
        for m in marks
        if m.start() not in used
        and any(fold(raw[m.start() : m.start() + 3 * len(k) + 8].replace("**", "")).startswith(k) for k in keys)
    ]
    line_of = [bisect_right(starts, m.start()) - 1 for m in marks]
    opening = {
        line for m, line in zip(marks, line_of, strict=True) if not raw[starts[line] : m.start()].strip(" \t#*\u3000")
    }
    block: set[int] = set()
    for m in repeats:
        line = bisect_right(starts, m.start()) - 1
        block.add(line)
        for step in (-1, 1):
            nearby = line + step
            while nearby in opening:
                block.add(nearby)
                nearby += step
    used |= {m.start() for m, line in zip(marks, line_of, strict=True) if line in block}
    out, position, glued = [], 0, 0
    changed: dict[str, str] = {}  # folded old line -> folded new line
    for match in marks:
        if match.start() not in used:
            continue
        out.append(raw[position : match.start()])
        out.append(new_marker(FAMILIES[family].match(raw, match.start())))
        position = match.end()
        line_start = raw.rfind("\n", 0, match.start()) + 1
        if match.start() in at_headings and raw[line_start : match.start()].strip().strip("#").strip().strip("*"):
            glued += 1
    out.append(raw[position:])
    new_raw = "".join(out)
    for old, new in zip(raw.split("\n"), new_raw.split("\n"), strict=True):
        if old != new:
            changed[fold(old)] = fold(new)
    labels = dict(page)
    labels["headings"] = [
        {**h, "text": rewrite(h["text"], variant)} if FAMILIES[family].match(h["text"]) else h for h in page["headings"]
    ]
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
    return Perturbed(new_raw, labels, headings, len(used) - headings, glued, len(marks) - len(used), relabelled)


@dataclass
class Row:
    variant: str
    pages: int = 0  # pages re-numbered
    headings: int = 0  # heading markers rewritten
    repeats: int = 0
    glued: int = 0
    left: int = 0
    relabelled: int = 0
    of: int = 0  # labelled headings on the re-numbered pages
    found: int = 0
    false: int = 0
    kept: int = 0
    skipped: Counter = field(default_factory=Counter)
    missed_examples: list[str] = field(default_factory=list)
    false_examples: list[str] = field(default_factory=list)


def main(argv: list[str]) -> int:
    def option(flag: str, default: str) -> str:
        return argv[argv.index(flag) + 1] if flag in argv[:-1] else default

    names = [v for v in option("--variants", ",".join(VARIANTS)).split(",") if v]
    unknown = [v for v in names if v not in VARIANTS]
    if unknown:
        print(f"perturb_markers: unknown variant {','.join(unknown)} (known: {','.join(VARIANTS)})", file=sys.stderr)
        return 2
    examples = int(option("--examples", "0"))
    pages = [(raw, with_lines(labels)) for raw, labels in own_pages() if labels["split"] == GROUP]
    base = {labels["id"]: scored(raw, labels) for raw, labels in pages}
    found = sum(r.score.found for r in base.values())
    false = sum(r.score.false for r in base.values())
    kept = sum(r.score.kept for r in base.values())
    total = sum(r.score.headings for r in base.values())
    print(
        f"perturb_markers: {len(pages)} {GROUP} pages; unperturbed headings {found}/{total} "
        f"({false} false), body kept {kept}/{sum(r.score.keep for r in base.values())}"
    )
    print(
        f"\n{'variant':16} {'pages':>5} {'heads':>5} {'toc':>4} {'glued':>5} {'left':>5} {'relab':>5}   "
        f"{'found':>6} {'of':>5} {'false':>6} {'kept':>5}   skipped"
    )
    for variant in names:
        row = Row(variant)
        for raw, labels in pages:
            result = base[labels["id"]]
            perturbed = perturb(raw, labels, variant)
            if perturbed is None:
                continue
            if isinstance(perturbed, str):
                row.skipped[perturbed] += 1
                continue
            row.pages += 1
            row.headings += perturbed.headings
            row.repeats += perturbed.repeats
            row.glued += perturbed.glued
            row.left += perturbed.left
            row.relabelled += perturbed.relabelled
            row.of += result.score.headings
            after = scored(perturbed.raw, perturbed.labels)
            row.found += after.score.found - result.score.found
            row.false += after.score.false - result.score.false
            row.kept += after.score.kept - result.score.kept
            if examples:
                before_why = {fold(w) for w in result.why}
                for why in after.why:
                    if fold(why) in before_why:
                        continue
                    if why.startswith("heading missed") and len(row.missed_examples) < examples:
                        row.missed_examples.append(f"{why}  [{labels['id']} {labels['file']}]")
                    elif why.startswith("false heading") and len(row.false_examples) < examples:
                        row.false_examples.append(f"{why}  [{labels['id']} {labels['file']}]")
        skipped = ", ".join(f"{n} {why}" for why, n in sorted(row.skipped.items())) or "-"
        print(
            f"{variant:16} {row.pages:5d} {row.headings:5d} {row.repeats:4d} {row.glued:5d} {row.left:5d} "
            f"{row.relabelled:5d}   "
            f"{row.found:+6d} {row.of:5d} {row.false:+6d} {row.kept:+5d}   {skipped}"
        )
        for text in row.missed_examples + row.false_examples:
            print(f"      {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
