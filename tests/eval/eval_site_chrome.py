"""Site chrome learned across a batch (batch/site_chrome.py), measured on made-up multi-page sites.

Usage: python tests/eval/eval_site_chrome.py [--pages N] [--pages-listed] [--group GROUP]

The own-words pages (tests/eval/sites/own/*.txt; by default the own-tune group only, the one the
thresholds were chosen on) are one page per site. `--group own-check` or `--group own-new` builds
the sites from that group's pages instead (templates and bodies alike), which says how the
mechanism carries to pages nobody looked at while writing it. A site of several pages is made
from them so:

- a template page A gives its site's chrome: its labelled whole-line chrome lines at its edges,
  i.e. those above its first other line, those right after its title line, and those after its
  last other line;
- page k of A's site is A's leading chrome, the title line of the k-th following own-tune page B
  (another site), A's chrome under the title, B's other lines (B's own labelled chrome lines and
  lines holding inline chrome left out, so that the only chrome labelled is A's), A's trailing
  chrome. N pages a site (default 5); bodies are taken in file order, so every site gets
  different documents.

Each page is cleaned as `reportfmt convert` cleans it (reader, passes), the site's chrome is
learned from all its pages' edges (the same SiteChromeLearner the batch runs), and each page is
scored (eval_sites.score_page: chrome gone, body kept, headings, title) without and with
remove_site_chrome. Sites are split in two halves by a hash of the template's host (the rule's
thresholds were chosen before either was looked at; both halves are printed).
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from eval_sites import Score, output_from, percent, score_page
from sites_devset import _LINE_TAG, _TITLE_ONLY, OWN, OWN_NEW, OWN_SPLITS, build_page, parse_pages, site_of, split_of

from reportfmt.batch.site_chrome import SiteChromeLearner, edge_keys, remove_site_chrome
from reportfmt.passes.elements import block_text
from reportfmt.pipeline import run_passes
from reportfmt.read.text import read_plain_text


def kinds(line: str) -> set[str]:
    return {match.group(1) for match in _LINE_TAG.finditer(line)}


def is_chrome_line(line: str) -> bool:
    return any(kind.startswith("c:") for kind in kinds(line))


def is_title_line(line: str) -> bool:
    return "t" in kinds(line) or bool(_TITLE_ONLY.match(line))


def template_chrome(lines: list[str]) -> tuple[list[str], list[str], list[str]]:
    """A page's edge chrome: (leading, under the title, trailing) whole-line chrome lines."""
    content = [line for line in lines if line.strip()]
    lead: list[str] = []
    rest = content
    while rest and is_chrome_line(rest[0]) and not is_title_line(rest[0]):
        lead.append(rest[0])
        rest = rest[1:]
    under: list[str] = []
    if rest and is_title_line(rest[0]):
        rest = rest[1:]
        while rest and is_chrome_line(rest[0]):
            under.append(rest[0])
            rest = rest[1:]
    tail: list[str] = []
    while rest and is_chrome_line(rest[-1]):
        tail.insert(0, rest[-1])
        rest = rest[:-1]
    return lead, under, tail


def document(lines: list[str]) -> tuple[list[str], list[str]]:
    """A page's (title lines, other lines) without any line labelled chrome."""
    content = [line for line in lines if line.strip() and not is_chrome_line(line) and "{c:" not in line]
    titles = [line for line in content if is_title_line(line)][:1]
    return titles, [line for line in content if line not in titles]


def group_pages(group: str) -> list[tuple[str, list[str]]]:
    """The (header, lines) of one own-words group's pages: own-tune, own-check or own-new."""
    pages = []
    folder = OWN / "new" if group == OWN_NEW else OWN
    for path in sorted(folder.glob("*.txt")):
        for header, lines in parse_pages(path.read_text(encoding="utf-8")):
            host = header.partition(" ")[0]
            if group == OWN_NEW or OWN_SPLITS[split_of(site_of(f"http://{host}/"))] == group:
                pages.append((header, lines))
    return pages


def build_sites(per_site: int, group: str = "own-tune") -> list[tuple[str, list[tuple[str, dict]]]]:
    pages = group_pages(group)
    sites = []
    for number, (header, lines) in enumerate(pages):
        lead, under, tail = template_chrome(lines)
        if not (lead or under or tail):
            continue
        host = header.partition(" ")[0]
        built = []
        for k in range(1, per_site + 1):
            other_header, other_lines = pages[(number + k) % len(pages)]
            titles, body = document(other_lines)
            page_lines = lead + titles + under + body + tail
            name = f"own:{host}-{k} made from {other_header.partition(' ')[0]}"
            built.append(build_page(name, page_lines, group))
        sites.append((host, built))
    return sites


def half_of(host: str) -> str:
    return "half-a" if hashlib.sha1(host.encode()).digest()[0] % 2 == 0 else "half-b"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=5, help="pages made for each site")
    parser.add_argument("--pages-listed", action="store_true", help="print each page's changed chrome count")
    parser.add_argument("--group", default="own-tune", choices=["own-tune", "own-check", OWN_NEW],
                        help="the own-words group the made-up sites are built from")
    args = parser.parse_args(argv)
    totals = {(half, mode): Score() for half in ("half-a", "half-b") for mode in ("without", "with")}
    removed = {"half-a": 0, "half-b": 0}
    sites = build_sites(args.pages, args.group)
    for host, pages in sites:
        cleaned = []
        learner = SiteChromeLearner()
        for raw, _labels in pages:
            doc = read_plain_text(raw)
            report = run_passes(doc)
            cleaned.append((doc, report))
            learner.add(host, edge_keys([block_text(b) for b in doc.content], report.title))
        chrome = learner.chrome().get(host)
        half = half_of(host)
        for (raw, labels), (doc, report) in zip(pages, cleaned, strict=True):
            before = score_page(labels, raw, output_from(doc, report)).score
            removed[half] += remove_site_chrome(doc, report, chrome)
            after = score_page(labels, raw, output_from(doc, report)).score
            totals[(half, "without")].add(before)
            totals[(half, "with")].add(after)
            if args.pages_listed and (before.chrome_gone, before.kept) != (after.chrome_gone, after.kept):
                print(f"  {labels['url']}: chrome {before.chrome_gone}->{after.chrome_gone}/{after.chrome}, "
                      f"body {before.kept}->{after.kept}/{after.keep}")
    print(f"{len(sites)} made-up sites of {args.pages} pages ({args.group} templates with edge chrome)")
    for half in ("half-a", "half-b"):
        count = sum(1 for host, _ in sites if half_of(host) == half)
        print(f"\n{half}: {count} sites, {count * args.pages} pages; {removed[half]} lines removed as site-repeat")
        for mode in ("without", "with"):
            score = totals[(half, mode)]
            print(f"  {mode:8} chrome gone {percent(score.chrome_gone, score.chrome)}  "
                  f"body kept {percent(score.kept, score.keep)}  "
                  f"headings {percent(score.found, score.headings)} false {score.false}  "
                  f"title {percent(score.titles_right, score.titles)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
