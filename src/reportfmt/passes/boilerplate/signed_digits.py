"""A 公文's own lines a page's chrome rules would take for the page's (round 54, by form).

The closing date printed as bare digits under its issuer (dates_an_issuer); the document's
number alone under a disclosure box (numbers_the_document).

A government or school page often prints a document's closing date with its separators lost,
the year, the month and the day run together ("2025124" for 2025-1-24, "20260612"), on the
line under the issuing body ("某某区商务局" / "2025124"). Alone, such a line is a bare number, and
meta-lines.count-alone takes a bare number above the text for a view count. Under the issuer's
name, with the text above the name, it is the document's own date: a page's counter stands under
the headline or beside other facts, never under an issuer signing a text. Seen on own-tune pages
of www.qzfz.gov.cn, ordosrd.gov.cn and art.jsviat.edu.cn (lost), zg-xc.gov.cn and
ggxy.ahut.edu.cn (kept by their place).
"""

from __future__ import annotations

import re

import panflute as pf

from ..elements import block_text, is_text_block
from ..regex_cache import LazyPattern
from ..script import fold_script

# The year, a month (1-12, with or without its zero) and a day (1-31): six to eight digits.
_RUN_TOGETHER_DATE = re.compile(r"^(?:19|20)\d{2}(?:1[0-2]|0?[1-9])(?:3[01]|[12]\d|0?[1-9])$")
# An issuing body's name alone: ideographs ending in the word of an organ, a unit or a school
# ("某某区商务局", "市人大常委会", "教务处", "某某学院委员会", "学校办公室"). No digits, no punctuation.
_ISSUER = LazyPattern(r"^[\u3400-\u9fff]{1,30}"
                     r"(?:局|委|会|院|处|處|府|厅|廳|室|部|中心|校|公司|办|辦|所|站|队|隊|社|团|團|组|組|馆|館)$")
# How far up the text the issuer must stand: the line over the issuer is kept text.
_TEXT_ABOVE = 1


def _line(block: pf.Block) -> str:
    return " ".join(block_text(block).split()) if is_text_block(block) else ""


def dates_an_issuer(text: str, kept: list[tuple[int, pf.Block]], title: str | None) -> bool:
    """Whether the line is a run-together date right under an issuer's name that stands under
    kept text, and is not the page's title ("2025124" under "某某区商务局" under "(此件主动公开)")."""
    if not _RUN_TOGETHER_DATE.match(text.strip()) or len(kept) < 1 + _TEXT_ABOVE:
        return False
    issuer = _line(kept[-1][1])
    if not _ISSUER.match(issuer.replace(" ", "")):
        return False
    if title and fold_script(issuer.replace(" ", "")) == fold_script(" ".join(title.split()).replace(" ", "")):
        return False
    return bool(_line(kept[-2][1]))


# A 公文's document number alone ("某政办发〔2024〕18号", "院团发[2010]4号"), as a mirror may print it
# without its closing bracket or 号 ("某政办发〔202418").
_DOCUMENT_NUMBER = LazyPattern(r"^[\u3400-\u9fff]{1,12}[〔\[［(（【]\s*(?:19|20)\d{2}\s*[〕\]］)）】]?"
                              r"\s*\d{1,4}\s*[号號]?$")
# A label asking for a number at the end of a box's line ("文号:", "发文字号：", "文  號:").
_NUMBER_LABEL = re.compile(r"[号號]\s*[:：]\s*$")


def numbers_the_document(text: str, label_line: str) -> bool:
    """Whether the line is the document's own number under a disclosure box whose last field
    asks for no number: a box's value line (meta-lines.field-value) stands under its label, and
    only a number label ("文号:") takes a document number for its value. Under "有效性:" or
    "成文日期:" the number opens the 公文 itself (its 发文字号 line over the addressees), seen on
    own-tune pages of www.cqyc.gov.cn and www.mdx.gov.cn (lost), zrzy.smx.gov.cn and
    jwc.aufe.edu.cn (the number under the page's facts, kept)."""
    return bool(_DOCUMENT_NUMBER.match(text.strip().replace(" ", ""))) and not _NUMBER_LABEL.search(label_line)

