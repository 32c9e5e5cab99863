"""Readers' comments under a comment box's label after the document: a poster's stamp over a few
short lines each, by form.

    ……明年想把性能测试做成每月一次的常规工作。  <- the document's last paragraph
    12 条评论                                    <- the box's label
    阿杰 2014-01-06 10:22                        <- a poster's stamp: name, date and time
    这个做法很实用，我们组也想试试。             <- the comment's text: goes
    小雨 2014-01-07 21:40
    写得很实在。                                 <- goes

A blog, a 范文 page, a news item or a writing community prints its readers' comments under the
text: a label naming the box (评论, 留言, 跟帖, 回复, with its count), then each comment as its
poster's stamp (a name, or none, and the date with the time of day, perhaps the name on a line of
its own over it) over its words. A rule takes the stamps as timestamp lines; the words under them
read like anybody's sentence. Told by form: right under such a label in the page's tail, the run
of stamps, each over a few lines, runs to the page's end (nothing kept after it but the last
comment's lines). The label, the stamps and the comments' lines all go (recorded
`comments.comment-thread`).

A document's own dated entries (a log's days, a school's news items, a list page's teasers) are
not under a comment box's label and stamp their entries by the day, or carry a heading: they stay.
An answer under a Q&A site's answer label is the page's document (the pass keeps it).

Some platforms print the stamp under the comment instead (a blog platform's "NAME 提到..." over the
words and the date with the time under them, a photo blog's words over "NAME 於 DATE TIME 回覆", a
CMS's "来自…的网友" over the words and the stamp): read so, each comment is a few short lines closed by
its stamp, a button or two ("回覆", "删除") after the last. That reading needs two stamps at least,
or one under a label that counts the comments ("1 則留言："): a reply letter's "回复：" over its
text and its signer's dated line is one stamp under a bare word, and stays.

Some lists print no label but number their comments' floors in the stamps ("#1楼 2019-04-11 09:30
NAME", "1楼 REGION网友 2012-05-23"): from the first floor's stamp, with the second's under it, the
floors run to the page's end as a labelled thread does (round 54). The stamp there has the whole
date with its year and names no room: a schedule by floor ("1楼 报告厅 3月6日 08:00") stays. A
forum thread's page numbers its posts' floors too: there they are the thread's text.

Some lists print each comment on one line, no stamp: the poster's handle glued before the words
by a colon ("@NAME：words", "NAME: words", a reply behind a tree's branch "│ └── NAME: …"). Under a
label in the page's tail, two such rows at least and nothing else kept below are the comments
(round 56); a message form's fields ("姓名：…") are no handles.

On a forum thread's page a bare "回复" between two posts is the post's reply button (Discuz prints
it over "使用道具 举报" under each post; forum.button-alone takes it there), never a box's label: the
posts under it, each under its poster's header, are the thread's text and stay (`buttons`, the
lines that rule took).
"""

from __future__ import annotations

import re

import panflute as pf

from ..elements import block_text, is_text_block
from ..patterns import SECTION_NUMBER
from ..regex_cache import LazyPattern
from .placement import holds_picture

RULE = "comments.comment-thread"
# The box's label: the comment family's word, perhaps with its count or a qualifier ("12 条评论",
# "网友评论", "评论(2)", "33 条留言", "全部回复", "3 Comments"), alone on a short line. Round 46: the
# count as other boxes word it ("共 5 条评论", "已有3条留言") and the qualifiers comments.yaml's
# comment-word knows (我要, 文章, 参与, 用户, 访客, 本文, 跟帖…): one box, whatever its words.
# Round 55: the list the site picked or sorted (精选留言, 最热评论), as comment-list-heading's.
_LABEL = re.compile(r"^[【\[]?\s*(?:(?:共有?|已有)?\s*\d{1,5}\s*[条條则則个個位]?\s*(?:网友)?\s*)?"
                    r"(?:网友|網友|读者|讀者|最新|全部|热门|熱門|精彩|发表|發表|查看|我要|文章|参与|參與"
                    r"|用户|用戶|访客|訪客|本文|跟帖|张贴|張貼|所有|大家的|精选|精選|最热|最熱)?"
                    r"(?:评论|評論|留言|跟帖|回复|回覆|回应|回應|迴響|点评|點評)(?:区|區|列表)?\s*[】\]]?"
                    r"\s*(?:[(（]\s*\d{1,5}\s*[)）]|\d{1,5}\s*[条條])?\s*[:：]?\s*$"
                    r"|^\d{1,5}\s*(?:comments?|responses?|replies)\s*:?$|^(?:comments?|responses?)\s*:?$", re.I)
LABEL_MAX_CHARS = 16
# The reply button's word alone, no count, no qualifier.
_BARE_REPLY = LazyPattern(r"^\s*(?:回复|回覆)\s*$")
# Round 54: a comment's floor number opening its stamp ("#1楼 2019-04-11 09:30 NAME", "1楼 NAME
# DATE", "#2楼[楼主]"): a blog platform's comment list (cnblogs.com's floors, under a label or none),
# a news CMS's list ("1楼 REGION网友 DATE") and a blog template's ("#1楼 … 评论于 DATE"). Numbered
# from the first floor and with the second's stamp under it, the list needs no label over it: a
# document's lines name no floors with a poster's stamp.
_FLOOR = re.compile(r"^\s*#?\d{1,4}\s*楼\s*(?:[\[【(（]\s*楼主\s*[\]】)）])?\s*[|｜:：]?\s*")
_FIRST_FLOOR = LazyPattern(r"^\s*#?1\s*楼(?!\d)")
_SECOND_FLOOR = LazyPattern(r"^\s*#?2\s*楼(?!\d)")
_AGO = LazyPattern(r"\d{1,2}\s*(?:分钟|分鐘|小时|小時|天|周|個月|个月)前")
_ROOM = LazyPattern(r"(?:厅|廳|室|馆|館|场|場|间|間|处|處|层|層)$")
# A poster's stamp: the date and the time of day (a log dates its days, a stamp its minute), or
# how long ago, with a name, a "发表于" or a reply link around them; or the day beside a name.
_DATE = r"(?:(?:19|20)\d{2}\s*[-/.年]\s*)?\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
_STAMP_TIME = LazyPattern(rf"(?:{_DATE}|昨天|前天|今天)\s*(?:上午|下午|晚上|凌晨|中午)?"
                         r"\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?"
                         r"|\d{1,2}\s*(?:分钟|分鐘|小时|小時|天|周|個月|个月)前|刚刚|剛剛")
# A whole date (its year, its month and its day), for a stamp by the day beside a name.
_FULL_DATE = LazyPattern(r"(?:19|20)\d{2}\s*(?:[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}|年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)")
_NOT_A_NAME = LazyPattern(r"星期|礼拜|禮拜|周[一二三四五六日天]|週|[:：]|日期|时间|時間|天气|天氣|[晴阴雨雪]|\d")
# What a stamp holds beside its time: the poster's name and a word or two ("发表于", "回复",
# "Originally posted by … at"), no sentence.
STAMP_REST_MAX_CHARS = 32
_SENTENCE = re.compile(r"[。，,；;！!？?]")
# A comment's lines under its stamp: a few, none a page's worth.
COMMENT_MAX_LINES = 6
COMMENT_MAX_CHARS = 300
# A poster's name on a line of its own over a stamp that holds the time alone.
NAME_MAX_CHARS = 16
# The buttons a comment's stamp may leave under the last comment ("回覆", "刪除"): a word or two.
BUTTON_MAX_LINES = 3
BUTTON_MAX_CHARS = 8
# A thread long enough to push its label above the page's tail (the last TAIL_BLOCKS blocks or
# the second half): its stamps, counted whether a rule took them already or not.
LONG_THREAD_STAMPS = 3
_FINISHED = re.compile(r"[。！？!?][”」』\"]?$")
# A label counting the comments ("3 則留言：", "12 条评论").
_COUNTED = re.compile(r"\d")
# Round 56 (fs56): a comment list that prints each comment on one line, its poster's handle glued
# before the words by a colon ("@河边柳：早就该这样改了。", "青瓦: 讲得很清楚…"), a reply indented
# under its comment by a tree's branch ("│ └── NAME: …"). The handle is a name: short, no blank
# inside, no sentence's mark, no digit-only count, no form field's word (姓名, 电话, 验证码…: a
# message form's fields under a 留言 label are no comments).
_HANDLE_ROW = re.compile(r"^[│├└─|\s]*@?(?P<name>[^\s:：，,。！？!?；;、（）()\[\]【】《》\"“”]{1,16})"
                         r"\s*[:：]\s*(?P<words>\S.*)$")
_FIELD_WORD = re.compile(r"姓名|名字|电话|電話|手机|手機|邮箱|郵箱|地址|时间|時間|日期|内容|內容|标题|標題"
                         r"|主题|主題|验证码|驗證碼|用户名|用戶名|密码|密碼|正文|昵称|暱稱|网址|網址|^\d+$")
_CJK = re.compile(r"[\u4e00-\u9fff]")
HANDLE_ROWS_MIN = 2
HANDLE_WORDS_MIN_CHARS = 4
EXAMPLE = ("12 条评论", "阿杰 2014-01-06 10:22", "这个做法很实用，我们组也想试试。", "小雨 2014-01-07 21:40",
           "写得很实在。")


def drop_comment_threads(original: list[tuple[int, pf.Block]], blocks: list[tuple[int, pf.Block]],
                         keep: frozenset[int], tail_start: float, buttons: frozenset[int] = frozenset(),
                         forum_page: bool = False):
    """(kept blocks, removed records): a comment box's label and the comments under it closing
    the page. `buttons`: the lines a forum rule took as a post's button (a bare "回复" there is no
    box's label). `forum_page`: the page is a forum thread's, whose numbered floors are its posts
    (no comment list opens at its first floor)."""
    kept_at = {origin for origin, _ in blocks}
    said = {origin: " ".join(block_text(block).split()) for origin, block in original if is_text_block(block)}
    if not any(_label(said[origin], block, keep) or (not forum_page and _FIRST_FLOOR.match(said[origin]))
               for origin, block in original if origin in said):
        # No box's label, no thread: the other blocks' texts are never asked (a 50,000-row
        # table's whole text, read in each of the pass's two runs, ~0.3 s each).
        return blocks, []
    lines = [(origin, said[origin] if origin in said else " ".join(block_text(block).split()), block)
             for origin, block in original if said.get(origin, True)]
    for position, (origin, text, block) in enumerate(lines):
        if not forum_page and _floors_open(lines, position, block, keep):
            # No label: the first floor's stamp opens the thread and is one of its stamps.
            doomed = _thread(lines, position, kept_at, keep)
            if doomed is not None and (origin >= tail_start or _long_thread_after_text(
                    lines[:position], lines[position:], kept_at)):
                gone = {item for item, _ in doomed}
                left = [item for item in blocks if item[0] not in gone]
                return left, [(item, words, RULE) for item, words in doomed]
            continue
        if not _label(text, block, keep) or (origin in buttons and _BARE_REPLY.match(text)):
            continue
        doomed = _thread(lines, position + 1, kept_at, keep)
        if doomed is None:
            doomed = _thread_stamps_under(lines, position + 1, kept_at, keep, bool(_COUNTED.search(text)))
        if doomed is None:
            doomed = _handle_rows_under(lines, position + 1, kept_at, keep)
        if doomed is None:
            continue
        if origin < tail_start and not _long_thread_after_text(lines[:position], lines[position + 1:], kept_at):
            continue
        if origin in kept_at:
            doomed.insert(0, (origin, text))
        gone = {item for item, _ in doomed}
        left = [item for item in blocks if item[0] not in gone]
        return left, [(item, words, RULE) for item, words in doomed]
    return blocks, []


def _long_thread_after_text(before: list[tuple[int, str, pf.Block]], thread: list[tuple[int, str, pf.Block]],
                            kept_at: set[int]) -> bool:
    """A label above the page's tail heads a thread only when the thread is long (many comments
    pushed the label up out of the tail) and the document's text stands above the label: a kept
    line closed by a sentence's end."""
    stamps = sum(1 for _, text, _ in thread if _stamp(text)[0])
    return stamps >= LONG_THREAD_STAMPS and any(
        origin in kept_at and _FINISHED.search(text) for origin, text, _ in before)


def _floors_open(lines: list[tuple[int, str, pf.Block]], position: int, block: pf.Block,
                 keep: frozenset[int]) -> bool:
    """The line at `position` is the first floor's stamp of a numbered comment list with no label
    over it ("#1楼 2019-04-11 09:30 NAME"), the second floor's stamp somewhere under it."""
    text = lines[position][1]
    if not (isinstance(block, (pf.Para, pf.Plain)) and id(block) not in keep and _FIRST_FLOOR.match(text)
            and _floor_stamp(text)):
        return False
    return any(_SECOND_FLOOR.match(later) and _floor_stamp(later) for _, later, _ in lines[position + 1:])


def _floor_stamp(text: str) -> bool:
    """A floor's stamp as a comment list prints it: the whole date with its year (or how long ago)
    and a poster's name, no room's (a schedule's "1楼 报告厅 3月6日 08:00" names a floor's room)."""
    found, rest = _stamp(text)
    return (found and bool(_FULL_DATE.search(text) or _AGO.search(text))
            and not _ROOM.search(re.sub(r"[\s|｜:：]+$", "", rest)))


def _label(text: str, block: pf.Block, keep: frozenset[int]) -> bool:
    return (isinstance(block, (pf.Para, pf.Plain)) and id(block) not in keep
            and len(text) <= LABEL_MAX_CHARS and bool(_LABEL.match(text)) and not SECTION_NUMBER.match(text))


def _stamp(text: str) -> tuple[bool, str]:
    """(whether the line is a poster's stamp, what it holds beside its time)."""
    text = _FLOOR.sub("", text)  # a floor's number before the stamp is the list's, no name
    found = _STAMP_TIME.search(text)
    if found is None:
        # A stamp by the day with the poster's name beside it ("阿杰 2014-01-06", "网友小周 发表于
        # 2023年5月1日"): a name, never a weekday or a field's label (a log's or a form's date).
        found = _FULL_DATE.search(text)
        if found is None:
            return False, ""
        rest = (text[:found.start()] + text[found.end():]).strip()
        named = (0 < len(rest) <= NAME_MAX_CHARS and not _SENTENCE.search(rest) and not _NOT_A_NAME.search(rest))
        return named, rest
    rest = (text[:found.start()] + text[found.end():]).strip()
    return len(rest) <= STAMP_REST_MAX_CHARS and not _SENTENCE.search(rest), rest


def _comment_line(text: str, block: pf.Block, keep: frozenset[int]) -> bool:
    return (isinstance(block, (pf.Para, pf.Plain)) and id(block) not in keep and not holds_picture(block)
            and len(text) <= COMMENT_MAX_CHARS)


def _name_over_stamp(lines: list[tuple[int, str, pf.Block]], position: int, kept_at: set[int]) -> bool:
    """The kept line at `position` is a poster's name (short, no sentence) over a stamp that holds
    the time alone."""
    origin, text, _ = lines[position]
    return (position + 1 < len(lines) and origin in kept_at and _stamp(lines[position + 1][1]) == (True, "")
            and len(text) <= NAME_MAX_CHARS and not _SENTENCE.search(text))


def _thread(lines: list[tuple[int, str, pf.Block]], start: int, kept_at: set[int],
            keep: frozenset[int]) -> list[tuple[int, str]] | None:
    """The stamps and comment lines from `start` to the page's end, or None when they do not run
    there as comments: a stamp first (perhaps under its poster's name), each over a few lines."""
    doomed: list[tuple[int, str]] = []
    position, stamps = start, 0
    while position < len(lines):
        origin, text, block = lines[position]
        is_stamp = _stamp(text)[0]
        if not is_stamp and _name_over_stamp(lines, position, kept_at) and _comment_line(text, block, keep):
            doomed.append((origin, text))  # the poster's name over a stamp holding the time alone
            position += 1
            continue
        if not is_stamp:
            if stamps == 0 and origin not in kept_at:
                position += 1  # chrome that went between the label and the first stamp
                continue
            return None
        if origin in kept_at:
            if id(block) in keep or not isinstance(block, (pf.Para, pf.Plain)):
                return None
            doomed.append((origin, text))
        stamps += 1
        position += 1
        count = 0
        while position < len(lines):
            origin, text, block = lines[position]
            if _stamp(text)[0] or _name_over_stamp(lines, position, kept_at):
                break
            if origin in kept_at:
                count += 1
                if count > COMMENT_MAX_LINES or not _comment_line(text, block, keep):
                    return None
                doomed.append((origin, text))
            position += 1
    if stamps == 0 or not any(origin in kept_at for origin, _ in doomed):
        return None
    return [(origin, text) for origin, text in doomed if origin in kept_at]


def _thread_stamps_under(lines: list[tuple[int, str, pf.Block]], start: int, kept_at: set[int],
                         keep: frozenset[int], counted: bool) -> list[tuple[int, str]] | None:
    """The comments from `start` to the page's end read with each stamp under its comment's
    lines, or None: each comment a few short lines closed by a stamp, a button or two after the
    last; two stamps at least, or one under a label that counts the comments."""
    doomed: list[tuple[int, str]] = []
    stamps = since_stamp = 0
    for origin, text, block in lines[start:]:
        if origin not in kept_at:
            continue
        if not _comment_line(text, block, keep):
            return None
        doomed.append((origin, text))
        if _stamp(text)[0]:
            if since_stamp == 0:
                return None  # a stamp over no words: the stamp-first reading's, not this one
            stamps += 1
            since_stamp = 0
            continue
        since_stamp += 1
        if since_stamp > COMMENT_MAX_LINES:
            return None
    buttons = doomed[len(doomed) - since_stamp:] if since_stamp else []
    if since_stamp > BUTTON_MAX_LINES or any(len(text) > BUTTON_MAX_CHARS or _SENTENCE.search(text)
                                            for _, text in buttons):
        return None
    if stamps < (1 if counted else 2):
        return None
    return doomed


def _handle_rows_under(lines: list[tuple[int, str, pf.Block]], start: int, kept_at: set[int],
                       keep: frozenset[int]) -> list[tuple[int, str]] | None:
    """The comments from `start` to the page's end read as one line each, the poster's handle
    before the words ("@NAME：words", "NAME: words"), or None: every kept line below the label such
    a row (HANDLE_ROWS_MIN at least), its words Chinese. A document's closing lines are sentences
    of its own, no run of names each glued to a remark by a colon."""
    doomed: list[tuple[int, str]] = []
    for origin, text, block in lines[start:]:
        if origin not in kept_at:
            continue
        row = _HANDLE_ROW.match(text)
        if (row is None or not _comment_line(text, block, keep) or _FIELD_WORD.search(row["name"])
                or len(row["words"]) < HANDLE_WORDS_MIN_CHARS or not _CJK.search(row["words"])):
            return None
        doomed.append((origin, text))
    return doomed if len(doomed) >= HANDLE_ROWS_MIN else None
