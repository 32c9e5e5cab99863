"""A short title line and, right beside it, the same name told in full: which one is the title.

Sites print a page's short name (its shelf's genre word, the site's name for the document) on one
line and the document's own name beside it: "章程" over (or under) "某某协会章程", the unit's name
before the genre's word; "竞聘演讲稿:把小事做细" over "竞聘演讲稿" (the page's facts under it), the
speech's own words after the name and a colon. The fuller line is the title; the short one is the
site's. A fuller line that adds only what the site sells the page as ("…范文集锦6篇", "…(通用5篇)",
"…范本") or a path ("首页 > … > 某某") is the site's, and the short name stays the title (title_line's
own reading). A line under the short name that opens with it is not read so: the text's first line
or the site's variant stand there as often as the title. Used by title_line once it has a title line.
"""

from __future__ import annotations

import panflute as pf

from .elements import line_at
from .patterns import CJK
from .regex_cache import LazyPattern
from .title_forms import clean_title, selling_after
from .title_shape import title_shaped
from .width import fold_width

# What a site adds to a name it sells: a count of pieces, a bracketed note, selling words, a
# version ("最新版"); with any of it the fuller line is the site's variant, not the document's name.
_VARIANT = LazyPattern(r"\d\s*篇|[篇份则套例][一二三四五六七八九十]?$|[(（【\[《》〈]"
                       r"|最新|精[品华華]|推[荐薦]|下载|下載")
_HAS_CJK = LazyPattern(rf"[{CJK}]")
# A path's separators: "首页 > 某栏目 > 某某", "栏目- 某某": a breadcrumb ending in the name, the site's.
_CRUMB = LazyPattern(r"[>\uff1e\u00bb\u203a/|｜]|[-–—]\s")  # (the full-width >, guillemets)
# Before a genre's word, a unit's name alone, in written characters ("某某协会", "某某小学"); the word
# is short ("章程", "简章", "公约"): a longer short line is a document's name of its own, which a
# unit's name glued before it only repeats ("某某中学" / "图书馆借阅要点" / "某某中学图书馆借阅要点").
_NAME_ONLY = LazyPattern(rf"^[{CJK}·]+$")
GENRE_WORD_MAX_CHARS = 4
ADDED_MIN_CHARS = 2  # a unit's name, a question, a subtitle: two characters at least
SHORT_MIN_CHARS = 2


def _flat(text: str) -> str:
    return "".join(fold_width(text).split())


def fuller_name(short: str, line: str, above: bool) -> str | None:
    """The fuller line's name when `line` tells `short` in full (`short` whole at its start, the
    line `above` the short one; or a genre's word at its end after a unit's name), something of the
    document's own added; None otherwise. (A line under the short name that opens with it may be
    the text's first line or the site's variant as well as the title: it is not read so.)"""
    named = clean_title(line)
    short_flat, full = _flat(short), _flat(named)
    if len(short_flat) < SHORT_MIN_CHARS or len(full) <= len(short_flat) or not title_shaped(named):
        return None
    if full.startswith(short_flat) and above:
        added = full[len(short_flat):]
        if selling_after(full, len(short_flat)) > len(short_flat):
            return None  # "保密协议书" / "保密协议书范文集锦": the site's selling variant
    elif full.endswith(short_flat) and len(short_flat) <= GENRE_WORD_MAX_CHARS:
        added = full[:-len(short_flat)]  # "章程" beside "某某协会章程": the unit's name before the word
        if not _NAME_ONLY.match(added):
            return None
    else:
        return None
    if (len(added.strip(":：-—·|｜ ")) < ADDED_MIN_CHARS or not _HAS_CJK.search(added) or _VARIANT.search(added)
            or _CRUMB.search(added)):
        return None
    return named


def fuller_beside(blocks: list[pf.Block], index: int, short: str) -> tuple[int, str] | None:
    """(the index, the name) of the line right above or under the title line at `index` that tells
    its name in full; None when neither does (or both do: no reading then)."""
    found = [(at, name) for at in (index - 1, index + 1)
             if (text := (line_at(blocks, at) or "").strip())
             and (name := fuller_name(short, text, above=at < index)) is not None]
    return found[0] if len(found) == 1 else None
