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
from .boilerplate import first_matching_rule
from .boilerplate.ruleset import load_rules
from .boilerplate.titles import AFFIX_MAX_CHARS, CORE_MIN_CHARS, title_core
from .elements import block_text, is_text_block
from .headings.samples import announces_samples, sample_marker
from .inline_split import split_inlines, strip_inlines
from .page_facts import ABOVE_TITLE_MAX_CHARS, kept_by_rule
from .patterns import CJK, DATE, DATE_LABEL, SECTION_NUMBER, TERMINAL_PUNCT
from .title_forms import (
    DOCUMENT_NAME,
    asks_question,
    calls_out,
    clean_title,
    field_title_end,
    glued_title_end,
    names_occasion,
    names_only,
    names_part,
    names_site,
    never_title,
    opens_part,
    pupil_byline,
    split_site_head,
    tags_title,
    title_marked,
)

# Counted in characters, not blocks (see page_facts.HEAD_CHARS).
TITLE_MAX_CHARS = 60
# "标题_站点名", "标题 - 站点名", "标题|站点名": the site name is not part of the title.
_SITE_SUFFIX = re.compile(r"\s*(?:[_|｜]+|\s[-–—]+\s)\s*[^_|｜]{1,30}$")
# "标题-新华网": a dash without spaces only when what follows names a site or a channel.
_SITE_WORD_SUFFIX = re.compile(
    r"\s*[-–—]+\s*[^-–—\s]{1,16}(?:网|站|频道|新闻|论坛|博客|百科|资讯|在线|日报|晚报|时报|中心|\.com|\.cn|\.net)$"
)
# Or a short all-CJK name ("-半月谈"), only after a title much longer than it: "开发文档-编程规范"
# is one title in two parts, not a title and a site; after a double dash ("心得——孫燕") the name
# is the author's.
_SITE_NAME_SUFFIX = re.compile(rf"(?<![-–—])\s*[-–—]\s*([{CJK}]{{2,6}})$")
NAME_SUFFIX_MIN_RATIO = 2


# "家具店员工规章制度.docx": a 文库 page's title is the uploaded file's name.
_FILE_EXTENSION = re.compile(r"\s*\.(?:docx?|pdf|pptx?|xlsx?|txt|wps)$", re.I)
# "讲话汇编-13篇(第3/4页)", "应急预案_第2页": which page of the site's article this is, not the title.
_PAGE_SUFFIX = re.compile(r"\s*(?:[(（]\s*第\s*\d+\s*(?:/\s*\d+\s*)?[页頁]\s*[)）]|[_\s]+第\s*\d+\s*[页頁])$")
# "【小学校长开学典礼致辞】尊敬的各位老师…": the bracket is the title, the rest the text.
_BRACKETED_TITLE = re.compile(r"^【([^【】]{2,60})】\s*")
# Chrome lines ("您的位置：首页 > …", "欢迎来到某某文库") above the title are looked past.
TITLE_SEARCH_BLOCKS = 4
# How many chrome lines above the title (each one a rule names or no page is titled with) the
# search looks past beyond that.
LOOKED_PAST_MAX = 12


def strip_site_suffix(title: str) -> str:
    """Drop trailing "_站点名" parts (there may be several: "标题__频道_站点") and a file
    extension."""
    title = _FILE_EXTENSION.sub("", title.strip()) or title.strip()
    title = _PAGE_SUFFIX.sub("", title) or title
    while True:
        stripped = _SITE_WORD_SUFFIX.sub("", _SITE_SUFFIX.sub("", title)).strip()
        named = _SITE_NAME_SUFFIX.search(stripped)
        if named and named.start() >= NAME_SUFFIX_MIN_RATIO * len(named.group(1)):
            stripped = stripped[:named.start()].strip()
        if stripped == title or len(stripped) < 2:
            return title
        title = stripped


_SENTENCE_INSIDE = re.compile(r"[。；;]")


def take_title_line(doc: pf.Doc) -> str | None:
    """The page's title line moves to metadata (see _take_title_line); the lines above it no
    page is titled with (account controls, a breadcrumb, a document's size) go as chrome."""
    formless: list[pf.Block] = []
    title = _take_title_line(doc, formless)
    report = get_state(doc).report
    for block in formless:
        text = block_text(block)
        if any(block is b for b in doc.content) and not kept_by_rule(doc, text):
            doc.content = [b for b in doc.content if b is not block]
            report.record_removed(text, "meta-lines.above-title")
    return title


def _take_title_line(doc: pf.Doc, formless: list[pf.Block]) -> str | None:
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
    # A 公文's 版头 lines are its own: no title is looked for below them, none of them goes.
    repeated = None if found is not None else _repeated_line(doc, rules)
    above_meta = None
    if repeated is None and found is None:
        repeated = above_meta = _line_above_meta(doc, rules)
    if repeated is None and found is None:
        repeated = _document_name_under_menu(doc, rules)
    issuer = None  # the unit a 公文 page names between its title and its date
    if repeated is not None and (named := _document_title_above(doc, repeated, rules, head_parts)) is not None:
        if above_meta is not None and named == above_meta - 1 and _ISSUER.search(block_text(doc.content[above_meta])):
            issuer = doc.content[above_meta]
        repeated = named
    above: list[int] = []  # short lines above a repeated title: the site's menu, its name
    looked_past: list[str] = []  # lines a chrome rule names (a lead-in may announce samples)
    window = TITLE_SEARCH_BLOCKS if repeated is None else max(TITLE_SEARCH_BLOCKS, repeated + 1)
    # Lines looked past do not use the window up: a 文库 prints its document's facts and its
    # notice block ("- 约 7页", "- 举报", "1、本文档由用户上传…") above the title.
    limit = window
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
        if (end := field_title_end(text)) is not None:  # "文件名称:…制度版本号:A0…": the rest stays
            return _take_opening_title(doc, block, clean_title(text[:end]), end)
        bracket = _BRACKETED_TITLE.match(text)
        if (bracket and names_part(bracket.group(1))) or opens_part(text) or names_part(text):
            return None  # "【前言】以下是…", "引言:…", "引言" alone: the text has begun, no title above it
        if bracket and len(text) > bracket.end() and not tags_title(bracket.group(1)):
            return _take_opening_title(doc, block, bracket.group(1), bracket.end())
        if first_matching_rule(rules, " ".join(text.split()), {"head", "anywhere"}):
            looked_past.append(text)
            limit += 1
            continue
        if never_title(text) or (names_site(text) and _title_follows(doc.content[index + 1:limit + 1])):
            # A breadcrumb, the account controls, a document's size, the site's name above a
            # title: the site's, above the title.
            looked_past.append(text)
            if not pupil_byline(text):  # the author's school and class stay with the text
                formless.append(block)
            limit += 1
            continue
        if repeated is None and _channel_over_meta(text, doc.content[index + 1:index + 2], rules):
            looked_past.append(text)  # the channel's name the meta line under it gives again
            formless.append(block)
            limit += 1
            continue
        if repeated is not None and index < repeated:
            if len(text) <= ABOVE_TITLE_MAX_CHARS and not kept_by_rule(doc, text):
                above.append(index)
            continue
        candidate = clean_title(text)  # without the tag, bullet or separator the site put around it
        if repeated is None and _channel_over_title(candidate, doc.content[index + 1:index + 4], rules):
            looked_past.append(text)  # "松江" over "新桥镇…服务队成立" over the report: the channel's
            formless.append(block)
            limit += 1
            continue
        if (end := _meta_glued_at(text)) is not None or (
                not _title_shaped(candidate) and (end := glued_title_end(text)) is not None):
            # "師德學習心得作者:…", "员工出勤管理办法第一条…": the title opens the line
            return _take_opening_title(doc, block, text[:end].strip(), end)
        if not _title_shaped(candidate) and _runs_into(text, doc.content[index + 1:index + 2]):
            looked_past.append(text)  # the site's heading: the title under it run into its subtitle
            formless.append(block)
            limit += 1
            continue
        if not _title_shaped(candidate) or _numbers_sections_below(text, doc.content[index + 1:index + 4]):
            return None
        if announces_samples(looked_past) and sample_marker(text, announced=True):
            return None  # "…范文三篇，供大家参考。" then "春节乡镇工作总结1": the first sample's marker
        if not looked_past and _opens_on_later_sample(text, doc.content[index + 1:index + 3]):
            return None  # "开展垃圾分类活动方案10" over "一、活动背景": a later page of the article
        if (repeat := _repeated_tail(candidate, doc.content[index + 1:index + 1 + TAIL_SEARCH_BLOCKS])):
            candidate = repeat  # "某某体育彩票 垃圾不落地活动方案.docx", then "垃圾不落地活动方案"
        if not kept_by_rule(doc, text):
            del doc.content[index]
            get_state(doc).report.record_removed(text, "metadata.title")
            _drop_byline(doc, index, rules)
        for position in above:
            get_state(doc).report.record_removed(block_text(doc.content[position]), "meta-lines.above-title")
        for position in reversed(above):
            del doc.content[position]
        if issuer is not None and not kept_by_rule(doc, block_text(issuer)):
            _take_issuer(doc, issuer)
        title = strip_site_suffix(candidate)
        doc.metadata["title"] = pf.MetaInlines(pf.Str(title))
        return title
    return None


DOCUMENT_NAME_MIN_CHARS = 8
# "安全救援应急预案一、安全救援应急预案": a section's number inside, the text glued to its title.
_SECTION_INSIDE = re.compile(r"[一二三四五六七八九十][、.．]|第[一二三四五六七八九十\d]+[章节条]")


def _names_document(text: str) -> bool:
    """One document's name, alone on its line: no blanks (a menu), no section glued to it."""
    return (len(text) >= DOCUMENT_NAME_MIN_CHARS and " " not in text and bool(DOCUMENT_NAME.search(text))
            and not _SECTION_INSIDE.search(text) and _title_shaped(text))


def _document_title_above(doc: pf.Doc, found: int, rules, head_parts: set[int]) -> int | None:
    """A document's name above the line taken for the title (one the page prints again, one
    above its meta line) is the page's title: a 文库 page titled "绩效考核项目计划书" lists the
    documents it collects under it, titles and all; a 公文 page prints its title above the
    issuer and the date. A menu or a channel's name ("后勤 导航", "校园新闻") is no document's name."""
    for index, block in enumerate(doc.content[:found]):
        if not is_text_block(block) or id(block) in head_parts:
            continue
        text = block_text(block).strip()
        if _names_document(text) and not first_matching_rule(rules, text, {"head", "anywhere"}):
            return index
    return None


MENU_LINE_MAX_CHARS = 20
MENU_SEARCH_BLOCKS = 8


def _document_name_under_menu(doc: pf.Doc, rules) -> int | None:
    """A document's name among the first lines, under nothing but short title-shaped lines
    ("信息公开", "青师要闻", a site's name): those are the site's, the name is the title."""
    for index, block in enumerate(doc.content[:MENU_SEARCH_BLOCKS]):
        if not is_text_block(block):
            return None
        text = _FILE_EXTENSION.sub("", block_text(block).strip())
        if not text or first_matching_rule(rules, " ".join(text.split()), {"head", "anywhere"}):
            continue  # chrome a rule names (a breadcrumb, a download box) is left to the boilerplate pass
        if _channel_over_meta(text, doc.content[index + 1:index + 2], rules):
            return None  # "实施方案" over "时间:… 实施方案 我要投稿": a channel's name, then the page's facts
        if _names_document(text):
            return index or None
        # ("人資類管理辦法[2]:": a blog's category, named before a colon, over its post.)
        label = text.rstrip().rstrip(":：")
        if len(text) > MENU_LINE_MAX_CHARS or not _title_shaped(label) or DOCUMENT_NAME.search(label):
            return None
    return None


# "金华市生态环境局某某分局": a unit's name, as a 公文 page prints its issuer under the title.
_ISSUER = re.compile(
    rf"^[{CJK}（）()]{{4,30}}(?:局|厅|委|办|院|部|处|室|所|站|中心|政府|办公室|委员会|公司|集团|学校|大学|学院)$")


def _take_issuer(doc: pf.Doc, block: pf.Block) -> None:
    """The issuer line goes from the body to `publisher` (unless the page names its source)."""
    text = block_text(block).strip()
    doc.content = [b for b in doc.content if b is not block]
    get_state(doc).report.record_removed(text, "meta-lines.issuer")
    if "publisher" not in doc.metadata:
        doc.metadata["publisher"] = pf.MetaInlines(pf.Str(text))


# A title has a comma or two at most; a line of comma-separated words is a keyword list.
TITLE_MAX_COMMAS = 2


def _title_follows(blocks: list[pf.Block]) -> bool:
    """The next line with text is shaped like a title (a site's name above it is no title)."""
    for block in blocks:
        if not is_text_block(block):
            return False
        text = block_text(block).strip()
        if text:
            return _title_shaped(clean_title(text)) and not names_site(text)
    return False


def _title_shaped(text: str) -> bool:
    if not text.strip():
        return False  # (a colon alone, its label stripped: nothing to title a page with)
    if len(text) > TITLE_MAX_CHARS or _SENTENCE_INSIDE.search(text):
        return False  # a sentence ends inside: a hard-wrapped first line of the body, not a title
    # (The length first: the forms below are looked for in a title-long line only.)
    if names_occasion(text):
        return False  # a speech's when-and-where line ("2018年11月22日在…会议上"): its own text
    if _GLUED_FIRST_SECTION.search(text):
        return False  # "安全救援应急预案一、安全救援应急预案": a name glued to its first section
    if text[-1] in TERMINAL_PUNCT + "，,：:" and not (asks_question(text) or calls_out(text)):
        # A sentence's end; a guide page may ask its title ("计划该如何写?"), a headline call out.
        return False
    if any(text.count(opening) != text.count(closing) for opening, closing in _PAIRS):
        return False  # a quotation or a bracket left open: a line cut out of a sentence
    if len(re.findall("[,，]", text)) > TITLE_MAX_COMMAS:
        return False
    # ("第四章 组织课件.ppt" is a file's name: a 文库 page's title, not a chapter.)
    chapter = SECTION_NUMBER.match(text) and not _FILE_EXTENSION.search(text)
    if chapter or DATE_LABEL.match(text) or sample_marker(text):
        return False
    if _MENU_WORD.match(text) or never_title(text):
        # "News", "Home": a menu entry in the page's own language of navigation; a breadcrumb,
        # the account controls, a document's size (title_forms).
        return False
    # A dated field ("会议时间:2025年4月5日 上午9:00") is the document's own line.
    return not (DATE.search(text) and re.search("[:：]", text))


_MENU_WORD = re.compile(r"^\s*[A-Za-z]{2,12}\s*$")
# A name, a section number, the name again: a document's name run into its first section.
_GLUED_FIRST_SECTION = re.compile(
    r"(\S{4,})(?:[一二三四五六七八九十]{1,2}[、.．]|第[一二三四五六七八九十]{1,3}[章节])\s*\1")
_PAIRS = (("“", "”"), ("《", "》"), ("（", "）"), ("【", "】"))
# "1總則" over "1.1編制目的": a chapter number glued to its name, its sections numbered under it.
_GLUED_NUMBER = re.compile(rf"^\s*(\d{{1,2}})\s*[{CJK}]")


# How far below a title line the page's own, shorter print of the title is looked for.
TAIL_SEARCH_BLOCKS = 4
# A sample's number that opens a page is its place in a list of samples, not an ID ("…融合116").
LATER_SAMPLE_MAX = 50


def _opens_on_later_sample(text: str, following: list[pf.Block]) -> bool:
    """"开展垃圾分类活动方案10" as the first line, a numbered section under it: the page opens on
    the tenth sample, its title and the first nine were on the article's earlier pages."""
    marker = sample_marker(text, announced=True)
    if marker is None or not 2 <= marker.number <= LATER_SAMPLE_MAX:
        return False
    below = [block_text(b).strip() for b in following if is_text_block(b) and block_text(b).strip()]
    return bool(below) and SECTION_NUMBER.match(below[0]) is not None


def _repeated_tail(candidate: str, following: list[pf.Block]) -> str | None:
    """The title the page prints again just below, alone, when the title line is that title
    with a name glued before it and a blank between ("某某体育彩票 垃圾不落地活动方案.docx"):
    the name is the site's (or an advertiser's), the title the part the page repeats."""
    line = " ".join(strip_site_suffix(candidate).split())
    for block in following:
        if not is_text_block(block):
            break
        below = " ".join(block_text(block).split())
        if below and line.endswith(" " + below) and _title_shaped(below):
            return below
    return None


def _numbers_sections_below(text: str, following: list[pf.Block]) -> bool:
    number = _GLUED_NUMBER.match(text)
    if not number:
        return False
    below = [block_text(b).strip() for b in following if is_text_block(b) and block_text(b).strip()]
    return bool(below) and re.match(rf"{number.group(1)}[.．]\d", below[0]) is not None
_SENTENCE_MARK = re.compile(r"[。！？!?；;]")


def _text_begun(line: str) -> bool:
    """A long line, a sentence or a numbered section: the document's text, never chrome above
    its title."""
    return len(line) > ABOVE_TITLE_MAX_CHARS or bool(SECTION_NUMBER.match(line) or _SENTENCE_MARK.search(line))
# The meta line anchors a title a little lower than the first lines: a greeting, a crumb, a
# channel's name may stand above it.
ABOVE_META_BLOCKS = 6


def _line_above_meta(doc: pf.Doc, rules) -> int | None:
    """A title-shaped line right above the page's meta line ("发布时间：…", "作者：… 阅读：…"),
    below nothing but short lines: template pages print the title, then its facts."""
    meta = tuple(r for r in rules if r.concept == "meta-lines")
    texts = [block_text(b) if is_text_block(b) else "" for b in doc.content[:ABOVE_META_BLOCKS + 1]]
    found: list[int] = []
    for index, text in enumerate(texts[:ABOVE_META_BLOCKS]):
        if index and _text_begun(texts[index - 1]):
            break
        below = " ".join(texts[index + 1].split()) if index + 1 < len(texts) else ""
        if _MARKS_ONLY.match(below) and index + 2 < len(texts):
            below = " ".join(texts[index + 2].split())  # a "|" left alone: the line under it says
        # (A word, "范文" above a count, is a channel's name, not a title: CORE_MIN_CHARS.)
        if (text and below and _title_shaped(text) and len(title_core(text)) >= CORE_MIN_CHARS
                and not first_matching_rule(rules, " ".join(text.split()), {"head", "anywhere"})
                and (DATE_LABEL.match(below) or first_matching_rule(meta, below, {"head", "anywhere"}))):
            found.append(index)
    # A channel's name above the breadcrumb, the document's name above the date: the latter.
    chosen = next((i for i in found if DOCUMENT_NAME.search(texts[i].strip())), found[0] if found else None)
    if chosen is not None and _echoes_channel(texts[chosen], texts[chosen + 1]):
        # "实施方案" / "时间:2023-02-03 14:34:17 实施方案 我要投稿" / "实施方案模板汇编9篇": the line
        # above is the channel the meta line names; the title is the line under the meta line.
        under = chosen + 2
        if (under < len(texts) and _title_shaped(texts[under]) and len(title_core(texts[under])) >= CORE_MIN_CHARS
                and not first_matching_rule(rules, " ".join(texts[under].split()), {"head", "anywhere"})):
            return under
    if chosen and names_only(texts[chosen]) and _title_over_names(texts[chosen - 1], texts[chosen], rules):
        return chosen - 1  # "标题" / "某某 某某智库" / "2024-09-03": an account's byline, the title above it
    if chosen and _title_over_byline(texts[chosen - 1], texts[chosen], rules):
        return chosen - 1  # "标题" / "发布网友" / "发布时间:…": the poster, the title above it
    return chosen


def _echoes_channel(text: str, meta: str) -> bool:
    """The line is a word of the meta line under it: the channel's name the meta line gives
    ("时间:… 实施方案 我要投稿"), printed above it."""
    return " ".join(text.split()) in meta.split()


def _channel_over_meta(text: str, following: list[pf.Block], rules) -> bool:
    """A line the meta line right under it names as its channel ("实施方案" over "时间:… 实施方案
    我要投稿")."""
    if not following or not is_text_block(following[0]):
        return False
    below = " ".join(block_text(following[0]).split())
    meta = tuple(r for r in rules if r.concept == "meta-lines")
    dated = DATE.search(below) or first_matching_rule(meta, below, {"head", "anywhere"})
    return _echoes_channel(text, below) and bool(dated)


# A channel's or a district's name is a word or two ("松江", "工作描述范文例文"); the title under it
# opens and ends on a written character (not a number, a bullet, a bracket or a wrapped comma).
CHANNEL_MAX_CHARS = 8
_CJK_ENDS = re.compile(rf"^[{CJK}].*[{CJK}”》]$")
_MARKS_ONLY = re.compile(r"^[\s|｜:：.·•_\-–—]*$")


# "師德學習心得——孫燕作者:孫燕瀏覽數:4次": the page's facts glued after its title.
_GLUED_META = re.compile(r"(?:作\s*者|發布時間|发布时间|發布日期|发布日期|来\s*源|來\s*源|浏览|瀏覽|点击|點擊)\s*[:：]")
GLUED_TITLE_MIN_CHARS = 4


def _meta_glued_at(text: str) -> int | None:
    """Where the page's facts begin when they are glued after a title-shaped start, else None."""
    glued = _GLUED_META.search(text)
    if glued is None or glued.start() < GLUED_TITLE_MIN_CHARS or len(text) - glued.start() > ABOVE_TITLE_MAX_CHARS:
        return None
    head = text[:glued.start()].rstrip()
    return glued.start() if _title_shaped(head) and not SECTION_NUMBER.match(head) else None


def _runs_into(text: str, following: list[pf.Block]) -> bool:
    """A line too long for a title that opens with the whole of the next line ("…的讲话用心用爱…" over
    "…的讲话"): the site's heading, the title run into its subtitle; the title is the line below."""
    if not following or not is_text_block(following[0]):
        return False
    below = " ".join(block_text(following[0]).split())
    line = " ".join(text.split())
    return (len(title_core(below)) >= CORE_MIN_CHARS and len(line) > len(below) and line.startswith(below)
            and _title_shaped(clean_title(below)))


def _channel_over_title(candidate: str, following: list[pf.Block], rules) -> bool:
    """A short line over a longer title-shaped one that the text's first paragraph follows
    ("松江" / "新桥镇明中志愿者服务队成立" / "8月15日，…"): the title is the line nearest the text,
    the one above it the channel or the district the site files the page under. A document's name
    ("…工作总结") keeps its place: what follows it is its subtitle."""
    if not all(is_text_block(b) for b in following) or DOCUMENT_NAME.search(candidate):
        return False
    # (A separator left alone between them, "|", is looked past; facts glued after the title go.)
    lines = [line for b in following if not _MARKS_ONLY.match(line := " ".join(block_text(b).split()))]
    if len(lines) < 2:
        return False
    title, text = lines[:2]
    title = title[:at] if (at := _meta_glued_at(title)) else title
    return (len(candidate) <= CHANNEL_MAX_CHARS and bool(_CJK_ENDS.match(title))
            and _title_shaped(clean_title(title)) and not _text_begun(title)
            and (_text_begun(text) or len(re.findall("[,，]", text)) > TITLE_MAX_COMMAS)  # (a hard-wrapped sentence)
            and len(title_core(title)) > len(title_core(candidate))
            and not (names_site(title) or names_only(title) or DATE.search(title) or DATE_LABEL.match(title))
            and not first_matching_rule(rules, title, {"head", "anywhere"}))


def _drop_byline(doc: pf.Doc, index: int, rules) -> None:
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


def _title_over_byline(above: str, byline: str, rules) -> bool:
    """A title-shaped line at least twice as long as the one-word line under it, which stands
    over the page's meta line: the title, then its poster's name."""
    above, byline = above.strip(), "".join(byline.split())
    return (bool(above) and len(byline) <= BYLINE_MAX_CHARS and _title_shaped(above)
            and len(title_core(above)) >= BYLINE_TITLE_MIN_RATIO * len(byline)
            and not first_matching_rule(rules, " ".join(above.split()), {"head", "anywhere"}))


def _title_over_names(above: str, names: str, rules) -> bool:
    """A title-shaped line, longer than the names under it and marked as a title is (a colon,
    quotation marks, a question), that no chrome rule names: the page's title over a byline."""
    above = above.strip()
    return (bool(above) and _title_shaped(above) and title_marked(above)
            and len(title_core(above)) > len("".join(names.split()))
            and not first_matching_rule(rules, " ".join(above.split()), {"head", "anywhere"}))


# How far below a title line its repeat is looked for.
REPEAT_SEARCH_BLOCKS = 8


def _repeated_line(doc: pf.Doc, rules) -> int | None:
    """The first title-shaped line among the first blocks that the page prints again below it,
    with or without the affixes of a repeat (titles.title_core)."""
    texts = [block_text(b) if is_text_block(b) else "" for b in doc.content[:REPEAT_SEARCH_BLOCKS]]
    for index, text in enumerate(texts[:TITLE_SEARCH_BLOCKS]):
        if index and _text_begun(texts[index - 1]):
            return None  # the text has begun: a line repeated below this is no title
        if not text or not _title_shaped(text) or first_matching_rule(rules, " ".join(text.split()),
                                                                      {"head", "anywhere"}):
            continue
        core = title_core(text)
        if len(core) < CORE_MIN_CHARS:
            continue
        width = len("".join(text.split())) + AFFIX_MAX_CHARS
        if any(t and len("".join(t.split())) <= width and title_core(t) == core for t in texts[index + 1:]):
            return index
    return None


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
    blocks = [b for b in (p.block for p in parts) if any(b is c for c in doc.content)]
    if not blocks:
        return None
    title = parts[0].value if not head else "".join("".join(p.text.split()) for p in parts)
    for part in head:
        if any(part.block is c for c in doc.content):
            get_state(doc).report.record_removed(block_text(part.block), "meta-lines.above-title")
            doc.content = [b for b in doc.content if b is not part.block]
    for block in blocks:
        get_state(doc).report.record_removed(block_text(block), "metadata.title")
    doc.content = [b for b in doc.content if not any(b is t for t in blocks)]
    doc.metadata["title"] = pf.MetaInlines(pf.Str(title))
    return title
