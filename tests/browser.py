"""A real headless Chromium driven by selenium, for the review page tests."""

from __future__ import annotations

import contextlib
import shutil
import socket
import subprocess
import time
from pathlib import Path

import pytest


@contextlib.contextmanager
def browser(tmp_path: Path, downloads: Path | None = None):
    """(driver, By) on Debian's chromium; skips when selenium or chromium is missing."""
    webdriver = pytest.importorskip("selenium.webdriver")
    if not (shutil.which("chromium") and shutil.which("chromedriver")):
        pytest.skip("Debian chromium and chromium-driver are not installed (make test installs them)")
    options = webdriver.ChromeOptions()
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    with chromium(tmp_path / "profile") as debugger, chromedriver() as address:
        # chromedriver attaches to our browser by address: it would otherwise look up
        # "localhost", which a minimal system without /etc/hosts cannot resolve.
        options.debugger_address = debugger
        from selenium.webdriver.chromium.remote_connection import ChromiumRemoteConnection

        # Chromium's connection knows its vendor commands (the console log, DevTools calls).
        connection = ChromiumRemoteConnection(address, vendor_prefix="goog", browser_name="chrome")
        driver = webdriver.Remote(command_executor=connection, options=options)
        try:
            if downloads is not None:
                driver.execute("executeCdpCommand", {"cmd": "Browser.setDownloadBehavior", "params": {
                    "behavior": "allow", "downloadPath": str(downloads)}})
            yield driver, webdriver.common.by.By
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


def wait_for(condition, timeout: float = 20.0):
    deadline = time.monotonic() + timeout
    while True:
        try:
            value = condition()
        except Exception:  # an element not there yet
            value = None
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError("the review page did not get there in time")
        time.sleep(0.1)


def assert_no_console_errors(driver) -> None:
    errors = [e for e in driver.execute("getLog", {"type": "browser"})["value"] if e["level"] == "SEVERE"]
    assert errors == []
