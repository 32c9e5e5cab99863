"""deferred_imports.import_with_deferred: a module's import statements run when a name they
bind is first used (issue 17: what `pandoc --filter` imports for nothing). Fresh interpreters:
what a process has imported is the thing under test."""

from __future__ import annotations

from test_filter_imports import run_python

MODULE = """import json
import colorsys
from fractions import Fraction, Decimal

def half(x):
    return Fraction(x, 2)

def cube():
    return colorsys.rgb_to_hsv(1.0, 0.0, 0.0)

ZERO = Decimal(0)
"""


def test_a_deferred_statement_runs_when_one_of_its_names_is_first_used(tmp_path):
    (tmp_path / "lazy_sample.py").write_text(MODULE.replace("ZERO = Decimal(0)\n", ""), encoding="utf-8")
    groups = "(('import colorsys\\n', ('colorsys',)), ('from fractions import Fraction, Decimal\\n', " \
             "('Fraction', 'Decimal')))"
    code = f"""
        import os
        os.environ['REPORTFMT_CACHE_DIR'] = {str(tmp_path / 'cache')!r}
        from reportfmt.passes.deferred_imports import import_with_deferred
        done = import_with_deferred('lazy_sample', {groups})
        import lazy_sample
        state = [done, 'colorsys' in sys.modules, 'fractions' in sys.modules]
        half = lazy_sample.half(3)
        import fractions
        state += [str(half), 'fractions' in sys.modules, lazy_sample.Fraction is fractions.Fraction,
                  lazy_sample.Decimal is fractions.Decimal, 'colorsys' in sys.modules,
                  list(lazy_sample.cube()), 'colorsys' in sys.modules]
        print(json.dumps(state))
    """
    expected = [True, False, False, "3/2", True, True, True, False, [0.0, 1.0, 1.0], True]
    assert run_python(code, tmp_path) == expected  # the code compiled, then from the cache
    assert run_python(code, tmp_path) == expected
    assert len(list((tmp_path / "cache").glob("module-*.marshal"))) == 1


def test_a_module_without_the_statement_or_with_a_damaged_cache_entry_imports_as_usual(tmp_path):
    (tmp_path / "plain_sample.py").write_text(MODULE, encoding="utf-8")
    code = f"""
        import os
        os.environ['REPORTFMT_CACHE_DIR'] = {str(tmp_path / 'cache')!r}
        from reportfmt.passes.deferred_imports import import_with_deferred
        done = import_with_deferred('plain_sample', (('import os.path\\n', ('os',)),))
        import plain_sample
        print(json.dumps([done, 'fractions' in sys.modules, str(plain_sample.ZERO)]))
    """
    assert run_python(code, tmp_path) == [False, True, "0"]
    # The edited module's cached code damaged: compiled again, never trusted.
    (tmp_path / "lazy2_sample.py").write_text(MODULE.replace("ZERO = Decimal(0)\n", ""), encoding="utf-8")
    code = f"""
        import os
        os.environ['REPORTFMT_CACHE_DIR'] = {str(tmp_path / 'cache2')!r}
        from reportfmt.passes.deferred_imports import import_with_deferred
        done = import_with_deferred('lazy2_sample', (('import colorsys\\n', ('colorsys',)),))
        import lazy2_sample
        print(json.dumps([done, list(lazy2_sample.cube())]))
    """
    assert run_python(code, tmp_path) == [True, [0.0, 1.0, 1.0]]
    for blob in (tmp_path / "cache2").glob("module-*.marshal"):
        blob.write_bytes(blob.read_bytes()[:-7] + b"damaged")
    assert run_python(code, tmp_path) == [True, [0.0, 1.0, 1.0]]


def test_find_spec_finds_what_importlib_util_finds():
    import importlib.util
    import sys

    from reportfmt.passes.deferred_imports import find_spec, module_from_spec

    for name in ("json", "json.decoder", "xml.dom.minidom", "reportfmt.passes.literals", "no_such_module_here"):
        ours, theirs = find_spec(name), importlib.util.find_spec(name)
        if theirs is None:
            assert ours is None, name
            continue
        assert (ours.name, ours.origin, type(ours.loader)) == (theirs.name, theirs.origin, type(theirs.loader)), name
    assert find_spec("sys") is sys.modules["sys"].__spec__  # imported: its own spec, as importlib's
    module = module_from_spec(find_spec("json.tool"))
    assert module.__name__ == "json.tool" and module.__spec__.origin.endswith("tool.py")
