"""What a filter did to a hand-written document: read pandoc's JSON (or an EPUB) before and
after `--filter reportfmt` and count what was lost.

Shared by `tests/eval/eval_authored.py` (the numbers on ../shared/corpus/authored) and the
tests on the project's own documents in tests/data. It reads pandoc's output only, never
reportfmt's code, so it measures what a user gets.

Text is compared folded (NFKC, straight quotes, no whitespace), so a character changed one
for one (，for ,) is not counted as lost; raw HTML is markup, counted as its elements.
"""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from collections import Counter
from dataclasses import dataclass, field

from lxml import etree, html

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_CHAR = re.compile(f"[{CJK}]")
_LATIN_WORD = re.compile(r"[A-Za-z]+")
# Two Chinese characters with blanks between them: what Word lays out as separate fields.
_CJK_SPACE = re.compile(f"(?<=[{CJK}])[ \u00a0\u3000]+(?=[{CJK}])")
_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})
_RAW_IMG = re.compile(r"<img\b", re.I)
_RAW_SUP = re.compile(r"<sup\b", re.I)
_RAW_HREF = re.compile(r"<a\b[^>]*\bhref\s*=\s*[\"']([^\"']*)", re.I)
# A date line closing a 公文 (2020年2月19日, 20XX年XX月XX日): the line above it is the 落款.
DATE_LINE = re.compile(r"^(?:\d{4}|20XX|XXXX)年[\dX]{1,2}月[\dX]{1,2}日$")
LEAF_BLOCKS = {"Para", "Plain", "Header", "CodeBlock", "RawBlock", "LineBlock", "HorizontalRule"}


def fold(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).translate(_QUOTES).split())


def chinese_share(text: str) -> float:
    """The evaluation's own, simple rule: Chinese characters among characters and English words."""
    cjk, words = len(_CJK_CHAR.findall(text)), len(_LATIN_WORD.findall(text))
    return cjk / (cjk + words) if cjk + words else 0.0


@dataclass
class Features:
    """What a reader can lose in one document, as multisets."""

    blocks: list[tuple[str, str]] = field(default_factory=list)  # (type, text) of leaf blocks, in order
    meta_text: str = ""
    title: str = ""
    headers: list[tuple[int, str]] = field(default_factory=list)
    images: int = 0
    links: Counter = field(default_factory=Counter)
    sups: int = 0
    masks: list[dict] = field(default_factory=list)  # text, detector, before, after (sibling types)

    @property
    def text(self) -> str:
        return "\n".join(t for _, t in self.blocks)

    def chars(self) -> Counter:
        return Counter(fold(self.text) + fold(self.meta_text))

    def cjk_spaces(self) -> int:
        return sum(len(_CJK_SPACE.findall(t)) for kind, t in self.blocks if kind != "CodeBlock")


# --- pandoc's JSON ----------------------------------------------------------------------------

def collect(tree: dict, kinds: set[str]) -> list:
    """Every element of the given types in the document's blocks, in document order."""
    found = []

    def walk(node):
        if isinstance(node, dict):
            if node.get("t") in kinds:
                found.append(node)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(tree["blocks"])
    return found


def _inline_text(items: list, feats: Features, *, collect: bool = True) -> str:
    out = []
    for i, node in enumerate(items):
        kind, content = node.get("t"), node.get("c")
        if kind == "Str":
            out.append(content)
        elif kind in ("Space",):
            out.append(" ")
        elif kind in ("SoftBreak", "LineBreak"):
            out.append("\n")
        elif kind in ("Code", "Math"):
            out.append(content[1])
        elif kind == "RawInline":
            if collect and content[0].startswith("html"):
                _raw_features(content[1], feats)
        elif kind == "Image":
            if collect:
                feats.images += 1
            out.append(_inline_text(content[1], feats, collect=collect))
        elif kind == "Link":
            if collect:
                feats.links[content[2][0]] += 1
            out.append(_inline_text(content[1], feats, collect=collect))
        elif kind == "Note":
            continue  # its blocks are leaf blocks of their own (walked by _walk_blocks)
        elif kind == "Quoted":
            mark = '"' if content[0]["t"] == "DoubleQuote" else "'"
            out.append(mark + _inline_text(content[1], feats, collect=collect) + mark)
        elif kind == "Cite":
            out.append(_inline_text(content[1], feats, collect=collect))
        elif kind in ("Span",) and "masked" in content[0][1]:
            text = _inline_text(content[1], feats, collect=collect)
            attrs = dict(content[0][2])
            if collect:
                feats.masks.append({
                    "text": attrs.get("mask", text), "detector": attrs.get("mask-detector", "asterisk"),
                    "before": items[i - 1].get("t") if i else None,
                    "after": items[i + 1].get("t") if i + 1 < len(items) else None,
                })
            out.append(text)
        elif isinstance(content, list):
            if kind == "Superscript" and collect:
                feats.sups += 1
            inner = content[-1] if kind in ("Span",) else content
            out.append(_inline_text(inner if isinstance(inner, list) else [], feats, collect=collect))
    return "".join(out)


def _raw_features(raw: str, feats: Features) -> None:
    feats.images += len(_RAW_IMG.findall(raw))
    feats.sups += len(_RAW_SUP.findall(raw))
    for href in _RAW_HREF.findall(raw):
        feats.links[href] += 1


def _walk_blocks(blocks: list, feats: Features) -> None:
    for node in blocks:
        kind, content = node.get("t"), node.get("c")
        if kind in ("Para", "Plain"):
            feats.blocks.append((kind, _inline_text(content, feats)))
            _walk_notes(content, feats)
        elif kind == "Header":
            text = _inline_text(content[2], feats)
            feats.blocks.append((kind, text))
            feats.headers.append((content[0], fold(text)))
            _walk_notes(content[2], feats)
        elif kind == "CodeBlock":
            feats.blocks.append((kind, content[1]))
        elif kind == "RawBlock":
            if content[0].startswith("html"):
                _raw_features(content[1], feats)
            feats.blocks.append((kind, ""))
        elif kind == "LineBlock":
            feats.blocks.append((kind, "\n".join(_inline_text(line, feats) for line in content)))
        elif kind == "HorizontalRule":
            feats.blocks.append((kind, ""))
        else:
            _walk_children(content, feats)


def _walk_children(content, feats: Features) -> None:
    """Blocks nested anywhere in a container (lists, quotes, divs, tables, figures)."""
    if isinstance(content, list):
        if content and isinstance(content[0], dict) and content[0].get("t") in LEAF_BLOCKS | {
                "BulletList", "OrderedList", "BlockQuote", "Div", "Table", "Figure", "DefinitionList"}:
            _walk_blocks(content, feats)
            return
        for item in content:
            _walk_children(item, feats)
    elif isinstance(content, dict) and "t" in content:
        _walk_blocks([content], feats)
    elif isinstance(content, dict):
        for value in content.values():
            _walk_children(value, feats)


def _walk_notes(inlines: list, feats: Features) -> None:
    """The blocks of footnotes anywhere in an inline list (inside emphasis, links, spans)."""
    for node in inlines:
        if not isinstance(node, dict):
            continue
        if node.get("t") == "Note":
            _walk_blocks(node["c"], feats)
            continue
        content = node.get("c")
        if not isinstance(content, list):
            continue
        for part in [content, *content]:
            if isinstance(part, list) and part and isinstance(part[0], dict) and "t" in part[0]:
                _walk_notes(part, feats)


def _meta_text(value: dict, feats: Features) -> str:
    kind, content = value.get("t"), value.get("c")
    if kind == "MetaString":
        return content
    if kind == "MetaInlines":
        return _inline_text(content, feats, collect=False)
    if kind == "MetaBlocks":
        inner = Features()
        _walk_blocks(content, inner)
        return inner.text
    if kind == "MetaList":
        return "\n".join(_meta_text(v, feats) for v in content)
    if kind == "MetaMap":
        return "\n".join(_meta_text(v, feats) for v in content.values())
    return str(content)


def json_features(tree: dict) -> Features:
    feats = Features()
    _walk_blocks(tree["blocks"], feats)
    meta = tree.get("meta", {})
    feats.meta_text = "\n".join(_meta_text(v, feats) for v in meta.values())
    if "title" in meta:
        feats.title = fold(_meta_text(meta["title"], feats))
    return feats


# --- EPUB --------------------------------------------------------------------------------------

_INTERNAL = re.compile(r"^(?:ch\d+\.xhtml)?#|^(?:text/)?ch\d+\.xhtml$")


def epub_features(data: bytes) -> Features:
    """The book's pages (title page included, the nav left out: it repeats the headings)."""
    feats = Features()
    with zipfile.ZipFile(io.BytesIO(data)) as book:
        names = sorted(n for n in book.namelist() if n.endswith(".xhtml") and not n.endswith("nav.xhtml"))
        for name in names:
            root = html.fromstring(book.read(name)).body  # <head><title> is pandoc's, not the text
            for script in root.iter("script", "style"):
                script.drop_tree()
            feats.blocks.append(("page", "".join(root.itertext())))
            feats.images += sum(1 for el in root.iter() if isinstance(el.tag, str)
                                and etree.QName(el).localname in ("img", "image"))
            feats.sups += sum(1 for el in root.iter() if isinstance(el.tag, str) and etree.QName(el).localname == "sup")
            for el in root.iter():
                if isinstance(el.tag, str) and etree.QName(el).localname == "a" and el.get("href") is not None:
                    href = el.get("href")
                    feats.links["(internal)" if _INTERNAL.match(href) else href] += 1
    return feats


# --- comparison --------------------------------------------------------------------------------

def is_relative(url: str) -> bool:
    return not re.match(r"^(?:[a-z][a-z0-9+.-]*:|#|/)", url, re.I) and url not in ("(internal)", "")


def losses(before: Features, after: Features) -> dict[str, int]:
    """Counts of what `after` lacks from `before` (metadata counted as kept text)."""
    kept_texts = Counter(fold(t) for _, t in after.blocks)
    kept_texts.update(fold(line) for line in after.meta_text.split("\n") if fold(line))
    lost_blocks = Counter(fold(t) for _, t in before.blocks) - kept_texts
    return {
        "blocks": sum(lost_blocks.values()),
        "chars": sum((before.chars() - after.chars()).values()),
        "cjk_spaces": max(0, before.cjk_spaces() - after.cjk_spaces()),
        "images": max(0, before.images - after.images),
        "links": sum((before.links - after.links).values()),
        "relative_links": sum(n for url, n in (before.links - after.links).items() if is_relative(url)),
        "sups": max(0, before.sups - after.sups),
    }


def damage_kinds(before: Features, after: Features) -> dict[str, int]:
    """The damage kinds issue 12 names, counted on one document's JSON."""
    lost = Counter(fold(t) for _, t in before.blocks) - Counter(fold(t) for _, t in after.blocks)
    texts = [fold(t) for _, t in before.blocks]
    signatures = sum(1 for i, t in enumerate(texts[:-1]) if t and DATE_LINE.match(texts[i + 1]) and lost[t])
    wrong_title = int(bool(after.title) and after.title != before.title and lost[after.title] > 0)
    new_or_relevelled = Counter(after.headers) - Counter(before.headers)
    return {
        "signature_deleted": signatures,
        "fields_merged": max(0, before.cjk_spaces() - after.cjk_spaces()),
        "wrong_title": wrong_title,
        "stray_headings": sum(new_or_relevelled.values()),
        "bullet_masks": sum(1 for m in after.masks if is_list_marker_mask(m)),
        "asterisk_masks": sum(1 for m in after.masks if set(m["text"]) <= {"*", "＊"}),
    }


def is_list_marker_mask(mask: dict) -> bool:
    """A lone * or - marked as a mask where a list item starts (line start, then a space)."""
    return mask["text"] in ("*", "-", "+") and mask["before"] in (None, "SoftBreak", "LineBreak") \
        and mask["after"] == "Space"
