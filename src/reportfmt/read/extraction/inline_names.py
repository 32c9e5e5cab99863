"""A comment whose line opens with its writer's linked name and a colon, the writer's byline
inline: "<a>name</a>：text", "<a>name</a>：回复<a>@name</a>：text", "回复 <a>name</a> :text",
"<a>@name</a> , text".

Status feeds print every comment so (the name links to the commenter, a full-width colon
follows, then the words), and so do a board's floor-in-floor replies and a stock forum's
replies ("回复@name: text"). The name and the reply-to part are the byline, not the words:
they go, the words stay. Only the opening of a line inside a kept post is read, and only when
the form repeats in the thread (a template prints it for every comment); one paragraph that
opens with a link and a colon ("<a>附件</a>：…") is a post's words. Dropped prefixes are
recorded as `extract.post-meta`.
"""

from __future__ import annotations

import re

from lxml import etree

from .audit import Audit

# The name a line opens with: a link's whole text, at most this long, without a sentence in it.
NAME_CHARS = 24
# The form is a template's when this many lines of the thread open with it.
MIN_LINES = 2
# The elements a line's opening is read through: text-level ones, and the icons that may stand
# between the name and the colon (a verified badge, a level mark).
_INLINE = {"a", "span", "font", "b", "strong", "em", "i", "small", "img", "svg", "br"}
_SPACE = "\\s\u00a0\u3000"
_COLON = re.compile(rf"[{_SPACE}]*[:：][{_SPACE}]*")
_BLANK = " \t\r\n\u00a0\u3000"
_REPLY_TO = re.compile(rf"回复[{_SPACE}]*")
# A reply addressed to "@name" may part the name from the words with a comma ("@name , words":
# blog comment widgets print the addressee so).
_AT_COMMA = re.compile(rf"[{_SPACE}]*[,，][{_SPACE}]*")
_SENTENCE = re.compile(r"[。！？!?，,；;]")


def drop_inline_names(posts: list[etree._Element], audit: Audit) -> None:
    """Every line of `posts` that opens with a linked name (or a reply-to part) and a colon
    loses that opening, when at least MIN_LINES lines of the thread open so."""
    found, taken = [], set()
    for line in (line for post in posts for line in _lines(post)):
        cut = _opening(line)
        # A span inside a line opens where the line opens: its slots are read once.
        if cut and not taken & {(id(node), kind) for node, kind, _ in cut}:
            found.append(cut)
            taken |= {(id(node), kind) for node, kind, _ in cut}
    if len(found) < MIN_LINES:
        return
    for cut in found:
        audit.note("".join(text for _, _, text in cut), "post-meta")
        for node, slot, text in cut:
            _trim(node, slot, len(text))


def _lines(post: etree._Element) -> list[etree._Element]:
    """The elements a line can open in: every element of the post not inside a link."""
    return [e for e in post.iter() if isinstance(e.tag, str) and e.tag != "a"
            and not any(a.tag == "a" for a in e.iterancestors())]


def _slots(line: etree._Element):
    """The line's text in order as (node, 'text' | 'tail', text), inline children only."""
    yield line, "text", line.text or ""
    for child in line:
        if not isinstance(child.tag, str):
            yield child, "tail", child.tail or ""
            continue
        if child.tag not in _INLINE:
            return
        yield child, "text", child.text or ""
        for inner in child.iterdescendants():
            if isinstance(inner.tag, str):
                yield inner, "text", inner.text or ""
                yield inner, "tail", inner.tail or ""
        yield child, "tail", child.tail or ""


def _opening(line: etree._Element) -> list[tuple[etree._Element, str, str]] | None:
    """The slots (or their leading parts) that make the line's opening byline, else None:
    a name link and a colon, then or alone "回复", a link and a colon; words must follow."""
    slots = list(_slots(line))
    text = "".join(t for _, _, t in slots)
    names, at = {}, 0
    for node, kind, t in slots:
        if kind == "text" and node.tag == "a" and len(node) == 0 and _is_name(t):
            names[at + len(t) - len(t.lstrip(_BLANK))] = at + len(t.rstrip(_BLANK))
        at += len(t)
    pos = _past_name(text, _skip(text, 0), names)
    named = pos is not None
    pos = pos if named else _skip(text, 0)
    reply = _REPLY_TO.match(text, pos)
    if reply:
        after = _past_name(text, reply.end(), names)
        if after is not None:
            pos, named = after, True
    if not named or len(re.sub(f"[{_SPACE}]", "", text[pos:])) < 2:
        return None
    cut, left = [], pos
    for node, kind, t in slots:
        if left <= 0:
            break
        cut.append((node, kind, t[:left]))
        left -= len(t)
    return cut


def _skip(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in _BLANK:
        pos += 1
    return pos


def _past_name(text: str, pos: int, names: dict[int, int]) -> int | None:
    """After the name link starting at `pos` and the colon that follows it, else None."""
    if pos not in names:
        return None
    colon = _COLON.match(text, names[pos]) or (text.startswith("@", pos) and _AT_COMMA.match(text, names[pos]))
    return colon.end() if colon else None


def _is_name(text: str) -> bool:
    name = text.strip(_BLANK).lstrip("@")
    return 0 < len(name) <= NAME_CHARS and not _SENTENCE.search(name)


def _trim(node: etree._Element, slot: str, count: int) -> None:
    """Cut the first `count` characters of the node's text or tail."""
    text = (node.text if slot == "text" else node.tail) or ""
    if slot == "text":
        node.text = text[count:]
    else:
        node.tail = text[count:]
