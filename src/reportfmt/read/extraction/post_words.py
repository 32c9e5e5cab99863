"""What of each post is its words: template labels, stamp lines and signatures go.

A post loses the text its template repeats in most posts (author panels with their
积分/当前离线 labels, 回复/举报 bars), its stamp line (author and time, recorded as
`extract.post-meta`) and a closing line another post also ends with (a signature). Posts
laid out as table cells or list items read as blocks (a reply's heading under
`extract.replies: sections`: bylines.py).
"""

from __future__ import annotations

import re
from collections import defaultdict

from lxml import etree

from .audit import Audit
from .list_lines import drop_line
from .post_body import fold, is_quote
from .repeated_posts import MIN_POSTS, STAMP, bare_day, contains
from .votes import visible_length

# Text that this share of the posts repeat is the template's (labels, buttons), not words.
TEMPLATE_SHARE = 0.5
# A stamp line (author, time, place) is at most this long.
BYLINE_CHARS = 60
# A signature line repeated at the end of posts is at least this long (shorter: "顶", "+1").
SIGNATURE_MIN_CHARS = 4
# A byline's plain-text author name: an inline element of at most this many characters.
NAME_CHARS = 16
_NAME_TAGS = {"span", "b", "strong", "em", "i", "font", "cite", "label"}
_SENTENCE_MARK = re.compile(r"[，。！？；,.!?;…]")
_LEAF_BLOCKS = {"p", "div", "li", "dd", "section", "blockquote", "td", "span"}


def drop_signatures(posts: list[etree._Element], audit: Audit) -> None:
    """A post's last line that another post also ends with, word for word, is a signature
    (the same member's motto under each of their posts), not words: too rare across the
    thread for the template comparison, found by where it stands. A quote repeats an earlier
    post's words at the top of a reply, not at its end."""
    ends: dict[str, list[etree._Element]] = defaultdict(list)
    for leaf in map(_last_leaf, posts):
        if leaf is not None and not is_quote(leaf) and not any(map(is_quote, leaf.iterancestors())):
            ends["".join(leaf.text_content().split())].append(leaf)
    for text, leaves in ends.items():
        if len(leaves) >= MIN_POSTS and SIGNATURE_MIN_CHARS <= len(text) <= BYLINE_CHARS:
            for leaf in leaves:
                audit.drop(leaf, "signature")


def _last_leaf(post: etree._Element) -> etree._Element | None:
    """The post's last block with text and no block inside (its closing line)."""
    found = None
    for elem in post.iterdescendants():
        if isinstance(elem.tag, str) and elem.tag in _LEAF_BLOCKS and elem.text_content().strip() \
                and not any(d.tag in _LEAF_BLOCKS for d in elem.iterdescendants()):
            found = elem
    return found


def outer_quotes(post: etree._Element) -> list[etree._Element]:
    """The outermost quote blocks inside a post (a reply quoting an earlier post)."""
    found = [e for e in post.iterdescendants() if isinstance(e.tag, str) and is_quote(e)]
    return [e for e in found if not any(a in found for a in e.iterancestors())]


def unlayout(post: etree._Element) -> None:
    """A post laid out as a table (author cell | words cell) reads as blocks, not a table."""
    for elem in post.iter("table", "tbody", "thead", "tr", "td", "th"):
        elem.tag = "div"
        for attr in ("colspan", "rowspan"):
            elem.attrib.pop(attr, None)


def unlist(post: etree._Element) -> None:
    """Posts rendered as the items of a list (<ol id="posts"><li>…) read as blocks: the list's
    numbers would be floor numbers printed again ("1.", "2." before each post)."""
    parent = post.getparent()
    if post.tag != "li" or parent is None or parent.tag not in ("ol", "ul"):
        return
    parent.tag = "div"
    parent.attrib.pop("start", None)
    for item in parent:
        if item.tag == "li":
            item.tag = "div"


def _strings(elem: etree._Element) -> list[str]:
    """The element's text pieces as the template prints them for any post (post_body.fold)."""
    return [fold(t) for t in elem.itertext() if t.strip()]


def template_strings(posts: list[etree._Element]) -> set[str]:
    counts: dict[str, int] = defaultdict(int)
    for post in posts:
        for piece in set(_strings(post)):
            counts[piece] += 1
    needed = max(2, TEMPLATE_SHARE * len(posts))
    return {piece for piece, n in counts.items() if n >= needed}


def drop_template_parts(post: etree._Element, template: set[str], audit: Audit) -> None:
    gone: set[etree._Element] = set()
    for elem in list(post.iterdescendants()):
        if not isinstance(elem.tag, str) or any(a in gone for a in elem.iterancestors()):
            continue
        pieces = _strings(elem)
        total = sum(map(len, pieces))
        if total and all(p in template for p in pieces):
            gone.add(elem)
            audit.drop(elem, "post-meta")
    # Loose labels between elements ("<a>name</a> 当前离线 积分5") go too.
    for elem in post.iter():
        if not isinstance(elem.tag, str):
            continue
        if elem.text and fold(elem.text) in template:
            audit.note(elem.text, "post-meta")
            elem.text = None
        for child in elem:
            if child.tail and fold(child.tail) in template:
                audit.note(child.tail, "post-meta")
                child.tail = None
    audit.votes.forget()  # texts were cleared outside Audit.drop: the memoised votes are stale


def drop_stamp_line(post: etree._Element, template: set[str], audit: Audit, named: bool = False) -> None:
    """The largest block around the stamp that holds nothing but a byline: the stamp, links
    (the author) and template labels; never the post's own words. `named`: only a byline
    that prints its author's name as plain text beside the stamp (`_name_field`), before the
    template's parts go: a time the template repeats (digits folded) would go with them and
    leave the name alone."""
    stamped = [e for e in post.iterdescendants() if isinstance(e.tag, str)
               and (STAMP.search(" ".join(e.text_content().split())) or bare_day(e))]
    if not stamped:
        return
    line = min(stamped, key=lambda e: visible_length(e.text_content()))
    names: list[etree._Element] = []
    for ancestor in line.iterancestors():
        if ancestor is post or visible_length(ancestor.text_content()) > BYLINE_CHARS \
                or _own_words(ancestor, line, template, names if named else None):
            break
        line = ancestor
    if named and not any(contains(line, name) for name in names) and not _named_line(line):
        return
    if visible_length(line.text_content()) <= BYLINE_CHARS:
        drop_line(line, audit)


# Besides the name and the stamp, a named byline holds at most a verb's few characters ("发表于").
BYLINE_VERB_CHARS = 6


def _named_line(line: etree._Element) -> bool:
    """The stamp line is itself a byline printing the name first: its first child a short name
    field, then the stamp with at most a verb beside it ("<p><strong>name</strong> 发表于 …</p>",
    a board's archiver page)."""
    first = next((c for c in line if isinstance(c.tag, str)), None)
    if first is None or (line.text or "").strip() or first.tag not in _NAME_TAGS or len(first):
        return False
    name = "".join(first.text_content().split())
    rest = " ".join("".join([first.tail or ""] + [c.text_content() + (c.tail or "") for c in first.itersiblings()]
                            ).split())
    stamp = STAMP.search(rest)
    return (0 < len(name) <= NAME_CHARS and not _SENTENCE_MARK.search(name) and stamp is not None
            and visible_length(rest[:stamp.start()] + rest[stamp.end():]) <= BYLINE_VERB_CHARS)


def _own_words(elem: etree._Element, line: etree._Element, template: set[str],
               names: list[etree._Element] | None = None) -> bool:
    """`elem` holds text outside `line` that is neither a link nor a template label, nor
    (when `names` collects them) the one author's name a byline prints as plain text before
    the stamp (`_name_field`)."""
    found = 0
    for node in elem.xpath(".//text()"):
        owner = node.getparent()
        if node.is_tail:
            owner = owner.getparent()
        if owner is None or not node.strip() or contains(line, owner):
            continue
        if owner.tag == "a" or any(a.tag == "a" for a in owner.iterancestors()):
            continue
        if fold(node) in template:
            continue
        if names is not None and found == 0 and not node.is_tail and _name_field(owner, elem, line):
            found += 1
            names.append(owner)
            continue
        return True
    return False


def _name_field(owner: etree._Element, elem: etree._Element, line: etree._Element) -> bool:
    """A byline's unlinked author name ("三年级二班家长", "某地网友"): an inline element of
    its own beside the stamp, before it, holding a short text without sentence punctuation.
    One only: a comment printed as name, words and time in three spans keeps its words."""
    if owner is elem or owner.tag not in _NAME_TAGS or len(owner) or owner.getparent() is not line.getparent():
        return False
    text = "".join(owner.text_content().split())
    return 0 < len(text) <= NAME_CHARS and not _SENTENCE_MARK.search(text) and _before(owner, line)


def _before(first: etree._Element, second: etree._Element) -> bool:
    return any(s is second for s in first.itersiblings())
