"""Whether a line is shaped like a page title (title_shaped): short, no sentence ending in or after
it, no open bracket, no section number, date label or sample marker; a document's name alone on
its line (names_document); where the text has begun (text_begun). The forms a title takes and
the lines never one are title_forms'; which line is the title is title_line's."""

from __future__ import annotations

import re

from .headings.samples import sample_marker
from .page_facts import ABOVE_TITLE_MAX_CHARS
from .patterns import (
    DATE,
    DATE_LABEL,
    EVENT_FIELD,
    ISSUE_LINE,
    SALUTATION,
    SECTION_NUMBER,
    SENTENCE_MARK,
    TERMINAL_PUNCT,
)
from .regex_cache import LazyPattern
from .script import fold_script
from .title_forms import (
    DOCUMENT_NAME,
    QUESTION_TITLE_MAX_CHARS,
    asks_question,
    calls_out,
    clean_title,
    exclaims,
    names_columns,
    names_occasion,
    never_title,
)
from .title_suffixes import FILE_EXTENSION
from .width import fold_width

# Counted in characters, not blocks (see page_facts.HEAD_CHARS).
TITLE_MAX_CHARS = 60
_SENTENCE_INSIDE = LazyPattern(r"[。；;]")

# A unit's name and its web address, nothing more: a letterhead over a 函 or a 报价单 (the
# document's title is under it), or a site's name over its page.
_NAME_AND_ADDRESS = LazyPattern(r"^[\u4e00-\u9fff（）()]{2,30}\s*[:：]?\s*(?:https?://|www\.)[A-Za-z0-9\-./?=&%#~+:_]{3,100}\s*$")

# A title has a comma or two at most; a line of comma-separated words is a keyword list.
TITLE_MAX_COMMAS = 2


# An article's affiliation note: wholly in round brackets, a unit's words, then six figures (the
# postal code) closing it ("（某大学 某学院，某省 某市 100000）"); never a title, and title_affiliation
# reads it as the byline under the headline.
AFFILIATION_NOTE = LazyPattern(r"^\s*[(（][^()（）]{2,60}?\D\d{6}\s*[)）]\s*$")
# "（2024年3月8日第二届会员大会第三次会议通过）", "（2022年12月修订）": a rule's or a law's 题注, the
# line wholly in round brackets under its name that dates its adoption or revision. A page that lost
# the name opens on it; it is never the title (a title may hold a month, "（1月—6月）工作总结", but
# not wholly inside brackets).
_ADOPTION_NOTE = LazyPattern(r"^\s*[(（][^()（）]*\d{2,4}\s*年\s*\d{1,2}\s*月[^()（）]*[)）]\s*$")


def title_shaped(text: str) -> bool:
    # "会议时间：２０２５年…", "汇总１": read as the ASCII forms; "會議紀(jì)要" as "会议纪要" (a
    # converted page's readings would lengthen it and hide its words).
    text = fold_script(fold_width(text))
    if not text.strip():
        return False  # (a colon alone, its label stripped: nothing to title a page with)
    if len(text) > TITLE_MAX_CHARS or _SENTENCE_INSIDE.search(text):
        return False  # a sentence ends inside: a hard-wrapped first line of the body, not a title
    # (The length first: the forms below are looked for in a title-long line only.)
    if names_occasion(text):
        return False  # a speech's when-and-where line ("2018年11月22日在…会议上"): its own text
    if _ADOPTION_NOTE.match(text):
        return False  # a rule's 题注 ("（2024年3月8日会员大会通过）"): the text's line under its name
    if AFFILIATION_NOTE.match(text):
        return False  # "（某大学 某学院，某省 某市 100000）": an author's unit and postcode (title_affiliation)
    if _GLUED_FIRST_SECTION.search(text):
        return False  # "安全救援应急预案一、安全救援应急预案": a name glued to its first section
    if text[-1] in TERMINAL_PUNCT + "，,：:、" and not (asks_question(text) or calls_out(text)):
        # A sentence's end; a guide page may ask its title ("计划该如何写?"), a headline call out.
        return False
    if any(text.count(opening) != text.count(closing) for opening, closing in _PAIRS):
        return False  # a quotation or a bracket left open: a line cut out of a sentence
    if len(re.findall("[,，]", text)) > TITLE_MAX_COMMAS:
        return False
    # ("第四章 组织课件.ppt" is a file's name: a 文库 page's title, not a chapter.)
    # ("第 六 章 經 費": a chapter spaced out by a PDF extraction is read squeezed.)
    chapter = SECTION_NUMBER.match("".join(text.split())) and not FILE_EXTENSION.search(text)
    if chapter or DATE_LABEL.match(text) or sample_marker(text):
        return False
    if EVENT_FIELD.match(text.strip()) or ISSUE_LINE.match(text.strip()):
        # "地点：三楼会议室", "主持人：…": a meeting's field under its minutes' time; "（第3期）": a
        # bulletin's issue line. A record or a bulletin opening with no title line opens on them.
        return False
    if names_columns(text):
        return False  # "序号", "姓名 性别 年龄": a table's first cells, the text begun
    if _FIELD_BLANK.search(text) or len(_LETTERED_OPTION.findall(text)) >= OPTIONS_MIN:
        # "甲方:______(委托方)": a form's field with its blank to fill; "(A)甲乙 (B)乙丙": a choice
        # question's options. Both are the document's own lines, whatever the words.
        return False
    if (_PARTY_FIELD.match(text) or _SIGNER_FIELD.match(_label_closed_up(text))
            or _ADDRESSEE_FIELD.match(text)):
        # "甲方（出借人）：某某": an agreement's party, its first line when it has no title; "汇报人：某某"
        # under a 思想汇报's name: its signer's line, never the title.
        return False
    if _NAME_AND_ADDRESS.match(text):
        return False  # "某某有限公司 www.….com": a letterhead (a unit's name and its address), no title
    if SALUTATION.match(text):
        return False  # "尊敬的党组织", "同志们" (in brackets, or its colon lost): the text's first line
    if _MENU_WORD.match(text) or never_title(text):
        # "News", "Home": a menu entry in the page's own language of navigation; a breadcrumb,
        # the account controls, a document's size (title_forms).
        return False
    # A dated field ("会议时间:2025年4月5日 上午9:00") is the document's own line.
    return not (DATE.search(text) and re.search("[:：]", text))


def exclaimed_title(text: str) -> bool:
    """A headline ending in an exclamation mark, or a question with a comma or two in it
    ("承诺书和倡议书,差在哪儿?"), title-shaped once the mark goes: a title only where an anchor
    proves it (the page's meta line under it). Alone, a line so shaped may be a sentence of the
    text exclaiming or asking."""
    title = clean_title(text)
    return (exclaims(title) or asks_with_commas(title)) and title_shaped(title.rstrip("!！?？ "))


# One sentence ending in a full stop, short enough for a headline and one comma at most: a longer
# sentence, or one of clauses, is a paragraph's, even printed twice.
STATED_TITLE_MAX_CHARS = 30
STATED_TITLE_MAX_COMMAS = 1


def stated_title(text: str) -> bool:
    """A headline written as one sentence with its full stop ("由于停电,上午改上网课。", "简述某某的
    区别。"): a question bank's item, a school's one-line notice. Title-shaped once the stop goes; a
    title only where the page proves it by printing the sentence again (title_anchors.repeated_line),
    since alone it may as well be the text's first sentence."""
    if len(text) > 2 * STATED_TITLE_MAX_CHARS:
        return False  # (the length first: a long line is never cleaned and searched)
    line = clean_title(text).strip()
    return (len(line) <= STATED_TITLE_MAX_CHARS and line[-1:] in ("。", ".")
            and len(re.findall("[,，]", line)) <= STATED_TITLE_MAX_COMMAS
            and not re.search("[。；;!！?？]", line[:-1]) and title_shaped(line[:-1]))


def asks_with_commas(text: str) -> bool:
    """A short line ending in one question mark, a comma or two before it and no sentence ending
    inside: a guide page's question title (asks_question takes those without commas alone)."""
    line = text.strip()
    return (len(line) <= QUESTION_TITLE_MAX_CHARS and bool(re.search("[?？]$", line))
            and 0 < len(re.findall("[,，]", line)) <= TITLE_MAX_COMMAS
            and not re.search("[。；;!！?？]", line[:-1]))


_MENU_WORD = LazyPattern(r"^\s*[A-Za-z]{2,12}\s*$")
# A label's colon followed by a blank to fill in (underscores): a field of a form or a contract.
_FIELD_BLANK = LazyPattern(r"[:：]\s*[_＿]{3,}")
# A party of an agreement under its label ("甲方：…", "乙方（借款人）：…", "出租人（以下简称甲方）：…"):
# the label names a party by its letter (甲乙丙丁方), before the colon. A title never opens so.
_PARTY_FIELD = LazyPattern(r"^\s*[^:：。，,]{0,12}?[甲乙丙丁]方[^:：。，,]{0,10}?[:：]")
# A signer's line: the label of one who reports or applies (…人, not a page's poster), then a name
# alone, perhaps after a unit and a blank ("汇报人：第三党小组 韩某", "申请人：XXX").
_SIGNER_FIELD = LazyPattern(r"^\s*(?!发布|上传|上傳|录入|錄入|推荐|推薦|投稿|责任|責任|联系|聯繫)[\u4e00-\u9fff]{1,4}人"
                            r"\s*(?:[（(][\u4e00-\u9fff]{1,6}[)）])?\s*[:：]\s*[\u4e00-\u9fff·XxＸ×*＊]{2,12}"
                            r"(?:\s+[\u4e00-\u9fff·XxＸ×*＊]{2,6})?\s*$")

# A field: its label up to the first colon, then the colon and the rest.
_FIELD_PARTS = LazyPattern(r"([^:：]{1,20})([:：].*)", re.S)


def _label_closed_up(text: str) -> str:
    """The line with its label's blanks closed up ("述 职 人：王某某" -> "述职人：王某某"): a template
    spaces a short label out to the width of the others; the field is the same."""
    field = _FIELD_PARTS.match(text)
    return "".join(field.group(1).split()) + field.group(2) if field else text


# Whom a note or a 公文 goes to, or the unit it comes from, under its label: "致：某部", "主送：各乡镇",
# "抄送：…", "报告单位：某卫生院", "申报部门：…". The first line of a note with no title line; never
# a title (a colon title's first part names a subject, not a recipient or a unit).
_ADDRESSEE_FIELD = LazyPattern(
    r"^\s*(?:致|[Tt][Oo]|呈|主送|抄送|抄报|报送|呈送|[\u4e00-\u9fff]{0,4}(?:单位|部门|科室|机关))\s*[:：]")
# "(A)" "（B）": the lettered options of a choice question; two of them make an options line.
_LETTERED_OPTION = LazyPattern(r"[(（][A-Ea-e][)）]")
OPTIONS_MIN = 2
# A name, a section number, the name again: a document's name run into its first section.
_GLUED_FIRST_SECTION = LazyPattern(
    r"(\S{4,})(?:[一二三四五六七八九十]{1,2}[、.．]|第[一二三四五六七八九十]{1,3}[章节])\s*\1")
_PAIRS = (("“", "”"), ("《", "》"), ("（", "）"), ("【", "】"))


def text_begun(line: str) -> bool:
    """A long line, a sentence or a numbered section: the document's text, never chrome above
    its title."""
    return len(line) > ABOVE_TITLE_MAX_CHARS or bool(SECTION_NUMBER.match(line) or SENTENCE_MARK.search(line))


DOCUMENT_NAME_MIN_CHARS = 8
# "安全救援应急预案一、安全救援应急预案": a section's number inside, the text glued to its title.
_SECTION_INSIDE = LazyPattern(r"[一二三四五六七八九十][、.．]|第[一二三四五六七八九十\d]+[章节条]")


def names_document(text: str) -> bool:
    """One document's name, alone on its line: no blanks (a menu), no section glued to it."""
    # (title_shaped's length first: DOCUMENT_NAME searches the whole line; fold_width keeps the length.)
    return (DOCUMENT_NAME_MIN_CHARS <= len(text) <= TITLE_MAX_CHARS and " " not in text
            and bool(DOCUMENT_NAME.search(text))
            and not _SECTION_INSIDE.search(text) and title_shaped(text))


# A separator left alone on its line ("|", "—"): no words at all.
MARKS_ONLY = LazyPattern(r"^[\s|｜:：.·•_\-–—]*$")
