"""Issue 14's numbers on the team's page corpus (tests/data/pages; no ../shared needed):

per page, pictures kept and found in the DOCX media, the EPUB manifest and the PDF; pictures
dropped; captions and captions numbered twice; masked table cells and how many are marked;
removed blocks (extraction and passes); epubcheck errors. Then the seed saved as markdown:
asterisks in, asterisks out.

    .venv/bin/python tests/eval/eval_pages.py        (make eval-pages)
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))

from write.test_pages_corpus import (  # noqa: E402  (the same readers the tests use)
    docx_captions,
    docx_cells,
    docx_media,
    epub_images,
    page_key,
    pdf_image_count,
    stage_pages,
)


def epubcheck_errors(path: str) -> str:
    jar = shutil.which("epubcheck")
    java = shutil.which("java")
    if not (jar and java):
        return "n/a"
    proc = subprocess.run([java, "-jar", str(Path(jar).resolve()), path], capture_output=True, text=True)
    found = re.search(r"(\d+) fatals? / (\d+) errors?", proc.stdout + proc.stderr)
    return f"{int(found.group(1)) + int(found.group(2))}" if found else ("0" if proc.returncode == 0 else "?")


def main() -> int:
    from reportfmt import convert_many
    from reportfmt.cli import run

    with tempfile.TemporaryDirectory(prefix="reportfmt-eval-pages-") as tmp:
        work = Path(tmp)
        records = convert_many([stage_pages(work / "in")], work / "out", to="docx,pdf,epub", jobs=2)
        twice = re.compile(r"([图表])\d+[:：]?\1\d+")
        print(f"{'page':28} kept docx epub pdf drop capt twice cells marked removed extract epubcheck")
        totals = [0] * 10
        for record in records:
            if record["status"] != "ok":
                print(f"{page_key(record):28} ERROR {record['error']}")
                continue
            out = record["outputs"]
            captions = docx_captions(out["docx"])
            masked = [c for c in docx_cells(out["docx"]) if c[0] and set(c[0]) <= set("*.")]
            row = [len(record["images"]), len(docx_media(out["docx"])), len(epub_images(out["epub"])),
                   pdf_image_count(out["pdf"]), len(record["images_dropped"]), len(captions),
                   sum(1 for c in captions if twice.search(c.replace(" ", ""))), len(masked),
                   sum(1 for text, styled in masked if styled == text), len(record["removed"])]
            extract = sum(1 for r in record["removed"] if r["rule"].startswith("extract."))
            totals = [a + b for a, b in zip(totals, row, strict=True)]
            label = page_key(record) + (" (zip)" if ".zip!" in record["source"] else
                                        " (tar)" if ".tar.gz!" in record["source"] else "")
            checked = epubcheck_errors(out["epub"])
            print(f"{label:28} " + " ".join(f"{v:>4}" for v in row) + f" {extract:>7} {checked:>9}")
        print(f"{'total (' + str(len(records)) + ' inputs)':28} " + " ".join(f"{v:>4}" for v in totals))
        seed = ROOT / "seeds" / "000_3b3a078ac755e827.txt"
        (work / "seed.md").write_bytes(seed.read_bytes())
        run(["convert", str(work / "seed.md"), "-o", str(work / "md"), "--to", "plain", "--quiet"])
        kept = (work / "md" / "seed.txt").read_text(encoding="utf-8").count("*")
        print(f"seed saved as markdown: {seed.read_text(encoding='utf-8').count('*')} asterisks in, {kept} out")
    return 0


if __name__ == "__main__":
    sys.exit(main())
