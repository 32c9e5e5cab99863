"""Followers: the line right after a line a named rule dropped, when it has the follower's shape.

Some chrome comes in pairs of lines: a government page's index box prints a field's label on
one line ("• 发布机构:") and its value on the next ("婺城区文旅体局"); a list of other pages'
titles puts a teaser's "…" under each title. The value alone looks like any short line, so no
rule may drop it by its text; right under the label it is the label's value.

A rule file names them under `followers:` (data, like its rules):

    followers:
      - name: field-value
        after: [government-index]        # rules of this file whose dropped line it follows
        example_before: "• 发布机构:"
        example: "婺城区文旅体局"
        match: '^[^。！？!?；;，,]{1,40}$'
        max_chars: 40
        where: head                       # optional: head, tail or anywhere (default)
        bulleted: true                    # optional: the line as printed opens with a bullet
                                          # (the forms a pattern reads have lost it)

A follower acts only on the block right after the dropped one, in the same scan, and only
when no rule matched the block itself. Its removals are recorded `<concept>.<name>`. A follower
may name itself in `after:` to take a run of such lines (a box's facts printed one a line).
"""

from __future__ import annotations

import functools
import os
import re
from dataclasses import dataclass

from ...errors import ReportfmtError
from ..regex_cache import LazyPattern, compiled_before
from .line_form import pattern_form, rule_forms
from .ruleset import RULE_FLAGS, WHERE, expand_parts, rule_file_data

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing: the filter's path never needs it
if TYPE_CHECKING:
    from pathlib import Path


@dataclass(frozen=True)
class Follower:
    """A value line dropped right after the label line a named rule dropped."""
    name: str
    concept: str
    after: frozenset[str]  # "<concept>.<rule>" of the lines it may follow
    pattern: re.Pattern[str]
    max_chars: int
    where: str
    example: str
    example_before: str
    bulleted: bool = False


# A list item's mark as the page printed it (rule_forms drops it).
_BULLET = LazyPattern(r"^\s*[•·▪■◆◇○●▶►>\-*]\s*\S")


@functools.cache
def load_followers(extra_files: tuple[str, ...] = ()) -> tuple[Follower, ...]:
    """Followers of the shipped rule files, then of each extra file (a name given again wins)."""
    by_name: dict[str, Follower] = {}
    for path, data in zip(*rule_file_data(extra_files), strict=True):  # read once, with the rules
        for follower in _followers_from(path, data):
            by_name[follower.name] = follower
    return tuple(by_name.values())


def _followers_from(path: str | Path, data: dict) -> list[Follower]:
    concept = str(data.get("concept", os.path.splitext(os.path.basename(path))[0]))
    vocabulary = data.get("vocabulary") or {}
    found = []
    for raw in data.get("followers", []) or ():
        try:
            follower = Follower(
                name=str(raw["name"]),
                concept=concept,
                after=frozenset(f"{concept}.{name}" if "." not in str(name) else str(name) for name in raw["after"]),
                pattern=_pattern(pattern_form(expand_parts(str(raw["match"]), vocabulary))),
                max_chars=int(raw.get("max_chars", 40)),
                where=str(raw.get("where", "anywhere")),
                example=str(raw.get("example", "")),
                example_before=str(raw.get("example_before", "")),
                bulleted=bool(raw.get("bulleted", False)),
            )
        except (KeyError, TypeError, ValueError, AttributeError, re.error) as exc:
            raise ReportfmtError(f"bad follower {raw!r}: {exc}", source=str(path)) from None
        if follower.where not in WHERE or not follower.after:
            raise ReportfmtError(f"follower {follower.name}: where must be one of {WHERE}, after a rule name",
                                 source=str(path))
        found.append(follower)
    return found


def _pattern(source: str) -> re.Pattern[str] | LazyPattern:
    """The follower's pattern; built when first asked (a follower acts only under its label,
    so most pages never ask: the shipped ones are ~4,300 code words, ~0.5 M instructions of a
    `pandoc --filter` call) when re compiled it before, so that a bad one still fails here."""
    if compiled_before(source, RULE_FLAGS):
        return LazyPattern(source, RULE_FLAGS)
    return re.compile(source, RULE_FLAGS)


def following(followers: tuple[Follower, ...], previous_rule: str | None, text: str,
              where: set[str]) -> Follower | None:
    """The follower that takes this line, right after a line `previous_rule` dropped; it sees
    the line as rules do, in simplified characters (folded only when a follower may act: a
    page-long line is never folded here)."""
    if not previous_rule or not text:
        return None
    forms = None
    for follower in followers:
        if (previous_rule in follower.after and follower.where in where and len(text) <= follower.max_chars
                and (not follower.bulleted or _BULLET.match(text))):
            forms = rule_forms(text) if forms is None else forms
            if any(follower.pattern.search(form) for form in forms):
                return follower
    return None
