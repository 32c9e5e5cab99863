"""Build the character-bigram model of filler.py (passes/boilerplate/char_bigrams.bin).

Usage: python tests/eval/train_bigrams.py [--write] [--corpus DIR]   (DIR: ../shared/corpus)

The model says how often one Chinese character follows another in ordinary text, so that a
run of characters a site inserted at random ("里蕉屿笃穹查到": the characters make no word
with each other nor with their neighbours) can be told from words by its form. It is counted on
body text the project has, never on a page held out for measuring:
  - the corpus's hand-made gold texts (web-gold/cleaned, web-magic/gold) and the laws;
  - the paragraphs (<p>) of the corpus's HTML pages (web-nogold, web-magic, web-gold, traf-zh:
    news, blog and forum prose; a site's words there are words too);
  - the Chinese markdown documents of authored/markdown;
  - the own-words tuning pages (tests/eval/sites/own, group own-tune only), their chrome lines
    and inline chrome left out.
Text is folded to simplified characters first (the filter folds the same way). Only pairs of
two Chinese characters side by side count.

The file (little-endian, uncompressed so that loading it is reading it: 1 ms; no timestamp:
building twice gives the same bytes):
  b"CB2" | V: u32 | N: u32 | vocabulary: V characters as UTF-32LE, sorted by code point
  | unigram counts: V x u32 | the pairs seen: N x u32 keys (i * V + j, sorted).
The model only asks whether a pair was ever seen, so no pair count is kept.
Beside it, char_common.txt: the characters common enough (surprisal below filler.RARE_MIN) that
no random draw filler.py looks for holds them, sorted, on one line: the filter reads this small
file first and the model only when a page has runs of other characters.
Without --write the script prints the sizes and the digests of what it would write.
"""

from __future__ import annotations

import hashlib
import math
import re
import sys
from array import array
from collections import Counter
from itertools import pairwise
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from sites_devset import _LINE_TAG, HELD_FILES, OWN, OWN_SPLITS, _strip_inline, parse_pages, site_of, split_of

from reportfmt.passes.boilerplate.filler import RARE_MIN
from reportfmt.passes.patterns import CJK
from reportfmt.passes.script import to_simplified

ROOT = Path(__file__).resolve().parents[2]
TARGET = ROOT / "src" / "reportfmt" / "passes" / "boilerplate" / "char_bigrams.bin"
COMMON = TARGET.with_name("char_common.txt")
_RUN = re.compile(f"[{CJK}]+")
_PARA = re.compile(r"<p[^>]*>(.*?)</p>", re.S | re.I)
_TAG = re.compile(r"<[^>]+>")


def own_tune_texts() -> list[str]:
    """The own-words tuning pages' body, a text a page (own-check, own-held and own/new are never
    read)."""
    texts = []
    for path in sorted(OWN.glob("*.txt")):
        if path.name.startswith(HELD_FILES):
            continue
        for header, lines in parse_pages(path.read_text(encoding="utf-8")):
            host = header.partition(" ")[0]
            if OWN_SPLITS[split_of(site_of(f"http://{host}/"))] != "own-tune":
                continue
            body = []
            for annotated in lines:
                tags = [m.group(1) for m in _LINE_TAG.finditer(annotated)]
                if any(tag.startswith("c:") for tag in tags):
                    continue
                plain, inline = _strip_inline(_LINE_TAG.sub("", annotated))
                for _, chrome, _, _ in inline:
                    plain = plain.replace(chrome, "\n", 1)  # the words either side are no pair
                body.append(plain)
            texts.append("\n".join(body))
    return texts


def corpus_texts(corpus: Path) -> list[str]:
    texts = []
    for pattern in ("web-gold/cleaned/*.txt", "web-magic/gold/*.txt", "laws/*.txt", "authored/markdown/*.md"):
        texts += [p.read_text(encoding="utf-8", errors="replace") for p in sorted(corpus.glob(pattern))]
    for pattern in ("web-nogold/*.html", "web-magic/html/*.html", "web-gold/original/*.html", "traf-zh/*.html"):
        for path in sorted(corpus.glob(pattern)):
            texts.append("\n".join(_TAG.sub("", p) for p in _PARA.findall(_decoded(path.read_bytes()))))
    return texts


def _decoded(page: bytes) -> str:
    try:
        return page.decode("utf-8")
    except UnicodeDecodeError:
        return page.decode("gb18030", errors="replace")


def count(texts: list[str]) -> tuple[Counter, Counter]:
    unigrams: Counter = Counter()
    bigrams: Counter = Counter()
    for text in texts:
        for run in _RUN.findall(to_simplified(text)):
            unigrams.update(run)
            bigrams.update(pairwise(run))
    return unigrams, bigrams


def encode(unigrams: Counter, bigrams: Counter) -> bytes:
    if sys.byteorder != "little":
        raise SystemExit("train_bigrams: build on a little-endian machine")
    vocabulary = sorted(unigrams)
    index = {c: i for i, c in enumerate(vocabulary)}
    size = len(vocabulary)
    keys = sorted(index[a] * size + index[b] for a, b in bigrams)
    return (b"CB2" + array("I", [size, len(keys)]).tobytes() + "".join(vocabulary).encode("utf-32-le")
            + array("I", [unigrams[c] for c in vocabulary]).tobytes() + array("I", keys).tobytes())


def build(texts: list[str]) -> bytes:
    return encode(*count(texts))


def common_characters(unigrams: Counter) -> str:
    total = sum(unigrams.values())
    return "".join(sorted(c for c, n in unigrams.items() if -math.log((n + 0.5) / total) < RARE_MIN))


def main(argv: list[str]) -> int:
    corpus = Path(argv[argv.index("--corpus") + 1]) if "--corpus" in argv else ROOT.parent / "shared" / "corpus"
    if not corpus.is_dir():
        corpus = Path("/work/shared/corpus")
    unigrams, bigrams = count(corpus_texts(corpus) + own_tune_texts())
    data = encode(unigrams, bigrams)
    common = (common_characters(unigrams) + "\n").encode("utf-8")
    print(f"{sum(unigrams.values())} characters, {len(unigrams)} distinct, {len(bigrams)} pairs; "
          f"{len(data)} bytes, sha1 {hashlib.sha1(data).hexdigest()[:12]}; "
          f"{len(common)} bytes of common characters, sha1 {hashlib.sha1(common).hexdigest()[:12]}")
    if "--write" in argv:
        TARGET.write_bytes(data)
        COMMON.write_bytes(common)
        print(f"written {TARGET} and {COMMON.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
