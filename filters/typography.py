#!/usr/bin/env python3
"""Pandoc filter running only reportfmt's typography pass: `pandoc --filter filters/typography.py`."""

from reportfmt.passes import typography

if __name__ == "__main__":
    typography.main()
