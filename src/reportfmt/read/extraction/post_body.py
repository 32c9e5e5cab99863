"""The words of each post: the slot of the post template that holds them.

Forum software renders every post from one template: an author panel, a byline with the
time, the message, a signature, an action bar. The message sits at the same place in each
post (the same path of tags and class words from the post down), and that place holds most
of the posts' prose. Finding it by position works on engines no rule names: what lies
outside it in a post (panels, floor labels, bylines, signatures, buttons) is the template's
and goes, whatever its words; a quote inside a message stays with the message.

The slot is the deepest path that at least POST_SHARE of the posts have and that holds
BODY_SHARE of their prose; it then widens to its parent while the parent adds nothing but
the author's own text (a quote, loose lines beside paragraphs): a link (an author's name),
a time stamp or a label the template repeats ends the widening. A post whose parts outside
the slot hold more than OUTSIDE_PROSE of the slot's prose (replies nested in a floor, words
in a second block) is not cut to its slot: threads.py's template reduction handles it. Replies printed inside
the post (boxes below it that read as posts and hold the message slot at the post's path: an
answer's comments) keep their own slots, however short they are beside the post's words. The
parts the template prints beside the message in several posts (a floor label and time above
it, a signature or rating box below it) do not count as that outside prose: else a one-word
reply under a long motto kept the motto and lost its word.
OUTSIDE_PROSE was chosen on the tuning engines alone (0.25 / 0.35 / 0.5: tuning forum pages
lost a phpBB signature-and-subject post at 0.25, nothing changed above 0.35 but phpwind).
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict

from lxml import etree

from .audit import Audit
from .repeated_posts import MIN_POSTS, is_post, shape
from .votes import text_weight

# The slot must be present in this share of the posts ...
SLOT_POST_SHARE = 0.6
# ... and hold this share of the posts' prose.
BODY_SHARE = 0.6
# A post keeps its slot alone when the rest of it holds at most this share of the slot's prose.
OUTSIDE_PROSE = 0.35
_QUOTE = re.compile(r"quote|blockquote|cite", re.I)
# An author panel's field: a short label, a colon, a short value ("级别: 新手上路", "帖子: 211").
_FIELD = re.compile(r"([\u4e00-\u9fffA-Za-z]{1,6})\s*[:：]\s*\S.{0,14}")

Path = tuple[str, ...]


def keep_post_bodies(posts: list[etree._Element], template: set[str], stamp: re.Pattern, audit: Audit) -> set:
    """Reduce each post to its message slot; the posts that had one (the others are left).

    Posts of other shapes than most (a best answer printed from a template of its own,
    post_kin.py) do not vote on the slot; each keeps its part named like the slot's last step
    that holds most prose (the same "line content" under other boxes)."""
    slot = _message_slot(posts, template, stamp)
    core = posts
    if slot is None and posts:
        core = _most_common_shape(posts)
        slot = _message_slot(core, template, stamp) if MIN_POSTS <= len(core) < len(posts) else None
    if slot is None:
        return set()
    done = set()
    beside = _parts_beside(core, slot)
    for post in posts:
        if post in core:
            kept = [e for e in post.iterdescendants() if isinstance(e.tag, str) and _path(e, post) == slot]
            kept = [e for e in kept if not any(a in kept for a in e.iterancestors())]
            kept += [e for box in _nested_posts(post, slot, kept) for e in _at_path(box, slot)]
        else:
            kept = _slot_built_apart(post, slot[-1], template)
        if kept and _outside_is_chrome(post, kept, template, stamp, beside):
            _drop_outside(post, kept, audit)
            done.add(post)
    return done


def _nested_posts(post: etree._Element, slot: Path, kept: list[etree._Element]) -> list[etree._Element]:
    """Replies printed inside the post they answer (an answer's comments, a comment tree's
    replies): boxes outside the post's own message that hold the message slot at the post's
    path below them and read as posts themselves (dated or signed, with text of their own),
    the outermost of each nest. Each keeps its own message; its byline and bar go like the
    post's."""
    mine = set(kept)
    around = {a for e in kept for a in e.iterancestors()}
    found: list[etree._Element] = []
    for box in post.iterdescendants():
        if not isinstance(box.tag, str) or box in mine or box in around:
            continue
        if any(a in mine or a in found for a in box.iterancestors()):
            continue  # inside the post's message, or inside a nested reply already found
        if _at_path(box, slot) and is_post(box):
            found.append(box)
    return found


def _at_path(box: etree._Element, slot: Path) -> list[etree._Element]:
    """The elements `slot` names below `box`, the outermost only."""
    level = [box]
    for step in slot:
        level = [c for e in level for c in e if isinstance(c.tag, str) and _path(c, e) == (step,)]
    return level


def _most_common_shape(posts: list[etree._Element]) -> list[etree._Element]:
    """The posts of the shape most of them have."""
    kind = Counter(map(shape, posts)).most_common(1)[0][0]
    return [p for p in posts if shape(p) == kind]


def _slot_built_apart(post: etree._Element, step: str, template: set[str]) -> list[etree._Element]:
    """In a post built apart, the element named like the slot's last step with most prose."""
    named = [e for e in post.iterdescendants() if isinstance(e.tag, str) and _path(e, e.getparent()) == (step,)]
    best = max(named, key=lambda e: _prose(e, template), default=None)
    return [best] if best is not None and _prose(best, template) > 0 else []


def _outside_is_chrome(post: etree._Element, kept: list[etree._Element], template: set[str],
                       stamp: re.Pattern, beside: set[Path] = frozenset()) -> bool:
    """What the slot leaves out of this post is the template's: not replies nested in the post
    (floor replies, comments under an answer: more than the post's own one time stamp) and
    not as much prose as the slot holds (the post's words in a second block). A template
    part beside the message (`beside`: a byline above it, a member's signature below it)
    is the template's whatever its words: a short reply ("顶", "谢谢分享") over its floor
    label and under a long motto is still cut to its message."""
    inside = sum(_prose(e, template) for e in kept)
    parts = sum(_prose(e, template) for e in _beside(kept[0], kept[-1])
                if _path(e, post) in beside and _is_template_part(e, kept[0], stamp))
    return _prose(post, template) - inside - parts <= OUTSIDE_PROSE * max(inside, 1.0)


def _is_template_part(part: etree._Element, first: etree._Element, stamp: re.Pattern) -> bool:
    """Above the message, the byline (floor label and time: one stamp); below it, a part
    without a stamp (a signature, a rating box), not replies nested under the message."""
    stamps = len(stamp.findall(" ".join(part.text_content().split())))
    above = any(s is part for s in first.itersiblings(preceding=True))
    return stamps == 1 if above else stamps == 0


def _parts_beside(posts: list[etree._Element], slot: Path) -> set[Path]:
    """Paths of the parts beside the message slot, its siblings in at least MIN_POSTS posts
    (a byline above the message; a signature box, a rating box below it)."""
    holders: dict[Path, set] = defaultdict(set)
    for post in posts:
        for elem in post.iterdescendants():
            if isinstance(elem.tag, str) and _path(elem, post) == slot:
                for sibling in _beside(elem, elem):
                    holders[_path(sibling, post)].add(post)
    return {path for path, owners in holders.items() if len(owners) >= MIN_POSTS and path != slot}


def _beside(first: etree._Element, last: etree._Element) -> list[etree._Element]:
    """The siblings before `first` and after `last` (the parts around the message)."""
    return [e for e in (*first.itersiblings(preceding=True), *last.itersiblings()) if isinstance(e.tag, str)]


def _path(elem: etree._Element, post: etree._Element) -> Path:
    """Tag and first class word of each element from below the post down to `elem`."""
    steps = []
    node = elem
    while node is not None and node is not post:
        steps.append(_step(node.tag, node.get("class", "")))
        node = node.getparent()
    return tuple(reversed(steps))


@functools.lru_cache(maxsize=4096)
def _step(tag: str, classes: str) -> str:
    """One step of a path, kept per tag and class: a thread's template repeats a few, and the
    slot finder asks the path of every element of every post (each walk up to its post)."""
    words = classes.split()
    return f"{tag}.{re.sub(r'[0-9]+', '', words[0]) if words else ''}"


def _prose(elem: etree._Element, template: set[str], parts: dict | None = None) -> float:
    """Prose votes of the element's text (inside a post class names say nothing); text the
    template repeats in most posts ("新手上路, 积分 #, 距离下一级还需 # 积分") is not prose.
    `parts`: each node's votes kept by a caller that asks about nested elements of one tree
    (a node's votes do not depend on the element asked about); added up in the same order."""
    total = 0.0
    for node in elem.iter():
        if not isinstance(node.tag, str):
            continue
        if parts is None:
            node_parts = _prose_parts(node, template)
        elif (node_parts := parts.get(node)) is None:
            node_parts = parts[node] = _prose_parts(node, template)
        for vote in node_parts:
            total += vote
    return total


def _prose_parts(node: etree._Element, template: set[str]) -> list[float]:
    """The votes of a node's own text and its children's tails, in order."""
    in_link = node.tag == "a" or any(a.tag == "a" for a in node.iterancestors())
    return [max(0.0, text_weight(text, in_link=in_link, in_chrome=False))
            for text in (node.text, *(c.tail for c in node)) if text and fold(text) not in template]


def fold(text: str) -> str:
    """A text piece as the template would print it for any post: digits folded (积分 5 and
    积分 4 are one label), and a short "label: value" line folded to its label (级别: 新手上路
    and 级别: 资深渔友 are one field of the author panel)."""
    flat = " ".join(text.split())
    field = _FIELD.fullmatch(flat)
    return f"{field.group(1)}:#" if field else re.sub(r"\d+", "#", flat)


def _message_slot(posts: list[etree._Element], template: set[str], stamp: re.Pattern) -> Path | None:
    prose: dict[Path, float] = defaultdict(float)
    holders: dict[Path, set] = defaultdict(set)
    total = 0.0
    parts: dict[etree._Element, list[float]] = {}  # each element's prose read once, not once per box around it
    for post in posts:
        total += _prose(post, template, parts)
        for elem in post.iterdescendants():
            if isinstance(elem.tag, str):
                path = _path(elem, post)
                prose[path] += _prose(elem, template, parts)
                holders[path].add(post)
    if total <= 0:
        return None
    # Rows of the list that hold no sentence (an issue timeline's "X added label Y", a
    # "N more replies" bar) are not posts without the slot: they do not dilute its share.
    needed = max(1, sum(map(holds_sentence, posts))) * SLOT_POST_SHARE
    fits = [p for p in prose if len(holders[p]) >= needed and prose[p] >= BODY_SHARE * total]
    if not fits:
        return None
    slot = max(fits, key=lambda p: (len(p), prose[p]))
    while len(slot) > 1 and _only_words_beside(posts, slot, template, stamp) \
            and not _takes_siblings(posts, slot):
        slot = slot[:-1]
    return slot


def holds_sentence(post: etree._Element) -> bool:
    """Some text of the post outside links votes at full weight: a sentence, not a label."""
    for node in post.iter():
        if not isinstance(node.tag, str) or node.tag == "a" or any(a.tag == "a" for a in node.iterancestors()):
            continue
        for text in (node.text, *(c.tail for c in node)):
            n = len("".join(text.split())) if text else 0
            if n and text_weight(text, in_link=False, in_chrome=False, n=n) >= n:
                return True
    return False


def _takes_siblings(posts: list[etree._Element], slot: Path) -> bool:
    """The parent path names more than the slot's parents: boxes of the same tag and first
    class word beside them ("line content" among "line info" bars) would join the message."""
    for post in posts:
        parents = {e.getparent() for e in post.iterdescendants()
                   if isinstance(e.tag, str) and _path(e, post) == slot}
        if any(isinstance(e.tag, str) and e not in parents and _path(e, post) == slot[:-1]
               for e in post.iterdescendants()):
            return True
    return False


def _only_words_beside(posts: list[etree._Element], slot: Path, template: set[str], stamp: re.Pattern) -> bool:
    """The parents of the slot's elements add only the author's own text beside them."""
    for post in posts:
        for elem in post.iterdescendants():
            if not isinstance(elem.tag, str) or _path(elem, post) != slot:
                continue
            parent = elem.getparent()
            for node in parent.xpath(".//text()"):
                owner = node.getparent()
                if node.is_tail:
                    owner = owner.getparent()
                chain = [owner, *owner.iterancestors()]
                chain = chain[:chain.index(parent)]  # from the text up to (not with) the parent
                if not node.strip() or any(_path(a, post) == slot or is_quote(a) for a in chain):
                    continue  # the slot's own text, or a quote the author put beside it
                if any(a.tag == "a" for a in chain) or stamp.search(node) \
                        or fold(node) in template:
                    return False
    return True


def is_quote(elem: etree._Element) -> bool:
    return elem.tag in ("blockquote", "q") or bool(_QUOTE.search(elem.get("class", "")))


def _drop_outside(post: etree._Element, kept: list[etree._Element], audit: Audit) -> None:
    """Drop every part of the post that neither is nor holds a kept element (recorded)."""
    keep = set(kept)
    holders = {a for e in kept for a in e.iterancestors()}
    gone: set[etree._Element] = set()
    for elem in list(post.iterdescendants()):
        if not isinstance(elem.tag, str) or elem in keep or elem in holders:
            continue
        if any(a in keep or a in gone for a in elem.iterancestors()):
            continue  # inside the message, or inside a part already dropped
        gone.add(elem)
        audit.drop(elem, "post-meta")
    for holder in [post, *holders]:
        if holder in keep or not (holder is post or post in holder.iterancestors()):
            continue
        audit.note(holder.text, "post-meta")
        holder.text = None
        for child in holder:
            audit.note(child.tail, "post-meta")  # a kept element's tail lies outside it too
            child.tail = None
    audit.votes.forget()  # texts were cleared outside Audit.drop: the memoised votes are stale
