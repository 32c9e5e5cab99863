"""Other extractors scored beside reportfmt: trafilatura, readability-lxml, magic-html.

trafilatura and readability-lxml install with the project's `eval` extra (Python 3.11).
magic-html 0.1.8 needs Python >= 3.12, so it is never a dependency of reportfmt: when an
interpreter that new is found (PATH, pyenv, uv), it gets its own venv (.venv-magic, made
once) and magic_html_runner.py runs there; without one, magic-html is left out and the
evaluation says so.
"""

from __future__ import annotations

import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from reportfmt.read.encodings import decode

ROOT = Path(__file__).resolve().parents[2]
MAGIC_VENV = ROOT / ".venv-magic"
MAGIC_PACKAGE = "magic-html==0.1.8"
RUNNER = Path(__file__).resolve().parent / "magic_html_runner.py"


def trafilatura_text(path: Path) -> str | None:
    try:
        import trafilatura
    except ImportError:
        return None
    return trafilatura.extract(decode(path.read_bytes())) or ""


def readability_text(path: Path) -> str | None:
    try:
        import lxml.html
        from readability import Document
    except ImportError:
        return None
    try:
        summary = Document(decode(path.read_bytes())).summary()
    except Exception:  # readability raises on pages it cannot score; that page scores 0
        return ""
    return lxml.html.fromstring(summary).text_content() if summary.strip() else ""


def find_python312() -> str | None:
    """A Python >= 3.12 interpreter, if this machine has one."""
    candidates = [shutil.which(f"python3.{minor}") for minor in (14, 13, 12)]
    home = os.environ.get("PYENV_ROOT", str(Path.home() / ".pyenv"))
    candidates += sorted(glob.glob(f"{home}/versions/3.1[2-9]*/bin/python3"), reverse=True)
    if shutil.which("uv"):
        found = subprocess.run(["uv", "python", "find", ">=3.12"], capture_output=True, text=True, check=False)
        candidates.append(found.stdout.strip() or None)
    for candidate in filter(None, candidates):
        probe = subprocess.run([candidate, "-c", "import sys; print(sys.version_info >= (3, 12))"],
                               capture_output=True, text=True, check=False)
        if probe.returncode == 0 and probe.stdout.strip() == "True":
            return candidate
    return None


def magic_python() -> str | None:
    """The interpreter of .venv-magic, created with magic-html installed when missing."""
    python = MAGIC_VENV / "bin" / "python"
    if python.exists():
        return str(python)
    base = find_python312()
    if base is None:
        print("   magic-html: left out (needs Python >= 3.12; none found on PATH, in pyenv or uv)")
        return None
    print(f"   magic-html: creating {MAGIC_VENV.name} with {base} and {MAGIC_PACKAGE}", file=sys.stderr)
    subprocess.run([base, "-m", "venv", str(MAGIC_VENV)], check=True)
    install = subprocess.run([str(python), "-m", "pip", "install", "--quiet", MAGIC_PACKAGE],
                             capture_output=True, text=True, check=False)
    if install.returncode != 0:
        shutil.rmtree(MAGIC_VENV, ignore_errors=True)
        print(f"   magic-html: left out (pip install failed: {install.stderr.strip()[-200:]})")
        return None
    return str(python)


def magic_html_texts(pages: list[tuple[str, Path, str]]) -> dict[str, str] | None:
    """name -> text for (name, path, kind) pages, or None when magic-html cannot run here."""
    python = magic_python()
    if python is None:
        return None
    with tempfile.TemporaryDirectory() as tmp:
        jobs = Path(tmp) / "jobs.json"
        jobs.write_text(json.dumps([{"name": n, "html": decode(p.read_bytes()), "kind": k} for n, p, k in pages],
                                   ensure_ascii=False), encoding="utf-8")
        run = subprocess.run([python, str(RUNNER), str(jobs)], capture_output=True, text=True, check=False)
    if run.returncode != 0:
        print(f"   magic-html: failed ({run.stderr.strip()[-200:]})")
        return None
    return json.loads(run.stdout)
