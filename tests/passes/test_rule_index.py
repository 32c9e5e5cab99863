"""The rule index (boilerplate/rule_index.py) narrows the rules a line is tried with by the
characters it holds; it must never leave out a rule that matches the line."""

from __future__ import annotations

from reportfmt.passes.boilerplate import rule_match
from reportfmt.passes.boilerplate.rule_index import RuleIndex, index_of
from reportfmt.passes.boilerplate.rule_match import first_matching_rule
from reportfmt.passes.boilerplate.ruleset import Rule, load_rules
from reportfmt.passes.script import fold_script


def rule(name: str, source: str, literals: tuple[str, ...] | None) -> Rule:
    return Rule(name=name, concept="test", source=source, where="anywhere", action="drop", max_chars=200,
                example="", literals=literals)


def test_every_shipped_rule_is_a_candidate_for_its_own_example():
    rules = load_rules()
    index = index_of(rules)
    for each in rules:
        if each.example and each.search(fold_script(each.example)):
            assert each in index.candidates(fold_script(each.example)), each.name


def test_a_line_holding_none_of_a_rules_literals_skips_it_and_order_is_kept():
    source = rule("source", "来源[:：]", ("来源",))
    editor = rule("editor", "(?:责任)?编辑[:：]", ("编辑",))
    always = rule("always", "^\\d+$", None)
    index = RuleIndex((source, always, editor))
    assert index.candidates("责任编辑：王五") == [always, editor]
    assert index.candidates("本文来源：某网 编辑：李四") == [source, always, editor]
    assert index.candidates("今年的工作取得了成效") == [always]


class EveryRule:
    """An index that narrows nothing: every rule is tried, as before the index, and skipped
    field by field as the matcher did before the index kept those skips as masks."""

    def __init__(self, rules):
        self.rules = list(rules)

    def candidates(self, text):
        return self.rules

    def longer_than_any(self, text):
        return all(len(text) > r.max_chars for r in self.rules)

    def eligible(self, text, where, prose):
        return [r for r in self.rules
                if not (prose and r.action == "drop" and not (r.prose or r.whole_block))
                and r.where in where and len(text) <= r.max_chars and not r.between_chrome]


def test_first_matching_rule_gives_what_trying_every_rule_gives(monkeypatch):
    rules = load_rules()
    lines = ["当前位置：首页 > 工作总结 > 正文", "来源：某某网 作者：张三", "浏览次数：1234", "12",
             "本文来源：汇通网 责任编辑：NF011", "我们认真落实各项工作，取得了明显成效。", "上一篇：某某报告",
             "版权所有 © 2023 某某网", "扫一扫，分享到微信", "文档编号：A123 上传时间：2023-01-01"]
    lines += [r.example for r in rules if r.example]
    lines.append("我们认真落实各项工作。" * (max(r.max_chars for r in rules) // 10 + 1))  # longer than any rule takes
    where = {"head", "tail", "anywhere"}
    rule_match._ANSWERS.clear()
    indexed = [first_matching_rule(rules, line, where) for line in lines]
    rule_match._ANSWERS.clear()
    monkeypatch.setattr(rule_match, "index_of", EveryRule)
    every = [first_matching_rule(rules, line, where) for line in lines]
    rule_match._ANSWERS.clear()
    assert indexed == every
    assert sum(found is not None for found in every) >= len(lines) // 2  # the lines do match rules


def test_eligible_keeps_only_rules_that_may_act_on_the_line_here():
    def made(name, where="anywhere", max_chars=200, **fields):
        return Rule(name=name, concept="test", source="关注", where=where, action=fields.pop("action", "drop"),
                    max_chars=max_chars, example="", literals=("关注",), **fields)

    head, tail, short = made("head", where="head"), made("tail", where="tail"), made("short", max_chars=8)
    between, prose_ok = made("between", between_chrome=True), made("prose-ok", prose=True)
    cut = made("cut", action="cut")
    index = RuleIndex((head, tail, short, between, prose_ok, cut))
    line = "请关注我们的公众号"  # nine characters
    assert index.eligible(line, {"head", "anywhere"}, prose=False) == [head, prose_ok, cut]
    assert index.eligible(line, {"tail"}, prose=False) == [tail]
    assert index.eligible("请关注本站", {"anywhere"}, prose=False) == [short, prose_ok, cut]
    assert index.eligible(line, {"head", "tail", "anywhere"}, prose=True) == [prose_ok, cut]
    assert index.eligible("x" * 201, {"head", "tail", "anywhere"}, prose=False) == []
    assert index.longer_than_any("x" * 201) and not index.longer_than_any("x" * 200)
    assert RuleIndex(()).longer_than_any("")
    assert index.eligible("今年的工作", {"anywhere"}, prose=False) == []


def test_a_rule_subset_built_again_shares_its_index_and_its_answers(monkeypatch):
    rules = load_rules()
    first = tuple(r for r in rules if r.action == "drop")
    again = tuple(r for r in rules if r.action == "drop")
    assert first is not again and index_of(first) is index_of(again)
    line, where = "来源：某某网 作者：张三", {"head", "anywhere"}
    found = first_matching_rule(first, line, where)
    assert found is not None

    def never(*args):
        raise AssertionError("answered again")

    monkeypatch.setattr(rule_match, "_answer", never)
    assert first_matching_rule(again, line, where) is found
    assert rule_match._first_matching_rule(again, line, where) is found  # seams.py asks this way


MASKS = ("rules", "always", "between", "not_in_prose", "by_char", "keys", "by_where", "limits", "at_least")


def same_index(one: RuleIndex, other: RuleIndex) -> bool:
    return all(getattr(one, name) == getattr(other, name) for name in MASKS)


def cache_files(folder) -> set[str]:
    return {path.name for path in folder.glob("rule-index-*")}


def test_the_index_of_a_loaded_rule_set_is_stored_and_read_back_as_built(tmp_path, monkeypatch):
    from reportfmt import resources
    from reportfmt.passes.boilerplate import rule_index, ruleset

    monkeypatch.setenv(resources.CACHE_ENV, str(tmp_path))
    rules = ruleset.active_rules((), frozenset())
    assert ruleset.set_name(rules) is not None
    built = rule_index._stored_index(rules, rules)  # nothing stored yet: built, then stored
    assert same_index(built, RuleIndex(rules)) and len(cache_files(tmp_path)) == 1
    read = rule_index._stored_index(rules, rules)
    assert read is not built and same_index(read, built)
    assert read.candidates("来源：某某网 作者：张三") == built.candidates("来源：某某网 作者：张三")


def test_a_stored_index_that_is_no_index_of_the_set_is_built_again(tmp_path, monkeypatch):
    import marshal

    from reportfmt import resources
    from reportfmt.passes.boilerplate import rule_index, ruleset

    monkeypatch.setenv(resources.CACHE_ENV, str(tmp_path))
    rules = ruleset.active_rules((), frozenset())
    rule_index._stored_index(rules, rules)
    (name,) = cache_files(tmp_path)
    built = RuleIndex(rules)
    fields = [getattr(built, field) for field in rule_index._STORED]
    too_wide = [*fields[:3], {"来": 1 << len(rules)}, *fields[4:]]  # a mask of more rules than the set has
    for stored in (too_wide, fields[:-1], [*fields[:5], ["8"], fields[6]], [-1, *fields[1:]]):
        assert resources.write_blob(name, marshal.dumps(tuple(stored)))
        assert same_index(rule_index._stored_index(rules, rules), built)
        assert same_index(rule_index._index_from(rules, resources.read_marshalled(name)), built)  # stored anew


def test_a_rule_set_made_any_other_way_is_indexed_but_never_stored(tmp_path, monkeypatch):
    from reportfmt import resources
    from reportfmt.passes.boilerplate import rule_index, ruleset

    monkeypatch.setenv(resources.CACHE_ENV, str(tmp_path))
    made = (rule("source", "来源[:：]", ("来源",)), rule("always", "^\\d+$", None))
    same = tuple(ruleset.active_rules((), frozenset()))[:40]  # the loaded rules, but not a set load_rules gave
    for rules in (made, same):
        assert ruleset.set_name(rules) is None
        assert same_index(rule_index._stored_index(rules, rules), RuleIndex(rules))
    assert cache_files(tmp_path) == set()
