"""Submodules imported from the one-file code cache (passes/module_bundle.py).

Each check runs fresh interpreters, as `pandoc --filter` does, against its own cache folder
and a made-up package: a module loaded from the cache must be the module the usual import
makes (its names, __file__, __path__), and an edited file, a damaged cache or a package moved
elsewhere must cost time, never correctness."""

from __future__ import annotations

import marshal
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from reportfmt import resources

# Installs the bundle, imports the made-up package's submodules, prints what an observer of
# them sees and which of them the bundle gave, then how many the bundle saved.
IMPORT_AND_DESCRIBE = """
    import sys
    from reportfmt.passes import module_bundle
    module_bundle.install()
    import shelfpkg.inner.leaf, shelfpkg.top
    seen = [shelfpkg.top.VALUE, shelfpkg.inner.leaf.VALUE, shelfpkg.inner.leaf.twice(4),
            shelfpkg.top.__file__, shelfpkg.inner.__file__, shelfpkg.inner.__path__, shelfpkg.top.__name__,
            shelfpkg.inner.__package__, shelfpkg.top.__package__, shelfpkg.top.__doc__, shelfpkg.top.__cached__,
            shelfpkg.inner.__cached__, shelfpkg.inner.__spec__.origin, shelfpkg.inner.__spec__.parent]
    print(seen)
    print(sorted(name for name, module in sys.modules.items()
                 if isinstance(getattr(module.__spec__, "loader", None), module_bundle.ModuleBundle)))
    print(module_bundle.save())
"""


def make_package(root: Path, value: str = "one") -> None:
    (root / "shelfpkg" / "inner").mkdir(parents=True, exist_ok=True)
    (root / "shelfpkg" / "__init__.py").write_text("", encoding="utf-8")
    (root / "shelfpkg" / "top.py").write_text(f'"""The top module."""\nVALUE = "{value}"\n', encoding="utf-8")
    (root / "shelfpkg" / "inner" / "__init__.py").write_text("", encoding="utf-8")
    (root / "shelfpkg" / "inner" / "leaf.py").write_text(
        "from ..top import VALUE as TOP\nVALUE = TOP + '-leaf'\n\ndef twice(n):\n    return 2 * n\n", encoding="utf-8")
    # Written ten seconds ago: CPython's own .pyc check reads a source's time in whole seconds,
    # so a same-size edit within the second of the first write would get the old .pyc from the
    # usual import itself (where bytecode is written), whatever the bundle does.
    written = (int(time.time()) - 10) * 1_000_000_000
    for path in (root / "shelfpkg").rglob("*.py"):
        os.utime(path, ns=(written, written))


def run_python(root: Path, cache: Path, bundle: bool = True) -> tuple[str, str, int]:
    env = {**os.environ, resources.CACHE_ENV: str(cache) if bundle else "off",
           "PYTHONPATH": os.pathsep.join([str(root), *sys.path])}
    proc = subprocess.run([sys.executable, "-c", textwrap.dedent(IMPORT_AND_DESCRIBE)], capture_output=True,
                          text=True, env=env, check=False, cwd=root)
    assert proc.returncode == 0, proc.stderr
    seen, given, saved = proc.stdout.strip().splitlines()
    return seen, given, int(saved)


def test_a_cached_module_is_the_module_the_usual_import_makes(tmp_path):
    make_package(tmp_path / "src")
    usual, given, _ = run_python(tmp_path / "src", tmp_path / "cache", bundle=False)
    assert given == "[]"
    first, given, saved = run_python(tmp_path / "src", tmp_path / "cache")
    assert given == "[]" and saved == 3  # the submodules: a top-level name is left to sys.path
    second, given, saved = run_python(tmp_path / "src", tmp_path / "cache")
    assert given == "['shelfpkg.inner', 'shelfpkg.inner.leaf', 'shelfpkg.top']" and saved == 0
    assert usual == first == second


def test_what_a_cache_s_rebuilding_imports_is_not_stored(tmp_path):
    """imported_for_rebuilding (PyYAML, for the rule files, on a call that rebuilds their cache):
    what it loads stays out of the bundle; a later call importing it as usual stores it."""
    make_package(tmp_path / "src")
    rebuild = IMPORT_AND_DESCRIBE.replace("import shelfpkg.inner.leaf, shelfpkg.top",
                                          "module_bundle.imported_for_rebuilding('shelfpkg.inner.leaf')\n"
                                          "    import shelfpkg.inner.leaf, shelfpkg.top")
    env = {**os.environ, resources.CACHE_ENV: str(tmp_path / "cache"),
           "PYTHONPATH": os.pathsep.join([str(tmp_path / "src"), *sys.path])}
    proc = subprocess.run([sys.executable, "-c", textwrap.dedent(rebuild)], capture_output=True, text=True,
                          env=env, check=True, cwd=tmp_path / "src")
    assert proc.stdout.strip().splitlines()[-1] == "0"
    _, given, saved = run_python(tmp_path / "src", tmp_path / "cache")
    assert given == "[]" and saved == 3
    _, given, saved = run_python(tmp_path / "src", tmp_path / "cache")
    assert given == "['shelfpkg.inner', 'shelfpkg.inner.leaf', 'shelfpkg.top']" and saved == 0


def test_an_edited_module_is_imported_anew_and_stored_again(tmp_path):
    make_package(tmp_path / "src")
    run_python(tmp_path / "src", tmp_path / "cache")
    (tmp_path / "src" / "shelfpkg" / "top.py").write_text('"""The top module."""\nVALUE = "two"\n', encoding="utf-8")
    seen, given, saved = run_python(tmp_path / "src", tmp_path / "cache")
    assert "'two'" in seen and "'two-leaf'" in seen  # the same size: its time tells
    assert given == "['shelfpkg.inner', 'shelfpkg.inner.leaf']" and saved == 1
    seen_again, given, _ = run_python(tmp_path / "src", tmp_path / "cache")
    assert seen_again == seen and "shelfpkg.top" in given


def test_a_damaged_cache_is_rebuilt(tmp_path):
    make_package(tmp_path / "src")
    usual, _, _ = run_python(tmp_path / "src", tmp_path / "cache")
    for path in (tmp_path / "cache").glob("modules-*"):
        data = bytearray(path.read_bytes())
        data[len(data) // 2] ^= 0xFF
        path.write_bytes(bytes(data))
    seen, given, saved = run_python(tmp_path / "src", tmp_path / "cache")
    assert seen == usual and given == "[]" and saved == 3


def test_a_package_elsewhere_is_not_given_another_copy_s_modules(tmp_path):
    # Two copies of the package under one name, each first on its own sys.path: their caches
    # are different files, and neither is given the other's code.
    make_package(tmp_path / "a", value="from-a")
    make_package(tmp_path / "b", value="from-b")
    run_python(tmp_path / "a", tmp_path / "cache")
    seen_b, _, _ = run_python(tmp_path / "b", tmp_path / "cache")
    seen_b2, given, _ = run_python(tmp_path / "b", tmp_path / "cache")
    assert "'from-b'" in seen_b and seen_b2 == seen_b and "shelfpkg.top" in given


def run_script(script_dir: Path, root: Path, cache: Path, cwd: Path) -> tuple[str, str, int]:
    """IMPORT_AND_DESCRIBE as a script file (sys.path[0] its folder, not the working folder),
    the made-up package on PYTHONPATH: top-level names may come from the bundle."""
    script = script_dir / "describe.py"
    script.write_text(textwrap.dedent(IMPORT_AND_DESCRIBE), encoding="utf-8")
    env = {**os.environ, resources.CACHE_ENV: str(cache), "PYTHONPATH": os.pathsep.join([str(root), *sys.path])}
    proc = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, env=env, check=False,
                          cwd=cwd)
    assert proc.returncode == 0, proc.stderr
    seen, given, saved = proc.stdout.strip().splitlines()
    return seen, given, int(saved)


def test_a_top_level_package_is_given_until_a_sys_path_folder_changes(tmp_path):
    for folder in ("scripts", "src", "work"):
        (tmp_path / folder).mkdir()
    make_package(tmp_path / "src")
    args = (tmp_path / "scripts", tmp_path / "src", tmp_path / "cache", tmp_path / "work")
    first, given, _ = run_script(*args)
    assert given == "[]"
    second, given, saved = run_script(*args)
    assert second == first and "'shelfpkg'," in given and saved == 0
    # Another shelfpkg in a folder earlier on sys.path (the script's): the usual import finds
    # it, so the bundle must not give the stored one.
    make_package(tmp_path / "scripts", value="shadow")
    third, given, _ = run_script(*args)
    assert "'shadow'" in third and "'shelfpkg'," not in given


def test_a_frozen_module_is_left_to_the_frozen_importer():
    from reportfmt.passes import module_bundle

    bundle = module_bundle.ModuleBundle({"importlib.util": ("/nowhere/util.py", False, 1, 1, b"", "")}, True)
    assert bundle.find_spec("importlib.util", ["/nowhere"]) is None


def test_the_file_gives_back_each_entry_its_code_read_in_place(tmp_path, monkeypatch):
    # The codes follow the index (FORMAT 3), each entry naming where its code lies: what is read
    # back is what was written, and the code unmarshals to the module's code.
    from reportfmt.passes import module_bundle

    monkeypatch.setenv(resources.CACHE_ENV, str(tmp_path))
    codes = {name: marshal.dumps(compile(f"VALUE = {name!r}", f"/src/{name}.py", "exec"))
             for name in ("shelf.one", "shelf.two", "shelf.three")}
    entries = {name: (f"/src/{name}.py", False, 10 + len(name), 20, code, f"/src/{name}.pyc")
               for name, code in codes.items()}
    entries[""] = (1, 2)
    assert module_bundle._write_entries(entries)
    back = module_bundle._read_entries()
    assert back.keys() == entries.keys() and back[""] == (1, 2)
    for name, code in codes.items():
        assert back[name][:4] == entries[name][:4] and back[name][5] == entries[name][5]
        assert bytes(back[name][4]) == code
        namespace: dict = {}
        exec(module_bundle._code_of(back[name][4]), namespace)
        assert namespace["VALUE"] == name


def test_an_entry_whose_code_lies_outside_the_file_is_left_out(tmp_path, monkeypatch):
    from reportfmt.passes import module_bundle

    monkeypatch.setenv(resources.CACHE_ENV, str(tmp_path))
    code = marshal.dumps(compile("VALUE = 1", "/src/ok.py", "exec"))
    index = {"shelf.ok": ("/src/ok.py", False, 1, 1, len(code), len(code), "/src/ok.pyc"),
             "shelf.far": ("/src/far.py", False, 1, 1, 10**6, 5, "/src/far.pyc"),
             "shelf.long": ("/src/long.py", False, 1, 1, len(code), len(code) + 1, "/src/long.pyc"),
             "shelf.short": ("/src/short.py", False)}
    assert resources.write_blob(module_bundle._file_name(), marshal.dumps(index) + code)
    assert list(module_bundle._read_entries()) == ["shelf.ok"]


# IMPORT_AND_DESCRIBE, then what the shared part (module_bundle.SHARED) still holds: the codes of
# the modules the bundle gave are taken from it as each is loaded.
DESCRIBE_SHARED = IMPORT_AND_DESCRIBE.replace(
    "    print(module_bundle.save())",
    "    shared = module_bundle._bundle.shared\n"
    "    print(module_bundle.save())\n"
    "    print(None if shared is None else sorted(shared))")


def run_shared(root: Path, cache: Path) -> tuple[str, str, int, str]:
    env = {**os.environ, resources.CACHE_ENV: str(cache), "PYTHONPATH": os.pathsep.join([str(root), *sys.path])}
    proc = subprocess.run([sys.executable, "-c", textwrap.dedent(DESCRIBE_SHARED)], capture_output=True,
                          text=True, env=env, check=False, cwd=root)
    assert proc.returncode == 0, proc.stderr
    seen, given, saved, left = proc.stdout.strip().splitlines()
    return seen, given, int(saved), left


def test_the_modules_a_call_imported_come_from_one_shared_part(tmp_path, monkeypatch):
    make_package(tmp_path / "src")
    usual, _, _ = run_python(tmp_path / "src", tmp_path / "cache", bundle=False)
    first, given, saved, left = run_shared(tmp_path / "src", tmp_path / "cache")
    assert given == "[]" and saved == 3 and left == "None"  # nothing loaded from the bundle yet
    from reportfmt.passes import module_bundle

    monkeypatch.setenv(resources.CACHE_ENV, str(tmp_path / "cache"))
    index, _ = resources.read_indexed(next(path.name for path in (tmp_path / "cache").glob("modules-*")))
    assert index[module_bundle.SHARED][0] == ("shelfpkg.inner", "shelfpkg.inner.leaf", "shelfpkg.top")
    second, given, saved, left = run_shared(tmp_path / "src", tmp_path / "cache")
    assert given == "['shelfpkg.inner', 'shelfpkg.inner.leaf', 'shelfpkg.top']" and saved == 0
    assert left == "[]"  # each module's code was taken from the shared part
    assert usual == first == second


def test_a_shared_part_of_the_wrong_shape_leaves_each_module_its_own_code(tmp_path, monkeypatch):
    from reportfmt.passes import module_bundle

    make_package(tmp_path / "src")
    usual, _, _ = run_python(tmp_path / "src", tmp_path / "cache")
    path = next((tmp_path / "cache").glob("modules-*"))
    monkeypatch.setenv(resources.CACHE_ENV, str(tmp_path / "cache"))
    monkeypatch.setattr(module_bundle, "_file_name", lambda: path.name)
    entries = module_bundle._read_entries()
    names = entries[module_bundle.SHARED][0]
    for wrong in ((names, marshal.dumps([1, 2, 3])), (names[:2], marshal.dumps((1, 2))), (names, b"\x00junk")):
        entries[module_bundle.SHARED] = wrong
        assert module_bundle._write_entries(entries)
        seen, given, saved, left = run_shared(tmp_path / "src", tmp_path / "cache")
        assert seen == usual and given == "['shelfpkg.inner', 'shelfpkg.inner.leaf', 'shelfpkg.top']"
        assert saved == 0 and left == "[]"
