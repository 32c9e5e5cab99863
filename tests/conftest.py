"""Shared fixtures: the seed page, the shared corpus (skipped when absent), helpers."""

from __future__ import annotations

from pathlib import Path

import pytest

from seed import ROOT, SEED

DATA = Path(__file__).resolve().parent / "data"
CORPUS = ROOT.parent / "shared" / "corpus"


@pytest.fixture
def seed_bytes() -> bytes:
    return SEED.read_bytes()


@pytest.fixture
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not present (plain checkout): corpus tests skipped")
    return CORPUS
