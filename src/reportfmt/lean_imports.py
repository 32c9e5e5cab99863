"""panflute imported by `pandoc --filter reportfmt` without its command-line entry point.

Importing panflute cost 104 M instructions of a filter call on the seed (callgrind, cache warm),
a third of it for click (35 M), which the filter never calls: panflute's `__init__` ends by
importing autofilter.py, its `panfl` command, whose click decorators run as it is imported.

install() runs panflute's own `__init__` without that one statement, and gives the package a
module `__getattr__` (PEP 562) that imports autofilter when one of its names is first asked for
(`panflute.panfl`, `main`, `stdio`, `get_filter_dirs`), so the package's namespace is whole and
every other module of it is the one a plain import gives. When the package is not as expected
(the statement missing or written more than once, no source to read) it is imported as usual:
this decides when autofilter runs, never what any of panflute does. Only the filter calls
install(), before anything imports panflute; a batch worker or the command line import it
as usual.
"""

from __future__ import annotations

import sys

PACKAGE = "panflute"
# The one statement of panflute/__init__.py that imports its command-line entry point.
DEFERRED_IMPORT = "from .autofilter import main, panfl, get_filter_dirs, stdio"
DEFERRED_MODULE = "autofilter"
DEFERRED_NAMES = frozenset({"main", "panfl", "get_filter_dirs", "stdio"})


def install() -> bool:
    """Import panflute without autofilter; True when it was (False: imported as usual, or already)."""
    return import_deferring(PACKAGE, DEFERRED_IMPORT, DEFERRED_MODULE, DEFERRED_NAMES)


def import_deferring(package: str, statement: str, submodule: str, names: frozenset[str]) -> bool:
    """Import `package` running its `__init__` without `statement` (a `from .submodule import
    names` line), the names imported from the submodule when first read. A package whose
    `__init__` does not hold the statement exactly once is imported as usual (False)."""
    if package in sys.modules:
        return False
    from importlib.util import find_spec, module_from_spec

    spec = find_spec(package)
    source = None
    if spec is not None and spec.origin and spec.submodule_search_locations is not None:
        try:
            with open(spec.origin, encoding="utf-8") as file:
                source = file.read()
        except (OSError, UnicodeDecodeError):
            source = None
    if source is None or source.count(statement) != 1:
        __import__(package)
        return False
    module = module_from_spec(spec)
    sys.modules[package] = module
    try:
        # The same file name as the package's own code: tracebacks point at its lines.
        exec(compile(source.replace(statement, "", 1), spec.origin, "exec"), module.__dict__)
    except BaseException:
        del sys.modules[package]
        raise

    def deferred(name: str):
        if name not in names:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        from importlib import import_module

        value = getattr(import_module(f"{package}.{submodule}"), name)
        setattr(module, name, value)
        return value

    module.__getattr__ = deferred
    return True
