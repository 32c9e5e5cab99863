"""The page's title line: which line near the top is the title, what goes with it.

A first line that is short and unpunctuated is the page title (take_title_line); template sites
print it again below, or right above the page's meta line, or under a menu of short lines; a
document's name above the line found is the title instead; a 公文's recognised title lines are
its title. The forms a title line takes, and the lines never taken for one, are title_forms'.
Used by the metadata pass.
"""

from __future__ import annotations

import re

import panflute as pf

from ..state import get_state
from .bar_tables import is_rule_row
from .boilerplate.head_boxes import box_items_under_label
from .boilerplate.reader_address import head_address
from .boilerplate.rule_match import first_matching_rule
from .boilerplate.ruleset import load_rules
from .boilerplate.titles import CORE_MIN_CHARS, title_core
from .cell_runs import in_cell_run
from .elements import block_text, is_text_block, line_at
from .gongwen.patterns import LETTERHEAD_CONTACT, ORG_NAME, head_label
from .headings.samples import announces_samples, sample_marker
from .inline_split import split_inlines, strip_inlines
from .page_facts import ABOVE_TITLE_MAX_CHARS, kept_by_rule
from .patterns import CN_DIGITS, DATE_ONLY_LINE, EVENT_FIELD, ISSUE_LINE, SALUTATION, SENTENCE_MARK
from .regex_cache import LazyPattern
from .script import fold_script
from .title_affiliation import title_over_affiliation
from .title_anchors import (
    HEAD_MARK,
    ISSUER,
    TITLE_SEARCH_BLOCKS,
    box_headline_over,
    crumb_channels,
    crumb_named_line,
    document_name_under_menu,
    document_title_above,
    field_named_title,
    join_lines,
    join_wrapped,
    line_above_meta,
    line_under_counter,
    notice_title_start,
    repeated_line,
    take_issuer,
    wrapped_title,
)
from .title_core import names_institution
from .title_credits import byline, fact_line, opens_list, photo_caption
from .title_epaper import epaper_title_line
from .title_first_section import FIRST_SECTION_LOOKAHEAD, glued_first_section
from .title_form_box import beside_prompt, prompt_line
from .title_forms import (
    DOCUMENT_NAME,
    banner_title_start,
    clean_title,
    credited_name,
    doc_number_line,
    ends_in_count,
    field_title_end,
    flattened_title,
    glued_title_end,
    grid_row,
    names_genre,
    names_part,
    names_site,
    never_title,
    opens_part,
    outer_book_name,
    pupil_byline,
    reporter_byline,
    selling_after,
    split_site_head,
    tags_title,
    title_field_value,
    undecorated,
    without_doc_number,
    without_trailing_quality_tag,
)
from .title_frames import heads_framed_items
from .title_fuller import fuller_beside
from .title_glued_facts import headline_before_facts
from .title_item_facts import faceted_items_start
from .title_menus import in_menu_run
from .title_neighbours import (
    TAIL_SEARCH_BLOCKS,
    among_fields,
    channel_over_meta,
    channel_over_title,
    code_field_over_title,
    drop_byline,
    headline_lines,
    heads_chapter,
    heads_document_listing,
    heads_listing,
    heads_parallel,
    heads_retold_listing,
    heads_sections,
    heads_series,
    in_own_fields,
    inside_fields,
    lone_fields_over_title,
    meta_glued_at,
    numbers_a_series,
    numbers_sections_below,
    opens_on_later_sample,
    opens_section,
    over_breadcrumb,
    repeated_tail,
    runs_into,
    subtitle_under,
    title_follows,
    untalked_label,
    wraps_into,
)
from .title_notes import promulgation_note
from .title_shape import exclaimed_title, stated_title, title_shaped
from .title_stamps import cut_opening_stamps
from .title_suffixes import strip_site_suffix
from .title_talk import AFTER_UNSAID_MIN_SHARE, TEXT_CHARS, UNSAID_MIN_PAIRS, pair_count, says_any, share_said
from .title_units import MASTHEAD, UNTITLED, unit_alone, unit_heads, value_under_label
from .width import fold_width

# The rule a part's name alone over the title goes under (boilerplate/echoes.py copies none of it).
PART_LABEL_RULE = "meta-lines.part-label"
# "【小学校长开学典礼致辞】尊敬的各位老师…": the bracket is the title, the rest the text.
_BRACKETED_TITLE = LazyPattern(r"^【([^【】]{2,60})】\s*")
# "【某某时报／记者 某某／台中报导】某校今日…", "【本报讯】…": the report's dateline, crediting its
# reporter or news service, opens the text; the bracket is no title (read with scripts folded).
_NEWS_CREDIT = LazyPattern(r"记者|記者|通讯员|通訊員|(?:报道|報導|报导|讯|訊|电|電)\s*$")
# A line ending in 关于 is a title's first half: no title, channel or site name ends so. Nor does
# one end in the year its document is of ("某某县2024年" over "乡村振兴工作要点"): the year names
# the time of what the next line names.
_FIRST_HALF = LazyPattern(r"^[^，,。；;：:！!？?]{2,40}(?:关于|關於|關于|关於|(?<=[^\d])(?:19|20)\d{2}\s*年度?)$")
# "1、": the number a 文库 page gives its first page chunk, before the document's name.
_CHUNK_ONE = LazyPattern(r"^\s*(?:1\s*[、.．]\s*)?")
# "【教学目标】1.…【教学重点】…": another bracketed label later in the line (no count, no digits:
# "【精选5篇】" is a page's count) makes the opening bracket the first of the text's run-in part
# names, not a title.
_LATER_LABEL = LazyPattern(r"【[^【】\d篇]{2,24}】")
# "『壹』 工作计划怎么写…", "〖二〗…": a numeral in brackets opens a part (an answer, a sample) of the
# text: the text has begun, no title above it. So does a Chinese numeral alone on its line, bare or
# in angle or book-title marks ("〈一〉", "《二》", "〔三〕", "一"): a piece's or a section's number
# over its text (a news site's reflections numbered 〈一〉〈二〉, a theory article's and a forum print
# view's parts numbered 一, 二: 3 own-tune sites), never a title that holds no word.
_NUMERAL_MARK = LazyPattern(rf"^\s*(?:[『【〖\[]\s*[{CN_DIGITS}]{{1,3}}\s*[』】〗\]]"
                            rf"|[〈《〔<\uff1c]?\s*[{CN_DIGITS}]{{1,3}}\s*[〉》〕>\uff1e]?\s*$)")
# Shorter, the bracket is a field's label running into its value ("【时间】2003-12-15",
# "【意思】自查报告是…"), as another site prints "时间：…".
BRACKETED_TITLE_MIN_CHARS = 5
# A date with its weekday, perhaps the weather after it: "2024年5月6日 星期一 晴", "10月3日 周四 多云".
_WEEKDAY = r"(?:星期|周|週|礼拜|禮拜)[一二三四五六日天]"
_DAY_DATE = r"(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日"
_DAY_LINE = LazyPattern(rf"^\s*{_DAY_DATE}\s*[,，]?\s*{_WEEKDAY}(?:\s+[\u4e00-\u9fff]{{1,6}}){{0,2}}\s*$")
# Round 49: a portal's header prints the day with the weekday before the date ("星期五 2025年 3月 14日"),
# or with its share links glued after the weekday ("…星期六某某微博"), or greets with the day whose date a
# script filled in and the scrape lost ("欢迎您来到某某网! 今天是"): the site's line above the title, never
# a diary's own date (3 own-tune sites took it for the title).
_PORTAL_DAY = LazyPattern(
    rf"^\s*(?:今天是\s*[:：]?\s*)?{_WEEKDAY}\s*[,，]?\s*{_DAY_DATE}(?:\s*[\u4e00-\u9fff]{{1,8}}){{0,2}}\s*$"
    rf"|^\s*{_DAY_DATE}\s*[,，]?\s*{_WEEKDAY}[\u4e00-\u9fff]{{2,8}}(?:\s*[\u4e00-\u9fff]{{1,8}})?\s*$"
    rf"|^\s*今天是\s*[:：]?\s*{_DAY_DATE}\s*[,，]?\s*{_WEEKDAY}(?:\s*[\u4e00-\u9fff]{{1,8}}){{0,2}}\s*$"
    r"|^[^。!！?？]{0,30}[!！,，。\s]\s*今天是\s*[:：]?\s*$")
# A line longer than this is the document's text run together (a page flattened into one line):
# the title forms below each scan a whole line, some several times (a 3 MB line took 4 s in them),
# and a title, or a site's line above one, is never so long (cf. rule_match.FOLD_MAX_CHARS).
TITLE_LINE_MAX_CHARS = 100_000
# How many chrome lines above the title (each one a rule names or no page is titled with) the
# search looks past beyond its first TITLE_SEARCH_BLOCKS.
LOOKED_PAST_MAX = 12


_LETTER_SPACED = LazyPattern(r"^[\u4e00-\u9fff](?:[ \t\u3000]+[\u4e00-\u9fff]){1,7}$")


# A note's addressee alone on its line: a name or a surname and how the writer calls them, then
# the colon ("王老师：", "李经理：", "张阿姨：").
_ADDRESSEE = LazyPattern(r"^[\u4e00-\u9fff]{1,3}(?:老师|先生|女士|经理|主任|校长|书记|同学|阿姨|叔叔|师傅|医生"
                         r"|院长|局长|部长|总)[们]?\s*[:：]$")


MASTHEAD_SEARCH_BLOCKS = 3


def _masthead_name(doc: pf.Doc) -> int | None:
    """The index of a bulletin's name among the first lines: a title-shaped line right over its
    issue line ("第5期"); None when no issue line stands there."""
    texts = [block_text(b).strip() if is_text_block(b) else "" for b in doc.content[:MASTHEAD_SEARCH_BLOCKS + 1]]
    for index in range(min(MASTHEAD_SEARCH_BLOCKS, len(texts) - 1)):
        if (texts[index] and ISSUE_LINE.match(fold_width(texts[index + 1])) and title_shaped(texts[index])
                and not _FIELD_LINE.match(texts[index])):
            return index
    return None


# A field with its value ("地点：三楼会议室"): a record's or a form's line, never a bulletin's name.
_FIELD_LINE = LazyPattern(r"^[\u4e00-\u9fff]{1,6}\s*[:：]\s*\S")


def _letterhead_line(blocks: list[pf.Block], index: int) -> bool:
    """Whether the line at `index` is a letterhead's: a unit's name alone over its address or
    telephone line, or that line itself under the name."""
    def text(at: int) -> str:
        return "".join(block_text(blocks[at]).split()) if 0 <= at < len(blocks) and is_text_block(blocks[at]) else ""

    def unit(line: str) -> bool:
        return bool(line) and ORG_NAME.match(line) is not None

    line = text(index)
    if unit(line):
        return LETTERHEAD_CONTACT.match(text(index + 1)) is not None
    return LETTERHEAD_CONTACT.match(line) is not None and (
        unit(text(index - 1)) or (LETTERHEAD_CONTACT.match(text(index - 1)) is not None and unit(text(index - 2))))


def take_title_line(doc: pf.Doc) -> str | None:
    """The page's title line moves to metadata (see _take_title_line); the lines above it no
    page is titled with (account controls, a breadcrumb, a document's size) go as chrome."""
    formless: list[pf.Block] = []
    decorated: list[tuple[pf.Block, str]] = []
    # "精选优质文档-倾情为你奉上某某制度第一条…": a 文库 page's stamp run into the document's name
    # goes first, or the name is read with it, or lost with it (title_stamps).
    cut_opening_stamps(doc)
    opened = _opening_preview_name(doc)
    # A page that opens with the preview images of the uploaded file's pages ("某某课件_第1页",
    # "_第2页", …) names the document there: its text's first line under the site's lines
    # ("文档简介", the copyright note) is the document's, not its title (round 55: the form on
    # renrendoc.com and its mirrors cornels-photography.com, bubsandbeans.com, yag6.com).
    title = _title_from_previews(doc, opened) if opened is not None else _take_title_line(doc, formless, decorated)
    if not title and get_state(doc).gongwen is None and (previewed := _previewed_name(doc)) is not None:
        # "某某试题(含答案解析)_第1页" over "已阅读1页…" and a text that never names it: the preview of
        # the uploaded file's first page names the document (a text opening with the name has it
        # taken there, _take_title_line); the line stays for the document-site rule that drops it.
        title = _name_title(doc, previewed)
    if not title and (headline := _lone_headline(doc)) is not None:
        # An HTML page with no <title> and one <h1> over its text: the h1 is its headline.
        title = clean_title(block_text(headline))
        doc.content = [b for b in doc.content if b is not headline]
        doc.metadata["title"] = pf.MetaInlines(pf.Str(title))
        get_state(doc).report.record_removed(block_text(headline), "metadata.title")
    if title and _LETTER_SPACED.match(title):
        # "通  知", "会 议 纪 要": a 公文's short title spaced out for the page's layout; its name
        # is the word ("通知"), as typography reads the same line in the text.
        title = "".join(title.split())
        doc.metadata["title"] = pf.MetaInlines(pf.Str(title))
    report = get_state(doc).report
    for block, rule in decorated:
        text = block_text(block)
        if any(block is b for b in doc.content) and not kept_by_rule(doc, text):
            doc.content = [b for b in doc.content if b is not block]
            report.record_removed(text, rule)
    for block in formless:
        text = block_text(block)
        if _bare_sample_marker(text):
            continue  # "范文一：" over a page's first sample: the samples' own marker, never chrome
        if not title and _meeting_time(doc, block):
            continue  # "时间：…" over "地点：…" with no title: a record's own head, no line above a title
        if any(block is b for b in doc.content) and not kept_by_rule(doc, text):
            doc.content = [b for b in doc.content if b is not block]
            report.record_removed(text, "meta-lines.above-title")
    return title


def _table_head(blocks: list, index: int) -> bool:
    """Whether the line at `index` is a markdown table's head over its rule row ("2025年中报 |
    2024年年报 | …" over "---|---|…"), or that rule row under it. A page that opens with its
    table, no title shown (a stock site's summary, an admissions site's score list, a disclosure
    page's grid: own-tune stock.qianzhan.com, zsjz.qyxxpd.com, www.zhoucun.gov.cn), has its column
    names in a row of short words that reads as a menu; the rule row under it says it is a table's
    (bar_tables makes the table again), never a site's chrome above a title."""
    def line(at: int) -> str:
        return block_text(blocks[at]) if 0 <= at < len(blocks) and is_text_block(blocks[at]) else ""

    text = line(index)
    if is_rule_row(text):
        return any(bar in line(index - 1) for bar in "|｜")
    return any(bar in text for bar in "|｜") and is_rule_row(line(index + 1))


def _lone_headline(doc: pf.Doc) -> pf.Header | None:
    """The page's one level-1 heading when it stands among its first lines and no other level-1
    heading follows (an HTML page without a <title> gives its headline only as its <h1>; a page
    with two h1s has parts, not a headline), and it reads as a title; else None."""
    headers = [b for b in doc.content if isinstance(b, pf.Header) and b.level == 1]
    if len(headers) != 1 or not any(b is headers[0] for b in doc.content[:TITLE_SEARCH_BLOCKS + LOOKED_PAST_MAX]):
        return None
    text = block_text(headers[0]).strip()
    return headers[0] if text and title_shaped(text) and not never_title(text) else None


# A 文库 page's preview of the uploaded file's first page, printed as text: the file's name, then
# "_第1页" ("某某试题(含答案解析)_第1頁", "《某某方案》.doc_第1页"; the document-site rule page-image
# drops the line). Round 39: the form on 3 tuning sites, one of them with a title line above it.
_PAGE_IMAGE = LazyPattern(r"^\s*(?P<name>\S.{0,79}?)[_\uff3f]第\s*[1\uff11]\s*[页頁]\s*$")


def _opening_preview_name(doc: pf.Doc) -> str | None:
    """The document's name when the page's first line is the preview of its first page and the
    next is the preview of its second ("某某课件_第1页" over "某某课件_第2页"): a run of page images
    no page prints above a title of its own. None on a 公文, or when the page opens otherwise."""
    if get_state(doc).gongwen is not None:
        return None
    texts = [undecorated(block_text(b)) for b in doc.content[:3] if is_text_block(b)]
    texts = [t for t in texts if t.strip()]
    if len(texts) < 2 or not (first := _PAGE_IMAGE.match(texts[0])) or not _PAGE_IMAGE_NEXT.match(texts[1]):
        return None
    if _PAGE_IMAGE_NEXT.match(texts[1]).group("name").strip() != first.group("name").strip():
        return None
    return _previewed_name(doc)


def _title_from_previews(doc: pf.Doc, name: str) -> str:
    """The name the opening previews give is the title. When the text under the site's lines opens
    with that name glued to its first words ("某某课件本课从三个方面…"), the name goes from it as
    the title; a page chunk's "1、" keeps its line whole (the chunks are joined later)."""
    key = fold_width(name)
    shown = 0
    for block in doc.content:
        if not is_text_block(block) or not (text := block_text(block).strip()) or _PAGE_IMAGE_ANY.match(text):
            continue
        shown += 1
        if shown > TITLE_SEARCH_BLOCKS + LOOKED_PAST_MAX:
            break
        chunk = _CHUNK_ONE.match(text)
        if fold_width(text[chunk.end():]).startswith(key) and len(text) > chunk.end() + len(name):
            if chunk.end():
                break
            return _take_opening_title(doc, block, name, len(name))
    return _name_title(doc, name)


# Any page's preview line ("某某课件_第3页").
_PAGE_IMAGE_ANY = LazyPattern(r"^\s*\S.{0,79}?[_\uff3f]第\s*\d{1,3}\s*[页頁]\s*$")
# The preview of the uploaded file's second page, under its first (_opening_preview_name).
_PAGE_IMAGE_NEXT = LazyPattern(r"^\s*(?P<name>\S.{0,79}?)[_\uff3f]第\s*[2\uff12]\s*[页頁]\s*$")


def _previewed_name(doc: pf.Doc) -> str | None:
    """The document's name the first page's preview line among the page's first lines gives
    (without the file's extension, out of the 《》 the site put around it); None when no such line
    heads the page."""
    blocks = doc.content[:TITLE_SEARCH_BLOCKS + LOOKED_PAST_MAX]
    texts = (undecorated(block_text(b)) for b in blocks if is_text_block(b))
    preview = next((match for text in texts if (match := _PAGE_IMAGE.match(text))), None)
    if preview is None:
        return None
    name = strip_site_suffix(preview.group("name").strip())
    if (book := _IN_BOOK_MARKS.match(name)) is not None:
        name = book.group(1)
    return name if title_shaped(name) else None


def _meeting_time(doc: pf.Doc, block: pf.Block) -> bool:
    """A dated field ("时间：…", "会议时间：…") right over a meeting's field ("地点：…", "主持人：…"),
    or among the fields of an event at the head (boilerplate/placement.event_head_lines)."""
    from .boilerplate.placement import event_head_lines

    at = next((i for i, b in enumerate(doc.content) if b is block), None)
    if at is None:
        return False
    if id(block) in event_head_lines(doc.content):
        return True
    below = next((b for b in doc.content[at + 1:] if is_text_block(b) and block_text(b).strip()), None)
    return (below is not None and bool(_TIME_FIELD.match(block_text(block)))
            and EVENT_FIELD.match(block_text(below).strip()) is not None)


_TIME_FIELD = LazyPattern(r"\s*(?:会议|活动)?(?:时间|日期)\s*[:：]")


def _news_column(bracket, text: str, following: list[pf.Block]) -> str | None:
    """A news column's label in brackets ("【校园快讯】", "【要闻速讯】"; round 33): a bracket ending
    in a news word as a dateline's does, crediting no reporter, with a headline after it on its
    line (returned, cleaned) or alone over a headline line ("" returned). A dateline ("【本报讯】
    某校今日…，…") runs into a sentence, never into a headline; None when the line is no such label."""
    label = bracket.group(1)
    if not _NEWS_CREDIT.search(label) or _REPORTER.search(label) or _LATER_LABEL.search(text, bracket.end()):
        return None
    rest = text[bracket.end():].strip()
    if rest:
        return headline if title_shaped(headline := clean_title(rest)) else None
    after = _next_text(following)
    return "" if after and title_shaped(clean_title(after)) else None


# A reporter named in a dateline's bracket ("【记者 某某 报道】"): a credit, never a column's name.
_REPORTER = LazyPattern(r"记者|記者|通讯员|通訊員|编辑|編輯")


def _bare_sample_marker(text: str) -> bool:
    """A line holding a sample's marker alone ("范文一：", "【第一篇】", "篇一")."""
    marker = sample_marker(text)
    return marker is not None and marker.bare and marker.end >= len(text.rstrip())


def _take_title_line(doc: pf.Doc, formless: list[pf.Block], decorated: list[tuple[pf.Block, str]]) -> str | None:
    """A first line that is short and unpunctuated is the page title: move it to metadata.

    A first line starting with a section number ("三. 加强管理") is a heading of a page
    whose start was cut off, never its title. Chrome lines above it (a breadcrumb, a site
    greeting) are looked past and left to the boilerplate pass; a line opening with
    "【标题】" gives the bracket as the title and keeps the rest. In a 公文 (passes/gongwen
    recognised one) the title is its title line, never a 版头 line ("XX文件", "★", the
    issuer's name), and a template's "[此处输入文件标题]" is no title at all. Elsewhere a line
    the page repeats below it ("工作制度" then "工作制度(通用5篇)"), or one right above the page's
    meta line, is the title even after other short lines ("行政 导航"): template sites print
    their title again and its facts under it, their menus not; those short lines go.
    """
    found = get_state(doc).gongwen
    head_parts: set[int] = set()
    if found is not None:
        title = take_gongwen_title(doc)
        if title is not None:
            return title
        # No title line: a 通告/公告 page's first line is both its mark and its title; the
        # other 版头 lines ("XX文件", 份号, 发文字号, "★") are never the title.
        titled_marks = {id(p.block) for p in found.parts
                        if p.field == "issuer_mark" and not p.text.endswith("文件")}
        head_parts = {id(p.block) for p in found.parts if p.block is not None} - titled_marks
    rules = tuple(r for r in load_rules() if r.action == "drop" and not r.profile)
    if found is None and (field := field_named_title(doc, rules)) is not None:
        # "标题: 某某 [打印本页]", "原标题:某某", "篇名 某某", "主题:" over "某某": the page names its
        # title in a field; the short lines above it (the site's name, its menu, the date, the
        # field's label alone) go with it.
        index, named = field
        above = [i for i, block in enumerate(doc.content[:index])
                 if is_text_block(block) and (text := block_text(block).strip())
                 and len(text) <= ABOVE_TITLE_MAX_CHARS and not kept_by_rule(doc, text)]
        return _take_title(doc, index, named, above, None, rules)
    if found is None and (masthead := _masthead_name(doc)) is not None:
        # "安全生产简报" over "（第3期）": a bulletin's masthead; its name is the title, and the
        # issue, the issuing unit and the date under it are the bulletin's own lines.
        return _take_title(doc, masthead, clean_title(block_text(doc.content[masthead])), [], None, rules)
    wrapped = None if found is not None else wrapped_title(doc, rules)
    if wrapped is not None:
        join_wrapped(doc, wrapped)  # the title's first copy, hard-wrapped in two: one line again
    # A 公文's 版头 lines are its own: no title is looked for below them, none of them goes.
    # The channels a breadcrumb names: a line saying one is the site's, never the title.
    channels = crumb_channels(doc, TITLE_SEARCH_BLOCKS + LOOKED_PAST_MAX)
    # A forum thread's counter proves the title under it before any other anchor.
    repeated = None if found is not None else line_under_counter(doc, rules)
    if repeated is None and found is None:
        # An e-paper's article view: the headline under the page's controls (title_epaper.py).
        repeated = epaper_title_line(doc, rules)
    # (the e-paper's headline list above its title names documents too: none of them is the title)
    epaper = repeated is not None and found is None
    crumbed = None  # the line a breadcrumb ends on, printed again right under it
    if repeated is None and found is None:
        repeated = crumbed = crumb_named_line(doc, rules)
    stated = None  # a headline written as one sentence, proven by the page printing it again
    if repeated is None and found is None:
        repeated = repeated_line(doc, rules, channels)
        stated = repeated if repeated is not None and stated_title(block_text(doc.content[repeated])) else None
    if repeated is None:
        repeated = wrapped
    if repeated is None and found is None:
        # "某某 某某" / "（某大学 某学院，某省 某市 100000）" under a headline: an article's byline, the
        # headline over it (title_affiliation).
        repeated = title_over_affiliation(doc, rules)
        if repeated and _title_head_above(doc, repeated, rules):
            repeated -= 1  # "某某探索" / "——基于…" over the byline: the dashed line is the subtitle
    above_meta = None
    if repeated is None and found is None:
        repeated = above_meta = line_above_meta(doc, rules)
        if repeated and (whole := _whole_headline_above(doc, repeated)) is not None:
            # "部署某某工作 要求…" / "部署某某工作" / "要求…" / "( 2025-05-16 ) 稿件来源:…": the
            # headline printed whole, then again phrase by phrase over the page's facts; the whole
            # line is the title (its phrases go as the title printed again).
            repeated = above_meta = whole
        elif repeated and _title_head_above(doc, repeated, rules):
            # "以某某破解某某困境" / "——独立学院视角" / "2018-01-25 10:25 某某": the line over the
            # facts is the title's dashed subtitle; the title is the line above it (the subtitle
            # joins it in _take_title).
            repeated = above_meta = repeated - 1
    elif repeated is not None and found is None and wrapped is None:
        anchor = line_above_meta(doc, rules)
        if anchor is not None and anchor < repeated and _named_in(doc.content[anchor], doc.content[repeated]):
            # "保密协议书" / "时间:… 协议书 我要投稿" / "保密协议书范文集锦六篇" (printed twice): the
            # line over the meta line is the title, the longer one under it the site's variant.
            repeated = above_meta = anchor
        elif (anchor is not None and anchor > repeated + 1 and _back_to_back(doc, repeated)
              and not _named_in(doc.content[repeated], doc.content[anchor])):
            # "某某文案-写作的好帮手" twice running, then "会议纪要怎么排" over "73": the site's banner
            # printed twice; the title is the other line, the one over the page's facts.
            repeated = above_meta = anchor
    if repeated is None and found is None:
        repeated = document_name_under_menu(doc, rules)
        if repeated and _FIRST_HALF.search("".join(block_text(doc.content[repeated - 1]).split())):
            # "某省人民政府关于" over "进一步…的若干意见": a 公文 title wrapped after its 关于, one line again
            repeated -= 1
            join_wrapped(doc, repeated)
        elif repeated and _title_head_above(doc, repeated, rules):
            # "扎实推进乡村振兴" over "——在…推进会上的讲话": the dashed line names the document but is
            # its subtitle; the line above is the title (the subtitle joins it in _take_title).
            repeated -= 1
        elif repeated and names_institution(title_core(block_text(doc.content[repeated - 1]))):
            # "某某县第一中学" over "2024年秋季学期工作计划": the unit's name alone over its document's
            # name is the title's first line, never a menu above it.
            repeated -= 1
            join_wrapped(doc, repeated)
    if repeated is not None and found is None and (start := notice_title_start(doc, repeated, rules)) is not None:
        # "省政府办公厅" / "关于开展…政务公开" / "考评的通知" over the meta line: one 公文 title, one line again
        join_lines(doc, start, repeated)
        above_meta = start if above_meta == repeated else above_meta
        repeated = start
    issuer = None  # the unit a 公文 page names between its title and its date
    if (repeated is not None and not epaper
            and (named := document_title_above(doc, repeated, rules, head_parts)) is not None):
        if above_meta is not None and named == above_meta - 1 and ISSUER.search(block_text(doc.content[above_meta])):
            issuer = doc.content[above_meta]
        repeated = named
    above: list[int] = []  # short lines above a repeated title: the site's menu, its name
    looked_past: list[str] = []  # lines a chrome rule names (a lead-in may announce samples)
    window = TITLE_SEARCH_BLOCKS if repeated is None else max(TITLE_SEARCH_BLOCKS, repeated + 1)
    # Lines looked past do not use the window up: a 文库 prints its document's facts and its
    # notice block ("- 约 7页", "- 举报", "1、本文档由用户上传…") above the title.
    limit = window
    credited = None  # the document's name in the site's credit line above the text
    box_end = 0  # the lines under a box's label above the title are its items (head_boxes)
    unsaid_above = False  # a line above was one the text never says (title_talk)
    for index, block in enumerate(doc.content[:window + LOOKED_PAST_MAX]):
        if index >= limit:
            break
        if not is_text_block(block):
            return None
        if id(block) in head_parts:
            continue
        text = block_text(block)
        if not text:
            continue
        if len(text) > TITLE_LINE_MAX_CHARS:
            return None  # the text run together on one line: no title is read off it, none below it
        if index < box_end:
            decorated.append((block, "recommendations.head-box"))
            limit += 1
            continue
        chunk = _CHUNK_ONE.match(text)  # "1、": a page chunk's number, cut later with the others
        if (credited and fold_width(text[chunk.end():]).startswith(fold_width(credited))
                and len(text) > chunk.end() + len(credited) and not title_shaped(clean_title(text))):
            # "《某某通知.docx》由会员分享…" above "某某通知各单位:根据…": the credited name opens the text.
            if chunk.end():
                return _name_title(doc, credited)
            # (a selling word glued after the name goes with it: "某某办法范本为…")
            return _take_opening_title(doc, block, credited, selling_after(text, len(credited)))
        if (end := field_title_end(text)) is not None:  # "文件名称:…制度版本号:A0…": the rest stays
            return _take_opening_title(doc, block, clean_title(text[:end]), end)
        bracket = _BRACKETED_TITLE.match(text)
        seen = fold_script(text)  # the line as the rules read it: "引言(yán)" is "引言"
        if bracket and (column := _news_column(bracket, text, doc.content[index + 1:index + 2])) is not None:
            if column:
                # "【校园快讯】某校举行科技节开幕式": the column's label glued before the headline.
                return _take_title(doc, index, column, above, issuer, rules)
            # "【校园快讯】" alone over "某校举行科技节开幕式": the column's label, above the title.
            looked_past.append(text)
            formless.append(block)
            limit += 1
            continue
        if not bracket and names_part(seen) and _titles_under_label(doc.content[index + 1:index + 2]):
            # "正文" / "某某工作的几个要点" / "“三会一课”是…": a part's name alone over a title-shaped
            # line is the site's label (a side menu's item, the page's "text" tab), not the text's
            # first part, which has its prose right under its name. It goes; the title is under it.
            # (Recorded as a part's label: its name again below is the text's own heading, no echo.)
            looked_past.append(text)
            decorated.append((block, PART_LABEL_RULE))
            limit += 1
            continue
        if ((bracket and (names_part(bracket.group(1)) or _LATER_LABEL.search(text, bracket.end())
                          or _NEWS_CREDIT.search(bracket.group(1))))
                or opens_part(seen) or names_part(seen) or opens_section(seen) or _NUMERAL_MARK.match(text)):
            # "【前言】以下是…", "引言:…", "引言" alone, "目标:让…", "【记者 某某报道】…": the text has
            # begun, no title above it
            return None
        if (bracket and len(text) > bracket.end() and not tags_title(bracket.group(1))
                and len(bracket.group(1)) >= BRACKETED_TITLE_MIN_CHARS
                and not DATE_ONLY_LINE.match(bracket.group(1))):  # "【2024年2月18日】标题": a dated title
            if (headline := _headline_after_label(text[bracket.end():], doc.content[index + 1:index + 2], rules)):
                # "【喜迎校庆 青春向党】某某——思想汇报" over "某某 2023-05-18": a campaign's, a
                # series' or a column's label glued before the headline, the page's facts under it.
                return _take_title(doc, index, headline, above, issuer, rules)
            return _take_opening_title(doc, block, bracket.group(1), bracket.end())
        plain = undecorated(text)  # ">>大小:35 KB", "| 首页 > …": the rules' line without its bullet or bar
        if head_label("".join(plain.split())):
            # "附件2", "第3期", "内部资料", "特急" over the title: the document's own label, no title and
            # no site's line. It stays; the title is looked for under it.
            limit += 1
            continue
        credited = credited or credited_name(plain)
        rule = first_matching_rule(rules, " ".join(plain.split()), {"head", "anywhere"})
        if rule and _spaced_over_addressee(plain, doc.content[index + 1:index + 2]):
            rule = None  # "贺　信" over "某某学院：": the letter's title, no byline of names
        if rule and title_field_value(plain) is not None and title_shaped(named := clean_title(plain)):
            # "标题: 某某 [打印本页]": a forum's print view, its controls named by a rule, the title
            # its field's value.
            return _take_title(doc, index, named, above, issuer, rules)
        if (rule and rule.concept == "meta-lines" and repeated is None and plain == text
                and (end := headline_before_facts(text)) is not None):
            # "某村致全体村民的一封信 发布日期:… 信息来源:…": the headline with its facts glued after
            # it on one line (title_glued_facts). The headline is the title; the facts stay for
            # the meta-line rules.
            return _take_opening_title(doc, block, clean_title(text[:end]), end)
        if rule:
            if rule.concept == "recommendations" and (items := box_items_under_label(doc.content, index)):
                box_end = index + 1 + items
            if plain != text and not first_matching_rule(rules, " ".join(text.split()), {"head", "anywhere"}):
                # Only its decoration kept the rule from the line: it goes here, under the rule's name.
                decorated.append((block, f"{rule.concept}.{rule.name}"))
            looked_past.append(text)
            limit += 1
            continue
        if prompt_line(plain) or beside_prompt(plain, doc.content, index):
            # "搜尋條件" over "請輸入查詢文字": a form box's label and prompt (title_form_box), no
            # title; they go with the lines above a title.
            looked_past.append(text)
            formless.append(block)
            limit += 1
            continue
        if in_cell_run(lambda at: line_at(doc.content, at), index, len(doc.content)):
            # "发文字号: |" / "某字第12号 |" / "主 旨: |" …: a table scraped one cell a line
            # (cell_runs.py); no cell is the title. They stay; the title is looked for under them.
            limit += 1
            continue
        if (not title_shaped(clean_title(plain))
                and head_address(plain, _next_text(doc.content[index + 1:index + 2]) or "")):
            # "以下是一篇学习计划，可根据自身情况修改使用。" over the title: the site's address to its
            # reader, told by its slots (reader_address), whatever its words; the boilerplate pass
            # removes it. The title is looked for under it.
            looked_past.append(text)
            limit += 1
            continue
        if "".join(plain.split()) in channels:
            looked_past.append(text)  # "综合新闻" over "首页 > 综合新闻 > 正文": the channel's name
            formless.append(block)
            limit += 1
            continue
        if repeated is None and over_breadcrumb(plain, doc.content[index + 1:index + 3], rules):
            looked_past.append(text)  # "城南区某某镇" over "当前位置: 网站首页 > …": the site's header
            formless.append(block)
            limit += 1
            continue
        if (repeated is None and (start := banner_title_start(plain)) is not None
                and title_shaped(named := clean_title(plain[start:]))):
            # "某某范文网 学校安全管理制度": the site's name, then the title (the line goes whole).
            return _take_title(doc, index, named, above, issuer, rules)
        if repeated is None and (byline(plain) or reporter_byline(plain) or photo_caption(plain)
                                 or _ROLE_FIELD.match(fold_width(plain).strip())
                                 or opens_list(plain, _next_text(doc.content[index + 1:index + 2]))):
            # The text's first line: its byline (a title stands above a byline, and here none
            # does: the scrape lost it), a picture's caption crediting its photographer, or the
            # first item of a list. It stays, and the page has no title line.
            return None
        if _letterhead_line(doc.content, index):
            # "青禾文化传媒有限公司" over "地址：某市城东路18号": a letterhead (the unit's name, its
            # address) over the letter's title; its lines stay, the title is looked for under them.
            limit += 1
            continue
        if ((never_title(plain) and not grid_row(doc.content, index) and not _table_head(doc.content, index))
                or (names_site(plain) and title_follows(doc.content[index + 1:limit + 1]))):
            # A breadcrumb, the account controls, a document's size, the site's name above a
            # title: the site's, above the title.
            looked_past.append(text)
            if not pupil_byline(plain):  # the author's school and class stay with the text
                formless.append(block)
            limit += 1
            continue
        if _PORTAL_DAY.match(fold_width(plain)):
            looked_past.append(text)  # "星期五 2025年 3月 14日", "…! 今天是": the portal's day, above the title
            formless.append(block)
            limit += 1
            continue
        if _DAY_LINE.match(fold_width(plain)):
            # "5月6日 星期一 晴": a diary's (or a portal's) date and weekday, never a title; it stays.
            limit += 1
            continue
        if code_field_over_title(doc.content, index, lambda line: title_shaped(clean_title(line))):
            # "合同编号：ZL-2024-〇〇" over "房屋租赁协议书": the document's number above its name. It
            # stays; the name under it is the title.
            limit += 1
            continue
        if in_own_fields(doc.content, index, rules) and not among_fields(doc.content, index, rules):
            if lone_fields_over_title(doc.content, index, lambda line: title_shaped(clean_title(line))):
                # "班级：… 姓名：…" alone over "化学实验报告——…": a form's header row over its title.
                # It stays; the title is looked for under it.
                limit += 1
                continue
            # "时间:…" over "地点:…", "主持人:…"; "合同编号:…" over "甲方:…", "乙方:…": the document's
            # own fields open its text (its title, if any, stands above them). They stay.
            return None
        if fact_line(plain):
            looked_past.append(text)  # "2024-03-18|閱讀時間…", "来自:党委办公室": the page's fact
            formless.append(block)
            continue
        if value_under_label(doc.content, index):
            # "发布机构:" over "某某县教育局": a government page's table of facts, one cell a line;
            # the value is the site's fact (it goes with the label), the title is looked for under it.
            looked_past.append(text)
            formless.append(block)
            limit += 1
            continue
        if doc_number_line(plain) or among_fields(doc.content, index, rules):
            # "某府办〔2015〕37号": the document's number; "发文机关:某某" over "发布日期:…": one
            # of the page's fields. No title; left to the boilerplate pass.
            limit += 1
            continue
        if inside_fields(doc.content, index, rules):
            # "编辑委员会主任:某某" between a masthead's "编辑:…" and "副主任:…": a field of the
            # page's facts with a longer label, no title. It goes with the lines above a title
            # (the rules, which know the short labels, leave it alone between them).
            looked_past.append(text)
            formless.append(block)
            limit += 1
            continue
        if repeated is None and channel_over_meta(text, doc.content[index + 1:index + 2], rules):
            looked_past.append(text)  # the channel's name the meta line under it gives again
            formless.append(block)
            limit += 1
            continue
        if SALUTATION.match(plain) or _ADDRESSEE.match(fold_width(plain)):
            # "王老师：", "尊敬的各位领导：": whom a letter or a note is written to opens its text; no
            # title stands under it (a line of the note over its date is no title, and the
            # salutation no menu above one). It stays.
            return None
        if (repeated is not None and index == repeated - 1 and above_meta == repeated
                and _headline_head(doc, index, repeated, rules)):
            # "某市政协界别在社区开座谈会" / "委员们带着走访笔记谈明年选题" over "2023-12-14 | 作者:…": a
            # headline printed in two lines over the page's facts. The upper line is the title, never
            # a menu's item above it; the lower goes to the metadata as its subtitle (printed under
            # the title by every writer), so neither line is lost.
            subtitle = block_text(doc.content[repeated])
            doc.metadata["subtitle"] = pf.MetaInlines(pf.Str(" ".join(subtitle.split())))
            get_state(doc).report.record_removed(subtitle, "metadata.subtitle")
            del doc.content[repeated]
            return _take_title(doc, index, clean_title(text), above, issuer, rules)
        if repeated is not None and index < repeated and (
                index + headline_lines(doc.content[index + 1:]) < repeated or box_headline_over(doc, index, repeated)):
            # (A news headline's first line over the line found is the headline's, not the menu's.)
            # (A 公文's 版头 mark over the page's facts is the document's own line: it stays.)
            if len(text) <= ABOVE_TITLE_MAX_CHARS and not kept_by_rule(doc, text) and not HEAD_MARK.match(
                    "".join(text.split())):
                above.append(index)
            continue
        if repeated is None and in_menu_run(doc.content, index):
            # "首页" / "学习" / "活动": the site's menu, no title among its items; they go with the
            # lines above the title once one is found under them (a page with none keeps them).
            looked_past.append(text)
            if not kept_by_rule(doc, text):
                above.append(index)
            limit += 1
            continue
        if repeated is None and unit_alone(text):
            # "某某人民医院", "某某股份有限公司": a unit's name alone is never the title (title_units).
            # Over its document's number or name it is the document's letterhead and stays; over a
            # first chapter it heads a rule with no title line; elsewhere it is the site's masthead
            # and goes. The title is looked for under it.
            heads = unit_heads(doc.content, index)
            if heads == UNTITLED:
                return None
            looked_past.append(text)
            if heads == MASTHEAD:
                formless.append(block)
            limit += 1
            continue
        candidate = clean_title(text)  # without the tag, bullet or separator the site put around it
        # ("…这些事项请注意!" over the meta line: a headline's exclamation, proven by its anchor.)
        # ("青春，向未来出发！" over "亲爱的同学们：": a speech's exclaimed title, proven by the
        # salutation that opens its text right under it.)
        # ("某某步道恢复开放啦!" as the page's first line over a paragraph: a headline over its text;
        # nothing above it that the page could be opening with instead. An exclamation with a comma
        # there is the text's first sentence calling its readers: "同学们,新学期开始了!")
        saluted = _over_salutation(doc.content[index + 1:index + 2])
        opening = (not above and not looked_past and _over_paragraph(doc.content[index + 1:index + 2])
                   and (candidate.rstrip()[-1:] in ("?", "？") or not re.search("[,，]", candidate)))
        shaped = title_shaped(candidate) or (
            (index in (above_meta, crumbed) or saluted or opening) and exclaimed_title(candidate)) or (
            saluted and _called_out(candidate)) or (index == stated and stated_title(candidate))
        if repeated in (None, index) and (end := glued_first_section(text, [
                block_text(b) for b in doc.content[index + 1:index + FIRST_SECTION_LOOKAHEAD] if is_text_block(b)])):
            # "某某建设方案一、项目概述" with "二、…" below: the name is the title, the first
            # section's heading stays in the text (title_first_section)
            return _take_opening_title(doc, block, text[:end].strip(), end)
        if (repeated is None and shaped and index + 1 < len(doc.content)
                and in_own_fields(doc.content, index + 1, rules)
                and not among_fields(doc.content, index + 1, rules)):
            # "家访记录" over "学生姓名：…" / "家访时间：…": the name over the document's own fields
            # is its title, never a channel's name (the fields are no headline under it).
            return _take_title(doc, index, candidate, above, issuer, rules)
        if (repeated is None and shaped and (below := _next_text(doc.content[index + 1:index + 2]))
                and byline(undecorated(below))):
            # "我的外婆" over "小作家/某县实验小学 林小雨": a title stands over its author's byline,
            # never a channel's name (a channel stands over a headline).
            return _take_title(doc, index, candidate, above, issuer, rules)
        if (repeated is None and channel_over_title(candidate, doc.content[index + 1:index + 4], rules)
                and not headline_lines(doc.content[index + 1:])):
            looked_past.append(text)  # "松江" over "新桥镇…服务队成立" over the report: the channel's
            formless.append(block)
            limit += 1
            continue
        if repeated is None and untalked_label(candidate, doc.content[index + 1:], rules):
            looked_past.append(text)  # "職場" over "簽呈格式" over "簽呈是…": a shelf the text never names
            formless.append(block)
            limit += 1
            continue
        if not shaped and (flattened := flattened_title(text)) is not None:
            # "某某制度 某某制度 为了…", "某某方案(5篇)(篇一)为…": a flattened page opens with its name
            start, title_end, end = flattened
            if start:  # after a page chunk's number: named, left in the chunk (_name_title)
                return _name_title(doc, text[start:title_end].strip())
            return _take_opening_title(doc, block, text[start:title_end].strip(), end)
        if (end := meta_glued_at(text)) is not None or (
                not shaped and (end := glued_title_end(text)) is not None):
            # "師德學習心得作者:…", "员工出勤管理办法第一条…": the title opens the line
            return _take_opening_title(doc, block, text[:end].strip(), end)
        if not shaped and runs_into(text, doc.content[index + 1:index + 2]):
            looked_past.append(text)  # the site's heading: the title under it run into its subtitle
            formless.append(block)
            limit += 1
            continue
        if not shaped and heads_chapter(plain, doc.content[index + 1:]):
            # "二十三、调查报告" over "（一）什么是调查报告": a book's chapter opening its page is its title.
            return _take_title(doc, index, candidate, above, issuer, rules)
        if not shaped or numbers_sections_below(text, doc.content[index + 1:index + 4]):
            return None
        if (heads_sections(text, doc.content[index + 1:]) or heads_series(text, doc.content[index + 1:])
                or numbers_a_series(text, doc.content[index + 1:]) or heads_parallel(text, doc.content[index + 1:])
                or heads_listing(text, doc.content[index + 1:])
                or heads_retold_listing(text, doc.content[index + 1:])):
            # "调研背景" over its paragraph, "调研方法" below: the first section's name; "第41号批示"
            # with "第42号批示" further down: the first of the documents the page holds.
            return None
        if (start := faceted_items_start(text, doc.content[index + 1:])) is not None:
            # A tag page's items, each a name, its excerpt and its facts line (title_item_facts): no
            # title. The listing's heading over the first item (the tag's words) and the short lines
            # above go, as the lines above a title do.
            formless.extend([*(doc.content[at] for at in above), *([block] if start else [])])
            return None
        if heads_document_listing(text, doc.content[index + 1:]):
            # "学生会换届工作小结" over its text, "课题组组会记录" over its text below: the first of the
            # documents a page with no title holds. The short lines above it are the page's head,
            # as they are above a title (a keyword page's phrase).
            formless.extend(doc.content[at] for at in above)
            return None
        if heads_framed_items(text, doc.content[index + 1:]):
            # "——最新的来信——" over its text, "——最快的回复——" over another further down: the first
            # of the page's items, each name in one frame (title_frames). The page has no title line.
            formless.extend(doc.content[at] for at in above)
            return None
        below = doc.content[index + 1:index + 2]
        if wraps_into(text, below) and not _chrome_below(rules, below):
            # The head of a hard-wrapped first paragraph: the page has no title line. A line under
            # it that a chrome rule names is no rest of its sentence, however it opens: a Q&A site's
            # "的有关信息介绍如下:" under the question it answers ("…的区别是什么").
            return None
        if announces_samples(looked_past) and sample_marker(fold_width(text), announced=True):
            return None  # "…范文三篇，供大家参考。" then "春节乡镇工作总结1": the first sample's marker
        if not looked_past and opens_on_later_sample(text, doc.content[index + 1:index + 3]):
            return None  # "开展垃圾分类活动方案10" over "一、活动背景": a later page of the article
        if (repeated is None and not saluted and not names_genre(candidate)
                and _unsaid(candidate, doc.content[index + 1:], looked_past, unsaid_above)):
            # "文章预览", "更多专区", "科技改變生活 · 科技引領未來" over a text that never says a word of
            # it (title_talk): the site's shelf, a control, its slogan, an advertisement; no title.
            # A line over a salutation ("致客户的道歉信" over "尊敬的钱女士：") or one ending in its
            # genre names its letter or speech, whose text need not repeat it: such a line stays.
            # It goes as a line above the title does, and the title is looked for under it. With no
            # title found, the first such line and the lines above it still go (they went before as
            # the title and the lines above it: a page with no title loses no more).
            if len(text) <= ABOVE_TITLE_MAX_CHARS and not kept_by_rule(doc, text):
                if not unsaid_above:
                    formless.extend([*(doc.content[at] for at in above), block])
                above.append(index)
            unsaid_above = True
            looked_past.append(text)
            limit += 1
            continue
        if (repeat := repeated_tail(candidate, doc.content[index + 1:index + 1 + TAIL_SEARCH_BLOCKS])):
            # "某某体育彩票 垃圾不落地活动方案.docx", then "垃圾不落地活动方案"; the repeat is cleaned as
            # a title line is ("百科词条:述职报告" under "职场词汇 > 百科词条:述职报告").
            candidate = clean_title(repeat)
        elif (repeated is None or index == repeated) and (fuller := fuller_beside(doc.content, index, candidate)):
            # "章程" over "某某协会章程", "演讲稿:某某" over "演讲稿" (over the page's facts): the name
            # told in full beside the short one is the title; the short line is the site's.
            return _take_fuller(doc, index, fuller, above, issuer, rules)
        return _take_title(doc, index, candidate, above, issuer, rules)
    return None


def _take_fuller(doc: pf.Doc, index: int, fuller: tuple[int, str], above: list[int], issuer, rules) -> str:
    """The fuller line at `fuller` is the title; the short line at `index` goes: over the title as a
    line above it, under it as the title printed again."""
    at, name = fuller
    if at > index:
        return _take_title(doc, at, name, [*above, index], issuer, rules)
    short = block_text(doc.content[index])
    if not kept_by_rule(doc, short):
        del doc.content[index]
        get_state(doc).report.record_removed(short, "title.repeated-title")
    return _take_title(doc, at, name, [position for position in above if position != at], issuer, rules)


# "——在…会议上的讲话", "—— 某某调研报告": a subtitle, opened by a dash run.
_DASHED_SUBTITLE = LazyPattern(r"^\s*(?:——|--|－－|—\s)")


def _title_head_above(doc: pf.Doc, index: int, rules) -> bool:
    """The line at `index` is a dashed subtitle and the line above it a title-shaped line no rule
    names: that line is the title's head."""
    if not _DASHED_SUBTITLE.match(block_text(doc.content[index])) or not is_text_block(doc.content[index - 1]):
        return False
    above = block_text(doc.content[index - 1]).strip()
    return (title_shaped(above) and not _DASHED_SUBTITLE.match(above)
            and not first_matching_rule(rules, " ".join(above.split()), {"head", "anywhere"}))


# A headline's upper line is a clause of its own; a channel's or a column's name over the title
# ("重要讲话", "党建专栏", "工作动态") is a word or two.
HEADLINE_HEAD_MIN_CHARS = 8
# A headline's line is words: ideographs, their punctuation, figures, a blank between two phrases.
# A Latin word ("INDEX", "ENGLISH"), a bar, a slash, an arrow or a single dash marks a site's
# banner, a bilingual column name, a menu or a breadcrumb ("某某文案站—写给你的文字管家").
_HEADLINE_WORDS = LazyPattern(r"^(?:[\u4e00-\u9fff0-9“”‘’《》「」、，,：:·！!？?（）()]|——|\s)+$")
# "时政要闻 党建新闻": a menu's items parted by blanks, each a word of two to four characters.
_MENU_WORDS = LazyPattern(r"^[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4})+$")
# "修正於民國93年5月28日(非現行條文)": a line giving a full date is a version's or the page's fact,
# not a headline's line.
_FULL_DATE = LazyPattern(r"\d{1,4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")


# How many phrase lines a headline printed whole may be printed again in.
PHRASE_LINES_MAX = 4


def _whole_headline_above(doc: pf.Doc, index: int) -> int | None:
    """The index of the line printing whole the headline whose phrases are the lines ending at
    `index` (two to PHRASE_LINES_MAX of them, blank-parted phrases of that line in order), or None."""
    joined = ""
    for start in range(index, max(-1, index - PHRASE_LINES_MAX - 1), -1):
        block = doc.content[start]
        if not is_text_block(block):
            return None
        text = "".join(block_text(block).split())
        if start < index - 1 and text == joined and " " in " ".join(block_text(block).split()):
            return start
        joined = text + joined
    return None


def _headline_line(text: str) -> str | None:
    """The line as a headline's line reads (simplified, without readings, one blank between
    phrases), or None when it is no headline's line by its characters."""
    line = " ".join(fold_script(fold_width(text)).split())
    if not _HEADLINE_WORDS.match(line) or _MENU_WORDS.match(line) or _FULL_DATE.search(line):
        return None
    return line


def _headline_head(doc: pf.Doc, index: int, found: int, rules) -> bool:
    """The line at `index`, right above the title-shaped line `found` over the page's facts, is the
    headline's first line: both lines are words only, the upper title-shaped and clause-long, no
    rule's, no site's or unit's name, and neither line names the other (a title printed again in a
    variant is not two lines of one headline)."""
    upper, lower = _headline_line(block_text(doc.content[index])), _headline_line(block_text(doc.content[found]))
    if upper is None or lower is None or len("".join(upper.split())) < HEADLINE_HEAD_MIN_CHARS:
        return False
    if box_headline_over(doc, index, found):
        return False
    cores = ["".join(title_core(line).split()) for line in (upper, lower)]
    return (title_shaped(upper) and not first_matching_rule(rules, upper, {"head", "anywhere"})
            and not names_site(upper) and not never_title(upper) and not names_institution(cores[0])
            and cores[0] not in cores[1] and cores[1] not in cores[0]
            # ("联系“某某笔记”" over the title, "让建站变得方便" over the site's other slogan: a line
            # whose words the text never says is the site's, not half of the text's headline.)
            and not _unsaid(upper, doc.content[found + 1:], [], False))


def _named_in(title: pf.Block, variant: pf.Block) -> bool:
    """Whether the variant line holds the title line's core ("保密协议书" in "【精品】保密协议书范文汇总7篇")."""
    core = "".join(title_core(block_text(title)).split())
    return len(core) >= CORE_MIN_CHARS and core in "".join(block_text(variant).split())


def _back_to_back(doc: pf.Doc, index: int) -> bool:
    """The line at `index` is printed again as the next line with words (blank lines between)."""
    line = "".join(block_text(doc.content[index]).split())
    for block in doc.content[index + 1:]:
        if not is_text_block(block):
            return False
        if text := "".join(block_text(block).split()):
            return text == line
    return False


# "你好，新学期！", "再见了，我的小学！": two short phrases, one comma, an exclamation; over a
# salutation it names the speech or the letter, though it greets (exclaims() leaves greetings,
# "大家好！", to the text: those stand under the salutation, not over it).
# (Not a greeting to the listeners, "大家好，我是李明！": the speaker's first words.)
_CALLED_OUT = re.compile(r"^(?![^,，]*(?:大家|各位|们))[^,，。；;：:!！?？]{1,8}[,，][^,，。；;：:!！?？]{2,14}[!！]$")


def _called_out(text: str) -> bool:
    line = "".join(text.split())
    return bool(_CALLED_OUT.match(line)) and not SALUTATION.match(line) and title_shaped(line.rstrip("!！"))


# A person named under the role the document gives them ("获奖者：某某（某部班长）", "述职人：某某"):
# the document's own field, its first line when nothing stands above it; a title names a subject,
# not a person under a label.
_ROLE_FIELD = LazyPattern(r"^[\u4e00-\u9fff]{1,5}[者人]\s*[:：]\s*[\u4e00-\u9fff·]{2,4}(?:[（(][^（()）]{1,16}[)）])?$")


# Whom a letter is written to, alone on its line: a unit's or a person's name and the colon
# ("某某师范学院：", "各位校友："), no figures.
_ADDRESSED = LazyPattern(r"^[\u4e00-\u9fff、，,·（）()]{2,16}[:：]$")


def _spaced_over_addressee(text: str, following: list[pf.Block]) -> bool:
    """"贺　信" over "某某学院：": a letter's short title spaced out, over whom it is written to. Its
    two characters may read as a spaced name (a byline's), but a byline stands under a title, not
    over the addressee a letter opens on."""
    line = _next_text(following)
    return bool(_LETTER_SPACED.match(text.strip()) and line and _ADDRESSED.match(line.strip()))


def _unsaid(candidate: str, following: list[pf.Block], looked_past: list[str], after_unsaid: bool) -> bool:
    """No title: a line of three character pairs or more whose words the text under it never says,
    nor the site's lines looked past above it (a 文库's file line naming the document, "支教日记(精选3篇)
    .docx"); after such a line, a line the text says less than half of (or cannot be told about)."""
    text = ""
    for block in following:
        if len(text) >= TEXT_CHARS:
            break
        if is_text_block(block):
            text += block_text(block)[:TEXT_CHARS] + "\n"
    share = share_said(candidate, text)
    if after_unsaid:
        return share is None or share < AFTER_UNSAID_MIN_SHARE
    return share == 0 and pair_count(candidate) >= UNSAID_MIN_PAIRS and not says_any(candidate, looked_past)


def _headline_after_label(rest: str, following: list[pf.Block], rules) -> str | None:
    """The headline after a bracketed label on the title's line ("【口述史40】某某：…", "【某某系列文章】
    使用…", "【喜迎校庆 青春向党】某某——…"), cleaned, when it reads as a headline and the line under
    it is the page's facts (its byline, its date): then the bracket names the series, the campaign
    or the column, and the headline is the title. A bracketed title before the text's first words
    ("【述职报告是什么】“述职报告”是…") has prose after it, never a headline over the facts."""
    headline = clean_title(rest)
    if len(headline) < LABELLED_HEADLINE_MIN_CHARS or not title_shaped(headline) or opens_section(headline):
        return None
    return headline if _chrome_below(rules, following) else None


# A headline is a phrase at least: "【某某专栏】发言" names no page (round 55).
LABELLED_HEADLINE_MIN_CHARS = 6


def _chrome_below(rules, following: list[pf.Block]) -> bool:
    """Whether the line under is chrome the rules take whole: a line a drop rule names, or one a
    cut rule cuts to nothing ("的有关信息介绍如下:" alone; glued before an answer, the rule cuts it
    off the answer's first line, which stays)."""
    below = " ".join((_next_text(following) or "").split())
    if not below:
        return False
    if first_matching_rule(rules, below, {"head", "anywhere"}) is not None:
        return True
    return any(rule.action == "cut" and not rule.profile and rule.where in ("head", "anywhere")
               and rule.pattern.search(below) and not rule.pattern.sub("", below).strip()
               for rule in load_rules())


def _titles_under_label(following: list[pf.Block]) -> bool:
    """The line under a part's name alone is a title: title-shaped, of a title's length (a core of
    CORE_MIN_CHARS at least), and neither a part's name, a section's number nor a sentence."""
    line = _next_text(following)
    if not line or len(line) > ABOVE_TITLE_MAX_CHARS * 4:
        return False  # (a page-long line is asked nothing more)
    named = clean_title(line)
    seen = fold_script(named)
    return (title_shaped(named) and len(title_core(named)) >= CORE_MIN_CHARS
            and not (names_part(seen) or opens_part(seen) or opens_section(seen) or _NUMERAL_MARK.match(named)))


# A paragraph under a line: longer than any line above a title, its sentences ended.
PARAGRAPH_MIN_CHARS = 60


def _over_paragraph(following: list[pf.Block]) -> bool:
    """The next line is a paragraph of the text: an exclaimed or asked line right over it, the
    page's first, is the text's headline."""
    line = _next_text(following)
    return bool(line and len(line) > PARAGRAPH_MIN_CHARS and SENTENCE_MARK.search(line))


def _over_salutation(following: list[pf.Block]) -> bool:
    """The next line greets the readers ("尊敬的各位领导：", "同学们："): a speech or a letter
    opens there, and the line above it is its title."""
    line = _next_text(following)
    return bool(line and SALUTATION.match(line))


# A genre's name alone on a line under a title that names none ("实施方案", "活动策划书"): the title's
# last word, wrapped. Short: a longer line is a heading or a sentence of its own. The title is long
# (a short name over a genre line is a menu's item over the next one, "名录" / "入会办法").
GENRE_LINE_MAX_CHARS = 6
WRAPPED_TITLE_MIN_CHARS = 8


def _genre_under(title: str, following: list[pf.Block]) -> str | None:
    """The genre word alone on the line under `title` when the title names no genre itself
    (neither at its end, a part number after it aside, nor before a colon)."""
    line = "".join((_next_text(following) or "").split())
    title = "".join(title.split())
    if (not line or len(line) > GENRE_LINE_MAX_CHARS or len(title) < WRAPPED_TITLE_MIN_CHARS
            or not re.fullmatch(r"[\u4e00-\u9fff]+", line) or not DOCUMENT_NAME.search(line)
            or names_genre(title) or any(names_genre(part) for part in re.split("[:：]", title))
            or ends_in_count(title)):  # (a count closes the title: the line under it is a sample's)
        return None
    return line


def _page_line(rules, text: str) -> bool:
    """A rule drops the line at the top of the page (a credit, a byline, the page's facts)."""
    rule = first_matching_rule(rules, " ".join(text.split()), {"head", "anywhere"})
    return rule is not None and rule.action == "drop"


def _next_text(following: list[pf.Block]) -> str | None:
    return block_text(following[0]) if following and is_text_block(following[0]) else None


def _joined_by_breaks(lines: list[str]) -> list[pf.Inline]:
    inlines: list[pf.Inline] = []
    for line in lines:
        inlines += [pf.LineBreak(), pf.Str(line)] if inlines else [pf.Str(line)]
    return inlines


def _take_title(doc: pf.Doc, index: int, candidate: str, above: list[int], issuer, rules) -> str:
    """The line at `index` is the title line: it (and a subtitle under it) moves to metadata, the
    short lines `above` it and the issuer under it go."""
    text = block_text(doc.content[index])
    credited = _WORK_CREDIT.match(_next_text(doc.content[index + 1:index + 2]) or "") is not None
    if (not kept_by_rule(doc, text)
            and (subtitle := subtitle_under(candidate, doc.content[index + 1:index + 3])) is not None):
        # "——基于…的比较分析": the title's second line goes to the metadata as its subtitle,
        # which every writer prints under the title (DOCX's Subtitle paragraph, EPUB's and
        # PDF's title block): the title stays the title alone, and the line is never lost.
        doc.metadata["subtitle"] = pf.MetaInlines(pf.Str(" ".join(subtitle.split())))
        get_state(doc).report.record_removed(subtitle, "metadata.subtitle")
        del doc.content[index + 1]
    elif not kept_by_rule(doc, text) and (lines := promulgation_note(doc.content[index + 1:])):
        # A law's promulgation note ("（…会议通过）"): printed centred under the title, so the
        # title block's subtitle, one line per event.
        notes = [" ".join(block_text(block).split()) for block in doc.content[index + 1:index + 1 + lines]]
        doc.metadata["subtitle"] = pf.MetaInlines(*_joined_by_breaks(notes))
        for note in notes:
            get_state(doc).report.record_removed(note, "metadata.subtitle")
        del doc.content[index + 1:index + 1 + lines]
    elif not kept_by_rule(doc, text) and (lines := headline_lines(doc.content[index + 1:])) and not any(
            _page_line(rules, block_text(block)) for block in doc.content[index + 1:index + 1 + lines]):
        # A news report's headline in two or three lines over its dateline: one title. (Not over
        # a line a rule takes for the page's: a credit or a byline, "某某/摄", "文/某某", between
        # the headline and the dateline is no line of the headline; the rules take it.)
        for block in doc.content[index + 1:index + 1 + lines]:
            line = block_text(block)
            candidate = f"{candidate}{clean_title(line)}"
            get_state(doc).report.record_removed(line, "metadata.title")
        del doc.content[index + 1:index + 1 + lines]
    elif not kept_by_rule(doc, text) and (genre := _genre_under(candidate, doc.content[index + 1:index + 2])):
        # "第三届科技创新大赛" / "实施方案": the title's genre word set on a line of its own.
        candidate = f"{candidate}{genre}"
        get_state(doc).report.record_removed(block_text(doc.content[index + 1]), "metadata.title")
        del doc.content[index + 1]
    if not kept_by_rule(doc, text):
        del doc.content[index]
        get_state(doc).report.record_removed(text, "metadata.title")
        drop_byline(doc, index, rules)
    # "范文一：" over a page's first sample: the samples' own marker, never chrome above the title.
    # (nor is "附件2" or "第3期": the document's own label over its title, gongwen.head_label)
    above = [position for position in above if not _bare_sample_marker(block_text(doc.content[position]))
             and not head_label("".join(block_text(doc.content[position]).split()))]
    for position in above:
        get_state(doc).report.record_removed(block_text(doc.content[position]), "meta-lines.above-title")
    for position in reversed(above):
        del doc.content[position]
    if issuer is not None and not kept_by_rule(doc, block_text(issuer)):
        take_issuer(doc, issuer)
    # (Read again once the site's suffix is gone: "…作文《《某片》观后感》_600字".)
    title = without_trailing_quality_tag(outer_book_name(strip_site_suffix(without_noise(candidate))))
    if (book := _IN_BOOK_MARKS.match(title)) is not None and not credited:
        # "《离职证明应该怎么写》": the site's marks around the whole title. (A song's or a poem's
        # name over its credits, "《…》" / "作词：…", is the work's, marks and all.)
        title = book.group(1)
    doc.metadata["title"] = pf.MetaInlines(pf.Str(title))
    return title


# A work's credit under its name: who wrote its words, its music, the poem ("作词：…", "词/曲：…").
_WORK_CREDIT = LazyPattern(r"^\s*(?:作词|作曲|作詞|词曲|詞曲|词|曲|詞|编曲|編曲|演唱|原唱)\s*[:：/／]")
# A title wholly in 《》 (none inside): read once the title is whole, so that a headline's second
# line naming a document ("省委办公厅印发" / "《…细则》") keeps its marks.
_IN_BOOK_MARKS = LazyPattern(r"^\s*《([^《》]{2,60})》\s*$")


# Cut rules whose match is noise a site inserted into its lines, never words of a title: a Discuz
# page's anti-copy string glued after the title ("述职报告的结构\ . i{ P_ w' Q{ U") is cut from the title
# as it is from every body line (before, the site-suffix strip took "_ w' Q{ U" as a site's name and
# left the rest in the title). The whole line is recorded removed as metadata.title: nothing is lost.
TITLE_NOISE_RULES = frozenset({"jammer"})


def without_noise(title: str) -> str:
    bare = title
    for rule in load_rules():
        if rule.name in TITLE_NOISE_RULES and rule.action == "cut" and not rule.profile:
            bare = rule.pattern.sub("", bare)
    return bare.strip() or title


def _name_title(doc: pf.Doc, title: str) -> str:
    """The title a page chunk opens with ("1、某某通知各单位:…") is named in metadata and left in the
    text: the chunks are one page's lines cut at one width, and the linebreaks pass joins them by
    it (a first chunk shortened by the title would no longer be joined to the next)."""
    title = strip_site_suffix(title)
    doc.metadata["title"] = pf.MetaInlines(pf.Str(title))
    return title


def _take_opening_title(doc: pf.Doc, block: pf.Block, title: str, end: int) -> str:
    """The title opens the block's text (its first `end` characters): it moves to metadata, the
    rest of the block stays ("【标题】正文…", "员工出勤管理办法第一条…")."""
    _, rest = split_inlines(list(block.content), end)
    get_state(doc).report.record_removed(block_text(block)[:end], "metadata.title")
    block.content = strip_inlines(rest)
    title = strip_site_suffix(title)
    doc.metadata["title"] = pf.MetaInlines(pf.Str(title))
    return title


def gongwen_title(found) -> str | None:
    """The recognised title of a 公文 (None when there is none, or only a template blank)."""
    if found is None:
        return None
    return next((p.value for p in found.parts if p.field == "title" and not p.placeholder), None)


def take_gongwen_title(doc: pf.Doc) -> str | None:
    """The recognised title line(s) of a 公文 move to metadata; None when it has none."""
    parts = [p for p in get_state(doc).gongwen.parts if p.field == "title" and not p.placeholder]
    head, parts = split_site_head(parts)
    # "附件1" / "第3期" between the site's head and the title, joined with them: the document's own
    # label, which stays in the text (gongwen.head_label).
    labels = 0
    while labels < len(parts) - 1 and head_label("".join(parts[labels].text.split())):
        labels += 1
    parts = parts[labels:]
    blocks = [b for b in (p.block for p in parts) if any(b is c for c in doc.content)]
    if not blocks:
        return None
    title = parts[0].value if not (head or labels) else "".join("".join(p.text.split()) for p in parts)
    title = without_doc_number(title)  # "某政办发[2021]18号某某…的通知": the number glued before the name
    for part in head:
        if any(part.block is c for c in doc.content):
            get_state(doc).report.record_removed(block_text(part.block), "meta-lines.above-title")
            doc.content = [b for b in doc.content if b is not part.block]
    for block in blocks:
        get_state(doc).report.record_removed(block_text(block), "metadata.title")
    doc.content = [b for b in doc.content if not any(b is t for t in blocks)]
    doc.metadata["title"] = pf.MetaInlines(pf.Str(title))
    return title
