"""Scoring shared by the evaluation commands: the corpus README's character-level P/R/F1."""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

_WHITESPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Score:
    precision: float
    recall: float

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def squeeze(text: str) -> str:
    return _WHITESPACE.sub("", text)


def char_score(output: str, gold: str) -> Score:
    """Characters in the longest matching blocks (no junk heuristics), whitespace removed."""
    out, ref = squeeze(output), squeeze(gold)
    if not out or not ref:
        return Score(1.0 if not out and not ref else 0.0, 1.0 if not ref else 0.0)
    blocks = SequenceMatcher(None, out, ref, autojunk=False).get_matching_blocks()
    matched = sum(b.size for b in blocks)
    return Score(matched / len(out), matched / len(ref))
