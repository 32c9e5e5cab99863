"""The page's title printed again in a dressed form: no section of the page (used by rules.py).

The title itself repeated under the page's title line is skipped by rules.py. Pages print it
dressed as well:
- with a list's first number before it ("1. 某某岗位职责" under the title "某某岗位职责"): a 文库 or
  how-to page numbering the one document it shows, or a chunk number glued to the document's
  first line, which names it;
- broken over two lines, as a PDF's extraction wraps a long title at the page's width ("…——记某某县某某镇
  中心小" / "学生活老师的先进事迹"): the two lines' words are the title's, their marks and blanks aside;
- as the title's own name without the subtitle a dash or an underscore joins to it
  ("某某模板" under "某某模板-写好某某的要点"): the document's name alone over its parts.
A line naming the title with another number ("2、…" too) is a sample's marker, not an echo.
"""

from __future__ import annotations

import re

from .measure import is_body, squeeze

# "1、" "1." "1．" "1 ": the first number of a list, before the title's words.
_FIRST_NUMBER = re.compile(r"\s*1\s*[、.．]?\s*(?=\D)")
# Any number of a list before the title's words ("2、…" next to "1、…": samples).
_ANY_NUMBER = re.compile(r"\s*\d{1,2}\s*[、.．]?\s*(?=\D)")
# What joins a title's name to its subtitle or to a site's words: a dash, an underscore, a bar.
_SUBTITLE_JOIN = re.compile(r"\s*(?:-{1,2}|—{1,2}|–|_|\||｜)\s*")
# A name with fewer ideographs is a word or a number, not the title's name ("前言-…", "2021-2022学年").
_NAME_MIN_CHARS = 4
_IDEOGRAPH = re.compile(r"[\u3400-\u9fff]")


def title_echoes(texts: list[str | None], title_key: str | None) -> set[int]:
    """The lines (indices) that print the page's title dressed as above. `title_key`: the title
    squeezed (blanks out) in simplified characters, as rules.py keys it; `texts` the same way."""
    if not title_key:
        return set()
    numbered = [i for i, t in enumerate(texts) if t and _numbered_title(t, _ANY_NUMBER, title_key)]
    echoes = set()
    if len(numbered) == 1 and _numbered_title(texts[numbered[0]] or "", _FIRST_NUMBER, title_key):
        echoes.add(numbered[0])
    echoes |= _broken_title(texts, title_key)
    name = _title_name(title_key)
    if name:
        echoes |= {i for i, t in enumerate(texts) if t and squeeze(t) == name}
    return echoes


# The marks and blanks a broken title's lines drop or add ("，" "——" between its parts).
_NOT_WORD = re.compile(r"[\W_]+")


def _broken_title(texts: list[str | None], title_key: str) -> set[int]:
    """Two lines in a row whose words, one after the other, are the title's words."""
    words = _NOT_WORD.sub("", title_key)
    found: set[int] = set()
    if len(_IDEOGRAPH.findall(words)) < _NAME_MIN_CHARS:
        return found
    keys = [_NOT_WORD.sub("", t) if t else "" for t in texts]
    for index in range(len(keys) - 1):
        head, tail = keys[index], keys[index + 1]
        if head and tail and len(head) + len(tail) == len(words) and head + tail == words:
            found |= {index, index + 1}
    return found


def _numbered_title(text: str, number: re.Pattern[str], title_key: str) -> bool:
    match = number.match(text)
    return bool(match) and squeeze(text[match.end():]) == title_key


def _title_name(title_key: str) -> str | None:
    """"某某模板" of "某某模板-写好某某的要点": the words before the first dash, underscore or bar,
    when they are a name (not a bare word) and a subtitle follows them."""
    parts = _SUBTITLE_JOIN.split(title_key, maxsplit=1)
    if len(parts) < 2 or not parts[1] or len(_IDEOGRAPH.findall(parts[0])) < _NAME_MIN_CHARS:
        return None
    return parts[0]


def above_the_echo(texts: list[str | None], echoes: set[int], title_key: str | None) -> set[int]:
    """The lines above the document's own title printed again ("2024-10-22" / "41.26KB" / "侵权投诉"
    over the title, whole or broken over two lines), no paragraph among them: the page's head, the
    site's words about the document, no section of it (a section never stands above its title)."""
    if not title_key:
        return set()
    repeats = sorted(echoes | {i for i, t in enumerate(texts) if t and squeeze(t) == title_key})
    for index in repeats:
        above = [i for i in range(index) if texts[i]]
        if not above:
            continue
        if any(is_body(texts[i]) for i in above if i not in echoes):
            return set()
        return set(above)
    return set()
