#!/usr/bin/env python3
"""Pandoc filter running only reportfmt's 公文 pass: `pandoc --filter filters/gongwen.py`."""

from reportfmt.passes import gongwen

if __name__ == "__main__":
    gongwen.main()
