#!/usr/bin/env python3
"""Pandoc filter running only reportfmt's headings pass: `pandoc --filter filters/headings.py`."""

from reportfmt.passes import headings

if __name__ == "__main__":
    headings.main()
