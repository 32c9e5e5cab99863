#!/usr/bin/env python3
"""Pandoc filter running only reportfmt's masks pass: `pandoc --filter filters/masks.py`."""

from reportfmt.passes import masks

if __name__ == "__main__":
    masks.main()
