"""Run pandoc: find the binary, run it sandboxed, and keep one long-lived `pandoc lua` per worker.

`run_pandoc` is the only way the package calls pandoc (readers and writers alike). Starting
pandoc costs tens of milliseconds and a page needs one read and one write per output format,
so a batch worker calls `enable()`: from then on the argument lists reportfmt uses go, as
length-prefixed requests, to one `pandoc lua pandoc_server.lua` process (`PandocSession`);
anything else still runs a fresh `pandoc --sandbox`.
"""

from __future__ import annotations

import atexit
import functools
import importlib.util
import json
import os
import selectors
import shutil
import signal
import subprocess
import threading
import time
from pathlib import Path

import panflute as pf

from ..errors import ReportfmtError
from .json_load import loads


@functools.cache
def pandoc_path() -> str:
    """The wheel's pandoc first: it is the version reportfmt is tested with."""
    override = os.environ.get("REPORTFMT_PANDOC")
    if override:
        return override
    spec = importlib.util.find_spec("pypandoc")
    if spec and spec.submodule_search_locations:
        for location in spec.submodule_search_locations:
            candidate = Path(location) / "files" / ("pandoc.exe" if os.name == "nt" else "pandoc")
            if candidate.is_file():
                return str(candidate)
    found = shutil.which("pandoc")
    if found:
        return found
    raise ReportfmtError("pandoc not found: install reportfmt's dependency pypandoc-binary")


def run_pandoc(args: list[str], data: bytes | None = None, *, timeout: float = 300.0) -> bytes:
    """Run pandoc with --sandbox (scraped input is untrusted) and return its stdout."""
    session = active()
    header = translate(args) if session is not None else None
    if header is not None:
        # A batch worker: the long-lived sandboxed `pandoc lua` answers (see PandocSession).
        return session.request(header, data or b"", timeout=timeout)
    cmd = [pandoc_path(), "--sandbox", *args]
    try:
        proc = subprocess.run(cmd, input=data, capture_output=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        raise ReportfmtError(f"pandoc timed out after {timeout:g} s") from None
    if proc.returncode != 0:
        detail = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise ReportfmtError(f"pandoc failed: {detail[-1] if detail else proc.returncode}")
    return proc.stdout


def read_with_pandoc(text: str | bytes, reader: str) -> pf.Doc:
    """One of pandoc's readers (html, markdown; docx, given its bytes) -> panflute Doc."""
    raw = run_pandoc(["-f", reader, "-t", "json"], text if isinstance(text, bytes) else text.encode("utf-8"))
    try:
        return loads(raw.decode("utf-8"))
    except (ValueError, TypeError, json.JSONDecodeError) as exc:
        raise ReportfmtError(f"unreadable document structure: {exc}") from None


# --- the worker's session ------------------------------------------------------------

SERVER_SCRIPT = Path(__file__).with_name("pandoc_server.lua")
# GHC runtime options for the session (pandoc's binary accepts them in GHCRTS; one that does
# not warns on stderr, which the session discards, and runs with its defaults).
SESSION_RTS = "-F4"

# Writer flags we can express as pandoc.write options; any other flag means "not routable".
_VALUE_FLAGS = {"--reference-doc": "reference_doc", "--template": "template"}
_BOOL_FLAGS = {"--standalone": "standalone", "-s": "standalone", "--toc": "table_of_contents"}


def translate(args: list[str]) -> dict | None:
    """pandoc CLI arguments -> a session request header, or None if not expressible."""
    header: dict = {"from": None, "to": None, "opts": {}}
    opts = header["opts"]
    items = iter(args)
    for arg in items:
        flag, eq, inline = arg.partition("=")
        if arg in ("-f", "--from", "-r", "--read"):
            header["from"] = next(items, None)
        elif arg in ("-t", "--to", "-w", "--write"):
            header["to"] = next(items, None)
        elif arg == "-o":
            if next(items, None) != "-":
                return None
        elif flag in _VALUE_FLAGS:
            opts[_VALUE_FLAGS[flag]] = inline if eq else next(items, None)
        elif arg in _BOOL_FLAGS:
            opts[_BOOL_FLAGS[arg]] = True
        elif flag == "--toc-depth" and eq:
            opts["toc_depth"] = int(inline)
        elif flag == "--wrap" and eq:
            opts["wrap_text"] = inline
        elif arg in ("-H", "--include-in-header"):
            opts.setdefault("header_includes", []).append(next(items, None))
        elif arg in ("-V", "--variable") or (flag == "--variable" and eq):
            key, _, value = (inline if eq else next(items, "")).partition("=")
            opts.setdefault("variables", {})[key] = value or "true"
        else:
            return None
    if not header["from"] or not header["to"]:
        return None
    if "template" in opts:
        opts["standalone"] = True
    return header


class PandocSession:
    """A `pandoc lua` process answering read/write requests; restarted after a failure."""

    def __init__(self) -> None:
        self.proc: subprocess.Popen | None = None
        # Dask workers run tasks in threads; one request at a time per pandoc process.
        self.lock = threading.Lock()

    def _start(self) -> subprocess.Popen:
        # stderr: pandoc's warnings are per-page noise here; errors come back as replies.
        # Like `pandoc --sandbox`, which dates DOCX/EPUB parts 1970: reproducible outputs.
        env = {**os.environ, "SOURCE_DATE_EPOCH": os.environ.get("SOURCE_DATE_EPOCH", "0")}
        # The session lives for the whole batch and a big page makes its heap large: a major
        # collection only when the old generation has grown 4x (GHC's default is 2x) took a
        # 50,000-row table's DOCX writer from ~16-19 to ~13-14 s CPU. A user's GHCRTS wins.
        env.setdefault("GHCRTS", SESSION_RTS)
        self.proc = subprocess.Popen(
            [pandoc_path(), "lua", str(SERVER_SCRIPT)], env=env,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        )
        return self.proc

    def close(self) -> None:
        proc, self.proc = self.proc, None
        if proc is None:
            return
        if proc.poll() is None:
            proc.kill()
        proc.wait()
        for stream in (proc.stdin, proc.stdout):
            if stream:
                stream.close()

    def request(self, header: dict, payload: bytes, *, timeout: float) -> bytes:
        with self.lock:
            return self._request(header, payload, timeout)

    def _request(self, header: dict, payload: bytes, timeout: float) -> bytes:
        proc = self.proc if self.proc and self.proc.poll() is None else self._start()
        head = json.dumps(header).encode("utf-8")
        try:
            proc.stdin.write(f"{len(head)} {len(payload)}\n".encode() + head + payload)
            proc.stdin.flush()
            status, body = self._read_reply(proc, time.monotonic() + timeout)
        except TimeoutError:
            self.close()
            raise ReportfmtError(f"pandoc timed out after {timeout:g} s") from None
        except (OSError, ValueError, EOFError) as exc:
            self.close()
            raise ReportfmtError(f"pandoc crashed: {exc or type(exc).__name__}") from None
        if status != "ok":
            lines = body.decode("utf-8", "replace").strip().splitlines()
            raise ReportfmtError(f"pandoc failed: {lines[0] if lines else 'no message'}")
        return body

    def _read_reply(self, proc: subprocess.Popen, deadline: float) -> tuple[str, bytes]:
        fd = proc.stdout.fileno()
        buf = bytearray()
        need: int | None = None
        status = ""
        with selectors.DefaultSelector() as sel:
            sel.register(fd, selectors.EVENT_READ)
            while need is None or len(buf) < need:
                left = deadline - time.monotonic()
                if left <= 0 or not sel.select(left):
                    raise TimeoutError
                chunk = os.read(fd, 1 << 20)
                if not chunk:
                    raise EOFError("pandoc exited")
                buf += chunk
                if need is None and b"\n" in buf:
                    line, _, rest = bytes(buf).partition(b"\n")
                    status, _, size = line.decode("ascii").partition(" ")
                    need = int(size)
                    buf = bytearray(rest)
        return status, bytes(buf[:need])


_SESSION: PandocSession | None = None


def enable() -> PandocSession:
    """Route this process's pandoc calls through one session (a per-process resource)."""
    global _SESSION
    if _SESSION is None:
        _SESSION = PandocSession()
        atexit.register(_SESSION.close)
    return _SESSION


def disable() -> None:
    global _SESSION
    if _SESSION is not None:
        _SESSION.close()
        _SESSION = None


def active() -> PandocSession | None:
    return _SESSION


def ignore_sigint() -> None:
    """Workers leave Ctrl-C to the parent, which stops them in order."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
