"""Import a module with some of its import statements run when a name they bind is first used.

Why: `pandoc --filter reportfmt` imports panflute once per document, and panflute.tools (where
`stringify` lives) imports PyYAML, shlex, shutil and subprocess at its top for functions the
filter never calls (yaml_filter, shell, run_pandoc): 50 M instructions of a call on the seed
(callgrind, regex cache warm), a tenth of the whole call.

What: `import_with_deferred(name, groups)` runs the module's own source without each group's
statement text; each name the statement would bind is bound instead to a stand-in
(`_Deferred`). The first time a stand-in is called or has an attribute read, the group's
statement runs in the module's namespace exactly as written (binding the real objects over the
stand-ins) and the call or attribute goes to the real object; stand-ins passed as arguments to
that call are replaced by their real objects too (panflute passes `PIPE` to `Popen`, `Loader`
to `yaml.load`). So the module's functions behave as before, only later.

A module whose annotations name a deferred name (panflute.tools' `-> Tuple[int, ...]`, which
would make the stand-in resolve at once) is compiled with annotations left unevaluated
(`annotations_deferred`: PEP 563, as `from __future__ import annotations` would): such an
annotation is kept as its text, read by nobody at run time.

Guards: a module that is already imported, has no readable source, or does not hold every
statement exactly once is imported as usual (False). The code compiled from the edited source
is cached on disk (resources.read_blob, keyed by the edited source and the interpreter), since
compiling it would cost most of what deferring saves; a cache entry that does not load is
compiled again.
"""

from __future__ import annotations

import marshal
import sys

from .. import resources

# The import system's own module (importlib._bootstrap, frozen into CPython): its lookups, without
# importing importlib.util. None elsewhere: importlib.util then.
_bootstrap = sys.modules.get("_frozen_importlib")


class _Deferred:
    """Stands for `name`, bound by `statement` in `namespace`, until first used."""

    __slots__ = ("_name", "_namespace", "_statement")

    def __init__(self, name: str, statement: str, namespace: dict) -> None:
        self._name, self._statement, self._namespace = name, statement, namespace

    def _real(self):
        if self._namespace.get(self._name) is self:
            # The statement as the module wrote it, in its own namespace: it binds every name
            # of its group at once.
            exec(self._statement, self._namespace)
        return self._namespace[self._name]

    def __getattr__(self, attribute: str):
        return getattr(self._real(), attribute)

    def __call__(self, *args, **kwargs):
        real = self._real()
        args = tuple(_resolved(a) for a in args)
        kwargs = {k: _resolved(v) for k, v in kwargs.items()}
        return real(*args, **kwargs)

    def __repr__(self) -> str:
        return f"<deferred {self._name!r}>"


def _resolved(value):
    return value._real() if isinstance(value, _Deferred) else value


def import_with_deferred(name: str, groups: tuple[tuple[str, tuple[str, ...]], ...], *,
                         annotations_deferred: bool = False) -> bool:
    """Import module `name` (its package, if any, already in sys.modules) with each group's
    statement deferred: (statement text, the names it binds). False: imported as usual.
    `annotations_deferred`: the module's annotations are compiled as strings (PEP 563)."""
    if name in sys.modules:
        return False
    spec = find_spec(name)
    source = None
    if spec is not None and spec.origin:
        try:
            with open(spec.origin, encoding="utf-8") as file:
                source = file.read()
        except (OSError, UnicodeDecodeError):
            source = None
    if source is None or any(source.count(statement) != 1 for statement, _ in groups):
        __import__(name)
        return False
    for statement, _ in groups:
        source = source.replace(statement, "", 1)
    module = module_from_spec(spec)
    namespace = module.__dict__
    for statement, names in groups:
        for bound in names:
            namespace[bound] = _Deferred(bound, statement, namespace)
    sys.modules[name] = module
    try:
        exec(compiled(source, spec.origin, annotations_deferred=annotations_deferred), namespace)
    except BaseException:
        del sys.modules[name]
        raise
    parent, _, child = name.rpartition(".")
    if parent in sys.modules:
        setattr(sys.modules[parent], child, module)
    return True


def find_spec(name: str):
    """importlib.util.find_spec(name) for a module whose parent package (if any) is imported,
    without importing importlib.util (it imports contextlib: 3.3 M instructions of a `pandoc
    --filter` call, whose path needs neither): the import system's own lookup, as
    importlib.util asks it. Raises ValueError for a module in sys.modules without a spec."""
    module = sys.modules.get(name)
    if module is not None:
        spec = getattr(module, "__spec__", None)
        if spec is None:
            raise ValueError(f"{name}.__spec__ is None")
        return spec
    parent = name.rpartition(".")[0]
    lookup = getattr(_bootstrap, "_find_spec", None)
    if lookup is None or (parent and parent not in sys.modules):
        import importlib.util

        return importlib.util.find_spec(name)
    return lookup(name, sys.modules[parent].__path__ if parent else None)


def module_from_spec(spec):
    """importlib.util.module_from_spec (the import system's own), without importing importlib.util."""
    make = getattr(_bootstrap, "module_from_spec", None)
    if make is None:
        import importlib.util

        make = importlib.util.module_from_spec
    return make(spec)


def compiled(source: str, filename: str, *, annotations_deferred: bool = False):
    """The code of `source` (as compile() gives it under `filename`; with annotations kept as
    strings when `annotations_deferred`), from the cache when it holds it for this interpreter."""
    flags = 0
    if annotations_deferred:
        import __future__

        flags = __future__.annotations.compiler_flag
    key = resources.digest(sys.version.encode(), str(marshal.version).encode(), filename.encode(),
                           source.encode("utf-8"), str(flags).encode())
    blob_name = f"module-{sys.implementation.cache_tag}-{key}.marshal"
    code = resources.read_marshalled(blob_name)
    if type(code) is _CODE_TYPE:
        return code
    code = compile(source, filename, "exec", flags=flags, dont_inherit=True)
    resources.write_blob(blob_name, marshal.dumps(code))
    return code


_CODE_TYPE = resources.CODE_TYPE
