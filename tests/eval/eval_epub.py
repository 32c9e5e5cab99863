"""How many corpus pages give an EPUB that epubcheck passes with no errors (issue 6).

Converts ../shared/corpus/web-gold/original and traf-zh to EPUB with the real CLI, then runs
Debian's epubcheck on each book (a JVM per book: about 6 s each, two at a time).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent / "write"), str(HERE.parent)]  # test_outputs_epub (tests/write) and its seed helper
from test_outputs_epub import epubcheck_command  # noqa: E402

CORPUS = HERE.parents[2] / "shared" / "corpus"


def check(book: Path) -> tuple[str, list[str]]:
    proc = subprocess.run([*epubcheck_command(), str(book)], capture_output=True, text=True, timeout=600)
    lines = (proc.stdout + proc.stderr).splitlines()
    return book.name, [line for line in lines if line.startswith(("ERROR", "FATAL"))]


def main() -> int:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else CORPUS
    if not corpus.is_dir():
        print(f"corpus not found at {corpus}: nothing to evaluate (it lives in ../shared/corpus)")
        return 0
    out = Path(tempfile.mkdtemp(prefix="reportfmt-epub-"))
    try:
        cli = str(Path(sys.executable).with_name("reportfmt"))
        subprocess.run([cli, "convert", str(corpus / "web-gold" / "original"), str(corpus / "traf-zh"),
                        "-o", str(out), "--to", "epub", "-q", "--no-review"], check=False)
        books = sorted(out.rglob("*.epub"))
        with ThreadPoolExecutor(max_workers=2) as pool:
            results = list(pool.map(check, books))
        failing = [(name, errors) for name, errors in results if errors]
        print(f"== epubcheck: {len(books) - len(failing)}/{len(books)} corpus EPUBs with no errors")
        for name, errors in failing:
            print(f"   {name}: {len(errors)} errors, first: {errors[0][:160]}")
    finally:
        shutil.rmtree(out, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
