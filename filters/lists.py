#!/usr/bin/env python3
"""Pandoc filter running only reportfmt's lists pass: `pandoc --filter filters/lists.py`."""

from reportfmt.passes import lists

if __name__ == "__main__":
    lists.main()
