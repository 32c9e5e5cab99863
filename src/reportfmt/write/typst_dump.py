"""The JSON pandoc's typst writer gets for a scraped page's PDF, written in one dump with the
changes conform.adapt_for makes for typst, instead of reading a copy back from the page's JSON,
adapting it and dumping it again (json_dump.dumps_laid_out does the same for DOCX's tables).

What it writes as adapt_for(fmt="pdf") + conform_to_typst would leave it: a mask, a filled-in
value, a run-in heading's head and a law's article label as their typst calls; a link typst cannot
follow as a Span of its text; a span or div without its id (its typst label); raw markup other than
typst's dropped; a hyphen typst would draw as a minus escaped; ";" after a call followed by ".". It
gives up (None: the caller adapts a copy) where the copy's steps do more than that: pictures (their
bytes), a small or landscape table (its size), a closing block or a notice's lines (checked by the
caller), a paragraph that may be set in English (conform.set_latin_paragraphs), a line break in a
definition list's term, and any of the above under an element panflute's own to_json writes (its
children would not come through here) or in the metadata.
tests/write/test_typst_dump.py compares it with the copy's text.
"""

from __future__ import annotations

import json

import panflute as pf

from ..passes.elements import iter_elements, stringify
from ..passes.masks import FILLED_CLASS, MASK_CLASS
from ..passes.tables import SIZE_CLASSES
from .conform import (
    _CJK_CHAR,
    _LATIN_WORD,
    _TYPST_CALLS,
    _TYPST_MINUS,
    _TYPST_SPAN_CALLS,
    LATIN_MIN_WORDS,
    _escape_minus,
    _typst_keeps_link,
    typst_call_opening,
    typst_lang_differs,
)
from .json_dump import _BARE, _CONTENT_ONLY, _Writer

_SEMICOLON = {"t": "RawInline", "c": ["typst", ";"]}
_NO_ATTR = ["", [], []]
# What conform may change (a line break: in a definition list's term) or the copy lays out (a
# table's size): an element panflute's to_json writes must hold none of these.
_TOUCHY = (pf.Link, pf.Image, pf.RawInline, pf.RawBlock, pf.DefinitionList, pf.Table)


def _unlabelled(elem: pf.Span | pf.Div) -> list:
    """Its attributes without its id: conform_to_typst drops a span's and a div's label."""
    ica = elem._ica_to_json()
    ica[0] = ""
    return ica


class _CopyNeeded(Exception):
    """The page needs what only the copy's steps do (see the module's docstring)."""


def dumps_for_typst(doc: pf.Doc, mask_style: str) -> str | None:
    """doc_to_json(adapt_for(copy of doc, "pdf", options)) for a scraped page (not written by
    hand, not in the 公文 layout, with no closing block and no notice lines: the caller checks
    those), `mask_style` being options.masks.style; None when the page needs the copy."""
    if _touchy(doc.metadata):
        return None
    sections = {b.identifier for b in doc.content if isinstance(b, pf.Header) and b.identifier}
    writer = _TypstWriter(sections, mask_style)
    try:
        blocks = writer.blocks(doc.content.list)
    except _CopyNeeded:
        return None
    return json.dumps(
        {"pandoc-api-version": doc.api_version, "meta": doc.metadata.content.to_json(), "blocks": blocks},
        check_circular=False, separators=(",", ":"), ensure_ascii=False,
    )


def _touchy(root: pf.Element) -> bool:
    """Whether anything under `root` might be changed for typst: what panflute's own to_json
    writes must hold nothing of the kind (a Str with a leading "." counts)."""
    for elem in iter_elements(root):
        kind = type(elem)
        if kind is pf.Str:
            if elem.text.startswith(".") or ("-" in elem.text and _TYPST_MINUS.search(elem.text)):
                return True
        elif kind is pf.Span:
            if elem.classes or elem.identifier:
                return True
        elif kind is pf.Div:
            if elem.identifier:
                return True  # (its label goes)
        elif kind is pf.CodeBlock:
            if typst_lang_differs(elem):
                return True
        elif isinstance(elem, _TOUCHY):
            return True
    return False


class _TypstWriter(_Writer):
    """One dump for typst: the sections a link may point to, the mask style's call, how many
    spans became calls and how much raw markup was dropped (a paragraph's text, as
    set_latin_paragraphs reads it after conform, differs from the page's by no more)."""

    def __init__(self, sections: set[str], mask_style: str) -> None:
        super().__init__(None)
        self.sections = sections
        self.mask_call = None if mask_style == "plain" else (
            "masked" if mask_style == "highlight" else f"masked-{mask_style}")
        self.latin = True  # a Para in this list of blocks is one set_latin_paragraphs reads
        self.calls = 0  # spans written as typst calls
        self.dropped = 0  # raw inlines dropped
        self.dropped_cjk = 0  # Chinese characters in them

    def blocks(self, blocks: list, plain_as_para: bool = False) -> list:
        out = []
        for block in blocks:
            kind = type(block)
            if kind is pf.RawBlock:
                if block.format == "typst":
                    out.append({"t": "RawBlock", "c": [block.format, block.text]})
                continue  # other raw markup is dropped (conform_to_typst)
            if kind is pf.Para and self.latin:
                calls, dropped, dropped_cjk = self.calls, self.dropped, self.dropped_cjk
                written = {"t": "Para", "c": self.inlines(block.content.list)}
                self._check_latin(block, self.calls - calls, self.dropped - dropped, self.dropped_cjk - dropped_cjk)
                out.append(written)
                continue
            out.append(self.json(block))
        return out

    def _check_latin(self, para: pf.Para, calls: int, dropped: int, dropped_cjk: int) -> None:
        """Raise _CopyNeeded unless the paragraph, as conform leaves it, is surely not Latin
        (conform.latin_paragraph). A call adds its name's words (one or two), a dropped raw
        inline can join two letters into a word: at most words + 2 calls + dropped Latin words,
        at least the Chinese characters less the dropped ones'."""
        text = stringify(para)
        most = len(_LATIN_WORD.findall(text)) + 2 * calls + dropped
        if most < LATIN_MIN_WORDS:
            return
        if (len(_CJK_CHAR.findall(text)) - dropped_cjk) / 1.5 * 4 > most:
            return
        raise _CopyNeeded

    def nested(self, blocks: list) -> list:
        """Blocks set_latin_paragraphs does not look into (a quote's, a list item's, a cell's)."""
        latin, self.latin = self.latin, False
        try:
            return self.blocks(blocks)
        finally:
            self.latin = latin

    def json(self, elem, after=None):
        """elem as conform leaves it; `after` is what follows it in its list (a span is written as
        its text alone, so a call closing it stands before that)."""
        kind = type(elem)
        tag = _CONTENT_ONLY.get(kind)
        if tag is not None:
            if kind is pf.BlockQuote:
                return {"t": "BlockQuote", "c": self.nested(elem.content.list)}
            return {"t": tag, "c": self.inlines(elem.content.list)}
        if kind is pf.Span:
            return {"t": "Span", "c": [_unlabelled(elem), self.inlines(elem.content.list, after)]}
        if kind is pf.Div:
            return {"t": "Div", "c": [_unlabelled(elem), self.blocks(elem.content.list)]}
        if kind is pf.Header:
            return {"t": "Header", "c": [elem.level, elem._ica_to_json(), self.inlines(elem.content.list)]}
        if kind is pf.Link:
            return {"t": "Link", "c": [elem._ica_to_json(), self.inlines(elem.content.list), [elem.url, elem.title]]}
        if kind is pf.BulletList:
            return {"t": "BulletList", "c": [self.nested(item.content.list) for item in elem.content.list]}
        if kind is pf.OrderedList:
            return {"t": "OrderedList", "c": [[elem.start, {"t": elem.style}, {"t": elem.delimiter}],
                                              [self.nested(item.content.list) for item in elem.content.list]]}
        if kind is pf.Quoted:
            return {"t": "Quoted", "c": [{"t": elem.quote_type}, self.inlines(elem.content.list)]}
        if kind is pf.Table:
            if any(name in elem.classes for name in SIZE_CLASSES) or _touchy(elem.caption):
                raise _CopyNeeded  # its size (write/tables._typst_table); a caption panflute writes
            latin, self.latin = self.latin, False
            try:
                return self.table(elem)
            finally:
                self.latin = latin
        if kind is pf.Image or _touchy(elem):
            raise _CopyNeeded
        return elem.to_json()

    def inlines(self, items: list, after=None) -> list:
        """A list of inlines as adapt_for's two walks leave it: the spans it turns into calls
        spliced in first (its first walk), then each item's own change (conform_to_typst's),
        a call's "." test reading the spliced list, and reading `after` (what follows the span or
        dead link the list fills) for the list's last item."""
        if any(type(item) is pf.Span for item in items):
            items = self.splice(items)
        out = []
        append = out.append
        last = len(items) - 1

        def following_of(index: int):
            return items[index + 1] if index < last else after

        for index, item in enumerate(items):
            kind = type(item)
            if kind is pf.Str:
                text = item.text
                if "-" in text and _TYPST_MINUS.search(text):
                    out += [{"t": "RawInline", "c": ["typst", p.text]} if type(p) is pf.RawInline
                            else {"t": "Str", "c": p.text} for p in _escape_minus(text)]
                else:
                    append({"t": "Str", "c": text})
                continue
            bare = _BARE.get(kind)
            if bare is not None:
                append(bare)
                continue
            if kind is pf.RawInline:
                if item.format == "typst":
                    append({"t": "RawInline", "c": ["typst", item.text]})
                else:
                    self.dropped += 1
                    self.dropped_cjk += len(_CJK_CHAR.findall(item.text))
                continue
            if kind is pf.Link and not _typst_keeps_link(item, self.sections):
                append({"t": "Span", "c": [_NO_ATTR, self.inlines(item.content.list, following_of(index))]})
                continue
            append(self.json(item, following_of(index)))
            if isinstance(item, _TYPST_CALLS):
                following = following_of(index)
                if isinstance(following, pf.Str) and following.text.startswith("."):
                    append(_SEMICOLON)  # pandoc writes "#strong[GS].TO": typst reads a field
        return out

    def splice(self, items: list) -> list:
        """adapt_for's span calls (typst): a filled value, a run-in head, an article label, a mask."""
        out: list = []
        for item in items:
            if type(item) is pf.Span:
                classes = item.classes
                if FILLED_CLASS in classes:
                    func = "filled"
                else:
                    func = _TYPST_SPAN_CALLS.get(next((c for c in classes if c in _TYPST_SPAN_CALLS), ""))
                if func is None and MASK_CLASS in classes:
                    if self.mask_call is None:  # the plain style: the text alone
                        out += self.splice(item.content.list)
                        continue
                    func = self.mask_call
                if func is not None:
                    self.calls += 1
                    out.append(pf.RawInline(typst_call_opening(func, item), format="typst"))
                    out += self.splice(item.content.list)
                    out.append(pf.RawInline("];", format="typst"))
                    continue
            out.append(item)
        return out
