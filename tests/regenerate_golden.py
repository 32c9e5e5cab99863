"""Regenerate tests/data/*.expected.md from tests/data/*.txt (and the seed) for review.

Run `make golden`, then read `git diff tests/data`: a golden file is an expectation a
person has checked, not a copy of whatever the code printed.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from test_golden import CASES, render_case  # noqa: E402

if __name__ == "__main__":
    for source, expected in CASES:
        expected.write_text(render_case(source), encoding="utf-8")
        print(f"wrote {expected.relative_to(HERE.parent)}")
