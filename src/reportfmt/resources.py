"""The package's version, the data files it ships (styles/; the boilerplate rules live beside
their pass, in passes/boilerplate/rules/), and the cache it keeps between processes.

`pandoc --filter reportfmt` starts a fresh Python for every document; what it would
otherwise rebuild each time (compiled regular expressions, parsed rule files) is cached.
Everything cached can be rebuilt from the package and its rule files, so every failure (a
missing, unwritable, truncated or corrupt file) means "rebuild", never an error.
Where: $REPORTFMT_CACHE_DIR, else $XDG_CACHE_HOME/reportfmt, else ~/.cache/reportfmt;
REPORTFMT_CACHE_DIR=off turns it off. Safe between processes: a blob is written to a
temporary file in the same folder and renamed over the old one, so a reader sees the old
blob or the new one, never half of either.

This module is on the filter's start-up path: it imports only what Python has loaded at
start-up already (and zlib, which panflute loads anyway, and mmap, a small extension), and the
styles lookup loads its own imports when first asked.
"""

from __future__ import annotations

import marshal
import mmap
import os
import zlib

try:  # hashlib's own blake2b, without hashlib loading OpenSSL (~10 M instructions)
    from _blake2 import blake2b
except ImportError:  # not CPython
    from hashlib import blake2b

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing: the filter's path never needs it
if TYPE_CHECKING:
    from pathlib import Path

VERSION = "0.1.0"

# The type of a code object, read off a function: `type(compile("", ...))` would be the
# process's first compile(), whose set-up of the compiler (the ast node classes, 119 types)
# costs 9 M instructions that a filter call with warm caches otherwise never pays.
CODE_TYPE = type((lambda: None).__code__)

_styles: list[Path] = []


def styles_dir() -> Path:
    """The styles/ folder: inside the installed wheel, or the checkout's when editable."""
    if not _styles:
        from importlib import resources
        from pathlib import Path

        packaged = Path(str(resources.files("reportfmt") / "styles"))
        # Editable installs map src/reportfmt only; the wheel force-includes styles/ there.
        _styles.append(packaged if packaged.is_dir() else Path(__file__).resolve().parents[2] / "styles")
    return _styles[0]


def style_file(name: str) -> Path:
    """Path of one file in styles/ (reference.docx, epub.css, reportfmt.typst...)."""
    return styles_dir() / name


# A blob: the magic, the payload's CRC-32 (4 bytes, little-endian), the payload. The CRC finds
# a truncated or damaged file as surely as a hash would (nobody forges a cache they own), at a
# tenth of blake2b's cost: checking the blobs with blake2b was 10 M instructions of every
# `pandoc --filter` call. Keys (file names) stay blake2b digests: they name contents.
CACHE_MAGIC = b"reportfmt-cache-2\n"
CHECK_SIZE = 4
DIGEST_SIZE = 16
CACHE_ENV = "REPORTFMT_CACHE_DIR"


def cache_dir() -> str | None:
    """The cache folder, or None when the cache is turned off."""
    configured = os.environ.get(CACHE_ENV)
    if configured is not None:
        return None if configured.strip().lower() in ("", "off", "0", "no") else configured
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "reportfmt")


def digest(*parts: bytes) -> str:
    """A short hex key for the given contents (file contents, versions...)."""
    h = blake2b(digest_size=DIGEST_SIZE)
    for part in parts:
        h.update(len(part).to_bytes(8, "little"))  # so ("ab", "c") differs from ("a", "bc")
        h.update(part)
    return h.hexdigest()


# A file's digest is remembered by its stat (size, mtime_ns, ctime_ns, inode, device) in this small
# cache file and in the process, as Python trusts a .pyc by its source's size and mtime: the
# keys of the rules', the JSON models' and the literals' caches are digests of files (~300 KB
# hashed at 19 instructions a byte: 6 M instructions of every filter call). ctime changes on
# every write and cannot be set back. A file changed less than RACY_NS before it is hashed is
# hashed again next time ("racily clean", as git says): its timestamps may not have ticked since
# a write of the same size.
DIGESTS_NAME = "file-digests-1.marshal"
RACY_NS = 2_000_000_000
_digests: dict[str, tuple] = {}
_digests_read: list[bool] = []


def file_digest(path: str | Path) -> str:
    """digest() of the file's bytes (OSError when it cannot be read)."""
    path = os.fspath(path)
    before = os.stat(path)
    stamp = _stamp(before)
    _read_digests()
    known = _digests.get(path)
    if known is not None and known[:5] == stamp:
        return known[5]
    with open(path, "rb") as file:
        value = digest(file.read())
    after = os.stat(path)
    if (after.st_size, after.st_mtime_ns, after.st_ctime_ns, after.st_ino, after.st_dev) != stamp:
        return value  # written meanwhile: not remembered
    import time

    if time.time_ns() - max(before.st_mtime_ns, before.st_ctime_ns) < RACY_NS:
        return value
    _digests[path] = (*stamp, value)
    write_mapping(DIGESTS_NAME, _digests)
    return value


def _stamp(stat: os.stat_result) -> tuple[int, int, int, int, int]:
    return stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino, stat.st_dev


def _read_digests() -> None:
    """The remembered digests and checked blobs, read from the cache once per process."""
    if _digests_read:
        return
    _digests_read.append(True)
    for key, value in read_mapping(DIGESTS_NAME).items():
        if (isinstance(key, str) and isinstance(value, tuple) and len(value) == 6
                and all(type(v) is int for v in value[:5]) and isinstance(value[5], str)):
            _digests[key] = value


# A blob whose checksum held is remembered, like a file's digest, by its stat and its stored
# checksum (in DIGESTS_NAME, under BLOB_KEY + its path): read again unchanged, it is not
# checked again, as Python trusts a .pyc by its source's stat. Checking was 20 M instructions
# of every `pandoc --filter` call (zlib's CRC-32 at 4 instructions a byte, ~5 MB of blobs).
# A blob is only ever replaced whole (write_blob: a new file renamed over it, a new inode and
# ctime), and anything writing into the file changes its mtime and ctime: either is a stat not
# remembered, so the blob is checked again. A blob changed less than RACY_NS ago is not
# remembered (its timestamps may not have ticked since), except by the process that wrote it
# (write_blob): it dates the new file RACY_NS back before putting it in place, so a later write
# into the file, in whatever clock tick, gives it another mtime. Without that, the first call on
# a machine (which writes the blobs) left the next calls within RACY_NS checking ~5 MB of blobs
# (~20 M instructions each) and the first call after them writing the digests file once more.
BLOB_KEY = "blob:"


def read_blob(name: str) -> memoryview | bytes | None:
    """The payload stored under `name` (bytes-like: a view of the file mapped, see _contents),
    or None when absent, unreadable or corrupt."""
    folder = cache_dir()
    if folder is None:
        return None
    path = os.path.join(folder, name)
    try:
        with open(path, "rb") as handle:
            before = os.fstat(handle.fileno())
            data = _contents(handle)
            after = os.fstat(handle.fileno())
    except OSError:
        return None
    head = len(CACHE_MAGIC) + CHECK_SIZE
    if len(data) < head or data[:len(CACHE_MAGIC)] != CACHE_MAGIC:
        return None
    payload = data[head:]
    stored_check = bytes(data[len(CACHE_MAGIC):head])
    stamp = _stamp(after)
    if name == DIGESTS_NAME or _stamp(before) != stamp:
        return payload if _check(payload) == stored_check else None
    _read_digests()
    key = BLOB_KEY + path
    known = _digests.get(key)
    if known is not None and known[:5] == stamp and known[5] == stored_check.hex():
        return payload
    if _check(payload) != stored_check:
        return None
    import time

    if len(payload) + head == stamp[0] and time.time_ns() - max(after.st_mtime_ns, after.st_ctime_ns) >= RACY_NS:
        _digests[key] = (*stamp, stored_check.hex())
        write_mapping(DIGESTS_NAME, _digests)
    return payload


def _contents(handle) -> memoryview | bytes:
    """A file's bytes, mapped when the system allows (else read). Reading copied the blobs (~6 MB
    a filter call) into fresh memory, a page fault per 4 KB, and slicing off the header copied
    them again: mapped, the pages are the page cache's and the payload is a view (~2.3 ms of CPU
    and ~1,300 page faults less on the seed's filter call). The mapping goes with its last view
    (marshal copies out what it makes). A blob is only ever replaced whole (write_blob), never
    written in place, so the file under a mapping does not change."""
    if os.name != "posix":  # Windows cannot replace a file while a process maps it
        return handle.read()
    try:
        return memoryview(mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ))
    except (OSError, ValueError):  # an empty file, or a file system that maps nothing
        return handle.read()


def _check(payload: bytes) -> bytes:
    return zlib.crc32(payload).to_bytes(CHECK_SIZE, "little")


def write_blob(name: str, payload: bytes) -> bool:
    """Store `payload` under `name` atomically; False when the cache is off or unwritable."""
    folder = cache_dir()
    if folder is None:
        return False
    temp = os.path.join(folder, f".{name}.{os.getpid()}.tmp")
    path = os.path.join(folder, name)
    check = _check(payload)
    import time

    dated = time.time_ns() - RACY_NS  # before the write began (see BLOB_KEY)
    try:
        os.makedirs(folder, exist_ok=True)
        with open(temp, "wb") as handle:
            handle.write(CACHE_MAGIC + check + payload)
            inode = os.fstat(handle.fileno()).st_ino
        if name != DIGESTS_NAME:
            os.utime(temp, ns=(dated, dated))
        os.replace(temp, path)
    except OSError:
        try:
            os.unlink(temp)
        except OSError:
            pass
        return False
    if name != DIGESTS_NAME:
        _remember_written(path, check, len(CACHE_MAGIC) + CHECK_SIZE + len(payload), inode, dated)
    return True


def _remember_written(path: str, check: bytes, size: int, inode: int, dated: int) -> None:
    """Remember the blob just put in place at `path` by its stat, as read_blob does once a blob
    is older than RACY_NS: unless another process replaced it meanwhile (another inode)."""
    try:
        stat = os.stat(path)
    except OSError:
        return
    if stat.st_ino != inode or stat.st_size != size or stat.st_mtime_ns != dated:
        return
    _read_digests()
    _digests[BLOB_KEY + path] = (*_stamp(stat), check.hex())
    write_mapping(DIGESTS_NAME, _digests)


def read_marshalled(name: str) -> object:
    """The value marshalled under `name` (read_blob), or None when absent or not loadable.
    The caller checks its type and shape: what is stored is trusted only that far."""
    payload = read_blob(name)
    if payload is None:
        return None
    try:
        return marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return None


def read_mapping(name: str) -> dict:
    """The dict marshalled under `name` (read_blob), or {} when absent, corrupt or not a dict.
    The caller checks each entry's shape: what is stored is trusted only that far."""
    stored = read_marshalled(name)
    return stored if isinstance(stored, dict) else {}


def read_json(path: str | Path, kind: type = dict) -> object:
    """The JSON file at `path` parsed (a `kind`, dict or list, at its top), from the cache when
    these exact contents were parsed before: the parsed value marshalled, keyed by the digest
    of the file's bytes (file_digest) and the package version. marshal gives back the same dicts, lists, strings and
    numbers (floats bit for bit) at about half json's cost (the chrome scorer's model: 4.7 M
    instructions parsed, 2.7 M unmarshalled). A cached value of another kind is not trusted:
    the file is parsed again and the cache rewritten."""
    # a str or a Path: the filter does not import pathlib
    name = f"json-{digest(VERSION.encode(), file_digest(path).encode())}.marshal"
    value = read_marshalled(name)
    if isinstance(value, kind):
        return value
    import json

    with open(path, "rb") as file:
        data = file.read()
    # The contents parsed are the ones named: a file changed since its digest is stored under its own.
    name = f"json-{digest(VERSION.encode(), digest(data).encode())}.marshal"

    value = json.loads(data.decode("utf-8"))
    if isinstance(value, kind):
        write_blob(name, marshal.dumps(value))  # JSON's types are all marshal's
    return value


def read_indexed(name: str) -> tuple[dict, memoryview]:
    """What write_indexed stored under `name`: its index and the payload the codes lie in (a view
    of the file mapped; read each with code_view). ({}, the payload) when absent, corrupt or not an
    index."""
    payload = read_blob(name)
    payload = memoryview(payload if payload is not None else b"")
    try:
        index = marshal.loads(payload)  # the index; marshal reads one value and ignores the rest
    except (EOFError, ValueError, TypeError):
        return {}, payload
    return (index, payload) if isinstance(index, dict) else ({}, payload)


def code_view(payload: memoryview, from_end: int, length: int) -> memoryview:
    """The code an index entry places `from_end` bytes before the payload's end, `length` long;
    ValueError when the entry does not place it inside the payload (a corrupt file is never
    trusted)."""
    start = len(payload) - from_end if type(from_end) is int else -1
    if type(length) is not int or not 0 <= start <= start + length <= len(payload):
        raise ValueError("a code outside the file")
    return payload[start:start + length]


def write_indexed(name: str, entries: dict, code_of, indexed) -> bool:
    """Store `entries` as an index followed by their codes, one after another (write_blob): each
    entry's code (`code_of(key, entry)`, bytes-like; None: an entry with none, kept as it is) stays
    out of the index, which holds `indexed(entry, where its code starts counted from the file's
    end, its length)` instead, so a reader maps the file and unmarshals the index alone, each
    code read from a view where it lies (module_bundle, regex_cache). False as write_mapping."""
    index, codes = {}, []
    remaining = sum(len(code) for code in map(code_of, entries, entries.values()) if code is not None)
    for key, entry in entries.items():
        code = code_of(key, entry)
        if code is None:
            index[key] = entry
            continue
        index[key] = indexed(entry, remaining, len(code))
        codes.append(code)
        remaining -= len(code)
    try:
        head = marshal.dumps(index)
    except ValueError:
        return False
    return write_blob(name, head + b"".join(codes))


def write_mapping(name: str, mapping: dict) -> bool:
    """Store `mapping` marshalled (write_blob); False when it holds what marshal refuses or
    the cache is off or unwritable."""
    try:
        payload = marshal.dumps(mapping)
    except ValueError:
        return False
    return write_blob(name, payload)
