#!/usr/bin/env python3
"""Pandoc filter running only reportfmt's figures pass: `pandoc --filter filters/figures.py`."""

from reportfmt.passes import figures

if __name__ == "__main__":
    figures.main()
