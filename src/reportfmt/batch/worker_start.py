"""A spawned batch worker's first step: the compiled patterns from the disk cache, before the
package's modules load (importing the executor's job compiles ~430 patterns at import, and a
worker's first pages ~1,250 more: ~0.9 s of a worker's CPU, mostly re's parser and its CJK
character classes). This module imports nothing of the package at its top, so that the
spawned process (which imports the module naming its target first) loads the patterns
before anything compiles one. The patterns come from their own file (regex_cache.WORKER_SCOPE)
and the worker stores what it compiled anew (after its imports, then worker_loop._serve after its
1st, 2nd, 4th... job).
"""

from __future__ import annotations


def worker_main(conn, log_level: int) -> None:
    """The target of a local worker process (executor._Worker)."""
    from ..passes import regex_cache

    regex_cache.seed(regex_cache.WORKER_SCOPE)
    from .worker_loop import _save_patterns, _worker_main

    _save_patterns()  # those of the imports, before a first page's push them out of re's cache
    _worker_main(conn, log_level, save_patterns=True)
