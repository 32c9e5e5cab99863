"""Duplicate documents within a batch: the same text after cleaning, or a large shared share.

范文 archives hold the same sample on several sites and the same 篇 copied into many pages.
Documents are compared by their cleaned text (the manifest's kept_text), folded so that
spacing, punctuation and character widths do not count:

- exact: the folded texts are equal (a hash);
- near: the Jaccard similarity of their character 5-gram sets is at least `threshold`,
  estimated by MinHash and found through locality-sensitive hashing (datasketch), so a
  batch of any size is compared in near-linear time, never pair by pair.

Documents are taken in input order. The first of a group is its canonical copy (the group is
named after it); a later exact copy points at the first document with the same text, a near
copy at the most similar canonical copy before it. So a re-run of the same inputs gives the
same groups whatever order the workers finish in.
"""

from __future__ import annotations

import functools
import hashlib
import re
import sys
import zlib
from array import array
from dataclasses import dataclass
from typing import Any

from ..passes.width import FULLWIDTH_ASCII

# Character n-grams: Chinese has no spaces between words, and 5 characters are rarely shared
# by chance between two different reports while one changed sentence touches only a few.
SHINGLE_CHARS = 5
NUM_PERM = 128
DEFAULT_THRESHOLD = 0.7
# Texts shorter than this (folded) are compared only exactly: a few characters' shingles say
# nothing about the document.
MIN_NEAR_CHARS = 50
LSH_MARGIN = 0.2
# Near-duplicate signatures read this many folded characters at most (a document is known
# by far less; a 3 MB page must not cost the batch's parent process seconds). Exact copies
# are still compared on the whole text.
NEAR_MAX_CHARS = 200_000
# Shingles hashed per MinHash update: datasketch builds a (permutations x shingles) array.
UPDATE_CHUNK = 20_000
# Shingles per step of affine32_minima: a (permutations x shingles) uint32 block of 2 MiB.
AFFINE_CHUNK = 4096
_NOT_TEXT = re.compile(r"[\W_]+")
# Full-width ASCII forms and the ideographic space to their ASCII forms (faster than NFKC).
_WIDTH = FULLWIDTH_ASCII
# The characters of _WIDTH that _NOT_TEXT keeps (the full-width digits and letters): the only
# ones a text still holds once the rest is removed. Each of _WIDTH's characters is removed by
# _NOT_TEXT exactly when its ASCII form is (tests/batch/test_duplicates.py checks it), so
# removing first and width-folding after gives what folding first gives.
_WIDE_TEXT = re.compile("[" + "".join(re.escape(chr(code)) for code in _WIDTH
                                      if not _NOT_TEXT.fullmatch(chr(code))) + "]")


def fold(text: str) -> str:
    """Letters and digits only, width-folded, lower case: what "the same text" means here.

    The same as _NOT_TEXT.sub("", text.translate(_WIDTH)).lower(), with the translate run only
    when a full-width letter or digit is left after the removal: a Chinese text's full-width
    punctuation ("，" "：" "（") made translate read every character of nearly every page, 70 %
    of fold's time (which the worker pays for the fingerprint and the review's placement)."""
    text = _NOT_TEXT.sub("", text)
    if _WIDE_TEXT.search(text) is not None:
        text = text.translate(_WIDTH)
    return text.lower()


def shingles(folded: str) -> set[bytes]:
    if len(folded) <= SHINGLE_CHARS:
        return {folded.encode("utf-8")}
    return {folded[i : i + SHINGLE_CHARS].encode("utf-8") for i in range(len(folded) - SHINGLE_CHARS + 1)}


def shingle_hashes(folded: str) -> list[int]:
    """shingle_hash_bytes(folded) as a list of ints (the values the MinHash is fed)."""
    data = shingle_hash_bytes(folded)
    return [int.from_bytes(data[i : i + 4], "little") for i in range(0, len(data), 4)]


def shingle_hash_bytes(folded: str) -> bytes:
    """A 32-bit hash of each distinct shingle of `folded` (its CRC-32 over the shingle's
    UTF-32-LE bytes), as little-endian uint32 bytes. CRC-32 is the same in every process and
    run (unlike hash()), and the MinHash premixes each value (fmix32) before its
    permutations. It replaced the first four bytes of a SHA-1 per shingle, datasketch's
    default: ~6x fewer instructions a shingle (~3 % of a batch worker's page); the
    duplicate decisions on eval_duplicates' archives are the same (docs/speed.md, round 24).
    UTF-32 gives every character four bytes, so a shingle is a fixed-width slice of one
    encoding of the text; distinct values, not distinct shingles, are kept (two shingles
    with one CRC give the MinHash the same minimum either way), and a set of ints iterates
    in the same order in every process."""
    data = folded.encode("utf-32-le")
    width = 4 * SHINGLE_CHARS
    if len(data) <= width:
        windows = [data]
    else:
        windows = [data[i : i + width] for i in range(0, len(data) - width + 4, 4)]
    values = array("I", set(map(zlib.crc32, windows)))
    if sys.byteorder != "little":
        values.byteswap()
    return values.tobytes()


@dataclass(frozen=True)
class Fingerprint:
    """What the index reads of a document's kept text, made where the text is made (a batch
    worker, text_fingerprint) so that the batch's one parent process, which takes the
    documents in turn, does not hash every shingle itself: that was 5-8 ms of its CPU a page,
    paid one page after another, while the workers share it out."""

    digest: str  # SHA-1 (hex) of the folded text; "" when nothing is left after folding
    # shingle_hash_bytes of the first NEAR_MAX_CHARS folded characters, as little-endian uint32
    # bytes; None when the folded text is shorter than MIN_NEAR_CHARS (compared exactly only).
    near: bytes | None


def text_fingerprint(text: str) -> Fingerprint:
    folded = fold(text)
    if not folded:
        return Fingerprint("", None)
    digest = hashlib.sha1(folded.encode("utf-8")).hexdigest()
    if len(folded) < MIN_NEAR_CHARS:
        return Fingerprint(digest, None)
    return Fingerprint(digest, shingle_hash_bytes(folded[:NEAR_MAX_CHARS]))


@dataclass(frozen=True)
class Match:
    source: str  # the earlier document this one copies
    similarity: float  # 1.0 for an exact copy, else the estimated Jaccard similarity
    exact: bool
    group: str  # the group's canonical copy (source itself, or what source copies)

    def as_record(self) -> dict[str, Any]:
        return {"source": self.source, "similarity": self.similarity, "exact": self.exact,
                "group": self.group}


class DuplicateIndex:
    """Feed documents in input order; each is matched against the canonical copies so far."""

    def __init__(self, threshold: float = DEFAULT_THRESHOLD, num_perm: int = NUM_PERM) -> None:
        self.threshold = threshold
        self.num_perm = num_perm
        self.exact: dict[str, tuple[str, str]] = {}  # folded-text hash -> (first source, group)
        self.signatures: dict[str, Any] = {}  # canonical source -> MinHash
        self.order: dict[str, int] = {}

    @functools.cached_property
    def lsh(self):
        """Made when the first document needs it, not with the index: importing datasketch
        (numpy, scipy.integrate) and choosing its bands cost the batch's parent ~2.1 G
        instructions (~0.8 s of CPU), which run_batch paid before any worker had a page.

        LSH only proposes candidates; each is then checked against `threshold`. Banding for a
        lower threshold, weighted against misses, so that a copy at 0.8 is not lost to a band
        that happened to differ (more candidates cost a cheap comparison each)."""
        from datasketch import MinHashLSH  # loads numpy/scipy: only when a batch runs

        return MinHashLSH(threshold=max(0.1, self.threshold - LSH_MARGIN), num_perm=self.num_perm,
                          weights=(0.2, 0.8))

    def add(self, source: str, text: str, fingerprint: Fingerprint | None = None) -> Match | None:
        """The canonical copy `source` duplicates, or None (it becomes canonical itself).
        `fingerprint`: text_fingerprint(text), when a worker made it already."""
        fingerprint = fingerprint or text_fingerprint(text)
        digest = fingerprint.digest
        if not digest:
            return None
        if digest in self.exact:
            first, group = self.exact[digest]
            return Match(first, 1.0, True, group)
        if fingerprint.near is None:
            self.exact[digest] = (source, source)
            return None
        signature = self._minhash(fingerprint.near)
        best: tuple[float, int, str] | None = None
        for candidate in self.lsh.query(signature):
            similarity = signature.jaccard(self.signatures[candidate])
            if similarity >= self.threshold:
                key = (similarity, -self.order[candidate], candidate)
                best = max(best, key) if best else key
        if best is not None:
            self.exact[digest] = (source, best[2])
            return Match(best[2], round(best[0], 3), False, best[2])
        self.exact[digest] = (source, source)
        self.order[source] = len(self.order)
        self.signatures[source] = signature
        self.lsh.insert(source, signature)
        return None

    def _minhash(self, near: bytes):
        """The MinHash of the text's shingles (a Fingerprint's `near`: their hashes, made by
        shingle_hash_bytes): handed the hashes, datasketch's own step per value is `int`, a C
        call."""
        import numpy as np
        from datasketch import MinHash

        signature = MinHash(num_perm=self.num_perm, seed=1, hashfunc=int)
        hashes = np.frombuffer(near, dtype="<u4")
        if _affine32_as_datasketch():
            signature.hashvalues = affine32_minima(signature, hashes)
            return signature
        values = hashes.tolist()
        for start in range(0, len(values), UPDATE_CHUNK):
            signature.update_batch(values[start : start + UPDATE_CHUNK])
        return signature

    def mark(self, record: dict[str, Any], fingerprint: Fingerprint | None = None) -> dict[str, Any]:
        """Set the record's `duplicate_of` (None for a canonical copy) from its kept text
        (or from `fingerprint`, text_fingerprint of that text made by the worker)."""
        if record.get("status") == "ok":
            match = self.add(record["source"], record.get("kept_text") or "", fingerprint)
            record["duplicate_of"] = match.as_record() if match else None
        return record


def fmix32(values):
    """MurmurHash3's 32-bit finalizer on a uint32 array (multiplications wrap mod 2**32)."""
    import numpy as np

    values = values ^ (values >> np.uint32(16))
    values = values * np.uint32(0x85EBCA6B)
    values = values ^ (values >> np.uint32(13))
    values = values * np.uint32(0xC2B2AE35)
    return values ^ (values >> np.uint32(16))


def affine32_minima(signature, hashes):
    """What `signature.update_batch(hashes)` makes its hash values under datasketch's
    "affine32" scheme (the default since 2.0: each hash premixed by fmix32, then a*h + b mod
    2**32 per permutation, the minimum kept), computed permutations-major in blocks: its own
    (shingles x permutations) arrays made the MinHash of an 8,000-character page 7 ms of the
    batch parent's CPU, this 1 ms."""
    import numpy as np

    a, b = signature.permutations
    mixed = fmix32(np.asarray(hashes, dtype=np.uint32))
    best = signature.hashvalues.copy()
    for start in range(0, len(mixed), AFFINE_CHUNK):
        block = np.multiply.outer(a, mixed[start : start + AFFINE_CHUNK])
        block += b[:, None]
        np.minimum(best, block.min(axis=1), out=best)
    return best


@functools.cache
def _affine32_as_datasketch() -> bool:
    """affine32_minima gives what this datasketch computes (checked once per process on a
    sample); otherwise datasketch's own update_batch runs (another scheme, a changed one)."""
    from datasketch import MinHash

    sample = shingle_hashes("一二三四五六七八九十甲乙丙丁戊己庚辛壬癸abcdef0123456789")
    ours, theirs = (MinHash(num_perm=NUM_PERM, seed=1, hashfunc=int) for _ in range(2))
    if getattr(ours, "scheme", None) != "affine32":
        return False
    theirs.update_batch(sample)
    minima = affine32_minima(ours, sample)
    return minima.dtype == theirs.hashvalues.dtype and bool((minima == theirs.hashvalues).all())
