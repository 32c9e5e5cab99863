"""Compiled patterns kept between processes (passes/regex_cache.py, resources' blobs).

Each check runs in a fresh interpreter, as `pandoc --filter` does, against its own cache
folder: what a second process gets must be exactly what re would have compiled, and a
damaged cache must cost time, never correctness."""

from __future__ import annotations

import array
import os
import re
import subprocess
import sys
import textwrap

import pytest

from reportfmt import resources
from reportfmt.passes import regex_cache

# Patterns of the kinds the passes use: a wide CJK class under IGNORECASE (the costly kind),
# named groups, lookbehind, a verbose pattern.
PATTERNS = [
    (r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,}", "re.I"),
    (r"(?P<year>(?:19|20)\d{2})\s*[-/.年]\s*(?P<month>1[0-2]|0?[1-9])", "0"),
    (r"(?<=[\u4e00-\u9fff])(\d{1,2})、(?=[\u4e00-\u9fff])", "0"),
    ("\n    [*＊]+   # asterisks\n    (?:[.．+][*＊]+)*\n", "re.X"),
]


def run_python(code: str, cache: str) -> str:
    env = {**os.environ, resources.CACHE_ENV: cache}
    proc = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True,
                          env=env, check=False)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.strip()


# The filter's order: seed from the cache, compile what the run needs, save what was new.
COMPILE_AND_SAVE = f"""
    import re
    from reportfmt.passes import regex_cache
    regex_cache.seed()
    for pattern, flags in {PATTERNS!r}:
        re.compile(pattern, eval(flags, {{"re": re}}))
    print(regex_cache.save())
"""

SEED_AND_COMPARE = f"""
    import re
    from re import _compiler
    from reportfmt.passes import regex_cache
    seeded = regex_cache.seed()
    same = 0
    for pattern, flags in {PATTERNS!r}:
        flags = eval(flags, {{"re": re}})
        got = re.compile(pattern, flags)
        fresh = _compiler.compile(pattern, flags)  # what re.compile would build, bypassing its cache
        assert got == fresh and got.groupindex == fresh.groupindex and got.groups == fresh.groups
        assert got.findall("2023年3月,**区*.*倍，科技园2、工业") == fresh.findall("2023年3月,**区*.*倍，科技园2、工业")
        same += got is re._cache[(str, pattern, int(flags))]
    print(seeded, same)
"""


def test_a_second_process_gets_the_patterns_ready_and_identical_to_a_fresh_compile(tmp_path):
    cache = str(tmp_path / "cache")
    assert int(run_python(COMPILE_AND_SAVE, cache)) >= len(PATTERNS)
    seeded, same = map(int, run_python(SEED_AND_COMPARE, cache).split())
    assert seeded >= len(PATTERNS) and same == len(PATTERNS)
    # Nothing new the second time round: the steady state writes nothing.
    assert run_python(COMPILE_AND_SAVE, cache) == "0"


def test_a_file_larger_than_res_cache_still_serves_every_pattern(tmp_path):
    """A batch run fills the file with patterns of its own (built from page titles), more than
    re's cache holds (512): every stored pattern is still there when a process asks for it."""
    cache = str(tmp_path / "cache")
    for run in range(2):  # two runs of 300: re's cache keeps the last 512 a process compiled
        others = [(f"(?:标题{run}-{n})+[\u4e00-\u9fff]{{2,}}", "0") for n in range(300)]
        run_python(COMPILE_AND_SAVE.replace(repr(PATTERNS), repr(others)), cache)
    assert int(run_python(COMPILE_AND_SAVE, cache)) >= len(PATTERNS)
    seeded, same = map(int, run_python(SEED_AND_COMPARE, cache).split())
    assert seeded >= 600 + len(PATTERNS) and same == len(PATTERNS)
    assert run_python(COMPILE_AND_SAVE, cache) == "0"


def test_a_process_compiling_more_than_res_cache_holds_stores_them_all(tmp_path):
    """re keeps the last 512 patterns it compiled: the ones it dropped before save() are stored
    too (the filter's first call compiles ~1,400), so the next process compiles none again."""
    cache = str(tmp_path / "cache")
    many = [(f"(?:段落{n})+[\u4e00-\u9fff]{{2,}}", "0") for n in range(700)]
    assert int(run_python(COMPILE_AND_SAVE.replace(repr(PATTERNS), repr(many)), cache)) == 700
    assert run_python(COMPILE_AND_SAVE.replace(repr(PATTERNS), repr(many)), cache) == "0"
    seeded, same = map(int, run_python(SEED_AND_COMPARE.replace(repr(PATTERNS), repr(many[:3])), cache).split())
    assert seeded == 700 and same == 3


def test_save_stores_the_code_re_compiled_without_parsing_the_pattern_again(tmp_path):
    """The code step's output is kept as re compiles (_keep_code): save() parses nothing, and what
    it stores is what parsing again gives (the next process's patterns equal a fresh compile)."""
    cache = str(tmp_path / "cache")
    parses = run_python(COMPILE_AND_SAVE.replace("    print(regex_cache.save())", """
    from re import _parser
    parse, calls = _parser.parse, []
    _parser.parse = lambda *args: calls.append(args) or parse(*args)
    print(regex_cache.save(), len(calls))"""), cache)
    assert parses == f"{len(PATTERNS)} 0"
    seeded, same = map(int, run_python(SEED_AND_COMPARE, cache).split())
    assert seeded == len(PATTERNS) and same == len(PATTERNS)


def test_a_stored_pattern_is_built_only_when_a_process_asks_for_it(tmp_path):
    cache = str(tmp_path / "cache")
    run_python(COMPILE_AND_SAVE, cache)
    out = run_python(f"""
        import re
        from reportfmt.passes import regex_cache
        regex_cache.seed()
        (first, flags), (second, _) = {PATTERNS[:2]!r}
        flags = eval(flags, {{"re": re}})
        held = lambda pattern: (str, pattern, flags) in dict.keys(re._cache)
        before = held(first), held(second)
        re.compile(first, flags)
        print(before, held(first), held(second))
    """, cache)
    assert out == "(False, False) True False"


def test_a_corrupt_cache_file_is_ignored_and_rebuilt(tmp_path):
    cache = tmp_path / "cache"
    run_python(COMPILE_AND_SAVE, str(cache))
    (blob,) = cache.glob("regex-*.marshal")
    data = bytearray(blob.read_bytes())
    data[-10] ^= 0xFF  # one flipped byte in the payload: the checksum no longer holds
    blob.write_bytes(bytes(data))
    seeded, _ = map(int, run_python(SEED_AND_COMPARE, str(cache)).split())
    assert seeded == 0  # nothing trusted, and every pattern still compiled and matched correctly
    assert int(run_python(COMPILE_AND_SAVE, str(cache))) >= len(PATTERNS)  # rebuilt
    assert int(run_python(SEED_AND_COMPARE, str(cache)).split()[0]) >= len(PATTERNS)


def test_code_sre_rejects_is_skipped_and_the_pattern_compiles_as_usual(tmp_path, monkeypatch):
    """A checksummed file whose code is wrong (say, written by another build by mistake):
    _sre validates code and refuses it, and re compiles the pattern itself."""
    monkeypatch.setenv(resources.CACHE_ENV, str(tmp_path))
    sre = regex_cache._internals()[0]
    import array

    code = array.array("I", [1, 2, 3]).tobytes()
    bogus = {("中文[一-龥]+".encode(), 0): (32, code, 0, {}, (None,))}  # (keys: the text as UTF-8)
    assert regex_cache._write_entries(regex_cache._file_name(sre), bogus)
    out = run_python("""
        import re
        from reportfmt.passes import regex_cache
        print(regex_cache.seed(), bool(re.compile("中文[一-龥]+").search("这是中文字")))
    """, str(tmp_path))
    assert out == "1 True"  # offered, refused by _sre when asked for, compiled by re itself


def test_the_cache_can_be_turned_off(tmp_path, monkeypatch):
    monkeypatch.setenv(resources.CACHE_ENV, "off")
    assert resources.cache_dir() is None
    assert not resources.write_blob("x", b"payload")
    assert resources.read_blob("x") is None
    assert regex_cache.seed() == 0


def test_blobs_round_trip_and_a_truncated_one_reads_as_absent(tmp_path, monkeypatch):
    monkeypatch.setenv(resources.CACHE_ENV, str(tmp_path / "nested" / "cache"))
    assert resources.write_blob("b", b"\x00payload\xff")
    assert resources.read_blob("b") == b"\x00payload\xff"
    path = tmp_path / "nested" / "cache" / "b"
    path.write_bytes(path.read_bytes()[:-1])
    assert resources.read_blob("b") is None
    assert not list(path.parent.glob(".*.tmp"))  # no temporary file left behind


def test_an_unusable_cache_folder_means_no_cache_not_an_error(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(resources.CACHE_ENV, str(blocker / "cache"))  # cannot be created, even by root
    assert not resources.write_blob("b", b"x")
    assert resources.read_blob("b") is None


def test_lazy_pattern_builds_on_first_use_and_answers_as_the_compiled_one():
    source, flags = r"(?P<year>(?:19|20)\d{2})\s*年", 0
    # Made up: a date line and a line without one.
    lines = ["通知于2023年发布", "没有日期的一行"]
    lazy = regex_cache.LazyPattern(source, flags)
    assert lazy.pattern == source
    assert "search" not in vars(lazy)  # nothing built by making it, or by reading its source
    compiled = re.compile(source, flags)
    assert [m and m.group("year") for m in map(lazy.search, lines)] == ["2023", None]
    assert lazy.sub("X", lines[0]) == compiled.sub("X", lines[0]) == "通知于X发布"
    assert lazy.split("年", 1) == compiled.split("年", 1)
    assert (lazy.flags, lazy.groups, lazy.groupindex) == (compiled.flags, compiled.groups, compiled.groupindex)
    assert vars(lazy)["search"] == compiled.search  # built once: later calls go straight to it


def test_lazy_pattern_reports_a_bad_pattern_when_used():
    lazy = regex_cache.LazyPattern("(unclosed")
    with pytest.raises(re.error):
        lazy.search("x")
    with pytest.raises(AttributeError):
        lazy.__deepcopy_probe__  # noqa: B018 (a dunder probe is no pattern's attribute)


def test_a_batch_worker_keeps_its_patterns_in_a_file_of_its_own(tmp_path):
    """A worker's patterns (regex_cache.WORKER_SCOPE) neither come from nor go into the filter's
    file, whose every byte each `pandoc --filter` call reads."""
    cache = tmp_path / "cache"
    worker = "regex_cache.WORKER_SCOPE"
    saved = run_python(COMPILE_AND_SAVE.replace("seed()", f"seed({worker})").replace("save()", f"save({worker})"),
                       str(cache))
    assert int(saved) >= len(PATTERNS)
    assert [p.name.split("-")[1] for p in cache.glob("regex-*.marshal")] == ["worker"]
    seeded, same = map(int, run_python(SEED_AND_COMPARE.replace("seed()", f"seed({worker})"), str(cache)).split())
    assert seeded >= len(PATTERNS) and same == len(PATTERNS)
    # The filter's scope finds nothing stored, and compiles as usual.
    seeded, same = map(int, run_python(SEED_AND_COMPARE, str(cache)).split())
    assert seeded == 0 and same == len(PATTERNS)


def test_a_spawned_worker_seeds_its_patterns_before_the_package_loads(tmp_path):
    """The worker process's target lives in a module that imports nothing of the package at
    its top (batch/worker_start.py): the spawned process imports it first, then seeds."""
    out = run_python("""
        import re, sys
        from reportfmt.batch import worker_start
        loaded = [m for m in sys.modules if m.startswith("reportfmt.")]
        print(len(re._cache), len(loaded) <= 3, "reportfmt.batch.worker_start" in loaded)
    """, str(tmp_path / "cache"))
    assert out == "0 True True"  # not one pattern compiled before the worker can seed


def test_an_index_entry_whose_code_lies_outside_the_file_is_refused():
    """FORMAT 4: an entry names where its code lies in the file; a place outside it is no code."""
    payload = memoryview(b"index" + bytes(8))
    assert bytes(regex_cache._with_code(payload, (32, 8, 8, 0, {}, ()))[1]) == bytes(8)
    for from_end, length in ((14, 0), (4, 8), (-1, 0), (8, -1)):
        with pytest.raises(ValueError):
            regex_cache._with_code(payload, (32, from_end, length, 0, {}, ()))


def test_an_index_entry_of_a_pattern_without_named_groups_holds_four_numbers():
    """FORMAT 5: a pattern naming no group is indexed by its four numbers (no empty dict, no tuple
    of Nones to unmarshal) and rebuilt as re compiles it; one naming groups keeps them."""
    import _sre
    from re import _compiler, _parser

    payload_parts, indexed = [], {}
    made_up = [(r"(第[一二三四五六七八九十]+)(条|章)", 0), (r"(?P<year>\d{4})年(?P<month>\d{1,2})月", int(re.I))]
    for pattern, flags in made_up:
        compiled = re.compile(pattern, flags)
        entry = regex_cache._code_entry(_sre, _parser, _compiler, pattern, flags, compiled)
        code = entry[1]
        payload_parts.append(code)
        indexed[(pattern, flags)] = (compiled, code, entry)
    payload = memoryview(b"index" + b"".join(payload_parts))
    from_end = len(payload) - len(b"index")
    for (pattern, _flags), (compiled, code, entry) in indexed.items():
        index_entry = regex_cache._indexed_pattern(entry, from_end, len(code))
        from_end -= len(code)
        assert len(index_entry) == (4 if not compiled.groupindex else 6)
        final_flags, view, groups, groupindex, indexgroup = regex_cache._with_code(payload, index_entry)
        assert bytes(view) == code and groupindex == compiled.groupindex
        words = array.array(regex_cache._WORD)
        words.frombytes(view)
        assert _sre.compile(pattern, final_flags, words.tolist(), groups, groupindex, indexgroup) == compiled
    with pytest.raises(ValueError):
        regex_cache._with_code(payload, (32, len(payload) + 1, 8, 0))


def test_a_pattern_made_from_a_pages_text_is_compiled_as_usual_but_not_stored(tmp_path):
    """page_pattern: the brands or watermarks one page repeats make a pattern no other page
    asks for; storing each grew the workers' file with every batch of new pages."""
    cache = str(tmp_path / "cache")
    out = run_python("""
        import re
        from reportfmt.passes import regex_cache
        regex_cache.seed(regex_cache.WORKER_SCOPE)
        brands = regex_cache.page_pattern("青禾文稿网|青禾文稿")
        assert brands == re.compile("青禾文稿网|青禾文稿")
        assert brands.findall("来自青禾文稿网的青禾文稿") == ["青禾文稿网", "青禾文稿"]
        re.compile("(?:年度|季度)总结[\\u4e00-\\u9fff]{2,}")
        print(regex_cache.save(regex_cache.WORKER_SCOPE))
    """, cache)
    assert out == "1"  # the ordinary pattern only
    out = run_python("""
        import re
        from reportfmt.passes import regex_cache
        regex_cache.seed(regex_cache.WORKER_SCOPE)
        print(regex_cache.compiled_before("青禾文稿网|青禾文稿"),
              regex_cache.compiled_before("(?:年度|季度)总结[\\u4e00-\\u9fff]{2,}"))
    """, cache)
    assert out == "False True"


def test_a_pattern_joined_from_a_set_in_a_third_order_is_not_stored(tmp_path):
    """A pattern joined from a set comes in another order in each process (the hash seed):
    once the file holds two orders of its characters, a third is compiled and not stored, so a
    batch whose only new pattern is such a one writes no file."""
    cache = str(tmp_path / "cache")
    orders = ["(?:甲方|乙方|丙方)签字", "(?:乙方|丙方|甲方)签字", "(?:丙方|甲方|乙方)签字"]
    saved = []
    for order in orders:
        saved.append(run_python(f"""
            import re
            from reportfmt.passes import regex_cache
            regex_cache.seed(regex_cache.WORKER_SCOPE)
            assert re.compile({order!r}).findall("乙方签字，丙方签字") == ["乙方签字", "丙方签字"]
            print(regex_cache.save(regex_cache.WORKER_SCOPE), regex_cache.save(regex_cache.WORKER_SCOPE))
        """, cache))
    assert saved == ["1 0", "1 0", "0 0"]
    # Another pattern of another length is stored as before.
    assert run_python(COMPILE_AND_SAVE.replace("seed()", "seed(regex_cache.WORKER_SCOPE)")
                      .replace("save()", "save(regex_cache.WORKER_SCOPE)"), cache) == str(len(PATTERNS))


def test_save_waits_for_another_process_writing_the_same_file(tmp_path, monkeypatch):
    """A batch's workers end together and each stores its new patterns: one at a time (a lock
    beside the file), so the one writing second reads the first one's patterns and keeps them."""
    cache = tmp_path / "cache"
    cache.mkdir()
    monkeypatch.setenv(resources.CACHE_ENV, str(cache))
    run_python(COMPILE_AND_SAVE, str(cache))  # the file, with PATTERNS
    name = next(cache.glob("regex-*.marshal")).name
    held = regex_cache._lock(name)
    assert held is not None
    env = {**os.environ, resources.CACHE_ENV: str(cache)}
    other = subprocess.Popen([sys.executable, "-c", textwrap.dedent("""
        import re
        from reportfmt.passes import regex_cache
        regex_cache.seed()
        re.compile("(?:公司|单位)[\\u4e00-\\u9fff]{2,}")
        print(regex_cache.save())
    """)], env=env, stdout=subprocess.PIPE, text=True)
    try:
        with pytest.raises(subprocess.TimeoutExpired):
            other.wait(timeout=1.5)  # waiting for the lock
    finally:
        held.close()
    assert other.communicate(timeout=60)[0].strip() == "1"
    seeded, same = map(int, run_python(SEED_AND_COMPARE, str(cache)).split())
    assert seeded == len(PATTERNS) + 1 and same == len(PATTERNS)
