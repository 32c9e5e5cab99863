"""Golden tests: input page -> expected markdown (metadata, sections, masked spans)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportfmt.batch.job import process_bytes
from reportfmt.options import Options
from reportfmt.write.render import render

HERE = Path(__file__).resolve().parent
SEED = HERE.parent / "seeds" / "000_3b3a078ac755e827.txt"
CASES = [(SEED, HERE / "data" / "seed.expected.md")] + [
    (p, p.with_suffix(".expected.md")) for p in sorted((HERE / "data").glob("*.txt"))
]


def render_case(source: Path) -> str:
    processed = process_bytes(source.read_bytes(), source.name, Options())
    return render(processed.doc, "md", Options()).decode("utf-8")


@pytest.mark.parametrize(("source", "expected"), CASES, ids=[c[0].name for c in CASES])
def test_golden(source, expected):
    assert expected.exists(), f"missing {expected.name}: run `make golden` and review it"
    assert render_case(source) == expected.read_text(encoding="utf-8")
