"""An e-paper's article view: the title is the headline under the page's controls, and every
line above it is the e-paper's (its page label, its page-turning links, the page's headline list).

    第A05版:本地 上一版 下一版          <- the page's label and its page-turning links
    本版标题导航                         <- the label of the page's headline list
    某某街道新设三处垃圾分类亭            <- the page's other headlines: they go
    某某小学举行开学典礼                  <-
    新闻搜索                             <-
    今日日期: 版面导航                    <- a control
    3上一篇 下一篇4                      <- a control (a symbol font's arrows read as digits)
    放大 缩小 默认                        <- the zoom row: the last control
    某某社区图书馆延长开放时间             <- the article's headline: the title
    【本报讯】……                          <- the article

A newspaper's e-paper (数字报) shows an article under the page's controls: the page's label
("第A05版:要闻"), its page-turning links (上一版/下一版, 上一期/下一期), its menus (版面导航,
标题导航, 通版), a zoom row (放大 缩小 默认), the article's own previous/next links, and between them
the list of the page's headlines, the article's among them. A headline list alone looks like a
document's lines; what tells it is where it stands: above the last of the controls. Round 40
survey: the article view on 4 tuning sites (two of them with the headline list) and 3 real
e-paper pages of other papers (the same controls, in the same order, around a headline list).

The form needs two control lines among the page's first lines, one of them an e-paper's own (a 版
word, the zoom row): a document's line never holds two; "上一篇"/"上一期" alone may be any
site's. The title is the first headline after the last control line (a date, a row of buttons a
rule names, stand between them); none when the article's text starts there.
"""

from __future__ import annotations

import panflute as pf

from .boilerplate.rule_match import first_matching_rule
from .elements import block_text, is_text_block
from .patterns import DATE_ONLY_LINE, FINISHED_SENTENCE, SENTENCE_MARK
from .regex_cache import LazyPattern
from .title_forms import clean_title, undecorated
from .title_shape import title_shaped

# An e-paper's controls: the page's label, its page-turning links, its menus, the zoom row, the
# article's previous/next links ("3上一篇 下一篇4": a symbol font's arrows read as digits).
_CONTROL = LazyPattern(r"上一版|下一版|上一期|下一期|版面[导導][航]|[标標][题題][导導][航]|通版|[当當]前版"
                       r"|第\s*[A-Z]?\d{1,4}\s*版|放大\s*[缩縮]小|上一篇|下一篇|往期回[顾顧]|返回目[录錄]")
# The controls only an e-paper has (a 版 word, the zoom row); the others any site may print.
_EPAPER_ONLY = LazyPattern(r"上一版|下一版|版面[导導][航]|[标標][题題][导導][航]|通版|[当當]前版"
                           r"|第\s*[A-Z]?\d{1,4}\s*版|放大\s*[缩縮]小")
CONTROL_MIN = 2
# A control line is short: the words, a page's number and name, a date.
CONTROL_MAX_CHARS = 40
# The page's head: its first lines down to the article's first paragraph (a finished sentence
# this long), at most HEAD_MAX_BLOCKS of them.
HEAD_MAX_BLOCKS = 40
PARAGRAPH_MIN_CHARS = 40


def _control(text: str) -> bool:
    squeezed = "".join(text.split())
    return (len(squeezed) <= CONTROL_MAX_CHARS and _CONTROL.search(squeezed) is not None
            and not SENTENCE_MARK.search(squeezed))


def _paragraph(text: str) -> bool:
    squeezed = "".join(text.split())
    return len(squeezed) >= PARAGRAPH_MIN_CHARS and FINISHED_SENTENCE.search(squeezed) is not None


def epaper_title_line(doc: pf.Doc, rules) -> int | None:
    """The index of the article's headline under an e-paper's controls, or None when the page's
    head shows no e-paper's controls (or no headline under them)."""
    head: list[tuple[int, str]] = []
    for index, block in enumerate(doc.content[:HEAD_MAX_BLOCKS]):
        if not is_text_block(block):
            continue
        text = " ".join(block_text(block).split())
        if not text:
            continue
        if _paragraph(text):
            break
        head.append((index, text))
    controls = [position for position, (_, text) in enumerate(head) if _control(text)]
    if len(controls) < CONTROL_MIN or not any(_EPAPER_ONLY.search("".join(head[p][1].split())) for p in controls):
        return None
    for index, text in head[controls[-1] + 1:]:
        plain = undecorated(text)
        if DATE_ONLY_LINE.match(plain) or first_matching_rule(rules, " ".join(plain.split()), {"head", "anywhere"}):
            continue  # the issue's date, a row of buttons: the controls' neighbours
        return index if title_shaped(clean_title(text)) else None
    return None
