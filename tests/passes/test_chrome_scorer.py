"""The learned chrome-line scorer (passes/boilerplate/scored.py): what it may take and what never."""

from __future__ import annotations

import json

import pytest
import yaml

from helpers import clean, texts
from reportfmt.passes.boilerplate import scored
from reportfmt.passes.boilerplate.ruleset import RULES_DIR

TITLE = "关于做好防汛工作的通知"
# Two paragraphs of prose: where the body of the page starts and ends.
PROSE = ["为进一步做好今年全区的防汛抗旱工作,切实保障人民群众生命财产安全,经区政府同意,现就有关事项通知如下,"
         "请各单位结合实际认真抓好落实。",
         "各单位要把防汛工作摆在当前工作的突出位置,主要负责同志要亲自部署、亲自检查,确保各项措施落实到位,"
         "不留任何死角和盲区。"]
# The labels of a government page's information box, one bulleted label per line: no rule names
# these words, the scorer knows the shape.
INFO_BOX = ["• 服务类别:", "• 信息类别:", "• 公开方式:"]


def typeset(lines: list[str]) -> list[str]:
    return [line.replace(",", "，") for line in lines]


def test_an_information_box_above_the_body_goes_as_scored_meta_lines():
    doc, report = clean("\n".join([TITLE, *INFO_BOX, *PROSE]))
    assert texts(doc) == typeset(PROSE)
    assert report.removed == [{"text": TITLE, "rule": "metadata.title"},
                              *({"text": line, "rule": "meta-lines.scored"} for line in INFO_BOX)]


def test_a_numbered_line_and_a_sentence_of_prose_are_never_scored():
    heading = "一、信息类别"
    sentence = ("服务类别、信息类别和公开方式这三项,是本单位每一份公开文件都要写明的内容,"
                "今年起由办公室统一审核后再对外发布。")
    doc, report = clean("\n".join([TITLE, heading, sentence, *PROSE]))
    assert texts(doc) == [heading, *typeset([sentence, *PROSE])]
    assert [r["rule"] for r in report.removed] == ["metadata.title"]


def test_a_line_inside_the_body_is_not_judged():
    # Between two paragraphs of prose, with no removed chrome around it: the body's own line.
    doc, report = clean("\n".join([TITLE, PROSE[0], INFO_BOX[1], PROSE[1]]))
    assert texts(doc) == [typeset(PROSE)[0], INFO_BOX[1], typeset(PROSE)[1]]
    assert not any(r["rule"].endswith(".scored") for r in report.removed)


def test_a_reviewers_keep_mark_overrides_the_scorer(tmp_path):
    path = tmp_path / "review-rules.yaml"
    path.write_text(yaml.safe_dump({"concept": "review", "rules": [
        {"name": "keep-1", "action": "keep", "block": INFO_BOX[1]}]}, allow_unicode=True), encoding="utf-8")
    doc, report = clean("\n".join([TITLE, *INFO_BOX, *PROSE]), **{"boilerplate.rules": [str(path)]})
    assert texts(doc) == [INFO_BOX[1], *typeset(PROSE)]
    assert [r["text"] for r in report.removed] == [TITLE, INFO_BOX[0], INFO_BOX[2]]


@pytest.fixture
def no_scorer():
    scored.use_model({"threshold": 2.0, "weights": {}, "families": {}})
    yield
    scored.use_model(None)


def test_with_a_threshold_no_line_reaches_the_rules_alone_decide(no_scorer):
    doc, report = clean("\n".join([TITLE, *INFO_BOX, *PROSE]))
    assert texts(doc) == [*INFO_BOX, *typeset(PROSE)]
    assert [r["rule"] for r in report.removed] == ["metadata.title"]


def test_the_shipped_model_is_data_naming_families_the_rules_know():
    model = json.loads(scored.MODEL_PATH.read_text(encoding="utf-8"))
    assert 0.5 < model["threshold"] < 1.0
    assert 0 < len(model["weights"]) < 10_000
    # Each family a removal is recorded under is one the review page already names: a rule
    # file's concept, or `title` (repeats of the page title, boilerplate/titles.py).
    concepts = {path.stem for path in RULES_DIR.glob("*.yaml")} | {"title"}
    assert "meta-lines" in model["families"]
    assert set(model["families"]) <= concepts
