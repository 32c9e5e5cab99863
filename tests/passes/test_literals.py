"""Required literals (passes/literals.py): a prefilter may let a line through needlessly,
never turn away a line its pattern matches."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from reportfmt.passes.boilerplate.line_form import rule_forms
from reportfmt.passes.boilerplate.ruleset import RULE_FLAGS, load_rules
from reportfmt.passes.literals import alternation, caseless_test, may_match, required_literals, starts_anchored


def test_literal_runs_alternations_classes_and_lookarounds():
    assert set(required_literals("版权所有(?![者人])|未经授权")) == {"版权所有", "未经授权"}
    assert required_literals(r"^\s*发布时间\s*[:：]") == ("发布时间",)
    assert set(required_literals("[：:]")) == {"：", ":"}
    assert required_literals(r"(?<=本站)\d+") == ("本站",)
    assert required_literals(r"(?:推荐){1,3}全文阅读") == ("全文阅读",)  # the longest run wins


def test_what_a_match_does_not_need_is_not_required():
    assert required_literals(r"(?:推荐)?阅读") == ("阅读",)  # an optional part
    assert required_literals(r"关注(?!公众号)") == ("关注",)  # a negative lookahead
    assert required_literals(r"\d+|[a-z]+") is None  # a branch needs nothing
    assert required_literals(r"[^。]+") is None  # a negated class


def test_ignorecase_keeps_only_caseless_characters():
    assert required_literals("powered by", re.I) == (" ",)
    assert required_literals("ICP备", re.I) == ("备",)
    assert required_literals("ICP备") == ("ICP备",)  # case-sensitive: every letter counts
    # The Kelvin sign matches k under IGNORECASE: "k" can never be a required literal there.
    assert re.search("k号", "\u212a号", re.I)
    assert may_match(required_literals("k号", re.I), "\u212a号")


def test_any_case_literals_hold_cased_letters_and_are_tested_without_case():
    # "powered by" under IGNORECASE requires only its blank as a plain substring; read in any
    # case it requires the words, and the test finds them however they are written.
    assert required_literals("powered by", re.I, any_case=True) == ("powered by",)
    test = caseless_test(required_literals(r"\S.{9,}?(?:read\s*more|continue\s*reading)\s*$", re.I,
                                           any_case=True))
    assert set(required_literals(r"(?:read|continue)", re.I, any_case=True)) == {"read", "continue"}
    assert test("明天起图书馆开到晚上九点。READ MORE") and test("Continue Reading »")
    assert test("区里的图书馆下月起延长开放时间。") is None  # no such word: no search
    # The Kelvin sign is a k under IGNORECASE: the caseless test lets its line through too.
    assert re.search("kb号", "\u212ab号", re.I) and caseless_test(required_literals("kb号", re.I, any_case=True))(
        "\u212ab号")
    assert required_literals(r"[A-Za-z]+号", re.I, any_case=True) == ("号",)  # a wide class needs nothing
    # The four letters outside ASCII that IGNORECASE matches to ASCII ones: the test finds
    # the word through them as the pattern does.
    for pattern, line in (("sb", "\u017fb"), ("ir", "\u0130r"), ("ir", "\u0131r"), ("kb", "\u212ab"),
                          ("website", "WEB\u017fITE 网站")):
        assert re.search(pattern, line, re.I), (pattern, line)
        assert caseless_test(required_literals(pattern, re.I, any_case=True))(line), (pattern, line)
    assert caseless_test(required_literals("ir", re.I, any_case=True))("\u0130\u0307x") is None
    # A literal with a cased letter outside ASCII gets no such test (none as cheap is exact).
    assert caseless_test(required_literals("ä号", re.I, any_case=True)) is None
    assert caseless_test(required_literals("网站ab", re.I, any_case=True))("网站AB")


def test_a_pattern_anchored_at_the_start_is_told():
    assert starts_anchored(r"^abc") and starts_anchored(r"(?:^a|^b)c") and starts_anchored(r"\Aab")
    assert not starts_anchored(r"^a|b") and not starts_anchored(r"a^") and not starts_anchored(r"(?m)^a")
    assert not starts_anchored(r"(?=^)a|^b")  # a lookahead first: not read, so not known


def test_every_rule_without_literals_searches_every_line_it_matches():
    """Rule.search's caseless prefilter (rules without plain literals) never hides a match:
    each such rule's example, its upper-case and its title-case forms."""
    tested = 0
    for rule in load_rules():
        if rule.literals is not None or rule.caseless_prefilter is None:
            continue
        tested += 1
        for line in (rule.example, rule.example.upper(), rule.example.title(), rule.example.swapcase()):
            for form in rule_forms(line):
                if rule.form_pattern.search(form):
                    assert rule.search(form), (rule.name, form)
    assert tested >= 3  # teaser-read-more, gambling-brand, page-of-pages… (5 at the time of writing)


def test_every_shipped_rule_lets_its_own_example_through():
    for rule in load_rules():
        assert any(rule.search(form) for form in rule_forms(rule.example)), rule.name
        assert rule.literals == required_literals(rule.form_pattern.pattern, RULE_FLAGS)


RULES = load_rules()
# Lines made of the rules' own vocabulary (their examples cut and shuffled), plus noise.
_PIECES = [piece for rule in RULES for piece in re.split(r"(\W)", rule.example) if piece] + list("第号备 :：©>/")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12), st.sampled_from(RULES))
def test_property_the_prefilter_never_hides_a_match(pieces, rule):
    text = "".join(pieces)
    for line in (text, text.upper(), text.swapcase()):
        if rule.form_pattern.search(line):
            assert may_match(rule.literals, line), (rule.name, line)
            assert rule.search(line), (rule.name, line)  # the caseless prefilter lets it through too


_MASK_ALPHABET = list("*＊xX×Ｘｘ□〇○〔〕[]\uff3b\uff3d_＿☆%％‰年月日号 \t\u3000区镇元亿万一二0123456789ab.－—")


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_MASK_ALPHABET, max_size=16))
def test_property_no_mask_detector_is_skipped_on_a_line_its_pattern_matches(text):
    from reportfmt.passes.masks import find

    for name, pattern in find._PATTERNS.items():
        if match := pattern.search(text):
            assert may_match(find.detector_literals(name), text), (name, text)
            # what the match takes holds one of the consumed-only literals, and the detector's
            # combined test (both sets) lets the line through
            assert may_match(required_literals(pattern.pattern, pattern.flags, consumed=True), match.group()), \
                (name, text)
            prefilter = find._detector_prefilter(name)
            assert prefilter is None or prefilter(text) is not None, (name, text)


def test_consumed_literals_leave_out_what_a_pattern_only_looks_at():
    year = r"(?<=20)[xX×]{2}(?=\s*年)|(?<=第)[xX×]+(?=号)"
    assert set(required_literals(year)) == {"20", "第"}  # the longer strings, from the lookbehinds
    assert set(required_literals(year, consumed=True)) == {"x", "X", "×"}  # what every match takes
    assert required_literals(r"(?<=[一-龥])\s*(?=%)", consumed=True) is None  # takes nothing certain
    # the masks' year detector: a line of dates without a crossed-out digit skips it
    from reportfmt.passes.masks import find

    prefilter = find._detector_prefilter("year")
    assert prefilter("2023年10月第12号") is None
    assert prefilter("20××年10月") is not None


def test_every_mask_detector_has_its_pattern_for_the_prefilter():
    from reportfmt.passes.masks import find

    assert set(find._PATTERNS) == set(find._FINDERS)
    assert all(find.detector_literals(name) for name in find._FINDERS)  # each one prefiltered


# A fresh process derives an answer (and saves it when asked), the next one reads it back;
# `derive` set to "fail" makes deriving raise, so an answer printed then came from the disk.
ANSWER = """
    import re, sys
    from reportfmt.passes import literals
    if sys.argv[1] == "fail":
        literals._derive = lambda *args: 1 / 0
    print(literals.required_literals(r"^\\s*(?:发布时间|来源)\\s*[:：]", re.I), literals.save())
"""


def answer(cache: str, derive: str) -> str:
    import os
    import subprocess
    import sys
    import textwrap

    env = {**os.environ, "REPORTFMT_CACHE_DIR": cache}
    proc = subprocess.run([sys.executable, "-c", textwrap.dedent(ANSWER), derive], capture_output=True,
                          text=True, env=env, check=False)
    return proc.stdout.strip() if proc.returncode == 0 else f"error: {proc.stderr.splitlines()[-1]}"


def test_answers_are_kept_between_processes_and_a_corrupt_file_is_derived_again(tmp_path):
    cache = tmp_path / "cache"
    assert answer(str(cache), "derive") == "('发布时间', '来源') 1"
    assert answer(str(cache), "fail") == "('发布时间', '来源') 0"  # read back, nothing new to save
    (blob,) = cache.glob("literals-*.marshal")
    data = bytearray(blob.read_bytes())
    data[-3] ^= 0xFF
    blob.write_bytes(bytes(data))
    assert answer(str(cache), "fail").startswith("error: ZeroDivisionError")  # nothing trusted
    assert answer(str(cache), "derive") == "('发布时间', '来源') 1"  # derived and stored again
    assert answer(str(cache), "fail") == "('发布时间', '来源') 0"


@given(st.lists(st.text(min_size=1), min_size=1, max_size=6))
def test_the_alternation_escaped_at_once_is_each_literal_escaped(literals):
    # One re.escape over the NUL-joined literals: the pattern each escaped alone gives (the
    # same string, so the regex cache knows it), NULs inside a literal included.
    assert alternation(tuple(literals)) == "|".join(map(re.escape, literals))
    assert alternation(("a\0b", "c+")) == "|".join(map(re.escape, ("a\0b", "c+")))


def test_a_rules_literal_test_answers_the_same_before_and_after_its_pattern_is_built():
    """Rule._holds_literal looks for each literal in the line until the rule has made
    LITERAL_CHECKS_BEFORE_TEST substring tests, then builds its prefilter: both say the same."""
    from reportfmt.passes.boilerplate.ruleset import LITERAL_CHECKS_BEFORE_TEST, Rule

    rule = Rule(name="source", concept="test", source="(?:来源|出处)[:：]", where="anywhere", action="drop",
                max_chars=200, example="", literals=("来源", "出处"))
    lines = ["来源：某某网", "出处:某报", "今年的工作取得了成效", "来 源：拆开的字", "本文出处"]
    expected = [bool(rule.form_pattern.search(line)) for line in lines]
    assert expected == [True, True, False, False, False]
    rounds = LITERAL_CHECKS_BEFORE_TEST // (len(rule.literals) * len(lines)) + 2
    answers = [[bool(rule.search(line)) for line in lines] for _ in range(rounds)]
    assert "prefilter" in rule.__dict__  # built once the rule was asked often enough
    assert all(answer == expected for answer in answers)
    assert [rule.may_match(line) for line in lines] == [True, True, False, False, True]
    assert rule == Rule(**{name: getattr(rule, name) for name in rule.__dataclass_fields__})  # fields only
