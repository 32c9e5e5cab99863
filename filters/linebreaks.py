#!/usr/bin/env python3
"""Pandoc filter running only reportfmt's linebreaks pass: `pandoc --filter filters/linebreaks.py`."""

from reportfmt.passes import linebreaks

if __name__ == "__main__":
    linebreaks.main()
