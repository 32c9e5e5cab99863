"""Regular expressions compiled once per machine instead of once per `pandoc --filter` call.

Why: CPython's pattern compiler is written in Python, and a character class over the CJK
ranges costs it a Python loop over 20,000 code points (`re._compiler._optimize_charset`).
Measured on the seed under `pandoc --filter`: the 96 patterns reportfmt compiled took 354 M
instructions, more than importing panflute (282 M); four CJK classes were half of it. Most
are used by every Chinese document, so compiling lazily would not avoid them.

What: sre's compiled form of a pattern is a list of integers that `re.compile` hands to
`_sre.compile` as its last step. `save()` stores that list (as machine words) for every
pattern `re` has cached in this process. `seed()` makes re's own cache (`re._cache`) one that
rebuilds a pattern it lacks from the stored list with the same `_sre.compile` call, when a
process first asks for it: every later `re.compile` (ours, panflute's, PyYAML's, rules from
YAML files) finds it there, and a pattern nobody asks for costs nothing (most boilerplate
rules are ruled out by their literals alone). Nothing calls a different function to compile.

Guards, since this leans on CPython internals (re._cache and how re._compile asks it,
re._parser, re._compiler._code):
the file is keyed by the exact interpreter build; an entry is stored only if rebuilding it
gives a pattern equal to the one `re` made (Pattern equality compares the compiled code);
`_sre.compile` validates the code it is given ("invalid SRE code"); the file carries a
checksum (resources.read_blob). Any mismatch or error turns the mechanism off: `re` then compiles
as it always does. Patterns depend only on their text, flags and the interpreter, so the
entries never go stale; the file is restarted when it grows past MAX_ENTRIES.
"""

from __future__ import annotations

import array
import marshal
import os
import re
import sys

from .. import resources

# A file past this many patterns starts again from the current process's (dev edits to
# patterns would otherwise grow it forever). re's own cache holds 512 patterns.
MAX_ENTRIES = 2000
# The same for a batch worker's file (WORKER_SCOPE): a batch of varied pages asks for more.
WORKER_MAX_ENTRIES = 5000
# The array/memoryview type code of sre's code words (CODESIZE bytes each, 4 on CPython).
_WORD = "I"

# The (pattern, flags) built from the file in this process, or written to it, or made from a
# page's text (page_pattern): save() skips them.
_loaded: set[tuple[str, int]] = set()


def _internals():
    """(_sre, re._parser, re._compiler, re's cache dict) or None when they are not as expected."""
    if sys.implementation.name != "cpython":
        return None
    try:
        import _sre
        from re import _compiler, _parser
    except ImportError:
        return None
    store = getattr(re, "_cache", None)
    if not isinstance(store, dict) or not hasattr(_compiler, "_code") or not hasattr(_parser, "parse"):
        return None
    if array.array(_WORD).itemsize != getattr(_sre, "CODESIZE", None):
        return None  # code words are not the machine words stored
    return _sre, _parser, _compiler, store


# The layout of an entry (below); a new one is a new file name, so an old file is never misread.
# 3: a pattern's key holds its text as UTF-8 bytes (_key), not a str: marshal gives bytes back
# as a copy, where it decodes a str's UTF-8 character by character, and the file's ~1,200 keys
# hold ~190,000 characters, mostly Chinese (7 M instructions of every filter call, for the
# ~550 patterns a call asks for).
# 4: the patterns' codes follow the index (_write_entries), not inside it, as the module bundle's
# do: marshal copied every pattern's code out of the file as a bytes object (3.1 MB for ~1,400
# patterns: loading the file took ~4-6 ms of CPU, ~2 of them these copies), where a pattern
# built needs only its own code, read from a view of the mapped file (resources.read_blob).
# 5: an entry for a pattern that names no group (~1,450 of ~1,550) is 4 numbers (_SHORT_ENTRY_SIZE),
# without the empty dict and the tuple of Nones _sre.compile is then given (made for the ~550 the
# seed asks for instead): unmarshalling the index was ~6 M instructions of every filter call, and
# the seed's call costs 0.7 M fewer without them.
FORMAT = 5


def _key(pattern: str, flags: int) -> tuple[bytes, int]:
    """A pattern's key in the file and in _StoredPatterns.stored."""
    return pattern.encode("utf-8", "surrogatepass"), flags


def _file_name(sre, scope: str = "") -> str:
    """The file of a scope: "" the filter's, WORKER_SCOPE a batch worker's (seed() says why)."""
    build = (f"{sys.version}|{sys.hexversion}|{getattr(sre, 'MAGIC', '?')}|{getattr(sre, 'CODESIZE', '?')}"
             f"|{sys.byteorder}|{FORMAT}")
    prefix = f"regex-{scope}-" if scope else "regex-"
    return f"{prefix}{sys.implementation.cache_tag}-{resources.digest(build.encode())}.marshal"


# A batch worker's patterns are a file of their own: a worker asks for ~1,700 over a batch of web
# pages (the extraction's, every boilerplate rule some page reaches), a filter call ~550, and
# every filter call reads its whole file (its unmarshal: ~10,000 instructions a pattern).
WORKER_SCOPE = "worker"


def seed(scope: str = "") -> int:
    """Make the stored patterns of `scope` (_file_name) available to re; returns how many are.
    Each is built from its code when a process first asks re for it, not here: a run needs a
    part of them (a page rules most boilerplate rules out by their literals alone, so their
    patterns go unused)."""
    parts = _internals()
    if parts is None:
        return 0
    sre, _parser, _compiler, store = parts
    entries, payload = resources.read_indexed(_file_name(sre, scope))
    if not isinstance(store, _StoredPatterns):
        store = _StoredPatterns(store)
        re._cache = store
    store.sre = sre
    _keep_code(_compiler, store)
    if not store.stored:
        # The file's index itself, not copied entry by entry (~1,600 instructions an entry): an
        # entry of another shape is never asked for (keys are _key's) or fails in _build, which
        # then lets re compile the pattern. Its entries find their codes in this file's payload.
        store.stored = entries
        store.payload = payload
    else:
        for key, entry in entries.items():
            if key not in store.stored:
                try:
                    store.stored[key] = _with_code(payload, entry)
                except (TypeError, ValueError):
                    continue  # never offered: re compiles the pattern itself
    return len(store.stored)


# An entry of the file's index: (final_flags, where its code starts counted from the file's end,
# the code's length in bytes, groups, groupindex, indexgroup), or its first four alone when the
# pattern names no group (groupindex empty, indexgroup all None); with its code (_with_code):
# (final_flags, code, groups, groupindex, indexgroup), the arguments _sre.compile takes after the
# pattern (code as machine words), as _code_entry makes them.
_INDEX_ENTRY_SIZE = 6
_SHORT_ENTRY_SIZE = 4
_CODED_ENTRY_SIZE = 5


def _with_code(payload: memoryview, entry: tuple) -> tuple:
    """An index entry with its code (a view of `payload`); ValueError when it lies outside."""
    if len(entry) == _SHORT_ENTRY_SIZE:
        final_flags, from_end, length, groups = entry
        # (what _entry makes for a pattern that names no group: groups + 1 with the whole match)
        return final_flags, resources.code_view(payload, from_end, length), groups, {}, (None,) * (groups + 1)
    final_flags, from_end, length, groups, groupindex, indexgroup = entry
    return final_flags, resources.code_view(payload, from_end, length), groups, groupindex, indexgroup


def _write_entries(name: str, entries: dict) -> bool:
    """Store `entries` (key -> entry with its code): the index, then the codes one after another."""
    return resources.write_indexed(name, entries, _pattern_code, _indexed_pattern)


def _pattern_code(_name: tuple, entry: tuple):
    return entry[1]


def _indexed_pattern(entry: tuple, from_end: int, length: int) -> tuple:
    final_flags, _code, groups, groupindex, indexgroup = entry
    if not groupindex and type(groups) is int and indexgroup == (None,) * (groups + 1):
        return final_flags, from_end, length, groups
    return final_flags, from_end, length, groups, groupindex, indexgroup


# How many patterns re dropped from its cache a process keeps for save() (_StoredPatterns.dropped).
MAX_DROPPED = 2000


def _keep_code(_compiler, store: _StoredPatterns) -> None:
    """Have re._compiler hand `store` the code of each pattern it compiles (its `_code` step,
    wrapped once per process), which re then puts in its cache (store.__setitem__): save() need
    not parse and compile the pattern a second time to store it (the filter's first call on a
    machine compiles ~1,400 patterns; doing it twice was ~0.5 s of that call)."""
    code_step = _compiler._code
    if getattr(code_step, "keeps_code", False):
        return

    def keeping(parsed, flags):
        code = code_step(parsed, flags)
        state = parsed.state
        store.fresh = (flags | state.flags, code, state.groups, dict(state.groupdict))
        return code

    keeping.keeps_code = True
    keeping.__wrapped__ = code_step
    _compiler._code = keeping


class _StoredPatterns(dict):
    """re's pattern cache (`re._cache`), which builds a pattern it lacks from the stored code
    instead of reporting it missing. re asks with `_cache[key]` (3.11: a missing key calls
    __missing__) or `_cache.pop(key, None)` (3.12 on); either way a pattern it does not hold
    and no entry gives is missing as before, and re compiles it itself.

    re keeps the last 512 patterns it compiled and drops the oldest (`del _cache[...]`). A
    pattern it compiled in this process and dropped before save() is kept aside for save()
    (`dropped`, up to MAX_DROPPED): the filter's first call on a machine compiles ~1,400 (the
    rules parsed from YAML, the literals derived), and a save() of re's cache alone stored the
    last 512, so the next call compiled the other ~900 again (~350 ms of CPU) and stored them."""

    def __init__(self, *args) -> None:
        super().__init__(*args)
        self.stored: dict[tuple[bytes, int], tuple] = {}
        # The file whose index `stored` is (its entries find their codes here).
        self.payload = memoryview(b"")
        self.sre = None
        self.dropped: dict = {}
        # The code re compiled last (_keep_code), and that of the patterns compiled in this
        # process since the last save(), by re's key: what save() stores, unparsed again.
        self.fresh: tuple | None = None
        self.codes: dict = {}

    def __setitem__(self, key, compiled) -> None:
        fresh, self.fresh = self.fresh, None
        if fresh is not None and len(self.codes) < MAX_DROPPED:
            # (a compile that failed after its code step leaves a code of another pattern here:
            # save() stores an entry only when it rebuilds the very pattern re made)
            self.codes[key] = fresh
        dict.__setitem__(self, key, compiled)

    def __delitem__(self, key) -> None:
        compiled = dict.pop(self, key)
        if (len(self.dropped) < MAX_DROPPED and isinstance(key, tuple) and len(key) == 3
                and (key[1], key[2]) not in _loaded):
            self.dropped[key] = compiled

    def __missing__(self, key):
        compiled = self._build(key)
        if compiled is None:
            raise KeyError(key)
        self[key] = compiled
        return compiled

    def pop(self, key, *default):
        if not dict.__contains__(self, key):
            compiled = self._build(key)
            if compiled is not None:
                return compiled  # re puts it back at the end itself
        return dict.pop(self, key, *default)

    def _build(self, key):
        try:
            kind, pattern, flags = key
            entry = self.stored.get(_key(pattern, flags)) if kind is str else None
            if entry is None:
                return None
            if len(entry) != _CODED_ENTRY_SIZE:  # an index entry (short or not): its code from the file
                entry = _with_code(self.payload, entry)
            final_flags, code, groups, groupindex, indexgroup = entry
            # The code as machine words: one C call makes the list, where marshal's own
            # integers cost 240 instructions a word. An array's tolist, not a memoryview's:
            # the memoryview unpacks each word through its format (3.1 M instructions more on
            # the seed's ~270,000 words under `pandoc --filter`).
            words = array.array(_WORD)
            words.frombytes(code)
            code = words.tolist()
            compiled = self.sre.compile(pattern, final_flags, code, groups, groupindex, indexgroup)
            _loaded.add((pattern, flags))
            return compiled
        except Exception:  # a malformed entry, or code _sre refuses: re compiles it itself
            if isinstance(key, tuple) and len(key) == 3 and isinstance(key[1], str):
                self.stored.pop(_key(key[1], key[2]), None)
            return None


def save(scope: str = "") -> int:
    """Store the compiled code of the patterns re compiled in this process in the file of
    `scope` (the one seed() read); returns how many were new. Cheap when nothing is new (the
    steady state): no file is read or written."""
    parts = _internals()
    if parts is None:
        return 0
    sre, _parser, _compiler, store = parts
    known = getattr(store, "stored", {})
    dropped = getattr(store, "dropped", None) or {}
    if dropped:
        store.dropped = {}
    codes = getattr(store, "codes", None) or {}
    if codes:
        store.codes = {}
    new = {}
    for key, compiled in [*store.items(), *dropped.items()]:
        try:
            kind, pattern, flags = key
        except (TypeError, ValueError):
            return 0  # re's cache keys changed shape: leave it alone
        if kind is not str or (pattern, flags) in _loaded or flags & re.DEBUG:
            continue
        if _key(pattern, flags) in known:  # in the file, compiled by re before seed()
            _loaded.add((pattern, flags))
            continue
        entry = _code_entry(sre, _parser, _compiler, pattern, flags, compiled, codes.get(key))
        if entry is not None:
            new[(pattern, flags)] = entry
    for pattern, flags in _set_ordered(new, known):
        del new[(pattern, flags)]
        _loaded.add((pattern, flags))
    if not new:
        return 0
    lock = _lock(_file_name(sre, scope))
    try:
        return _merge_and_write(sre, scope, new)
    finally:
        if lock is not None:
            lock.close()  # (closing the file releases the lock)


def _lock(name: str):
    """The cache folder's lock file of `name`, opened and locked (flock), or None without one.
    A batch's two workers end together and each stored its new patterns: each read the file,
    added its own and wrote it whole, so the one that wrote first lost its patterns to the
    other's write, and later batches compiled and stored them again (one batch's in three or
    more). A process that dies holding the lock releases it with its files."""
    folder = resources.cache_dir()
    if folder is None:
        return None
    try:
        import fcntl

        handle = open(os.path.join(folder, f".{name}.lock"), "ab")
    except (ImportError, OSError):
        return None
    try:
        fcntl.flock(handle, fcntl.LOCK_EX)
    except OSError:
        handle.close()
        return None
    return handle


def _merge_and_write(sre, scope: str, new: dict) -> int:
    # another process may have added its own meanwhile
    entries, payload = resources.read_indexed(_file_name(sre, scope))
    if len(entries) + len(new) > (WORKER_MAX_ENTRIES if scope == WORKER_SCOPE else MAX_ENTRIES):
        entries = {}
    # Newest first, so a reader sees the patterns of the latest runs first.
    stored_new = {_key(*key): entry for key, entry in new.items()}
    kept = {}
    for key, entry in entries.items():
        if key not in stored_new:
            try:
                kept[key] = _with_code(payload, entry)
            except (TypeError, ValueError):
                continue  # an entry of another shape is not written again
    if _write_entries(_file_name(sre, scope), {**stored_new, **kept}):
        _loaded.update(new)
    return len(new)


# How many other orders of a pattern's alternatives the file holds when save() takes the pattern
# for one joined from a set and stores it no more (_set_ordered).
REORDERINGS = 2
# A pattern's pieces between "|", "(" or "(?:" and ")" (its alternatives, roughly), as UTF-8 bytes.
_PIECE_ENDS = bytes.maketrans(b"()", b"||")


def _pieces(text: bytes) -> list[bytes]:
    return sorted(text.replace(b"(?:", b"(").translate(_PIECE_ENDS).split(b"|"))


def _set_ordered(new: dict, known) -> list[tuple[str, int]]:
    """The patterns of `new` of which the file (`known`) holds REORDERINGS other orders or more:
    the same length and flags, the same pieces between "|", "(" and ")" in another order. A
    pattern joined from a set's members comes in the order of their hashes, which changes with
    each process's hash seed: the standard library's tokenize (which inspect.signature runs, as
    numpy.ma does on import under datasketch, the duplicate index's MinHash) joins its string
    prefixes so, a ~9 KB pattern. Every batch's parent compiled it in an order not stored yet, so
    every batch wrote the whole file again (~5 MB, ~20 ms of CPU) and it grew by one more order.
    Not storing such a pattern costs its compile in each process that asks for it; alternatives
    written in two orders apart are not joined from a set, so two orders are stored first."""
    wanted: dict[tuple[int, int], list[tuple[bytes, tuple[str, int], list[bytes]]]] = {}
    for pattern, flags in new:
        text = _key(pattern, flags)[0]
        if b"|" in text:
            wanted.setdefault((len(text), flags), []).append((text, (pattern, flags), _pieces(text)))
    found: dict[tuple[str, int], int] = {}
    for key in known if wanted else ():
        try:
            text, flags = key
            group = wanted.get((len(text), flags))
        except (TypeError, ValueError):
            continue
        if group is None:
            continue
        pieces = _pieces(text)
        for own, name, own_pieces in group:
            if own != text and pieces == own_pieces:
                found[name] = found.get(name, 0) + 1
    return [name for name, count in found.items() if count >= REORDERINGS]


def _code_entry(sre, _parser, _compiler, pattern: str, flags: int, compiled: re.Pattern, kept=None):
    """The arguments after `pattern` that `_sre.compile` needs, as re._compiler.compile builds
    them (from `kept`, the code step's output when this process compiled the pattern, else
    parsed and compiled again); None unless they rebuild exactly the pattern re made."""
    try:
        entry = None
        if kept is not None:
            final_flags, code, groups, groupindex = kept
            entry = _entry(final_flags, code, groups, groupindex)
            if sre.compile(pattern, *entry) != compiled:
                entry = None
        if entry is None:
            parsed = _parser.parse(pattern, flags)
            code_step = getattr(_compiler._code, "__wrapped__", _compiler._code)  # (_keep_code: not re's own)
            entry = _entry(flags | parsed.state.flags, code_step(parsed, flags), parsed.state.groups,
                           dict(parsed.state.groupdict))
            if sre.compile(pattern, *entry) != compiled:
                return None
        code = entry[1]
        words = array.array(_WORD, code).tobytes()
        if memoryview(words).cast(_WORD).tolist() != code:
            return None
        entry = (entry[0], words, *entry[2:])
        marshal.dumps(entry)  # only plain data goes in the file
    except Exception:  # any surprise in re's internals means "do not store"
        return None
    return entry


def _entry(final_flags: int, code: list, groups: int, groupindex: dict) -> tuple:
    # Opcodes are an int subclass (named constants), which marshal refuses: plain ints.
    indexgroup = [None] * groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return final_flags, [int(word) for word in code], groups - 1, dict(groupindex), tuple(indexgroup)


def page_pattern(source: str, flags: int = 0) -> re.Pattern:
    """re.compile for a pattern made from one page's own text (the brands or watermarks it
    repeats), which save() does not store: another page seldom makes the same one, so storing
    each grew the batch workers' file with every batch of new pages (each time written again
    whole, ~5 MB) towards WORKER_MAX_ENTRIES, where it starts again and every pattern is
    compiled anew. Compiled as before: the pattern is the one re.compile gives."""
    compiled = re.compile(source, flags)
    _loaded.add((source, int(flags)))  # (the set save() skips)
    return compiled


# What a compiled pattern offers its users, copied onto a LazyPattern when it is built.
_PATTERN_ATTRIBUTES = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split",
                       "scanner", "flags", "groups", "groupindex")


def compiled_before(pattern: str, flags: int = 0) -> bool:
    """Whether re compiled this pattern before on this interpreter: in re's cache now, or stored
    from an earlier process (an entry is stored only once re compiled it). Such a pattern need
    not be compiled to learn it is valid: a caller may build it when first used (LazyPattern)."""
    store = getattr(re, "_cache", None)
    if not isinstance(store, _StoredPatterns):
        return False
    flags = int(flags)  # (re keys its cache by the flags' int value)
    return (type(pattern), pattern, flags) in store or _key(pattern, flags) in store.stored


class LazyPattern:
    """re.compile(source, flags), built when first used, not when the module defining it is
    imported: a module of many patterns (title_forms.py: 77) has most of them asked about only
    by some pages. A pattern built from the cache (above) still costs ~125 instructions a code
    word (the code list made, _sre's check of it); of the 660 patterns built on importing the
    filter's modules, ~400 (~97,000 words, ~12 M instructions) were not used on the seed.
    After the first use the pattern's bound methods are this object's own attributes, so a
    call costs what the pattern's own does. `pattern` (the source) is known without building.
    Round 56 (sf56): 164 more module-level patterns the seed's call built and never used (~27,000
    code words in 61 modules: 6.2 M instructions of the call), each one whose every use, in the
    package and its tests, is a method or attribute listed below (never the pattern object itself
    handed on: re.sub(PATTERN, ...), isinstance)."""

    def __init__(self, source: str, flags: int = 0) -> None:
        self.pattern = source
        self._flags = flags

    def __getattr__(self, name: str):
        # (called only for an attribute not set yet; dunder probes, copy's and pickle's, are
        # no pattern's business)
        if name.startswith("__") or name == "_flags":
            raise AttributeError(name)
        compiled = re.compile(self.pattern, self._flags)
        for attribute in _PATTERN_ATTRIBUTES:
            setattr(self, attribute, getattr(compiled, attribute))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r}, {self._flags!r})"
