"""File digests remembered by their stat (resources.file_digest): the caches' keys.

A digest remembered must be the digest of the file's bytes as they are now: a file written
again (another size, another time) is hashed again, and so is one written so recently that
its timestamps may not have ticked since (it is not remembered)."""

from __future__ import annotations

import os

from reportfmt import resources


def fresh_memory(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv(resources.CACHE_ENV, str(tmp_path / "cache"))
    monkeypatch.setattr(resources, "_digests", {})
    monkeypatch.setattr(resources, "_digests_read", [])


def age(path, seconds: int = 60) -> None:
    stamp = os.stat(path).st_mtime_ns - seconds * 1_000_000_000
    os.utime(path, ns=(stamp, stamp))


def test_a_settled_file_is_remembered_by_its_stat(monkeypatch, tmp_path):
    fresh_memory(monkeypatch, tmp_path)
    path = tmp_path / "rules.yaml"
    path.write_bytes("rules: [甲]\n".encode())
    age(path)
    # (utime sets the ctime to now, which would count as a write just made: no wait here)
    monkeypatch.setattr(resources, "RACY_NS", 0)
    assert resources.file_digest(path) == resources.digest(path.read_bytes())
    assert str(path) in resources._digests
    # A new process reads the remembered digest from the cache file.
    monkeypatch.setattr(resources, "_digests", {})
    monkeypatch.setattr(resources, "_digests_read", [])
    assert resources.file_digest(path) == resources.digest(path.read_bytes())
    assert str(path) in resources._digests


def test_a_rewritten_file_is_hashed_again(monkeypatch, tmp_path):
    fresh_memory(monkeypatch, tmp_path)
    monkeypatch.setattr(resources, "RACY_NS", 0)
    path = tmp_path / "rules.yaml"
    path.write_bytes(b"a: 1\n")
    first = resources.file_digest(path)
    path.write_bytes(b"a: 22\n")
    assert resources.file_digest(path) == resources.digest(b"a: 22\n") != first


def test_a_file_written_just_now_is_not_remembered(monkeypatch, tmp_path):
    fresh_memory(monkeypatch, tmp_path)
    path = tmp_path / "rules.yaml"
    path.write_bytes(b"a: 1\n")
    assert resources.file_digest(path) == resources.digest(b"a: 1\n")
    assert str(path) not in resources._digests
    # Rewritten at once with the same size: still the new bytes' digest.
    path.write_bytes(b"a: 2\n")
    assert resources.file_digest(path) == resources.digest(b"a: 2\n")


def test_a_checked_blob_is_remembered_by_its_stat_and_checked_again_once_rewritten(monkeypatch, tmp_path):
    fresh_memory(monkeypatch, tmp_path)
    monkeypatch.setattr(resources, "RACY_NS", 0)
    assert resources.write_blob("b", b"payload one")
    path = tmp_path / "cache" / "b"
    # Not remembered by its writer (another process wrote it, and its digests file is gone).
    (tmp_path / "cache" / resources.DIGESTS_NAME).unlink()
    monkeypatch.setattr(resources, "_digests", {})
    monkeypatch.setattr(resources, "_digests_read", [])
    checked = []
    real_check = resources._check
    monkeypatch.setattr(resources, "_check", lambda payload: checked.append(payload) or real_check(payload))
    assert resources.read_blob("b") == b"payload one"
    assert b"payload one" in checked
    assert resources.BLOB_KEY + str(path) in resources._digests
    # A new process reads the blob's stat from the cache file: the checksum is not worked out again.
    monkeypatch.setattr(resources, "_digests", {})
    monkeypatch.setattr(resources, "_digests_read", [])
    checked.clear()
    assert resources.read_blob("b") == b"payload one"
    assert b"payload one" not in checked  # (the digests file itself is always checked)
    # Damaged in place (same size): its stat is another, so it is checked, and refused.
    data = bytearray(path.read_bytes())
    data[-1] ^= 0xFF
    path.write_bytes(bytes(data))
    assert resources.read_blob("b") is None


def test_a_blob_written_just_now_by_another_hand_is_checked_every_time(monkeypatch, tmp_path):
    fresh_memory(monkeypatch, tmp_path)
    assert resources.write_blob("b", b"payload")
    path = tmp_path / "cache" / "b"
    path.write_bytes(path.read_bytes())  # written again in place, not by write_blob: dated now
    checked = []
    real_check = resources._check
    monkeypatch.setattr(resources, "_check", lambda payload: checked.append(bytes(payload)) or real_check(payload))
    for _ in range(2):
        monkeypatch.setattr(resources, "_digests", {})
        monkeypatch.setattr(resources, "_digests_read", [])
        assert resources.read_blob("b") == b"payload"
    assert checked.count(b"payload") == 2


def test_a_blob_is_remembered_by_the_process_that_wrote_it_and_a_write_into_it_at_once_is_caught(
        monkeypatch, tmp_path):
    """write_blob dates its file RACY_NS back: the next process trusts it by its stat at once (the
    first filter call on a machine settles the cache), and a write into the file, even within the
    same clock tick, gives it another mtime, so it is checked again."""
    fresh_memory(monkeypatch, tmp_path)
    assert resources.write_blob("b", b"payload one")
    path = tmp_path / "cache" / "b"
    assert resources.BLOB_KEY + str(path) in resources._digests
    # A new process reads the blob's stat from the digests file: not checked again.
    monkeypatch.setattr(resources, "_digests", {})
    monkeypatch.setattr(resources, "_digests_read", [])
    checked = []
    real_check = resources._check
    monkeypatch.setattr(resources, "_check", lambda payload: checked.append(bytes(payload)) or real_check(payload))
    assert resources.read_blob("b") == b"payload one"
    assert b"payload one" not in checked
    # Damaged in place at once (same size, same inode): another mtime, so checked, and refused.
    with open(path, "r+b") as handle:
        handle.seek(-1, os.SEEK_END)
        handle.write(b"!")
    assert resources.read_blob("b") is None
