"""filter.import_panflute_lean: panflute without its command-line entry point, whole when asked (issue 17).

Run in fresh interpreters: what a process has imported is the thing under test."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path


def run_python(code: str, *paths: Path) -> dict:
    """Run `code` in a fresh interpreter (`paths` first on sys.path); it prints one JSON value."""
    prelude = "import json, sys\n" + "".join(f"sys.path.insert(0, {str(p)!r})\n" for p in paths)
    proc = subprocess.run([sys.executable, "-c", prelude + textwrap.dedent(code)], capture_output=True,
                          text=True, check=True)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_panflute_loads_without_click_and_its_names_are_those_of_a_plain_import():
    plain = run_python("""
        import panflute
        print(json.dumps(sorted(n for n in dir(panflute) if not n.startswith('_'))))
    """)
    lean = run_python("""
        from reportfmt.filter import import_panflute_lean
        done = import_panflute_lean()
        import panflute
        before = sorted(n for n in dir(panflute) if not n.startswith('_'))
        loaded = {m: m in sys.modules for m in ('click', 'panflute.autofilter', 'panflute.tools', 'yaml')}
        from panflute import elements, io, tools
        same = all(getattr(panflute, n) is getattr(elements, n) for n in ('Para', 'Str', 'Doc', 'Span'))
        same = same and panflute.load is io.load and panflute.stringify is tools.stringify
        panfl = panflute.panfl  # a deferred name: autofilter (and click) load now
        import panflute.autofilter as autofilter
        print(json.dumps({'installed': done, 'before': before, 'loaded': loaded, 'same': same,
                          'panfl': panfl is autofilter.panfl, 'stdio': panflute.stdio is autofilter.stdio,
                          'click_after': 'click' in sys.modules,
                          'after': sorted(n for n in dir(panflute) if not n.startswith('_'))}))
    """)
    assert lean["installed"] is True
    assert lean["loaded"] == {"click": False, "panflute.autofilter": False, "panflute.tools": True, "yaml": False}
    assert lean["same"] and lean["panfl"] and lean["stdio"] and lean["click_after"]
    # Before anything asks, only autofilter's names (and the submodule's own name) are missing.
    assert set(plain) - set(lean["before"]) == {"autofilter", "main", "panfl", "get_filter_dirs", "stdio"}
    assert set(lean["before"]) <= set(plain)
    # Once read (and the submodule imported), they are the package's as in a plain import.
    assert set(lean["after"]) == set(plain) - {"main", "get_filter_dirs"}


def _package(root: Path, name: str, init: str) -> None:
    (root / name).mkdir()
    (root / name / "__init__.py").write_text(init, encoding="utf-8")
    (root / name / "sub.py").write_text("first = 'one'\nsecond = 'two'\n", encoding="utf-8")


def test_the_deferred_names_load_their_submodule_when_first_read(tmp_path):
    _package(tmp_path, "deferring", "before = 1\nfrom .sub import first, second\nafter = 2\n")
    result = run_python("""
        from reportfmt.filter import import_deferring
        done = import_deferring('deferring', 'from .sub import first, second', 'sub', frozenset({'first', 'second'}))
        import deferring
        state = [done, deferring.before, deferring.after, 'deferring.sub' in sys.modules]
        try:
            deferring.third
            missing = 'no error'
        except AttributeError as exc:
            missing = str(exc)
        state += [deferring.first, 'deferring.sub' in sys.modules, deferring.second, missing]
        print(json.dumps(state))
    """, tmp_path)
    assert result == [True, 1, 2, False, "one", True, "two", "module 'deferring' has no attribute 'third'"]


def test_a_package_not_as_expected_is_imported_as_usual(tmp_path):
    # The statement twice (or not at all): the package's code runs untouched.
    _package(tmp_path, "twice", "from .sub import first, second\nfrom .sub import first, second\n")
    _package(tmp_path, "other", "from .sub import first\n")
    result = run_python("""
        from reportfmt.filter import import_deferring
        names = frozenset({'first', 'second'})
        done = [import_deferring(p, 'from .sub import first, second', 'sub', names) for p in ('twice', 'other')]
        import twice, other
        print(json.dumps([done, 'twice.sub' in sys.modules, twice.second, other.first,
                          type(twice).__getattr__ if hasattr(type(twice), '__getattr__') else None,
                          '__getattr__' in vars(twice)]))
    """, tmp_path)
    assert result == [[False, False], True, "two", "one", None, False]


def test_the_paths_other_code_reads_are_still_paths_though_the_filter_never_makes_one(monkeypatch):
    """ruleset and scored read their files through os.path (pathlib is not on the filter's path);
    RULES_DIR and MODEL_PATH, which tests and the training scripts use, are Paths made when asked."""
    from reportfmt.passes.boilerplate import ruleset, scored

    assert isinstance(ruleset.RULES_DIR, Path) and ruleset.RULES_DIR.name == "rules"
    # The shipped files in the order the glob gave them, as strings of the same paths.
    assert ruleset._rule_files(()) == [str(p) for p in sorted(ruleset.RULES_DIR.glob("*.yaml"))]
    extra = ruleset._rule_files(("./mine.yaml",))
    assert extra[-1] == Path("mine.yaml") and isinstance(extra[-1], Path)
    assert isinstance(scored.MODEL_PATH, Path) and scored.MODEL_PATH.name == "chrome_model.json"
    assert scored._model_file() == str(scored.MODEL_PATH)
    # A script that sets MODEL_PATH (loso_chrome.py does) is what the scorer reads.
    monkeypatch.setattr(scored, "MODEL_PATH", Path("/nowhere/model.json"), raising=False)
    assert scored._model_file() == Path("/nowhere/model.json")


def test_panflute_tools_deferred_imports_are_the_real_ones_when_used(tmp_path):
    """panflute.tools' PyYAML, shlex, shutil and subprocess load when one of their names is first
    used, and then behave as in a plain import: a YAML code block read by yaml_filter, pandoc
    run through Popen with PIPE, which() and shlex as themselves."""
    from reportfmt.write.pandoc import pandoc_path

    result = run_python(f"""
        import os
        os.environ["REPORTFMT_CACHE_DIR"] = {str(tmp_path)!r}
        from reportfmt.filter import import_panflute_lean
        done = import_panflute_lean()
        import panflute as pf
        from panflute import tools
        before = [m in sys.modules for m in ('yaml', 'shutil', 'subprocess', 'shlex')]
        text = pf.stringify(pf.Para(pf.Str('一'), pf.Space(), pf.Str('二')))
        seen = []
        def grab(options, data, element, doc):
            seen.append([options, data])
        block = pf.CodeBlock('size: 3\\nname: 甲\\n---\\n正文', classes=['opts'])
        pf.yaml_filter(block, None, tag='opts', function=grab)
        version = tools.run_pandoc(args=['--version'], pandoc_path={pandoc_path()!r}).splitlines()[0]
        import shutil, subprocess, shlex, yaml
        print(json.dumps({{'done': done, 'before': before, 'text': text, 'seen': seen,
                          'version': version.startswith('pandoc'),
                          'real': [tools.yaml is yaml, tools.Popen is subprocess.Popen,
                                   tools.PIPE == subprocess.PIPE, tools.which is shutil.which,
                                   tools.shlex is shlex,
                                   tools.Loader is getattr(yaml, 'CSafeLoader', yaml.SafeLoader)]}}))
    """)
    assert result["done"] is True
    assert result["before"] == [False, False, False, False]
    assert result["text"] == "一 二\n\n"
    assert result["seen"] == [[{"size": 3, "name": "甲"}, "正文"]]
    assert result["version"] is True
    assert result["real"] == [True, True, True, True, True, True]
