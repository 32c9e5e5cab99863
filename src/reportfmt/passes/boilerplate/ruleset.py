"""Load boilerplate rules: shipped YAML files, overlaid by the user's files (by rule name).

A rule matches by `match` (a regular expression) or by `block` (one whole block's text, as a
reviewer marked it on the review page: compared with spaces, character widths and quote
styles ignored, so the text as finally typeset still names the block as first read).
`action: keep` protects the blocks it matches from every removal by rule or repetition.

A concept file may define a site profile (`profile: {name, min_markers}`): its rules marked
`profile: NAME` act only on pages where rules marked `marker: NAME` match at least min_markers
times (distinct rules, or hits when `count: hits`); see profiles.py.

A concept file may name parts of its patterns once (`vocabulary:`): a list of words becomes an
alternation, a string a pattern, and `<<name>>` in a `match`, a `not_after`, a `not_before` (or in
another part) stands for it. `{letter-spaced: NAME}` is the list NAME's words with blanks allowed
between their characters: a box that aligns its columns prints "索   引   号" for 索引号.
The meta-line rules are built that way: the labels template sites print, and the shapes of their
values, written once and combined into the structure of a line made only of such fields.

Parsing YAML costs more than anything else a `pandoc --filter` start does, so the parsed
files are cached on disk (resources.read_blob), keyed by the files' contents, the package
version and PyYAML's: a new or edited rule file is a new key, and rules are rebuilt from it.
Cached with them: the rules, as rows of each Rule's field values (their vocabularies expanded,
each pattern's required literals found by passes/literals.py, which let a line skip the search
of every rule it cannot match). Only data is cached, and only once every rule was checked and
every pattern compiled; the key holds this module's code too, which makes the rows. Profiles
and followers are built from the data on each load, and a rule compiles its pattern when a
line first gets past its literals (from passes/regex_cache.py when the filter runs).
"""

from __future__ import annotations

import functools
import marshal
import os
import re
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import MISSING, dataclass, fields

from ... import resources
from ...errors import ReportfmtError
from .. import literals as literals_module
from ..literals import caseless_test, literal_test, required_literals
from . import line_form as line_form_module
from .line_form import pattern_form, rule_forms

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing: the filter's path never needs it
if TYPE_CHECKING:
    from pathlib import Path

# The shipped rule files, one per concept, beside this module (packaged in the wheel). Read
# through os.path: pathlib costs `pandoc --filter` 20 M instructions to import; RULES_DIR (a
# Path) is made when asked for.
_RULES_FOLDER = os.path.join(os.path.dirname(__file__), "rules")

# Substring tests a rule makes (a literal each) before it builds its literal test's pattern
# (Rule._holds_literal): about what building it costs, so a rule asked often never pays more
# than twice what the best choice made in hindsight would have cost.
LITERAL_CHECKS_BEFORE_TEST = 400

WHERE = ("head", "tail", "anywhere")
ACTIONS = ("drop", "drop-rest", "cut", "keep")
RULE_FLAGS = re.I
# A `block` rule may act on a block of any length: a person chose that very block.
BLOCK_MAX_CHARS = 1_000_000


@dataclass(frozen=True)
class Rule:
    """One boilerplate rule of a YAML file: what it matches, where, and what it does."""
    name: str
    concept: str
    # The regular expression's text (a `block` rule's from block_pattern), compiled with
    # `flags` on first use (`pattern`): a page rules most rules out by their literals alone,
    # and those never need their pattern (the largest are meta lines built from vocabularies).
    source: str
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
    # A notice written as a sentence, which a page may hard-wrap over a few lines: when the
    # line it drops stops mid-sentence, the short lines finishing that sentence go with it
    # (boilerplate.wrapped_lines).
    wraps: bool = False
    # A pattern the line kept just above may not match: a line of the text's own under it (an
    # article's 关键词 under its 摘要) is the text's, however much it looks like the site's.
    not_after: str = ""
    # A pattern the next line may not match: a line over a line of the text's own is the text's
    # too (a paper's 【摘要】 over its 【关键词】 line is its abstract, not a site's summary).
    not_before: str = ""
    # Acts only beside other chrome: the line right above went (a rule, a repeated title, an
    # earlier round) or the line right below is one a rule drops. A line of bare names is a
    # document's own byline unless it stands among the page's facts.
    beside_chrome: bool = False
    # Acts only between two lines of chrome, after the scan (between.py): a short word alone is a
    # site's tab or button there, however it is worded; anywhere else it may be the text's own.
    # The line loop, and everyone asking which rule a line matches, never sees it.
    between_chrome: bool = False
    # Not inside the text: a line with the text's own line kept right above it and the article
    # going on below it (paragraphs of finished sentences) is the text's (an article's 关键词
    # between its opening paragraph and its first section); after the text, or among the
    # page's facts above it, the rule acts.
    outside_text: bool = False
    # Not over the document's own close: a line with the document's signer over its date below
    # it (a notice's "网址：…" where readers apply, then "某某中心 / 2026年5月10日"), or a
    # paragraph of its prose, is the document's own; a page's box after the text has only the
    # site's lines, or nothing, below it.
    over_signature: bool = False
    # Strings one of which every match holds in the line's rule form (passes/literals.py, on
    # form_source); None: always search.
    literals: tuple[str, ...] | None = None
    flags: int = RULE_FLAGS
    # The pattern as it reads for the line's rule form (line_form.pattern_form: its full-width
    # characters folded as the line's are): what `search` matches. "" : the same as `source`.
    form_source: str = ""
    # A small pattern every line the rule matches also matches (`needs:` in the YAML, written
    # from the pattern's own requirements: "a digit", "a colon or a digit"): tested before the
    # literals and the search. A rule whose literals include a single ":" or "." rules out
    # almost no line by them; this test does, so its large pattern is neither built nor
    # searched on such lines. "" : none.
    needs: str = ""

    @functools.cached_property
    def pattern(self) -> re.Pattern[str]:
        """The pattern for the line as written (a cut rule cuts the line itself)."""
        return re.compile(self.source, self.flags)

    @functools.cached_property
    def form_pattern(self) -> re.Pattern[str]:
        """The pattern for the line's rule form (line_form.rule_form)."""
        return self.pattern if not self.form_source else re.compile(self.form_source, self.flags)

    @functools.cached_property
    def prefilter(self) -> Callable[[str], object] | None:
        """literal_test(literals): a line without any of them skips the search."""
        return literal_test(self.literals)

    def follows_its_exception(self, above: str | None) -> bool:
        """Whether the line above is one under which this rule's lines are the text's own (read
        as printed and in its rule forms: "關(guān)鍵詞" is a 关键词 line)."""
        return bool(self.not_after and above and _any_form(self.not_after, above, self.flags))

    def precedes_its_exception(self, below: str | None) -> bool:
        """Whether the line below is one over which this rule's lines are the text's own."""
        return bool(self.not_before and below and _any_form(self.not_before, below, self.flags))

    @functools.cached_property
    def caseless_prefilter(self) -> Callable[[str], object] | None:
        """For a rule without literals (its words hold cased letters, which the rule matches in
        any case): the same literal test read without case (literals.caseless_test); none for a
        pattern anchored at the line's start (required_literals answers None: sre tries one
        position, cheaper than any test). Derived on first use, for the few rules that get this
        far: 30 of 266 lack literals, among them the dearest search of the pass ("…read more"
        at the end of a tail line: a lazy `.{9,}?` from every position, ~60 µs of CPU a line
        without the words)."""
        return caseless_test(required_literals(self.form_source or self.source, self.flags, any_case=True))

    def search(self, text: str) -> re.Match[str] | None:
        """form_pattern.search on a line's rule form, skipped when it lacks every required literal."""
        if self.needs and _needs_test(self.needs, self.flags)(text) is None:
            return None
        if self.literals is not None:
            if not self._holds_literal(text):
                return None
        elif self.caseless_prefilter is not None and self.caseless_prefilter(text) is None:
            return None
        return self.form_pattern.search(text)

    def may_match(self, text: str) -> bool:
        """False only when the line's rule form lacks what every match needs (no match anywhere)."""
        if self.needs and _needs_test(self.needs, self.flags)(text) is None:
            return False
        return self.literals is None or self._holds_literal(text)

    def _holds_literal(self, text: str) -> bool:
        """Whether the line holds one of the rule's literals: by `prefilter` (one C search) once
        the rule has been asked often enough to pay for building it, by a substring test per
        literal until then. Building the prefilter's pattern costs ~50,000 instructions
        (_sre.compile's ~140 a code word), ~200 rules' worth on the seed under `pandoc --filter`
        (a twentieth of the passes), most of them asked about a few lines only; a long batch
        builds the tests of the rules it keeps asking. The two tests give the same answer."""
        state = self.__dict__
        test = state.get("prefilter")
        if test is None:
            # (a count kept beside the cached properties, outside the frozen fields: a rule's
            # equality and hash are its fields')
            spent = state.get("_literal_checks", 0) + len(self.literals)
            if spent <= LITERAL_CHECKS_BEFORE_TEST:
                state["_literal_checks"] = spent
                for literal in self.literals:
                    if literal in text:
                        return True
                return False
            test = self.prefilter
        return test(text) is not None


@functools.cache
def _needs_test(needs: str, flags: int) -> Callable[[str], object]:
    """A rule's `needs` pattern's search, compiled once for all rules sharing it."""
    return re.compile(needs, flags).search


@dataclass(frozen=True)
class Profile:
    """A site profile: its rules act where this many of its markers show."""
    name: str
    min_markers: int
    count: str  # "rules": distinct marker rules; "hits": every match


@functools.cache
def load_rules(extra_files: tuple[str, ...] = ()) -> tuple[Rule, ...]:
    """Shipped rules, then each extra file; a rule named again replaces the earlier one.

    `keep` rules come first: the first rule that matches a block decides, and a kept block
    must win over any rule that would drop it."""
    by_name: dict[str, Rule] = {}
    files = _rule_files(extra_files)
    parsed, rows = parsed_rule_files(tuple(files))
    for file_rows in rows:
        for row in file_rows:
            rule = _rule_from_row(row)
            by_name[rule.name] = rule
    # The same files define the profiles and the followers: read them once (reading means
    # hashing them and loading the parsed data: 10 M instructions of a filter call each time).
    _READ[extra_files] = (files, parsed)
    rules = list(by_name.values())
    loaded = tuple(sorted(rules, key=lambda rule: rule.action != "keep"))
    _name_set(loaded, _ROWS_NAME.pop(tuple(files), ""))
    return loaded


@functools.cache
def active_rules(extra_files: tuple[str, ...], profiles: frozenset[str]) -> tuple[Rule, ...]:
    """load_rules' rules that act on a page where these profiles are on: the same tuple for
    the same profiles, so answers kept per rule set (by identity) last across the pipeline's
    rounds and documents."""
    loaded = load_rules(extra_files)
    active = tuple(r for r in loaded if not r.profile or r.profile in profiles)
    if (name := set_name(loaded)) is not None:
        _name_set(active, f"{name}|active:{','.join(sorted(profiles))}")
    return active


# id(rule set) -> (the rule set, the name of its contents): the sets load_rules and active_rules
# give, named by the rule cache file their rows came from (a name its files' contents and the
# code making rows decide) and the profiles chosen. What is worked out from a set alone may be
# stored on disk under its name (rule_index.index_of), never for a set made any other way.
_SET_NAMES: dict[int, tuple[tuple[Rule, ...], str]] = {}
# The rule files (as parsed_rule_files was given them) -> the name of the cache file of their rows.
_ROWS_NAME: dict[tuple, str] = {}


def _name_set(rules: tuple[Rule, ...], name: str) -> None:
    if name:
        _SET_NAMES[id(rules)] = (rules, name)


def set_name(rules) -> str | None:
    """The name of this very rule set's contents (load_rules', active_rules'), or None."""
    known = _SET_NAMES.get(id(rules))
    return known[1] if known is not None and known[0] is rules else None


def keeps_any(rules: tuple[Rule, ...]) -> bool:
    """Whether any keep rule exists (a reviewer's marks; keep rules lead the tuple): without
    one, no block's text need be read to ask keeping_rule (a 50,000-row table's is a megabyte)."""
    return bool(rules) and rules[0].action == "keep"


def keeping_rule(rules: tuple[Rule, ...], text: str) -> Rule | None:
    """The `keep` rule protecting this block text, if any (keep rules lead the tuple); it
    sees the line's rule forms, as every rule does (folded only when a keep rule exists)."""
    forms = None
    for rule in rules:
        if rule.action != "keep":
            return None
        # The block as printed first: a reviewer's mark names it with its bullet.
        forms = (text, *rule_forms(text)) if forms is None else forms
        if any(rule.search(form) for form in forms):
            return rule
    return None


# Characters a typeset text may show in place of what the page had (typography changes
# punctuation widths and quote styles; NFKC folds the other full-width forms).
_EQUIVALENT = {",": ",，", ":": ":：", ";": ";；", "?": "?？", "!": "!！", "(": "(（", ")": ")）",
               '"': '"“”', "'": "'‘’", "“": '"“”', "”": '"“”', "‘": "'‘’", "’": "'‘’",
               ".": ".。．", "。": ".。．"}


def block_pattern(text: str) -> re.Pattern[str]:
    """A pattern for one whole block: spaces anywhere optional, widths and quotes folded."""
    return re.compile(block_source(text))


def block_source(text: str) -> str:
    """block_pattern's text."""
    parts = []
    for char in "".join(text.split()):
        folded = unicodedata.normalize("NFKC", char)
        options = set(_EQUIVALENT.get(folded, "")) | {char, folded}
        parts.append("[" + "".join(re.escape(c) for c in sorted(options)) + "]" if len(options) > 1
                     else re.escape(char))
    return r"^\s*" + r"\s*".join(parts) + r"\s*$"


@functools.cache
def load_profiles(extra_files: tuple[str, ...] = ()) -> dict[str, Profile]:
    """The site profiles the rule files define, by name (a later file redefines one)."""
    profiles: dict[str, Profile] = {}
    for path, data in zip(*rule_file_data(extra_files), strict=True):
        raw = data.get("profile")
        if not raw:
            continue
        try:
            profile = Profile(str(raw["name"]), int(raw.get("min_markers", 2)), str(raw.get("count", "rules")))
        except (KeyError, TypeError, ValueError) as exc:
            raise ReportfmtError(f"bad profile {raw!r}: {exc}", source=str(path)) from None
        profiles[profile.name] = profile
    return profiles


def rule_file_data(extra_files: tuple[str, ...] = ()) -> tuple[list[str | Path], list[dict]]:
    """The rule files (shipped, then extra) and each one's YAML data, as load_rules last read
    them: profiles and followers are defined in the same files. Their `rules:` lists are left
    out (load_rules has made them its rules; the cache keeps only the rules' rows)."""
    load_rules(extra_files)
    return _READ[extra_files]


# extra_files -> (files, their data) as load_rules last read them.
_READ: dict[tuple[str, ...], tuple[list[str | Path], list[dict]]] = {}


def __getattr__(name: str):
    if name == "RULES_DIR":
        from pathlib import Path

        return Path(_RULES_FOLDER)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _rule_files(extra_files: tuple[str, ...]) -> list[str | Path]:
    """The shipped files by name (as paths in one folder sort), then the user's (as Paths, as given)."""
    shipped = sorted(os.path.join(_RULES_FOLDER, name) for name in os.listdir(_RULES_FOLDER) if name.endswith(".yaml"))
    if not extra_files:
        return shipped
    from pathlib import Path

    return shipped + [Path(f) for f in extra_files]


def parsed_rule_files(files: tuple[str | Path, ...]) -> tuple[list[dict], list[list[tuple]]]:
    """Each file's YAML data (a mapping) and its rules, checked and made ready as rows of
    Rule's field values (_rule_from_row), from the disk cache when these exact contents were
    read before. Building the rules from YAML data (their vocabularies expanded, their literals
    found) cost 8 M instructions of every filter call; the rows are what it gives."""
    digests = []
    for path in files:
        try:
            digests.append(resources.file_digest(path).encode())
        except OSError as exc:
            raise ReportfmtError(f"cannot read rule file: {exc}", source=str(path)) from None
    # What the cached data depends on besides the files: the package, PyYAML, the Python whose
    # re parser the literals come from, and the code deriving them (edited in development).
    # This module is part of the key too: the rows are what its code makes of the files. Each
    # file enters by the digest of its bytes (resources.file_digest: remembered by its stat).
    name = f"rules-{_rules_key(digests)}.marshal"
    cached = resources.read_marshalled(name)
    if (isinstance(cached, tuple) and len(cached) == 2 and isinstance(cached[0], list)
            and len(cached[0]) == len(files) and all(isinstance(d, dict) for d in cached[0])
            and isinstance(cached[1], list) and len(cached[1]) == len(files)
            and all(isinstance(rows, list) and all(type(row) is dict and row.keys() >= _ROW_REQUIRED
                                                   for row in rows) for rows in cached[1])):
        _ROWS_NAME[files] = name
        return cached
    contents = []
    for path in files:
        try:
            contents.append(_read_bytes(path))
        except OSError as exc:
            raise ReportfmtError(f"cannot read rule file: {exc}", source=str(path)) from None
    # The contents parsed are the ones named: a file changed since its digest is stored under its own.
    name = f"rules-{_rules_key([resources.digest(text).encode() for text in contents])}.marshal"
    parsed = [_parse_yaml(path, text) for path, text in zip(files, contents, strict=True)]
    literals = {}
    for path, data in zip(files, parsed, strict=True):
        vocabulary = data.get("vocabulary") or {}
        parts: dict[str, str] = {}
        for raw in data.get("rules", []) or ():
            if isinstance(raw, dict) and isinstance(raw.get("match"), str):
                try:
                    match = expand_parts(raw["match"], vocabulary, parts)
                except ValueError:
                    continue  # reported as a bad rule when the rules are built
                try:
                    # Rules compile their patterns when first used: a pattern re refuses is
                    # found here, before these contents are cached as good.
                    re.compile(match, RULE_FLAGS)
                    form = pattern_form(match)
                    re.compile(form, RULE_FLAGS)
                except re.error as exc:
                    raise ReportfmtError(f"bad rule {raw!r}: {exc}", source=str(path)) from None
                # The rule index and the literal test look in the line's rule form.
                literals[match] = required_literals(form, RULE_FLAGS)
    # Every rule checked here (a bad one is an error), before these contents are cached as good.
    rows = [[_row_of(rule) for rule in _rules_from(path, data, literals)]
            for path, data in zip(files, parsed, strict=True)]
    # The rules are their rows now: loading their YAML data again would cost 2 M instructions.
    parsed = [{key: value for key, value in data.items() if key != "rules"} for data in parsed]
    try:
        resources.write_blob(name, marshal.dumps((parsed, rows)))
    except ValueError:
        pass  # a YAML value marshal cannot hold (a date...): parse again next time
    _ROWS_NAME[files] = name
    return parsed, rows


def _rules_key(file_digests: list[bytes]) -> str:
    """The rule cache's key: the rule files' digests and what the rows depend on besides them."""
    return resources.digest(resources.VERSION.encode(), _yaml_version_source(), sys.version.encode(),
                            resources.file_digest(literals_module.__file__).encode(),
                            resources.file_digest(__file__).encode(),
                            resources.file_digest(line_form_module.__file__).encode(), *file_digests)


def _yaml_version_source() -> bytes:
    """The digest of PyYAML's `__init__.py`, which states its version (how the files parse),
    read without importing PyYAML: a warm cache then needs no YAML at all, and importing it was
    28 M instructions of a `pandoc --filter` call."""
    from ..deferred_imports import find_spec  # importlib.util's, without importing it

    try:
        spec = find_spec("yaml")
        return resources.file_digest(spec.origin).encode() if spec is not None and spec.origin else b""
    except (OSError, ValueError, ImportError):
        return b""  # no PyYAML: parsing the files will say so


def _read_bytes(path: str | Path) -> bytes:
    with open(path, "rb") as file:
        return file.read()


def _parse_yaml(path: str | Path, content: bytes) -> dict:
    from ..module_bundle import imported_for_rebuilding

    yaml = imported_for_rebuilding("yaml")  # the rules' cache is rebuilt: a warm call never parses YAML

    # libyaml's loader when PyYAML has it: the same safe subset of YAML, ten times faster.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(content.decode("utf-8"), Loader=loader) or {}
    except (UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ReportfmtError(f"cannot read rule file: {exc}", source=str(path)) from None
    if not isinstance(data, dict):
        raise ReportfmtError("a rule file must hold a mapping (concept, rules)", source=str(path))
    return data


_PART = re.compile(r"<<([a-z][a-z0-9-]*)>>")
# A part may name other parts; this many rounds of expansion settle any sensible nesting.
MAX_EXPANSIONS = 8


def expand_parts(pattern: str, vocabulary: dict, parts: dict[str, str] | None = None) -> str:
    """`<<name>>` replaced by the vocabulary's part: words as an alternation (longest first, so
    "发布时间" wins over "发布"), a string as the pattern it is. `parts` keeps the parts made
    for the file's earlier rules (escaping a list of hundreds of words is worth doing once)."""
    parts = {} if parts is None else parts

    def expanded(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in parts:
            parts[name] = _part(name, vocabulary)
        return parts[name]

    for _ in range(MAX_EXPANSIONS):
        if not _PART.search(pattern):
            return pattern
        pattern = _PART.sub(expanded, pattern)
    raise ValueError(f"vocabulary parts nest too deep in {pattern[:80]!r}")


def _part(name: str, vocabulary: dict) -> str:
    if name not in vocabulary:
        raise ValueError(f"no vocabulary part named {name!r}")
    value = vocabulary[name]
    if isinstance(value, dict) and set(value) == {"letter-spaced"}:
        words = vocabulary.get(value["letter-spaced"])
        if not isinstance(words, list):
            raise ValueError(f"{name!r}: letter-spaced needs a list of words, {value['letter-spaced']!r} is not one")
        spaced = {r"\s*".join(re.escape(c) for c in str(w).replace(" ", "")) for w in words}
        return "(?:" + "|".join(sorted(spaced, key=lambda w: (-len(w), w))) + ")"
    if isinstance(value, list):
        return "(?:" + "|".join(re.escape(str(w)) for w in sorted(value, key=lambda w: -len(str(w)))) + ")"
    return "(?:" + str(value) + ")"


def _any_form(pattern: str, text: str, flags: int) -> bool:
    return any(re.search(pattern, form, flags) for form in (text, *rule_forms(text)))


# Rule's fields in order: a rule's row in the rule cache holds their values.
RULE_FIELDS = tuple(field.name for field in fields(Rule))
# The pattern texts, ~85 % of the rows' characters, mostly Chinese: a row holds them as UTF-8
# bytes, decoded when a rule's text is first read (_TextFromRow). marshal copies bytes but
# decodes a str character by character: 6.6 M instructions of every filter call for the
# ~170,000 characters, most of them of rules no line of the document asks to search.
# A rule's `example` too (~10,000 characters over the rules, read only by the files' checks).
ROW_TEXT_FIELDS = ("source", "form_source", "example")
_TEXT_PREFIX = "_utf8_"
_ROW_KEYS = tuple(_TEXT_PREFIX + name if name in ROW_TEXT_FIELDS else name for name in RULE_FIELDS)
# And a rule's literals (~3,000 short strings over the rules): in one UTF-8 bytes object, joined
# by _LITERALS_JOIN, under _LITERALS_KEY, split and decoded when first read (_LiteralsFromRow):
# a line reads the literals of the rules its own characters make candidates (rule_index.py): the
# seed's lines read 300 of 467 rules' literals, and its call costs 0.6 M instructions fewer with
# the examples left as bytes too. A rule without
# literals (None), with none at all (()) or with one holding the joiner keeps them as they are.
_LITERALS_KEY = _TEXT_PREFIX + "literals"
_LITERALS_JOIN = "\0"
# A row is the rule's __dict__ as it stands before any field is read: a mapping, not a tuple
# of every field's value, and without the fields whose value is their default (which the class
# gives, as it does for a Rule made by its own __init__): of a rule's 23 fields ~10 are not
# defaults. Making each rule's dict from a tuple (zip, then an insert per field into a dict
# growing as it goes) was 8.7 M instructions of every filter call for the ~500 shipped rules;
# marshal makes the smaller dicts in C and a rule takes a copy of its row.
_ROW_DEFAULTS = {field.name: field.default for field in fields(Rule)
                 if field.default is not MISSING and field.name not in ROW_TEXT_FIELDS}
_ROW_REQUIRED = frozenset(key for key, name in zip(_ROW_KEYS, RULE_FIELDS, strict=True) if name not in _ROW_DEFAULTS)


class _TextFromRow:
    """A Rule's pattern text as its cached row holds it, decoded on the first read and then kept
    in the rule's __dict__ as the field's value (which hides this descriptor from then on, as
    it does for a Rule made by its own __init__)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.stored = _TEXT_PREFIX + name

    def __get__(self, rule: Rule | None, owner: type | None = None):
        if rule is None:
            return self
        state = rule.__dict__
        text = state[self.stored].decode("utf-8", "surrogatepass")
        state[self.name] = text
        return text


for _name in ROW_TEXT_FIELDS:
    setattr(Rule, _name, _TextFromRow(_name))


class _LiteralsFromRow:
    """A Rule's literals as its cached row holds them (_LITERALS_KEY), split and decoded on the
    first read, then kept in the rule's __dict__ (as _TextFromRow); a row without them is a rule
    whose literals are the field's default, None."""

    def __get__(self, rule: Rule | None, owner: type | None = None):
        if rule is None:
            return self
        state = rule.__dict__
        joined = state.get(_LITERALS_KEY)
        literals = None if joined is None else tuple(joined.decode("utf-8", "surrogatepass").split(_LITERALS_JOIN))
        state["literals"] = literals
        return literals


Rule.literals = _LiteralsFromRow()


def _row_of(rule: Rule) -> dict:
    """The rule's row: its field values by name (its pattern texts as UTF-8 bytes), less the
    fields holding their default value, of the default's own type (an int 2 for flags stays:
    the default is re.I, a RegexFlag, and a rule reads the flags the row holds)."""
    row = {}
    for key, name in zip(_ROW_KEYS, RULE_FIELDS, strict=True):
        value = getattr(rule, name)
        if name in ROW_TEXT_FIELDS:
            row[key] = value.encode("utf-8", "surrogatepass")
        elif (name == "literals" and type(value) is tuple and value
              and all(type(literal) is str and _LITERALS_JOIN not in literal for literal in value)):
            row[_LITERALS_KEY] = _LITERALS_JOIN.join(value).encode("utf-8", "surrogatepass")
        elif name not in _ROW_DEFAULTS or type(value) is not type(default := _ROW_DEFAULTS[name]) or value != default:
            row[key] = value
    return row


def _rule_from_row(row: dict) -> Rule:
    """The Rule whose field values are `row` (a rule _rules_from built and checked), made as
    pickle makes an instance: its __dict__ a copy of the row, without the frozen dataclass's
    __init__ (an object.__setattr__ call per field: 6 M instructions a filter call); a field
    the row leaves out is its default, read from the class; its pattern texts, example and
    literals as the row's bytes, decoded when read (_TextFromRow, _LiteralsFromRow)."""
    rule = object.__new__(Rule)
    object.__setattr__(rule, "__dict__", row.copy())
    return rule


def _rules_from(path: str | Path, data: dict, literals: dict) -> list[Rule]:
    concept = str(data.get("concept", os.path.splitext(os.path.basename(path))[0]))
    vocabulary = data.get("vocabulary") or {}
    parts: dict[str, str] = {}
    rules = []
    for raw in data.get("rules", []):
        try:
            block = raw.get("block")
            match = expand_parts(str(raw["match"]), vocabulary, parts) if block is None else None
            source = block_source(str(block)) if block is not None else match
            form_source = pattern_form(source)
            rule = Rule(
                name=str(raw["name"]),
                concept=concept,
                source=source,
                where=str(raw.get("where", "anywhere")),
                action=str(raw.get("action", "drop")),
                max_chars=int(raw.get("max_chars", BLOCK_MAX_CHARS if block is not None else 200)),
                example=str(raw.get("example", block if block is not None else "")),
                whole_block=block is not None,
                profile=str(raw.get("profile", "")),
                marker=str(raw.get("marker", "")),
                prose=bool(raw.get("prose", False)),
                followed_by=str(raw.get("followed_by", "")),
                wraps=bool(raw.get("wraps", False)),
                not_after=expand_parts(str(raw.get("not_after", "")), vocabulary, parts),
                not_before=expand_parts(str(raw.get("not_before", "")), vocabulary, parts),
                beside_chrome=bool(raw.get("beside_chrome", False)),
                between_chrome=bool(raw.get("between_chrome", False)),
                outside_text=bool(raw.get("outside_text", False)),
                over_signature=bool(raw.get("over_signature", False)),
                literals=literals.get(match) if match is not None else None,
                flags=int(RULE_FLAGS) if block is None else 0,  # an int: the rule cache's rows hold it
                form_source="" if form_source == source else form_source,
                needs=str(raw.get("needs", "")),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ReportfmtError(f"bad rule {raw!r}: {exc}", source=str(path)) from None
        if rule.where not in WHERE or rule.action not in ACTIONS:
            raise ReportfmtError(
                f"rule {rule.name}: where must be one of {WHERE}, action one of {ACTIONS}",
                source=str(path),
            )
        if rule.needs:
            _check_needs(rule, path)
        rules.append(rule)
    return rules


def _check_needs(rule: Rule, path: str | Path) -> None:
    """A rule's `needs` compiles, and its example, when the rule matches it, matches it too (a
    `needs` that fails a line the rule matches would hide a match: outputs would change)."""
    try:
        test = _needs_test(rule.needs, rule.flags)
    except re.error as exc:
        raise ReportfmtError(f"rule {rule.name}: bad needs: {exc}", source=str(path)) from None
    for form in (rule.example, *rule_forms(rule.example)):
        if rule.form_pattern.search(form) and test(form) is None:
            raise ReportfmtError(f"rule {rule.name}: its example matches but not its needs {rule.needs!r}",
                                 source=str(path))
