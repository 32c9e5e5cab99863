"""Shared fixtures: the seed page, the shared corpus (skipped when absent), helpers."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

from seed import ROOT, SEED

# Every property test draws the same examples on every run (CI included), so that a red run
# means a change broke something, never that this run drew a rare input nobody has seen (the
# profile used to be loaded by tests/test_fuzz.py only, after tests/passes/ had been collected
# with random draws). `make fuzz` (HYPOTHESIS_PROFILE=long) or HYPOTHESIS_PROFILE=explore draws
# new examples.
settings.register_profile("fixed", derandomize=True)
settings.register_profile("explore", derandomize=False)
_EXPLORING = os.environ.get("HYPOTHESIS_PROFILE") in ("explore", "long")
settings.load_profile("explore" if _EXPLORING else "fixed")

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


@pytest.fixture(scope="session", autouse=True)
def private_cache(tmp_path_factory):
    """The run's own cache folder (compiled patterns, parsed rules), shared by every process
    the tests start, so a test run never reads or fills the user's ~/.cache/reportfmt."""
    import os

    previous = os.environ.get("REPORTFMT_CACHE_DIR")
    os.environ["REPORTFMT_CACHE_DIR"] = str(tmp_path_factory.mktemp("reportfmt-cache"))
    yield
    if previous is None:
        del os.environ["REPORTFMT_CACHE_DIR"]
    else:
        os.environ["REPORTFMT_CACHE_DIR"] = previous
