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

The skips the matcher makes on a rule's fields alone (rule_match._first_rule_for: a rule for
another region, one shorter than the line, one acting only between chrome, one that never
drops prose) are masks here too (`eligible`): half of a line's candidates were such rules, each
read field by field in Python for every line of every round.
"""

from __future__ import annotations

import marshal
from bisect import bisect_left
from collections.abc import Collection, Sequence
from operator import is_

from ... import resources
from .ruleset import Rule, set_name


class RuleIndex:
    """The rules of one rule set a line may match, in the set's order."""

    def __init__(self, rules: Sequence[Rule]) -> None:
        self.rules = tuple(rules)
        # Bit i set: the rule at position i may match (ints: an OR per character is one C call).
        self.always = 0
        by_char: dict[str, int] = {}
        by_where: dict[str, int] = {}
        by_limit: dict[int, int] = {}
        self.between = 0  # rules asked only by between.py, after the scan
        self.not_in_prose = 0  # drop rules that never drop a block of several sentences
        for position, rule in enumerate(self.rules):
            bit = 1 << position
            by_where[rule.where] = by_where.get(rule.where, 0) | bit
            by_limit[rule.max_chars] = by_limit.get(rule.max_chars, 0) | bit
            if rule.between_chrome:
                self.between |= bit
            if rule.action == "drop" and not (rule.prose or rule.whole_block):
                self.not_in_prose |= bit
            if not rule.literals:
                self.always |= bit
                continue
            for key in {literal[0] for literal in rule.literals}:
                by_char[key] = by_char.get(key, 0) | bit
        self.by_char = by_char
        self.keys = frozenset(by_char)
        self.by_where = by_where
        # The rules whose max_chars is at least limits[i]: a line of n characters is for the
        # rules from bisect_left(limits, n) on.
        self.limits = sorted(by_limit)
        self.at_least = []
        mask = 0
        for limit in reversed(self.limits):
            mask |= by_limit[limit]
            self.at_least.append(mask)
        self.at_least.reverse()

    def longer_than_any(self, text: str) -> bool:
        """Whether the line is longer than every rule's max_chars (eligible() then gives none)."""
        return not self.limits or len(text) > self.limits[-1]

    def candidates(self, text: str) -> list[Rule]:
        """The rules whose literals may be in `text` (a superset of those that match it)."""
        return self._rules_of(self._literal_mask(text))

    def eligible(self, text: str, where: Collection[str], prose: bool) -> list[Rule]:
        """candidates(text) that may act on it in these regions: a rule's `where` among them,
        the line no longer than its max_chars, not a between-chrome rule, and in prose (a block
        of several sentences) not a drop rule that never takes prose."""
        at = bisect_left(self.limits, len(text))
        if at == len(self.limits):
            return []
        allowed = self.at_least[at] & ~self.between
        if prose:
            allowed &= ~self.not_in_prose
        regions = 0
        for region in where:
            regions |= self.by_where.get(region, 0)
        return self._rules_of(self._literal_mask(text) & allowed & regions)

    def _literal_mask(self, text: str) -> int:
        mask = self.always
        by_char = self.by_char
        for char in self.keys.intersection(text):
            mask |= by_char[char]
        return mask

    def _rules_of(self, mask: int) -> list[Rule]:
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
# The indexes built, one per distinct rule set: a caller that builds its subset afresh per page
# (the title passes' drop rules, their meta lines) gets the index of the equal set built before,
# instead of a new one (457 indexes built over 262 pages, a third of a millisecond each).
_DISTINCT: list[RuleIndex] = []
MAX_DISTINCT = 32


def index_of(rules: Sequence[Rule]) -> RuleIndex:
    """The index of this rule set, built once per rule set (compared by identity, then by its
    rules: tuple equality checks each pair by identity first, so an equal set costs one pass)."""
    known = _INDEXES.get(id(rules))
    if known is not None and known[0] is rules:
        return known[1]
    if len(_INDEXES) >= MAX_INDEXES:
        _INDEXES.clear()
    rules_tuple = tuple(rules)
    index = next((built for built in _DISTINCT if len(built.rules) == len(rules_tuple)
                  and all(map(is_, built.rules, rules_tuple))), None)
    if index is None:
        if len(_DISTINCT) >= MAX_DISTINCT:
            _DISTINCT.clear()
        index = _stored_index(rules, rules_tuple)
        _DISTINCT.append(index)
    _INDEXES[id(rules)] = (rules, index)
    return index


# The index's masks as stored on disk (_stored_index), in this order; a new layout is a new FORMAT.
_STORED = ("always", "between", "not_in_prose", "by_char", "by_where", "limits", "at_least")
FORMAT = 1


def _stored_index(rules: Sequence[Rule], rules_tuple: tuple[Rule, ...]) -> RuleIndex:
    """The index of a rule set load_rules or active_rules gave (ruleset.set_name), its masks read
    from the disk cache when this set was indexed before, else built and stored. Building it
    filed ~2,800 literals of ~470 rules under their characters: 9 M instructions of every filter
    call, for the same shipped rules each time. What is stored is checked before it is used
    (every mask a mask of this many rules): anything else is built again and stored anew."""
    name = set_name(rules)
    if name is None:
        return RuleIndex(rules_tuple)
    file = "rule-index-" + resources.digest(name.encode("utf-8", "surrogatepass"), str(FORMAT).encode(),
                                            resources.file_digest(__file__).encode()) + ".marshal"
    stored = resources.read_marshalled(file)
    index = _index_from(rules_tuple, stored)
    if index is None:
        index = RuleIndex(rules_tuple)
        try:
            resources.write_blob(file, marshal.dumps(tuple(getattr(index, field) for field in _STORED)))
        except ValueError:
            pass
    return index


def _index_from(rules: tuple[Rule, ...], stored: object) -> RuleIndex | None:
    """The index of `rules` with the masks `stored` holds, or None when they are not masks of
    as many rules, in _STORED's layout."""
    if type(stored) is not tuple or len(stored) != len(_STORED):
        return None
    always, between, not_in_prose, by_char, by_where, limits, at_least = stored
    if not (type(by_char) is dict and type(by_where) is dict and type(limits) is list and type(at_least) is list
            and len(limits) == len(at_least)):
        return None
    # (checked by C loops over the values: a Python test per mask cost a third of the reading)
    masks = [always, between, not_in_prose, *by_char.values(), *by_where.values(), *at_least]
    if (set(map(type, masks)) != {int} or min(masks) < 0 or max(masks) >> len(rules)
            or not set(map(type, limits)) <= {int} or not set(map(type, by_char)) | set(map(type, by_where)) <= {str}):
        return None
    index = RuleIndex.__new__(RuleIndex)
    index.rules = rules
    index.always, index.between, index.not_in_prose = always, between, not_in_prose
    index.by_char, index.by_where, index.limits, index.at_least = by_char, by_where, limits, at_least
    index.keys = frozenset(by_char)
    return index
