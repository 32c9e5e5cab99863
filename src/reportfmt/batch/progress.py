"""Progress: a tqdm bar on a terminal, plain periodic lines on stderr otherwise, or nothing."""

from __future__ import annotations

import sys
import time


class Progress:
    """`mode`: "auto" (bar on a terminal, lines otherwise), "bar", "lines" or "quiet"."""

    def __init__(self, total: int | None, mode: str = "auto", every: float = 10.0) -> None:
        if mode == "auto":
            mode = "bar" if sys.stderr.isatty() else "lines"
        self.mode, self.total, self.every = mode, total, every
        self.done = 0
        self.started = self.last = time.monotonic()
        self.bar = None
        if mode == "bar":
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit="file", file=sys.stderr, dynamic_ncols=True)

    def advance(self, failed: bool = False) -> None:
        self.done += 1
        if self.bar is not None:
            self.bar.update(1)
        elif self.mode == "lines" and time.monotonic() - self.last >= self.every:
            self.last = time.monotonic()
            print(f"reportfmt: {self.line()}", file=sys.stderr, flush=True)

    def line(self) -> str:
        elapsed = max(time.monotonic() - self.started, 1e-9)
        rate = self.done / elapsed
        text = f"{self.done}/{self.total if self.total is not None else '?'} files, {rate:.1f}/s"
        if self.total and rate > 0:
            text += f", ETA {_duration((self.total - self.done) / rate)}"
        return text

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
        elif self.mode == "lines" and self.done:
            print(f"reportfmt: {self.line()}", file=sys.stderr, flush=True)


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds // 60}m{seconds % 60:02d}s" if seconds >= 60 else f"{seconds}s"
