"""Extraction on pages of a site nobody tuned on, simulated: the tuning pages re-built (issue 13).

    python tests/eval/perturb_extract.py [--corpus DIR] [--kinds K,...] [--rules] [--worst N]
                                         [--pages NAME,...]   (make eval-extract-perturb)

Pages: web-gold (in-sample), the web-magic tuning half and the tuning engines of threads,
threads2, threads3, threads5 and threads6. No held page is read: not the web-magic held half,
not a held engine.

Each page is rebuilt in one way at a time, the way another site would build the same text:
the text and the gold stay as they are, the markup around them changes. Where the article is
(for the kinds that move things around it) is found from the gold: the deepest element holding
at least ARTICLE_SHARE of the page's gold text nodes; a block "without gold" holds no text node
the gold contains.

  same        parsed and written back unchanged (the baseline: the other kinds differ from it
              in one thing only)
  rename      class and id words replaced by meaningless ones (loeo_extract.renamed's hash)
  swap        class and id words misleading: content words and chrome words traded
              (content <-> sidebar, article <-> related, post <-> ad, ...)
  untag       HTML5 section tags (article, main, aside, nav, header, footer, section) made divs
  wrap        the article in three more divs, and each of its child elements in a div of its own
  side-first  around the article and each of its ancestors, the blocks without gold moved before it
  side-after  ... moved after it
  links-in    the lists of links without gold (most of their text in <a>) moved into the article,
              at its end (a "related" box inside the content box)
  tables      the page's skeleton as layout tables: at each level from the body down to the
              article, the children set side by side in the cells of a one-row table
  scripts     a <script> (with Chinese strings), a JSON-LD copy of the article's text and a
              <style> between the article's children, inline style attributes on them
  head-table  the page's headline (the first <h1> its <title> opens with) printed in bold in
              the spanning first row of a layout table, the short dated line under it (date,
              source) in the second row beside an empty cell, as old news templates set a
              page's head (2 web-gold pages of one site do): pages with such a headline and line

Each variant goes through the whole pipeline (eval_extract.run_reportfmt) and is scored as
eval_extract scores (character F1 against the gold). Printed: per kind and per set, the mean F1
and its drop from `same`, the pages that yield no text, and the pages that drop most with the
step that lost their text (eval_extract.lost_step). The learned step runs with the shipped
model (it saw these pages: what drops here is the markup's doing, not the model's ignorance);
--rules runs without it.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import statistics
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

import lxml.html
from lxml import etree

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_extract import (
    DEFAULT_CORPUS,
    THREADS,
    THREADS2,
    THREADS3,
    THREADS5,
    THREADS6,
    Page,
    lost_step,
    run_reportfmt,
    thread_pages,
    web_gold_pages,
    web_magic_pages,
)
from scoring import char_score, squeeze

from reportfmt.read.encodings import decode
from reportfmt.read.extraction import learned

ARTICLE_SHARE = 0.8
# A text node this short (whitespace removed) says too little to tell gold from chrome.
MIN_NODE = 4
_LETTERS = str.maketrans("0123456789", "ghijklmnop")
# Content words and chrome words traded (either way): a template whose names lie.
_SWAPS = (("content", "sidebar"), ("article", "related"), ("main", "footer"), ("post", "ad"),
          ("body", "menu"), ("text", "nav"), ("entry", "widget"), ("detail", "recommend"),
          ("thread", "header"), ("reply", "share"), ("message", "banner"), ("comment", "links"))
_SWAP = {a: b for a, b in _SWAPS} | {b: a for a, b in _SWAPS}
_SWAP_WORD = re.compile("|".join(sorted(_SWAP, key=len, reverse=True)), re.I)
_SECTION_TAGS = {"article", "main", "aside", "nav", "header", "footer", "section"}
_BLOCK_TAGS = {"div", "ul", "ol", "dl", "table", "section", "aside", "nav", "header", "footer", "form", "p",
               "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "center", "blockquote", "iframe"}
_SKIP_TAGS = {"script", "style", "noscript", "template"}
KINDS = ("same", "rename", "swap", "untag", "wrap", "side-first", "side-after", "links-in", "tables", "scripts",
         "head-table")
# A date on the line under a headline (2005-04-05, 2005年4月5日, 2005/4/5).
_DATE = re.compile(r"(?:19|20)\d\d\s*[-年/.]\s*\d{1,2}")
# The line under the headline is this short at most (a date, a source, a view count).
HEAD_META_CHARS = 80


# -- finding the article from the gold ------------------------------------------------------

def _text_nodes(root) -> list[tuple[etree._Element, str, str]]:
    """(element, 'text'|'tail', squeezed text) of every visible text node in document order."""
    nodes = []
    for el in root.iter():
        if not isinstance(el.tag, str):
            if el.tail and squeeze(el.tail):
                nodes.append((el, "tail", squeeze(el.tail)))
            continue
        if el.tag not in _SKIP_TAGS and el.text and squeeze(el.text):
            nodes.append((el, "text", squeeze(el.text)))
        if el.tail and squeeze(el.tail):
            nodes.append((el, "tail", squeeze(el.tail)))
    return nodes


def gold_chars(root, gold: str) -> dict[etree._Element, int]:
    """Characters of gold text nodes under each element (a tail counts for its parent)."""
    flat = squeeze(gold)
    counts: dict[etree._Element, int] = defaultdict(int)
    for el, where, text in _text_nodes(root):
        if len(text) < MIN_NODE or text not in flat:
            continue
        holder = el if where == "text" else el.getparent()
        while holder is not None:
            counts[holder] += len(text)
            holder = holder.getparent()
    return counts


def find_article(root, counts: dict) -> etree._Element | None:
    body = root.find(".//body")
    total = counts.get(body if body is not None else root, 0)
    if not total:
        return None
    best = body if body is not None else root
    while True:
        inner = [c for c in best if isinstance(c.tag, str) and counts.get(c, 0) >= ARTICLE_SHARE * total]
        if not inner:
            return best
        best = inner[0]


def _ancestry(article) -> list:
    """The article and its ancestors below <body>, innermost first."""
    chain, el = [], article
    while el is not None and el.tag not in ("body", "html"):
        chain.append(el)
        el = el.getparent()
    return chain


def _visible_chars(el) -> int:
    return len(squeeze("".join(t for t in el.itertext() if t)))


def _chrome_sibling(el, counts) -> bool:
    return isinstance(el.tag, str) and el.tag not in _SKIP_TAGS and not counts.get(el) and _visible_chars(el) > 0


# -- the perturbations --------------------------------------------------------------------

def _hashed(match: re.Match) -> str:
    return "k" + hashlib.sha256(match.group(0).lower().encode()).hexdigest()[:6].translate(_LETTERS)


def _swapped(match: re.Match) -> str:
    return _SWAP[match.group(0).lower()]


def _rewrite_names(root, word: re.Pattern, to) -> None:
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        for attr in ("class", "id"):
            value = el.get(attr)
            if value:
                el.set(attr, word.sub(to, value))


def _move_before(node, anchor) -> None:
    _detach(node)
    anchor.addprevious(node)


def _detach(node) -> None:
    """Remove `node`, its tail text kept where it was."""
    parent = node.getparent()
    if node.tail:
        prev = node.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + node.tail
        else:
            parent.text = (parent.text or "") + node.tail
    node.tail = None
    parent.remove(node)


def perturb(root, kind: str, gold: str, seed: str) -> bool:
    """Rebuild the parsed page in place; False when the kind does not apply to it."""
    if kind == "same":
        return True
    if kind == "rename":
        _rewrite_names(root, re.compile(r"[A-Za-z]+"), _hashed)
        return True
    if kind == "swap":
        _rewrite_names(root, _SWAP_WORD, _swapped)
        return True
    if kind == "head-table":
        return _head_table(root)
    if kind == "untag":
        changed = False
        for el in root.iter(*_SECTION_TAGS):
            el.tag, changed = "div", True
        return changed
    counts = gold_chars(root, gold)
    article = find_article(root, counts)
    if article is None:
        return False
    if kind == "wrap":
        for child in [c for c in article if isinstance(c.tag, str) and c.tag not in _SKIP_TAGS]:
            box = etree.Element("div", {"class": "box"})
            box.tail, child.tail = child.tail, None
            child.addprevious(box)
            box.append(child)
        if article.tag in ("body", "html"):
            return True
        outer = inner = etree.Element("div", {"class": "wrap"})
        for name in ("frame", "cell"):
            node = etree.SubElement(inner, "div", {"class": name})
            inner = node
        outer.tail, article.tail = article.tail, None
        article.addprevious(outer)
        inner.append(article)
        return True
    if kind in ("side-first", "side-after"):
        moved = False
        for el in _ancestry(article):
            parent = el.getparent()
            siblings = list(parent)
            at = siblings.index(el)
            movers = [s for s in (siblings[at + 1:] if kind == "side-first" else siblings[:at])
                      if _chrome_sibling(s, counts)]
            anchor = el
            for sib in movers:
                if kind == "side-first":
                    _move_before(sib, el)
                else:
                    _detach(sib)
                    anchor.addnext(sib)
                    anchor = sib
                moved = True
        return moved
    if kind == "links-in":
        lists = []
        for el in root.iter("ul", "ol", "div", "p", "dl"):
            if el is article or counts.get(el) or el in article.iterancestors() or _in(el, article):
                continue
            if any(_in(el, other) for other in lists):
                continue
            text = _visible_chars(el)
            linked = sum(len(squeeze(a.text_content())) for a in el.iter("a"))
            if text >= 20 and linked >= 0.7 * text and len(list(el.iter("a"))) >= 3:
                lists.append(el)
        for el in lists:
            _detach(el)
            article.append(el)
        return bool(lists)
    if kind == "tables":
        for el in reversed(_ancestry(article)):
            parent = el.getparent()
            children = [c for c in parent if isinstance(c.tag, str) and c.tag not in _SKIP_TAGS]
            if len(children) < 2:
                continue
            table = etree.Element("table", {"width": "100%"})
            row = etree.SubElement(etree.SubElement(table, "tbody"), "tr")
            children[0].addprevious(table)
            for child in children:
                cell = etree.SubElement(row, "td", {"valign": "top"})
                _detach(child)
                cell.append(child)
        return True
    if kind == "scripts":
        words = squeeze(gold)[:60]
        children = [c for c in article if isinstance(c.tag, str) and c.tag not in _SKIP_TAGS]
        for i, child in enumerate(children):
            child.set("style", "margin:0 0 1em;line-height:1.8")
            if i % 3 == 1:
                script = etree.Element("script")
                script.text = f'var tips = "{words[:12]}"; document.write("<b>" + tips + "</b>");'
                child.addprevious(script)
            if i % 5 == 2:
                style = etree.Element("style")
                style.text = ".x{color:#333} .y:before{content:'更多'}"
                child.addprevious(style)
        ld = etree.Element("script", {"type": "application/ld+json"})
        ld.text = json.dumps({"@type": "Article", "articleBody": words}, ensure_ascii=False)
        article.insert(0, ld)
        return True
    raise ValueError(kind)


def _head_table(root) -> bool:
    """The first <h1> and the dated line under it set in a two-row layout table (the headline
    in bold spanning both columns; the date line in the first cell of the second row, the
    pager's cell beside it left empty)."""
    title = squeeze(root.findtext(".//title") or "")
    headline = next((h for h in root.iter("h1") if len(squeeze(h.text_content())) >= MIN_NODE
                     and squeeze(h.text_content())[:MIN_NODE * 2] in title), None)
    if headline is None:
        return False
    meta = headline.getnext()
    while meta is not None and (not isinstance(meta.tag, str) or meta.tag in _SKIP_TAGS):
        meta = meta.getnext()
    if meta is None or (headline.tail or "").strip() or not isinstance(meta.tag, str):
        return False
    text = squeeze(meta.text_content())
    if not text or len(text) > HEAD_META_CHARS or not _DATE.search(text):
        return False
    table = etree.Element("table", {"width": "100%", "border": "0"})
    body = etree.SubElement(table, "tbody")
    top = etree.SubElement(etree.SubElement(body, "tr"), "td", {"colspan": "2"})
    row = etree.SubElement(body, "tr")
    cell = etree.SubElement(row, "td")
    etree.SubElement(row, "td", {"align": "right"})  # the pager's cell (left empty: no text added)
    headline.addprevious(table)
    _detach(headline)
    _detach(meta)
    headline.tag = "b"
    top.append(headline)
    cell.append(meta)
    return True


def _in(el, container) -> bool:
    return any(a is container for a in el.iterancestors())


def variant(page: Page, kind: str, folder: Path) -> Page | None:
    html = decode(page.html.read_bytes())
    html = re.sub(r"^\s*<\?xml[^>]*>", "", html)
    root = lxml.html.document_fromstring(html)
    if not perturb(root, kind, page.gold, page.name):
        return None
    for meta in root.iter("meta"):
        if meta.get("charset") or (meta.get("http-equiv") or "").lower() == "content-type":
            meta.getparent().remove(meta)
    out = lxml.html.tostring(root, encoding="unicode", doctype="<!DOCTYPE html>")
    path = folder / kind / page.html.name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\xef\xbb\xbf" + out.encode("utf-8"))
    return Page(page.name, path, page.gold, page.kind, page.site, page.half)


def tuning_sets(corpus: Path) -> list[tuple[str, list[Page]]]:
    sets = []
    if (corpus / "web-magic").is_dir():
        sets.append(("web-gold", web_gold_pages(corpus)))
        magic = [p for p in web_magic_pages(corpus) if p.half == "tune"]
        sets.append(("magic article", [p for p in magic if p.kind == "article"]))
        sets.append(("magic forum", [p for p in magic if p.kind != "article"]))
    engines = [p for root in (THREADS, THREADS2, THREADS3, THREADS5, THREADS6)
               for p in thread_pages(root) if p.half != "held"]
    sets.append(("engines (tune)", engines))
    return sets


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--kinds", default=",".join(KINDS))
    parser.add_argument("--rules", action="store_true", help="without the learned step")
    parser.add_argument("--worst", type=int, default=4, help="pages listed per kind (largest drops)")
    parser.add_argument("--pages", default="", help="only these pages (names, comma-separated)")
    args = parser.parse_args(argv)
    kinds = ["same"] + [k for k in args.kinds.split(",") if k and k != "same"]
    learned.use_model(False if args.rules else None)
    sets = tuning_sets(args.corpus)
    if args.pages:
        wanted = set(args.pages.split(","))
        sets = [(name, [p for p in pages if p.name in wanted]) for name, pages in sets]
    folder = Path(tempfile.mkdtemp(prefix="perturb-extract-"))
    f1: dict[tuple[str, str], float] = {}
    info: dict[tuple[str, str], str] = {}
    empty: dict[str, list[str]] = defaultdict(list)
    for kind in kinds:
        for _, pages in sets:
            for page in pages:
                moved = variant(page, kind, folder)
                if moved is None:
                    continue
                text = run_reportfmt(moved)
                moved.scores["reportfmt"] = char_score(text, moved.gold)
                f1[kind, page.name] = moved.scores["reportfmt"].f1
                if not squeeze(text):
                    empty[kind].append(page.name)
                if kind != "same" and f1.get(("same", page.name), 0) - f1[kind, page.name] > 0.02:
                    info[kind, page.name] = lost_step(moved)
    print("== extraction on rebuilt tuning pages: mean F1 per set (pages the kind applies to), drop from 'same'"
          + ("; rules alone" if args.rules else "; shipped model"))
    print(f"   {'kind':<12}" + "".join(f"{name:>22}" for name, _ in sets) + f"{'all':>16}  empty")
    for kind in kinds:
        cells, every_d = [], []
        for _, pages in sets:
            names = [p.name for p in pages if (kind, p.name) in f1]
            if not names:
                cells.append(f"{'-':>22}")
                continue
            mean = statistics.mean(f1[kind, n] for n in names)
            drop = statistics.mean(f1[kind, n] - f1["same", n] for n in names)
            every_d += [f1[kind, n] - f1["same", n] for n in names]
            cells.append(f"{mean:>10.3f} ({drop:+.3f}) {len(names):>3}"[-22:].rjust(22))
        pooled = f"{statistics.mean(every_d):+.4f}" if every_d else "-"
        print(f"   {kind:<12}" + "".join(cells) + f"{pooled:>16}  {len(empty[kind])}"
              + (f" {empty[kind]}" if empty[kind] else ""))
    for kind in kinds[1:]:
        drops = sorted(((f1["same", n] - f1[kind, n], n) for (k, n) in f1 if k == kind), reverse=True)
        shown = [(d, n) for d, n in drops[:args.worst] if d > 0.02]
        if shown:
            print(f"   {kind}: largest drops")
            for _, n in shown:
                print(f"     {n}  {f1['same', n]:.3f} -> {f1[kind, n]:.3f}  - {info.get((kind, n), '')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
