"""The own-pages mode of the chrome scorer's training (tests/eval/loso_own.py, loso_chrome --own)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from loso_chrome import fit
from sites_devset import OWN_NEW, own_pages

# Two made-up kinds of line: a field of an info box is chrome, a short sentence is body.
ROWS = [["label-value", "zone=head"]] * 6 + [["ends-sentence", "zone=head"]] * 6
CHROME = [True] * 6 + [False] * 6


def test_a_warm_started_fit_keeps_the_prior_weight_of_a_feature_its_lines_never_show():
    # The shipped model knows "url" lines are chrome; the new pages show no url line: a fit pulled
    # toward the shipped weights keeps that knowledge, a fit from zero has no such weight.
    prior = {"": 0.0, "url": 1.7, "label-value": 0.5}
    warm = fit(ROWS, CHROME, prior=prior)
    cold = fit(ROWS, CHROME)
    assert abs(warm["url"] - 1.7) < 1e-6
    assert "url" not in cold
    assert warm["label-value"] > 0 > warm["ends-sentence"]


def test_the_own_mode_trains_on_own_tune_and_own_check_and_never_on_own_new():
    from loso_own import OWN_TRAIN

    groups = {labels["split"] for _, labels in own_pages()}
    assert set(OWN_TRAIN) == {"own-tune", "own-check"} and OWN_NEW not in OWN_TRAIN
    assert set(OWN_TRAIN) <= groups
