"""The filter's modules imported from one cache file instead of one .pyc file each.

Why: `pandoc --filter reportfmt` imports some 150 source modules per document (115 of them
ours), and CPython's import system, written in Python, spends ~340,000 instructions finding
and loading each one even when its .pyc is fresh (callgrind, a module holding one line): the
path finder's directory lookups and suffix tries, the .pyc's path, stat, read and header
checks. A tenth of a call on the seed, before any module's own code runs.

What: `install()` puts a finder first on sys.meta_path that knows, for the modules earlier
filter calls imported (a submodule must live in its parent package's __path__),
the source file's path, size and modification time and its compiled code (marshalled, read
from resources.read_blob). A submodule it knows is loaded from that code when its source file
still has that size and time (stat, as the .pyc check does, but to the nanosecond) and lies in
its parent's __path__. A top-level module's place depends on every sys.path folder (a file
added to an earlier one would shadow it): it is given only while no sys.path folder's mtime
changed since it was stored (a file added or removed changes its folder's), and never when
sys.path holds the working folder. Anything else (an edited file, another checkout, a module
it does not know) goes to the import system as usual. `save()` then adds what was imported
the usual way, its code as the source loader gives it (the .pyc's, or compiled from the
source), and drops what was stale, but not what a cache's rebuilding imported
(imported_for_rebuilding: PyYAML for the rule files), which a call finding its caches warm never
imports: the first call on a machine stores the bundle every later call needs. The modules the
storing process imported are stored a second time, together (SHARED): the first module loaded
unmarshals them all at once, and each is taken from there (objects they share made once).
The module that results is the one the source loader makes: the same code, __file__,
__cached__, __spec__.origin and __path__ (only __loader__ and __spec__.loader are this finder).

Guards: the file is keyed by the interpreter build, its optimisation level, the .pyc prefix
and sys.path; it
carries a checksum (resources.read_blob); an entry of the wrong shape, or whose code does not
unmarshal to a code object, is ignored (the usual import runs). The usual precedence of a
package folder or an extension module over a .py file of the same name is not looked for: a
module that changes form keeps its old .py only if that file is left unchanged beside it.
"""

from __future__ import annotations

import _imp
import marshal
import os
import sys
from importlib.machinery import ModuleSpec, SourceFileLoader

from .. import resources

# A file past this many modules starts again from the current process's.
MAX_ENTRIES = 600
# The layout of an entry; a new one is a new file name, so an old file is never misread.
# 3: the modules' code follows the index (_write_entries), not inside it: marshal copied each
# module's code out of the file as a bytes object (2.8 MB, ~1.4 ms of every filter call), where
# a view of the mapped file (resources.read_blob) is enough to unmarshal the few it imports.
# 4: the modules the storing process imported are also stored together, as one marshalled tuple
# (SHARED): unmarshalled one by one, each module's code made its own copies of the names, file
# names and constants it shares with the others, each copy decoded and interned again (the
# seed's ~155 modules: 42 M instructions one by one, 34 M as one tuple, whose references
# make each shared object once).
FORMAT = 4
# The index key of the shared part: (the modules' names, their codes as one marshalled tuple).
# No module is named so.
SHARED = "\0shared"
_CODE_TYPE = resources.CODE_TYPE


def _file_name() -> str:
    build = (f"{sys.version}|{sys.hexversion}|{marshal.version}|{sys.flags.optimize}|{sys.pycache_prefix}|{FORMAT}|"
             + "\0".join(sys.path))
    return f"modules-{sys.implementation.cache_tag}-{resources.digest(build.encode())}.marshal"


class ModuleBundle:
    """A meta path finder and loader for the modules whose code the cache holds."""

    def __init__(self, entries: dict, top_level: bool) -> None:
        # name -> (source path, is a package, size, mtime_ns, marshalled code, its __cached__);
        # "" -> the sys.path folders' stamps when the top-level entries were stored.
        self.entries = entries
        # Whether the top-level entries hold: no sys.path folder changed since they were stored.
        self.top_level = top_level
        self.missed: list[str] = []  # names asked for and not given: save() looks at them
        self.stale: list[str] = []
        self.for_rebuilding: set[str] = set()  # imported only to rebuild a cache: not stored
        # name -> code, from the shared part when a module is first loaded (None: not read yet);
        # each code is taken out as its module is loaded.
        self.shared: dict | None = None

    def find_spec(self, fullname: str, path=None, target=None):
        entry = self.entries.get(fullname)
        if entry is not None and _imp.is_frozen(fullname):
            # Frozen in this process (the importer after this finder gives it), stored from
            # one run with -X frozen_modules=off: the frozen module is the usual one.
            return None
        if entry is None or (path is None and not self.top_level):
            self.missed.append(fullname)
            return None
        try:
            origin, is_package, size, mtime_ns, _code, cached = entry
            folder = os.path.dirname(origin)
            # Where the parent package (or sys.path, for a top-level name) looks: a package is
            # the folder of its __init__.py.
            if (os.path.dirname(folder) if is_package else folder) not in (sys.path if path is None else path):
                self.missed.append(fullname)  # the package moved: imported as usual, stored anew
                return None
            stat = os.stat(origin)
        except (OSError, TypeError, ValueError):
            self.stale.append(fullname)
            return None
        if stat.st_size != size or stat.st_mtime_ns != mtime_ns:
            self.stale.append(fullname)
            return None
        spec = ModuleSpec(fullname, self, origin=origin, is_package=is_package)
        spec.has_location = True  # __file__ is the origin, as for a source module
        # __cached__ as the source loader's spec gives it (importlib would work it out again)
        spec.cached = cached
        if is_package:
            spec.submodule_search_locations = [folder]
        return spec

    def create_module(self, spec):
        return None  # the usual module object

    def exec_module(self, module) -> None:
        name = module.__spec__.name
        if self.shared is None:
            self.shared = _shared_codes(self.entries.get(SHARED))
        # The shared part's code is the entry's own (save() makes it from the entries' codes).
        code = self.shared.pop(name, None) or _code_of(self.entries[name][4])
        if code is None:  # a damaged entry: compile the source file as the usual import would
            self.stale.append(name)
            with open(module.__spec__.origin, "rb") as file:
                code = compile(file.read(), module.__spec__.origin, "exec", dont_inherit=True)
        exec(code, module.__dict__)


def _code_of(blob) -> object | None:
    try:
        code = marshal.loads(blob)
    except (EOFError, ValueError, TypeError):
        return None
    return code if type(code) is _CODE_TYPE else None


def _shared_codes(entry) -> dict:
    """name -> code of the shared part (SHARED); {} when it is absent or not of its shape (each
    module's own code is then used)."""
    try:
        names, blob = entry
        codes = marshal.loads(blob)
    except (EOFError, ValueError, TypeError):
        return {}
    if type(names) is not tuple or type(codes) is not tuple or len(names) != len(codes):
        return {}
    return {name: code for name, code in zip(names, codes, strict=True)
            if type(name) is str and type(code) is _CODE_TYPE}


def _shared_entry(entries: dict) -> tuple | None:
    """The shared part for `entries`: the modules this process imported that the entries hold,
    their codes (each entry's own, unmarshalled) as one marshalled tuple."""
    names, codes = [], []
    for name, entry in entries.items():
        if name and name != SHARED and name in sys.modules:
            code = _code_of(entry[4])
            if code is not None:
                names.append(name)
                codes.append(code)
    try:
        return (tuple(names), marshal.dumps(tuple(codes))) if names else None
    except ValueError:
        return None


_bundle: ModuleBundle | None = None


def _path_stamps() -> tuple | None:
    """Each sys.path folder's mtime_ns (-1: none there): a file added to or removed from a
    folder changes it, so equal stamps mean every top-level name is found where it was. None
    when sys.path holds the working folder ("", a relative path or the folder's own, as under
    `python -c`): a folder whose files come and go with the user's work, whose top-level
    names are never stored."""
    stamps = []
    cwd = os.getcwd()
    for folder in sys.path:
        if not os.path.isabs(folder) or folder == cwd:
            return None
        try:
            stamps.append(os.stat(folder).st_mtime_ns)
        except OSError:
            stamps.append(-1)
    return tuple(stamps)


def _read_entries() -> dict:
    """The file's entries, as ModuleBundle holds them: each module's code a view of the file's
    code part (the file stays mapped while a view lives), located by the index (_write_entries).
    An entry of another shape is left out: its module is imported as usual."""
    index, payload = resources.read_indexed(_file_name())
    entries = {}
    for name, entry in index.items():
        if not name:
            entries[name] = entry  # the sys.path folders' stamps
            continue
        if name == SHARED:
            try:
                names, from_end, length = entry
                entries[name] = (names, resources.code_view(payload, from_end, length))
            except (TypeError, ValueError):
                pass
            continue
        try:
            origin, is_package, size, mtime_ns, from_end, length, cached = entry
            entries[name] = (origin, is_package, size, mtime_ns, resources.code_view(payload, from_end, length), cached)
        except (TypeError, ValueError):
            continue
    return entries


def _write_entries(entries: dict) -> bool:
    """Store `entries` (as _read_entries gives them): an index holding, for each module, where its
    code lies counted from the file's end, then the codes one after another."""
    return resources.write_indexed(_file_name(), entries, _module_code, _indexed_module)


def _module_code(name: str, entry: tuple):
    if name == SHARED:
        return entry[1]
    return entry[4] if name else None  # ("": the sys.path folders' stamps, no code)


def _indexed_module(entry: tuple, from_end: int, length: int) -> tuple:
    if len(entry) == 2:  # the shared part: (names, codes)
        return entry[0], from_end, length
    origin, is_package, size, mtime_ns, _code, cached = entry
    return origin, is_package, size, mtime_ns, from_end, length, cached


def install() -> bool:
    """Put the finder first on sys.meta_path (once per process; only on CPython, whose code
    objects marshal holds); False when it is not installed."""
    global _bundle
    if _bundle is not None or sys.implementation.name != "cpython" or resources.cache_dir() is None:
        return _bundle is not None
    entries = _read_entries()
    stamps = _path_stamps()
    _bundle = ModuleBundle(entries, stamps is not None and entries.get("") == stamps)
    sys.meta_path.insert(0, _bundle)
    return True


def imported_for_rebuilding(name: str):
    """The module `name`, imported to rebuild a cache (the rule files parsed: PyYAML, which brings
    datetime, base64, struct and libyaml's extension): the modules this import loads are left out
    of the bundle, as no call that finds its caches warm imports them (20 entries, 0.4 MB of code
    that every call's index would list). A module left out that a call later needs is stored by
    that call, as any other it imports the usual way."""
    before = set(sys.modules)
    __import__(name)
    if _bundle is not None:
        _bundle.for_rebuilding.update(set(sys.modules) - before)
    return sys.modules[name]


def save() -> int:
    """Store the modules this process imported the usual way (drop the stale ones);
    returns how many were new. Nothing is read or written when every import was a hit."""
    if _bundle is None or not (_bundle.missed or _bundle.stale):
        return 0
    stamps = _path_stamps()
    new = {}
    for name in dict.fromkeys(_bundle.missed + _bundle.stale):
        if name in _bundle.for_rebuilding:
            continue
        module = sys.modules.get(name)
        spec = getattr(module, "__spec__", None)
        loader = getattr(spec, "loader", None)
        if (("." not in name and stamps is None) or type(loader) is not SourceFileLoader
                or not isinstance(spec.origin, str)):
            continue
        try:
            before = os.stat(spec.origin)
            code = loader.get_code(name)
            after = os.stat(spec.origin)
        except (OSError, ImportError, SyntaxError, ValueError):
            continue
        if code is None or (before.st_size, before.st_mtime_ns) != (after.st_size, after.st_mtime_ns):
            continue
        cached = spec.cached
        if not isinstance(cached, str):
            continue
        new[name] = (spec.origin, spec.submodule_search_locations is not None, after.st_size,
                     after.st_mtime_ns, marshal.dumps(code), cached)
    stale = set(_bundle.stale)
    _bundle.missed.clear()
    _bundle.stale.clear()
    if not new and not stale:
        return 0
    entries = _read_entries()  # another process may have added its own meanwhile
    # Top-level entries stored under other stamps may not hold under these: not kept.
    kept_top = stamps is not None and entries.get("") == stamps
    entries = {key: value for key, value in entries.items()
               if key not in stale and key and key != SHARED and ("." in key or kept_top)}
    if len(entries) + len(new) > MAX_ENTRIES:
        entries = {}
    entries.update(new)
    shared = _shared_entry(entries)
    if shared is not None:
        entries[SHARED] = shared
    if stamps is not None:
        entries[""] = stamps
    if not _write_entries(entries):
        return 0
    _bundle.entries.update(new)
    if _bundle.shared:
        for name in new:  # (stored anew: its code in this process's shared part is the old one)
            _bundle.shared.pop(name, None)
    return len(new)
