"""A list of other pages' titles closing the page, after the document's end: one block, by form.

    ……下一步，我们将继续做好这项工作。     <- the document's last paragraph
    热门阅读                               <- a box's label (or a line of chrome that went)
    • 某某小学开展防溺水安全教育活动       <- goes
    某某社区举办重阳节敬老文艺汇演 05-12   <- goes
    某某街道召开年度安全生产工作会议       <- goes

A news, 范文 or school site closes its pages with boxes of other items: hot lists, newest posts,
the column's other titles, each title alone on its line, a date or a bullet beside it. Alone
each looks like a heading, so no rule may drop one by its words. As a block they are told by
form: at least MIN_TITLES lines, each one headline (a few words, no sentence's marks, no item
number), running to the page's end (nothing but chrome after them), right under a line of
chrome that went, under a short label line that itself follows the document's last sentence, or
right under an item's last paragraph whose last sentence is closed by a bracketed credit or
source ("……的发展变化。（本站编辑 某某）"), or had one cut: the item ended there.
The label and the titles go together (recorded `recommendations.title-list`); an item's date on a
line of its own goes with them, and a title or a date a rule took already counts as an item.
A date that went is no anchor (it may close the document).

The document's own short lines stay: a numbered list, an attachment list (its label names it:
附件, 附表…), a signature and its date, a poem's or a slogan's lines with their punctuation,
and any run that is not the page's last text.

A box's label may also be left alone as the page's last line, its items gone or never printed
("相关资讯", "最新公告", "…相关产品链接地址:"): a few words naming what the box links to by relation
or recency, right under the document's last sentence or a line of chrome that went, go
(`recommendations.dangling-label`); a signature names a unit or a person, never a relation.
Such a label may also close the page over the box's first item only (a portal's "相关新闻" cut
after its first entry): the item's headline, perhaps its teaser of a sentence or two under it;
then the page's keyword tags (short words between blanks) may stand above the label too. The label
and the item go (`recommendations.box-first-item` for the item).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping

import panflute as pf

from ..elements import block_text, is_text_block
from ..patterns import DATE_ONLY_LINE, SECTION_NUMBER
from ..regex_cache import LazyPattern
from .placement import holds_picture

RULE = "recommendations.title-list"
# Two titles may be a document's last heading and its one line; three in a row closing the page,
# under chrome or a label, are a list.
MIN_TITLES = 3
# Under a label naming the box's relation to the item ("相关新闻"), two are a list: a document's
# last heading is never headed so.
RELATED_MIN_TITLES = 2
_RELATED = LazyPattern(r"相[关關]|[关關][联聯]|延伸")
# A headline: a few words, at most a long title's length (date, bullet and count aside).
TITLE_MIN_CHARS = 8
TITLE_MAX_CHARS = 40
# A box's label: a few words, no sentence ("看了本文的人还看了": nine).
LABEL_MAX_CHARS = 10
# Round 43: a label may be longer when it ends in what a box calls itself ("…大会发言新闻精选",
# "本站编辑推荐", "…相关报道"): the topic or the channel before the box's word, as long as a short
# title (a document's last heading ends in its own matter, never in 精选 or 推荐).
NAMED_LABEL_MAX_CHARS = 24
_BOX_WORD_END = LazyPattern(r"(?:精选|精選|推荐|推薦)$"
                            r"|相[关關](?:新闻|新聞|资讯|資訊|文章|报道|報道|阅读|閱讀|链接|鏈接)$")
# A list item's bullet before the title, a date or a count after it (the box prints them).
_BULLET = LazyPattern(r"^\s*[•·●○◆◇■□▪▶►>※*\-–—]+\s*")
_AFTER = LazyPattern(r"\s*(?:[(（\[]?\s*(?:(?:19|20)\d{2}[-/.年])?\d{1,2}[-/.月]\d{1,2}日?\s*[)）\]]?"
                     r"|\d+\s*(?:次|人)?(?:浏览|阅读|点击|评论)?)\s*$")
_DATE_ALONE = LazyPattern(r"^[(（\[]?\s*(?:(?:19|20)\d{2}[-/.])?\d{1,2}[-/.]\d{1,2}\s*[)）\]]?$")
# A box long enough to start above the page's tail (the last TAIL_BLOCKS blocks or its second
# half) under a short document: so many titles are no document's closing lines when a box's label
# stands over them, one naming the box by the family's words (what the titles are to this page,
# how hot or new they are, that they are read or recommended).
LONG_BOX_TITLES = 6
_BOX_LABEL_WORD = LazyPattern(r"相[关關]|[关關][联聯]|延伸|推[荐薦]|[热熱]门|[热熱][点點]|最新|最近|[阅閱][读讀]"
                              r"|精[选選]|排行|猜你|看了|[还還]看|文章|[资資][讯訊]|新[闻聞]|更多|专题|專題")
# A box's label may end in its link to the full list ("热点新闻 更多>>").
_MORE = LazyPattern(r"\s*(?:更多|more)?\s*(?:>>|»|\u203a|>)?\s*$", re.I)
_MORE_LINK = LazyPattern(r"(?:更多|more)\s*(?:>>|»|\u203a|>)?\s*$|(?:>>|»)\s*$", re.I)
# A sentence's marks: a title has none of them (a question mark may end one).
_SENTENCE = LazyPattern(r"[。，,；;！!：:、]")
_CJK = LazyPattern(r"[\u4e00-\u9fff]")


def holds_more_cjk(text: str, count: int) -> bool:
    """Whether the text holds more than `count` of _CJK's characters: one scan from the first of
    them, which stops at the one past `count` (findall would list a long line's every one)."""
    first = _CJK.search(text)
    return first is not None and _cjk_run(count + 1).match(text, first.start()) is not None


@functools.cache
def _cjk_run(count: int) -> re.Pattern[str]:
    return re.compile(rf"(?:[\u4e00-\u9fff][^\u4e00-\u9fff]*){{{count}}}")
# A sentence ending: the document's last paragraph, above a label.
_ENDS_SENTENCE = LazyPattern(r"[。！？!?…”’」』）)]\s*$")
# An item's closing note in brackets after its last sentence: a credit, a source, an editor.
_CLOSING_NOTE = LazyPattern(r"[。！？!?][”’」』]?\s*[(（][^()（）。！？!?]{2,24}[)）]\s*$")
# The chrome families an item's closing credit belongs to when it is glued to its last sentence.
CREDIT_FAMILIES = frozenset({"meta-lines", "footer", "lead-in"})
# The document's last paragraph above a list it glued its credit to: a paragraph, not a title.
PARAGRAPH_MIN_CHARS = 40
# A label naming the document's own closing part (its attachments, notes, references), or a list
# of its own it closes with: its slogans (口号, 标语), the books or pieces it names (书目, 篇目), a
# roster (名单, 名录), an agenda (日程, 议程, 安排), its points (须知, 要求, 事项).
_DOCUMENT_PART = LazyPattern(r"附|注|参考|抄送|主送|说明|备注|目录|落款|口号|標語|标语|书目|書目|篇目"
                             r"|名单|名單|名录|名錄|清单|清單|日程|议程|議程|安排|须知|須知|要求|事项|事項")
# A work named whole in book-title marks, perhaps numbered, perhaps with its 文号 after it
# ("2.《街道环境卫生工作考核办法》（某政发〔2023〕5号）"): the documents a plan or a notice cites under
# its 相关文件. A site's box lists its pages' titles bare, or with the marks around part of one.
_WHOLE_WORK = LazyPattern(r"^(?:[•·●\-–]\s*|(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[.、．]\s*|[(（]\d{1,2}[)）]\s*)?"
                          r"《[^《》]{2,60}》\s*(?:[(（][^()（）]{2,30}[)）])?\s*$")
EXAMPLE = ("热门阅读", "• 某某小学开展防溺水安全教育活动", "某某社区举办重阳节敬老文艺汇演 05-12",
           "某某街道召开年度安全生产工作会议")


def drop_title_lists(original: list[tuple[int, pf.Block]], blocks: list[tuple[int, pf.Block]],
                     keep: frozenset[int], tail_start: int, cut_at: Mapping[int, int] | None = None,
                     title: str = ""):
    """(kept blocks, removed records). `original`: the page's blocks as the pass found them;
    `blocks`: those kept so far; `tail_start`: the origin where the page's tail begins (the list
    starts there or later); `cut_at`: the origins of kept lines a credit or a source was cut
    from (the chrome that ends an item glued to its last sentence), with the characters cut;
    `title`: the page's title (a list naming its genre word needs no label)."""
    cut_at = cut_at or {}
    kept_at = {origin: block for origin, block in blocks}
    lines = [(origin, block) for origin, block in original
             if not (is_text_block(block) and not block_text(block).strip())]
    # The page's last kept text lines, back to the first that is no headline.
    run: list[int] = []
    dates: list[int] = []
    taken = 0
    position = len(lines) - 1
    while position >= 0:
        origin, block = lines[position]
        # (chrome that went under the run or inside it, a teaser's dots, is passed over; so is an
        # item's date printed on a line of its own, which goes with the list)
        if origin in kept_at:
            if _item_date(block, keep):
                dates.append(position)
            elif _listed_title(block, keep):
                run.append(position)
            else:
                break
        elif _listed_title(block, keep):
            taken += 1  # a title of the list a rule took already (a dated one, say)
        position -= 1
    if not run or (len(run) + taken < MIN_TITLES
                   and not (len(run) + taken >= RELATED_MIN_TITLES
                            and _under_relation_label(lines, min(run), kept_at, keep))):
        return blocks, []
    if all(_WHOLE_WORK.match(" ".join(block_text(lines[position][1]).split())) for position in run):
        return blocks, []  # the documents the text cites, each named whole in book-title marks
    if all(not _headline(lines[position][1], keep) for position in run):
        # "报名时间：…" over "报名地点：…", "春风轻轻吹，柳枝轻轻摇" over "小鸟叽叽叫，花儿朵朵开": the
        # document's fields or a poem's lines, a mark in each; a box's headlines hold one here and there.
        return blocks, []
    first = min(run)
    # (a date above the first title is not the list's: the document's own date, it stays and
    # stands between the list and whatever would anchor it)
    dates = [position for position in dates if position > first]
    # (the list's first titles may be gone already, a rule took them, most often for repeating
    # the page's title, as a 范文 site's related titles do: the box's label stands above them)
    top = first
    while top > 0 and lines[top - 1][0] not in kept_at and _headline(lines[top - 1][1], keep):
        top -= 1
    # A long box under a short document starts above the tail: it pushed the document's end up
    # out of it. It is the box's when its label names a box.
    long_box = (len(run) + taken >= LONG_BOX_TITLES and top > 0
                and _box_label(lines[top - 1][1]) and _after_document(lines, top, kept_at, keep))
    if lines[first][0] < tail_start and not long_box:
        return blocks, []
    labelled = _after_document(lines, top, kept_at, keep)
    # (the line above the run's top is its label only when it is what anchored the run there: a
    # list anchored lower, under a title or a counted label a rule took, has its label gone
    # already, and the kept line above is the document's last paragraph)
    label_at = top - 1 if labelled and top > 0 and lines[top - 1][0] in kept_at else None
    labelled = labelled or (top != first and _after_document(lines, first, kept_at, keep))
    if (not labelled and len(run) + taken > MIN_TITLES and _short(lines[first][1])
            and _after_document(lines, first + 1, kept_at, keep)):
        # A label as long as a short title ("看了本文的人还看了") heads the run itself: it is the
        # box's label when the document's last sentence stands right above it.
        labelled, label_at = True, first
        run.remove(first)
    if (not labelled and not _after_closing_note(lines, first, run, kept_at, cut_at)
            and not _names_the_genre(lines, run, title)
            and not _asks_questions(lines, first, run, taken, kept_at)):
        return blocks, []
    doomed = [lines[p] for p in sorted(run + dates)]
    if label_at is not None and (lines[label_at][0] >= tail_start or long_box):
        doomed.insert(0, lines[label_at])  # the box's label
    gone = {origin for origin, _ in doomed}
    left = [(origin, block) for origin, block in blocks if origin not in gone]
    if not any(is_text_block(block) and block_text(block).strip() for _, block in left):
        return blocks, []  # the titles are all the page holds: they are its document
    return left, [(origin, " ".join(block_text(block).split()), RULE) for origin, block in doomed]


# The genre a page's title names: its last two Chinese characters, once a count of samples, a
# 范文 word or a year in brackets is taken off ("社区工作总结（精选7篇）" names 总结).
_TITLE_TAIL = LazyPattern(r"(?:[(（【\[][^)）】\]]*[)）】\]]|范文|範文|模板|大全|汇编|彙編|精选|精選|\d+篇|[\s\d])+$")
GENRE_CHARS = 2


def _names_the_genre(lines: list[tuple[int, pf.Block]], run: list[int], title: str) -> bool:
    """Whether MIN_TITLES of the run's titles, and two in three, name the genre the page's title
    names ("…工作总结" over "社区党建工作总结报告", "街道年度工作总结…"): a 范文 site lists its other
    samples of the genre under the text with no label. A document's own closing lines never name
    its genre thrice."""
    core = _TITLE_TAIL.sub("", title.strip())
    genre = core[-GENRE_CHARS:]
    if len(genre) < GENRE_CHARS or len(_CJK.findall(genre)) < GENRE_CHARS or len(run) < MIN_TITLES:
        return False
    naming = sum(genre in block_text(lines[position][1]) for position in run)
    return naming >= MIN_TITLES and naming * 3 >= len(run) * 2


# Round 46, by form: a Q&A or keyword site closes its answer with other questions as bare links,
# no label over them: each a question with its mark left off ("…要提前几天通知", "…有补偿吗"): a
# question word in it, or a question's particle closing it.
_BARE_QUESTION = LazyPattern(r"(?:吗|嗎|呢|么|麼)\s*$|多少|多久|多长|多長|几[天个個年次岁歲月号號]|什么|什麼|怎么|怎麼"
                             r"|怎样|怎樣|如何|哪些|哪个|哪個|哪里|哪裡|为什么|為什麼|是否|能否")


def _asks_questions(lines: list[tuple[int, pf.Block]], first: int, run: list[int], taken: int,
                    kept_at: dict[int, pf.Block]) -> bool:
    """Whether the run (MIN_TITLES titles at least, those a rule took counted) is, every kept title
    of it, a question written bare, no question mark, right under the document's last paragraph (a
    finished sentence): a site's related questions. A document asks its own questions with their mark, and a heading
    phrased as a question has its text under it, not the page's end."""
    if first == 0 or len(run) + taken < MIN_TITLES:
        return False
    origin, block = lines[first - 1]
    if origin not in kept_at or not is_text_block(block):
        return False
    above = " ".join(block_text(block).split())
    # (a sentence, however short: a mark inside it and one closing it; a title ends bare)
    if not _SENTENCE.search(above) or not _ENDS_SENTENCE.search(above):
        return False
    titles = [" ".join(block_text(lines[position][1]).split()) for position in run]
    return all(not _QUESTION.search(text) and _BARE_QUESTION.search(text) for text in titles)


def _under_relation_label(lines: list[tuple[int, pf.Block]], first: int, kept_at: dict[int, pf.Block],
                          keep: frozenset[int]) -> bool:
    """Whether the run's first title stands right under a box's label naming what it links to by
    its relation to the item ("相关新闻", "延伸阅读"), itself after the document's end (under chrome
    that went or the last sentence): two titles are a box then, as three are under any label. (Under
    a label of what is hot or new, "热点阅读", two stay: test_chrome_tail_lists.)"""
    if first == 0 or lines[first - 1][0] not in kept_at:
        return False
    label = _MORE.sub("", " ".join(block_text(lines[first - 1][1]).split()))
    return (DANGLING_MIN_CHARS <= len(label) <= LABEL_MAX_CHARS and bool(_RELATED.search(label))
            and not _QUESTION.search(label) and _after_document(lines, first, kept_at, keep))


def _box_label(block: pf.Block) -> bool:
    """A line (kept or gone) as short as a box's label, naming a box by the family's words."""
    if not is_text_block(block):
        return False
    label = _MORE.sub("", " ".join(block_text(block).split()))
    return bool(label) and _label_length(label) and bool(_BOX_LABEL_WORD.search(label))


def _short(block: pf.Block) -> bool:
    """A line no longer than a box's label."""
    return _label_length(_MORE.sub("", " ".join(block_text(block).split())))


def _label_length(label: str) -> bool:
    """Whether a label is no longer than a box's: LABEL_MAX_CHARS, or NAMED_LABEL_MAX_CHARS when it
    ends in the box's own word (精选, 推荐, 相关报道…)."""
    return len(label) <= LABEL_MAX_CHARS or (len(label) <= NAMED_LABEL_MAX_CHARS
                                             and bool(_BOX_WORD_END.search(label.rstrip("：:"))))


def _date_line(block: pf.Block) -> bool:
    text = " ".join(block_text(block).split()) if is_text_block(block) else ""
    return bool(DATE_ONLY_LINE.match(text) or _DATE_ALONE.match(text))


def _item_date(block: pf.Block, keep: frozenset[int]) -> bool:
    """A listed item's date alone on its line ("2024-09-28", "09-28", "[10-09]")."""
    return (isinstance(block, (pf.Para, pf.Plain)) and id(block) not in keep
            and bool(_DATE_ALONE.match(" ".join(block_text(block).split()))))


def _title_candidate(block: pf.Block, keep: frozenset[int]) -> str | None:
    """A paragraph's text with its blanks folded, if it may be a listed title at all: short, no
    section number, no date alone, no "more" link."""
    if not isinstance(block, (pf.Para, pf.Plain)) or id(block) in keep or holds_picture(block):
        return None
    # More Chinese characters than a title holds with its date or count word (_AFTER takes three
    # at most, _BULLET none): no title, answered before the whole line is read (a 3 MB line).
    if holds_more_cjk(text := block_text(block), TITLE_MAX_CHARS + 3):
        return None
    text = " ".join(text.split())
    if SECTION_NUMBER.match(text) or DATE_ONLY_LINE.match(text) or _MORE_LINK.search(text):
        return None
    return text


def _headline(block: pf.Block, keep: frozenset[int]) -> bool:
    """A listed title: a paragraph of a few words and no sentence, perhaps bulleted and dated."""
    if (text := _title_candidate(block, keep)) is None:
        return False
    bare = _AFTER.sub("", _BULLET.sub("", text))
    squeezed = "".join(bare.split())
    return (TITLE_MIN_CHARS <= len(squeezed) <= TITLE_MAX_CHARS and not _SENTENCE.search(bare)
            and len(_CJK.findall(squeezed)) * 2 >= len(squeezed))


# A news box's headline may hold a clause's mark or two inside it ("天气转凉，这些养生知识请收好",
# "专家解读：老旧小区加装电梯怎么补", "重磅！某某镇新建三所幼儿园"), never at its ends, never a stop
# or a semicolon: it is one line of a few words all the same. (A list of fields, or a poem's or a
# slogan's lines, hold a mark in each line: drop_title_lists leaves a run whose lines all do.)
INNER_MARKS_MAX = 2
_INNER_MARK = LazyPattern(r"[，,：:！!、]")
_STOP = LazyPattern(r"[。；;]")
# Each part between the marks a few characters ("注：" opens a note, not a headline).
PART_MIN_CHARS = 2


def _listed_title(block: pf.Block, keep: frozenset[int]) -> bool:
    """A title of a box's list: _headline's, or a news headline with a clause's mark or two inside."""
    if _headline(block, keep):
        return True
    if (text := _title_candidate(block, keep)) is None:
        return False
    squeezed = "".join(_AFTER.sub("", _BULLET.sub("", text)).split())
    parts = _INNER_MARK.split(squeezed)
    return (TITLE_MIN_CHARS <= len(squeezed) <= TITLE_MAX_CHARS and 1 < len(parts) <= INNER_MARKS_MAX + 1
            and all(len(part) >= PART_MIN_CHARS for part in parts) and not _STOP.search(squeezed)
            and len(_CJK.findall(squeezed)) * 2 >= len(squeezed))


def _after_closing_note(lines: list[tuple[int, pf.Block]], first: int, run: list[int],
                      kept_at: dict[int, pf.Block], cut_at: Mapping[int, int]) -> bool:
    """Whether the run (MIN_TITLES kept titles at least) starts right under the document's last
    paragraph, a finished sentence closed by a credit glued to it ("……的發展變化。(本站編輯某某)"),
    or whose glued credit went: the item ended there, as a line of chrome would have ended it."""
    if first == 0 or len(run) < MIN_TITLES:
        return False
    origin, block = lines[first - 1]
    if origin not in kept_at or not is_text_block(block):
        return False
    text = " ".join(block_text(block).split())
    # (a credit cut from it counts: the page printed the paragraph that long)
    if len(text) + cut_at.get(origin, 0) < PARAGRAPH_MIN_CHARS:
        return False
    return bool(_CLOSING_NOTE.search(text) or (origin in cut_at and _ENDS_SENTENCE.search(text)))


def _after_document(lines: list[tuple[int, pf.Block]], first: int, kept_at: dict[int, pf.Block],
                    keep: frozenset[int]) -> bool:
    """Whether the run starts after the document's end: right under a line of chrome that went,
    or under a box's label that follows the document's last sentence."""
    if first == 0:
        return False
    origin, block = lines[first - 1]
    if origin not in kept_at:
        # (a date that went is no anchor: it may be the document's own closing date)
        return not _date_line(block)
    label = _MORE.sub("", " ".join(block_text(block).split())) if is_text_block(block) else ""
    if (not label or not _label_length(label) or id(block) in keep or _SENTENCE.search(label.rstrip("：:"))
            or _DOCUMENT_PART.search(label) or SECTION_NUMBER.match(label) or first < 2):
        return False
    above_origin, above = lines[first - 2]
    if above_origin not in kept_at:
        return not _date_line(above)
    # (a kept date right above the label is the document's signed date: it ended there, as after
    # its last sentence)
    return is_text_block(above) and bool(_ENDS_SENTENCE.search(block_text(above)) or _date_line(above))


LABEL_RULE = "recommendations.dangling-label"
# Works named in book-title marks ("《背影》《春》"): a document's reading list; a box's items are
# other pages' titles, bare.
_WORKS = LazyPattern(r"^[-•·\s\d.、]*《[^》]{1,30}》")
# The box's first item under such a label (its headline, its teaser), closing the page.
ITEM_RULE = "recommendations.box-first-item"
# A box's label left alone at the page's end, its items gone or never printed: it names what the
# box links to by relation or recency ("相关资讯", "最新公告", "更多推荐:", "X相关产品链接地址:"),
# a few words with no sentence, a colon at most. A signature names a unit or a person instead.
# (two words at least, the relation and the kind: a bare "推荐" or "更多" is a button)
DANGLING_MIN_CHARS = 4
# An item's teaser under its headline: a sentence or two.
TEASER_MAX_CHARS = 160
# The page's keyword tags over its boxes: two to six short words between blanks, no sentence.
_TAGS = LazyPattern(r"^[\u4e00-\u9fff]{2,6}(?: [\u4e00-\u9fff]{2,6}){1,5}$")
DANGLING_MAX_CHARS = 24
# A footer's contact field: a phone, fax, address, post code or mail line.
_CONTACT = LazyPattern(r"^\s*(?:电话|電話|联系电话|聯繫電話|传真|傳真|地址|邮编|郵編|邮箱|郵箱|E-?mail|Tel)\s*[:：]",
                       re.I)
# A box's label asks nothing: a question naming 推荐 is a reader's last words ("大家有推荐的…吗？").
_QUESTION = LazyPattern(r"[？?]")
_LINKS_TO = LazyPattern(r"相[关關]|[关關][联聯]|推[荐薦]|猜你|延伸|更多|[热熱][门門点點]|最新|[链鏈]接|[连連][结結]")


def drop_dangling_label(original: list[tuple[int, pf.Block]], blocks: list[tuple[int, pf.Block]],
                        keep: frozenset[int], tail_start: int):
    """(kept blocks, removed records): the page's last kept line when it is a box's label with
    nothing under it, right below the document's last sentence or a line of chrome that went;
    or such a label over the box's first item closing the page: its headline, perhaps with the
    item's teaser under it (a news portal's "相关新闻" cut after its first entry)."""
    kept_at = {origin for origin, _ in blocks}
    lines = [(origin, block) for origin, block in original
             if is_text_block(block) and block_text(block).strip()]
    last = max((p for p, (origin, _) in enumerate(lines) if origin in kept_at), default=None)
    # (the site's contact lines may close the page under the box: they are the footer's, not
    # the document's, and anchor the label as the page's end would)
    while last is not None and last > 0 and _CONTACT.match(" ".join(block_text(lines[last][1]).split())):
        last = max((p for p in range(last) if lines[p][0] in kept_at), default=None)
    if last is None or last == 0:
        return blocks, []
    for at in _label_positions(lines, last, kept_at, keep):
        if at <= 0 or not _dangling_label(lines, at, kept_at, keep, tail_start, with_items=at < last):
            continue
        if any(_WORKS.match(" ".join(block_text(lines[p][1]).split())) for p in range(at + 1, last + 1)):
            continue  # a document's own reading list under its label: works in book-title marks
        doomed = {lines[p][0] for p in range(at, last + 1)}
        left = [(o, b) for o, b in blocks if o not in doomed]
        if not any(is_text_block(b) and block_text(b).strip() for _, b in left):
            return blocks, []
        records = [(lines[at][0], " ".join(block_text(lines[at][1]).split()), LABEL_RULE)]
        records += [(lines[p][0], " ".join(block_text(lines[p][1]).split()), ITEM_RULE)
                    for p in range(at + 1, last + 1)]
        return left, records
    return blocks, []


def _label_positions(lines: list[tuple[int, pf.Block]], last: int, kept_at: set[int],
                     keep: frozenset[int]) -> list[int]:
    """Where the box's label may stand above the page's last kept line: that line itself; the line
    above a last headline; the line above a headline over a last teaser (a sentence or two)."""
    positions = [last]
    if last < 1 or any(lines[p][0] not in kept_at for p in range(last - 2, last + 1) if p >= 0):
        return positions
    if _headline(lines[last][1], keep):
        positions.append(last - 1)
    elif last >= 2 and _headline(lines[last - 1][1], keep) and _teaser(lines[last][1], keep):
        positions.append(last - 2)
    return positions


def _teaser(block: pf.Block, keep: frozenset[int]) -> bool:
    """An item's teaser under its headline: a paragraph of a sentence or two, finished."""
    text = " ".join(block_text(block).split())
    return (isinstance(block, (pf.Para, pf.Plain)) and id(block) not in keep and len(text) <= TEASER_MAX_CHARS
            and bool(_ENDS_SENTENCE.search(text)))


def _dangling_label(lines: list[tuple[int, pf.Block]], at: int, kept_at: set[int], keep: frozenset[int],
                    tail_start: int, with_items: bool) -> bool:
    """Whether the line at `at` is a box's label right below the document's end: a few words naming
    what the box links to, under the document's last sentence, a line of chrome that went, or the
    page's keyword tags (short words between blanks)."""
    origin, block = lines[at]
    text = " ".join(block_text(block).split())
    label = _MORE.sub("", text).rstrip("：:").strip()
    if (origin < tail_start or id(block) in keep or not isinstance(block, (pf.Para, pf.Plain))
            or not DANGLING_MIN_CHARS <= len(label) <= DANGLING_MAX_CHARS or _SENTENCE.search(label)
            or _QUESTION.search(label)
            or SECTION_NUMBER.match(label) or _DOCUMENT_PART.search(label) or not _LINKS_TO.search(label)):
        return False
    above_origin, above = lines[at - 1]
    if above_origin not in kept_at:
        return True
    above_text = " ".join(block_text(above).split())
    # (keyword tags anchor only a label with its item under it: alone, the label is kept as before)
    return bool(_ENDS_SENTENCE.search(block_text(above))) or (with_items and bool(_TAGS.match(above_text)))
