"""Site profiles: sets of rules that act only on pages that show the site's markers.

A document-sharing (文库) page shows several of "文档编号:", "上传时间:", "下载积分",
"本文档由用户上传": on such a page a bare "- 举报" or a numbered "1、下载文档前请自行甄别…" is
chrome, while on any other page the same line may be the author's own. So those rules are
marked `profile: document-site` and act only once the page has shown `min_markers` of the
rules marked `marker: document-site` (ruleset.Profile).
"""

from __future__ import annotations

from collections import Counter

from ..script import fold_script
from .ruleset import Profile, Rule


def active_profiles(texts: list[str], rules: tuple[Rule, ...], profiles: dict[str, Profile]) -> frozenset[str]:
    """The names of the profiles whose markers the page shows often enough."""
    markers = [r for r in rules if r.marker in profiles]
    if not markers:
        return frozenset()
    distinct: dict[str, set[str]] = {}
    hits: Counter[str] = Counter()
    longest = max(rule.max_chars for rule in markers)
    for text in (fold_script(t) for t in texts if len(t) <= longest):
        for rule in markers:
            # The literal test first: most lines hold none of a marker's words, and a marker
            # never matched keeps its pattern uncompiled.
            found = len(rule.pattern.findall(text)) if len(text) <= rule.max_chars and rule.may_match(text) else 0
            if found:
                distinct.setdefault(rule.marker, set()).add(rule.name)
                hits[rule.marker] += found
    active = set()
    for name, profile in profiles.items():
        seen = hits[name] if profile.count == "hits" else len(distinct.get(name, ()))
        if seen >= profile.min_markers:
            active.add(name)
    return frozenset(active)
