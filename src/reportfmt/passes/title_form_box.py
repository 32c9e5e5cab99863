"""A form box's lines above the text: its label over its prompt.

A page that prints a search box, a consultation form or a filter above its text leaves the box's
label and its prompt as lines: "搜尋條件" over "請輸入查詢文字", "选择搜索类型" over "请输入搜索",
"不能为空" (a field's error) over "请输入有效的手机号码". The label is short and title-shaped, and the
title step took it for the page's title (a Taiwan agency's news list, a course seller's article
page, a construction-price site's encyclopedia entry; round 53). A prompt asks the reader to type
or pick something, alone on its line and with no sentence's end; the short line right above it is
the box's, never the page's title, and so are the prompt itself and a short line right under it (a
field's error, "不能为空", under the prompt it answers). Used by title_line.
"""

from __future__ import annotations

import panflute as pf

from .elements import block_text, is_text_block
from .regex_cache import LazyPattern
from .script import fold_script

# "请输入…", "請選擇…", "请先选择…", "请填写…": a box's prompt, a few words at most, at most a colon
# or a dash after it (a guide's step "请输入密码后按确认键。" ends a sentence: no prompt).
_PROMPT = LazyPattern(r"^[请請](?:先)?(?:输入|輸入|选择|選擇|填写|填寫)[^。！？!?，,；;]{0,14}?\s*[:：\-－]?$")
# A box's label is a word or two ("搜尋條件", "选择搜索类型", "不能为空").
LABEL_MAX_CHARS = 8


def prompt_line(text: str) -> bool:
    return bool(_PROMPT.match("".join(fold_script(text).split())))


def beside_prompt(text: str, blocks: list[pf.Block], index: int) -> bool:
    """The short line at `index` is right above or right under a form box's prompt: the box's."""
    if len("".join(text.split())) > LABEL_MAX_CHARS:
        return False
    return any(0 <= at < len(blocks) and is_text_block(blocks[at]) and prompt_line(block_text(blocks[at]))
               for at in (index - 1, index + 1))
