"""A rule's `needs`: a small pattern every line the rule matches also matches, tested before
the rule's own (large) pattern is built or searched. It must never hide a match."""

from __future__ import annotations

import pytest

from reportfmt.errors import ReportfmtError
from reportfmt.passes.boilerplate.line_form import rule_forms
from reportfmt.passes.boilerplate.ruleset import _needs_test, _row_of, _rule_from_row, load_rules

NEEDING = ("fact-row", "open-fact-row", "open-fact-row-tail", "field-line")


def _rules():
    return {rule.name: rule for rule in load_rules()}


def test_the_meta_row_rules_carry_their_needs():
    rules = _rules()
    assert rules["open-fact-row"].needs == r"\d"
    assert rules["open-fact-row-tail"].needs == r"\d"
    assert rules["fact-row"].needs and rules["field-line"].needs


def test_needs_holds_on_every_line_its_rule_matches_among_all_examples():
    # Every rule's example, in every rule form, is a line of chrome of some kind: a rule with
    # needs that matches one of them must find its needs there too.
    rules = _rules()
    lines = {form for rule in rules.values() if rule.example
             for form in (rule.example, *rule_forms(rule.example))}
    checked = 0
    for rule in rules.values():
        if not rule.needs:
            continue
        test = _needs_test(rule.needs, rule.flags)
        for line in lines:
            if rule.form_pattern.search(line):
                checked += 1
                assert test(line) is not None, (rule.name, line)
    assert checked >= len(NEEDING)


@pytest.mark.parametrize(("name", "line"), [
    ("fact-row", "来源：某某文库 作者：张三 浏览：12"),
    ("open-fact-row", "供稿单位:后勤科 发稿日期:2021-3-9 阅览:88"),
    ("field-line", "格式:DOC , 页数:12 ,大小:300KB ,"),
])
def test_a_line_with_what_the_rule_needs_is_still_matched(name, line):
    rule = _rules()[name]
    forms = rule_forms(line)
    assert [bool(rule.search(form)) for form in forms] == [bool(rule.form_pattern.search(form)) for form in forms]
    assert any(rule.search(form) for form in forms)


@pytest.mark.parametrize("name", NEEDING)
def test_a_line_without_digit_or_colon_never_builds_the_pattern(name):
    rule = _rule_from_row(_row_of(_rules()[name]))  # as a new process reads it
    assert rule.search("各部门要高度重视安全生产工作，切实落实责任") is None
    assert not rule.may_match("各部门要高度重视安全生产工作，切实落实责任")
    assert "form_pattern" not in rule.__dict__


def test_needs_that_fails_the_rules_own_example_is_refused(tmp_path, monkeypatch):
    monkeypatch.setenv("REPORTFMT_CACHE_DIR", str(tmp_path / "cache"))
    bad = tmp_path / "bad.yaml"
    bad.write_text("rules:\n  - name: x\n    match: '作者[:：]\\S+'\n    example: '作者:某人'\n"
                   "    needs: '\\d'\n", encoding="utf-8")
    load_rules.cache_clear()
    try:
        with pytest.raises(ReportfmtError, match="needs"):
            load_rules((str(bad),))
    finally:
        load_rules.cache_clear()
