#!/usr/bin/env python3
"""Pandoc filter running only reportfmt's tables pass: `pandoc --filter filters/tables.py`."""

from reportfmt.passes import tables

if __name__ == "__main__":
    tables.main()
