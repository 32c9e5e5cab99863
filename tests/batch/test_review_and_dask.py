"""The review page in a real headless Chromium, and a real Dask LocalCluster run."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from browser import assert_no_console_errors, browser, wait_for
from reportfmt.batch.runner import run_batch
from reportfmt.options import build_options

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_3b3a078ac755e827.txt"
PAGE = "发布时间:2023-03-03\n一、加强组织建设\n全年完成投资***亿元。\n推荐访问:\n版权所有 某某范文网\n".encode()


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("in")
    shutil.copy(SEED, folder / "seed.txt")
    (folder / "sub").mkdir()
    (folder / "sub" / "page.txt").write_bytes(PAGE)
    (folder / "sub" / "empty.txt").write_bytes(b"")
    return folder


def test_review_page_in_headless_chromium(inputs, tmp_path):
    out = tmp_path / "out"
    run_batch([inputs], out, ["plain", "md"], build_options(), jobs=2, progress="quiet")
    with browser(tmp_path) as (driver, by):
        check_review_page(driver, by, out)


def check_review_page(driver, by, out: Path) -> None:
    """Rows, statuses, counts, the removed blocks shown on a click, no console errors."""
    driver.get((out / "index.html").as_uri())
    wait_for(lambda: driver.find_elements(by.CSS_SELECTOR, "tbody tr"))
    rows = driver.find_elements(by.CSS_SELECTOR, "tbody tr")
    statuses = {r.find_element(by.CSS_SELECTOR, "td.source").text.split("/")[-1]: r.get_attribute("class")
                for r in rows}
    assert statuses == {"seed.txt": "ok", "page.txt": "ok", "empty.txt": "error"}
    page_row = next(r for r in rows if "page.txt" in r.text)
    assert page_row.find_element(by.CSS_SELECTOR, "td.headings").text == "1"
    assert page_row.find_element(by.CSS_SELECTOR, "td.masks").text == "1"
    page_row.find_element(by.CSS_SELECTOR, "td.source a").click()
    view = wait_for(lambda: driver.find_element(by.ID, "doc").is_displayed() and driver.find_element(by.ID, "doc"))
    # Each removed block in place, struck through, with the rule that removed it.
    removed = [(b.find_element(by.TAG_NAME, "del").text, b.find_element(by.CSS_SELECTOR, ".rule").text)
               for b in view.find_elements(by.CSS_SELECTOR, ".inplace .block.removed")]
    assert [text for text, _ in removed] == ["发布时间:2023-03-03", "推荐访问:", "版权所有 某某范文网"]
    assert removed[0][1] == "metadata.date"
    output = view.find_element(by.CSS_SELECTOR, ".output").text
    assert "全年完成投资***亿元。" in output and "推荐访问" not in output
    link = view.find_element(by.LINK_TEXT, "plain")
    assert link.get_attribute("href").endswith("/sub/page.txt")
    assert_no_console_errors(driver)


def _without_timings(out: Path) -> list[dict]:
    records = []
    for line in (out / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        record.pop("seconds")
        record["outputs"] = {k: Path(v).relative_to(out).as_posix() for k, v in record["outputs"].items()}
        records.append(record)
    return records


def test_dask_cluster_run_equals_local_run(inputs, tmp_path):
    distributed = pytest.importorskip("distributed")
    local, remote = tmp_path / "local", tmp_path / "dask"
    run_batch([inputs], local, ["plain", "md"], build_options(), jobs=2, progress="quiet")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        address = "dask://" + cluster.scheduler_address.split("://", 1)[1]
        run_batch([inputs], remote, ["plain", "md"], build_options(), cluster=address, progress="quiet")
    assert _without_timings(remote) == _without_timings(local)
    names = sorted(p.relative_to(local).as_posix() for p in local.rglob("*.txt"))
    assert names == ["seed.txt", "sub/page.txt"]
    for name in names:
        assert (remote / name).read_bytes() == (local / name).read_bytes()
