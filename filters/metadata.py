#!/usr/bin/env python3
"""Pandoc filter running only reportfmt's metadata pass: `pandoc --filter filters/metadata.py`."""

from reportfmt.passes import metadata

if __name__ == "__main__":
    metadata.main()
