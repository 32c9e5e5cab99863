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


def test_the_own_mode_trains_on_own_tune_alone_never_on_the_held_out_groups():
    # own-check, own-held (last round's files) and own-new are measured once on a chosen model:
    # a page of theirs never trains a model nor sets its threshold.
    from loso_own import OWN_TRAIN
    from sites_devset import HELD_FILES, OWN_HELD

    built = own_pages()
    assert OWN_TRAIN == ("own-tune",)
    assert {"own-check", OWN_HELD, OWN_NEW}.isdisjoint(OWN_TRAIN)
    assert not any(labels["file"].startswith(HELD_FILES) for _, labels in built if labels["split"] in OWN_TRAIN)
    assert set(OWN_TRAIN) <= {labels["split"] for _, labels in built}


def test_every_line_the_scorer_takes_is_judged_against_the_labels_body_lines_included():
    # A model that calls every line it is shown chrome takes the page's button line (labelled
    # chrome) and the signature under the text (a body line no body snippet names): the second
    # is counted as a body line lost.
    from loso_chrome import tagged
    from loso_own import removals
    from sites_devset import fold

    from reportfmt.passes.boilerplate import scored

    prose = ("为扎实做好今年汛期各项防范应对工作,确保全镇安全度汛,经镇党委研究决定,召开夏季防汛工作部署会,"
             "现将有关事项通知如下,请各村各单位认真做好准备。")
    button, signature = "长按识别二维码", "镇防汛办公室"
    labels = {"title": "关于召开夏季防汛工作部署会的通知",
              "chrome": [{"text": fold(button), "family": "meta-lines", "before": "", "after": ""}]}
    page = tagged(labels, "\n".join([labels["title"], prose, prose, signature, button]))
    scored.use_model({"threshold": 0.9, "weights": {"": -1.0, "zone=tail": 4.0},
                      "families": {"meta-lines": {"": -1.0, "?": -9.0}}})
    try:
        found = removals(page)
    finally:
        scored.use_model(None)
    assert sorted(found) == [("BODY", signature), ("chrome, family right", button)]
