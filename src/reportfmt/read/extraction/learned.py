"""A learned block scorer: each text block of the page gets a probability of being content.

Blocks are the page's block-level elements with text of their own (their text and inline
children, without the blocks nested in them). Each block is described by features that carry
across sites (issue 13, round 7): its length, Chinese share, link share, sentence punctuation,
tag, depth, place in the page, how many siblings share its ancestors' shape (a run of posts),
its and its ancestors' class/id words (hashed into buckets), chrome names and tags above it,
and its neighbours' and parent's values.

The model is a logistic regression: weights in blocks_model.json beside this module, read
once on first use; inference is pure Python. It is trained by tests/eval/train_blocks.py
(numpy, a development tool) on web-gold, web-magic and the tests/data/threads* pages, and
measured there by grouped k-fold by site (make eval-extract), each page scored with a model
that never saw its site.
"""

from __future__ import annotations

import json
import math
import re
import zlib
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from lxml import etree

from .votes import CHROME_NAME, CHROME_TAGS, cjk_count

MODEL_PATH = Path(__file__).with_name("blocks_model.json")
BLOCK_TAGS = frozenset({"p", "div", "li", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6", "section",
                        "blockquote", "center", "ul", "ol", "dl", "article", "td", "th", "pre", "table",
                        "tr", "tbody", "thead", "form", "header", "footer", "nav", "aside", "main", "body",
                        "figure", "figcaption", "fieldset", "address", "caption"})
_TAG_FEATURES = ("p", "div", "li", "td", "dd", "h", "pre", "blockquote", "span-like")
_HASH_BUCKETS = 64
_PUNCT = re.compile(r"[，。！？；：、,.!?;]")
_END = re.compile(r"[。！？.!?」”]$")
_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"[a-z]+", re.I)
# Ancestors whose class/id words count for a block (the post box, the thread list, the column).
NAME_DEPTH = 4


@dataclass
class Block:
    elem: etree._Element
    text: str  # own visible text, whitespace removed
    link_chars: int
    depth: int


def own_blocks(body: etree._Element) -> list[Block]:
    """The page's text runs in document order: the text and inline children between two block
    boundaries, each a block of the element that holds it (a div's text before and after a
    nested box are two runs)."""
    blocks: list[Block] = []
    # An unknown tag (a page's own <text> wrapper) holding blocks is a block itself.
    wrappers: set[etree._Element] = set()
    for elem in body.iter(*BLOCK_TAGS):
        for above in elem.iterancestors():
            if above in wrappers:
                break
            wrappers.add(above)

    def flush(elem: etree._Element, parts: list[str], links: int, depth: int) -> None:
        text = "".join("".join(parts).split())
        if text:
            blocks.append(Block(elem, text, min(links, len(text)), depth))

    def walk(elem: etree._Element, depth: int) -> None:
        parts: list[str] = [elem.text or ""]
        links = 0
        for child in elem:
            if not isinstance(child.tag, str):
                parts.append(child.tail or "")
                continue
            if child.tag in BLOCK_TAGS or child in wrappers:
                flush(elem, parts, links, depth)
                parts, links = [], 0
                walk(child, depth + 1)
            else:
                inline = child.text_content()
                parts.append(inline)
                if child.tag == "a":
                    links += len("".join(inline.split()))
                else:
                    links += sum(len("".join(a.text_content().split())) for a in child.iter("a"))
            parts.append(child.tail or "")
        flush(elem, parts, links, depth)

    walk(body, 0)
    return blocks


_DIGITS = re.compile(r"\d+")


def _shape(elem: etree._Element) -> tuple[str, str]:
    cls = elem.get("class")
    return elem.tag, _DIGITS.sub("", cls) if cls else ""


def _run_length(elem: etree._Element, shapes: dict[etree._Element, Counter]) -> int:
    """The most siblings that share the shape of the block or one of its nearest ancestors
    (`shapes`: each parent's count of its children's shapes, filled as needed)."""
    best = 1
    node = elem
    for _ in range(NAME_DEPTH):
        parent = node.getparent()
        if parent is None:
            break
        if parent not in shapes:
            shapes[parent] = Counter(_shape(s) for s in parent if isinstance(s.tag, str))
        best = max(best, shapes[parent][_shape(node)])
        node = parent
    return best


def _names(elem: etree._Element) -> list[str]:
    words = []
    node = elem
    for level in range(NAME_DEPTH):
        if node is None:
            break
        for word in _WORD.findall(f"{node.get('class', '')} {node.get('id', '')}".lower()):
            words.append(f"{min(level, 1)}:{word}")
        node = node.getparent()
    return words


def _bucket(word: str) -> int:
    return zlib.crc32(word.encode()) % _HASH_BUCKETS


def _chrome_above(elem: etree._Element, memo: dict[etree._Element, tuple[float, float]]) -> tuple[float, float]:
    """(named, tagged): a chrome class/id word, a chrome tag on the element or above it."""
    if elem in memo:
        return memo[elem]
    parent = elem.getparent()
    named, tagged = _chrome_above(parent, memo) if parent is not None else (0.0, 0.0)
    if elem.tag in CHROME_TAGS:
        tagged = 1.0
    if CHROME_NAME.search(f"{elem.get('class', '')} {elem.get('id', '')}"):
        named = 1.0
    memo[elem] = (named, tagged)
    return named, tagged


def _tag_feature(tag: str) -> str:
    if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
        return "h"
    if tag == "th":
        return "td"
    if tag == "dt":
        return "dd"
    return tag if tag in _TAG_FEATURES else "span-like"


def _own(block: Block) -> list[float]:
    n = len(block.text)
    return [
        math.log1p(n) / 7,
        cjk_count(block.text) / n,
        block.link_chars / n,
        min(1.0, len(_PUNCT.findall(block.text)) * 10 / n),
        1.0 if _END.search(block.text) else 0.0,
        len(_DIGIT.findall(block.text)) / n,
    ]


def grams(text: str, n: int = 4) -> set[str]:
    return {text[i:i + n] for i in range(len(text) - n + 1)}


def page_features(blocks: list[Block], only: list[int] | None = None) -> list[list[float]]:
    """One feature row per block (or per block of `only`, indices in order: a row depends on
    the whole page, but the vote needs the rows of a few blocks). Whether the rule-based pass
    kept the block is left out on purpose: a model given it learns to copy the rules
    (measured: its vote on the rules' article lifted the k-fold mean 0.005, the model without
    it 0.011, train_blocks.py)."""
    indices = range(len(blocks)) if only is None else only
    total = sum(len(b.text) for b in blocks) or 1
    # Each block's own values, worked out only for the rows asked for and their neighbours.
    own: dict[int, list[float]] = {}

    def own_of(i: int) -> list[float]:
        values = own.get(i)
        if values is None:
            values = own[i] = _own(blocks[i])
        return values

    width = len(_own(blocks[0])) if blocks else 0
    # Keyed by the parent element itself: lxml's proxies (and their id()) live only while held.
    parent_of = [b.elem.getparent() for b in blocks]
    sibling_chars: Counter = Counter()
    sibling_links: Counter = Counter()
    before_of = []
    before = 0
    for b, parent in zip(blocks, parent_of, strict=True):
        sibling_chars[parent] += len(b.text)
        sibling_links[parent] += b.link_chars
        before_of.append(before)
        before += len(b.text)
    shapes: dict[etree._Element, Counter] = {}
    chrome: dict[etree._Element, tuple[float, float]] = {}
    rows = []
    for i in indices:
        b = blocks[i]
        sib_chars, sib_links = sibling_chars[parent_of[i]], sibling_links[parent_of[i]]
        prev = own_of(i - 1) if i else [0.0] * width
        nxt = own_of(i + 1) if i + 1 < len(blocks) else [0.0] * width
        named, tagged = _chrome_above(b.elem, chrome)
        tag = _tag_feature(b.elem.tag)
        hashed = [0.0] * _HASH_BUCKETS
        for word in _names(b.elem):
            hashed[_bucket(word)] = 1.0
        rows.append([
            *own_of(i), *prev, *nxt,
            math.log1p(sib_chars) / 7, sib_links / max(1, sib_chars),
            min(b.depth, 30) / 30, before_of[i] / total, len(b.text) / total,
            math.log(_run_length(b.elem, shapes)) / 3, named, tagged,
            *(1.0 if tag == t else 0.0 for t in _TAG_FEATURES),
            *hashed,
        ])
    return rows


@dataclass(frozen=True)
class Model:
    weights: tuple[float, ...]
    bias: float
    mean: tuple[float, ...]
    scale: tuple[float, ...]

    def probability(self, row: list[float]) -> float:
        coef, offset = self._folded()
        z = offset + sum(c * x for c, x in zip(coef, row, strict=True) if x)  # rows are mostly zeros
        return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))

    def _folded(self) -> tuple[tuple[float, ...], float]:
        """The standardisation folded into the weights: w * (x - m) / s = (w / s) * x - w * m / s."""
        folded = self.__dict__.get("_folded_cache")
        if folded is None:
            coef = tuple(w / s for w, s in zip(self.weights, self.scale, strict=True))
            offset = self.bias - sum(c * m for c, m in zip(coef, self.mean, strict=True))
            folded = (coef, offset)
            object.__setattr__(self, "_folded_cache", folded)
        return folded

    def to_json(self) -> dict:
        return {"weights": list(self.weights), "bias": self.bias, "mean": list(self.mean), "scale": list(self.scale)}

    @classmethod
    def from_json(cls, data: dict) -> Model:
        return cls(tuple(data["weights"]), data["bias"], tuple(data["mean"]), tuple(data["scale"]))


@cache
def packaged_model() -> Model | None:
    """The shipped model, read on first use; None when the package has none."""
    if not MODEL_PATH.exists():
        return None
    return Model.from_json(json.loads(MODEL_PATH.read_text(encoding="utf-8")))


# The evaluation swaps in each fold's model (tests/eval/eval_extract.py): a Model, False for
# no learned step at all (the rules alone), None for the shipped model.
_override: list[Model | bool | None] = [None]


def use_model(model: Model | bool | None) -> None:
    """Score with `model` instead of the shipped one (False: none; None restores the shipped
    one): the k-fold evaluation."""
    _override[0] = model


def current_model() -> Model | None:
    chosen = _override[0]
    if chosen is False:
        return None
    return chosen if isinstance(chosen, Model) else packaged_model()


def block_probabilities(body: etree._Element, model: Model | None = None,
                        texts: set[str] | frozenset[str] | None = None) -> list[tuple[Block, float]]:
    """Each text run of the page with the model's probability that it is content; with `texts`,
    only the runs whose text is one of them (each scored as on the whole page)."""
    model = model or current_model()
    blocks = own_blocks(body)
    if model is None or not blocks:
        return []
    only = None if texts is None else [i for i, b in enumerate(blocks) if b.text in texts]
    chosen = blocks if only is None else [blocks[i] for i in only]
    return [(b, model.probability(row)) for b, row in zip(chosen, page_features(blocks, only), strict=True)]


def coverage_label(text: str, gold_grams: set[str] | Counter, gold: str, n: int = 4) -> float:
    """The share of the block's character n-grams found in the gold (its label's source)."""
    if len(text) < n:
        return 1.0 if text in gold else 0.0
    grams = [text[i:i + n] for i in range(len(text) - n + 1)]
    return sum(1 for g in grams if g in gold_grams) / len(grams)
