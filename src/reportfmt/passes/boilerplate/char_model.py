"""Which two Chinese characters follow each other in ordinary text: the character-bigram counts
of char_bigrams.bin (built by tests/eval/train_bigrams.py from the corpus's body text; its
docstring gives the file's layout).

The file is read on the first question only (filler.py asks only when a page has runs of
characters outside char_common.txt), and kept: 0.7 MB, mapped (its counts are views of the
page cache: read and copied into arrays, loading it cost ~1.5 ms of CPU, a page fault per 4 KB,
on every `pandoc --filter` call that asks, the seed's among them).
"""

from __future__ import annotations

import functools
import math
import os
from bisect import bisect_left
from collections.abc import Sequence

_FILE = os.path.join(os.path.dirname(__file__), "char_bigrams.bin")
_COMMON = os.path.join(os.path.dirname(__file__), "char_common.txt")


class CharBigrams:
    """The character pairs seen, and the counts of single characters."""

    def __init__(self, vocabulary: str, unigrams: Sequence[int], keys: Sequence[int]) -> None:
        self.size = len(vocabulary)
        self.vocabulary = vocabulary
        # A dict, half the cost of a page's questions against bisecting the sorted vocabulary
        # (0.7 against 1.3 ms an own-tune page), filled with the characters asked about: a whole
        # one cost 5 M instructions of a `pandoc --filter` call, which asks about ~120.
        self.index: dict[str, int] = {}
        self.unigrams = unigrams
        self.keys = keys
        self.total = sum(unigrams)
        # filler.py's candidate runs of a line, by (line, a short line beside it): the pipeline's
        # settling rounds ask about the same lines again.
        self.known_lines: dict[tuple[str, bool], tuple] = {}
        # filler.py's answer for a long run (a draw in it, or None), by the run: the same reason.
        self.known_runs: dict[str, tuple | None] = {}

    def seen(self, a: str, b: str) -> bool:
        """Whether b ever followed a."""
        i, j = self._index(a), self._index(b)
        if i < 0 or j < 0:
            return False
        key = i * self.size + j
        at = bisect_left(self.keys, key)
        return at < len(self.keys) and self.keys[at] == key

    def surprisal(self, char: str) -> float:
        """-ln of the character's share of the counted text (an unseen one: half a count)."""
        i = self._index(char)
        return -math.log(((self.unigrams[i] if i >= 0 else 0) + 0.5) / self.total)

    def _index(self, char: str) -> int:
        """The character's place in the vocabulary, -1 when it was never counted."""
        found = self.index.get(char)
        if found is None:
            # (the last place, as a dict made from the whole vocabulary would hold; one C scan)
            found = self.index[char] = self.vocabulary.rfind(char) if len(char) == 1 else -1
        return found


def decode(raw: bytes | memoryview) -> CharBigrams:
    """The model in `raw` (its counts are views of it, not copies)."""
    raw = memoryview(raw)
    if raw[:3] != b"CB2":
        raise ValueError("char_bigrams: not a CB2 file")
    size, pairs = _uints(raw, 3, 2)
    at = 11
    vocabulary = str(raw[at:at + 4 * size], "utf-32-le")
    at += 4 * size
    return CharBigrams(vocabulary, _uints(raw, at, size), _uints(raw, at + 4 * size, pairs))


def _uints(raw: memoryview, at: int, count: int) -> memoryview:
    """`count` u32 from offset `at`, as array("I") reads them (the machine's order): a view of
    `raw` (a cast view reads each item by copying its bytes, so the offset need not be aligned)."""
    return raw[at:at + 4 * count].cast("I")


@functools.cache
def common_characters() -> str:
    """The characters too common for a random draw (char_common.txt, 2 KB): a page without
    runs of other characters needs no model."""
    with open(_COMMON, encoding="utf-8") as file:
        return file.read().strip()


@functools.cache
def model() -> CharBigrams:
    with open(_FILE, "rb") as file:
        return decode(_contents(file))


def _contents(file) -> memoryview | bytes:
    """The file mapped (a package file is never written in place), else read (Windows, a file
    system that maps nothing)."""
    if os.name == "posix":
        import mmap

        try:
            return memoryview(mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ))
        except (OSError, ValueError):
            pass
    return file.read()
