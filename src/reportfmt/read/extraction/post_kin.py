"""Posts built differently: a best answer above the others, a pinned reply in a box of its own.

Post detection (repeated_posts.py) groups a template's repeated containers by their shape (tag
and first class word). A Q&A engine often prints its best (accepted) answer from a template of
its own, in a box named apart ("best-blk" above the "ans-item"s), or as the one item of a list
of its own beside the list of the others. With one other answer there is no group at all and
both answers are lost; with more, the best answer is left out of the posts (no heading of its
own under `extract.replies: sections`, kept under `drop`).

What still ties such posts together is the post's inner template:
- **kin siblings**: children of one parent, of different shapes, that each read as a post
  signed by an author (repeated_posts.is_post and is_signed) and print their author line in a
  part of the same shape (a class word), sharing at least KIN_PARTS classed parts in all (the
  author line, the message, the button row). A blog post and its comments each have a byline,
  but in parts named apart ("entry-m" / "talk-who"): not kin.
- **cousins**: signed posts of the chosen group's shape, in a list of its list's shape, in the
  other boxes of the group that holds it (the best answer's list of one beside the list of the
  others: `<ul class="qa-list">` twice).
"""

from __future__ import annotations

from lxml import etree

from .repeated_posts import MIN_POSTS, STAMP, is_post, is_signed, shape

# Kin posts share at least this many classed parts (their author line among them).
KIN_PARTS = 2


def kin_group(parent: etree._Element) -> list[etree._Element]:
    """The children of `parent` that are posts of one inner template though their own shapes
    differ, or [] (fewer than MIN_POSTS, or all of one shape: repeated_posts groups those)."""
    children = [c for c in parent if isinstance(c.tag, str) and c.get("class")]
    if len(children) < MIN_POSTS or len({shape(c) for c in children}) < 2:
        return []
    bylines = {c: _byline_part(c) for c in children}
    by_line: dict[tuple[str, str], list[etree._Element]] = {}
    for child, part in bylines.items():
        if part is not None:
            by_line.setdefault(part, []).append(child)
    best: list[etree._Element] = []
    for members in by_line.values():
        if len(members) < MIN_POSTS or len({shape(m) for m in members}) < 2:
            continue
        parts = [_parts(m) for m in members]
        shared = set.intersection(*parts)
        if len(shared) >= KIN_PARTS and all(is_post(m) for m in members) and len(members) > len(best):
            best = members
    return best


def with_cousins(group: list[etree._Element], boxes: list[etree._Element]) -> list[etree._Element]:
    """`group` and the signed posts of its shape, in a parent of its parent's shape, inside the
    other `boxes` (those not holding the group's members), in document order: the best answer
    as the one item of a list of its own beside the list of the others."""
    kind, holder = shape(group[0]), group[0].getparent()
    if holder is None:
        return group
    holding = {a for m in group for a in m.iterancestors()}
    extra = [e for box in boxes if box not in holding for e in box.iterdescendants()
             if isinstance(e.tag, str) and shape(e) == kind and e.getparent() is not None
             and shape(e.getparent()) == shape(holder) and is_signed(e) and is_post(e)]
    extra = [e for e in extra if not any(a in extra for a in e.iterancestors())]  # outermost only
    if not extra:
        return group
    order = {e: i for i, e in enumerate(group[0].getroottree().getroot().iter())}
    return sorted([*group, *extra], key=order.__getitem__)


def _byline_part(post: etree._Element) -> tuple[str, str] | None:
    """The shape of the lowest classed part of `post` on the way down to its first time stamp
    that holds the author too (a floor label or a profile link), or None."""
    if not is_signed(post):
        return None
    node, found = post, None
    while True:
        node = next((c for c in node if isinstance(c.tag, str)
                     and STAMP.search(" ".join(c.text_content().split()))), None)
        if node is None:
            return shape(found) if found is not None else None
        if node.get("class") and is_signed(node):
            found = node


def _parts(post: etree._Element) -> set[tuple[str, str]]:
    return {shape(d) for d in post.iterdescendants() if isinstance(d.tag, str) and d.get("class")}
