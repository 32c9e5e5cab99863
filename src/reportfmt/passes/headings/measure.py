"""How the heading rules measure a line: its length without blanks or pinyin glosses, whether
it is body text, which marks make it prose (shared by rules.py, labels.py and blocks.py)."""

from __future__ import annotations

import re

from ..masks.find import is_ideograph
from ..patterns import TERMINAL_PUNCT
from ..regex_cache import LazyPattern

# A paragraph this long (or ending a sentence) is body text under a heading.
BODY_MIN_CHARS = 30
WRAPPED_BODY_MIN_CHARS = 16
# A heading without a number is short.
UNNUMBERED_MAX_CHARS = 20
HAS_WORD = re.compile(r"[\u3400-\u9fffA-Za-z]")
# Marks that make a short line prose or a list item rather than a bare heading.
LINE_PUNCT = re.compile(r"[，,。；;：:！!？?、]")
# A sentence end inside a line: it is prose (or a run-in heading), not a heading.
SENTENCE_INSIDE = re.compile(r"[。；;！!？?]")
# Ending a line with these means the line goes on: it cannot be a heading. So does a mark that
# opens a quote, a title or an aside ("2、请县领导为获得“", a page cut inside its sentence).
OPEN_END = TERMINAL_PUNCT + "，,：:、" + "“‘《〈（(【［[「『"


def word_pairs(text: str) -> set[str]:
    """The two-character pairs of a line's Chinese words (a headline's, a title's, a lead's first
    characters), read to tell whether one line says another's words."""
    han = re.sub(r"[^\u3400-\u9fff]", " ", text)
    return {word[i:i + 2] for word in han.split() for i in range(len(word) - 1)}


def leads_into_list(text: str | None) -> bool:
    """An unnumbered line of prose that ends on a colon: it opens the list below it, as body text
    under a heading does (a short label with a colon, "要求：", may be a heading of its own).
    A clause and a closing colon ("…常见的记法有两种：") on one line. Read by string methods, not
    a regex: a search for a comma, anything, a colon at the end tries every comma and is
    quadratic on a long line without line breaks (a 3 MB one-line page took minutes)."""
    if not text:
        return False
    stripped = text.rstrip()
    if not stripped or stripped[-1] not in "：:":
        return False
    line = stripped[:-1].rsplit("\n", 1)[-1]
    return "，" in line or "," in line


def squeeze(text: str) -> str:
    return "".join(text.split())  # str.split and \s agree on what is a blank; 4x faster


# Sites that convert pages to traditional characters gloss some of them in pinyin: "活動（dòng）
# 背景". A heading is as long as its words: the glosses do not count.
PINYIN_GLOSS = r"(?<=[\u3400-\u9fff])[（(][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńň]{1,7}[）)]"
_PINYIN_GLOSS = re.compile(PINYIN_GLOSS)


def visible_len(text: str) -> int:
    """Length without blanks and pinyin glosses."""
    glossed = _PINYIN_GLOSS.findall(text) if "（" in text or "(" in text else ()
    return len(squeeze(text)) - sum(len(g) for g in glossed)


def is_body(text: str | None) -> bool:
    """Body text: long (its glosses aside), or ending a sentence."""
    return bool(text) and (_unglossed_len(text) >= BODY_MIN_CHARS or text[-1] in TERMINAL_PUNCT)


def _unglossed_len(text: str) -> int:
    glossed = _PINYIN_GLOSS.findall(text) if "（" in text or "(" in text else ()
    return len(text) - sum(len(g) for g in glossed)


def opens_with_body(text: str | None) -> bool:
    """What follows a numbered heading: body text, or a hard-wrapped line holding a sentence end
    ("…存有偏差。虽然能"). (Bare unnumbered lines ask for is_body: short wrapped lines of a
    poem or a caption hold sentence ends too.)"""
    return is_body(text) or (bool(text) and len(text) >= WRAPPED_BODY_MIN_CHARS and "。" in text[:-1])


# "下面请市直机关党工委副书" over "记张三同志讲话。": a line hard-wrapped inside a word. The line below
# ends a sentence and is no longer than the line above (a wrapped paragraph's last line); a
# heading's body is a paragraph of its own, longer than its heading. A line opening with a mark
# that closes something (a quote, a clause: "”作为过渡语，…") always goes on from the line above.
WRAP_TAIL_SLACK = 2
_CLOSING_OPEN = LazyPattern(r"^[”’」』）)】》〉，,。、；;：:！!？?]")


def wrap_tail(head: str, tail: str | None) -> bool:
    """`tail` reads as the rest of `head`, a line wrapped inside a word or a quote."""
    if not tail or not head:
        return False
    head, tail = head.rstrip(), tail.strip()
    if _CLOSING_OPEN.match(tail):
        return True
    return (is_ideograph(head[-1]) and is_ideograph(tail[0]) and tail[-1] in SENTENCE_ENDS
            and visible_len(tail) <= visible_len(head) + WRAP_TAIL_SLACK)


SENTENCE_ENDS = "。！!？?；;"
