"""The text a regular expression cannot match without: a prefilter cheaper than searching.

`required_literals(pattern, flags)` returns strings such that every match of the pattern
contains at least one of them (or None when no such set is known). A rule whose strings are
all absent from a line cannot match it, so the search is skipped: a substring test is one C
scan, while a pattern starting with a lookbehind or an alternation makes sre try a match at
every position. With hundreds of boilerplate rules, most lines rule most of them out this way.

Derived from sre's own parse of the pattern (re._parser), conservatively: literal runs,
classes of a few characters, the union over an alternation's branches, the body of a group,
a repeat of at least one, a positive lookaround. Anything else requires nothing. Under
IGNORECASE only characters sre treats as caseless count (every CJK character and
punctuation mark), so a plain substring test is exact. If the parser is not what this
module expects, the answer is None: search as before.
"""

from __future__ import annotations

import marshal
import re
import sys

# A class of at most this many characters becomes a set of one-character strings.
MAX_CLASS_CHARS = 16

try:  # CPython's parser and case table, the ones re.compile uses
    import _sre
    from re import _constants as _c
    from re import _parser
except ImportError:  # pragma: no cover - another Python: no prefilter
    _parser = None


def required_literals(pattern: str, flags: int = 0, *, consumed: bool = False,
                      any_case: bool = False) -> tuple[str, ...] | None:
    """Strings one of which every match contains (longest-first), or None. With `consumed`,
    strings one of which the matched text itself holds: lookarounds are left out, so
    a pattern that only looks around for common words ("年", "20") answers with what it takes
    ("×"). Both answers hold; where they differ, a line must pass both tests. With
    `any_case`, cased letters count too, as written in the pattern: every match contains one of
    the strings compared without case (re.IGNORECASE's own comparison), so the test for them
    is caseless_test, never a substring test; a pattern whose words are English ("read more")
    gets one. An any-case answer is None for a pattern anchored at the start (starts_anchored):
    sre tries it at one position, cheaper than any test. (Answers are kept on disk with the
    others: deriving them parses the pattern, ~0.5 ms a rule at a filter's start.)"""
    if _parser is None:
        return None
    known = _known()
    # Plain ints (marshal refuses re.RegexFlag); the consumed-only and any-case answers under
    # flag bits re never uses, so all kinds share one store.
    # The pattern as UTF-8 bytes: marshal reads bytes back as a copy, where a str key (the
    # patterns hold Chinese) is decoded character by character at every filter's start.
    key = (pattern.encode("utf-8", "surrogatepass"),
           int(flags) | (CONSUMED_KEY_BIT if consumed else 0) | (ANY_CASE_KEY_BIT if any_case else 0))
    found = known.get(key, _ABSENT)
    if type(found) is bytes:  # as stored: the answer marshalled, read when first asked for
        found = known[key] = _unmarshalled(found)
    if found is not _ABSENT and _well_formed_value(found):  # what is stored is trusted only that far
        return found
    found = _derive(pattern, flags, consumed, any_case)
    if len(_new) < MAX_NEW:
        known[key] = _new[key] = found
    return found


CONSUMED_KEY_BIT = 1 << 30
ANY_CASE_KEY_BIT = 1 << 29


def _derive(pattern: str, flags: int, consumed: bool = False, any_case: bool = False) -> tuple[str, ...] | None:
    try:
        parsed = _parser.parse(pattern, flags)
        # any_case: read as if case counted (every letter a literal of its own); a group that
        # turns IGNORECASE on inside still refuses cased letters, which only drops strings.
        ignorecase = bool(parsed.state.flags & re.IGNORECASE) and not any_case
        if any_case and not parsed.state.flags & re.MULTILINE and _anchored(list(parsed)):
            return None  # tried at one position only: the search is cheaper than any test
        found = _sequence(list(parsed), ignorecase, consumed)
    except Exception:  # an unexpected shape of re's internals: no prefilter, never a wrong one
        return None
    if not found or "" in found:
        return None
    return tuple(sorted(found, key=lambda s: (-len(s), s)))


# Answers kept between processes (resources' blobs): re's parser is Python, and the masks'
# detectors alone cost 11 M instructions to parse at every `pandoc --filter` call. Each answer
# is stored marshalled on its own, as bytes, and read when asked for: a call asks for a few
# dozen of the ~400, and unmarshalling every tuple of strings at the start cost 2 M. Keyed by
# this file's code and the interpreter (whose parser it reads); saved by save(), which the
# filter calls, so property tests' random patterns never reach the disk. At most MAX_NEW
# answers are remembered per process.
MAX_NEW = 1000
MAX_STORED = 4000
_loaded: list[dict] = []
_new: dict[tuple[bytes, int], tuple[str, ...] | None] = {}
_ABSENT = object()


def _file_name() -> str:
    from .. import resources

    # not pathlib: 20 M instructions of a filter call to import
    key = resources.digest(sys.version.encode(), resources.file_digest(__file__).encode())
    return f"literals-{key}.marshal"


def _known() -> dict:
    if not _loaded:
        from .. import resources

        # Each entry's shape is checked when it is asked for (required_literals) and when the
        # file is written again (save), not all ~400 at every start (2.7 M instructions).
        _loaded.append(resources.read_mapping(_file_name()))
    return _loaded[0]


def _unmarshalled(stored: bytes):
    """A stored answer read back (_ABSENT if unreadable: it is derived again)."""
    try:
        return marshal.loads(stored)
    except (EOFError, ValueError, TypeError):
        return _ABSENT


def _read_entry(entry: tuple) -> tuple:
    """(key, answer) of a stored entry whose answer may still be marshalled (_ABSENT if unreadable)."""
    key, value = entry
    return key, _unmarshalled(value) if type(value) is bytes else value


def _well_formed(key, value) -> bool:
    return (isinstance(key, tuple) and len(key) == 2 and isinstance(key[0], bytes) and isinstance(key[1], int)
            and _well_formed_value(value))


def _well_formed_value(value) -> bool:
    return value is None or (isinstance(value, tuple) and all(isinstance(v, str) for v in value))


def save() -> int:
    """Store the answers derived for the first time in this process; returns how many."""
    if not _new:
        return 0
    from .. import resources

    count = len(_new)
    known = {key: value for key, value in map(_read_entry, _known().items()) if _well_formed(key, value)}
    if len(known) > MAX_STORED:  # grown by development edits to patterns: start again
        known = dict(_new)
    if not resources.write_mapping(_file_name(), {key: marshal.dumps(value) for key, value in known.items()}):
        return 0
    _new.clear()
    return count


def may_match(literals: tuple[str, ...] | None, text: str) -> bool:
    """False only when the pattern with these literals certainly does not match `text`."""
    return literals is None or any(literal in text for literal in literals)


def literal_test(literals: tuple[str, ...] | None):
    """may_match as one C call: a search for any of the literals (None: nothing to test).
    Build it once per pattern; calling it per line is the point."""
    if literals is None:
        return None
    return re.compile(alternation(literals)).search


def alternation(literals: tuple[str, ...]) -> str:
    """`"|".join(map(re.escape, literals))`, escaped in one call: re.escape is a Python call a
    literal (~28,000 instructions a rule's test at a filter's start, 198 tests on the seed). NUL
    is no character re.escape changes, so it marks the joins (a literal holding one: one by one)."""
    joined = "\0".join(literals)
    if joined.count("\0") != len(literals) - 1:
        return "|".join(map(re.escape, literals))
    return re.escape(joined).replace("\0", "|")


def caseless_test(literals: tuple[str, ...] | None):
    """A test for any of required_literals(..., any_case=True)'s strings compared as
    re.IGNORECASE compares them, as cheap as a substring test: None when it cannot be made so
    (no strings, or a string with a character neither ASCII nor caseless: _lowers_exactly).
    A line whose match holds one of the strings holds it in some case. Under IGNORECASE an
    ASCII letter matches only itself, its other case and four letters outside ASCII (re's
    documentation: U+0130, U+0131, U+017F and the Kelvin sign U+212A). str.lower maps every
    character to one (U+0130 alone lowers to two; the Kelvin sign lowers to k), so a line
    without U+0130, U+0131, U+017F holds a string in some case exactly when its lower case
    holds the string's lower case; a line with one of them is searched as the rule would
    (the slow, exact way). Returns a callable giving None when the line certainly holds none."""
    if literals is None or not all(_lowers_exactly(c) for literal in literals for c in literal):
        return None
    lowered = tuple(sorted({literal.lower() for literal in literals}, key=lambda s: (-len(s), s)))
    exact = re.compile(alternation(literals), re.IGNORECASE).search

    def test(text: str):
        if "\u0130" in text or "\u0131" in text or "\u017f" in text:
            return exact(text)
        low = text.lower()
        for literal in lowered:
            if literal in low:
                return literal
        return None
    return test


def _lowers_exactly(char: str) -> bool:
    """ASCII, or a character IGNORECASE matches only to itself and no other character lowers
    to (a CJK character, a digit, a punctuation mark or symbol): its lower case in a line is
    itself, where it stands."""
    if char.isascii():
        return True
    import unicodedata

    return (not _sre.unicode_iscased(ord(char)) and char.lower() == char == char.upper()
            and unicodedata.category(char) in _UNCASED_CATEGORIES)


_UNCASED_CATEGORIES = frozenset({"Lo", "Nd", "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Sm", "Sc", "Sk", "So", "Zs"})


def starts_anchored(pattern: str, flags: int = 0) -> bool:
    """Whether every match of the pattern begins at the start of the text (a leading ^ or \\A,
    in each branch, not under MULTILINE): sre then fails a search at other positions at once,
    and no prefilter is cheaper than the search. False when unsure."""
    if _parser is None:
        return False
    try:
        parsed = _parser.parse(pattern, flags)
        if parsed.state.flags & re.MULTILINE:
            return False
        return _anchored(list(parsed))
    except Exception:  # an unexpected shape of re's internals: not known to be anchored
        return False


def _anchored(items: list) -> bool:
    if not items:
        return False
    op, av = items[0]
    if op is _c.AT:
        return av in (_c.AT_BEGINNING, _c.AT_BEGINNING_STRING)
    if op is _c.SUBPATTERN:
        _group, add_flags, _del_flags, body = av
        return not add_flags & re.MULTILINE and _anchored(list(body))
    if op is _c.BRANCH:
        return all(_anchored(list(branch)) for branch in av[1])
    return False


def _caseless(code: int, ignorecase: bool) -> bool:
    return not ignorecase or not _sre.unicode_iscased(code)


def _sequence(items: list, ignorecase: bool, consumed: bool = False) -> frozenset[str] | None:
    """Every match of the items in a row holds each run of literals and each item's
    requirement; pick the most selective of them."""
    candidates: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is _c.LITERAL and _caseless(av, ignorecase):
            run.append(chr(av))
            continue
        if run:
            candidates.append(frozenset(["".join(run)]))
            run = []
        required = _item(op, av, ignorecase, consumed)
        if required:
            candidates.append(required)
    if run:
        candidates.append(frozenset(["".join(run)]))
    if not candidates:
        return None
    # The shortest string of a set is what a line must hold at least: the longer, the rarer.
    return max(candidates, key=lambda c: (min(map(len, c)), -len(c)))


def _item(op, av, ignorecase: bool, consumed: bool = False) -> frozenset[str] | None:
    if op is _c.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is _c.LITERAL and _caseless(value, ignorecase):
                chars.add(chr(value))
            elif kind is _c.RANGE and value[1] - value[0] < MAX_CLASS_CHARS and all(
                    _caseless(code, ignorecase) for code in range(value[0], value[1] + 1)):
                chars.update(map(chr, range(value[0], value[1] + 1)))
            else:
                return None  # NEGATE, a category, a cased letter, a wide range
        return frozenset(chars) if 0 < len(chars) <= MAX_CLASS_CHARS else None
    if op is _c.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            required = _sequence(list(branch), ignorecase, consumed)
            if not required:
                return None  # one branch needs nothing: neither does the alternation
            union |= required
        return frozenset(union)
    if op is _c.SUBPATTERN:
        _group, add_flags, del_flags, body = av
        inner = (ignorecase or bool(add_flags & re.IGNORECASE)) and not del_flags & re.IGNORECASE
        return _sequence(list(body), inner, consumed)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        low, _high, body = av
        return _sequence(list(body), ignorecase, consumed) if low >= 1 else None
    if op is _c.ASSERT:  # a positive lookahead or lookbehind: its text is in the line too
        return None if consumed else _sequence(list(av[1]), ignorecase)
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _sequence(list(av), ignorecase, consumed)
    return None
