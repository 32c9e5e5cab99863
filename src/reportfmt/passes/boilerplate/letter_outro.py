"""The site's comment on a sample letter, after the letter's signed date: an outro, by form.

    此致
    敬礼！
    申请人：某某
    日期：XXXX年XX月XX日
    这份样稿先说事由，再说打算，大家参考时换成自己的情况即可。   <- goes

A letter (申请书, 检讨书, 感谢信, 倡议书…) ends with its close (此致 / 敬礼), its signature and its
date: nothing of the letter's own comes after the date but an attachment or a copy list. A
paragraph of finished sentences after that date, at the page's end, that speaks to the reader
(大家, 您, 你, 读者, 各位) is the site talking about the sample, not the sample (recorded
`lead-in.comment-after-letter`). The last paragraphs only, two at most, with nothing of the
page's kept after them; a page going on (another sample, a heading) keeps them.
"""

from __future__ import annotations

import re

import panflute as pf

from ..elements import block_text, is_text_block
from ..patterns import DATE_ONLY_LINE, FINISHED_SENTENCE
from ..regex_cache import LazyPattern

RULE = "lead-in.comment-after-letter"
MAX_PARAGRAPHS = 2
# The close, the signature and the date: a few short lines.
CLOSE_REACH = 5
_CLOSE = re.compile(r"^\s*(?:此致|敬礼|敬禮)\s*[!！。]?\s*$")
# A signed date, bare or after its label ("日期：XXXX年XX月XX日").
_FIELD_LABEL = LazyPattern(r"^\s*(?:日期|时间|時間|申请日期|申請日期)\s*[:：]\s*")
_TO_READER = LazyPattern(r"大家|您|你(?!们|們)|读者|讀者|各位")
_DOCUMENT_PART = re.compile(r"^\s*(?:附|注|抄送|抄报|备注|說明|说明)")
EXAMPLE = ("此致", "敬礼！", "申请人：某某", "日期：XXXX年XX月XX日",
           "这份样稿先说事由，再说打算，大家参考时换成自己的情况即可。")


def drop_comment_after_letter(blocks: list[tuple[int, pf.Block]], keep: frozenset[int] = frozenset()):
    """(kept blocks, removed records): the page's last paragraphs after a letter's signed date."""
    lines = [(index, " ".join(block_text(block).split())) for index, (_, block) in enumerate(blocks)
             if is_text_block(block) and block_text(block).strip()]
    date_at = next((p for p in range(len(lines) - 1, max(len(lines) - MAX_PARAGRAPHS - 2, -1), -1)
                    if _date_line(lines[p][1])), None)
    if date_at is None or not any(_CLOSE.match(text) for _, text in lines[max(0, date_at - CLOSE_REACH):date_at]):
        return blocks, []
    after = lines[date_at + 1:]
    if not after or len(after) > MAX_PARAGRAPHS:
        return blocks, []
    for index, text in after:
        block = blocks[index][1]
        if (id(block) in keep or not isinstance(block, (pf.Para, pf.Plain)) or not FINISHED_SENTENCE.search(text)
                or _DOCUMENT_PART.match(text)):
            return blocks, []
    if not any(_TO_READER.search(text) for _, text in after):
        return blocks, []
    gone = {index for index, _ in after}
    return ([item for index, item in enumerate(blocks) if index not in gone],
            [(blocks[index][0], text, RULE) for index, text in after])


def _date_line(text: str) -> bool:
    return bool(DATE_ONLY_LINE.match(_FIELD_LABEL.sub("", text)))
