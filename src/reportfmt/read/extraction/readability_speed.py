r"""readability-lxml's whitespace squeeze with the same answers and fewer regex passes (issue 17).

readability's module function `clean(text)` runs three `re.sub` calls on every text it
measures: `text_length` calls it for every link of every candidate (get_link_density) and
score_paragraphs for every paragraph. Those calls were ~5 % of a worker's CPU on the bench
pages, mostly short texts that none of the three changes. `clean` below runs a substitution
only when its pattern can match at all: `\s{255,}` needs 255 characters, `\s*\n\s*` a
newline, `\t|[ \t]{2,}` a tab or two spaces in a row; each test is made on the text as the
step before left it, so the result is the one the three `re.sub` calls give.

It replaces readability's function in readability's module (its callers look the name up
when they run) only if readability's own `clean` answers as this one on the probe texts, so
a readability whose `clean` changed keeps its own.
"""

from __future__ import annotations

import re

_LONG_RUN = re.compile(r"\s{255,}")
_NEWLINE = re.compile(r"\s*\n\s*")
_BLANKS = re.compile(r"\t|[ \t]{2,}")

# Texts that reach each branch of readability's clean: none to change, each pattern alone,
# all three, Unicode blanks (\s holds \u3000 and \xa0), a run of 255+ blanks with and without
# a newline in it, and a run of blanks 254 long.
PROBES = (
    "", " ", "正文", "  前后空格  ", "a\tb", "a  b", "a \n b", "\n\n", " \u3000\n\xa0x\t\ty  ",
    "x" + " \xa0" * 130 + "y", "x" + " " * 300 + "\n" + "\t" * 10 + "y", "\u3000" * 254 + "z",
    "\u3000" * 255 + "z", "段落一\r\n\r\n段落二\x0b\x0c末尾", "a \t \t b\n",
)


def clean(text: str) -> str:
    """readability.readability.clean's result: each of its three substitutions run only when
    the text can hold a match."""
    if len(text) >= 255:
        text = _LONG_RUN.sub(" " * 255, text)
    if "\n" in text:
        text = _NEWLINE.sub("\n", text)
    if "\t" in text or "  " in text:
        text = _BLANKS.sub(" ", text)
    return text.strip()


def install(module) -> bool:
    """Put `clean` in place of `module.clean` (readability.readability) when the two agree on
    every probe; whether it is in place."""
    original = getattr(module, "clean", None)
    if original is clean:
        return True
    if original is None or any(original(probe) != clean(probe) for probe in PROBES):
        return False
    REPLACED.append(original)
    module.clean = clean
    return True


# The functions install() replaced (readability's own clean): the tests compare them with `clean`.
REPLACED: list = []
