"""What kind of document the passes were given: Chinese or not, a scraped page or one
written by hand.

Chinese is decided by share, not by one character: an English document quoting "世界" is
not ours to change. A scraped page is what our own text and HTML readers read; under
`pandoc --filter`, pandoc says which reader it used (PANDOC_READER_OPTIONS), and every
reader but HTML's reads what people write (Word, markdown, rst, ODT, EPUB books). Where
neither tells (pandoc's HTML reader, a document built in Python), the elements do: code,
math, footnotes and citations are what hand-written documents have and scraped pages lack.
"""

from __future__ import annotations

import json
import re

import panflute as pf

from ..passes.elements import iter_elements

# CJK ideographs counted by runs, a string made a run, not one a character (findall of one
# character at a time made the seed's ~3,000: most of this count's 4.6 M instructions).
_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_LATIN_WORD = re.compile(r"[A-Za-z]+")
# A Chinese word is one to two characters (1.5 on average in running text): counting
# characters as words would make a Chinese sentence in an English text weigh double.
CHARS_PER_CHINESE_WORD = 1.5
# Chinese when at least half of the words are Chinese.
CHINESE_SHARE = 0.5
# The share of the first this many characters decides: a 3 MB line need not be counted to its end.
CHARS_COUNTED = 100_000
# Elements pandoc's HTML reader hardly ever yields from a scraped page but hand-written
# markdown, rst or docx does (a <dl> infobox is common on scraped pages: not listed).
_AUTHORED_ELEMENTS = (pf.CodeBlock, pf.Code, pf.Math, pf.Note, pf.Cite)
# Extensions pandoc's HTML reader has by default; markdown has them too, among many of its own.
_HTML_READER = {"native_divs", "native_spans"}
_MARKDOWN_ONLY = {"backtick_code_blocks", "fenced_code_blocks", "pipe_tables", "yaml_metadata_block",
                  "fenced_divs", "footnotes"}
_EPUB_READER = "epub_html_exts"
# Plain commonmark and markdown_strict name none of those, but raw_html, which among pandoc's
# other readers only textile has (with old_dashes); HTML's reader has native_divs instead.
_RAW_HTML = "raw_html"
_NOT_MARKDOWN = {"native_divs", "old_dashes"}


def chinese_share(doc: pf.Doc) -> float:
    """Chinese words among all words of the title and body (code and raw markup left out).

    Other metadata is left out: the `lang` and `date` the metadata pass adds would
    otherwise change the share of a short document on a second run."""
    texts: list[str] = []
    budget = CHARS_COUNTED

    def count(text: str) -> None:
        nonlocal budget
        if budget > 0:
            texts.append(text[:budget])
            budget -= len(texts[-1])

    title = doc.get_metadata("title", default="")
    if isinstance(title, str):
        count(title)
    for block in doc.content:  # not panflute's walk: it rebuilds every list (filter start-up)
        for elem in iter_elements(block):
            if isinstance(elem, pf.Str):
                count(elem.text)
    # Counted once over all the texts (a search per text cost 4 M instructions on the seed); the
    # line break between texts is neither a character nor part of a word.
    text = "\n".join(texts)
    cjk = sum(map(len, _CJK_RUN.findall(text)))
    words = len(_LATIN_WORD.findall(text))
    chinese_words = cjk / CHARS_PER_CHINESE_WORD
    return chinese_words / (chinese_words + words) if cjk else 0.0


def is_chinese(doc: pf.Doc) -> bool:
    return chinese_share(doc) >= CHINESE_SHARE


def scraped_by_reader(reader_options: str | None) -> bool | None:
    """From pandoc's PANDOC_READER_OPTIONS: False when the reader reads hand-written
    documents (anything but HTML), None when it is HTML or unknown (the elements decide)."""
    if not reader_options:
        return None
    try:
        extensions = set(json.loads(reader_options).get("extensions") or ())
    except (ValueError, AttributeError):
        return None
    if _HTML_READER <= extensions and not extensions & _MARKDOWN_ONLY and _EPUB_READER not in extensions:
        return None  # pandoc's HTML reader: a web page, scraped unless its elements say otherwise
    return False


def is_word_document(doc: pf.Doc) -> bool:
    """A document written in a word processor (read/word.py and the filter set `doc.word`)."""
    return bool(getattr(doc, "word", False))


def markdown_by_reader(reader_options: str | None) -> bool:
    """Whether PANDOC_READER_OPTIONS name one of pandoc's markdown readers (markdown, gfm,
    commonmark_x…): extensions only they have, or raw_html alone of the others (commonmark,
    markdown_strict). `-f commonmark-raw_html` names no extension and is not told."""
    try:
        extensions = set(json.loads(reader_options or "").get("extensions") or ())
    except (ValueError, AttributeError):
        return False
    if _EPUB_READER in extensions:
        return False
    return bool(extensions & _MARKDOWN_ONLY) or (_RAW_HTML in extensions and not extensions & _NOT_MARKDOWN)


def is_hand_written(doc: pf.Doc) -> bool:
    """`doc.scraped` is set by whoever read the document: True (our text and HTML readers),
    False (a reader of hand-written documents), None or unset (the elements decide)."""
    scraped = getattr(doc, "scraped", None)
    if scraped is not None:
        return not scraped
    return has_authored_elements(doc)


def has_authored_elements(doc: pf.Doc) -> bool:
    return any(isinstance(elem, _AUTHORED_ELEMENTS) for elem in iter_elements(doc))
