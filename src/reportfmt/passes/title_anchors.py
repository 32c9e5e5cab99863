"""Where a title line is found by an anchor below or around it, before the first lines are read
one by one: a line the page prints again (repeated_line), the line right above the page's meta
line (line_above_meta), a document's name under a menu of short lines
(document_name_under_menu), a document's name above any of these (document_title_above);
the issuer a 公文 page prints under its title (take_issuer)."""

from __future__ import annotations

import panflute as pf

from ..state import get_state
from .boilerplate.rule_match import first_matching_rule
from .boilerplate.titles import AFFIX_MAX_CHARS, CORE_MIN_CHARS, title_core
from .elements import block_text, is_text_block
from .patterns import CJK, DATE, DATE_LABEL, DATE_ONLY_LINE, EVENT_FIELD, WRITTEN_DATE_LINE
from .regex_cache import LazyPattern
from .script import fold_script
from .title_core import institution_before, names_institution
from .title_credits import byline
from .title_forms import (
    DOCUMENT_NAME,
    clean_title,
    crumb_leaf,
    crumb_steps,
    field_title,
    names_genre,
    names_only,
    title_field_value,
    undecorated,
)
from .title_lead_paragraph import lead_paragraph, past_lead_paragraph
from .title_neighbours import (
    channel_over_meta,
    channel_over_title,
    echoes_channel,
    header_over_crumb,
    title_over_byline,
    title_over_names,
)
from .title_shape import MARKS_ONLY, exclaimed_title, names_document, stated_title, text_begun, title_shaped
from .title_suffixes import FILE_EXTENSION
from .title_units import unit_alone


def crumb_channels(doc: pf.Doc, count: int) -> frozenset[str]:
    """The channels the breadcrumbs among the first `count` blocks name (title_forms.crumb_steps)."""
    return frozenset(step for text in _lines(doc, count) for step in crumb_steps(text))


def _lines(doc: pf.Doc, count: int) -> list[str]:
    """The first `count` blocks' texts as the anchors read them: without the bullet or bar a site
    printed before a line and the bar after it ("通知公告 |", "• 首页 > …"); "" for a non-text block."""
    return [undecorated(block_text(b)) if is_text_block(b) else "" for b in doc.content[:count]]


# Chrome lines ("您的位置：首页 > …", "欢迎来到某某文库") above the title are looked past.
# The meta-line rules naming the shelf a post is filed on ("Category: 未分類"), not its facts: a
# template prints the field over its headline as often as under it, so the line above it is no
# title proven by it (an archive page's cut excerpts over the next post's category, round 56).
SHELF_FIELDS = frozenset({"category-field"})
TITLE_SEARCH_BLOCKS = 4


# A line that names the title in a field (round 37; the form on 6 tuning sites: a forum's print
# view, an index table, a journal record, a 范文 dictionary, a re-posted item's 原标题, a
# consultation page): the field's label, its colon (a table's bars around both), the value; a
# dictionary's or a record's label set off by a blank ("标题 某某演讲稿", "篇名 某某要点"); or the
# label alone over its value ("主题:" / "某某关于…的函").
_FIELD_LABEL = r"(?:原|文章)?(?:标题|標題|主题|主題)|篇名"
_NAMED_FIELD = LazyPattern(
    rf"^\s*[|｜]?\s*(?:{_FIELD_LABEL})\s*[:：]\s*[|｜]?\s*(?P<value>[^|｜]+?)[\s|｜]*$")
_SPACED_FIELD = LazyPattern(r"^\s*(?:标题|標題|篇名)[ \t\u3000]+(?P<value>[^|｜:：\s][^|｜:：]*?)\s*$")
_ORIGINAL = LazyPattern(r"^\s*原(?:标题|標題)")
_LONE_LABEL = LazyPattern(rf"^\s*(?:{_FIELD_LABEL})\s*[:：]?\s*$")
FIELD_SEARCH_BLOCKS = 8


def field_named_title(doc: pf.Doc, rules) -> tuple[int, str] | None:
    """(index, title) of the line whose field names the page's title ("标题: 某某 [打印本页]",
    "| 标题: | 某某 | |", "原标题:某某", "篇名 某某", "主题:" over "某某"), among the first
    FIELD_SEARCH_BLOCKS lines and under short lines only: a field further down, or under the
    text's first paragraph, is the text's own (a how-to's "标题:居中写…", a reposted item's
    credit block at its foot). The value must be title-shaped once the site's wrapping is gone
    (a how-to's "标题:发文机关+事由+通知。" is a sentence, no title)."""
    texts = _lines(doc, FIELD_SEARCH_BLOCKS + 1)
    for index, text in enumerate(texts[:FIELD_SEARCH_BLOCKS]):
        if not text.strip():
            continue
        line = " ".join(text.split())
        field = _NAMED_FIELD.match(line) or _SPACED_FIELD.match(line)
        if field is None and _LONE_LABEL.match(line) and index + 1 < len(texts):
            value = " ".join(texts[index + 1].split())
            if value and not first_matching_rule(rules, value, {"head", "anywhere"}):
                named = clean_title(value)
                return (index + 1, named) if title_shaped(named) and len(title_core(named)) >= CORE_MIN_CHARS else None
        if field is not None and _ORIGINAL.match(line) and any(
                title_shaped(clean_title(above)) and not first_matching_rule(rules, " ".join(above.split()),
                                                                             {"head", "anywhere"})
                for above in texts[:index] if above.strip()):
            return None  # a repost's headline over "原标题:…": the headline is the title, the note the site's
        if field is not None:
            named = field_title(field.group("value"))
            if title_shaped(named) and len(title_core(named)) >= CORE_MIN_CHARS:
                return index, named
        if text_begun(text.strip()):
            return None  # the text has begun: a field under it is the text's own
        if _FIELD.match(text) and not first_matching_rule(rules, line, {"head", "anywhere"}):
            return None  # "提案编号:…" over "题目:…": the document's own fields, its form's title field
    return None


def document_title_above(doc: pf.Doc, found: int, rules, head_parts: set[int]) -> int | None:
    """A document's name above the line taken for the title (one the page prints again, one
    above its meta line) is the page's title: a 文库 page titled "绩效考核项目计划书" lists the
    documents it collects under it, titles and all; a 公文 page prints its title above the
    issuer and the date. A menu or a channel's name ("后勤 导航", "校园新闻") is no document's name."""
    for index, block in enumerate(doc.content[:found]):
        if not is_text_block(block) or id(block) in head_parts:
            continue
        text = block_text(block).strip()
        if in_link_run(doc, index, found) or box_headline_over(doc, index, found):
            continue  # "· 关于…的公告 05-07" among other such lines: a box of headline links, not the title
        if names_document(text) and not first_matching_rule(rules, text, {"head", "anywhere"}):
            return index
    return None


def in_link_run(doc: pf.Doc, index: int, end: int) -> bool:
    """The line at `index` and one next to it (before `end`) are each marked as a list's item
    (a bullet or number before, a date or counter after): a run of headline links."""
    def marked(at: int) -> bool:
        block = doc.content[at] if 0 <= at < end else None
        return block is not None and is_text_block(block) and bool(_LINK_ITEM.search(block_text(block)))
    return marked(index) and (marked(index - 1) or marked(index + 1))


MENU_LINE_MAX_CHARS = 20
MENU_SEARCH_BLOCKS = 8


def document_name_under_menu(doc: pf.Doc, rules) -> int | None:
    """A document's name among the first lines, under nothing but short title-shaped lines
    ("信息公开", "青师要闻", a site's name): those are the site's, the name is the title."""
    for index, block in enumerate(doc.content[:MENU_SEARCH_BLOCKS]):
        if not is_text_block(block):
            return None
        text = FILE_EXTENSION.sub("", block_text(block).strip())
        if not text or first_matching_rule(rules, " ".join(text.split()), {"head", "anywhere"}):
            continue  # chrome a rule names (a breadcrumb, a download box) is left to the boilerplate pass
        if channel_over_meta(text, doc.content[index + 1:index + 2], rules):
            return None  # "实施方案" over "时间:… 实施方案 我要投稿": a channel's name, then the page's facts
        if names_document(text):
            return index or None
        # ("人資類管理辦法[2]:": a blog's category, named before a colon, over its post.)
        label = text.rstrip().rstrip(":：")
        if len(text) > MENU_LINE_MAX_CHARS or not title_shaped(label) or DOCUMENT_NAME.search(label):
            return None
    return None


# "金华市生态环境局某某分局": a unit's name, as a 公文 page prints its issuer under the title.
ISSUER = LazyPattern(
    rf"^[{CJK}（）()]{{4,30}}(?:局|厅|委|办|院|部|处|室|所|站|中心|政府|办公室|委员会|公司|集团|学校|大学|学院)$")


def take_issuer(doc: pf.Doc, block: pf.Block) -> None:
    """The issuer line goes from the body to `publisher` (unless the page names its source)."""
    text = block_text(block).strip()
    doc.content = [b for b in doc.content if b is not block]
    get_state(doc).report.record_removed(text, "meta-lines.issuer")
    if "publisher" not in doc.metadata:
        doc.metadata["publisher"] = pf.MetaInlines(pf.Str(text))


# The meta line anchors a title a little lower than the first lines: a greeting, a crumb, a
# channel's name may stand above it.
ABOVE_META_BLOCKS = 6


# "2026-01-24" / "星期六", "2024年5月6日 星期一": today's date and weekday in the site's header.
_WEEKDAY = LazyPattern(r"(?:星期|礼拜|禮拜|周|週)[一二三四五六日天]")
CLOCK_MAX_CHARS = 24


def _site_clock(below: str, after: str) -> bool:
    """The date under a line is the site's clock, not the page's: a bare date with its weekday
    (on its line or alone on the next), as a newspaper's or a government site's header prints
    today's; the line over it is the site's name ("电子报阅读机"), not the page's title."""
    return (len(below) <= CLOCK_MAX_CHARS and bool(DATE.search(below))
            and bool(_WEEKDAY.search(below) or _WEEKDAY.fullmatch(after.strip())))


# The site's greeting or slogan opening the page ("某某文库，欢迎您！", "某某范文，写作好帮手！"): a
# short exclaimed line of its header, no sentence of the text (round 27: two stored sites and two
# own-words tuning pages).
_GREETING = LazyPattern(r"^[^。；;：:]{2,30}[！!]$")


def site_greeting(line: str) -> bool:
    """The page's first line is the site's greeting: short, exclaimed, no clause of a text."""
    return bool(_GREETING.match(" ".join(line.split())))


# "查看: 1864|回复: 3": a forum thread's counter, which the forum software prints right over the
# thread's title (a board's tag before it: "[转帖] 某某"), whatever the lines above it (the browser
# title, login links, a board's index of links).
_THREAD_COUNTER = LazyPattern(r"^\s*查看\s*[:：]\s*\d+\s*[|｜]\s*回[复覆復]\s*[:：]\s*\d+\s*$")
COUNTER_SEARCH_BLOCKS = 24
COUNTER_TITLE_MAX_GAP = 4


def line_under_counter(doc: pf.Doc, rules) -> int | None:
    """The thread's title under a forum's view/reply counter: the last title-shaped line before the
    copy-link button or the poster's line (lines a rule names), within COUNTER_TITLE_MAX_GAP lines
    under the counter ("打印 上一主题 下一主题" and a control such as "收起左侧" stand between)."""
    texts = _lines(doc, COUNTER_SEARCH_BLOCKS + COUNTER_TITLE_MAX_GAP + 1)
    counter = next((i for i, t in enumerate(texts[:COUNTER_SEARCH_BLOCKS]) if _THREAD_COUNTER.match(t)), None)
    if counter is None:
        return None
    found = None
    for index in range(counter + 1, min(counter + 1 + COUNTER_TITLE_MAX_GAP, len(texts))):
        text = " ".join(texts[index].split())
        if not text:
            continue
        if first_matching_rule(rules, text, {"head", "anywhere"}):
            if found is not None:
                return found  # the title over the copy-link button or the poster's line
            continue
        if not title_shaped(clean_title(text)):
            break  # the text has begun
        found = index
    return found


def line_above_meta(doc: pf.Doc, rules) -> int | None:
    """A title-shaped line right above the page's meta line ("发布时间：…", "作者：… 阅读：…"),
    below nothing but short lines: template pages print the title, then its facts."""
    meta = tuple(r for r in rules if r.concept == "meta-lines" and r.name not in SHELF_FIELDS)
    texts = _lines(doc, ABOVE_META_BLOCKS + 1)
    # A date among the last lines with words closes the document (its signature's date, perhaps
    # a contact line after it); it is no page's facts under a title (those have the text under them).
    closing = _closing_date(doc, rules)
    found: list[int] = []
    for index, text in enumerate(texts[:ABOVE_META_BLOCKS]):
        if (index and text_begun(texts[index - 1])
                and not (index == 1 and (site_greeting(texts[0]) or lead_paragraph(texts, index)))):
            break
        if past_lead_paragraph(texts, index) and not site_greeting(texts[0]):
            break  # (under a paragraph only the line right under it is looked at)
        if index > 1 and any(_LEAD_CLAUSE.search(line) for line in texts[:index - 1]):
            # "…拟推荐以下同志为人选：" two lines up or more: the text's lead-in clause; a line over a
            # date below it is the text's signature over its date, never a title over its facts.
            break
        below = " ".join(texts[index + 1].split()) if index + 1 < len(texts) else ""
        if MARKS_ONLY.match(below) and index + 2 < len(texts):
            below = " ".join(texts[index + 2].split())  # a "|" left alone: the line under it says
        if closing is not None and index + 1 >= closing - 1:
            # The issuer (or the signer) over the document's closing date, or over the name signed
            # above it: the document's end, no title over its facts.
            break
        # (A word, "范文" above a count, is a channel's name, not a title: CORE_MIN_CHARS.)
        if (text and below and (title_shaped(text) or exclaimed_title(text))
                and len(title_core(clean_title(text))) >= CORE_MIN_CHARS  # ("栏目| 标题": the title's core)
                and not first_matching_rule(rules, " ".join(text.split()), {"head", "anywhere"})
                and not EVENT_FIELD.match(text.lstrip())  # "会议名称:…" over "时间:…": a record's fields
                # ("时间:…" over "地点:…": a record's time beside its place, no page's date)
                and not any(EVENT_FIELD.match(t.lstrip()) for t in texts[index + 2:index + 3] if t)
                and (DATE_LABEL.match(below) or first_matching_rule(meta, below, {"head", "anywhere"}))
                and not title_field_value(below)  # "基本信息" over "文件名称:…": a box's heading
                and not _numbers_steps(texts, index + 1)  # "方法/步骤" over "1": a step's number, no count
                and not _site_clock(below, texts[index + 2] if index + 2 < len(texts) else "")
                and not header_over_crumb(text, below, rules)  # a site's name over its breadcrumb
                and not _first_of_own_fields(texts, index, below, rules)):
            found.append(index)
    if len(found) > 1 and (facts := [i for i in found if not _walks_steps(texts[i + 1])
                                     and (DATE.search(texts[i + 1]) or _FIELD.match(texts[i + 1]))]):
        # "某某知识门户" over "位置:某某网 > 资讯中心 > …", then the title over "作者:… 发布时间:…":
        # the line over a path of steps is the site's (its name, its channel), the title stands
        # over the page's own facts, dated ones first, then a field ("作者:某某网" over "156人看过");
        # a share button under a list's last item is no such fact.
        found = [i for i in facts if DATE.search(texts[i + 1])] or facts
    # A channel's name above the breadcrumb, the document's name above the date: the latter.
    chosen = next((i for i in found if DOCUMENT_NAME.search(texts[i].strip())), found[0] if found else None)
    if chosen is not None and (echoes_channel(texts[chosen], texts[chosen + 1])
                               or HEAD_MARK.match("".join(texts[chosen].split()))):
        # "实施方案" / "时间:2023-02-03 14:34:17 实施方案 我要投稿" / "实施方案模板汇编9篇": the line
        # above is the channel the meta line names; the title is the line under the meta line.
        # So with a 公文's 版头 mark over the page's facts ("某县人民政府办公室文件" / "发布时间：…" /
        # "关于…的通知", round 33): the mark names the issuer, the title stands under the facts.
        under = chosen + 2
        if (under < len(texts) and title_shaped(texts[under]) and len(title_core(texts[under])) >= CORE_MIN_CHARS
                and not first_matching_rule(rules, " ".join(texts[under].split()), {"head", "anywhere"})):
            return under
    if chosen and names_only(texts[chosen]) and title_over_names(texts[chosen - 1], texts[chosen], rules):
        return chosen - 1  # "标题" / "某某 某某智库" / "2024-09-03": an account's byline, the title above it
    if (chosen and byline(texts[chosen]) and title_shaped(texts[chosen - 1])
            and not first_matching_rule(rules, " ".join(texts[chosen - 1].split()), {"head", "anywhere"})):
        return chosen - 1  # "标题" / "某某委员会副主任 某 某某" / "来源:…": the author's byline, the title above it
    if chosen and title_over_byline(texts[chosen - 1], texts[chosen], rules):
        return chosen - 1  # "标题" / "发布网友" / "发布时间:…": the poster, the title above it
    return chosen


# How many of the last lines with words a document's closing date is looked for among, and how
# many lines at the page's foot are looked past when a rule names them (the site's own lines).
CLOSING_LINES = 2
CLOSING_SCAN_LINES = 8


def _closing_date(doc: pf.Doc, rules=()) -> int | None:
    """The index of a date alone on one of the document's last lines with words, None if none.
    The site's lines under it are looked past: a line a rule drops ("上一篇：…", "版权所有…",
    "相关推荐") and what follows it are no lines of the document's."""
    seen = scanned = 0
    looked_past = False
    for index in range(len(doc.content) - 1, -1, -1):
        block = doc.content[index]
        if not is_text_block(block) or not (text := block_text(block).strip()):
            continue
        if DATE_ONLY_LINE.match(text) or WRITTEN_DATE_LINE.match(text):  # ("2023.4.1" too)
            if scanned < CLOSING_LINES:
                return index  # among the last lines
            if seen >= CLOSING_LINES or not looked_past or not _text_above(doc, index):
                return None  # (past the site's lines, a date with no text above is the site's clock)
            return index
        scanned += 1
        if scanned >= CLOSING_SCAN_LINES:
            return None
        if rules and first_matching_rule(rules, " ".join(text.split()), {"tail", "anywhere"}):
            seen, looked_past = 0, True  # the site's line: the document ends above it
            continue
        seen += 1
        if seen >= CLOSING_LINES and not rules:
            return None
    return None


# A line of the document's text above its closing date: words with a clause in them.
_CLAUSED = LazyPattern(r"[\u4e00-\u9fff][^，,。！？!?]{2,40}[，,。！？!?]")  # (bounded: a long line stays fast)


def _text_above(doc: pf.Doc, index: int) -> bool:
    return any(is_text_block(block) and _CLAUSED.search(block_text(block)) for block in doc.content[:index])


# A clause leading into the text: words, a comma, more words, a closing colon ("经研究，现将…如下：").
_LEAD_CLAUSE = LazyPattern(r"[，,][^，,:：]{2,}[:：]\s*$")
# "作者:某某网": a field of the page's, its label, colon and value.
# A 公文's 版头 mark: an issuing body's name and 文件 ("某县人民政府办公室文件"), never its title.
HEAD_MARK = LazyPattern(rf"^[{CJK}（）()×X*]{{2,40}}(?:办公室|办公厅|政府|委员会|党委|党组|局|厅|部|委|院|校|公司|集团|"
                         r"中心|协会|联合会|工会|团委|街道|社区)文件$")


def _first_of_own_fields(texts: list[str], index: int, below: str, rules) -> bool:
    """"书名：《某书》" over "作者：某某" under "《某书》读书笔记" (round 33): a field line over a field
    of one label, right under a title-shaped line no rule names, is the document's first field
    (a reading note's book, its author), never a title over the page's facts: the title is the
    line above. A page's facts under a colon title ("专题：某某" over "作者：… 阅读：…") give two
    facts or a date. Nor is a field under another field ("出版社：…" over "阅读时间：…"): the
    document's fields run on."""
    if not index or not _FIELD.match(texts[index]):
        return False
    above = texts[index - 1]
    if _FIELD.match(above):
        return title_field_value(above) is None  # ("标题：…" over "栏目：…" names the title)
    # (The line above may be a genre's name alone: "读书笔记" over "书名：…".)
    return (len(_LABELS.findall(below)) == 1 and not DATE.search(below) and title_shaped(above)
            and not first_matching_rule(rules, " ".join(above.split()), {"head", "anywhere"}))


# Each label of a line of fields ("作者：", "阅读："), at its start or after a blank.
_LABELS = LazyPattern(r"(?:^|\s)[^\s:：>»]{1,6}\s*[:：]")
_FIELD = LazyPattern(r"^\s*[^\s:：>»]{1,6}\s*[:：]\s*\S")
# "首页 > 资讯中心 > word > 文章详情": a path of two steps at least, however the line is labelled.
_STEP = LazyPattern(r"\S\s*[>»\u203a\uff1e]+\s*\S")
CRUMB_MIN_STEPS = 2


def _walks_steps(line: str) -> bool:
    return len(_STEP.findall(line)) >= CRUMB_MIN_STEPS


def _numbers_steps(texts: list[str], at: int) -> bool:
    """The line at `at` is a bare number and its successor stands alone further down with text
    between: the text's steps "1", "2" numbered on lines of their own, not a page's counter."""
    number = texts[at].strip() if at < len(texts) else ""
    if not number.isdigit() or len(number) > 2:
        return False
    successor = str(int(number) + 1)
    between = [line.strip() for line in texts[at + 1:]]
    return successor in between and any(len(line) > len(number) for line in between[:between.index(successor)])


# How far below a title line its repeat is looked for.
REPEAT_SEARCH_BLOCKS = 8
# A title printed twice may stand under more short chrome lines than a title line is looked for
# under (TITLE_SEARCH_BLOCKS): a region picker and a breadcrumb over a 范文 page's headline, an
# e-paper's date, page and shelf lines over its article's. The repeat is the anchor there, and the
# lines above it must all be short (text_begun stops the search).
DEEP_TITLE_SEARCH_BLOCKS = 8
DEEP_REPEAT_BLOCKS = 3


# A verse line is short; a page's text holds a line longer than this (its prose, its meta line).
VERSE_MAX_CHARS = 16
VERSE_MIN_LINES = 6


def _verse_only(doc: pf.Doc) -> bool:
    """Whether the page is all short lines (VERSE_MIN_LINES or more, none longer than
    VERSE_MAX_CHARS): verse, with no prose and no page's facts."""
    lines = ["".join(block_text(b).split()) for b in doc.content if is_text_block(b)]
    lines = [line for line in lines if line]
    return len(lines) >= VERSE_MIN_LINES and all(len(line) <= VERSE_MAX_CHARS for line in lines)


# A breadcrumb and the page's own name under it: template, 范文 and government sites print the crumb
# down to the page ("当前位置：首页 > 杂文 > 某某") over its title (31 own-tune sites of this layout; stored
# news and print views too), the crumb's last step then the same words alone on the next line.
CRUMB_SEARCH_BLOCKS = 8


def crumb_named_line(doc: pf.Doc, rules) -> int | None:
    """The index of the line right under a breadcrumb that ends on its words (title_forms.crumb_leaf),
    among the first CRUMB_SEARCH_BLOCKS lines: the page's name, printed by the crumb and again under
    it, is its title, even when it calls out ("…，致敬…！", exclaimed_title) or a menu stands above
    (the crumb proves it, as the meta line under a title does). Not a line a rule names or one
    shaped as no title (a column's name the crumb ends on heads a list, never_title); nor one over
    another title-shaped line no rule names: the crumb then ends on the channel, whose name heads its
    page over the item's title (the page's name is followed by its facts or its text)."""
    texts = _lines(doc, CRUMB_SEARCH_BLOCKS + 2)
    for index, text in enumerate(texts[:CRUMB_SEARCH_BLOCKS]):
        if (leaf := crumb_leaf(text)) is None:
            continue
        line, below = (" ".join(texts[at].split()) if at < len(texts) else "" for at in (index + 1, index + 2))
        if (not line or "".join(line.split()) != leaf or first_matching_rule(rules, line, {"head", "anywhere"})
                or not (title_shaped(clean_title(line)) or exclaimed_title(line))):
            return None
        if below and title_shaped(clean_title(below)) and not first_matching_rule(rules, below, {"head", "anywhere"}):
            return None  # "首页 > 新闻 > 校园动态" / "校园动态" / "某校举行…": the channel over the title
        return index + 1
    return None


def repeated_line(doc: pf.Doc, rules, channels: frozenset[str] = frozenset()) -> int | None:
    """The first title-shaped line among the first blocks that the page prints again below it,
    with or without the affixes of a repeat (titles.title_core); not a channel the breadcrumb
    names (`channels`: "综合新闻" over the crumb and under it is the channel's, printed twice)."""
    texts = _lines(doc, max(REPEAT_SEARCH_BLOCKS, DEEP_TITLE_SEARCH_BLOCKS + DEEP_REPEAT_BLOCKS))
    if _verse_only(doc):
        # A poem or a song of short lines and no prose: a line coming back is its refrain ("我在这头"
        # in two stanzas), and the lines above it are the poem's, never a menu over a title.
        return None
    for index, text in enumerate(texts[:DEEP_TITLE_SEARCH_BLOCKS]):
        if (index and text_begun(texts[index - 1]) and not lead_paragraph(texts, index)) or (
                past_lead_paragraph(texts, index)):
            return None  # the text has begun: a line repeated below this is no title
        # Among the first lines a repeat is looked for in the first REPEAT_SEARCH_BLOCKS; a line
        # under more chrome (a crumb, a region picker, an e-paper's issue line) has its repeat
        # close under it, past its facts line or its photo's caption (a menu's or a contents
        # list's item comes back only after the rest of the list).
        window = REPEAT_SEARCH_BLOCKS if index < TITLE_SEARCH_BLOCKS else index + 1 + DEEP_REPEAT_BLOCKS
        if not text:
            continue
        if not title_shaped(text):
            # "简述某某的区别。" printed again whole, or opening the text under it; once: a sentence
            # printed over and over is a filler's or a refrain's. Under a title-shaped line it is the
            # text's first paragraph printed twice (the line above is the title).
            if (index < REPEAT_SEARCH_BLOCKS and stated_title(text)
                    and not any(title_shaped(above) for above in texts[:index])
                    and len(title_core(text.rstrip("。. "))) >= CORE_MIN_CHARS
                    and sum(_restates(t, text) for t in texts[index + 1:index + 1 + REPEAT_SEARCH_BLOCKS]) == 1
                    and not first_matching_rule(rules, " ".join(text.split()), {"head", "anywhere"})):
                return index
            continue
        if first_matching_rule(rules, " ".join(text.split()), {"head", "anywhere"}):
            continue
        if index >= TITLE_SEARCH_BLOCKS and _deep_lookalike(text, texts[index + 1:index + 2]):
            continue
        if "".join(text.split()) in channels:
            continue
        if (index + 1 < len(texts) and texts[index + 1].split() == text.split()
                and channel_over_title(text, doc.content[index + 2:index + 5], rules)):
            continue  # "学校要闻" twice running over the title and the text: the channel's, printed twice
        core = title_core(text)
        if len(core) < CORE_MIN_CHARS:
            continue
        width = len("".join(text.split())) + AFFIX_MAX_CHARS
        if any(t and len("".join(t.split())) <= width and _repeats(title_core(t), core)
               for t in texts[index + 1:window]):
            return index
    return None


def _restates(later: str, sentence: str) -> bool:
    """A later line prints the sentence again: alone, or as the first sentence of its paragraph
    (a one-line notice's headline, then its text opening with it)."""
    said, again = ("".join(fold_script(line).split()) for line in (sentence, later))
    return again.startswith(said)


def _deep_lookalike(text: str, below: list[str]) -> bool:
    """A line under the chrome that repeats without being a title: a unit's name (a 公文's
    letterhead, printed again as its signature), or a widget's row printed again right under it
    ("某某的回复获得奖章一枚" four times running)."""
    return unit_alone(text) or bool(below and title_core(below[0]) == title_core(text))


def _repeats(later: str, core: str) -> bool:
    """A later line's core is the title's, or the title's with the issuing institution before it."""
    return later == core or institution_before(later, core)


# A title's first copy hard-wrapped in two ("论文中文献的" / "格式要统一嘛" over the meta line,
# then "论文中文献的格式要统一嘛"): the halves read as one line are the title the page prints again.
WRAPPED_SEARCH_BLOCKS = 6
WRAPPED_REPEAT_BLOCKS = 12
WRAPPED_HALF_MIN_CHARS = 3


def wrapped_title(doc: pf.Doc, rules) -> int | None:
    """The index of the first of two lines among the first blocks that read as one title-shaped
    line whose core the page prints again whole below them (within WRAPPED_REPEAT_BLOCKS), when
    neither half is one already; None when there are none."""
    texts = [text.strip() for text in _lines(doc, WRAPPED_REPEAT_BLOCKS)]
    for index in range(min(WRAPPED_SEARCH_BLOCKS, len(texts) - 2)):
        first, second = texts[index], texts[index + 1]
        if index and text_begun(texts[index - 1]):
            return None
        if (len(first) < WRAPPED_HALF_MIN_CHARS or len(second) < WRAPPED_HALF_MIN_CHARS
                or text_begun(first) or not title_shaped(f"{first}{second}")):
            continue
        joined = " ".join(f"{first}{second}".split())
        if first_matching_rule(rules, joined, {"head", "anywhere"}):
            continue
        core = title_core(joined)
        if len(core) < CORE_MIN_CHARS or core in (title_core(first), title_core(second)):
            continue
        if names_institution(title_core(first)) and title_shaped(second):
            # "国立某某中学" / "图书馆借阅管理要点" / "国立某某中学图书馆借阅管理要点": the unit's name heads
            # the page, then the title alone; the page prints it again with the unit before it
            # (_repeats): no title wrapped in two.
            continue
        if any(t and title_core(t) == core for t in texts[index + 2:]):
            return index
    return None


def join_wrapped(doc: pf.Doc, index: int) -> None:
    """The block at `index` and the one after it become one line (a title wrapped in two)."""
    first, second = doc.content[index], doc.content[index + 1]
    first.content = [*first.content, *second.content]
    del doc.content[index + 1]


# A 公文's title is built as issuer + 关于 + matter + genre, and a page may break it over two or three
# lines ("省政府办公厅" / "关于开展2020年度政务公开" / "考评的通知"): the line an anchor found holds only
# its end. The lines above it are the title's head when one of them holds the 关于 and the one over
# that, if any is taken, is the issuer's name alone.
_ABOUT = LazyPattern(r"[关關][于於]")
NOTICE_HEAD_MAX_LINES = 2
# A box of headline links above the title (round 41): each line a whole headline, marked as a list's
# item by a bullet or number before it, or a date or counter after it ("· 关于…的公告 05-07", "1. 关于…",
# "关于…的提醒 (120)"); or a 关于 line already whole, its genre at its end, over a line that does not
# go on with 的/之 — the box's last headline over the page's own title, never that title's head.
_LINK_ITEM = LazyPattern(
    r"^\s*(?:[•·●▪◆■►▶>※◇○□★☆]|\d{1,2}\s*[.．、]|\[\d{1,2}\])"
    r"|(?:\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{1,2})?|[(（\[【]\s*\d+\s*[)）\]】])\s*$")
_GOES_ON = LazyPattern(r"^\s*[的之]")


def notice_title_start(doc: pf.Doc, found: int, rules) -> int | None:
    """The index of the first line of a 公文 title broken over lines whose last line (ending in
    the genre, no 关于 in it) is at `found`; None when the lines above it are no such head."""
    texts = _lines(doc, found + 1)
    last = fold_script(texts[found].strip())
    if _ABOUT.search(last) or not names_genre(last):
        return None
    start = None
    for index in range(found - 1, max(found - 1 - NOTICE_HEAD_MAX_LINES, -1), -1):
        line = fold_script(texts[index].strip())
        if (not line or text_begun(line) or not title_shaped(line)
                or first_matching_rule(rules, " ".join(line.split()), {"head", "anywhere"})):
            break
        if start is None and not _ABOUT.search(line):
            break  # the line over the end holds the 关于, or no head stands there
        if start is None and _headline_over(doc, index, line, last):
            break
        if start is not None and not ISSUER.match("".join(line.split())):
            break
        start = index
    return start


def _headline_over(doc: pf.Doc, index: int, line: str, last: str) -> bool:
    """The 关于 line at `index` is a whole headline of a box of links above the title at index + 1:
    a list item's bullet, number, date or counter on it, or its genre at its end over a line that
    does not go on from it."""
    if _LINK_ITEM.search(block_text(doc.content[index])):
        return True
    return names_genre(line) and not _GOES_ON.match(last)


_ABOUT_HEAD = LazyPattern(r"^\s*[关關][于於]")


def box_headline_over(doc: pf.Doc, index: int, found: int) -> bool:
    """The line at `index`, right above the title line `found`, is the last headline of a box of
    links above the title, never the title's first line: it is marked as a list's item with its
    neighbour ("· 关于…的公告 05-07"), or it ends in a document's genre and opens with 关于 or the
    title ends in one too (two whole names: "关于…的公告" over "某某调整说明", "某某办法")."""
    if index != found - 1:
        return False
    upper, lower = (fold_script(block_text(doc.content[at])) for at in (index, found))
    if ISSUER.match("".join(lower.split())) or names_institution(title_core(lower)):
        return False  # "关于…的通知" over "某某局" over the date: a 公文's title over its issuer
    return in_link_run(doc, index, found + 1) or (names_genre(upper.strip()) and (
        names_genre(lower.strip()) or bool(_ABOUT_HEAD.match(upper))))


def join_lines(doc: pf.Doc, start: int, end: int) -> None:
    """The blocks from `start` to `end` become one line (a title broken over them)."""
    for _ in range(end - start):
        join_wrapped(doc, start)
