"""Which two Chinese characters follow each other in ordinary text: the character-bigram counts
of char_bigrams.bin (built by tests/eval/train_bigrams.py from the corpus's body text; its
docstring gives the file's layout).

The file is read on the first question only (filler.py asks only when a page has runs of
characters outside char_common.txt), and kept: 1.3 MB unpacked, about 14 ms to load.
"""

from __future__ import annotations

import functools
import math
import os
from array import array
from bisect import bisect_left

_FILE = os.path.join(os.path.dirname(__file__), "char_bigrams.bin")
_COMMON = os.path.join(os.path.dirname(__file__), "char_common.txt")


class CharBigrams:
    """Counts of character pairs (capped at 255) and of single characters."""

    def __init__(self, vocabulary: str, unigrams: array, keys: array, counts: array) -> None:
        self.size = len(vocabulary)
        self.index = {c: i for i, c in enumerate(vocabulary)}
        self.unigrams = unigrams
        self.keys = keys
        self.counts = counts
        self.total = sum(unigrams)

    def pair(self, a: str, b: str) -> int:
        """How often b followed a (0: never seen)."""
        i, j = self.index.get(a), self.index.get(b)
        if i is None or j is None:
            return 0
        key = i * self.size + j
        at = bisect_left(self.keys, key)
        return self.counts[at] if at < len(self.keys) and self.keys[at] == key else 0

    def surprisal(self, char: str) -> float:
        """-ln of the character's share of the counted text (an unseen one: half a count)."""
        i = self.index.get(char)
        return -math.log(((self.unigrams[i] if i is not None else 0) + 0.5) / self.total)


def decode(data: bytes) -> CharBigrams:
    import zlib  # only when the model is read: most pages never read it

    raw = zlib.decompress(data)
    if raw[:3] != b"CB1":
        raise ValueError("char_bigrams: not a CB1 file")
    size, pairs = array("I", raw[3:11])
    at = 11
    vocabulary = raw[at:at + 4 * size].decode("utf-32-le")
    at += 4 * size
    unigrams = array("I", raw[at:at + 4 * size])
    at += 4 * size
    keys = array("I", raw[at:at + 4 * pairs])
    at += 4 * pairs
    counts = array("B", raw[at:at + pairs])
    return CharBigrams(vocabulary, unigrams, keys, counts)


@functools.cache
def common_characters() -> str:
    """The characters too common for a random draw (char_common.txt, 2 KB): a page without
    runs of other characters needs no model."""
    with open(_COMMON, encoding="utf-8") as file:
        return file.read().strip()


@functools.cache
def model() -> CharBigrams:
    with open(_FILE, "rb") as file:
        return decode(file.read())
