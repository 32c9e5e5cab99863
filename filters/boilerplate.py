#!/usr/bin/env python3
"""Pandoc filter running only reportfmt's boilerplate pass: `pandoc --filter filters/boilerplate.py`."""

from reportfmt.passes import boilerplate

if __name__ == "__main__":
    boilerplate.main()
