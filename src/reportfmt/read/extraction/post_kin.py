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
- **kin nearby**: the same test, a few levels around the chosen group's list: the best answer
  in a box of its own above the box that holds the others' list, or the one item of a list of
  its own beside the others' list.
"""

from __future__ import annotations

from lxml import etree

from .repeated_posts import MIN_POSTS, STAMP, is_post, is_signed, shape

# Kin posts share at least this many classed parts (their author line among them).
KIN_PARTS = 2
# A post printed apart is looked for this many levels above the list of the others (the best
# answer's box and the answers' box side by side in the question's column).
KIN_CLIMB = 2


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


def with_kin_nearby(group: list[etree._Element]) -> list[etree._Element]:
    """`group` and the posts of its template printed apart near it: inside the box KIN_CLIMB
    levels above the posts' list, the elements outside the list that are signed posts
    printing their author line in a part of the posts' byline shape and sharing KIN_PARTS
    classed parts with them. In document order."""
    holder = group[0].getparent()
    if holder is None:
        return group
    scope = holder
    for _ in range(KIN_CLIMB):
        scope = scope.getparent() if scope.getparent() is not None else scope
    group = with_twin_lists(group, holder, scope)
    byline = _byline_part(group[0])
    if byline is None:
        return group
    members, parts = set(group), _parts(group[0])
    found = [e for e in scope.iter() if isinstance(e.tag, str) and e not in members
             and not any(a in members or a is holder for a in e.iterancestors())
             and not any(d in members for d in e.iterdescendants())
             and len(_parts(e) & parts) >= KIN_PARTS and _byline_part(e) == byline and is_post(e)]
    # Of the boxes nested around one post, the one that shares most parts with the posts
    # (the answer's item, not its text column), the innermost of equals (not a bare wrapper).
    shared = {e: len(_parts(e) & parts) for e in found}
    found = [e for e in found
             if not any(d in shared and shared[d] >= shared[e] for d in e.iterdescendants())
             and not any(a in shared and shared[a] > shared[e] for a in e.iterancestors())]
    if not found:
        return group
    order = {e: i for i, e in enumerate(scope.getroottree().getroot().iter())}
    return sorted([*group, *found], key=order.__getitem__)


def with_twin_lists(group: list[etree._Element], holder: etree._Element,
                    scope: etree._Element) -> list[etree._Element]:
    """`group` and the posts of its very shape in other lists of `scope`: a comment page prints
    its comments in two lists of one template ("热门跟帖" above "最新跟帖", the pinned replies
    above the rest), and only the list with more text is a group of its own. In document order."""
    shapes = {shape(m) for m in group}
    if len(shapes) != 1 or not next(iter(shapes))[1]:
        return group  # posts named by no class word: any unnamed box would be their twin
    members = set(group)
    twins = [e for e in scope.iter() if isinstance(e.tag, str) and shape(e) in shapes and e not in members
             and e.getparent() is not holder
             and not any(a in members for a in e.iterancestors())
             and not any(d in members for d in e.iterdescendants()) and is_post(e)]
    if not twins:
        return group
    order = {e: i for i, e in enumerate(scope.iter())}
    return sorted([*group, *twins], key=order.__getitem__)


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
