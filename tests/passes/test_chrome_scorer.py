"""The chrome-line scorer (passes/boilerplate/scored.py): where it may act and what never.

No model is shipped (see scored.py), so these tests give it a model by hand: one that calls
every line it is shown chrome. What stays is then kept by the scorer's own limits (where chrome
lives, prose, numbered lines, a reviewer's keep mark), not by the model's judgement.
"""

from __future__ import annotations

import pytest
import yaml

from helpers import clean, texts
from reportfmt.passes.boilerplate import scored

TITLE = "关于做好防汛工作的通知"
# Two paragraphs of prose: where the body of the page starts and ends.
PROSE = ["为进一步做好今年全区的防汛抗旱工作,切实保障人民群众生命财产安全,经区政府同意,现就有关事项通知如下,"
         "请各单位结合实际认真抓好落实。",
         "各单位要把防汛工作摆在当前工作的突出位置,主要负责同志要亲自部署、亲自检查,确保各项措施落实到位,"
         "不留任何死角和盲区。"]
# The labels of a government page's information box, one bulleted label per line, that no
# rule names (meta-lines' government-index names the disclosure box's own: 公开方式, 发布机构…).
INFO_BOX = ["• 服务类别:", "• 信息类别:", "• 适用对象:"]
# A line below the body that no rule names (meta-lines' page-button takes "扫码关注").
FOLLOW_PROMPT = "长按识别二维码"
# Every line the scorer is shown scores 0.95 (a logistic of 3); a bullet names meta lines.
EVERYTHING_IS_CHROME = {
    "threshold": 0.9,
    "weights": {"": -1.0, "zone=head": 4.0, "zone=tail": 4.0, "zone=between": 4.0},
    "families": {"meta-lines": {"": -1.0, "?": -9.0, "sep=•": 0.0},
                 "lead-in": {"": -0.5, "?": -9.0}},
}


@pytest.fixture
def eager_model():
    scored.use_model(EVERYTHING_IS_CHROME)
    yield
    scored.use_model(None)


def typeset(lines: list[str]) -> list[str]:
    return [line.replace(",", "，") for line in lines]


def test_short_lines_above_and_below_the_body_go_recorded_with_their_family(eager_model):
    doc, report = clean("\n".join([TITLE, *INFO_BOX, *PROSE, FOLLOW_PROMPT]))
    assert texts(doc) == typeset(PROSE)
    assert report.removed == [{"text": TITLE, "rule": "metadata.title"},
                              *({"text": line, "rule": "meta-lines.scored"} for line in INFO_BOX),
                              {"text": FOLLOW_PROMPT, "rule": "lead-in.scored"}]


def test_a_numbered_line_and_a_sentence_of_prose_are_never_scored(eager_model):
    heading = "一、信息类别"
    sentence = "服务类别、信息类别和公开方式这三项，都要写明。今年起由办公室统一审核。"
    doc, report = clean("\n".join([TITLE, heading, sentence, *PROSE]))
    assert texts(doc) == [heading, sentence, *typeset(PROSE)]
    assert [r["rule"] for r in report.removed] == ["metadata.title"]


def test_a_line_inside_the_body_is_judged_only_between_removed_chrome(eager_model):
    # Between two paragraphs of prose, with no removed chrome around it: the body's own line.
    doc, report = clean("\n".join([TITLE, PROSE[0], INFO_BOX[1], PROSE[1]]))
    assert texts(doc) == [typeset(PROSE)[0], INFO_BOX[1], typeset(PROSE)[1]]
    assert not any(r["rule"].endswith(".scored") for r in report.removed)


def test_a_reviewers_keep_mark_overrides_the_scorer(eager_model, tmp_path):
    path = tmp_path / "review-rules.yaml"
    path.write_text(yaml.safe_dump({"concept": "review", "rules": [
        {"name": "keep-1", "action": "keep", "block": INFO_BOX[1]}]}, allow_unicode=True), encoding="utf-8")
    doc, report = clean("\n".join([TITLE, *INFO_BOX, *PROSE]), **{"boilerplate.rules": [str(path)]})
    assert texts(doc) == [INFO_BOX[1], *typeset(PROSE)]
    assert [r["text"] for r in report.removed] == [TITLE, INFO_BOX[0], INFO_BOX[2]]


def test_a_model_that_calls_nothing_chrome_leaves_the_rules_alone_to_decide():
    scored.use_model({"threshold": 2.0, "weights": {}, "families": {}})
    try:
        doc, report = clean("\n".join([TITLE, *INFO_BOX, *PROSE]))
    finally:
        scored.use_model(None)
    assert texts(doc) == [*INFO_BOX, *typeset(PROSE)]
    assert [r["rule"] for r in report.removed] == ["metadata.title"]


def test_sample_markers_table_rows_and_circled_items_are_never_scored(eager_model):
    # The document's own structure above its body, however short and unpunctuated.
    structure = ["【范例一】", "防汛工作通知范文第1篇", "| 项目 | 责任人 |", "① 防汛物资清单"]
    doc, report = clean("\n".join([TITLE, *structure, *PROSE]))
    assert texts(doc)[:len(structure)] == structure
    assert not any(r["rule"].endswith(".scored") for r in report.removed)



def test_a_line_holding_a_mask_is_never_scored(eager_model):
    # A plan's fill-in fields above its body: short label:value lines, shaped like an info box,
    # but their blanks are the document's (masks must reach every output).
    fields = ["组长:__", "副组长:__", "活动日期:20xx年x月x日"]
    doc, report = clean("\n".join([TITLE, *fields, *PROSE]))
    assert [t.replace("：", ":") for t in texts(doc)[:len(fields)]] == fields
    assert not any(r["rule"].endswith(".scored") for r in report.removed)
    assert len(report.masks) >= 4

# The shipped model (chrome_model.json, trained by tests/eval/loso_chrome.py on the dev splits).
# A 文库 page's interface printed in English above the document, no rule's wording.
LATIN_INTERFACE = ["Restricted", "N/A", "Academic year: 2020"]
SIGNATURE = ["某某区应急管理局", "2023年4月1日"]


def test_the_shipped_model_takes_an_interface_box_above_the_body_and_keeps_the_signature():
    assert scored.model() is not None and 0.5 < scored.model()["threshold"] < 1.0
    doc, report = clean("\n".join([TITLE, *LATIN_INTERFACE, *PROSE, *SIGNATURE]))
    assert texts(doc) == [*typeset(PROSE), *SIGNATURE]
    scored_removals = [r for r in report.removed if r["rule"].endswith(".scored")]
    assert [r["text"] for r in scored_removals] == LATIN_INTERFACE
    assert {r["rule"].split(".")[0] for r in scored_removals} <= {"document-site", "meta-lines"}


def test_the_shipped_model_keeps_a_speakers_line_and_a_students_facts_it_cannot_tell_from_the_body():
    # Lines a site's labels call chrome and another's call the author's: shape alone cannot
    # part them, and a lost body line is worse than a missed chrome line.
    byline = "某某区应急管理局 张三"
    doc, report = clean("\n".join([TITLE, byline, *PROSE]))
    assert texts(doc) == [byline.replace(" ", ""), *typeset(PROSE)]
    assert not any(r["rule"].endswith(".scored") for r in report.removed)


def test_features_describe_the_shape_of_a_line():
    feats = scored.features("发布时间：2024-05-06 09:30 | 浏览：12", "head", 2)
    assert {"zone=head", "dist=2", "date", "time", "sep=|", "fields=2"} <= set(feats)
    assert "ends-sentence" in scored.features("请各单位认真落实。", "tail", 1)


def test_features_say_how_a_line_stands_to_the_pages_title():
    title = "房屋租赁合同范本"
    # The title again with a number after it: a list of the site's other copies.
    assert {"title=numbered", "title~3"} <= set(scored.features("房屋租赁合同范本2", "tail", 3, (), title))
    # A part of the title (a breadcrumb's last step).
    assert {"title=in", "title~3"} <= set(scored.features("租赁合同", "head", 1, (), title))
    # An author's line shares none of the title's character pairs.
    unrelated = set(scored.features("甲方:某某物业公司", "head", 1, (), title))
    assert "title~0" in unrelated and not any(f.startswith("title=") for f in unrelated)
    # No title taken: one feature says so.
    assert "title=none" in scored.features("租赁合同", "head", 1)


def test_a_models_threshold_for_a_zone_overrides_its_single_one():
    # Above the body the model may not act (a threshold no probability reaches); below it the
    # single threshold holds. loso_chrome.py --zone-thresholds chooses such thresholds.
    scored.use_model({**EVERYTHING_IS_CHROME, "thresholds": {"head": 2.0}})
    try:
        doc, report = clean("\n".join([TITLE, *INFO_BOX, *PROSE, FOLLOW_PROMPT]))
    finally:
        scored.use_model(None)
    assert texts(doc) == [*INFO_BOX, *typeset(PROSE)]
    assert [r["text"] for r in report.removed if r["rule"].endswith(".scored")] == [FOLLOW_PROMPT]
    assert scored.threshold_of({"threshold": 0.9}, "tail") == 0.9


def test_neighbour_features_describe_the_shape_of_the_line_above_or_below():
    assert {"nb:p:label-value", "nb:p:date"} <= set(scored.neighbour_features("p", "发布时间:2024-05-06"))
    assert "nb:nn:sentence" in scored.neighbour_features("nn", PROSE[0])
    assert "nb:n:sentence" not in scored.neighbour_features("n", INFO_BOX[0])
    assert scored.neighbour_features("n", None) == []  # removed, or the page's edge


def test_a_model_reads_the_neighbours_shape_only_when_it_says_so():
    # Chrome only by the line below it being a sentence: the info box's last label, above the prose.
    # Its family is named by its own shape (the bullet: meta-lines), never by its neighbours'.
    model = {"threshold": 0.9, "weights": {"": -1.0, "nb:n:sentence": 4.0},
             "families": {"meta-lines": {"": -1.0, "?": -9.0, "sep=•": 0.0},
                          "lead-in": {"": -0.5, "?": -9.0, "nb:n:sentence": 50.0}}}
    page = "\n".join([TITLE, *INFO_BOX, *PROSE, FOLLOW_PROMPT])
    for reads_neighbours, expected in ((False, []), (True, [{"text": INFO_BOX[2], "rule": "meta-lines.scored"}])):
        scored.use_model({**model, "neighbours": True} if reads_neighbours else model)
        try:
            doc, report = clean(page)
        finally:
            scored.use_model(None)
        assert [r for r in report.removed if r["rule"].endswith(".scored")] == expected
        assert (INFO_BOX[2] in texts(doc)) is not reads_neighbours
        assert texts(doc)[-3:] == [*typeset(PROSE), FOLLOW_PROMPT]


def test_page_form_counts_the_lines_printed_in_the_head_and_the_tail_and_what_the_rules_took():
    # Six lines above the first paragraph, four of them taken by the rules (origins 0-3), the two
    # left short; one line below the last paragraph, kept and short.
    import panflute as pf

    lines = ["首页", "新闻", "通知公告", "正文", *INFO_BOX[:2], *PROSE, FOLLOW_PROMPT]
    blocks = [(i, pf.Para(pf.Str(line))) for i, line in enumerate(lines) if i >= 4]
    form = scored.page_form(blocks, {0, 1, 2, 3}, scored.line_texts(blocks))
    assert form["head"] == ["pg:head:lines=2", "pg:head:gone=3", "pg:head:short=3"]  # 6 lines, 2/3 gone, all short
    assert form["tail"] == ["pg:tail:lines=0", "pg:tail:gone=0", "pg:tail:short=3"]  # 1 line, none gone
    assert scored.page_form(blocks[:2], set(), scored.line_texts(blocks[:2])) == {}  # no prose: no zone


def test_a_model_reads_the_pages_form_only_when_it_says_so():
    # Chrome only by the head it stands in (three short lines above the prose, none taken by a rule).
    model = {"threshold": 0.9, "weights": {"": -1.0, "pg:head:short=3": 4.0},
             "families": {"meta-lines": {"": -1.0, "?": -9.0}}}
    page = "\n".join([TITLE, *INFO_BOX, *PROSE])
    for reads_form, expected in ((False, []), (True, INFO_BOX)):
        scored.use_model({**model, "form": True} if reads_form else model)
        try:
            doc, report = clean(page)
        finally:
            scored.use_model(None)
        assert [r["text"] for r in report.removed if r["rule"].endswith(".scored")] == expected
        assert texts(doc) == ([] if reads_form else INFO_BOX) + typeset(PROSE)
