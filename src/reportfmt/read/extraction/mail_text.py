"""A message printed as plain text (a mail-list archive's <pre>): its signature and the line
that introduces a quote are the writer's furniture, not the message.

Mail and news readers end a message with the signature separator, a line that is "-- " (two
hyphens and a space; archives often lose the space), then a few short lines (name, motto,
address). A reply opens its quote of the earlier message with an attribution line ("在 …，
name 写道：", "On …, name wrote:") right above the quoted lines ("> …"). Only a <pre> is read
(the form archives print a message in); a signature is cut only when at most SIGNATURE_LINES
short lines follow the separator (an attachment printed after the signature is more than
that: the block is left whole). Recorded as `extract.signature` and `extract.post-meta`.
"""

from __future__ import annotations

import re

from lxml import etree

from .audit import Audit

# The signature: at most this many non-empty lines after the separator, each at most this long.
SIGNATURE_LINES = 4
SIGNATURE_LINE_CHARS = 80
_SEPARATOR = re.compile(r"^-- ?$", re.M)
# The attribution line above a quote: ends with the verb and a colon, at most this long.
ATTRIBUTION_CHARS = 80
_ATTRIBUTION = re.compile(r"^[^\n>]*(?:写道|写了|wrote)\s*[:：]\s*\n(?=\s*>)", re.M | re.I)


def drop_mail_furniture(article: etree._Element, audit: Audit) -> None:
    """Each <pre> of `article` that holds a plain-text message loses its signature and the
    attribution lines above its quotes (the words, quoted ones too, stay)."""
    for pre in article.iter("pre"):
        text = pre.text_content()
        kept = _without_signature(text, audit)
        kept = _ATTRIBUTION.sub(lambda m: _attribution(m, audit), kept)
        if kept != text:
            for child in list(pre):
                pre.remove(child)
            pre.text = kept


def _without_signature(text: str, audit: Audit) -> str:
    separators = list(_SEPARATOR.finditer(text))
    if not separators:
        return text
    last = separators[-1]
    tail = [line for line in text[last.end():].splitlines() if line.strip()]
    if not text[:last.start()].strip() or len(tail) > SIGNATURE_LINES \
            or any(len(line.strip()) > SIGNATURE_LINE_CHARS for line in tail):
        return text
    audit.note(text[last.start():], "signature")
    return text[:last.start()].rstrip() + "\n"


def _attribution(match: re.Match, audit: Audit) -> str:
    line = match.group(0)
    if len(line.strip()) > ATTRIBUTION_CHARS:
        return line
    audit.note(line, "post-meta")
    return ""
