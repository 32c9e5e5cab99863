"""Site profiles: sets of rules that act only on pages that show the site's markers.

A document-sharing (文库) page shows several of "文档编号:", "上传时间:", "下载积分",
"本文档由用户上传": on such a page a bare "- 举报" or a numbered "1、下载文档前请自行甄别…" is
chrome, while on any other page the same line may be the author's own. So those rules are
marked `profile: document-site` and act only once the page has shown `min_markers` of the
rules marked `marker: document-site` (ruleset.Profile), or one marker and GATED_MIN lines that
the profile's own rules match (a 文库 page cut short after its first screen).
"""

from __future__ import annotations

from collections import Counter

from .line_form import rule_forms
from .rule_index import RuleIndex, index_of
from .ruleset import Profile, Rule


def active_profiles(texts: list[str], rules: tuple[Rule, ...], profiles: dict[str, Profile]) -> frozenset[str]:
    """The names of the profiles whose markers the page shows often enough."""
    markers = tuple(r for r in rules if r.marker in profiles)
    if not markers:
        return frozenset()
    distinct: dict[str, set[str]] = {}
    hits: Counter[str] = Counter()
    longest = max(rule.max_chars for rule in markers)
    known = _known_lines(rules, profiles)
    index = None  # (index_of compares the markers rule by rule: once a page, not once a line)
    for line in texts:
        if len(line) > longest:
            continue
        found = known.get(line)
        if found is None:
            index = index_of(markers) if index is None else index
            found = known[line] = _hits_of_line(line, index)
        for marker, name, count in found:
            distinct.setdefault(marker, set()).add(name)
            hits[marker] += count
    active = set()
    for name, profile in profiles.items():
        seen = hits[name] if profile.count == "hits" else len(distinct.get(name, ()))
        if seen >= profile.min_markers or (seen and _gated_lines(texts, rules, name, longest) >= GATED_MIN):
            active.add(name)
    return frozenset(active)


# A page showing one marker and GATED_MIN lines of the profile's own rules (a 文库 page cut short:
# "合集下载" over "下载须知", "友情提示", "文档贡献者"…) is the site's page too: the profile's rules
# are its words, each a line the author's text would not hold twice over beside a marker.
GATED_MIN = 2
# A gated line counts when it says something: a bare count or a lone button word ("- 12", "举报")
# may be the author's own list, and stays no evidence (test_template_sites: one marker is not
# enough for them).
GATED_MIN_CHARS = 4


def _gated_lines(texts: list[str], rules: tuple[Rule, ...], name: str, longest: int) -> int:
    """How many of the page's lines the profile's own (gated) rules match."""
    gated = tuple(r for r in rules if r.profile == name and not r.marker)
    if not gated:
        return 0
    index = index_of(gated)
    count = 0
    for line in texts:
        if len(line) > longest or len("".join(line.split()).lstrip("-•·*")) < GATED_MIN_CHARS:
            continue
        if any(_line_hits_any(form, index) for form in rule_forms(line)):
            count += 1
            if count >= GATED_MIN:
                break
    return count


def _line_hits_any(text: str, rules: RuleIndex) -> bool:
    return any(len(text) <= rule.max_chars and rule.may_match(text) and rule.form_pattern.search(text)
               for rule in rules.candidates(text))


def _hits_of_line(line: str, markers: RuleIndex) -> tuple[tuple[str, str, int], ...]:
    """_line_hits of the line as printed, or else of the bare line (line_form.rule_forms)."""
    found: tuple[tuple[str, str, int], ...] = ()
    for form in rule_forms(line):
        if found := _line_hits(form, markers):
            break
    return found


def _line_hits(text: str, markers: RuleIndex) -> tuple[tuple[str, str, int], ...]:
    """(profile, marker rule, matches) for each marker rule the folded line matches (of the
    markers whose literals' key characters the line holds: rule_index.py)."""
    found = []
    for rule in markers.candidates(text):
        # The literal test first: most lines hold none of a marker's words, and a marker
        # never matched keeps its pattern uncompiled.
        if len(text) <= rule.max_chars and rule.may_match(text) and (count := len(rule.form_pattern.findall(text))):
            found.append((rule.marker, rule.name, count))
    return tuple(found)


# The pipeline's settling rounds ask about the same lines again: each line's hits are worked out
# once per rule set and profiles (both cached objects, compared by identity; kept so their ids
# stay theirs). Bounded: cleared when full.
_KNOWN: dict[tuple[int, int], tuple[object, object, dict[str, tuple[tuple[str, str, int], ...]]]] = {}
MAX_KNOWN_LINES = 4096


def _known_lines(rules: tuple[Rule, ...], profiles: dict[str, Profile]) -> dict[str, tuple[tuple[str, str, int], ...]]:
    entry = _KNOWN.get((id(rules), id(profiles)))
    if entry is None or entry[0] is not rules or entry[1] is not profiles:
        if len(_KNOWN) >= 8:
            _KNOWN.clear()
        entry = _KNOWN[(id(rules), id(profiles))] = (rules, profiles, {})
    if len(entry[2]) >= MAX_KNOWN_LINES:
        entry[2].clear()
    return entry[2]
