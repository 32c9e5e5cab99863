"""Dataclass methods kept compiled between processes (passes/dataclass_cache.py, resources' blobs).

Each check runs in a fresh interpreter, as `pandoc --filter` does, against its own cache
folder: a class built from cached code must behave exactly as one `dataclasses` builds by
itself (signature and annotations, repr, equality, hashing, frozen assignment), and a
damaged cache must cost time, never correctness."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from reportfmt import resources

# Installs the cache (or not), builds the kinds of dataclass the passes define and prints
# what an observer of the class can see, then how many functions were loaded and saved.
BUILD_AND_DESCRIBE = """
    import dataclasses, inspect, sys
    from dataclasses import dataclass, field
    from reportfmt.passes import dataclass_cache
    loaded = dataclass_cache.install() if sys.argv[1] == "cached" else 0

    @dataclass(frozen=True)
    class Rule:
        name: str
        pattern: "re.Pattern[str]"
        max_chars: int = 200
        literals: tuple[str, ...] | None = None
        tags: tuple = field(default=(), compare=False, repr=False)

    @dataclass
    class Report:
        removed: list = field(default_factory=list)
        title: str | None = None

    rule = Rule("备案号", "x", literals=("备案",))
    seen = [str(inspect.signature(Rule)), str(Rule.__init__.__annotations__), repr(rule), Rule.__doc__,
            rule == Rule("备案号", "x", literals=("备案",), tags=(1,)),
            hash(rule) == hash(Rule("备案号", "x", literals=("备案",))),
            repr(Report()), Report() == Report(), str(inspect.signature(Report))]
    try:
        rule.name = "changed"
    except dataclasses.FrozenInstanceError as exc:
        seen.append(f"frozen: {exc}")
    print(seen)
    print(loaded, dataclass_cache.save())
"""


def run_python(mode: str, cache: str) -> tuple[str, int, int]:
    env = {**os.environ, resources.CACHE_ENV: cache}
    proc = subprocess.run([sys.executable, "-c", textwrap.dedent(BUILD_AND_DESCRIBE), mode], capture_output=True,
                          text=True, env=env, check=False)
    assert proc.returncode == 0, proc.stderr
    seen, counts = proc.stdout.strip().splitlines()
    loaded, saved = map(int, counts.split())
    return seen, loaded, saved


def test_classes_built_from_cached_code_are_the_classes_dataclasses_builds(tmp_path):
    cache = str(tmp_path / "cache")
    plain, _, _ = run_python("plain", cache)
    first, loaded, made = run_python("cached", cache)
    # All new: on 3.11 and 3.12 Rule's __init__, __repr__, __eq__, __hash__, __setattr__,
    # __delattr__ (frozen) and Report's __init__, __repr__, __eq__, one exec each (3.13 on:
    # one exec per class).
    assert loaded == 0 and made == (9 if sys.version_info < (3, 13) else 2)
    second, loaded, saved = run_python("cached", cache)
    assert loaded == made and saved == 0  # the steady state compiles and writes nothing
    assert first == plain and second == plain
    assert "name: str" in plain and "frozen: cannot assign to field 'name'" in plain


def test_a_corrupt_cache_file_is_ignored_and_rebuilt(tmp_path):
    cache = tmp_path / "cache"
    plain, _, _ = run_python("plain", str(cache))
    run_python("cached", str(cache))
    (blob,) = cache.glob("dataclass-code-*.marshal")
    data = bytearray(blob.read_bytes())
    data[-10] ^= 0xFF  # one flipped byte in the payload: the checksum no longer holds
    blob.write_bytes(bytes(data))
    seen, loaded, saved = run_python("cached", str(cache))
    assert (seen, loaded) == (plain, 0) and saved > 0  # nothing trusted, everything rebuilt
    assert run_python("cached", str(cache))[1] == saved


def test_entries_that_are_not_code_are_skipped(tmp_path, monkeypatch):
    """A checksummed file holding something other than code objects (written by another
    version by mistake) is not run: those texts are compiled as exec would."""
    import marshal

    from reportfmt.passes import dataclass_cache

    monkeypatch.setenv(resources.CACHE_ENV, str(tmp_path))
    plain, _, _ = run_python("plain", str(tmp_path / "other"))
    assert resources.write_blob(dataclass_cache._file_name(), marshal.dumps({"def f(): pass": b"not code"}))
    seen, loaded, saved = run_python("cached", str(tmp_path))
    assert (seen, loaded) == (plain, 0) and saved > 0


def test_installed_first_dataclasses_loads_inspect_only_when_a_class_needs_its_docstring(tmp_path):
    """install() imports dataclasses with its `import inspect` deferred (34 M instructions of a
    filter call): documented classes never load it, and an undocumented one still gets the
    docstring dataclasses writes from its signature."""
    code = textwrap.dedent("""
        import sys
        from reportfmt.passes import dataclass_cache
        dataclass_cache.install()
        from dataclasses import dataclass, field

        @dataclass(frozen=True)
        class Documented:
            '''A rule.'''
            name: str
            tags: tuple = field(default=())

        before = 'inspect' in sys.modules
        same = Documented('a') == Documented('a') and repr(Documented('a')) == "Documented(name='a', tags=())"

        @dataclass
        class Bare:
            size: int = 3

        print(before, same, 'inspect' in sys.modules, Bare.__doc__)
    """)
    env = {**os.environ, resources.CACHE_ENV: str(tmp_path)}
    for _ in range(2):  # a cold cache, then a warm one
        proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False)
        assert proc.returncode == 0, proc.stderr
        assert proc.stdout.split() == ["False", "True", "True", "Bare(size:", "int", "=", "3)"]
