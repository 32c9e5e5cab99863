"""What a page pays however small it is: pandoc's DOCX writer per call, and typst's parts.

    python tests/bench/fixed_costs.py [--calls 60] [--rounds 3]

1. pandoc's DOCX writer on a one-word document, inside one `pandoc lua` process as the batch
   session runs it, per reference document: pandoc's own, styles/reference.docx, and ours
   with every w:style removed (the share the styles cost: pandoc parses the reference's
   styles.xml at every call, about 0.2 ms a style) and without theme and font table (which
   it only copies). Rounds alternate the variants, so load falls on all of them alike.
2. typst on the seed's PDF source (in memory, built as `reportfmt convert` builds it): a
   cold compile (each round compiles variants of the page whose text differs, so typst's
   memoised layout from an earlier compile does not apply), the same source again (what is
   not memoised: parsing, the second layout pass the page numbers need, the PDF export with
   its font subsets) and the template's preamble alone.
CPU time (pandoc: os.clock in the Lua loop; typst: time.process_time), medians of the rounds.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import tempfile
import time
import zipfile
from pathlib import Path

from reportfmt.write.pandoc import SESSION_RTS, pandoc_path

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = ROOT / "styles" / "reference.docx"

LOOP = """
local doc = pandoc.Pandoc({pandoc.Para({pandoc.Str("字")})})
local opts = arg[1] ~= "-" and {reference_doc = arg[1]} or {}
pandoc.write(doc, "docx", opts)
local started = os.clock()
for _ = 1, tonumber(arg[2]) do pandoc.write(doc, "docx", opts) end
io.stdout:write(string.format("%.3f", (os.clock() - started) / tonumber(arg[2]) * 1000))
"""


def reference_variants(work: Path) -> dict[str, str]:
    """name -> reference document path ('-': pandoc's default)."""
    with zipfile.ZipFile(REFERENCE) as src:
        parts = {name: src.read(name) for name in src.namelist()}
    styles = parts["word/styles.xml"].decode("utf-8")
    variants = {
        "no w:style": {**parts, "word/styles.xml": re.sub(r"<w:style\b.*?</w:style>\s*", "", styles,
                                                          flags=re.S).encode("utf-8")},
        "no theme, font table": {k: v for k, v in parts.items()
                                 if k not in ("word/theme/theme1.xml", "word/fontTable.xml")},
    }
    paths = {"pandoc's default": "-", "styles/reference.docx": str(REFERENCE)}
    for name, content in variants.items():
        path = work / (re.sub(r"\W+", "-", name) + ".docx")
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
            for part, data in content.items():
                out.writestr(part, data)
        paths[name] = str(path)
    print(f"styles/reference.docx: {styles.count('<w:style ')} styles, {len(styles):,} characters of styles.xml")
    return paths


def docx_floor(calls: int, rounds: int) -> None:
    with tempfile.TemporaryDirectory(prefix="reportfmt-floor-") as tmp:
        work = Path(tmp)
        loop = work / "loop.lua"
        loop.write_text(LOOP, encoding="utf-8")
        paths = reference_variants(work)
        samples: dict[str, list[float]] = {name: [] for name in paths}
        env = {**os.environ, "GHCRTS": os.environ.get("GHCRTS", SESSION_RTS)}  # as the session runs
        for _ in range(rounds):
            for name, path in paths.items():
                out = subprocess.run([pandoc_path(), "lua", str(loop), path, str(calls)],
                                     capture_output=True, text=True, check=True, env=env)
                samples[name].append(float(out.stdout))
    print(f"\n== pandoc's DOCX writer, one-word document, {calls} calls in one process (median of {rounds})")
    for name, values in samples.items():
        print(f"  {name:24} {statistics.median(values):6.1f} ms CPU a call")


def seed_typst_source() -> str:
    from reportfmt.api import convert_file
    from reportfmt.write import pdf

    captured: list[str] = []
    compile_pdf = pdf.compile_pdf

    def capture(source: str, **kwargs) -> bytes:
        captured.append(source)
        return compile_pdf(source, **kwargs)

    pdf.compile_pdf = capture
    try:
        with tempfile.TemporaryDirectory(prefix="reportfmt-floor-") as out:
            convert_file(str(next((ROOT / "seeds").glob("*.txt"))), out, to="pdf")
    finally:
        pdf.compile_pdf = compile_pdf
    return captured[0]


def typst_parts(rounds: int, variants: int = 14) -> None:
    from reportfmt.write.pdf import _engine

    source = seed_typst_source()
    compiler = _engine((), True).compiler
    head, mark, body = source.partition("\n#align(center")
    # One character swapped for a different one per variant: the same layout work, no memo hit
    # (typst keeps what it laid out for ten compiles).
    cold = [(head + mark + body.replace("的", chr(0x4E00 + 37 * k))).encode("utf-8") for k in range(variants)]
    cases = {"cold compile": cold, "same source again": [source.encode("utf-8")] * variants,
             "template preamble only": [f"{head}\n{k}".encode() for k in range(variants)]}
    samples: dict[str, list[float]] = {name: [] for name in cases}
    for round_no in range(rounds + 1):
        for name, sources in cases.items():
            started = time.process_time()
            for text in sources:
                compiler.compile(input=text, format="pdf")
            if round_no:  # the first round warms fonts and the memo up
                samples[name].append((time.process_time() - started) / len(sources) * 1000)
    print(f"\n== typst on the seed's PDF source ({len(source):,} characters; median of {rounds})")
    for name, values in samples.items():
        print(f"  {name:24} {statistics.median(values):6.1f} ms CPU a compile")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=60)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    docx_floor(args.calls, args.rounds)
    typst_parts(args.rounds)


if __name__ == "__main__":
    main()
