#!/usr/bin/env python3
"""Pandoc filter running the whole reportfmt pipeline, same as `--filter reportfmt`."""

import sys

from reportfmt.filter import run_filter

if __name__ == "__main__":
    sys.exit(run_filter(sys.argv[1:]))
