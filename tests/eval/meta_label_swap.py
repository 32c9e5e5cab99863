"""How much the meta-line rules lean on their label words: own-tune meta lines relabelled.

Usage: python tests/eval/meta_label_swap.py [--skip-files i-,o-] [--lines]

Rules written for the words one set of pages used did not carry to sites nobody had seen (issue
18, round 27: own-tune chrome +35 lines, own-check +0). This measures the dependence on words
directly, on the tuning pages only: every own-tune meta-lines chrome line (its labelled family)
that holds a label word a rule lists (来源, 作者, 发布时间, 浏览…) is printed again with those words
swapped for words no rule lists ("供稿方", "执笔", "上线时间", "查阅量"…, the same kind of label in
another site's wording), and the page is cleaned again. A line the pipeline removed before and
keeps after was caught by its wording, not by its form. Prints the counts (gone->gone: caught by
form; gone->kept: caught by words) and, with --lines, each line caught by words with the rule
that had removed it. Own-check and own-new pages are never read; `--skip-files` leaves out the
files of a held-out round as well (their pages are the round's own measure).
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

from reportfmt.pipeline import run_passes
from reportfmt.read.text import read_plain_text

sys.path.insert(0, str(Path(__file__).parent))
from eval_sites import output_from
from sites_devset import fold, own_pages

TUNE = "own-tune"
# Listed label words (longest first) and an unlisted word of the same kind for each.
SWAP = (("责任编辑", "值守编校"), ("文章来源", "供稿方"), ("信息来源", "供稿方"),
        ("发布时间", "上线时间"), ("发布日期", "上线日期"), ("发表时间", "上线时间"),
        ("更新时间", "上线时间"), ("浏览次数", "查阅量"), ("阅读次数", "查阅量"),
        ("点击次数", "查阅量"), ("阅读量", "查阅量"), ("浏览量", "查阅量"),
        ("点击数", "查阅量"), ("关键词", "词条"), ("来源", "供稿方"), ("作者", "执笔"),
        ("编辑", "编校"), ("浏览", "查阅"), ("阅读", "查阅"), ("点击", "查阅"),
        ("人气", "关注度"), ("栏目", "频段"), ("分类", "频段"), ("标签", "词条"),
        ("发布", "上线"))
_LISTED = re.compile("|".join(re.escape(word) for word, _ in SWAP))
_TO = dict(SWAP)
# A meta line is short: a longer line holding the label is prose that names it.
MAX_CHARS = 120


def swapped(line: str) -> str:
    return _LISTED.sub(lambda m: _TO[m.group(0)], line)


def main(argv: list[str]) -> int:
    skip = tuple(argv[argv.index("--skip-files") + 1].split(",")) if "--skip-files" in argv[:-1] else ()
    counts: Counter[str] = Counter()
    by_rule: Counter[str] = Counter()
    for raw, page in own_pages():
        if page["split"] != TUNE or (skip and page["file"].startswith(skip)):
            continue
        metas = [fold(c["text"])[:20] for c in page["chrome"] if c["family"] == "meta-lines"]
        lines = raw.splitlines()
        chosen = [i for i, line in enumerate(lines) if len(line) < MAX_CHARS and _LISTED.search(line)
                  and any(key and fold(line).startswith(key) for key in metas)]
        if not chosen:
            continue
        doc = read_plain_text(raw)
        report = run_passes(doc)
        before = output_from(doc, report)[0]
        relabelled = list(lines)
        for i in chosen:
            relabelled[i] = swapped(lines[i])
        doc2 = read_plain_text("\n".join(relabelled))
        after = output_from(doc2, run_passes(doc2))[0]
        for i in chosen:
            was = "kept" if fold(lines[i]) in before else "gone"
            key = was + "->" + ("kept" if fold(relabelled[i]) in after else "gone")
            counts[key] += 1
            if key == "gone->kept":
                rule = next((r["rule"] for r in report.removed if fold(lines[i])[:12] in fold(r["text"])), "?")
                by_rule[rule] += 1
                if "--lines" in argv:
                    print(f"  {rule:40} {relabelled[i].strip()[:80]}")
    gone = counts["gone->gone"] + counts["gone->kept"]
    kept = counts["kept->kept"] + counts["kept->gone"]
    print(f"meta lines with a listed label, removed: {gone}; still removed relabelled: {counts['gone->gone']}"
          f" ({100 * counts['gone->gone'] / max(1, gone):.1f} %); kept before: {kept}")
    for rule, n in by_rule.most_common():
        print(f"  {n:4}  {rule}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
