"""What the lines around a title candidate say about it: a title-shaped line follows, the meta line
under it names it as a channel, a longer title runs into it, facts are glued after it, a
byline or the poster's name stands under it, the page prints it again shorter below, sections
numbered under it. Each helper reads a line and its neighbours; title_line decides."""

from __future__ import annotations

import itertools
import re

import panflute as pf

from ..state import get_state
from .boilerplate.rule_match import first_matching_rule
from .boilerplate.titles import CORE_MIN_CHARS, title_core
from .elements import block_text, is_text_block
from .headings.numbering import parse_marker
from .headings.samples import sample_marker
from .page_facts import ABOVE_TITLE_MAX_CHARS, kept_by_rule, site_label
from .patterns import CJK, DATE, DATE_LABEL, EVENT_FIELD, SECTION_NUMBER
from .regex_cache import LazyPattern
from .script import fold_script
from .title_credits import fact_led
from .title_forms import (
    DOCUMENT_NAME,
    clean_title,
    doc_number_line,
    names_genre,
    names_occasion,
    names_only,
    names_site,
    sold,
    title_field_value,
    title_marked,
)
from .title_shape import MARKS_ONLY, TITLE_MAX_COMMAS, names_document, text_begun, title_shaped
from .title_suffixes import strip_site_suffix
from .title_talk import talked_about


def title_follows(blocks: list[pf.Block]) -> bool:
    """The next line with text is shaped like a title (a site's name above it is no title)."""
    for block in blocks:
        if not is_text_block(block):
            return False
        text = block_text(block).strip()
        if text:
            return title_shaped(clean_title(text)) and not names_site(text)
    return False


# "1總則" over "1.1編制目的": a chapter number glued to its name, its sections numbered under it.
_GLUED_NUMBER = LazyPattern(rf"^\s*(\d{{1,2}})\s*[{CJK}]")


# How far below a title line the page's own, shorter print of the title is looked for.
TAIL_SEARCH_BLOCKS = 4
# A sample's number that opens a page is its place in a list of samples, not an ID ("…融合116").
LATER_SAMPLE_MAX = 50


def opens_on_later_sample(text: str, following: list[pf.Block]) -> bool:
    """"开展垃圾分类活动方案10" as the first line, a numbered section under it: the page opens on
    the tenth sample, its title and the first nine were on the article's earlier pages."""
    marker = sample_marker(text, announced=True)
    if marker is None or not 2 <= marker.number <= LATER_SAMPLE_MAX:
        return False
    below = [block_text(b).strip() for b in following if is_text_block(b) and block_text(b).strip()]
    return bool(below) and SECTION_NUMBER.match(below[0]) is not None


def repeated_tail(candidate: str, following: list[pf.Block]) -> str | None:
    """The title the page prints again just below, alone, when the title line is that title
    with a name glued before it and a blank between ("某某体育彩票 垃圾不落地活动方案.docx"), or a
    column's tag in brackets ("【研学日志】研学归来话收获"): the name is the site's (or an
    advertiser's), the title the part the page repeats."""
    line = " ".join(strip_site_suffix(candidate).split())
    if _printed_in_lines(line, following):
        # "部署某某工作 某某召开调度会 要求…" over "部署某某工作" / "某某召开调度会" / "要求…": a news
        # headline printed whole, then again phrase by phrase; its last phrase is no shorter title.
        return None
    for block in following:
        if not is_text_block(block):
            break
        below = " ".join(block_text(block).split())
        if below and title_shaped(below) and (line.endswith(" " + below) or (
                line.endswith(below) and _COLUMN_TAG.fullmatch(line[:-len(below)]))):
            return below
    return None


# "【研学日志】" before the headline the page prints again below: the column's tag the site put on it
# (a headline shorter than twice its tag is left whole by clean_title's column rule unless repeated).
_COLUMN_TAG = LazyPattern(r"\s*[【\[［〔][^【】\[\]［］〔〕]{2,12}[】\]］〕]\s*")


def _printed_in_lines(line: str, following: list[pf.Block]) -> bool:
    """Lines under `line` (the first of them right under it, or under the page's facts line) hold
    it again over two lines or more, cut between its blank-parted phrases: "以研促教 以学促思 某校
    教研工作方案" / "发布时间:…" / "以研促教  以学促思" / "某校教研工作方案"."""
    whole = "".join(line.split())
    if " " not in line:
        return False
    texts = ["".join(block_text(block).split()) if is_text_block(block) else "" for block in following]
    for start in range(min(2, len(texts))):
        joined, count = "", 0
        for text in texts[start:]:
            if not text or not whole.startswith(joined + text):
                break
            joined, count = joined + text, count + 1
            if joined == whole:
                return count >= 2
    return False


def numbers_sections_below(text: str, following: list[pf.Block]) -> bool:
    number = _GLUED_NUMBER.match(text)
    if not number:
        return False
    below = [block_text(b).strip() for b in following if is_text_block(b) and block_text(b).strip()]
    return bool(below) and re.match(rf"{number.group(1)}[.．]\d", below[0]) is not None


# A section's name in any report's words: what it is about (背景, 目的), how (方法, 措施), what came of
# it (结果, 成效, 问题), what next (建议, 展望). A title names a document (its genre: 报告, 方案…).
_SECTION_WORD = LazyPattern(
    r"(?:背景|目的|意义|意義|概况|概況|现状|現狀|方法|过程|過程|做法|措施|对策|對策|建议|建議|结果|結果|分析|成效|"
    r"成果|问题|問題|原因|困难|困難|不足|结论|結論|展望|启示|啟示|讨论|討論|思路|原则|原則|目标|目標|步骤|步驟|"
    r"依据|依據|范围|範圍|要求)$")
SECTION_NAME_MAX_CHARS = 10
# A run-in section label is a word or two: "目标", "活动背景", "调查方法".
SECTION_LABEL_MAX_CHARS = 6
# How far below the first line its sibling section names are looked for.
SECTION_SEARCH_BLOCKS = 8


def _read(block: pf.Block) -> str:
    """A line as the forms below read it: simplified script, a converted page's readings dropped
    ("調(diào)研背景" is "调研背景")."""
    return fold_script(block_text(block)).strip()


def _section_name(text: str) -> bool:
    line = "".join(text.split())
    return (2 < len(line) <= SECTION_NAME_MAX_CHARS and bool(_SECTION_WORD.search(line))
            and not re.search(r"[，,。；;：:！!？?、]", line))


# "目标：让…", "活动背景：…": a section's name run into its first sentence, as the text opens.
_SECTION_LABEL = LazyPattern(rf"^\s*([^:：\s]{{2,{SECTION_LABEL_MAX_CHARS}}})\s*[:：]\s*\S")


def opens_section(text: str) -> bool:
    """"目標：讓面試官…", "调研背景：…": the first line is a section's name (a report's own words:
    its aim, its background, its method) run in before its text; the text has begun, and the
    line is body, never the page's title ("南屏县：…", "公文写作之：…" name a place, a series)."""
    label = _SECTION_LABEL.match(text)
    return bool(label) and bool(_SECTION_WORD.search(label.group(1)))


def heads_sections(text: str, following: list[pf.Block]) -> bool:
    """"调研背景" over a paragraph, then "调研方法", "对策建议" over theirs: a page with no title line
    opens on its first section's name, one of a series of unnumbered section names (each a short
    line ending in a section's word, a paragraph under it)."""
    if not _section_name(fold_script(text)):
        return False
    lines = [_read(b) for b in following[:SECTION_SEARCH_BLOCKS] if is_text_block(b)]
    lines = [line for line in lines if line]
    if not lines or not text_begun(lines[0]):
        return False  # a paragraph under the name: a section's, not a menu's
    return any(_section_name(line) and text_begun(after) for line, after in itertools.pairwise(lines[1:]))


# A book's chapter opening its page (round 39, on 3 tuning sites: a 文秘 course's "二十三、调查报告"
# over "（一）什么是调查报告", an online book's "第三节写好竞聘演讲的开场白" over a paragraph and "一、…",
# another's "第9章 批 复" over "[例文1]"): the chapter's number and name head the page, its parts
# numbered one rank below (or its samples) under it, and no neighbour of its number anywhere on
# the page. A page cut above its third section ("三、…" over "（一）…", "四、…" further down) has
# that neighbour; a page opening on its first ("一、…", "第一章 总则") is no later chapter.
_CHAPTER_FAMILIES = frozenset({"part", "zhang", "jie", "capital", "yi"})
CHAPTER_NAME_MAX_CHARS = 20
# How far below the chapter line its first part (or sample) is looked for, and how long that
# part's line may be (a heading, not a numbered sentence).
CHAPTER_PART_BLOCKS = 6
CHAPTER_PART_MAX_CHARS = 40


def heads_chapter(text: str, following: list[pf.Block]) -> bool:
    """The line is a later chapter's number and name over its own parts (see _CHAPTER_FAMILIES)."""
    line = "".join(fold_script(text).split())
    chapter = parse_marker(line)
    if chapter is None or chapter.family not in _CHAPTER_FAMILIES or chapter.number < 2:
        return False
    name = line[chapter.end:]
    if not 2 <= len(name) <= CHAPTER_NAME_MAX_CHARS or re.search(r"[，,。；;：:！!？?]", name):
        return False
    lines = [line for line in ("".join(_read(b).split()) for b in following if is_text_block(b)) if line]
    part = None
    for below in lines[:CHAPTER_PART_BLOCKS]:
        if sample_marker(below) is not None:
            part = "sample"
            break
        if len(below) <= CHAPTER_PART_MAX_CHARS and (marker := parse_marker(below)) is not None:
            part = marker
            break
    if part is None or (part != "sample" and part.rank <= chapter.rank):
        return False
    return not any((marker := parse_marker(below)) is not None and marker.family == chapter.family
                   and abs(marker.number - chapter.number) <= 1 for below in lines)


# The forms a series of a page's own part names shares: each wrapped in the same brackets
# ("【賀信的基本格式】" … "【賀信的寫作指導】"), or each a question ("什么是心得体会" … "为什么要写心得体会").
_WRAPPED_NAME = LazyPattern(r"^([【\[〔［])[^【】\[\]〔〕［］]{2,20}([】\]〕］])$")
_QUESTION_NAME = LazyPattern(r"^(?:什么|什麼|为什么|為什麼|为何|為何|如何|怎样|怎樣|怎么|怎麼)|[?？]$")
SERIES_NAME_MAX_CHARS = 20
# Or each a question under its asker's label ("问：…？" … "问：…？", "Q1:…"): a Q&A page's own
# form, whatever is asked; the label says a series, never a title (a question may run long).
_LABELLED_QUESTION = LazyPattern(r"^(?:问|問|提问|提問|Q)\s*\d{0,3}\s*[:：.、]\s*\S")
LABELLED_QUESTION_MAX_CHARS = 60
# The answer's label opening the line right under a labelled question ("答：…", "A:…", "回答：…"):
# the pair is the Q&A's own text even when the page asks one question only.
_LABELLED_ANSWER = LazyPattern(r"^(?:答|回答|答复|答覆|解答|A)\s*\d{0,3}\s*[:：.、]\s*\S")


# Or each lettered ("A. 述职报告的开头怎么写" over its answer … "B. …" over another; round 38, a
# lettered form on 6 tuning sites: a Q&A's questions, choice options, an association's items, an
# agenda's and a guide's parts): the letter says a series (options, one under another with no
# paragraph between, are no such parts).
_LETTERED_NAME = LazyPattern(r"^[A-Z][.．、][\u4e00-\u9fff]")


def _series_form(line: str) -> str | None:
    """Which series form a short line takes (its brackets, "?", or "问" for a labelled question),
    None when none."""
    line = "".join(line.split())
    if _LABELLED_QUESTION.match(line):
        return "问" if len(line) <= LABELLED_QUESTION_MAX_CHARS else None
    if len(line) > SERIES_NAME_MAX_CHARS or re.search(r"[，,。；;：:！!]", line):
        return None
    if _LETTERED_NAME.match(line):
        return "A."
    if wrapped := _WRAPPED_NAME.match(line):
        return wrapped.group(1) + wrapped.group(2)
    return "?" if _QUESTION_NAME.search(line) else None


def heads_series(text: str, following: list[pf.Block]) -> bool:
    """"【基本格式】" over a paragraph, "【写作指导】" over another below: a page with no title line
    opens on the first of its part names, each in the same form (the same brackets, or each a
    question), each over its paragraph. The form is the page's own, whatever the words."""
    text = fold_script(text)
    form = _series_form(text)
    if form is None:
        return False
    lines = [_read(b) for b in following[:SECTION_SEARCH_BLOCKS] if is_text_block(b)]
    lines = [line for line in lines if line]
    if (form == "问" and lines and _LABELLED_ANSWER.match("".join(lines[0].split()))
            and strip_site_suffix(text.strip()) == text.strip()):
        # "问：…？" right over "答：…": one question and its answer, no title over them (with a
        # site's name after it, "问：…？_某某知道", it is the page's title line)
        return True
    if not lines or not text_begun(lines[0]):
        return False  # a paragraph under the name: a part's, not a title's subtitle or a menu's
    # ("…应包括哪些内容?" over its answer's first lines, then again over the whole answer: the
    # question title printed twice is no series of questions.)
    return any(_series_form(line) == form and text_begun(after) and "".join(line.split()) != "".join(text.split())
               for line, after in itertools.pairwise(lines[1:]))


# A part's name: a few words of Chinese, no sentence's marks; the text's own parts name no genre (a
# title does: "…工作总结", "…方案(通用5篇)").
PART_NAME_MIN_CHARS = 2
PART_NAME_MAX_CHARS = 30
# Words alone, no marks: "历史沿革[编辑]" under a plain "村民自治" is a wiki's section under its title.
_PART_NAME = LazyPattern(rf"^[{CJK}][{CJK}0-9]*$")
# Part names of one series are of a length: neither is more than twice the other.
PART_NAME_LENGTH_RATIO = 2
# A sample's name repeats the title's first words ("某某方案" over "某某方案1"): no sibling of it.
SHARED_HEAD_CHARS = 4
# A series: the first part's name and this many more below it, each over its paragraph.
PARALLEL_SIBLINGS_MIN = 2


def _part_name(line: str) -> bool:
    squeezed = "".join(line.split())
    return (PART_NAME_MIN_CHARS <= len(squeezed) <= PART_NAME_MAX_CHARS and not text_begun(line)
            and bool(_PART_NAME.match(squeezed))
            and not names_genre(squeezed) and not sample_marker(squeezed))


def _sibling(name: str, line: str) -> bool:
    other = "".join(line.split())
    return (_part_name(line) and other[:SHARED_HEAD_CHARS] != name[:SHARED_HEAD_CHARS]
            and max(len(name), len(other)) <= PART_NAME_LENGTH_RATIO * min(len(name), len(other)))


def heads_parallel(text: str, following: list[pf.Block]) -> bool:
    """"理事会" over its paragraph, then "监事会" and "秘书处" over theirs: a page with no title line
    opens on the first of its parts' names, short lines of a length, each over one paragraph. A
    title names its document's genre ("…工作总结") or stands apart from its sections' names by its
    length, and stays."""
    text = fold_script(text)
    if not _part_name(text):
        return False
    lines = [_read(b) for b in following[:SECTION_SEARCH_BLOCKS] if is_text_block(b)]
    lines = [line for line in lines if line]
    name = "".join(text.split())
    if not lines or not text_begun(lines[0]) or name in "".join(lines[0].split()):
        # A paragraph under the name: a part's, not a title's subtitle or a menu's; one saying the
        # name again ("村民自治是…") introduces the page's subject: the name is its title.
        return False
    # Name and paragraph by turns, each part as short as the first: a title's introduction, then
    # sections with lists under them ("…素养" / its summary / "职业态度" / a sentence / "• …"), is
    # no series.
    turns = lines[1:1 + 2 * PARALLEL_SIBLINGS_MIN]
    pairs = zip(turns[::2], turns[1::2], strict=True)
    return (len(turns) == 2 * PARALLEL_SIBLINGS_MIN
            and all(_sibling(name, line) and text_begun(after) for line, after in pairs))


# A listing's items (round 37; on 5 tuning sites: a news column, a procuratorate's bulletin, a
# blog's front page, a utility's news list, a tag page): each headline marked as the others are —
# by a bullet or a column's bracket before it, by the date line under it, or by the "read more"
# link after its excerpt — and the next item's headline a few lines below. A page of items has no
# title line; an article's title has its text under it, not a sibling headline.
LISTING_SEARCH_BLOCKS = 5  # (an excerpt is a line or two; an article runs longer before any "related" list)
_ITEM_BULLET = LazyPattern(r"^\s*([●•·▪◆■○◇□▶►])\s*\S")
_ITEM_TAG = LazyPattern(rf"^\s*【[{CJK}]{{2,8}}】\s*[{CJK}“「《]")
_ITEM_DATE = LazyPattern(
    r"^\s*(?:19|20)\d{2}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$")
_READ_MORE = LazyPattern(r"^\s*(?:[閱阅][讀读]全文|[查檢检][看視视](?:全文|[詳详]情)|[閱阅][讀读]更多|更多"
                         r"|more|read more)\s*(?:[>»\u203a]+)?\s*$", re.I)


def _item_mark(line: str, below: str) -> str | None:
    """How a listing marks an item's headline: its bullet, a column's bracket, a date line under it
    (in the listing's one form of date: "2025.04.11" … "2025.03.22"; a letter's "2025-06-20" under its
    headline and "2025年6月20日" under its signer are no two items)."""
    if bullet := _ITEM_BULLET.match(line):
        return bullet.group(1)
    if _ITEM_TAG.match(line):
        return "【】"
    if _ITEM_DATE.match(below):
        return "date:" + re.sub(r"\d", "#", "".join(below.split()))
    return None


def heads_listing(text: str, following: list[pf.Block]) -> bool:
    """The line is a listing's first item: a line below, after a paragraph (the first item's excerpt)
    or a "阅读全文" link, is a headline marked as this one is ("●…" … "●…", "【社区】…" … "【民生】…",
    "…" over "2025.04.11" … "…" over "2025.03.22"), or, after the link, any headline."""
    lines = [block_text(b).strip() for b in following[:LISTING_SEARCH_BLOCKS] if is_text_block(b)]
    lines = [line for line in lines if line]
    mark = _item_mark(text, lines[0] if lines else "")
    excerpt = False
    for at, line in enumerate(lines):
        below = lines[at + 1] if at + 1 < len(lines) else ""
        if _READ_MORE.match(line):
            return excerpt and bool(below) and title_shaped(clean_title(below))
        if text_begun(line):
            excerpt = True
            continue
        if (excerpt and mark is not None and _item_mark(line, below) == mark and line != text
                and title_shaped(clean_title(line)) and not (mark.startswith("date:") and below == lines[0])):
            return True  # (the same day under a second line: a signer over the page's own date)
    return False


# "第41/2018號行政長官批示" … "第42/2018號行政長官批示": the page's lines of one form but for a
# number, its documents' names in a series (samples), further down than a section's siblings.
NUMBERED_SERIES_BLOCKS = 16
_NUMBER = LazyPattern(r"\d+")


def numbers_a_series(text: str, following: list[pf.Block]) -> bool:
    """The line holds a number and a line below reads the same but for another number in its
    place: the first of a series of documents the page holds, not the page's title. A year is no
    such number ("2023年工作总结" printed again as "2022年工作总结" is the title's repeat)."""
    line = "".join(text.split())
    numbers = _NUMBER.findall(line)
    if not numbers:
        return False
    form = _NUMBER.sub("#", line)
    for block in following[:NUMBERED_SERIES_BLOCKS]:
        below = "".join(block_text(block).split()) if is_text_block(block) else ""
        if below != line and _NUMBER.sub("#", below) == form and any(
                one != other and not (_YEAR.fullmatch(one) and _YEAR.fullmatch(other))
                for one, other in zip(numbers, _NUMBER.findall(below), strict=True)):
            return True
    return False


_YEAR = LazyPattern(r"(?:19|20)\d{2}")


def echoes_channel(text: str, meta: str) -> bool:
    """The line is a word of the meta line under it: the channel's name the meta line gives
    ("时间:… 实施方案 我要投稿"), printed above it."""
    return " ".join(text.split()) in meta.split()


def channel_over_meta(text: str, following: list[pf.Block], rules) -> bool:
    """A line the meta line right under it names as its channel ("实施方案" over "时间:… 实施方案
    我要投稿")."""
    if not following or not is_text_block(following[0]):
        return False
    below = " ".join(block_text(following[0]).split())
    meta = tuple(r for r in rules if r.concept == "meta-lines")
    dated = DATE.search(below) or first_matching_rule(meta, below, {"head", "anywhere"})
    return echoes_channel(text, below) and bool(dated)


# The rules naming a breadcrumb ("当前位置: 首页 > …", "首页 > 通知公告", "您的位置:" alone).
CRUMB_RULES = frozenset({"meta-lines.breadcrumb", "meta-lines.breadcrumb-step", "meta-lines.home-crumb"})
# A site's or a channel's name over its breadcrumb is a word or a place ("城南区某某镇", "全国").
OVER_CRUMB_MAX_CHARS = 12
_CLAUSE = LazyPattern(r"[，,。；;：:！!？?、“”《》]")
# A crumb's step separators (">", its full-width form U+FF1E, "»", U+203A, "→", "/").
_CRUMB_SEPARATOR = "[>\uff1e»\u203a→/]"
_CRUMB_STEP = LazyPattern(f"{_CRUMB_SEPARATOR}|首页|首頁|主页")


def over_breadcrumb(text: str, following: list[pf.Block], rules) -> bool:
    """A short line right over the page's breadcrumb (blank lines aside): header_over_crumb."""
    below = next((block for block in following if not is_text_block(block) or block_text(block).strip()), None)
    return below is not None and is_text_block(below) and header_over_crumb(text, block_text(below), rules)


def header_over_crumb(text: str, below: str, rules) -> bool:
    """A short line right over the page's breadcrumb ("城南区某某镇" over "当前位置: 网站首页 > …"): the
    site's or the channel's name in the page's header, which prints the title under the breadcrumb,
    never over it (round 27 survey: a school, a 文库, a company and a journal site print their header
    over the crumb). A page named by the crumb's last step ("学校简介" over "首页 > 学校概况 >
    学校简介", "我们小区的一年读书会" over "首页 > 专栏 > 读书会") is titled with that line."""
    line = "".join(text.split())
    if not line or len(line) > OVER_CRUMB_MAX_CHARS or _CLAUSE.search(line) or names_document(line):
        return False  # ("年度安全工作总结" over its crumb names a document: a title, not a header)
    crumb = " ".join(below.split())
    rule = first_matching_rule(rules, crumb, {"head", "anywhere"}) if crumb else None
    # (a crumb with its steps: "当前位置:" alone may head a widget's box of its own, whose lines
    # the title search does not know)
    if rule is None or f"{rule.concept}.{rule.name}" not in CRUMB_RULES or not _CRUMB_STEP.search(crumb):
        return False
    last = "".join(re.split(_CRUMB_SEPARATOR, crumb)[-1].split())
    return not (last and (line in last or last in line))


# "发文机关:某省人民政府", "信息分类: 通知   发布机构: 某某办公室", "信息来源: 关键词:": a line of
# fields, each a label of a few characters, its colon and a value (maybe none) holding no colon
# but a clock's and no path; fields after the first stand after a blank. ("六合彩直播:揭秘:…" is a
# headline with its colons, "当前位置: 首页 > …" a path.)
_LABEL = rf"[{CJK}](?:\s?[{CJK}]){{1,5}}\s*[:：]"
_VALUE = r"(?:\s*(?:[^\s:：>»]|\d[:：]\d)(?:[^:：>»]|\d[:：]\d)*?)?"
_FIELDS = LazyPattern(rf"^\s*{_LABEL}{_VALUE}(?:\s+{_LABEL}{_VALUE})*\s*$")
FIELD_LINE_MAX_CHARS = 80
FIELD_RUN_MIN_LINES = 3


def among_fields(blocks: list[pf.Block], at: int, rules) -> bool:
    """The line at `at` is a line of fields ("发文机关:某某", "时效性:现行有效") in a run of three such
    lines or more, one of which the meta rules name ("发布日期:…"): one of the page's facts (a law site's issuer, date,
    validity, number), never a title with its facts under it, whatever its label says."""
    if not _field(blocks[at]) or title_field_value(block_text(blocks[at])) is not None:
        return False  # ("标题:某某通知 | |" in an index table names the title: title_forms)
    start = end = at
    while start > 0 and _field(blocks[start - 1]):
        start -= 1
    while end + 1 < len(blocks) and _field(blocks[end + 1]):
        end += 1
    if end - start + 1 < FIELD_RUN_MIN_LINES:
        return False  # ("专题:某某" over "作者:… 阅读:…": a title with its colon, then its facts)
    if any(EVENT_FIELD.match(" ".join(block_text(b).split())) for b in blocks[start:end + 1]):
        return False  # ("时间:…" beside "地点:…", "主持人:…": a record's own head, no page's facts)
    meta = tuple(r for r in rules if r.concept == "meta-lines")
    return any(first_matching_rule(meta, " ".join(block_text(b).split()), {"head", "anywhere"})
               for b in blocks[start:end + 1])


# A field whose label is longer than a page fact's ("编辑委员会主任:某某", "国内统一刊号:CN…"): a
# journal's masthead names its board and its permits so, among its short fields.
_WIDE_FIELD = LazyPattern(rf"^\s*[{CJK}](?:\s?[{CJK}]){{1,7}}\s*[:：]\s*\S")


def inside_fields(blocks: list[pf.Block], at: int, rules) -> bool:
    """The line at `at` is a field with a label of up to eight characters standing inside a run
    of the page's facts: the run (among_fields) right above it, a field line right under it (a
    masthead's "主管:…" / "主办:…" / "编辑:…" / "编辑委员会主任:…" / "副主任:…"). A title stands
    over its facts, not between two of them."""
    text = block_text(blocks[at]).strip() if is_text_block(blocks[at]) else ""
    if not (0 < at < len(blocks) - 1 and len(text) <= FIELD_LINE_MAX_CHARS and _WIDE_FIELD.match(text)):
        return False
    return _field(blocks[at + 1]) and among_fields(blocks, at - 1, rules)


# Each label of a line of fields (its start, or after a blank).
_LABELLED = LazyPattern(rf"(?:^|\s)({_LABEL})")
# A colon title: the kind of lesson or event (a class's activity, a class meeting, a lecture), then
# its name, no digit and no list in it ("小班健康活动：我会洗手", "主题班会：珍爱生命"). Its kind is a
# phrase of four characters or more, never a field's label ("活动目标：…", "时间：…").
_KIND_AND_NAME = LazyPattern(
    rf"^[{CJK}]{{2,10}}(?:活动|班会|班會|讲座|講座|党课|黨課|教案|课|課)\s*[:：]\s*[^\d:：、，,。；;]{{2,24}}$")
# Two of the document's own fields ("地点:…", "主持人:…", "甲方:…") make a run of them its text.
OWN_FIELDS_MIN_LINES = 2


def in_own_fields(blocks: list[pf.Block], at: int, rules) -> bool:
    """The line at `at` is a field line in a run of field lines of which two or more are the
    document's own (no page fact, no chrome a rule names): minutes opening with their time, place
    and chair, a contract with its number and parties. Its text has begun; none of them is a
    title and none goes as the site's facts ("时间:…" over "地点:…" is the meeting's time)."""
    if not _field(blocks[at]) or title_field_value(block_text(blocks[at])) is not None:
        return False
    start = end = at
    while start > 0 and _field(blocks[start - 1]):
        start -= 1
    while end + 1 < len(blocks) and _field(blocks[end + 1]):
        end += 1
    if start == at and _KIND_AND_NAME.match(" ".join(block_text(blocks[at]).split())):
        return False  # "中班科学活动：有趣的影子" over "活动目标：": the lesson's title over its fields
    labels = set()
    for block in blocks[start:end + 1]:
        line = " ".join(block_text(block).split())
        # (Two labels on a line, "索引号:… 组配分类:…", are a site's table of a page's facts when
        # one of them is a site's label; "提出人:… 附议人:…" are the document's own. One label
        # twice is a title with a colon printed twice.)
        found = ["".join(m.group(1).split()).rstrip(":：") for m in _LABELLED.finditer(line)]
        if (found and not any(site_label().fullmatch(label) for label in found) and not fact_led(line)
                and not first_matching_rule(rules, line, {"head", "anywhere"})):
            labels.update(found)
    return len(labels) >= OWN_FIELDS_MIN_LINES


def lone_fields_over_title(blocks: list[pf.Block], at: int, shaped) -> bool:
    """The page's first line is one line of its own fields alone ("班级：… 姓名：… 日期：…"), and the
    line under it is title-shaped (`shaped`) and no field: a form's header row over its title (a
    lab report, a worksheet). Minutes and a contract open on a run of field lines instead, and
    their text goes on under the run."""
    if at != 0 or at + 1 >= len(blocks) or _field(blocks[at + 1]) or not is_text_block(blocks[at + 1]):
        return False
    return len(block_text(blocks[at]).split()) >= 2 and shaped(block_text(blocks[at + 1]))


# A field's value that is a code: letters, digits, dashes, slashes, masks (〇, X, *), a digit or a
# mask among them; no word of the language ("合同编号：ZL-2024-〇〇", "编号：No.2025-017").
_CODE_CHAR = r"A-Za-z0-9\uff21-\uff3a\uff41-\uff5a\uff10-\uff19〇○\uff0a*×#№\-\uff0d—_/.\uff0e()（）〔〕\[\]【】"
_CODE_VALUE = LazyPattern(rf"^(?=.*[0-9\uff10-\uff19〇○X\uff38*\uff0a×])[{_CODE_CHAR}][{_CODE_CHAR} ]{{1,30}}$")
_ONE_LABEL = LazyPattern(rf"^\s*{_LABEL}\s*")


def code_field_over_title(blocks: list[pf.Block], at: int, shaped) -> bool:
    """The line at `at` is one field whose value is a code (a document's number: _CODE_VALUE), and
    the line under it is title-shaped (`shaped`) and no field: the number a contract or an
    agreement prints above its name. The field is no title; the name under it is."""
    if at + 1 >= len(blocks) or not _field(blocks[at]) or _field(blocks[at + 1]) or not is_text_block(blocks[at + 1]):
        return False
    label = _ONE_LABEL.match(text := block_text(blocks[at]).strip())
    return (label is not None and bool(_CODE_VALUE.match(text[label.end():].strip()))
            and shaped(block_text(blocks[at + 1])))


def _field(block: pf.Block) -> bool:
    text = block_text(block).strip() if is_text_block(block) else ""
    return len(text) <= FIELD_LINE_MAX_CHARS and bool(_FIELDS.match(text))


# A channel's or a district's name is a word or two ("松江", "工作描述范文例文"); the title under it
# opens and ends on a written character (not a number, a bullet, a bracket or a wrapped comma).
CHANNEL_MAX_CHARS = 8
_CJK_ENDS = LazyPattern(rf"^[{CJK}].*[{CJK}”》]$")


# "師德學習心得——孫燕作者:孫燕瀏覽數:4次": the page's facts glued after its title.
_GLUED_META = LazyPattern(r"(?:作\s*者|發布時間|发布时间|發布日期|发布日期|来\s*源|來\s*源|浏览|瀏覽"
                          r"|点击|點擊)\s*[:：]")
GLUED_TITLE_MIN_CHARS = 4


def meta_glued_at(text: str) -> int | None:
    """Where the page's facts begin when they are glued after a title-shaped start, else None."""
    glued = _GLUED_META.search(text)
    if glued is None or glued.start() < GLUED_TITLE_MIN_CHARS or len(text) - glued.start() > ABOVE_TITLE_MAX_CHARS:
        return None
    head = text[:glued.start()].rstrip()
    return glued.start() if title_shaped(head) and not SECTION_NUMBER.match(head) else None


def runs_into(text: str, following: list[pf.Block]) -> bool:
    """A line too long for a title that opens with the whole of the next line ("…的讲话用心用爱…" over
    "…的讲话"): the site's heading, the title run into its subtitle; the title is the line below."""
    if not following or not is_text_block(following[0]):
        return False
    below = " ".join(block_text(following[0]).split())
    line = " ".join(text.split())
    return (len(title_core(below)) >= CORE_MIN_CHARS and len(line) > len(below) and line.startswith(below)
            and title_shaped(clean_title(below)))


# "协议书格式范文", "请示的写法", "倡议书模板": a 范文 site's page named by a genre and the form it
# shows of it; a document's name too, never a channel's.
_GENRE_FORM = LazyPattern(DOCUMENT_NAME.pattern.removesuffix("$")
                          + r"的?(?:格式|写法|写作格式|范文|範文|范例|範例|范本|範本|模板|模版|样本|樣本|例文)+$")


# A note dated by its writer's day or week ("周记", "寒假日记"; round 33): a document's name.
_DATED_NOTE = LazyPattern(r"(?:日记|周记|日志|札记)$")


def channel_over_title(candidate: str, following: list[pf.Block], rules) -> bool:
    """A short line over a longer title-shaped one that the text's first paragraph follows
    ("松江" / "新桥镇明中志愿者服务队成立" / "8月15日，…"): the title is the line nearest the text,
    the one above it the channel or the district the site files the page under. A document's name
    ("…工作总结") keeps its place: what follows it is its subtitle."""
    # (The length first: a line longer than a channel's name is no channel, and the searches
    # below scan the whole line.)
    candidate = fold_script(candidate)
    if (len(candidate) > CHANNEL_MAX_CHARS or not all(is_text_block(b) for b in following)
            or DOCUMENT_NAME.search(candidate) or _GENRE_FORM.search(candidate)):
        return False
    if _DATED_NOTE.search("".join(candidate.split())):
        return False  # "周记" over "第十四周" over the week's text: the note's name, its week under it
    if SECTION_NUMBER.match(candidate):
        return False  # "(一)适用范围" over its first line: the text's first section, no channel
    # (A separator left alone between them, "|", is looked past; facts glued after the title go.)
    # ("学校要闻" printed twice over the title: the channel's second copy is looked past too.)
    lines = [line for b in following if not MARKS_ONLY.match(line := " ".join(_read(b).split()))
             and line != " ".join(candidate.split())]
    if len(lines) < 2:
        return False
    title, text = lines[:2]
    title = title[:at] if (at := meta_glued_at(title)) else title
    return (bool(_CJK_ENDS.match(title))
            and title_shaped(clean_title(title)) and not text_begun(title)
            and (text_begun(text) or len(re.findall("[,，]", text)) > TITLE_MAX_COMMAS  # (a hard-wrapped sentence)
                 or _page_facts(text, rules))
            and len(title_core(title)) > len(title_core(candidate))
            # ("读书笔记" / "书名：《某书》" / "作者：某某": a field over a field of one label, undated,
            # is the document's first field, no headline under a channel: round 33.)
            and not (_FIELDS.match(title) and _FIELDS.match(text) and len(_LABELLED.findall(text)) == 1
                     and not DATE.search(text))
            # ("某某管理要点 列印": the words a blank parts from the name are the page's control.)
            and not (names_site(title) or names_only(clean_title(title))
                     or DATE.search(title) or DATE_LABEL.match(title))
            # ("志愿服务证明" over "某社区（2025）证字第8号": the document's number under its title,
            # never a headline under a channel: round 37.)
            and not doc_number_line(title)
            and not first_matching_rule(rules, title, {"head", "anywhere"}))


# How far below a channel's label the title and the text's opening are looked for: a slogan, a
# byline or a part's name ("作品簡介") may stand between the title and the text.
LABEL_TITLE_LINES = 2
LABEL_OPENING_LINES = 6
# A title the text talks about: at least this share of its character pairs comes back in the
# text's opening (title_talk).
TALKED_MIN_SHARE = 0.5
# A label the text says hardly any of: a common word of it may come back ("學生" of "學生自治組織").
LABEL_MAX_SHARE = 0.25


def untalked_label(candidate: str, following: list[pf.Block], rules) -> bool:
    """A short line the text never talks about over a title-shaped one it does ("學生自治組織" /
    "學生宿舍委員會簡介" / a slogan / "…宿舍委員會由…"; "職場" / "職場生活百科" / "簽呈格式" / "簽呈是…"): the
    site's channel or a group's label, not the title; the title is the line below that the text
    repeats. A document's name or a section's name keeps its place, and so does a line the text
    says any of (a headline's kicker, a place name over the headline)."""
    if (len(candidate) > CHANNEL_MAX_CHARS or DOCUMENT_NAME.search(candidate) or _GENRE_FORM.search(candidate)
            or SECTION_NUMBER.match(candidate) or text_begun(candidate)):
        return False  # (a sentence, "正文。", is the text's own line, never a label)
    lines = []
    for block in following[:LABEL_OPENING_LINES]:
        if not is_text_block(block):
            break
        if (line := " ".join(block_text(block).split())) and not MARKS_ONLY.match(line):
            lines.append(line)
    for at, title in enumerate(lines[:LABEL_TITLE_LINES]):
        below = lines[at + 1:]
        if text_begun(title) or not any(text_begun(line) for line in below):
            return False
        opening = "".join(below)  # the text under the title, whatever stands first in it
        # (The label is looked for in the text's sentences only: "作品簡介" over them is a part's name.)
        sentences = "".join(line for line in below if text_begun(line))
        if (talked_about(candidate, sentences) <= LABEL_MAX_SHARE and bool(_CJK_ENDS.match(title))
                and title_shaped(clean_title(title)) and not SECTION_NUMBER.match(title) and not opens_section(title)
                and not (names_site(title) or names_only(clean_title(title))
                         or DATE.search(title) or DATE_LABEL.match(title))
                and not first_matching_rule(rules, title, {"head", "anywhere"})
                and _talks_about(clean_title(title), opening, below)):
            return True
    return False


def _talks_about(title: str, opening: str, below: list[str]) -> bool:
    """The lines under the title say most of its words, and its prose (the lines no title-shaped
    line) says some: part names alone ("为什么要写工作日志" under "什么是工作日志") repeat the words
    their siblings share, no proof of what the text talks about."""
    # (A line too long for a title is prose without being cleaned: a page may be one 3 MB line.)
    prose = "".join(line for line in below
                    if len(line) > ABOVE_TITLE_MAX_CHARS or not title_shaped(clean_title(line)))
    return talked_about(title, opening) >= TALKED_MIN_SHARE and talked_about(title, prose) > 0


# The page's facts under its title: "资料更新时间:2022-05-20 09:45", "admin2025-06-1117" (a poster's
# name glued to the day), a meta line a rule names. A channel's name stands over the title they
# follow as it stands over one the text follows.
PAGE_FACTS_MAX_CHARS = 40


def _page_facts(line: str, rules) -> bool:
    if len(line) > PAGE_FACTS_MAX_CHARS or _CLAUSE_END.search(line):
        return False
    meta = tuple(r for r in rules if r.concept == "meta-lines")
    return bool(DATE.search(line) or _DATED_FIELD.search(line) or first_matching_rule(meta, line, {"head", "anywhere"}))


_CLAUSE_END = LazyPattern(r"[。！!？?；;]")
# "资料更新时间:111-05-20": a dated field, whatever the calendar (a 民国 year has three digits).
_DATED_FIELD = LazyPattern(r"(?:时间|時間|日期)\s*[:：]\s*\d{2,4}\s*[-/.年]")


def drop_byline(doc: pf.Doc, index: int, rules) -> None:
    """A line of names right under the title and over the page's date ("某某 某某智库" /
    "2024-09-03") is the account's byline: it goes as a meta line."""
    following = doc.content[index:index + 2]
    if len(following) < 2 or not all(is_text_block(b) for b in following):
        return
    names, below = (block_text(b) for b in following)
    meta = tuple(r for r in rules if r.concept == "meta-lines")
    below = " ".join(below.split())
    if (names_only(names) and not kept_by_rule(doc, names)
            and (DATE_LABEL.match(below) or first_matching_rule(meta, below, {"head", "anywhere"}))):
        del doc.content[index]
        get_state(doc).report.record_removed(names, "meta-lines.byline")


# A poster's name or handle alone on its line ("张明", "发布网友", "admin"): a word, not a title.
BYLINE_MAX_CHARS = 4
BYLINE_TITLE_MIN_RATIO = 2


def title_over_byline(above: str, byline: str, rules) -> bool:
    """A title-shaped line at least twice as long as the one-word line under it, which stands
    over the page's meta line: the title, then its poster's name."""
    above, byline = above.strip(), "".join(byline.split())
    return (bool(above) and len(byline) <= BYLINE_MAX_CHARS and title_shaped(above)
            and len(title_core(above)) >= BYLINE_TITLE_MIN_RATIO * len(byline)
            and not first_matching_rule(rules, " ".join(above.split()), {"head", "anywhere"}))


def title_over_names(above: str, names: str, rules) -> bool:
    """A title-shaped line, longer than the names under it and marked as a title is (a colon,
    quotation marks, a question), that no chrome rule names: the page's title over a byline."""
    above = above.strip()
    return (bool(above) and title_shaped(above) and title_marked(above)
            and len(title_core(above)) > len("".join(names.split()))
            and not first_matching_rule(rules, " ".join(above.split()), {"head", "anywhere"}))


# What opens the second line of a hard-wrapped sentence and never a paragraph of its own: a
# clause's punctuation, a closing bracket or quote, a particle that binds to the word before it.
_CONTINUES = LazyPattern(r"^(?:[，,、。；;！!？?：:）)》」』”]|的(?!确)|们)")
# (Not "、": a salutation lists its addressees with it, "同学们、老师们:".)
_CLAUSE_END = LazyPattern(r"[，,。；;！!？?]")
_SENTENCE_END = LazyPattern(r"[。；;！!？?]")
# Words that bind to what follows them: a line ending on one was cut inside its sentence.
_DANGLING = set("的向和与及对把被从将给于了")
# "…的重要" / "文件。一份标准的…": the sentence the head left open ends a word or two into the
# next line. A paragraph under a title opens with a clause of its own ("今年以来，", "同志们：").
WRAPPED_CLAUSE_MAX_CHARS = 3
# A line this long holding a clause mark is a sentence's first half when a line no longer than it
# finishes the sentence: a title this long with a comma in it stands over a longer paragraph.
WRAPPED_HEAD_MIN_CHARS = 20
WRAP_WIDTH_SLACK = 2
_IDEOGRAPH = LazyPattern(f"[{CJK}]")


# A markdown bold run opened after a blank and left open at the line's end ("…我以前用 **Excel"),
# and its closing marks opening the next line ("** 手工画格子…"): one sentence wrapped inside the
# run. (Masked characters are asterisks too, "**区…": they stand before a word, never before a blank.)
_BOLD_LEFT_OPEN = LazyPattern(r"(?:^|\s)\*\*[^\s*][^*]*$")
_BOLD_CLOSED_FIRST = LazyPattern(r"^\s*[^\s*]*\*\*(?=\s|$)")


def wraps_into(text: str, following: list[pf.Block]) -> bool:
    """The line is the first half of a hard-wrapped paragraph, never its title: the next line
    opens inside the sentence the line left open, at about the line's width (the page wrapped
    them both at one width; a paragraph under a title is longer than its title), or closes the
    bold run the line left open."""
    if not following or not is_text_block(following[0]):
        return False
    if _BOLD_LEFT_OPEN.search(text) and _BOLD_CLOSED_FIRST.match(block_text(following[0])):
        return True
    line, below = "".join(text.split()), "".join(block_text(following[0]).split())
    if not line or not below or SECTION_NUMBER.match(below) or not _IDEOGRAPH.match(line[-1]):
        return False
    if len(below) > len(line) + WRAP_WIDTH_SLACK:
        return False
    if _CONTINUES.match(below):
        return True
    if not _IDEOGRAPH.match(below[0]):
        return False  # a date, a count: a line of its own
    clause = _CLAUSE_END.search(below)
    if clause is not None and clause.start() <= WRAPPED_CLAUSE_MAX_CHARS and clause.end() < len(below):
        return True  # (a line that is one short sentence, "说明。", is a line of its own)
    if line[-1] in _DANGLING and _SENTENCE_END.search(below):
        return True  # "…的同志自愿向" / "党组织提交…。": no title ends on a preposition or a particle
    if not _SENTENCE_END.search(below):
        return False  # a label ("推荐指数:"): a line of its own
    return len(line) >= WRAPPED_HEAD_MIN_CHARS and bool(re.search("[，,、]", line))


# "——基于两个案例的比较分析" under "基层治理中的“说服”何以有效?": a subtitle opens on the dash
# that joins it to the title. A dash before the speech's occasion ("——在全县…会议上") or the
# author's name ("——孙燕") opens the document's own line instead.
_SUBTITLE = LazyPattern(r"^\s*(?:——|—|--)\s*(?P<rest>\S.*?)\s*$")
SUBTITLE_MIN_CHARS = 6


def subtitle_under(title: str, following: list[pf.Block]) -> str | None:
    """The line under the title when it is the title's subtitle (a dash, then a title-shaped
    phrase that is no occasion and no name), None otherwise. `following` may hold the line after
    it: the title printed again there ("守护绿色" / "——初中部国旗下的讲话" / "守护绿色") shows the
    dashed line is the document's own line under its heading, not the title's second half."""
    if not following or not is_text_block(following[0]):
        return None
    if (len(following) > 1 and is_text_block(following[1])
            and title_core(block_text(following[1])) == title_core(title)):
        return None
    line = block_text(following[0])
    subtitle = _SUBTITLE.match(line)
    if subtitle is None or "——" in title:
        return None
    rest = subtitle.group("rest")
    if (len("".join(rest.split())) < SUBTITLE_MIN_CHARS or not title_shaped(rest) or names_occasion(line)
            or names_only(rest) or DATE.search(rest)):
        return None
    return line.strip()


# A news report's first paragraph opens with its dateline: "本报讯（记者 …）", "某某讯 近日…",
# "新华社北京3月30日电 …", "某某网5月2日电": the lines above it, down from the title, are the headline.
_NEWS_DATELINE = LazyPattern(
    rf"^\s*(?:本[报刊]讯|[{CJK}]{{2,8}}讯(?=[\s(（])"
    rf"|[{CJK}]{{2,12}}(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}})月(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}})日电)")
# A headline printed in up to three lines (a kicker, the main line, a deck), and the reporter's
# name alone between it and the dateline.
HEADLINE_MAX_LINES = 2
HEADLINE_LINE_MAX_CHARS = 40


def news_dateline(text: str) -> bool:
    """The line opens a news report with its dateline."""
    return bool(_NEWS_DATELINE.match(text))


def headline_lines(following: list[pf.Block]) -> int:
    """How many lines under the title are the rest of its headline (a news report's title printed
    in two or three lines: "某市某区" / "中层干部竞争上岗", "某办印发" / "《某某规则》"): the
    title-shaped lines between it and the report's dateline, a reporter's name alone aside. 0 when
    no dateline follows them."""
    lines = []
    for block in following[:HEADLINE_MAX_LINES + 2]:
        if not is_text_block(block):
            break
        lines.append(" ".join(block_text(block).split()))
    for count, line in enumerate(lines):
        if news_dateline(line):
            return count
        if (count + 1 < len(lines) and news_dateline(lines[count + 1])
                and re.fullmatch(f"[{CJK}]{{2,{BYLINE_MAX_CHARS}}}", line)):
            return count  # the reporter's name alone above the dateline stays in the text
        if (count >= HEADLINE_MAX_LINES or len(line) > HEADLINE_LINE_MAX_CHARS or text_begun(line)
                or not title_shaped(clean_title(line)) or names_site(line)):
            return 0
    return 0


# A listing's items with no mark (round 42; studied on 6 sites of the `pages` corpus: a hospital's
# news column, a news agency's government channel, a government news digest, a daily-news page, a
# tag page, a district body's news list): each headline over its own text, whose first sentence
# retells it ("某院举办…专题培训" over "为…,某院…举办专题培训"), perhaps a dash or a date between
# them, the department signing it after; the next item's headline over its text the same way, a
# few paragraphs down. An article's title is retold by its lead too, but what stands below it is
# its own text: a line there retold by the paragraph under it (an item's headline) opens another news.
UNMARKED_LISTING_BLOCKS = 9  # (an item's text runs to three paragraphs and a signature)
ITEMS_SHARED_PAIRS_MAX = 2
_ITEM_GAP = LazyPattern(
    r"^\s*(?:[-—–_=*·•]{1,3}|(?:19|20)\d{2}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)\s*$")


def heads_retold_listing(text: str, following: list[pf.Block]) -> bool:
    """The line is the first item of a listing no mark shows: the paragraph under it retells it,
    and further down another headline is retold by the paragraph under it."""
    from .headings.measure import word_pairs
    from .headings.news_items import EXCERPT_INNER_MARKS, excerpt_listing, is_headline, retells

    lines = [block_text(b).strip() for b in following[:UNMARKED_LISTING_BLOCKS] if is_text_block(b)]
    lines = [line for line in lines if line and not _ITEM_GAP.match(line)]
    # (posts over cut excerpts, three in a row: their headlines may hold a colon or a question mark)
    marks = EXCERPT_INNER_MARKS if excerpt_listing([text, *lines]) else 0
    if len(lines) < 3 or not is_headline(text, marks) or not retells(text, lines[0]):
        return False
    # Another news, not the title again nor a section of its subject: the two headlines share a
    # word at most ("我院…" / "我院…"); a numbered line between them is a document's part.
    for at, line in enumerate(lines[1:-1], start=1):
        if parse_marker(line) is not None:
            return False
        if (is_headline(line, marks) and len(word_pairs(line) & word_pairs(text)) < ITEMS_SHARED_PAIRS_MAX
                and retells(line, lines[at + 1])):
            return True
    return False


# A page of whole documents with no title of its own (a blog's listing that prints each post in
# full, a keyword page quoting documents under their names): each document's name, ending in its
# genre, over its own text, and a few paragraphs down another document's name over its text. The
# page's title is none of them. An article's own sections are no second document: their names
# share the title's words ("2024年工作计划" under "2023年工作总结") or are numbered.
DOCUMENT_LISTING_BLOCKS = 12
_DOCUMENT_END = LazyPattern(r"(?:小结|小結|记录|記錄)$")
# "时间:周三下午两点": a record's first field opens its text as a paragraph does.
_FIELD_OPENING = LazyPattern(rf"^\s*[{CJK}]{{2,4}}\s*[:：]\s*\S")


DOCUMENT_NAME_CHARS = (6, 40)
_NAME_BREAK = LazyPattern(r"[，,。；;：:！!？?]")


def document_name(line: str) -> bool:
    """A document's name alone on its line: a clause of words ending in its genre, not numbered,
    not sold as a template site sells a collection ("…范文", "…(精选5篇)")."""
    from .headings.samples import ANNOUNCES_SAMPLES

    name = clean_title(line)
    return (DOCUMENT_NAME_CHARS[0] <= len(name) <= DOCUMENT_NAME_CHARS[1] and not _NAME_BREAK.search(name)
            and parse_marker(name) is None and title_shaped(name) and not ANNOUNCES_SAMPLES.search(name)
            and (names_genre(name) or bool(_DOCUMENT_END.search(fold_script(name))))
            and not sold(name))


PARAGRAPH_MIN_CHARS = 20
_CLAUSE_MARK = LazyPattern(r"[，,。；;：:！!？?…]")


def own_text(line: str) -> bool:
    """A paragraph of a document's text: clauses a line long, or a record's first field; never a
    page's dated facts ("2025-05-08 09:44 来源:…")."""
    return not DATE.search(line) and (text_begun(line) or bool(_FIELD_OPENING.match(line))
            or (len(line) >= PARAGRAPH_MIN_CHARS and bool(_CLAUSE_MARK.search(line))))


# Another document's name shares a word (a character pair) with the first at most.
DOCUMENT_SHARED_PAIRS_MAX = 1


def opens_documents(name: str, text: str) -> bool:
    """A document's name over a paragraph of its own text: the first of a page's documents."""
    return document_name(name) and len(text) >= PARAGRAPH_MIN_CHARS and own_text(text)


def another_document(name: str, first: str, below: str, above: list[str]) -> bool:
    """`name` heads another document than `first`'s: a document's name sharing a word with the
    first at most, over its own text (`below`), and said by none of the lines `above` it (a name
    they say is the page's own, told again)."""
    from .headings.measure import squeeze, word_pairs

    key = squeeze(clean_title(name))
    return (document_name(name) and len(word_pairs(name) & word_pairs(first)) <= DOCUMENT_SHARED_PAIRS_MAX
            and not any(key in squeeze(line) for line in above) and own_text(below))


def heads_document_listing(text: str, following: list[pf.Block]) -> bool:
    """The line is the first of the documents a page with no title holds: a document's name over
    its own text, and further down another document's name over its text (heads_retold_listing
    asks for a news lead retelling its headline; a document's text need not)."""
    lines = [block_text(b).strip() for b in following[:DOCUMENT_LISTING_BLOCKS] if is_text_block(b)]
    lines = [line for line in lines if line]
    return len(lines) >= 3 and opens_documents(text, lines[0]) and any(
        another_document(line, text, lines[at + 1], lines[:at]) for at, line in enumerate(lines[1:-1], start=1))
