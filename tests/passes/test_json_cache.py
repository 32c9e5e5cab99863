"""JSON data files parsed once per machine (resources.read_json): the chrome scorer's model.

The cached value must be the parsed file itself (same keys, strings and floats bit for bit),
an edited file must be parsed again, and a damaged or wrong-kind cache must cost time, never
correctness."""

from __future__ import annotations

import json
import marshal

from reportfmt import resources
from reportfmt.passes.boilerplate import scored

DATA = {"threshold": 0.9959, "weights": {"文档": -1.25e-07, "下载": 3.5, "a0": 0.1 + 0.2},
        "families": ["shape", "words"], "trained": None, "count": 12, "on": True}


def cached_files(folder):
    return sorted(folder.glob("json-*.marshal"))


def test_a_json_file_comes_back_from_the_cache_as_parsed(tmp_path, monkeypatch):
    monkeypatch.setenv("REPORTFMT_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "model.json"
    path.write_text(json.dumps(DATA, ensure_ascii=False), encoding="utf-8")
    first = resources.read_json(path)
    assert first == DATA and cached_files(tmp_path / "cache")
    (blob,) = cached_files(tmp_path / "cache")
    # The second read is the cache's value (marshal's), not json's: equal, floats bit for bit.
    assert marshal.loads(resources.read_blob(blob.name)) == DATA
    second = resources.read_json(path)
    assert second == DATA and second["weights"]["a0"].hex() == (0.1 + 0.2).hex()
    assert list(second["weights"]) == ["文档", "下载", "a0"]  # key order kept


def test_an_edited_file_is_parsed_again(tmp_path, monkeypatch):
    monkeypatch.setenv("REPORTFMT_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "model.json"
    path.write_text(json.dumps(DATA), encoding="utf-8")
    resources.read_json(path)
    path.write_text(json.dumps({**DATA, "threshold": 0.5}), encoding="utf-8")
    assert resources.read_json(path)["threshold"] == 0.5  # new contents, new key
    assert len(cached_files(tmp_path / "cache")) == 2


def test_a_damaged_or_wrong_kind_cache_is_parsed_again_not_trusted(tmp_path, monkeypatch):
    monkeypatch.setenv("REPORTFMT_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "model.json"
    path.write_text(json.dumps(DATA), encoding="utf-8")
    resources.read_json(path)
    (blob,) = cached_files(tmp_path / "cache")
    blob.write_bytes(blob.read_bytes()[:-8] + b"\x00" * 8)  # the checksum no longer holds
    assert resources.read_json(path) == DATA
    # A blob with a good checksum holding a list where the file holds a mapping.
    resources.write_blob(blob.name, marshal.dumps(["not", "the", "model"]))
    assert resources.read_json(path) == DATA
    assert resources.read_json(path) == DATA  # rewritten by the read before


def test_the_cache_off_still_parses(tmp_path, monkeypatch):
    monkeypatch.setenv("REPORTFMT_CACHE_DIR", "off")
    path = tmp_path / "model.json"
    path.write_text(json.dumps(DATA), encoding="utf-8")
    assert resources.read_json(path) == DATA


def test_the_shipped_scorer_model_is_the_json_file(tmp_path, monkeypatch):
    monkeypatch.setenv("REPORTFMT_CACHE_DIR", str(tmp_path / "cache"))
    expected = json.loads(scored.MODEL_PATH.read_text(encoding="utf-8"))
    for _ in range(2):  # parsed, then from the cache
        scored._shipped_model.cache_clear()
        try:
            assert scored._shipped_model() == expected
        finally:
            scored._shipped_model.cache_clear()
    assert cached_files(tmp_path / "cache")
