"""The first `pandoc --filter reportfmt` on a machine leaves its cache as every later call finds it.

The first call rebuilds the caches (the rules parsed, the patterns compiled, the modules' code
stored); the second must find all of it ready: it writes nothing, and every blob it reads is
trusted by its stat (resources.read_blob), not checked byte by byte again."""

from __future__ import annotations

import marshal
import os
import subprocess
import sys
from pathlib import Path

from reportfmt import resources
from reportfmt.write.pandoc import pandoc_path

REPORTFMT = str(Path(sys.executable).with_name("reportfmt"))

# Made up: a scraped page with a lead-in, a heading, a masked figure and a footer.
PAGE = ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>2024年街道工作总结</title></head><body>"
        "<p>下面是小编为大家整理的2024年街道工作总结，供大家参考。</p>"
        "<p>今年以来，街道坚持问题导向，办好民生实事。</p><p>一、完善服务体系</p>"
        "<p>全年新增养老床位**张，完成老旧小区改造。</p><p>版权所有 某某范文网</p></body></html>")


def cache_state(cache: Path) -> dict[str, tuple[int, int, int]]:
    return {path.name: (path.stat().st_ino, path.stat().st_mtime_ns, path.stat().st_size)
            for path in cache.iterdir()}


def test_the_second_call_finds_every_cache_ready(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    cache = tmp_path / "cache"
    env = dict(os.environ, PATH=f"{Path(REPORTFMT).parent}{os.pathsep}{os.environ['PATH']}")
    env[resources.CACHE_ENV] = str(cache)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    command = [pandoc_path(), str(page), "--filter", "reportfmt", "-t", "json"]
    first = subprocess.run(command, env=env, capture_output=True, check=True).stdout
    settled = cache_state(cache)
    assert any(name.startswith("modules-") for name in settled)  # the modules' code, stored at once
    # Every blob is remembered by its stat now (the digests file itself is always checked).
    payload = (cache / resources.DIGESTS_NAME).read_bytes()[len(resources.CACHE_MAGIC) + resources.CHECK_SIZE:]
    remembered = marshal.loads(payload)
    for name in settled:
        if name != resources.DIGESTS_NAME and not name.endswith(".lock"):  # (regex_cache._lock's: no blob)
            stat = os.stat(cache / name)
            key = resources.BLOB_KEY + str(cache / name)
            assert remembered[key][:5] == (stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino,
                                           stat.st_dev), name
    # PyYAML parsed the rules in the first call only: its modules are not in the bundle.
    (bundle,) = cache.glob("modules-*")
    index = marshal.loads(bundle.read_bytes()[len(resources.CACHE_MAGIC) + resources.CHECK_SIZE:])
    assert "reportfmt.pipeline" in index and not [name for name in index if name.split(".")[0] == "yaml"]
    second = subprocess.run(command, env=env, capture_output=True, check=True).stdout
    assert second == first
    assert cache_state(cache) == settled  # nothing written: the first call left the cache settled
