"""Load boilerplate rules: shipped YAML files, overlaid by the user's files (by rule name)."""

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


@functools.cache
def load_rules(extra_files: tuple[str, ...] = ()) -> tuple[Rule, ...]:
    """Shipped rules, then each extra file; a rule named again replaces the earlier one."""
    by_name: dict[str, Rule] = {}
    files = sorted(RULES_DIR.glob("*.yaml")) + [Path(f) for f in extra_files]
    for path in files:
        for rule in _read_rule_file(path):
            by_name[rule.name] = rule
    return tuple(by_name.values())


def _read_rule_file(path: Path) -> list[Rule]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise ReportfmtError(f"cannot read rule file: {exc}", source=str(path)) from None
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
