"""rule_sites.py counts, per removal rule, the tune sites it is right on and its wrong lines per group.

The pages are made up (annotated in sites_devset's format for this test) and go through the real pipeline.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from rule_sites import CHECK, TUNE, collect, rows, summary
from sites_devset import build_page

PAGE = """\
[t]关于做好冬季防火工作的通知
[c:meta-lines]发布时间：2023-11-02 浏览次数：51
各班级：
入冬以来天气干燥，请各班利用班会时间开展一次防火安全教育，并检查教室内的电器线路。
请各班于本月底前将教育记录交到学生工作办公室，逾期未交的班级将在全校通报。
特此通知。
"""


def page_of(host: str, group: str) -> tuple[str, dict]:
    raw, labels = build_page(f"own:{host} 通知", PAGE.splitlines(), group)
    labels.update(site=host, host=host, file="zz-test.txt")
    return raw, labels


def test_tune_sites_are_counted_by_site_and_check_pages_by_lines_only():
    pages = [page_of("a.example.org", TUNE), page_of("b.example.org", TUNE), page_of("c.example.org", CHECK)]
    counts, tune_sites, shown = collect(pages, {"metadata.date"})
    table = {row["rule"]: row for row in rows(counts, tune_sites)}
    date = table["metadata.date"]
    assert date["tune_sites"] == 2
    assert (date[f"{TUNE}:right"], date[f"{TUNE}:wrong"]) == (2, 0)
    assert (date[f"{CHECK}:right"], date[f"{CHECK}:wrong"]) == (1, 0)
    # Only tune pages are ever shown.
    assert [(rule, kind, host) for rule, kind, _, host, _ in shown] == [
        ("metadata.date", "chrome", "a.example.org"), ("metadata.date", "chrome", "b.example.org")]
    classes = summary(list(table.values()))
    assert classes["2"]["rules"] >= 1 and classes["2"]["right on check"] >= 1
