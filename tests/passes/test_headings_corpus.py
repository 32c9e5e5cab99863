"""Score floor on ../shared/corpus/laws: a rule change may not make the headings worse."""

from __future__ import annotations

import importlib.util
from pathlib import Path

EVAL = Path(__file__).resolve().parents[1] / "eval" / "eval_headings.py"


def load_eval():
    spec = importlib.util.spec_from_file_location("eval_headings", EVAL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_laws_heading_scores_stay_above_the_floor(corpus):
    evaluation = load_eval()
    result = evaluation.evaluate(corpus)
    overall = evaluation.ratios(result["totals"]["overall"])
    assert overall["f1"] >= 0.97
    assert overall["level_acc"] >= 0.95
    yi = result["yi_plain"]
    assert yi["lines"] > 0 and yi["headings"] / yi["lines"] <= 0.02
    assert result["zhang_enum"] == 0
