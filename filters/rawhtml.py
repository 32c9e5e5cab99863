#!/usr/bin/env python3
"""Pandoc filter running only reportfmt's raw HTML pass: `pandoc --filter filters/rawhtml.py`."""

from reportfmt.passes import rawhtml

if __name__ == "__main__":
    rawhtml.main()
