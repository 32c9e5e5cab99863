"""Headings that carry no number, proven by their form or their place (used by rules.py).

- Bracketed labels: "[指导思想]", "【工作目标】" — two or more on a page, each alone on its line
  before body text or opening its paragraph, are the page's sections. A label followed by a
  short value ("【致辞人】××市人口计生委") is a field of the document, not a section.
- The parent of a numbered part: a short bare line right above the part's first numbered child
  ("辞职报告的基本格式" then "（一）标题" then body) heads the part those children divide; the
  child, numbered 1 and itself a heading below the 一、 rank, is the proof.
- Bare lines (unnumbered_shape): before body text on a page with nothing numbered
  (bare_headings: 案情回顾, 法官解读), or, beside numbered headings, short Chinese words between
  two body paragraphs (between_body: 作用, 内容与要求). Never a picture's placeholder (文章插图)
  or the value under a field's label (公开方式: / 主动公开).
- A speech's points by their ordinal words ("第一，要深刻认识…" / "第二，…") standing alone above
  body text, on a page with no other headings (ordinal_headings); one "第一，" alone only when no
  other line opens with an ordinal word (a page cut short after its first point).
- A 范文 page's two parts, its format and its sample: "倡议书格式：" "倡议书范文：" "例文：节水倡议书",
  on a page whose title names the part ("倡议书格式及范文") or that has two such lines
  (part_labels).
- An issued document's title: the line under "附件" (attachment_title), or the line repeating
  the name a notice issues (carried_titles: 《…方案》已经…同意，现印发…).
"""

from __future__ import annotations

import re
from collections import Counter

from ..patterns import DATE_ONLY_LINE, SALUTATION
from ..regex_cache import LazyPattern
from .addressees import addresses_readers
from .measure import (
    BODY_MIN_CHARS,
    HAS_WORD,
    LINE_PUNCT,
    OPEN_END,
    PINYIN_GLOSS,
    SENTENCE_INSIDE,
    UNNUMBERED_MAX_CHARS,
    is_body,
    squeeze,
    visible_len,
    wrap_tail,
)
from .numbering import STANDALONE_HEADING, cn_to_int, parse_marker
from .parallel import addresses as _addresses
from .taglines import drop_tagline
from .turns import take_turns

# (a full-width page prints its square brackets full-width too: "［指导思想］")
_LABEL = LazyPattern(r"^\s*[【\[［]\s*(?P<name>[^【】\[\]［］\s，,。；;：:！？!?]{2,12})\s*[】\]］]\s*")
BRACKET_MIN_LABELS = 2


def bracket_labels(texts: list[str | None], is_body) -> dict[int, int]:
    """Block index -> where the label ends (the line's length when it stands alone). Labels
    running into their text count only beside one alone on its line: a page whose every label
    runs in ("【时间】…", "【地点】…") prints its fields in brackets, as another prints "时间：…"."""
    found: dict[int, int] = {}
    for index, text in enumerate(texts):
        match = _LABEL.match(text) if text else None
        if not match:
            continue
        rest = text[match.end():]
        if rest.strip():
            if is_body(rest.strip()):
                found[index] = match.end()
        elif index + 1 < len(texts) and (is_body(texts[index + 1]) or _first_item(texts[index + 1])
                                         or _FIELD.match(texts[index + 1] or "")):
            # (over its paragraph, or over the first of its numbered points: "【前期准备】" / "一、…",
            # or over its fields: "【特征】" / "毛色：…" / "体型：…")
            found[index] = len(text)
    if not any(cut == len(texts[index]) for index, cut in found.items()):
        return {}
    # "述职报告的特点包括：" above "【汇报性】" "【总结性】"…: a sentence introduces the labels, items
    # of its list; a greeting ("【亲爱的同学们】") or an addressee ("【县财政局】") is no section
    # either (parallel.colon_labels reads the same labels closed by a colon so). A speech's
    # salutation over the first label ("各位党员同志：") closes with its colon too, and introduces
    # no list: the labels under it are the speech's parts.
    first = min(found, default=0)
    above = texts[first - 1] if first else None
    if above and above.rstrip()[-1] in "：:" and not _LABEL.match(above) and not SALUTATION.match(above):
        return {}
    found = {i: cut for i, cut in found.items() if not _addresses(_LABEL.match(texts[i]).group("name"))}
    # "[主席]" … "[代表甲]" … "[主席]" "[主席]": a transcript's speakers come back out of turn (turns.py)
    if take_turns([squeeze(_LABEL.match(texts[i]).group("name")) for i in sorted(found)]):
        return {}
    return found if len(found) >= BRACKET_MIN_LABELS else {}


def _first_item(text: str | None) -> bool:
    marker = parse_marker(text) if text else None
    return marker is not None and marker.number == 1


# A line like these introduces what follows ("具体要求如下", "有以下几个特点"): it heads nothing.
_INTRODUCES = LazyPattern(r"(?:如下|以下|下列|下面|包括|如后|见下)")


# "演讲稿的总体特征：" above "1、内容上的现实性": a label closed by a colon heads its part too,
# unless it introduces like a sentence ("主要做法有：", "要求是：").
_FIELD = LazyPattern(r"^\s*[\u4e00-\u9fff]{1,6}[：:]\s*\S")
_SENTENCE_INTRODUCER = LazyPattern(r"(?:有|是|为|包括|如下|以下|下列|要求|规定)$")
# "下面我讲三个问题：" / "在此提几点建议：": a speaker announcing how many points follow, a sentence
# of the speech (the verb of speaking right before the count), no part's name.
_ANNOUNCED_COUNT = LazyPattern(r"(?:讲|講|谈|談|提|说|說|强调|強調|汇报|匯報|分享|交流)(?:一下|以下)?"
                               r"[一二三四五六七八九十两兩几幾]+[个個点點条條项項]")


def _leads_into_list(text: str) -> bool:
    """A sentence closed by a colon announcing the list below ("…可以按照下面的顺序来准备：")."""
    core = text.rstrip()
    return core[-1:] in ("：", ":") and bool(_INTRODUCES.search(core)) and visible_len(core) >= INTRODUCER_MIN_CHARS


def _parent_shaped(text: str, shaped) -> bool:
    core = text.rstrip()
    if core.endswith(("：", ":")):
        core = core[:-1]
        if _SENTENCE_INTRODUCER.search(core) or _ANNOUNCED_COUNT.search(core):
            return False
    return shaped(core)


def parent_lines(texts: list[str | None], first_children: list[tuple[int, str]], shaped) -> dict[int, str]:
    """Block index -> the family of the numbered first child that proves the line a heading.

    `first_children`: (index, family) of accepted numbered headings numbered 1; `shaped`: the
    test a bare heading line passes (rules.unnumbered_shape)."""
    parents: dict[int, str] = {}
    for index, family in first_children:
        above = index - 1
        text = texts[above] if above >= 0 else None
        # "写说课稿的四个步骤" / "可以按照下面的顺序来准备：" / "1. 研读教材": the part's lead sentence
        # introducing its list stands between the name and the first child.
        if text and _leads_into_list(text) and above > 0:
            above -= 1
            text = texts[above]
            if not (above == 0 or is_body(texts[above - 1]) or not texts[above - 1]):
                continue
        if not text or not _parent_shaped(text, shaped) or _INTRODUCES.search(text):
            continue
        # "尊敬的家长：" / "请配合做好以下几点：" / "1、…": the letter's readers, no part's name (addressees.py)
        if addresses_readers(text):
            continue
        # "标题：“…”" then "正文：": fields of one form, the second no more a heading than the first.
        if text.rstrip()[-1] in "：:" and above > 0 and _FIELD.match(texts[above - 1] or ""):
            continue
        # A run of short bare lines (a list, a signature) is no heading above a part.
        if above > 0 and texts[above - 1] and shaped(texts[above - 1]):
            continue
        parents[above] = family
    return parents


# Notice lines of laws and reports: "1981年4月6日 国务院发布", "发布之日施行"; the date a 公文 or an
# order closes with, written in numerals ("二〇一八年三月五日", "二零一八年", "三月五日"): a date
# names no section.
_CN_DIGIT = "〇零○O一二三四五六七八九"
# A template masks the date's digits and keeps its shape ("XXXX年XX月XX日", "20xx年×月××日",
# "____年__月__日"): a masked digit is a digit, and the line a date all the same.
_MASKED_DIGIT = "Xx×*＊_＿"
_DATE_LIKE = LazyPattern(rf"\d{{2,4}}\s*年|\d\s*月\s*\d|年\s*\d|[{_CN_DIGIT}]{{4}}\s*年"
                         r"|[一二三四五六七八九十]{1,3}\s*月\s*[一二三四五六七八九十]{1,3}\s*[日号]"
                         rf"|[\d{_MASKED_DIGIT}]{{2,4}}\s*年\s*[\d{_MASKED_DIGIT}]{{1,2}}\s*月")
# "2024年工作回顾" / "20XX年工作安排": a report's part named by the year it looks back on or ahead
# to, the year alone and words after it (a work report's two halves, a yearbook's parts); the
# year dates no event, so the line is no date ("2024年3月", "二〇二四年三月五日" stay dates).
_YEAR_PART = LazyPattern(rf"^(?:19|20)[\d{_MASKED_DIGIT}]{{2}}\s*年度?(?![{_CN_DIGIT}十])"
                         rf"[^\d月{_MASKED_DIGIT}]{{2,12}}$")
# A closing date so masked, alone on its line: it dates the signature above it as a date does.
_MASKED_DATE_ONLY = LazyPattern(rf"^\s*[\d{_MASKED_DIGIT}]{{2,4}}\s*年\s*[\d{_MASKED_DIGIT}]{{1,2}}\s*月"
                                rf"\s*[\d{_MASKED_DIGIT}]{{1,2}}\s*[日号]\s*$")
# (an organ's act, "国务院发布": the organ's name right before the verb; never a rule or a step a
# heading names, "排班要提早公布", "纪要的形成和印发", "报告须经审议通过")
_ENACTMENT_END = LazyPattern(r"^[^的和与與及要应應须須需该該]*(?:通过|施行|发布|公布|修正|修订|印发|批准)$")
# "【致辞人】某市卫生局": a bracketed label and its value, a field of the document.
_LABELLED_FIELD = LazyPattern(r"^[【\[［][^】\]］]{1,12}[】\]］]\S")


# "（此处可插入领导讲话）": a note to the reader in brackets, an aside of the text, never its section.
_ASIDE = LazyPattern(r"^[（(].*[）)]$")
# "【县财政局】" alone on its line: a label in brackets, which bracket_labels alone judges.
_BRACKETED_LINE = LazyPattern(r"^[【\[［].*[】\]］]$")
# "㈡在前言和主体之间": a numeral in brackets as one character; the line is numbered, never bare.
_PAREN_NUMERALS = "㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩"
# "<序号>1序号>", "{{title}}": a template's or a page's markup left in the text, no words of a heading.
# (rules.decide folds full-width marks to ASCII before the lines reach here; a bar is a site's
# separator, "首页 | 范文", which the shape tests of the lines around a heading count as a line;
# "#话题#" is a social site's tag, a markdown heading's marks are markdown.py's)
_MARKUP = LazyPattern(r"[<>{}=\\#]")
# "登录/注册", "博客/论坛", "文/张三", "小作家/某某小学 王某", "林某 / 许某": a slash joins a menu's
# alternatives, a credit's role and its name, a cast's names; a section is named by no such pair.
_SLASHED = LazyPattern(r"""\s[/／]|[/／]\s|[/／].*[/／]                 # "林某 / 许某", "合同/ 劳务/ 导航/"
    |^[\u3400-\u9fff]{1,3}[/／](?:[\u3400-\u9fff]{2,3}$|.*\s[\u3400-\u9fff]{2,3}$)  # "文/张三", "小作家/某小学 王某"
    """, re.X)


# "主  席 游院长某某", "地  点 本院议场", "记录 王某": a record's field, its label spaced out and its
# value after a blank (a minutes' or a legislature record's head), no heading.
_RECORD_FIELD = LazyPattern(
    r"^\s*(?:时\s*间|地\s*点|主\s*席|主\s*持(?:\s*人)?|记\s*录(?:\s*人)?|出\s*席|列\s*席|缺\s*席|请\s*假"
    r"|参\s*加\s*人\s*员|秘\s*书(?:\s*长)?)[ \t\u3000]+\S")


# "Page 1", "P. 36", "第2页 / 共9页": a page label an e-book or a 文库 viewer printed between the
# pages it shows; it counts pages and names nothing.
_PAGE_LABEL = LazyPattern(r"^(?:page\s*\d{1,4}|p\.?\s*\d{1,4}|第\s*\d{1,4}\s*页(?:\s*[/／]?\s*共\s*\d{1,4}\s*页)?)$",
                          re.IGNORECASE)
# "3 页", "共12頁", "41.26KB", "5268字": a shared document's size printed in its page's head; a
# quantity alone names nothing.
_QUANTITY = LazyPattern(r"^共?\s*\d+(?:\.\d+)?\s*(?:页|頁|字|[KkMm][Bb]|张|張|P)$")
# "156人看过", "2345次浏览", "阅读 1864": a page's view or download counter; it counts, it names nothing.
_COUNTER = LazyPattern(r"^(?:\d+\s*[人次]?\s*(?:看过|阅读|浏览|已读|点赞|收藏|评论|下载)"
                       r"|(?:阅读|浏览|点击|下载)(?:量|数|次数)?\s*\d+)$")

# "3楼", "第12楼", "#5", "5#": a forum reply's floor number over the reply; it counts posts, it
# names nothing (a post's text is never sectioned by its floors).
_FLOOR = LazyPattern(r"^(?:第?\d{1,4}\s*楼|#\s*\d{1,4}|\d{1,4}\s*#)$")


def unnumbered_shape(text: str) -> bool:
    """A short line with no punctuation, number or date: a heading such as 基本案情. A line
    opening with a dash ("——观《…》有感") is a subtitle, one opening with a bracketed label
    and going on a field ("【致辞人】…"), one wholly in brackets an aside."""
    if len(text) > 20 * UNNUMBERED_MAX_CHARS:
        return False  # (a paragraph, however blank-padded: no need to fold a whole long line)
    flat = squeeze(text)
    return (
        not flat.startswith(("—", "-", "－"))
        and not _LABELLED_FIELD.match(flat)
        and not _RECORD_FIELD.match(text)
        and not _ASIDE.match(flat)
        and not _BRACKETED_LINE.match(flat)
        and flat[:1] not in _PAREN_NUMERALS
        and not _MARKUP.search(flat)
        and not _SLASHED.search(text.strip())
        and not _PAGE_LABEL.match(flat)
        and not _COUNTER.match(flat)
        and not _QUANTITY.match(flat)
        and not _FLOOR.match(flat)
        and 2 <= visible_len(flat) <= UNNUMBERED_MAX_CHARS
        and not LINE_PUNCT.search(flat)
        and (not _DATE_LIKE.search(flat) or _YEAR_PART.match(flat) is not None)
        and not _ENACTMENT_END.search(flat)
        and parse_marker(flat) is None
        and bool(HAS_WORD.search(flat))
    )


# Front matter that the standalone words (序言, 引言…) leave out: an abstract's or a reader's-guide
# label alone on its line, bare or in brackets ("摘要", "《摘要》", "【导读】"), and an introduction
# carrying its own subtitle ("引言：为什么…？"). Each only above body text.
_FRONT_LABEL = LazyPattern(r"^[《【\[]?(?:摘要|内容摘要|内容提要|提要|导读)[》】\]]?\s*[:：]?$")
_FRONT_WITH_SUBTITLE = LazyPattern(r"^(?:引言|前言|导言|序言|结语)\s*[:：]\s*[^。；;！!]{2,30}$")


def front_matter_label(text: str, following: str | None) -> bool:
    """"摘要" / "《摘要》" / "导读" / "引言：从…到…" standing above body text: a section of its own."""
    flat = text.strip()
    return bool(_FRONT_LABEL.match(flat) or _FRONT_WITH_SUBTITLE.match(flat)) and is_body(following)


# An attachment's title heads the document it opens: above all of that document's numbered parts.
ATTACHMENT_FAMILY = "attachment"
# "《某某实施方案（2023—2025年）》已经市政府同意，现印发给你们": the notice names the document it
# carries; the line below that repeats the name is that document's title.
# (or "…已经市政府第41次常务会议通过，现予印发": the meeting's name and date between; or the
# notice's "附件：《…》" line naming it)
_CARRIED = LazyPattern(r"《([^《》]{6,60})》[^。《》]{0,40}?(?:印发|转发|同意|发布|公布|通过)"
                       r"|^\s*附件\s*\d{0,2}\s*[:：]\s*\d{0,2}[.、]?\s*《([^《》]{6,60})》\s*$")
ATTACHMENT_TITLE_MAX_CHARS = 60
_GLOSS = LazyPattern(PINYIN_GLOSS)


def carried_titles(texts: list[str | None]) -> list[int]:
    """Lines repeating the name of a document that a notice above them issues, body below, or
    the document's first numbered part ("一、总则", "1 总则": a 预案 opens with its chapters) or its
    first chapter named alone ("总则")."""
    carried: set[str] = set()
    lines = []
    for index, text in enumerate(texts):
        if not text:
            continue
        following = texts[index + 1] if index + 1 < len(texts) else None
        first_part = parse_marker(following) if following else None
        opens = (is_body(following) or (first_part is not None and first_part.number == 1)
                 or bool(following and STANDALONE_HEADING.match(following.strip())))
        if squeeze(_GLOSS.sub("", text)) in carried and opens:
            lines.append(index)
        # (a machine-converted page glosses characters with their reading: "政(zheng)府")
        carried.update(squeeze(_GLOSS.sub("", m.group(1) or m.group(2))) for m in _CARRIED.finditer(text))
    return lines


def attachment_title(texts: list[str | None], index: int) -> bool:
    """The line under "附件" is the attachment's title (a 公文 places it so): one line without a
    sentence end or a number, body text below it."""
    title = texts[index] if index < len(texts) else None
    after = texts[index + 1] if index + 1 < len(texts) else None
    return (bool(title) and len(squeeze(title)) <= ATTACHMENT_TITLE_MAX_CHARS
            and not SENTENCE_INSIDE.search(title) and title.rstrip()[-1] not in OPEN_END
            and parse_marker(title) is None and not STANDALONE_HEADING.match(title) and is_body(after))


# An article's own head printed under the page's title: its title's core ("加快构建…体系" under
# "中国加快构建…体系专题调研报告"), at least this long and half the page title, and its byline.
TITLE_CORE_MIN_CHARS = 6
# "某某研究中心 张三 李 四": an affiliation and the authors' names, one blank apart (a two-character
# name is often printed with a blank inside, "李 四", to line up with three-character ones).
_NAME_CHARS = LazyPattern(r"^[\u4e00-\u9fff·]+$")
_AFFILIATION_END = LazyPattern(
    r"(?:中心|大学|学院|学校|中学|小学|研究院|研究所|研究室|研究会|委员会|协会|学会|公司|集团|银行|医院|报社|杂志社"
    r"|课题组|[局厅部处办院所校站队委会])$")
# A unit signing over its contact fields, named as an affiliation is or as a club, a shop, a class
# (…社, …店, …班); a person's name is _BARE_NAME's.
_UNIT_NAME = LazyPattern(r"^.{2,20}(?:社|店|馆|班|组)$")
# Without an affiliation, the names alone: two or three characters each ("张三 李四").
BARE_NAME_MAX_CHARS = 3
NAME_MAX_CHARS = 4


def heads_article(text: str, title_key: str | None) -> bool:
    """The article's own title line, or its byline, above its first paragraph: no section."""
    flat = squeeze(text)
    if (title_key and flat != title_key and flat in title_key and len(flat) >= TITLE_CORE_MIN_CHARS
            and 2 * len(flat) >= len(title_key)):
        return True
    return flat == title_key or is_byline(text)


def is_byline(text: str) -> bool:
    """An affiliation (or a first author) then one or more names, each set apart by a blank."""
    tokens = text.split()
    if len(tokens) < 2 or not all(_NAME_CHARS.match(t) for t in tokens):
        return False
    first, names = tokens[0], []
    for token in tokens[1:]:
        if len(token) == 1 and names and len(names[-1]) == 1:
            names[-1] += token  # "李 四"
        else:
            names.append(token)
    if _AFFILIATION_END.search(first) and len(first) > 2:
        return all(2 <= len(n) <= NAME_MAX_CHARS for n in names)
    return all(2 <= len(n) <= BARE_NAME_MAX_CHARS for n in [first, *names])


# "• 公开方式:": a field's label, its value on the next line.
FIELD_LABEL_MAX_CHARS = 12


# "沟通应包括以下几个方面", "具体安排如下": a sentence announcing what follows (its colon lost), no
# section's name; a section names its matter and leaves announcing it to its paragraph.
_LEADS_IN = LazyPattern(r"(?:如下|以下|下列)")


# A section of a résumé or a form opens on its own fields ("基本信息" / "姓名：…" / "性别：…") or
# its dated entries ("工作经历" / "2021.07-至今 某某中学 语文教师"): no paragraph under the name,
# but lines that are the section's matter all the same.
_OWN_FIELD = LazyPattern(r"^\s*[^\s：:，,。；;！!？?]{2,8}\s*[：:]\s*[^\s：:。；;！!？?][^。；;！!？?]{0,40}$")
OWN_FIELDS_MIN = 2
_PERIOD_FIRST = LazyPattern(r"^\s*(?:19|20)\d{2}\s*[.．/\-年]\s*\d{1,2}\s*月?\s*[-—–~\uff5e至到]+\s*"
                           r"(?:(?:19|20)\d{2}\s*[.．/\-年]\s*\d{1,2}|至今|今)")


def _opens_own_matter(texts: list[str | None], i: int) -> bool:
    """The lines under line i are a section's fields (two or more) or open on a period of time.
    A unit's or a person's name over fields ("青禾读书社" / "联系人：…" / "电话：…") signs a letter
    and gives its contacts: no section."""
    below = texts[i + 1:i + 1 + OWN_FIELDS_MIN]
    if bool(below) and bool(below[0]) and _PERIOD_FIRST.match(below[0]) is not None:
        return True
    flat = squeeze(texts[i] or "")
    if not (len(below) == OWN_FIELDS_MIN and all(t and _OWN_FIELD.match(t) for t in below)
            and not _AFFILIATION_END.search(flat) and not _UNIT_NAME.match(flat) and not _BARE_NAME.match(flat)):
        return False
    # (a record's fields coming round again, "主讲人：…" / "初三党支部书记" / "主题：…" / "主讲人：…":
    # the line is a value among them, a speaker's post; a section's fields are its own labels)
    above = {_label(t) for t in texts[max(0, i - FIELDS_LOOK_BACK):i] if t and _OWN_FIELD.match(t)}
    return not above & {_label(t) for t in below if t}


# How far above a section's name its fields' labels are looked for among the fields before it.
FIELDS_LOOK_BACK = 8


def _label(text: str) -> str:
    return squeeze(re.split(r"[：:]", text, maxsplit=1)[0])


def bare_headings(texts: list[str | None], title_key: str | None, alone: bool = False) -> list[int]:
    """Short bare lines before body text (案情回顾, 法官解读) when nothing is numbered. Not a
    picture's placeholder ("文章插图" where each picture was), nor the value of a field whose
    label ends the line above ("公开方式:" then "主动公开"), nor a lead sentence announcing the
    lines below ("…包括以下几个方面")."""
    def value_of_field(i: int) -> bool:
        above = texts[i - 1] if i else None
        return bool(above) and len(squeeze(above)) <= FIELD_LABEL_MAX_CHARS and above.rstrip()[-1] in "：:"

    shaped = {i for i, t in enumerate(texts) if t and unnumbered_shape(t) and not _PICTURE_PLACEHOLDER.match(t)
              and not heads_article(t, title_key) and not value_of_field(i) and not _LEADS_IN.search(t)
              and not _parted_words(t) and not _signs_the_date(texts, i) and not _COUNTED_POINT.match(t)
              and not _date_only(t)}
    shaped -= bulleted_siblings(texts, shaped)
    shaped |= {i for i in range(1, len(texts) - 1) if texts[i] and (paired_shape(texts[i]) or parted_pair(texts[i]))
               and _sentence_body(texts[i - 1]) and is_body(texts[i + 1])}

    def wrapped(i: int) -> bool:
        # the line goes on in the next one: the first line of a wrapped paragraph, no heading
        return i + 1 < len(texts) and bool(texts[i]) and wrap_tail(texts[i], texts[i + 1])

    def opens_body(i: int, stacked: bool = False) -> bool:
        # A section may open with its list; a line stacked on such a heading ("学校全体师生" on
        # "演练组织机构及职责" on "1.指挥小组") is rather the value of the line above it.
        following = texts[i + 1] if i + 1 < len(texts) else None
        # (a lead sentence is the section's first words, its colon lost or not)
        opens = is_body(following) or bool(following and _LEADS_IN.search(following)) or _opens_own_matter(texts, i)
        # (an essay's title opens its text across the byline under it: "林某某 某某小学五（3）班")
        opens = opens or (bool(following) and _parted_words(following)
                          and is_body(texts[i + 2] if i + 2 < len(texts) else None))
        # (a section's one-line gloss, clauses without a closing mark, may stand over its paragraph:
        # "教材分析要找准位置" / "不但要说…，还要说清…" / the paragraph)
        opens = opens or (bool(following) and _GLOSS_LINE.search(following) is not None
                          and following.rstrip()[-1] not in OPEN_END
                          and is_body(texts[i + 2] if i + 2 < len(texts) else None))
        return ((opens and not wrapped(i)) or (not stacked and _opens_list(following))
                or (i + 1 in shaped and (opens_body(i + 1, stacked=True) or wrapped(i + 1))))

    chosen = sorted(i for i in shaped if opens_body(i))
    # Three bare lines or more one on the other, no body between any two of them: a list's short
    # items or a page's photo captions gathered in one place, not sections (a part's name may
    # stand on its first section's: two lines; a section heads body text of its own). The last of
    # them right over a list's first item is that list's heading all the same.
    # (a numbered line, "1 形成过程", is a contents list's entry or a list's item, read elsewhere:
    # it makes no stack of bare lines)
    unnumbered = {i for i in shaped if not _NUMBER_FIRST.match(texts[i])}
    chosen = [i for i in chosen if i not in unnumbered or _stack_length(unnumbered, i) < STACK_MIN_LINES
              or _opens_list(texts[i + 1] if i + 1 < len(texts) else None)]
    # A section is named once: a line the page prints twice ("葡文版本" over each order, the
    # headline over its byline and again over the text) is a link or a repeat, no section's name.
    # (Two names or more printed again are the parts of samples written alike: "教学目标" …
    # "教学过程" in each.)
    # ("主持人" / "林某" / "主持人" / "陈某"…: names coming back out of turn, each between words,
    # are speakers, turns.py; the others among them are speakers too. A line stacked on another,
    # "葡文版本" over each order's title, a wiki's "编辑" under each section's, is a link, read below.)
    if take_turns([squeeze(texts[i]) for i in chosen if i + 1 not in chosen and i - 1 not in chosen]):
        return []
    named = Counter(squeeze(texts[i]) for i in chosen)
    repeated = {name for name, count in named.items() if count > 1}
    if len(repeated) == 1:
        chosen = [i for i in chosen if squeeze(texts[i]) not in repeated]
    # Two or more short lines stacked above the page's first paragraph, with no such line further
    # down, are its head (the title again, a byline, the site's "来稿 打印 纠错" line), not
    # sections: a section opens body text that the next section closes. When bare lines also open
    # sections further down (a case report's 基本案情 … 裁判要旨 … 适用解析), the lines above the
    # first paragraph are the first of them.
    first_body = next((i for i, t in enumerate(texts) if is_body(t)), len(texts))
    stacked = [i for i in chosen if i < first_body]
    if len(stacked) >= 2 and len(stacked) == len(chosen):
        return []
    # Sections of one shape: when every line further down joins two phrases with a comma
    # ("强化组织领导，压实安全责任" …), a bare word above the first paragraph ("分享至", the site's
    # button) is none of their siblings.
    # (so with two phrases parted by a blank, "入户宣传 讲清规则" …)
    further = [i for i in chosen if i >= first_body]
    for pair in (paired_shape, parted_pair):
        if len(further) >= 2 and all(pair(texts[i]) for i in further):
            chosen = [i for i in chosen if i >= first_body or pair(texts[i])]
    # Likewise below a page's last paragraph ("某某小学五年级一班 张三" / "指导教师 李四" under an
    # essay): lines stacked one on the other with no body between any two of them, and no such
    # line elsewhere, are a byline or a signature. Sections each open body of their own.
    if len(chosen) >= 2 and chosen[-1] - chosen[0] == len(chosen) - 1:
        return []
    # "这五年" / "我们一起做成了哪些事？" / "下个五年" / "还有哪些事等着去做？" closing the page: a
    # graphic's or a poem's short lines, one under the other; a section opens a paragraph of its own.
    if chosen and all(visible_len(t) < SHORT_RUN_MAX_CHARS for t in texts[chosen[0]:] if t):
        return []
    # One line above the first paragraph, far longer than every section below it: the page's
    # tagline or its short description, no section (taglines.py).
    chosen = drop_tagline(texts, chosen, first_body)
    return chosen if alone or len(chosen) >= 2 else []


# A byline of one name under the headline it signs: "☉林某某", "文/张三", or a bare name of three
# characters led by a common surname ("冯某群" under the article's title, above its first paragraph).
_BYLINE_MARKED = LazyPattern(r"^(?:[☉◎●○]|文\s*[/／:：]|作者\s*[:：])\s*[\u4e00-\u9fff]{2,4}$")
_SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁"
             "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦傅方邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃"
             "武戴莫孔汤柯祁葛温洪詹庄骆")
_BARE_NAME = LazyPattern(rf"^[{_SURNAMES}][\u4e00-\u9fff]{{2}}$")


def signs_the_head(texts: list[str | None], i: int, title_key: str | None) -> bool:
    """A name alone under the headline it signs: marked as a byline, above the text; or a bare name
    the title or the line above names too ("冯某群：…" over "冯某群"), or one right under a short
    unnumbered headline (a unit's title over its author's name)."""
    flat = squeeze(texts[i] or "")
    above = squeeze(texts[i - 1] or "") if i else ""
    below = texts[i + 1] if i + 1 < len(texts) else None
    if _BYLINE_MARKED.match(flat):
        return is_body(below)
    if not _BARE_NAME.match(flat):
        return False
    return (flat in (title_key or "") or flat in above
            or (bool(above) and not is_body(above) and parse_marker(above) is None))


# A gloss under a section's name: two clauses joined by a comma, no sentence end.
_GLOSS_LINE = LazyPattern(r"^[^。；;！!？?]{4,}[，,][^。；;！!？?]{4,}$")


def _date_only(line: str | None) -> bool:
    """A line that is only a date, a template's placeholders for its digits too ("XXXX年XX月XX日",
    "20xx年×月××日"): a document's closing date under its signature, no section's name."""
    return bool(line and (DATE_ONLY_LINE.match(line) or _MASKED_DATE_ONLY.match(line)))


def _signs_the_date(texts: list[str | None], i: int) -> bool:
    """A document's signature beside its closing date: the line right above a line that is only a
    date, or the line right under one with no paragraph opening under it ("二〇一八年三月五日" /
    "局长 某某某" / the next document's title)."""
    above = texts[i - 1] if i else None
    below = texts[i + 1] if i + 1 < len(texts) else None
    return _date_only(below) or (_date_only(above) and not is_body(below))


def bulleted_siblings(texts: list[str | None], shaped: set[int]) -> set[int]:
    """The bare-shaped lines of `shaped` that are items of a bulleted list: led by a bullet
    ("• 定期巡查设备"), with a bullet line of the same bare shape right above or below them
    ("• 汇总报修事项"). A bulleted head stands over items of another shape ("- 起止时间" over
    "- 写明入职和离职两个日期。"); items alike are siblings, none heading the others."""
    bulleted = {i for i in shaped if _BULLET.match(texts[i])}
    return {i for i in bulleted if i - 1 in bulleted or i + 1 in bulleted}


# "一是经济发展稳中有进" "二是…": a report counts its points in its sentences so (一是、二是、三是),
# below the numbered levels 一、（一）1.（1）; on a line of its own over a paragraph it is still the
# paragraph's first words set apart, never a section of the document.
_COUNTED_POINT = LazyPattern(r"^\s*[一二三四五六七八九十]{1,2}是")

# Bare lines stacked this many, no body between them, are no sections (bare_headings).
STACK_MIN_LINES = 3
_NUMBER_FIRST = LazyPattern(r"^\s*\d")


def _stack_length(shaped: set[int], i: int) -> int:
    """How many lines the run of consecutive shaped lines holding line i counts."""
    start = end = i
    while start - 1 in shaped:
        start -= 1
    while end + 1 in shaped:
        end += 1
    return end - start + 1


# Every line from the first bare heading to the page's end this short: no section has a paragraph.
SHORT_RUN_MAX_CHARS = 16


def _parted_words(text: str) -> bool:
    """"林某某 某某小学五（3）班", "20会计某某 中共党员": two words of two characters or more parted
    by a blank, a byline's name and its school, class or standing. A section is named by one
    phrase (its characters spaced out at most: "序 言")."""
    return sum(visible_len(word) >= 2 for word in text.split()) >= 2


# "强化组织领导，压实安全责任": two short phrases joined by one comma, the form a report's and a
# speech's parts take as often as a bare phrase. Only between two paragraphs (a sentence ended
# above it, body below): at a page's head the same shape greets its audience ("各位领导，老师们").
_PHRASE = r"[^，,。；;：:！!？?、()（）]{2,12}"
_PAIRED = LazyPattern(rf"^(?P<first>{_PHRASE})[，,](?P<second>{_PHRASE})$")
PAIRED_MAX_CHARS = 24


def paired_shape(text: str) -> bool:
    """Two comma-joined phrases, no other punctuation, number or date: "总结经验，提升安全意识"."""
    flat = squeeze(text)
    match = _PAIRED.match(flat)
    return (bool(match) and len(flat) <= PAIRED_MAX_CHARS
            and all(unnumbered_shape(match.group(part)) for part in ("first", "second")))


# "入户宣传 讲清规则": the same two phrases parted by a blank, as a news page's subheads print them
# (a byline's name and school, "林某某 某某小学", stands under a headline, never between paragraphs).
_PARTED_PHRASE = LazyPattern(r"^[\u3400-\u9fff]{2,10}$")


def parted_pair(text: str) -> bool:
    """Two phrases of Chinese words parted by one blank: "积分激励 调动热情"."""
    words = text.split()
    return (len(words) == 2 and all(_PARTED_PHRASE.match(w) and unnumbered_shape(w) for w in words)
            and len("".join(words)) <= PAIRED_MAX_CHARS)


# "什么是防汛？" "如何做好家庭防汛准备？": a know-how page's parts asked as questions, each answered by
# the paragraph below it. A question word makes it one; a comma or a sentence inside makes it speech
# ("同学们，你们知道吗？").
_QUESTION_HEAD = LazyPattern(r"(?:什么|如何|怎样|怎么|为什么|为何|哪些|哪里|哪个|是否|有何|何为|何谓|吗|呢)")
QUESTION_MAX_CHARS = 25
# "是什么？——摘要的性质与组成": a question glossed after a dash by the name of what it asks about;
# the question is read without its gloss (a few words, no mark of a sentence or a clause).
_GLOSSED_QUESTION = LazyPattern(r"^(.+[？?])(?:——|—|--)[^，,。；;：:！!？?、]{2,20}$")


def question_headings(texts: list[str | None], title_key: str | None) -> list[int]:
    """Bare questions above their answers: two or more lines, each a short question alone on its
    line (no other mark of a sentence or a clause), body text below, none asked twice."""
    chosen = question_lines(texts, title_key)
    return chosen if len(chosen) >= BARE_MIN_QUESTIONS else []


def question_lines(texts: list[str | None], title_key: str | None) -> list[int]:
    """The lines of question_headings' shape above body text, however many; none when one of
    them is asked twice (a form's or a quiz's repeated prompt)."""
    def asks(text: str) -> bool:
        flat = _GLOSSED_QUESTION.sub(r"\1", squeeze(text))
        return (flat[-1] in "？?" and 4 <= visible_len(flat) <= QUESTION_MAX_CHARS and flat != title_key
                and not LINE_PUNCT.search(flat[:-1]) and not _DATE_LIKE.search(flat)
                and parse_marker(flat) is None and bool(_QUESTION_HEAD.search(flat)))

    chosen = [i for i, t in enumerate(texts)
              if t and asks(t) and is_body(texts[i + 1] if i + 1 < len(texts) else None)
              and not _among_questions(texts, i)]
    asked = Counter(squeeze(texts[i]) for i in chosen)
    return chosen if chosen and max(asked.values()) == 1 else []


BARE_MIN_QUESTIONS = 2
# A question one line long at most: a run of them is asked, not answered (see _among_questions).
STACKED_QUESTION_MAX_CHARS = 2 * QUESTION_MAX_CHARS
# Three questions one on the other make a run; two may be a part's answer closing on a question
# ("…的做法。" / "这样的互助，你愿意参加吗？") over the next part's question.
STACKED_QUESTIONS_MIN = 3


def _among_questions(texts: list[str | None], i: int) -> bool:
    """Line i is asked over another question, in a run of three questions or more one a line
    ("你见过…吗？" / "你想过…吗？" / "你知道…吗？" opening an appeal, a children's poem of "为什么…？"
    lines, a speech's opening questions): none is answered before the next is asked. A part named
    by a question opens its answer; a question stacked on the next one opens nothing. The last of
    a run is left to the other proofs: it may be the first part's own question, asked under the
    page's opening questions."""
    def question(j: int) -> bool:
        if not 0 <= j < len(texts) or not texts[j]:
            return False
        flat = squeeze(texts[j])
        # (one question, however long its clauses: "你知道…的水，够…多少天吗？"; not a paragraph
        # whose last sentence asks)
        return (flat[-1:] in ("？", "?") and visible_len(flat) <= STACKED_QUESTION_MAX_CHARS
                and not _SENTENCE_BEFORE.search(flat[:-1]))

    if not question(i + 1):
        return False
    start = end = i
    while question(start - 1):
        start -= 1
    while question(end + 1):
        end += 1
    return end - start + 1 >= STACKED_QUESTIONS_MIN


# A sentence ended inside a line: the line is a paragraph, not one question.
_SENTENCE_BEFORE = LazyPattern(r"[。；;！!]")


# "二" / "三", "01" / "02": a part's number alone on its line, the part's words below it (a 主持词's
# acts, a feature's chapters). Its first may be missing (the sample's marker opens the first part,
# or the page was cut), so a run starts at 1 or 2.
_LONE_NUMBER = LazyPattern(r"^(?:[一二三四五六七八九十]{1,3}|\d{1,2})$")
LONE_NUMBERS_MIN = 2


def lone_numbers(texts: list[str | None]) -> list[int]:
    """Lines holding only a number, numbered in order (n, n+1, …; n is 1 or 2), each above body
    text: two or more of them, and no other line of the page alone holding a number."""
    lone = [i for i, t in enumerate(texts) if t and _LONE_NUMBER.match(t.strip())]
    numbers = [cn_to_int(texts[i].strip()) for i in lone]
    if (len(lone) < LONE_NUMBERS_MIN or numbers[0] not in (1, 2)
            or numbers != list(range(numbers[0], numbers[0] + len(numbers)))):
        return []
    if not all(is_body(texts[i + 1] if i + 1 < len(texts) else None) for i in lone):
        return []
    if any(breaks_a_sentence(texts, i) for i in lone):
        return []
    return lone


# "…每名联络员联" / "2" / "系十户居民…": a 文库 page's number at its page break, the sentence above it
# running on across it (a paragraph's line ending on a word or a comma); a section's number stands
# under a paragraph's end or the title, never inside a sentence.
_RUNS_ON = LazyPattern(r"[\u3400-\u9fff，,、]$")


def breaks_a_sentence(texts: list[str | None], index: int) -> bool:
    above = next((t for t in reversed(texts[:index]) if t), None)
    return bool(above) and visible_len(above) >= BODY_MIN_CHARS and bool(_RUNS_ON.search(above.rstrip()))


# "第一，要深刻认识…" "首先，…" "其次，…": a speech numbers its parts with words, each part's point
# standing alone above its body. In running text the same words open sentences ("第一，要…。").
_ORDINAL_WORD = LazyPattern(r"^\s*(?P<word>第[一二三四五六七八九十]|首先|其次|再次|最后)[，,]")
ORDINAL_HEADING_MAX_CHARS = 45


def ordinal_headings(texts: list[str | None]) -> list[int]:
    """Lines opening with an ordinal word and a comma that stand alone (no sentence end, open by no
    mark, body text below): two or more; or one "第一，"/"首先，" (a page cut short after its first
    part) when no other line of the page opens with an ordinal word (then they are sentences)."""
    opening = [i for i, t in enumerate(texts) if t and _ORDINAL_WORD.match(t)]
    standing = [i for i in opening
                if visible_len(texts[i]) <= ORDINAL_HEADING_MAX_CHARS and not SENTENCE_INSIDE.search(texts[i])
                and texts[i].rstrip()[-1] not in OPEN_END and is_body(texts[i + 1] if i + 1 < len(texts) else None)]
    if len(standing) >= 2 and len(standing) == len(opening):
        return standing
    if len(opening) == 1 and standing and _ORDINAL_WORD.match(texts[standing[0]]).group("word") in ("第一", "首先"):
        return standing
    return []


# "第一，要看懂内容。看影片时…": an ordinal, a comma, a short point closed by a full stop, its paragraph.
# Round 37: or a point of two short clauses ("第一，加强学习，尽快进入角色。", a pledge's paired
# phrases); a sentence of three clauses or more runs on past them and stays a sentence.
_POINT_CLAUSE = r"[^。！!？?；;，,：:]"
_ORDINAL_RUNIN = LazyPattern(rf"^\s*第(?P<num>[一二三四五六七八九十])[，,]"
                             rf"(?:{_POINT_CLAUSE}{{2,30}}|{_POINT_CLAUSE}{{2,12}}[，,]{_POINT_CLAUSE}{{2,12}})[。！!]")
ORDINAL_RUNIN_BODY_MIN_CHARS = 10


def ordinal_runins(texts: list[str | None]) -> dict[int, int]:
    """Paragraphs opened by "第一，…。" "第二，…。" in order from 第一, each point a short clause
    closed by a full stop and followed by its paragraph: where each point ends. Two or more, and
    every line of the page opening with 第X， is one of them (else they are sentences); or none."""
    opening = [i for i, t in enumerate(texts) if t and re.match(r"^\s*第[一二三四五六七八九十][，,]", t)]
    points = {i: m for i in opening if (m := _ORDINAL_RUNIN.match(texts[i]))
              and len(texts[i][m.end():].strip()) >= ORDINAL_RUNIN_BODY_MIN_CHARS}
    numbers = [cn_to_int(points[i].group("num")) for i in points]
    if len(points) < 2 or len(points) != len(opening) or numbers != list(range(1, len(numbers) + 1)):
        return {}
    return {i: m.end() for i, m in points.items()}


# "摘要：" "【摘要】": a paper's abstract, under its title (and its authors).
_ABSTRACT = LazyPattern(r"^\s*(?:[【\[]\s*摘\s*要\s*[】\]]|摘\s*要\s*[:：])")
PAPER_TITLE_MIN_CHARS = 6
# Between a paper's title and its abstract stand at most its authors and their unit.
PAPER_ABSTRACT_WITHIN = 3


def paper_titles(texts: list[str | None], samples: list[int]) -> list[int]:
    """The line right under a sample's marker that is a paper's own title ("第1篇：…" / "县域…的
    成因与防控" / "摘要：…"): a line of words, no sentence, with the abstract's label at most three
    lines below it."""
    titles = []
    for sample in samples:
        index = sample + 1
        text = texts[index] if index < len(texts) else None
        if (not text or visible_len(text) < PAPER_TITLE_MIN_CHARS or SENTENCE_INSIDE.search(text)
                or parse_marker(text) is not None or text.rstrip()[-1] in "：:。"):
            continue
        below = texts[index + 1:index + 1 + PAPER_ABSTRACT_WITHIN]
        if any(t and _ABSTRACT.match(t) for t in below):
            titles.append(index)
    return titles


# Where a page's picture was, some sites leave a word for it: "文章插图", "配图", "图片".
_PICTURE_PLACEHOLDER = LazyPattern(r"^\s*(?:文章|正文|内容)?(?:插图|配图|图片|附图|示意图|截图|照片)\s*\d{0,2}\s*$")
# Beside numbered headings, a bare line needs more proof: short, Chinese words only, used once,
# body text on both sides.
BETWEEN_BODY_MAX_CHARS = 10
_CHINESE_WORDS = LazyPattern(r"^[\u3400-\u9fff·\s]+$")


def between_body(texts: list[str | None], title_key: str | None, first_parts: set[int]) -> list[int]:
    """Short bare lines standing between two paragraphs of body text ("作用", "内容与要求") on a
    page whose numbered headings are found too: two or more such lines, each used once, one of
    them heading a numbered part (its first heading, `first_parts`, at most three lines below): so
    the lines are the page's sections, not captions or wrapped verse between paragraphs. The
    document's first line counts as under a paragraph when the page has its title elsewhere (the
    title taken, a site's summary above it gone): it cannot be the title then."""
    counts = Counter(squeeze(t) for t in texts if t)
    chosen = [i for i in range(len(texts) - 1)
              if texts[i] and unnumbered_shape(texts[i]) and visible_len(texts[i]) <= BETWEEN_BODY_MAX_CHARS
              and _CHINESE_WORDS.match(texts[i]) and not _PICTURE_PLACEHOLDER.match(texts[i])
              and counts[squeeze(texts[i])] == 1 and not heads_article(texts[i], title_key)
              and (_sentence_body(texts[i - 1]) if i else bool(title_key))
              and (is_body(texts[i + 1]) or _introduces(texts[i + 1]))
              and parse_marker(texts[i + 1] or "") is None]
    proven = any({i + 1, i + 2, i + 3} & first_parts for i in chosen)
    return chosen if len(chosen) >= 2 and proven else []


def _opens_list(text: str | None) -> bool:
    """A section may open with its list rather than a paragraph: the sentence introducing it
    ("企业可采取以下自查方式：") or its first item, numbered 1 ("1.时间：…", "（1）…"), with words
    after its number (a bare "(1)" is a page's number)."""
    marker = parse_marker(text) if text else None
    return (_introduces(text) or bool(text and _BULLET.match(text))
            or (marker is not None and marker.number == 1 and bool(HAS_WORD.search(text[marker.end:]))))


# A bulleted list's first item ("- 提高企业管理水平；", "• …"), or its bullet alone on a line.
_BULLET = LazyPattern(r"^\s*[-－•·●▪■◆]\s*(?:$|[\u3400-\u9fff])")


def _introduces(text: str | None) -> bool:
    """A sentence introducing a list ("一份完整的报告应由以下部分组成：") opens a section too."""
    return bool(text) and len(squeeze(text)) >= INTRODUCER_MIN_CHARS and text.rstrip()[-1] in "：:"


INTRODUCER_MIN_CHARS = 10


def _sentence_body(text: str | None) -> bool:
    """A paragraph that ends a sentence (a short closing line like a heading does not)."""
    return bool(text) and text.rstrip()[-1] in "。！!？?…”"




# "倡议书格式：" "演讲稿的标准格式" "倡议书范文：" "例文：节水倡议书": the parts of a 范文 page that
# explains a genre's format and then gives a sample.
_PART_WORDS = ("格式", "范文", "範文", "例文", "范例", "範例", "写法", "寫法", "模板", "范本", "範本")
_PART_LABEL = LazyPattern(
    rf"""^(?:[^\s，,。；;：:！!？?、“”《》]{{1,12}}?的?(?:标准|標準|基本|一般|通用)?(?P<after>{"|".join(_PART_WORDS)})
            \s*[:：]?
        |(?P<before>{"|".join(_PART_WORDS)})\s*[:：]\s*[^\s，,。；;：:！!？?、]{{2,16}})$""", re.X)
PART_LABELS_MIN = 2
# "方案的正文一般有两种写法：" counts the ways it is about to list ("一是…" "二是…"): a sentence
# introducing points, not the name of one of the page's parts.
_COUNTS_POINTS = LazyPattern(r"(?:有|分为?|包括)[一二两三四五六七八九十几多\d]+[种个类点条步项]")

# "下面是一份照此写成的模板：" "以下为参考范文": a sentence pointing at the sample below it, which the
# part's own label ("示例模板") has named; the words open with where the sample is.
_POINTS_BELOW = LazyPattern(r"^(?:下面|以下|下列|如下|请看|附上)")


# "• 3 第二章 公文格式", "2.3 通知的写法": an entry of a book's or a course's contents, bulleted,
# numbered or naming its chapter; a 范文 page names its parts with no number.
_CONTENTS_ENTRY = LazyPattern(r"^[\s•·●▪■◆\-–]*\d|^\s*[•·●▪■◆]|第\s*[一二三四五六七八九十百\d]+\s*[章节節]")


# "标题 - 常见写法:", "称谓 - 一般写法:": an element's name, a dash set off by blanks, what is said of it
# (a flattened list's "**标题** - …"); the part a 范文 page names is one phrase, unparted.
_GLOSSED_NAME = LazyPattern(r"\S\s+[-－–—]\s+\S")


def part_labels(texts: list[str | None], title_key: str | None) -> list[int]:
    """Lines naming a part of a 范文 page (its format, its sample), proven by the page's title
    naming that part ("…格式及范文") or by a second such line on the page."""
    shaped: list[tuple[int, str]] = []
    for index, text in enumerate(texts[:-1]):
        if not text or _CONTENTS_ENTRY.search(text) or _GLOSSED_NAME.search(text):
            continue
        match = _PART_LABEL.match(squeeze(text)) if len(text) <= 2 * UNNUMBERED_MAX_CHARS else None
        if (match and texts[index + 1] and squeeze(text) != title_key and not _COUNTS_POINTS.search(text)
                and not _POINTS_BELOW.match(squeeze(text))):
            shaped.append((index, match.group("after") or match.group("before")))
    named = {word for word in _PART_WORDS if title_key and word in title_key}
    if len(shaped) >= PART_LABELS_MIN:
        return [index for index, _ in shaped]
    return [index for index, word in shaped if word in named]


# "范文" / "关于申请…的请示" / "镇人民政府：" / …: after a know-how page's explanations, a lone label
# for the sample, then the sample itself, opening as a document does: its own title over the line
# naming its readers, or that line at once ("范文" / "各位领导、各位亲朋好友："). The label is one of
# the page's parts (the sample's title heads the sample under it); a label over anything else ("示例："
# over a quoted sentence or two) is an example inside the explanation.
_SAMPLE_WORDS = ("范文", "範文", "例文", "范例", "範例", "示例", "模板", "范本", "範本")
_SAMPLE_LABEL = LazyPattern(rf"^(?:参考|參考)?(?:{'|'.join(_SAMPLE_WORDS)})[一二三四五六七八九十\d]?\s*[:：]?$")
# The readers' line: short, closed by its colon, no sentence inside ("各乡镇人民政府，县政府各部门：").
READERS_MAX_CHARS = 30
SAMPLE_TITLE_MAX_CHARS = 40
_SENTENCE_MARKS = LazyPattern(r"[。；;！!？?]")


def _names_readers(text: str) -> bool:
    flat = text.strip()
    return (flat[-1:] in "：:" and visible_len(flat) <= READERS_MAX_CHARS
            and not _SENTENCE_MARKS.search(flat))


def _sample_title(text: str) -> bool:
    flat = text.strip()
    return (2 <= visible_len(flat) <= SAMPLE_TITLE_MAX_CHARS and not _SENTENCE_MARKS.search(flat)
            and flat[-1] not in "：:，,、" and parse_marker(flat) is None)


# "二、范文一则", "三、一份请假条示例", "三、例文": a numbered part naming the sample it holds; the
# sample's own title under it ("停气通知" / "各位住户：") heads the sample one level down.
_NUMBERED_SAMPLE_PART_MAX_CHARS = 16
_NAMES_SAMPLE = LazyPattern(rf"(?:{'|'.join(_SAMPLE_WORDS)})")


def sample_labels(texts: list[str | None]) -> dict[int, int | None]:
    """Label line -> the sample's title line under it (None when the sample opens on its readers).
    A numbered part naming its sample counts only with the sample's title under it."""
    found: dict[int, int | None] = {}
    for index, text in enumerate(texts):
        if not text:
            continue
        marker = parse_marker(text)
        if marker is None:
            if not _SAMPLE_LABEL.match(squeeze(text)):
                continue
        elif not (_NAMES_SAMPLE.search(text[marker.end:])
                  and visible_len(text[marker.end:]) <= _NUMBERED_SAMPLE_PART_MAX_CHARS
                  and not _SENTENCE_MARKS.search(text)):
            continue
        below = [i for i in range(index + 1, min(index + 4, len(texts))) if texts[i]][:2]
        if len(below) < 2:
            continue
        first, second = below
        if marker is None and _names_readers(texts[first]):
            found[index] = None
        elif _sample_title(texts[first]) and _names_readers(texts[second]):
            found[index] = first
    return found
