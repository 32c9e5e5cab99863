"""The review page in a real headless Chromium, and a real Dask LocalCluster run."""

from __future__ import annotations

import contextlib
import json
import shutil
import socket
import subprocess
import time
from pathlib import Path

import pytest

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
    webdriver = pytest.importorskip("selenium.webdriver")
    if not (shutil.which("chromium") and shutil.which("chromedriver")):
        pytest.skip("Debian chromium and chromium-driver are not installed (make test installs them)")
    out = tmp_path / "out"
    run_batch([inputs], out, ["plain", "md"], build_options(), jobs=2, progress="quiet")
    options = webdriver.ChromeOptions()
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    with chromium(tmp_path / "profile") as debugger, chromedriver() as address:
        # chromedriver attaches to our browser by address: it would otherwise look up
        # "localhost", which a minimal system without /etc/hosts cannot resolve.
        options.debugger_address = debugger
        from selenium.webdriver.chromium.remote_connection import ChromiumRemoteConnection

        # Chromium's connection knows its vendor commands (the browser console log).
        connection = ChromiumRemoteConnection(address, vendor_prefix="goog", browser_name="chrome")
        driver = webdriver.Remote(command_executor=connection, options=options)
        try:
            check_review_page(driver, webdriver.common.by.By, out)
        finally:
            driver.quit()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_for_port(port: int, proc: subprocess.Popen, what: str) -> None:
    deadline = time.monotonic() + 30
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            if time.monotonic() > deadline or proc.poll() is not None:
                raise RuntimeError(f"{what} did not start") from None
            time.sleep(0.1)


@contextlib.contextmanager
def chromium(profile: Path):
    """Debian's chromium, headless, with its DevTools on 127.0.0.1 (flags that work here)."""
    port = _free_port()
    proc = subprocess.Popen(
        [shutil.which("chromium"), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
         "--no-first-run", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", f"--user-data-dir={profile}", "--remote-debugging-address=127.0.0.1",
         f"--remote-debugging-port={port}", "about:blank"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        _wait_for_port(port, proc, "chromium")
        yield f"127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@contextlib.contextmanager
def chromedriver():
    """Debian's chromedriver on 127.0.0.1. selenium's own Service looks it up as "localhost",
    which a minimal system without /etc/hosts cannot resolve."""
    port = _free_port()
    proc = subprocess.Popen([shutil.which("chromedriver"), f"--port={port}", "--allowed-ips=127.0.0.1"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _wait_for_port(port, proc, "chromedriver")
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def check_review_page(driver, by, out: Path) -> None:
    """Rows, statuses, counts, the removed blocks shown on a click, no console errors."""
    driver.get((out / "index.html").as_uri())
    rows = driver.find_elements(by.CSS_SELECTOR, "tbody tr")
    statuses = {r.find_element(by.CSS_SELECTOR, "td.source").text.split("\n")[0].split("/")[-1]:
                r.get_attribute("class") for r in rows}
    assert statuses == {"seed.txt": "ok", "page.txt": "ok", "empty.txt": "error"}
    page_row = next(r for r in rows if "page.txt" in r.text)
    assert page_row.find_element(by.CSS_SELECTOR, "td.headings").text == "1"
    assert page_row.find_element(by.CSS_SELECTOR, "td.masks").text == "1"
    removed = page_row.find_element(by.CSS_SELECTOR, "ul.removed")
    assert not removed.is_displayed()
    page_row.find_element(by.TAG_NAME, "summary").click()
    assert removed.is_displayed()
    shown = [li.text for li in removed.find_elements(by.TAG_NAME, "li")]
    # Each removed block with the rule that removed it (rule names are the passes' business).
    assert [text.split("] ", 1)[1] for text in shown] == ["发布时间:2023-03-03", "推荐访问:", "版权所有 某某范文网"]
    assert shown[0].startswith("[metadata.date] ")
    kept = page_row.find_element(by.CSS_SELECTOR, ".kept").text
    assert "全年完成投资***亿元。" in kept and "推荐访问" not in kept
    link = page_row.find_element(by.LINK_TEXT, "plain")
    assert link.get_attribute("href").endswith("/sub/page.txt")
    errors = [e for e in driver.execute("getLog", {"type": "browser"})["value"] if e["level"] == "SEVERE"]
    assert errors == []


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
