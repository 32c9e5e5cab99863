"""readability-lxml's unlikely-candidate step and link density with the same trees and scores (issue 17).

Two steps of readability's `Document.summary` were ~7 % of a worker's CPU on the bench pages:

- `remove_unlikely_candidates` walks every element, formats "class id" and runs two regexes on
  it, then asks two XPath questions of each element they pick. An element with neither a
  class nor an id gives " " (too short: passed over), and a page repeats a few dozen names over
  thousands of elements. Below, the elements are read by one XPath with either attribute, in
  the same document order, and the regexes' answer is kept per distinct string; the XPath
  questions and the drops are readability's own, in its order.
- `get_link_density`, asked of every candidate `score_paragraphs` makes (each paragraph's
  parent and grandparent), sums the cleaned text length of every link inside it: a link under
  nested candidates is measured once for each of them. score_paragraphs changes no tree, so
  while it runs a link's length is kept the first time it is measured (the sum is of ints:
  the same in any order). Outside score_paragraphs (sanitize, which cuts the tree between its
  asks) nothing is kept.

`install` puts both in place on readability's Document subclass (second_opinion's
TreeDocument) only if its summaries stay the same on the probe pages below, so a changed
readability keeps its own.
"""

from __future__ import annotations

import lxml.html


def remove_unlikely_candidates(self) -> None:
    """readability 0.9's step: drop each element whose "class id" its unlikelyCandidatesRe
    finds and okMaybeItsACandidateRe does not, outside <pre>/<code> and holding no
    <main>/<article>/<math>."""
    unlikely, maybe = self._unlikely_patterns
    verdicts: dict[str, bool] = {}  # this page's names (a batch's would grow without end)
    for elem in self.html.xpath(".//*[@class or @id]"):
        classes, ident = elem.get("class", ""), elem.get("id", "")
        if not classes and not ident:
            continue  # " ": too short for readability to test
        names = f"{classes} {ident}"
        verdict = verdicts.get(names)
        if verdict is None:
            verdict = verdicts[names] = bool(unlikely.search(names)) and not maybe.search(names)
        if (verdict and elem.tag not in ("html", "body")
                and not elem.xpath("ancestor-or-self::pre | ancestor-or-self::code")
                and not elem.xpath("descendant-or-self::main | descendant-or-self::article | "
                                   "descendant-or-self::math")):
            elem.drop_tree()


def _scoring_class(document_class, module):
    text_length = module.text_length

    class ScoringDocument(document_class):
        _link_lengths: dict | None = None

        def score_paragraphs(self):
            self._link_lengths = {}  # the tree holds still until score_paragraphs returns
            try:
                return super().score_paragraphs()
            finally:
                self._link_lengths = None

        def get_link_density(self, elem):
            lengths = self._link_lengths
            if lengths is None:
                return super().get_link_density(elem)
            link_length = 0
            for link in elem.findall(".//a"):
                length = lengths.get(link)
                if length is None:
                    length = lengths[link] = text_length(link)
                link_length += length
            return float(link_length) / max(text_length(elem), 1)

    return ScoringDocument


# Pages reaching each branch: names readability drops (alone, beside a name it keeps, on
# <html>/<body>, over a <pre>/<code> or inside one, around an <article>/<main>), elements
# without names, empty names, one name twice; links under nested candidates, a link in a
# link, candidates with no links, and a page too short for the strict pass (the lenient
# retry, where unlikely candidates stay).
PROBES = (
    "<html><body class='sidebar'><div id='menu'><p>菜单一，菜单二，菜单三，菜单四，菜单五，菜单六。</p></div>"
    "<div class='content'><div class='comment-list'><p>评论的文字足够长，带有逗号，还有逗号，以及更多。</p></div>"
    "<p>正文第一段，内容足够长，带有逗号，还有更多的文字，保证超过阈值。<a href='/a'>链接文字在这里</a></p>"
    "<p>正文第二段，内容足够长，带有逗号，还有更多的文字，保证超过阈值。</p></div>"
    "<div class='footer'><pre class='footer'>代码</pre><code><span class='header'>码</span></code></div>"
    "<div class='header'><article><p>文章里面的段落，内容足够长，带有逗号，还有更多的文字。</p></article></div>"
    "<div class='' id=''><p>空名字的段落，内容足够长，带有逗号，还有更多的文字内容。</p></div>"
    "<div class='pager'><main>主</main></div><div class='pager'>页</div></body></html>",
    "<html><body><div id='outer'><div class='inner'><div>"
    + "".join(f"<p>第{i}段文字足够长，带有逗号，<a href='/{i}'>第{i}个链接<a href='/x'>内链</a></a>，还有更多文字。</p>"
              for i in range(6))
    + "</div><div><p>没有链接的段落，内容足够长，带有逗号，还有更多的文字，保证超过阈值。</p></div></div>"
    "<td><p>表格里的段落，内容足够长，带有逗号，还有更多的文字，保证超过阈值。</p></td></div></body></html>",
    "<html><body><div class='menu'><p>短</p></div><div class='comment'>很短的页面</div></body></html>",
    "<html><body><div class='rss'><p>只有一个不可能的块，内容足够长，带有逗号，还有更多的文字，保证超过阈值，"
    "再多一些文字，再多一些文字，再多一些文字，再多一些文字，再多一些文字，再多一些文字。</p></div></body></html>",
)


def install(document_class, module):
    """A subclass of `document_class` (readability's Document, each parse on a copy) with both
    steps, when its summaries match `document_class`'s on every probe; else `document_class`."""
    regexes = getattr(module, "REGEXES", {})
    if not all(name in regexes for name in ("unlikelyCandidatesRe", "okMaybeItsACandidateRe")) \
            or not callable(getattr(module, "text_length", None)) \
            or not callable(getattr(document_class, "get_link_density", None)):
        return document_class
    try:
        candidate = _scoring_class(document_class, module)
        candidate._unlikely_patterns = (regexes["unlikelyCandidatesRe"], regexes["okMaybeItsACandidateRe"])
        candidate.remove_unlikely_candidates = remove_unlikely_candidates
        same = all(_summary(candidate, page) == _summary(document_class, page) for page in PROBES)
    except Exception:  # a readability whose Document no longer works this way keeps its own
        same = False
    return candidate if same else document_class


def _summary(document_class, page: str) -> str:
    return document_class(lxml.html.document_fromstring(page)).summary(html_partial=True)
