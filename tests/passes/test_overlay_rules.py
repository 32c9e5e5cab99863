"""Rules a reviewer writes on the review page: `block:` names one whole block, `keep` protects it."""

from __future__ import annotations

import pytest
import yaml

from helpers import clean, texts
from reportfmt.errors import ReportfmtError
from reportfmt.passes.boilerplate.ruleset import block_pattern, load_rules

BODY = [f"第{n}段：我们认真落实各项工作，取得了明显成效。" for n in range(1, 7)]
# Three sentences with ASCII commas: typography makes them full-width in the output.
PROSE = "今年我们新建了两个服务站,受到群众欢迎。明年还要再建三个。资金已经落实,请大家放心。"


def overlay(tmp_path, *rules) -> str:
    path = tmp_path / "review-rules.yaml"
    path.write_text(yaml.safe_dump({"concept": "review", "rules": list(rules)}, allow_unicode=True),
                    encoding="utf-8")
    return str(path)


def test_a_block_pattern_ignores_spaces_widths_and_quote_styles():
    pattern = block_pattern("资金已经落实，请大家“放心”。")
    assert pattern.match('资金 已经落实,请大家"放心".')
    assert pattern.match("  资金已经落实，请大家“放心”。 ")
    assert not pattern.match("资金已经落实，请大家放心。另有一句。")  # the whole block, no more
    assert not pattern.match("前面资金已经落实，请大家“放心”。")


def test_a_block_rule_removes_exactly_that_paragraph_even_though_it_is_prose(tmp_path):
    # The reviewer saw the typeset text (full-width commas); the page has ASCII ones.
    shown = PROSE.replace(",", "，")
    rules = overlay(tmp_path, {"name": "remove-1", "action": "drop", "block": shown})
    doc, report = clean("\n".join(["2023年工作总结", *BODY[:3], PROSE, *BODY[3:]]),
                        **{"boilerplate.rules": [rules]})
    assert texts(doc) == BODY
    assert {"text": PROSE, "rule": "review.remove-1"} in report.removed
    # Without the overlay the same paragraph is kept (three sentences are prose).
    doc, _ = clean("\n".join(["2023年工作总结", *BODY[:3], PROSE, *BODY[3:]]))
    assert PROSE.replace(",", "，") in texts(doc)


def test_keep_protects_a_footer_line_a_date_line_and_a_line_in_a_dropped_tail(tmp_path):
    page = ["2023年工作总结", "发布时间:2023-03-03", *BODY, "推荐访问:", "相关文档一",
            "版权所有:某某范文网"]
    _, before = clean("\n".join(page))
    assert [r["rule"] for r in before.removed] == [
        "metadata.title", "metadata.date", "recommendations.recommended-reading",
        "recommendations.recommended-reading", "footer.copyright"]  # the footer under the list: its own family
    rules = overlay(tmp_path, {"name": "keep-date", "action": "keep", "block": "发布时间：2023-03-03"},
                    {"name": "keep-related", "action": "keep", "block": "相关文档一"})
    doc, report = clean("\n".join(page), **{"boilerplate.rules": [rules]})
    assert texts(doc) == ["发布时间:2023-03-03", *BODY, "相关文档一"]  # a colon before digits stays
    assert report.date == "2023-03-03"  # the value is still taken; the line stays
    assert [r["text"] for r in report.removed] == ["2023年工作总结", "推荐访问:", "版权所有:某某范文网"]


def test_keep_rules_are_tried_before_the_shipped_drop_rules(tmp_path):
    rules = load_rules((overlay(tmp_path, {"name": "keep-x", "action": "keep", "block": "推荐访问:"}),))
    assert rules[0].name == "keep-x"
    assert all(rule.action != "keep" for rule in rules[1:])


def test_a_rule_without_match_or_block_is_a_named_error(tmp_path):
    path = overlay(tmp_path, {"name": "broken", "action": "drop"})
    with pytest.raises(ReportfmtError, match=r"review-rules\.yaml"):
        load_rules((path,))


def test_a_rule_whose_pattern_re_refuses_is_an_error_naming_its_file_every_time(tmp_path):
    """Rules compile their patterns on first use; a pattern that cannot compile is still
    refused when the file is loaded, not half-way through a page, and never cached as good."""
    rules = overlay(tmp_path, {"name": "unclosed", "match": "^(?:广告|推广"})
    for _ in range(2):
        load_rules.cache_clear()
        with pytest.raises(ReportfmtError) as raised:
            load_rules((rules,))
        assert "unclosed" in str(raised.value) and "review-rules.yaml" in str(raised.value)
    assert not [r for r in load_rules() if r.name == "unclosed"]
