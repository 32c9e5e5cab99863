"""Small helpers between plain text and panflute elements."""

from __future__ import annotations

try:  # threading.local itself, without importing threading (1.9 M instructions of a filter call)
    from _thread import _local
except ImportError:  # pragma: no cover - a Python without it: threading's own
    from threading import local as _local

import panflute as pf
from panflute.containers import DictContainer, ListContainer

from .regex_cache import LazyPattern

# panflute 2.3.1 predates pandoc's typst writer and refuses RawInline(format="typst");
# the PDF route needs it to keep mask highlighting, so register the format once.
pf.elements.RAW_FORMATS.update({"typst", "markdown_strict"})

_SPACE_RUN = LazyPattern(r"([ \t\u00a0]+)")


class WideSpace(pf.Space):
    """Two blanks or more, or a tab, inside a line of plain text: the gap between a form's or a
    résumé's columns ("2015.07-2020.06   某某公司   会计", "张  三"), not one stray blank
    between two words. To pandoc and to every pass that reads text it is a Space (its tag is
    Space, inline_text gives one blank); typography, which drops a stray blank between two
    Chinese characters, keeps this one."""

    __slots__ = ()

    @property
    def tag(self) -> str:
        return "Space"


def _is_wide(blanks: str) -> bool:
    return len(blanks) >= 2 or "\t" in blanks


def text_to_inlines(text: str) -> list[pf.Inline]:
    """Str/Space inlines for one line of text, keeping every character but collapsing blanks."""
    inlines: list[pf.Inline] = []
    for piece in _SPACE_RUN.split(text):
        if not piece:
            continue
        if _SPACE_RUN.fullmatch(piece):
            if inlines:
                inlines.append(WideSpace() if _is_wide(piece) else pf.Space())
        else:
            inlines.append(pf.Str(piece))
    if inlines and isinstance(inlines[-1], pf.Space):
        inlines.pop()
    return inlines


def para(text: str) -> pf.Para:
    return pf.Para(*text_to_inlines(text))


def inline_text(elem: pf.Element) -> str:
    """Plain text of an element; Space/SoftBreak become one space, LineBreak a newline.

    A direct recursion, not panflute's walk: the passes ask for block texts tens of thousands
    of times per batch, and walk rebuilds every list it visits.
    """
    parts: list[str] = []
    _collect_text(elem, parts)
    return "".join(parts)


def _collect_text(elem: pf.Element, parts: list[str]) -> None:
    """The element's own text (a Str, a Space…) or, for a container, its children's."""
    kind = type(elem)
    if kind is pf.Str:  # by far the most common: checked first, by identity
        parts.append(elem.text)
    elif kind is pf.Space or kind is pf.SoftBreak or kind is WideSpace:
        parts.append(" ")
    elif kind is pf.LineBreak:
        parts.append("\n")
    elif kind in _TEXT_LEAVES:
        parts.append(elem.text)
    else:
        _collect_children(elem, parts)


def _collect_children(elem: pf.Element, parts: list[str]) -> None:
    """A container's children's text: the leaves (most of a paragraph) read here, without a
    call each (the passes read block texts over a thousand times on the seed)."""
    append = parts.append
    for child in content_items(getattr(elem, "content", None)):
        kind = type(child)
        if kind is _STR:
            append(child.text)
        elif kind is _SPACE or kind is _SOFT_BREAK or kind is WideSpace:
            append(" ")
        elif kind is _LINE_BREAK:
            append("\n")
        elif kind in _TEXT_LEAVES:
            append(child.text)
        else:
            _collect_children(child, parts)


_TEXT_LEAVES = (pf.Code, pf.Math, pf.RawInline)
_STR, _SPACE, _SOFT_BREAK, _LINE_BREAK = pf.Str, pf.Space, pf.SoftBreak, pf.LineBreak


def content_items(container) -> list:
    """The plain list inside a panflute ListContainer, to read only: its own iteration goes
    through __getitem__, which re-attaches every child to its parent on each read."""
    if container is None:
        return []
    return container.list if isinstance(container, ListContainer) else list(container)



def iter_elements(root: pf.Element):
    """Every element under `root` (itself included, metadata too for a Doc), parents first.

    Like panflute's walk but read-only: a walk sets every child list back on its parent,
    rebuilding it, which made a third of the passes' time on the seed when six passes walked
    with nothing to do. Use it to look, or to change an element's own attributes and content.
    """
    stack = [root]
    while stack:
        elem = stack.pop()
        yield elem
        stack.extend(reversed(_children(elem)))


def children_first(root: pf.Element) -> list[pf.Element]:
    """The elements under `root` in the order panflute's walk visits them (children before
    their parent, siblings left to right), listed before any is changed: a visitor that
    rewrites an element's content in place sees what walk's action would have seen."""
    order: list[pf.Element] = []
    stack: list[tuple[pf.Element, bool]] = [(root, False)]
    while stack:
        elem, expanded = stack.pop()
        if expanded:
            order.append(elem)
            continue
        stack.append((elem, True))
        stack.extend((child, False) for child in reversed(_children(elem)))
    return order


def containers_first(root: pf.Element) -> list[pf.Element]:
    """children_first(root) without the leaves (Str, Space...: elements that hold no other):
    the elements a pass may rewrite the content of, in walk's order. A 50,000-row table is
    mostly leaves, so a pass that looks only at content lists skips most of it."""
    return elements_of(root, (pf.Element,), children_first=True)


def elements_of(root: pf.Element, kinds: tuple[type, ...], *, children_first: bool = False) -> list[pf.Element]:
    """The elements of `kinds` under `root` (itself included): in iter_elements' order
    (parents first), or with children_first in children_first's order. `kinds` are elements
    that hold others (Table, Figure, a list...): a leaf (Str, Space) is never looked at past
    its type's empty `_children`, and no generator or call runs per element, which made
    passes looking for one table read a 50,000-row table's 600,000 elements at half the cost."""
    found: list[pf.Element] = []
    stack: list = [root]
    pop, push, extend = stack.pop, stack.append, stack.extend
    while stack:
        elem = pop()
        if type(elem) is tuple:  # (element,): pushed before its children, popped after them
            found.append(elem[0])
            continue
        names = elem._children
        if not names:
            continue
        if isinstance(elem, kinds):
            if children_first:
                push((elem,))
            else:
                found.append(elem)
        # What _children(elem) lists, pushed last child first (so popped in order).
        for name in reversed(names):
            child = getattr(elem, name)
            kind = type(child)
            if kind is ListContainer:
                extend(child.list[::-1])
            elif kind is DictContainer:
                extend(reversed(list(child.dict.values())))
            elif child is not None:
                push(child)
    return found


def _children(elem: pf.Element) -> list[pf.Element]:
    names = elem._children  # the attributes panflute's own walk descends into
    if not names:
        return []  # a Str, a Space...: most elements
    children: list[pf.Element] = []
    for name in names:
        child = getattr(elem, name)
        kind = type(child)
        if kind is ListContainer:
            children.extend(child.list)
        elif kind is DictContainer:
            children.extend(child.dict.values())
        elif child is not None:
            children.append(child)
    return children


def rewrite(root: pf.Element, action, doc: pf.Doc | None = None) -> pf.Element:
    """panflute's `root.walk(action, doc)`, setting back only the child lists in which the
    action replaced or removed something (walk sets back every list, rebuilding it: most of
    the cost of adapting a page for typst or EPUB). Same order (children first, siblings left
    to right), same replacements (None keeps, an element replaces, a list splices, [] removes),
    and like walk's iteration it gives each list item its index, for elem.next / elem.prev."""
    for name in root._children:
        child = getattr(root, name)
        kind = type(child)
        if kind is ListContainer:
            items = child.list
            spliced: list | None = None
            parent, location = child.parent, child.location
            for index, item in enumerate(items):
                # What walk's iteration does to each item (ListContainer.__getitem__'s attach):
                # actions read elem.parent, elem.next.
                item.parent, item.location, item.index = parent, location, index
                rewrite(item, action, doc)
                out = action(item, doc)
                if out is None:
                    if spliced is not None:
                        spliced.append(item)
                    continue
                if spliced is None:
                    spliced = items[:index]
                if isinstance(out, list):
                    spliced.extend(out)
                else:
                    spliced.append(out)
            if spliced is not None:
                setattr(root, name, spliced)
        elif kind is DictContainer:
            for key, value in list(child.dict.items()):
                value.parent, value.location, value.index = child.parent, child.location, None
                rewrite(value, action, doc)
                out = action(value, doc)
                if out == []:
                    del child[key]
                elif out is not None:
                    child[key] = out
        elif child is not None:
            rewrite(child, action, doc)
            out = action(child, doc)
            if out is not None:
                setattr(root, name, out)
    return root


def walk_cheaply(root: pf.Element, action, doc: pf.Doc | None = None) -> pf.Element:
    """rewrite(), then the action on `root` itself, as walk does; returns what walk returns."""
    rewrite(root, action, doc)
    out = action(root, doc)
    return root if out is None else out


def no_action(elem: pf.Element, doc: pf.Doc) -> None:
    """The action of a pass that does all its work in prepare/finalize (see run_pass)."""
    return None


def run_pass(action, prepare, finalize, doc: pf.Doc | None = None) -> pf.Doc | None:
    """panflute's run_filter, without the walk when the pass has no per-element action: a walk
    that changes nothing still rebuilds every list in the document. As a filter script (no
    `doc`: JSON on stdin and stdout) it is run_filter itself."""
    if doc is None or action is not no_action:
        return pf.run_filter(action, prepare=prepare, finalize=finalize, doc=doc)
    prepare(doc)
    finalize(doc)
    return doc


class _FixedTexts(_local):
    """Per thread (Dask runs jobs in threads): id(block) -> (block, its text) while a caller
    holds its blocks unchanged (texts_fixed), else None."""

    texts: dict[int, tuple[pf.Element, str]] | None = None


_FIXED = _FixedTexts()


class texts_fixed:
    """Within it, block_text reads each block once and answers again from memory. For a run
    of steps that only read and filter blocks, never change one (the boilerplate pass's steps
    after its line loop: each reads every block's text again, ~50 reads a block on a long
    law). The memo holds the blocks themselves, so no id is reused while it lives. A nested
    use shares the outer memo. (A class, not contextlib.contextmanager: the filter's path
    imports nothing else of contextlib, 2.4 M instructions.)"""

    def __enter__(self) -> None:
        self.outer = _FIXED.texts is not None
        if not self.outer:
            _FIXED.texts = {}

    def __exit__(self, *exc_info) -> None:
        if not self.outer:
            _FIXED.texts = None


def text_changed(block: pf.Element) -> None:
    """A step cut the block's text in place (inline_cut.cut_spans): within texts_fixed the
    memo must not answer with the text it had."""
    memo = _FIXED.texts
    if memo is not None:
        memo.pop(id(block), None)


def block_text(block: pf.Element) -> str:
    """Plain text of a block, stripped; list items and table cells joined by newlines."""
    memo = _FIXED.texts
    if memo is None:
        return _block_text(block)
    known = memo.get(id(block))
    if known is not None and known[0] is block:
        return known[1]
    text = _block_text(block)
    memo[id(block)] = (block, text)
    return text


def _block_text(block: pf.Element) -> str:
    if isinstance(block, (pf.Para, pf.Plain, pf.Header)):
        parts: list[str] = []
        _collect_children(block, parts)  # inline_text(block), one call shorter
        return "".join(parts).strip()
    return stringify(block).strip()


def stringify(elem: pf.Element) -> str:
    """panflute's stringify, character for character, without its walk: the walk sets every
    list back on its parent, so a 50,000-row table cost seconds each time its text was read."""
    parts: list[str] = []
    _stringify_into(elem, parts.append, "", "")
    return "".join(parts)


def squeezed_length(block: pf.Element, enough: int) -> int:
    """len of block_text(block) without blanks, counted only until it reaches `enough`: how
    far a block reaches into a document's head, without reading all of a 50,000-row table."""
    if isinstance(block, (pf.Para, pf.Plain, pf.Header)):
        return len("".join(inline_text(block).split()))
    count = 0

    def tally(piece: str) -> None:
        nonlocal count
        count += len("".join(piece.split()))
        if count >= enough:
            raise _Enough

    _read_until_enough(block, tally)
    return count


def stringify_head(elem: pf.Element, enough: int) -> str:
    """stringify(elem)[:enough], read only that far: a document's opening without the rest of a
    50,000-row table (whose whole text took seconds to read)."""
    parts: list[str] = []
    size = 0

    def take(piece: str) -> None:
        nonlocal size
        parts.append(piece)
        size += len(piece)
        if size >= enough:
            raise _Enough

    _read_until_enough(elem, take)
    return "".join(parts)[:enough]


def _read_until_enough(elem: pf.Element, emit) -> None:
    try:
        _stringify_into(elem, emit, "", "")
    except _Enough:
        pass


class _Enough(Exception):
    """Ends squeezed_length's and stringify_head's reading early."""


def _stringify_into(elem: pf.Element, emit, before: str, after: str) -> None:
    # walk's order: the children's text, then the element's own; `before`/`after` are the
    # quotes panflute adds to the first and last child of a Quoted.
    kind = type(elem)
    if kind is pf.Str:  # the leaves most text is made of, first (what the rest gives them)
        emit(before + elem.text + after)
        return
    if kind is pf.Space or kind is pf.SoftBreak or kind is pf.LineBreak or kind is WideSpace:
        emit(before + " " + after)
        return
    if not isinstance(elem, (pf.DefinitionList, pf.Cite)):  # stringify's stop_if
        if isinstance(elem, pf.Quoted):
            items = content_items(elem.content)
            last = len(items) - 1
            for index, child in enumerate(items):
                _stringify_into(child, emit, '"' if index == 0 else "", '"' if index == last else "")
        else:
            for child in _children(elem):
                if type(child) is pf.Str:  # the call below would emit just this: one call a word less
                    emit(child.text)
                else:
                    _stringify_into(child, emit, "", "")
    if hasattr(elem, "text"):
        own = elem.text
    elif isinstance(elem, _HORIZONTAL_SPACES):
        own = " "
    elif isinstance(elem, pf.Para):
        own = "\n\n"
    elif isinstance(elem, pf.DefinitionList):
        own = "\n".join(
            f"- {''.join(stringify(part) for part in item.term)}: "
            f"{'; '.join(stringify(definition) for definition in item.definitions)}"
            for item in content_items(elem.content))
    elif isinstance(elem, pf.Cite):
        own = "".join(stringify(child) for child in content_items(elem.content))
    else:
        own = ""
    emit(before + own + after)


_HORIZONTAL_SPACES = (pf.Space, pf.LineBreak, pf.SoftBreak)


def line_at(blocks: list[pf.Block], at: int) -> str | None:
    """The text of the block at `at` when it is a line of text; None for another block or a
    position outside the list."""
    if 0 <= at < len(blocks) and is_text_block(blocks[at]):
        return block_text(blocks[at])
    return None


def is_text_block(block: pf.Element) -> bool:
    return isinstance(block, (pf.Para, pf.Plain))
