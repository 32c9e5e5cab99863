"""Which rule removed a labelled body line? (issue 18: body kept 100 %)

Usage: python tests/eval/body_removals.py [--files PREFIX,...] [--skip-files PREFIX,...] [--lines]

eval_sites' body snippets are a few per page, so a body line a rule removes is often unseen there.
This tool runs the pipeline on each own-words page (own-tune and own-check; own-new never) and
tags every line the report says was removed, as loso_chrome tags a line for training: chrome of a
family when it opens with a labelled chrome key, neither when it is the page's title (or a part
of it) or holds inline chrome, body otherwise. It prints, per group, how many body lines each
rule removed, and one more count: body lines that went into the page's title (the title chooser
joining the line under the title to it) and are gone from the body.

`--lines` also prints each such line with its rule, for own-tune only: own-check's pages are
held out, and so are the pages of the files `--files` names (numbers only).
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import eval_sites
from loso_chrome import tag_of, tagged
from sites_devset import OWN_NEW, fold, own_pages

from reportfmt.pipeline import run_passes
from reportfmt.read.text import read_plain_text

TITLE_JOIN = "title chooser (joined to the title)"


def still_there(key: str, body: str, body_lines: list[str]) -> bool:
    """Whether a removed line's text is still in the output: a line printed twice and removed
    once. A short one ("时间:") must stand as a line of its own: inside a longer line it is
    another line's words."""
    return key in body_lines if len(key) <= eval_sites.SHORT_LABEL + 4 else key in body


def body_losses(labels: dict, raw: str) -> list[tuple[str, str]]:
    """(rule, text) of each labelled body line the pipeline removed from the page, and of each
    body line that went into the title and is not in the body any more."""
    page = tagged(labels, raw)
    doc = read_plain_text(raw)
    report = run_passes(doc)
    body, _, _, title, body_lines = eval_sites.output_from(doc, report)
    labelled_title = fold(labels.get("title") or "")
    lost, seen = [], set()
    for record in report.removed:
        text = record["text"]
        # The pipeline may clean a page twice (it checks a second run changes nothing). A line
        # holding the labelled title with more around it ("X(5篇)", "【X】") is the title's line;
        # a line printed twice and removed once is not lost.
        if ((text, record["rule"]) in seen or tag_of(text, page) != "body"
                or (labelled_title and labelled_title in fold(text)) or still_there(fold(text), body, body_lines)):
            continue
        seen.add((text, record["rule"]))
        lost.append((record["rule"], text))
    folded_title = fold(title)
    counted = {fold(text) for _, text in lost}
    for line in raw.splitlines():
        key = fold(line)
        # (a title wrapped in two is joined before it is removed: its halves are named here)
        if (key and folded_title and key not in counted and page["tags"].get(key) == "body" and key not in body
                and key in folded_title and key != folded_title):
            lost.append((TITLE_JOIN, line.strip()))
    return lost


def main(argv: list[str]) -> int:
    pages = [(raw, labels) for raw, labels in own_pages()
             if labels["split"] != OWN_NEW and eval_sites._file_chosen(labels["file"], ["--own", *argv, ""])]
    shown = "--lines" in argv and "--files" not in argv
    by_group: dict[str, Counter] = defaultdict(Counter)
    lines: list[str] = []
    for raw, labels in pages:
        for rule, text in body_losses(labels, raw):
            by_group[labels["split"]][rule] += 1
            if shown and labels["split"] == "own-tune":
                lines.append(f"  {rule:40} {labels['url'][:40]:40} {text[:60]}")
    for group in ("own-tune", "own-check"):
        counts = by_group[group]
        print(f"{group}: {sum(counts.values())} labelled body lines removed")
        for rule, count in counts.most_common():
            print(f"  {count:3}  {rule}")
    if lines:
        print("\nown-tune, line by line:")
        print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
