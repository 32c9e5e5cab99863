"""Pages holding several samples (范文 pages: "…7篇", "篇一" "篇二"): with `--split-samples` each
sample is also written as a document of its own, with a manifest row `sample: N`.

The headings pass marks each sample's heading with the class "sample"; the page's blocks before
the first sample (an intro) go with the first, so nothing of the page is lost.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import PurePosixPath

import panflute as pf

from ..passes.elements import block_text
from ..passes.headings.samples import SAMPLE_CLASS, sample_marker


def sample_starts(doc: pf.Doc) -> list[int]:
    return [i for i, b in enumerate(doc.content) if isinstance(b, pf.Header) and SAMPLE_CLASS in b.classes]


def split_samples(doc: pf.Doc, doc_json: str) -> list[tuple[int, pf.Doc]]:
    """(N, document of sample N) for a page with two or more samples; [] otherwise."""
    starts = sample_starts(doc)
    if len(starts) < 2:
        return []
    ends = [*starts[1:], len(doc.content)]
    samples = []
    for number, (start, end) in enumerate(zip(starts, ends, strict=True), 1):
        copy = pf.load(io.StringIO(doc_json))  # a fresh tree per sample: no shared elements
        copy.content = list(copy.content[0 if number == 1 else start:end])
        copy.metadata["title"] = pf.MetaInlines(pf.Str(sample_title(doc.content, start)))
        samples.append((number, copy))
    return samples


# A bare marker's sample is named by its first line, cut at its first sentence's end and to this
# many characters ("篇1：读完这本书，我久久不能平静"): a title, not the sample's first paragraph.
FIRST_LINE_MAX_CHARS = 30
_SENTENCE_END = re.compile(r"[。！？!?；;]")


def sample_title(blocks: list[pf.Element], start: int) -> str:
    """What sample `start` (its heading's index) is called: its heading, and when that is a bare
    marker ("篇1", "【范文3】", "第2篇："), the marker and the sample's first line. A bare marker
    alone names no sample: every page's samples would be "篇1" "篇2" in the manifest."""
    heading = block_text(blocks[start])
    marker = sample_marker(heading)
    if marker is None or not marker.bare:
        return heading
    first = next((text for block in blocks[start + 1:] if (text := block_text(block))), "")
    first = _SENTENCE_END.split(first, maxsplit=1)[0].strip()
    if not first:
        return heading
    if len(first) > FIRST_LINE_MAX_CHARS:
        first = first[:FIRST_LINE_MAX_CHARS] + "…"
    name = heading.rstrip(" :：")
    return f"{name}{'' if name.endswith(('】', ']', '』', '」')) else '：'}{first}"


def sample_source(source: str, number: int) -> str:
    """What the manifest calls sample N of an input (its own row, reusable on a re-run)."""
    return f"{source}#sample-{number}"


def sample_rel(rel: str, number: int) -> str:
    path = PurePosixPath(rel)
    return str(path.with_name(f"{path.stem}-sample-{number}{path.suffix}"))


def previous_sample_lines(previous, source: str, sha: str, key: str) -> Iterator[bytes]:
    """The last run's rows of the samples of an unchanged input, while their outputs exist."""
    number = 1
    while (line := previous.finished_line(sample_source(source, number), sha, key)) is not None:
        yield line
        number += 1
