"""Load boilerplate rules: shipped YAML files, overlaid by the user's files (by rule name).

A rule matches by `match` (a regular expression) or by `block` (one whole block's text, as a
reviewer marked it on the review page: compared with spaces, character widths and quote
styles ignored, so the text as finally typeset still names the block as first read).
`action: keep` protects the blocks it matches from every removal by rule or repetition.

A concept file may define a site profile (`profile: {name, min_markers}`): its rules marked
`profile: NAME` act only on pages where rules marked `marker: NAME` match at least min_markers
times (distinct rules, or hits when `count: hits`); see profiles.py.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import yaml

from ...errors import ReportfmtError

# The shipped rule files, one per concept, beside this module (packaged in the wheel).
RULES_DIR = Path(__file__).with_name("rules")

WHERE = ("head", "tail", "anywhere")
ACTIONS = ("drop", "drop-rest", "cut", "keep")
# A `block` rule may act on a block of any length: a person chose that very block.
BLOCK_MAX_CHARS = 1_000_000


@dataclass(frozen=True)
class Rule:
    name: str
    concept: str
    pattern: re.Pattern[str]
    where: str
    action: str
    max_chars: int
    example: str
    # Matches one whole block (a `block:` rule), so the "prose is never dropped" guard
    # does not apply: it is not a pattern that only looks like chrome.
    whole_block: bool = False
    # Acts only on pages where this site profile is on ("" = every page).
    profile: str = ""
    # Counts towards switching this profile on.
    marker: str = ""
    # May drop a block of several sentences when its match ends the block: a template
    # sentence ("下面是小编…供大家参考。") closing a paragraph of template talk.
    prose: bool = False
    # The next block must be one a lead-in rule drops or a sample marker ("lead-in-or-sample").
    followed_by: str = ""


@dataclass(frozen=True)
class Profile:
    name: str
    min_markers: int
    count: str  # "rules": distinct marker rules; "hits": every match


@functools.cache
def load_rules(extra_files: tuple[str, ...] = ()) -> tuple[Rule, ...]:
    """Shipped rules, then each extra file; a rule named again replaces the earlier one.

    `keep` rules come first: the first rule that matches a block decides, and a kept block
    must win over any rule that would drop it."""
    by_name: dict[str, Rule] = {}
    for path in _rule_files(extra_files):
        for rule in _read_rule_file(path):
            by_name[rule.name] = rule
    rules = list(by_name.values())
    return tuple(sorted(rules, key=lambda rule: rule.action != "keep"))


def keeping_rule(rules: tuple[Rule, ...], text: str) -> Rule | None:
    """The `keep` rule protecting this block text, if any (keep rules lead the tuple)."""
    for rule in rules:
        if rule.action != "keep":
            return None
        if rule.pattern.search(text):
            return rule
    return None


# Characters a typeset text may show in place of what the page had (typography changes
# punctuation widths and quote styles; NFKC folds the other full-width forms).
_EQUIVALENT = {",": ",，", ":": ":：", ";": ";；", "?": "?？", "!": "!！", "(": "(（", ")": ")）",
               '"': '"“”', "'": "'‘’", "“": '"“”', "”": '"“”', "‘": "'‘’", "’": "'‘’",
               ".": ".。．", "。": ".。．"}


def block_pattern(text: str) -> re.Pattern[str]:
    """A pattern for one whole block: spaces anywhere optional, widths and quotes folded."""
    parts = []
    for char in "".join(text.split()):
        folded = unicodedata.normalize("NFKC", char)
        options = set(_EQUIVALENT.get(folded, "")) | {char, folded}
        parts.append("[" + "".join(re.escape(c) for c in sorted(options)) + "]" if len(options) > 1
                     else re.escape(char))
    return re.compile(r"^\s*" + r"\s*".join(parts) + r"\s*$")


@functools.cache
def load_profiles(extra_files: tuple[str, ...] = ()) -> dict[str, Profile]:
    """The site profiles the rule files define, by name (a later file redefines one)."""
    profiles: dict[str, Profile] = {}
    for path in _rule_files(extra_files):
        raw = _load_yaml(path).get("profile")
        if not raw:
            continue
        try:
            profile = Profile(str(raw["name"]), int(raw.get("min_markers", 2)), str(raw.get("count", "rules")))
        except (KeyError, TypeError, ValueError) as exc:
            raise ReportfmtError(f"bad profile {raw!r}: {exc}", source=str(path)) from None
        profiles[profile.name] = profile
    return profiles


def _rule_files(extra_files: tuple[str, ...]) -> list[Path]:
    return sorted(RULES_DIR.glob("*.yaml")) + [Path(f) for f in extra_files]


@functools.cache
def _load_yaml(path: Path) -> dict:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise ReportfmtError(f"cannot read rule file: {exc}", source=str(path)) from None


def _read_rule_file(path: Path) -> list[Rule]:
    data = _load_yaml(path)
    concept = str(data.get("concept", path.stem))
    rules = []
    for raw in data.get("rules", []):
        try:
            block = raw.get("block")
            rule = Rule(
                name=str(raw["name"]),
                concept=concept,
                pattern=block_pattern(str(block)) if block is not None else re.compile(str(raw["match"]), re.I),
                where=str(raw.get("where", "anywhere")),
                action=str(raw.get("action", "drop")),
                max_chars=int(raw.get("max_chars", BLOCK_MAX_CHARS if block is not None else 200)),
                example=str(raw.get("example", block if block is not None else "")),
                whole_block=block is not None,
                profile=str(raw.get("profile", "")),
                marker=str(raw.get("marker", "")),
                prose=bool(raw.get("prose", False)),
                followed_by=str(raw.get("followed_by", "")),
            )
        except (KeyError, TypeError, ValueError, AttributeError, re.error) as exc:
            raise ReportfmtError(f"bad rule {raw!r}: {exc}", source=str(path)) from None
        if rule.where not in WHERE or rule.action not in ACTIONS:
            raise ReportfmtError(
                f"rule {rule.name}: where must be one of {WHERE}, action one of {ACTIONS}",
                source=str(path),
            )
        rules.append(rule)
    return rules
