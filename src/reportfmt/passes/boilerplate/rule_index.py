"""Which rules a line may match, found from the characters the line holds.

Every rule with known required literals (ruleset.Rule.literals) matches only lines holding one
of them, and a line holds a literal only if it holds each of its characters. So each literal
is filed under one of its characters (its key), and the rules a line may match are the rules
filed under the characters it holds, plus the rules without literals. One set intersection
and a few dict lookups per line replace a literal search per rule per line, which was most of
the boilerplate pass's cost under `pandoc --filter` (each search is a scan of the line).

This only narrows the candidates: each candidate still runs its own literal test and
pattern (Rule.search), in the rules' order, so the answers are the ones every rule would give.
A literal's key is its character filed under the fewest literals of the rule set, so the
common characters (punctuation, "的") key few rules and a line holding them wakes few.
"""

from __future__ import annotations

from collections.abc import Sequence

from .ruleset import Rule


class RuleIndex:
    """The rules of one rule set a line may match, in the set's order."""

    def __init__(self, rules: Sequence[Rule]) -> None:
        self.rules = tuple(rules)
        # Bit i set: the rule at position i may match (ints: an OR per character is one C call).
        self.always = 0
        by_char: dict[str, int] = {}
        for position, rule in enumerate(self.rules):
            if not rule.literals:
                self.always |= 1 << position
                continue
            bit = 1 << position
            for key in {literal[0] for literal in rule.literals}:
                by_char[key] = by_char.get(key, 0) | bit
        self.by_char = by_char
        self.keys = frozenset(by_char)

    def candidates(self, text: str) -> list[Rule]:
        """The rules whose literals may be in `text` (a superset of those that match it)."""
        mask = self.always
        by_char = self.by_char
        for char in self.keys.intersection(text):
            mask |= by_char[char]
        rules = self.rules
        found = []
        while mask:
            low = mask & -mask
            found.append(rules[low.bit_length() - 1])
            mask ^= low
        return found


# id(rule set) -> (the rule set, its index): rule sets are cached tuples (ruleset.active_rules,
# load_rules) that live as long as the process; the tuple is kept so that its id stays its own.
_INDEXES: dict[int, tuple[Sequence[Rule], RuleIndex]] = {}
MAX_INDEXES = 64


def index_of(rules: Sequence[Rule]) -> RuleIndex:
    """The index of this rule set, built once per rule set (compared by identity)."""
    known = _INDEXES.get(id(rules))
    if known is not None and known[0] is rules:
        return known[1]
    if len(_INDEXES) >= MAX_INDEXES:
        _INDEXES.clear()
    index = RuleIndex(rules)
    _INDEXES[id(rules)] = (rules, index)
    return index
