"""The methods `@dataclass` writes, compiled once per machine instead of once per process.

Why: `dataclasses` builds each class's __init__, __repr__, __eq__, __hash__, __setattr__...
as source text and hands it to `exec`, so CPython's compiler runs at every import. Measured
under `pandoc --filter reportfmt` on the seed (callgrind): the modules the filter imports
cost 144 M instructions, 74 M of them compiling the 123 functions of their dataclasses, about
as much as importing panflute.

What: `dataclasses` calls `exec` by its global name, so a module attribute `dataclasses.exec`
comes before the builtin. `install()` puts there a function that looks the source text up
in a table of code objects (marshal, from the disk cache) and runs the code object with the
same globals and namespace; text it has not seen is compiled as `exec` would compile it
(no inherited `__future__` flags, file name "<string>") and remembered. `save()` stores what
was new. The class that results is the one `exec` of the text makes: the key is the whole
text, and the code is what compile() gives for it.

Guards: the file is keyed by the exact interpreter build (marshal's code format and the
compiler's output are per version) and carries a checksum (resources.read_blob); anything
that is not a code object is ignored; any error falls back to the plain `exec` of the text.
"""

from __future__ import annotations

import builtins
import marshal
import sys

from .. import resources

# A file past this many functions starts again from the current process's (edits to
# dataclasses in development would otherwise grow it forever).
MAX_ENTRIES = 4000

_codes: dict[str, object] = {}
_new: dict[str, object] = {}
_CODE_TYPE = resources.CODE_TYPE
# dataclasses' imports no class of ours needs made: inspect, and copy (asdict's and astuple's
# deepcopy; copy imports weakref: 3.4 M instructions of a `pandoc --filter` call).
DATACLASSES_DEFERRED = (("import inspect\n", ("inspect",)), ("import copy\n", ("copy",)))


def _file_name() -> str:
    build = f"{sys.version}|{sys.hexversion}|{marshal.version}"
    return f"dataclass-code-{sys.implementation.cache_tag}-{resources.digest(build.encode())}.marshal"


def _exec(source, *args, **kwargs):
    """`exec`, with the compiled code of a text seen before (here or in an earlier process)."""
    if isinstance(source, str) and not kwargs:
        code = _codes.get(source)
        if code is None:
            try:
                # What exec(source) compiles: dataclasses has no __future__ imports to pass on.
                code = compile(source, "<string>", "exec", dont_inherit=True)
            except Exception:
                return builtins.exec(source, *args)  # let exec raise as it would
            _codes[source] = _new[source] = code
        return builtins.exec(code, *args)
    return builtins.exec(source, *args, **kwargs)


def install() -> int:
    """Route dataclasses' exec through the cache; returns how many functions were loaded.
    Only on CPython (marshal's code objects are CPython's)."""
    if sys.implementation.name != "cpython":
        return 0
    if "dataclasses" not in sys.modules:
        # dataclasses imports inspect (and with it ast, dis, tokenize: 34 M instructions of a
        # filter call) for one thing, the docstring of a class without one, which no class of
        # ours is (tests/test_startup.py): its `import inspect` runs when first used.
        from .deferred_imports import import_with_deferred

        import_with_deferred("dataclasses", DATACLASSES_DEFERRED)
    import dataclasses

    if getattr(dataclasses, "exec", None) is _exec:
        return len(_codes)
    for source, code in resources.read_mapping(_file_name()).items():
        if isinstance(source, str) and isinstance(code, _CODE_TYPE):
            _codes.setdefault(source, code)
    dataclasses.exec = _exec
    return len(_codes)


def save() -> int:
    """Store the functions compiled for the first time in this process; returns how many."""
    if not _new:
        return 0
    entries = resources.read_mapping(_file_name())  # another process may have added its own meanwhile
    if len(entries) + len(_new) > MAX_ENTRIES:
        entries = {}
    entries.update(_new)
    count = len(_new)
    if not resources.write_mapping(_file_name(), entries):
        return 0
    _new.clear()
    return count
