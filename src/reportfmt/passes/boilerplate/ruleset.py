"""Load boilerplate rules: shipped YAML files, overlaid by the user's files (by rule name).

A concept file may define a site profile (`profile: {name, min_markers}`): its rules marked
`profile: NAME` act only on pages where rules marked `marker: NAME` match at least min_markers
times (distinct rules, or hits when `count: hits`); see profiles.py.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from ...errors import ReportfmtError

# The shipped rule files, one per concept, beside this module (packaged in the wheel).
RULES_DIR = Path(__file__).with_name("rules")

WHERE = ("head", "tail", "anywhere")
ACTIONS = ("drop", "drop-rest", "cut")


@dataclass(frozen=True)
class Rule:
    name: str
    concept: str
    pattern: re.Pattern[str]
    where: str
    action: str
    max_chars: int
    example: str
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
    """Shipped rules, then each extra file; a rule named again replaces the earlier one."""
    by_name: dict[str, Rule] = {}
    for path in _rule_files(extra_files):
        for rule in _read_rule_file(path):
            by_name[rule.name] = rule
    return tuple(by_name.values())


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
            rule = Rule(
                name=str(raw["name"]),
                concept=concept,
                pattern=re.compile(str(raw["match"]), re.I),
                where=str(raw.get("where", "anywhere")),
                action=str(raw.get("action", "drop")),
                max_chars=int(raw.get("max_chars", 200)),
                example=str(raw.get("example", "")),
                profile=str(raw.get("profile", "")),
                marker=str(raw.get("marker", "")),
                prose=bool(raw.get("prose", False)),
                followed_by=str(raw.get("followed_by", "")),
            )
        except (KeyError, TypeError, ValueError, re.error) as exc:
            raise ReportfmtError(f"bad rule {raw!r}: {exc}", source=str(path)) from None
        if rule.where not in WHERE or rule.action not in ACTIONS:
            raise ReportfmtError(
                f"rule {rule.name}: where must be one of {WHERE}, action one of {ACTIONS}",
                source=str(path),
            )
        rules.append(rule)
    return rules
