"""A PDF batch names the fonts' substitutions in one stderr line for the whole run, not five lines
per worker (nu39 counted 5 x 4 with -j 4); a second batch in the same process names them again."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from reportfmt.write import fonts

PAGE = "社区工作小结\n一、基本情况\n本季度社区共设置分类投放点十二处，居民参与率明显提高。\n"


def expected_lines() -> int:
    return int(any(fonts.resolve_chain(role)[1] for role in fonts.font_chains()))


def test_one_substitution_line_per_pdf_batch(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(4):
        (folder / f"p{n}.txt").write_text(PAGE.replace("十二", f"{n + 10}"), encoding="utf-8")
    cli = str(Path(sys.executable).with_name("reportfmt"))
    env = {k: v for k, v in os.environ.items() if k != fonts.REPORTED_ENV}
    proc = subprocess.run([cli, "convert", str(folder), "-o", str(tmp_path / "out"), "--to", "pdf", "-j", "2"],
                          capture_output=True, text=True, timeout=600, env=env)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.count("substitutes used") == expected_lines()
    assert "not found; using" not in proc.stderr


def test_the_report_is_named_again_by_the_next_batch(tmp_path):
    import logging

    from reportfmt.batch.runner import run_batch
    from reportfmt.options import build_options

    class Collect(logging.Handler):
        def __init__(self):
            super().__init__(logging.DEBUG)
            self.lines: list[tuple[int, str]] = []

        def emit(self, record):
            self.lines.append((record.levelno, record.getMessage()))

    # A handler and a level on the fonts' own logger: the CLI's logging set-up (another test's
    # `convert -q`) may have quietened or stopped the loggers above it.
    collect = Collect()
    fonts.log.addHandler(collect)
    level = fonts.log.level
    fonts.log.setLevel(logging.DEBUG)
    try:
        (tmp_path / "a.txt").write_text(PAGE, encoding="utf-8")
        for run in range(2):
            collect.lines.clear()
            run_batch([tmp_path / "a.txt"], tmp_path / f"out{run}", ["pdf"], build_options({}), jobs=1,
                      progress="quiet")
            warned = [m for level, m in collect.lines if level >= logging.WARNING and "substitutes used" in m]
            assert len(warned) == expected_lines()
            assert fonts.REPORTED_ENV not in os.environ
    finally:
        fonts.log.removeHandler(collect)
        fonts.log.setLevel(level)
