"""readability-lxml's HTML cleaner with the same trees, its javascript step in one walk (issue 17).

readability cleans each tree it parses with lxml_html_clean's Cleaner (javascript=True). That
step deletes on* attributes in one walk and then calls `rewrite_links`, whose `iterlinks` tests
sixteen link attributes, CSS and <meta>/<param>/<object> forms on every element in Python:
~3 % of a worker's CPU on the bench pages, where it changes a few links at most (our
clean_tree has dropped scripts, styles, objects and javascript: links already). A link changes
only when `_remove_javascript_link(link.strip())` is not the link itself: blanks around it, or
a scheme the Cleaner distrusts (javascript:, data:, ...). So `clean_html` below, on a copy:

- walks the tree once: deletes on* attributes as the Cleaner does, and sets each link
  attribute (iterlinks' plain form: the whole value of an attribute named in link_attrs) to
  the Cleaner's own answer where that differs, asking only about values a regex finds a
  blank, an escape or a scheme in;
- hands the tree to the Cleaner's own rewrite_links instead when it holds a form whose links
  iterlinks reads out of a larger value or handles apart: <object>, <param>, <style>, a
  <meta> refresh, a style attribute (the last two forms go later anyway: kept to stay exact);
- runs the rest of the Cleaner (a copy of it with javascript=False: the step above is the
  only one that flag guards under these settings; its order against the others does not
  count, as they look at tags and rename none of the four above).

It replaces readability's cleaner (the name its `_parse` looks up when it runs) only if the
two give the same markup on the probe pages below, so a changed readability or
lxml_html_clean keeps its own.
"""

from __future__ import annotations

import copy
import re

import lxml.html
from lxml import etree
from lxml.html import defs

# Elements whose links iterlinks reads out of a value (CSS urls, an archive list, a refresh) or
# handles apart (<object>, <param valuetype=ref>): a tree holding one gets the Cleaner's own
# rewrite_links. (A <meta> counts only as a refresh, as iterlinks reads it.)
_COMPOUND_TAGS = frozenset({"object", "param", "style"})
_LINK_ATTRS = defs.link_attrs
# A value with none of these is its own strip(), unquote_plus() and whitespace-free form, and
# holds none of the schemes the Cleaner distrusts: `_remove_javascript_link` returns it as it is.
_MAY_CHANGE = re.compile(r"[\s\x00-\x1f%+]|(?:javascript|jscript|livescript|vbscript|data|about|mocha):", re.I)


class LinkCheckingCleaner:
    """`clean_html` of a Cleaner with javascript=True, its javascript step in one walk of the tree."""

    def __init__(self, cleaner) -> None:
        self.cleaner = cleaner
        self.rest = copy.copy(cleaner)
        self.rest.javascript = False

    def clean_html(self, html):
        cleaner = self.cleaner
        # Other settings make the javascript step do more (safe attributes, scrubbing CSS).
        if not isinstance(html, lxml.html.HtmlElement) or not cleaner.javascript or cleaner.safe_attrs_only \
                or not cleaner.inline_style or not cleaner.style:
            return cleaner.clean_html(html)
        doc = copy.deepcopy(html)
        self._javascript_step(doc)
        self.rest(doc)
        return doc

    def _javascript_step(self, doc) -> None:
        """The Cleaner's on* deletion and rewrite_links(_remove_javascript_link): each link
        attribute (iterlinks' plain form: the whole value of an attribute named in link_attrs)
        set to the Cleaner's answer where that differs from it, unless the tree holds a
        compound form, which the Cleaner's own rewrite_links then reads."""
        rewrite = self.cleaner._remove_javascript_link
        changes = []
        compound = False
        for elem in doc.iter(etree.Element):
            tag = elem.tag
            if tag[0] == "{":
                tag = tag.rpartition("}")[2]
            if tag in _COMPOUND_TAGS or (tag == "meta" and (elem.get("http-equiv") or "").lower() == "refresh"):
                compound = True
            for name, link in elem.items():
                if name in _LINK_ATTRS:
                    if _MAY_CHANGE.search(link) is not None:
                        new_link = rewrite(link.strip())
                        if new_link != link:
                            changes.append((elem, name, new_link))
                elif name.startswith("on"):
                    del elem.attrib[name]
                elif name == "style":
                    compound = True
        if compound:
            doc.rewrite_links(rewrite, resolve_base_href=False)
            return
        for elem, name, new_link in changes:
            elem.set(name, new_link)


# Pages reaching each branch: nothing to change; on* handlers in any case; javascript:,
# vbscript:, data: and escaped or spaced schemes; blanks around a link; a style attribute
# and element with url(); <object>, <param>, <meta refresh>; comments, <link>, <script>.
PROBES = (
    "<html><body><div><p>正文<a href='http://a.cn/x'>链接</a></p></div></body></html>",
    "<div onclick='x()' onMouseOver='y' ONLOAD='z'><p onx:y='1' title='on'>文字</p></div>",
    "<div><a href='javascript:void(0)'>一</a><a href=' JavaScript:x'>二</a>"
    "<a href='java%0Ascript:x'>三</a><a href='vbscript:y'>四</a><img src='data:text/html,x'>"
    "<img src='data:image/png;base64,AAAA'><a href='j a v a s c r i p t:z'>五</a>"
    "<a href='java+script:w'>六</a><form action='javascript:f'></form></div>",
    "<div><a href=' http://a.cn/ '>空白</a><a href='\u3000/x\u3000'>全角</a><a href=''>空</a>"
    "<a href='#top'>顶</a><a href='mailto:a@b.cn'>信</a><q cite='http://c.cn'>引</q></div>",
    "<div style=\"background:url('javascript:x')\"><style>p{background:url( 'a b' )}"
    "@import 'javascript:y';</style><p style='color:red'>红</p></div>",
    "<div><object codebase='javascript:a' data='b' archive='x javascript:y'></object>"
    "<param valuetype='ref' value=' javascript:p'><meta http-equiv='refresh'"
    " content='0; url=javascript:z'></div>",
    "<html><head><link rel='stylesheet' href='s.css'><script>var a;</script></head>"
    "<body><!-- 注释 --><p>正文<svg><a xlink:href='javascript:s'>x</a></svg></p></body></html>",
)


def same_on_probes(cleaner, candidate) -> bool:
    """Whether `candidate.clean_html` gives what `cleaner.clean_html` gives on every probe."""
    for probe in PROBES:
        page = lxml.html.document_fromstring(probe)
        if lxml.html.tostring(candidate.clean_html(page)) != lxml.html.tostring(cleaner.clean_html(page)):
            return False
    return True


def install(module) -> bool:
    """Put a LinkCheckingCleaner over `module.html_cleaner` (readability.readability) when the
    two agree on every probe; whether it is in place."""
    original = getattr(module, "html_cleaner", None)
    if isinstance(original, LinkCheckingCleaner):
        return True
    if original is None or not callable(getattr(original, "clean_html", None)):
        return False
    candidate = LinkCheckingCleaner(original)
    if not same_on_probes(original, candidate):
        return False
    module.html_cleaner = candidate
    return True
