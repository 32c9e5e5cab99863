"""Which lines are headings, run-in headings or articles, and at what level.

Works on the plain text of a document's top-level blocks (None for blocks that are not
paragraphs), so the rules can be read and tested without any AST. The order of decisions:
1. shape: what each line looks like on its own (marker, length, punctuation);
2. context: （一）/1. items inside a 第X条 article and numbered lists under a 版权说明 are
   list items, never headings;
3. sequence: 一、二、三、 in order under the same parent are headings, a lone "一、" is not
   (unless it is the page's only section, opening body text: a page cut short);
4. lists: three numbered lines in a row with no body text between them are a list; so are two
   short ones right under their part or a line introducing them (an agenda), and a notice's
   "label：value" fields run in (proofs.py holds the sibling and position proofs);
5. levels: the families present are ranked in the conventional order, highest = level 1.
Sample markers ("篇一", samples.py) make top-level headings on pages holding several samples.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace

from ..cell_runs import cell_lines
from ..regex_cache import LazyPattern
from ..script import to_simplified
from ..width import fold_width
from .answer_keys import answer_lines
from .bare_items import drop_long_bare_items
from .bullet_heads import bullet_heads
from .bullet_runins import bullet_runins
from .bylined_samples import byline_lines, bylined_samples
from .captions import captions
from .closed_names import names_over_lists
from .code_lines import code_lines
from .colon_sections import colon_sections
from .contract_articles import named_articles
from .cut_samples import cut_samples_first_parts
from .dash_points import dash_points
from .diary_dates import clock_entries, diary_entries
from .file_names import file_name_lines, labels_files, names_before_signoff
from .framed_lines import framed_lines
from .glued import blank_cut, echo_cut, glued_cut, noted_cut, self_named_cut, slot_blank
from .greeted_samples import greeted_sample_lines
from .label_lists import attachment_names, label_list_items
from .labels import (
    ATTACHMENT_FAMILY,
    BRACKET_MIN_LABELS,
    attachment_title,
    bare_headings,
    between_body,
    bracket_labels,
    breaks_a_sentence,
    carried_titles,
    front_matter_label,
    lone_numbers,
    ordinal_headings,
    ordinal_runins,
    paper_titles,
    parent_lines,
    part_labels,
    question_headings,
    question_lines,
    sample_labels,
    signs_the_head,
    unnumbered_shape,
)
from .listed_stories import listed_story_lines
from .lookalikes import (
    OPTIONS_MIN,
    TOC_MIN_ENTRIES,
    contents_lines,
    contents_numbered,
    is_exercise,
    is_fill_in,
    is_question,
    is_reference,
    is_row_label,
    leader_contents,
    mixed_contents,
    named_entries,
    names_itself_points,
    paged_contents,
    table_header_cut,
    toc_entries,
)
from .markdown import bare_family, markdown_heads, rank_marks
from .measure import LINE_PUNCT as _UNNUMBERED_PUNCT
from .measure import OPEN_END, is_body, opens_with_body, squeeze, visible_len
from .measure import SENTENCE_INSIDE as _SENTENCE_INSIDE
from .nesting import STACKED_RULE, nest_bare_headings
from .numbering import ORDER, ORDINAL_FAMILIES, STANDALONE_HEADING, Marker, cn_to_int, parse_marker
from .ordinal_points import ordinal_points
from .outline import outline_places
from .parallel import (
    bare_labels,
    bullet_labels,
    colon_headlines,
    colon_labels,
    colon_titles,
    glued_outline_chapters,
    hands_over,
    read_blank_numbers,
    sub_runins,
)
from .programme import programme_steps
from .proofs import (
    Candidate,
    blank_siblings,
    clause_runins,
    colon_label_runins,
    colon_siblings,
    comma_runins_among_sentences,
    comma_runins_in_pairs,
    cut_short_child,
    drop_empty_items,
    drop_list_runs,
    empty_fields,
    field_runs,
    first_child_chains,
    first_children,
    heads_of_children,
    in_sequence,
    labels_over_lists,
    list_run_lines,
    runins_in_pairs,
    statement_siblings,
    under_provisions,
)
from .quoted_series import quoted_series
from .restart import OUTER, fresh_list_items, outer_marker, restarted_parts
from .samples import (
    announces_samples,
    first_sample_title,
    numbered_title,
    sample_marker,
    stem_sample_lines,
    title_sample_lines,
)
from .series import label_runins, opening_label_runins, runin_series
from .shapes import (
    booked_value_cut,
    clause_runin_cut,
    closed_shape,
    comma_runin_cut,
    dash_runin_cut,
    field_shape,
    glossed,
    heading_shape,
    long_colon_shape,
    long_shape,
    runin_cut,
    runs_on,
    statement_shape,
)
from .sibling_lists import lists_like_their_siblings
from .signed_samples import signed_sample_lines
from .stacked_items import drop_continued_items, drop_stacked_items
from .starred import column_above, starred_heads
from .steps import step_headings
from .title_echoes import above_the_echo, title_echoes

MAX_LEVEL = 6
# The family of a bare line heading a numbered part: "parent:" + its first child's family.
PARENT_PREFIX = "parent:"
# The family of a 范文 page's part labels ("倡议书格式：", "倡议书范文：", labels.part_labels).
PART_FAMILY = "page-part"
# The family of unnumbered run-in headings in a series ("做…的参与者。…", series.py).
SERIES_FAMILY = "runin-series"
# The family of the unnumbered points of a numbered run-in item ("成绩页：…", parallel.sub_runins).
SUB_RUNIN_FAMILY = "sub-runin"
# The family of a paper's own title under a sample's marker (labels.paper_titles).
PAPER_FAMILY = "paper-title"
# The family of samples one numbered part holds (samples.stem_sample_lines between "一、" and "二、").
HELD_SAMPLE_FAMILY = "held-sample"
# The family of a 主持词's programme steps ("第一项：…", programme.py).
PROGRAMME_FAMILY = "programme"
# The family of a guide's named steps ("第一步：…", steps.py).
STEP_FAMILY = "step"
# The family of a diary's dated entries ("2016年4月5日 阴", diary_dates.py).
DIARY_FAMILY = "diary-entry"
# The family of a log's entries by the clock ("08:30" over what was done, diary_dates.clock_entries).
CLOCK_FAMILY = "clock-entry"

# The families a list's items are numbered with; a 一、 or （一） line of clauses is a speech's part
# heading however its body is wrapped (shapes.long_shape).
_ITEM_FAMILIES = ("arabic", "paren_arabic")
# The families whose names a 文库 extraction glues to a body opening with the name again
# (glued.echo_cut): a document's parts and the points numbered under them.
_ECHO_FAMILIES = ("capital", "yi", "paren_cn", "arabic")
# A numbered list under one of these is a disclaimer or notice, not document structure.
_DISCLAIMER = re.compile(r"^(?:版权|免责|特别)?(?:说明|声明|须知)\s*[:：]?$")


# Bare lines are a page's (or its samples') sections only when there are two or more.
BARE_MIN_HEADINGS = 2
# A sample marker alone ("篇一：") takes the short line after it as its name.
SAMPLE_NAME_MAX_CHARS = 40
# "【致辞人】××市…" under a bare sample marker: a field of the sample, not its name.
_LABELLED_FIELD = LazyPattern(r"^\s*[【\[][^】\]]{1,8}[】\]]\s*\S")
# A site's badge before a page's title ("[优]校园安全管理制度"): no part of the title's words.
# (a traditional page glosses its characters: "[優(yōu)]")
_BADGE = re.compile(r"^\s*[\[【][\u3400-\u9fff]{1,3}(?:\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\))?[\]】]")
# Markdown bold a page printed literally around a heading: "**一、标题**".
_BOLD = re.compile(r"^\*\*(.+)\*\*$")


@dataclass(frozen=True)
class Decision:
    """What a numbered line becomes: a heading (and its level), a run-in label…"""
    kind: str  # "heading" | "runin" | "article" | "split" (a heading glued to its body)
    family: str  # a numbering family, "sample", "standalone", "attachment" or "unnumbered"
    level: int = 0
    # runin and split: where the heading part ends; article: where the 第X条 label ends.
    cut: int = 0
    # A bare sample marker takes the next line (the sample's name) into its heading.
    joins_next: bool = False
    # A markdown heading printed as text ("## 一、…"): where its words start after the marks.
    strip: int = 0
    # Which reading of an unnumbered line made it ("bare", "colon-titles"…): for the evaluation's
    # list of false headings (tests/eval/eval_sites.py --false), never compared.
    rule: str = field(default="", compare=False)


# "4、署名和日期。" closing a part whose items run in: a few words and nothing after them.
CLOSING_ITEM_MAX_CHARS = 8


def _closes_runins(text: str, marker: Marker, following: str | None, previous: Candidate) -> bool:
    """The last item of a run-in list with no text of its own: "1、标题。…" "2、称呼。…" then
    "4、署名和日期。" right before the next part ("（二）…") or the page's end."""
    rest = text[marker.end:].strip()
    after = parse_marker(following) if following else None
    return (rest.endswith("。") and 2 <= visible_len(rest[:-1]) <= CLOSING_ITEM_MAX_CHARS
            and not _UNNUMBERED_PUNCT.search(rest[:-1])
            and (following is None or (after is not None and after.rank < marker.rank))
            and previous.kind == "runin" and previous.marker.family == marker.family
            and previous.marker.number == marker.number - 1 and previous.text[previous.cut - 1] == "。")


def _numbered_one_after(text: str, key: str) -> bool:
    r"""`re.match(re.escape(key) + r"1(?!\d)", text)`: the key, then 1 and no other digit (\d is
    any Unicode decimal digit, as str.isdecimal). Compared as strings, not as a pattern built from
    the page's title: such a pattern is new on every page, so each one was compiled, then stored
    in the batch workers' file of compiled patterns (passes/regex_cache.py), which then grew
    with every batch of new pages and was written again whole (~5 MB) each time."""
    end = len(key) + 1
    return text.startswith(key) and text[end - 1:end] == "1" and not text[end:end + 1].isdecimal()


def decide(texts: list[str | None], *, title: str | None = None, articles: bool = False,
           split_runin: bool = False, pictures: frozenset[int] = frozenset(),
           credited: bool = False, announced_elsewhere: bool = False) -> dict[int, Decision]:
    """Decisions for the blocks that become headings, run-ins or articles (by block index);
    `pictures`: the indices of the blocks that are pictures (their captions are no headings);
    `credited`: the page credited its pictures in a line already removed; `announced_elsewhere`:
    a line already removed (a lead-in, the title again) said the page holds several samples."""
    # Traditional-script pages are read as simplified ones: the words the rules look for
    # ("如下", "篇一") are written once; the fold maps character for character, so cuts hold.
    # So do full-width digits and letters (full-width "1．首部。", "A、"): one marker, read once (width.py).
    title_key = squeeze(_BADGE.sub("", to_simplified(fold_width(title)))) if title else None
    texts = [_full_stop(to_simplified(fold_width(t))) if t else t for t in map(_unwrap_bold, texts)]
    # "## 一、强化组织领导": a heading by its marks (markdown.py); the rules read its words alone.
    marked = markdown_heads(texts)
    texts = [t[marked[i][1]:] if i in marked else t for i, t in enumerate(texts)]
    marked_candidates: list[Candidate] = []
    # "1、加强队伍建设" over "1、开展业务培训" … "2、提升服务质量": parts over items numbered alike (restart.py)
    outer = restarted_parts(texts)
    # "一 活动背景" "二 活动目的" "三 …": a run of parts numbered with a blank for 、 reads as 一、
    texts = read_blank_numbers(texts)
    # "篇1" after the title's own words counts only where the page announces several samples.
    # So does a first sample numbered 1 under the title's own words ("工作方案 1").
    # ("2016年教师节大会主持词(一)" too: a year before, the number in brackets.)
    # (unless lines holding only "2", "3" go on from that 1: "老屋的窗1老屋要拆…" is the title glued
    # to an essay's first part, its parts 2 and 3 numbered on lines of their own)
    numbered_first = bool(title_key) and any(t and (_numbered_one_after(squeeze(t), title_key)
                                                    or numbered_title(t, title_key) == 1) for t in texts)
    numbered_first = numbered_first and not _parts_go_on_from_two(texts)
    announced = (numbered_first or announced_elsewhere
                 or announces_samples([title or "", *[t or "" for t in texts[:3]]]))
    sample_title = title_key if announced else None
    # "商场消防安全自查报告" opening the text of "消防安全自查报告大全(16篇)": the first sample's own name
    opening = first_sample_title(texts, title_key, announced)
    # "垃圾分类倡议书" over each sample of "垃圾分类倡议书(精选15篇)": the bare title is each one's marker
    # (below a first sample opened by its own name, the bare title heads the next one).
    title_samples = title_sample_lines(texts, title, announced, opening)
    # "描写江南的散文：烟雨里的小镇" … "描写江南的散文：外婆的乌篷船": samples headed by the same words
    stem_samples = stem_sample_lines(texts) - title_samples
    title_samples |= stem_samples
    # "…签字：2024年1月10日" / "春节假期安全承诺书": the next document named under the last one's date
    title_samples |= frozenset(signed_sample_lines(texts, title_key, announced))
    # "年终表彰大会董事长致辞" / "尊敬的各位员工：": a letter's name over its salutation, where the
    # page greets its readers twice or more (several letters or speeches)
    title_samples |= greeted_sample_lines(texts, title_key)
    # "某区议会讨论行人路扩阔 居民忧影响上落客" / "区议会昨日讨论…会令…": a listing page's stories, each
    # a headline over its summary cut off with an ellipsis (listed_stories.py)
    title_samples |= listed_story_lines(texts)
    # "快乐的小雨点" / "文/某某（某小学二年级）": a piece's name over its writer's byline, where the
    # page names two writers or more (a page of pupils' essays); the bylines head nothing
    bylined, under_names = bylined_samples(texts)
    title_samples |= bylined
    bylines = byline_lines(texts) | under_names
    if opening is not None:
        title_samples |= {opening}
    # "校务计划书 0" … "校务计划书 1" …: a PDF's running footer, the document's name and a page number
    # counted from 0; no sample is numbered 0, and none of these lines is a sample's marker.
    numbered = {i: n for i, t in enumerate(texts) if t and (n := numbered_title(t, title_key)) is not None}
    footers = set(numbered) if 0 in numbered.values() else set()
    title_samples -= footers
    candidates: list[Candidate] = []
    found: dict[int, Decision] = {}
    in_article = False
    in_disclaimer = False
    # (and one printed with dot leaders and page numbers, wherever it stands, or with the page
    # numbers alone rising at the lines' ends: lookalikes.py)
    contents = mixed_contents(texts) | leader_contents(texts) | paged_contents(texts)
    toc = toc_entries(texts, contents_numbered) | contents
    # ("目录" / "前言" / "一、…" / "结束语": the bare parts the list names are entries too)
    contents |= named_entries(texts, toc)
    # "附件：1.…" / "2.…": the label's list goes on below it (label_lists.py)
    label_items = label_list_items(texts)
    # "1. 某某职责" / "某某模板" under the title "某某职责" / "某某模板-副题": the title again (title_echoes.py)
    echoes = title_echoes(texts, title_key)
    # "1.报名表.docx": a file's name, a link (file_names.py)
    files = file_name_lines(texts)
    # "1. @echo off" / "3. pause": a script's numbered lines, or a page's markup (code_lines.py)
    code = code_lines(texts)
    # A 要點's 一、 items are its points, articles as 第X條 are: the lines under them are their clauses.
    points = names_itself_points(texts)
    # (its points numbered 壹、 where it prints no 一、; "壹、總則" over 一、 points is a part of them)
    point_family = ("yi" if any(t and (m := parse_marker(t)) and m.family == "yi" for t in texts) else "capital"
                    ) if points else None
    # "第一条 服务内容" / "1、…": a contract names its articles, a law writes them as sentences
    contract = named_articles(texts)
    for index, text in enumerate(texts):
        if not text:
            continue
        if index in title_samples:
            found[index] = Decision("heading", "sample")
            in_article = in_disclaimer = False
            continue
        if (index in footers or index in echoes
                or (title_key and squeeze(text) in (title_key, _without_page_number(title_key)))):
            continue  # the title is metadata already; a repeat of it (dressed: title_echoes.py) is no heading
        if index in contents:
            continue  # "总则" in a contents list (lookalikes.py): its heading comes back below
        if index in toc:
            # "目录" / "第一篇 总则" / "第一章 …" / "第一条 目的" …: a contents entry, whatever its
            # marker (a part's or sample's 第X篇, an article's 第X条), is no heading and opens no
            # article; its part, sample or article comes back below.
            continue
        following = next((t for t in texts[index + 1:index + 2]), None)
        if index in marked:
            in_article = in_disclaimer = False
            if (marker := parse_marker(text)) is None:
                found[index] = Decision("heading", bare_family(marked[index][0]))
            else:  # a part among the numbered ones: their proofs see it as a parent and a sibling
                marked_candidates.append(Candidate(index, text, marker, "heading",
                                                   opens_body=opens_with_body(following)))
                candidates.append(marked_candidates[-1])
            continue
        if sample := sample_marker(text, sample_title, announced=announced):
            if (sample.end >= len(text.rstrip()) and not any(texts[index + 1:])
                    and not _next_sample_cut_off(texts, index, sample, sample_title, announced)):
                continue  # "[1]" ending the page (a forum archive's page list): no sample under it
            if not announced and sample.number >= 2 and _no_sibling_sample(texts, index, sample_title):
                continue  # "第三篇 发展党员_四、…" alone: a book's part named in a chapter's title line
            found[index] = _sample_decision(text, sample.end, sample.bare, following)
            in_article = in_disclaimer = False
            continue
        if _DISCLAIMER.match(text):
            in_disclaimer = True
            continue
        marker = parse_marker(text)
        if index in outer:
            marker = outer_marker(marker, outer[index])
        if marker is None:
            if STANDALONE_HEADING.match(text):
                # "附件：" ending the page (its attachment not carried): a label heading nothing.
                if not any(texts[index + 1:]):
                    continue
                # "附件：" over "报名表.docx": links to files, whose text the page does not carry.
                if labels_files(texts, index):
                    continue
                # "附件：" over the attachments' names, then the signer and the date: not carried.
                # (nor is the text of those it lists as "1.…" "2.…" right under it: label_lists.py)
                if text.startswith("附件") and (names_before_signoff(texts, index)
                                                or attachment_names(texts, index)):
                    continue
                # "附件" above the attachment's own title: the title is the heading.
                if text.startswith("附件") and attachment_title(texts, index + 1):
                    found[index + 1] = Decision("heading", ATTACHMENT_FAMILY)
                else:
                    found[index] = Decision("heading", "standalone")
                in_article = False
            elif front_matter_label(text, following):
                found[index] = Decision("heading", "standalone")
                in_article = False
            continue
        if title_key is None and marker.family in _CHAPTER_FAMILIES and _names_the_page(texts, index, marker):
            continue  # "第31章 调查报告的写作（2）" opening a book's page: the page's title, no section
        if marker.family == point_family:
            in_article = True
            continue
        if marker.family == "tiao" and index in contract:
            # "第二条 服务费用" over its clauses: a contract's named article, a section; its clauses
            # are read as any part's lines are (named ones, "1、车位使用费" over "（1）标准", are its
            # sub-sections; sentences stay clauses by their shape)
            found[index] = Decision("heading", "tiao")
            in_article = False
            continue
        if marker.family == "tiao":
            label_end = len(text[:marker.end].rstrip())
            found[index] = Decision("article", "tiao", cut=label_end)
            in_article = True
            continue
        if marker.family in ORDINAL_FAMILIES or marker.family in ("capital", "yi"):
            # A new chapter, section or 一、 part closes the article before it.
            in_article = in_article and not heading_shape(text, marker)
        if (in_article or in_disclaimer) and ORDER[marker.family] > ORDER["tiao"]:
            continue  # （一） inside an article, 1、 under 版权说明: list items
        rest = text[marker.end:]
        if (index in toc or index in label_items or index in files or index in code or is_fill_in(rest, following)
                or is_question(rest)
                or is_exercise(rest, texts[index + 1:index + 1 + OPTIONS_MIN]) or is_reference(rest)
                or is_row_label(texts, index)):
            continue  # lookalikes.py: a TOC entry, a form's blank, a question of a Q&A list or a
            # test, a reference list's entry, a flattened table's row over its figures
        if slot_blank(text, marker):
            continue  # glued.py: a template's clause, its figures left blank ("二、借用期限共 个月，…")
        if "|" in rest or "｜" in rest:
            # A table's cells: no heading, unless one is glued to the table's header row.
            cut = table_header_cut(text, marker.end)
            if cut and heading_shape(text[:cut], marker):
                candidates.append(Candidate(index, text, marker, "split", cut, opens_body=True))
            continue
        opens_body = opens_with_body(following) and parse_marker(following or "") is None
        if marker.family in _ITEM_FAMILIES and runs_on(text, marker, following):
            continue  # a sentence wrapped by hand ("1、…，…" over "…，…"): a list item
        if heading_shape(text, marker) and (cut := noted_cut(text, marker)):
            # "（一）审核 检查问卷是否完整、前后是否矛盾": a 文库 extraction's lost line break, a note
            # under the name; proven as the whole line would be, by its siblings.
            candidates.append(Candidate(index, text, marker, "split", cut, opens_body=True))
        elif heading_shape(text, marker):
            # "一、活动主题：我爱读书": a label and its value; among fields like it, it runs in.
            runin = (runin_cut(text, marker) or booked_value_cut(text, marker)) if field_shape(text, marker) else 0
            candidates.append(Candidate(index, text, marker, "heading", opens_body=opens_body,
                                        opens_points=_introduces_points(following),
                                        field=bool(runin), ends_page=not any(texts[index + 1:]),
                                        heads_sibling=_next_sibling(marker, following),
                                        fallback=Candidate(index, text, marker, "runin", runin) if runin else None))
        elif marker.family in ("capital", "yi", "paren_cn") and (cut := self_named_cut(text, marker)):
            # "二、适用范围本办法适用于…。": a part's name glued to a body that names the document
            candidates.append(Candidate(index, text, marker, "split", cut, opens_body=True))
        elif marker.family in _ECHO_FAMILIES and (cut := echo_cut(text, marker)):
            # "一、封面封面的正面由…": a part's name glued to a body that opens with the name again
            candidates.append(Candidate(index, text, marker, "split", cut, opens_body=True))
        elif cut := dash_runin_cut(text, marker):
            # "3.落款——发文单位和发文时间。": a label and its explanation, however short and closed.
            candidates.append(Candidate(index, text, marker, "runin", cut))
        elif closed_shape(text, marker, following):
            candidates.append(Candidate(index, text, marker, "heading", opens_body=opens_body, closed=True))
        elif opens_body and long_shape(text, marker):
            candidates.append(Candidate(index, text, marker, "heading", opens_body=True))
        elif opens_body and not _is_item(following) and statement_shape(text, marker):
            candidates.append(Candidate(index, text, marker, "heading", opens_body=True, closed=True,
                                         statement=True))
        elif opens_body and long_colon_shape(text, marker):
            candidates.append(Candidate(index, text, marker, "heading", opens_body=True, closed=True,
                                         long_colon=True))
        elif cut := blank_cut(text, marker):
            # Alone, the blank proves nothing: the line may still run in ("3.第三 是写正文。…").
            runin = runin_cut(text, marker)
            fallback = Candidate(index, text, marker, "runin", runin) if runin else None
            candidates.append(Candidate(index, text, marker, "split", cut, opens_body=True, blank=True,
                                         fallback=fallback))
        elif cut := runin_cut(text, marker):
            candidates.append(Candidate(index, text, marker, "runin", cut))
        elif marker.family in ("capital", "yi", "paren_cn") and (cut := glued_cut(text, marker)):
            candidates.append(Candidate(index, text, marker, "split", cut, opens_body=True))
        elif cut := clause_runin_cut(text, marker, _first_point(following)):
            comma = comma_runin_cut(text, marker)
            # (a name glossed after its comma, "例行约谈，即工作约谈。", is a plain run-in's name)
            candidates.append(Candidate(index, text, marker, "runin", cut, clause=not glossed(text, marker, cut),
                                         fallback=Candidate(index, text, marker, "runin", comma) if comma else None))
        elif cut := comma_runin_cut(text, marker):
            candidates.append(Candidate(index, text, marker, "runin", cut))
        elif candidates and _closes_runins(text, marker, following, candidates[-1]):
            candidates.append(Candidate(index, text, marker, "runin", len(text.rstrip())))
    fresh = fresh_list_items(texts, candidates)
    candidates = [c for c in candidates if c.index not in fresh]
    candidates = field_runs(blank_siblings(colon_siblings(comma_runins_in_pairs(clause_runins(candidates)))))
    candidates = statement_siblings(candidates)
    ranks = document_ranks([c.marker.family for c in _past_the_cut(candidates)])
    # (restart.py's parts: just above the items they share a family with, as this page ranks those)
    ranks.update({f: ranks[f.removeprefix(OUTER)] - 0.5 for f in {c.marker.family for c in candidates}
                  if f.startswith(OUTER)})
    # (a list's lines, three or more in a row, are no parents of the lines around them)
    listed = frozenset(list_run_lines(candidates))
    accepted = [c for c in candidates if in_sequence(c, candidates, ranks, listed)]
    listed = drop_list_runs(runins_in_pairs(empty_fields(candidates, accepted, texts)))
    # "1.传达文件精神" / "2.讨论工作安排" / "3.布置任务，…。": a stack with a sentence in it (stacked_items.py)
    listed = drop_stacked_items(texts, listed)
    # "1.讨论工作报告；" / "2.酝酿选举办法": a list going on past its separator (stacked_items.py)
    listed = drop_continued_items(texts, listed)
    accepted = lists_like_their_siblings(listed, drop_empty_items(listed, texts, ranks))
    accepted = first_children(candidates, accepted, ranks)
    accepted = cut_short_child(texts, candidates, accepted, ranks)
    accepted = heads_of_children(candidates, accepted, ranks)
    accepted = labels_over_lists(texts, candidates, accepted)
    # "二、定期检查设施。" right over its own "1.…" "2.…": a closed name holding a list (closed_names.py)
    accepted = names_over_lists(texts, candidates, accepted)
    accepted = first_child_chains(texts, candidates, accepted, ranks)
    accepted = outline_places(candidates, accepted, ranks)
    accepted = under_provisions(texts, candidates, accepted, ranks)
    accepted = _drop_among_provisions(texts, candidates, accepted)
    # "一、本制度适用于…。" / "二、公司实行…，上午…。": a comma run-in among sentence items is a clause
    accepted = comma_runins_among_sentences(texts, accepted)
    # "1、第一次游戏，比一比…" / "2、…" one under the other: long items of a list (bare_items.py)
    accepted = drop_long_bare_items(texts, accepted)
    # "3. 会议议题：" alone over its text among "2. 参会人员：…" run-ins: one more run-in (proofs.py)
    accepted = colon_label_runins(candidates, accepted)
    # "…方案2" / "一、活动目的：" / its paragraph, the page's end: a sample cut short after its
    # first part, parted like the samples before it (cut_samples.py)
    samples = [i for i, d in found.items() if d.family == "sample"]
    accepted = sorted([*accepted, *cut_samples_first_parts(samples, candidates, accepted)], key=lambda c: c.index)
    taken = {c.index for c in accepted}
    accepted = sorted([*accepted, *(c for c in marked_candidates if c.index not in taken)], key=lambda c: c.index)
    for cand in accepted:
        found[cand.index] = Decision(cand.kind, cand.marker.family, cut=cand.cut)
    # "一、" alone (the scrape lost its name) over body text, its sibling "二、…" a heading below
    found.update({i: Decision("heading", family) for i, family in _nameless_parts(texts, accepted).items()
                  if i not in found})
    if stem_samples and (holder := _holding_family(dict.fromkeys(stem_samples, 0), accepted, ranks)):
        # "一、某某最有名的散文" / "某某散文《檐下听雨》" … / "二、…": the samples one part holds sit under it
        found.update(dict.fromkeys(stem_samples, Decision("heading", HELD_SAMPLE_FAMILY)))
        ranks[HELD_SAMPLE_FAMILY] = ranks[holder] + 0.5
    # (a wiki's contents list is no bare heading either: its entries come back as the sections)
    # (and a test's answer lines, "解答 C" under each question: answer_keys.py)
    # (nor the lines above the title printed again: the page's head, title_echoes.above_the_echo)
    # (nor a table's cell scraped on a line of its own, closed by a bar: cell_runs.py)
    not_headings = (captions(texts, pictures, credited) | contents_lines(texts) | contents | answer_lines(texts)
                    | echoes | files | code | above_the_echo(texts, echoes, title_key)
                    | cell_lines(texts) | bylines)
    # (a page listing numbered parts in its contents is a numbered document, cut before its parts or
    # not: its short bare lines are a notice's title broken over lines, no sections)
    listed = sum(bool(texts[i] and parse_marker(texts[i])) for i in contents | toc) >= TOC_MIN_ENTRIES
    _add_unnumbered(found, texts, accepted, ranks, title_key, not_headings, numbered_contents=listed)
    # "调研结果分析" right over "经营主体情况": a bare name over another holds the names below it
    nest_bare_headings(found, texts, ranks)
    _closing_section(found, accepted)
    _drop_doubled(found, texts)
    rank_marks(marked, texts, ranks)
    decisions = _assign_levels(found, ranks, articles=articles, split_runin=split_runin)
    return {i: replace(d, kind="heading", cut=0, strip=marked[i][1]) if i in marked and d.kind != "article" else d
            for i, d in decisions.items()}


# "述职报告(2)": a site's title for the second page of an article; the page repeats "述职报告".
_PAGE_NUMBER = re.compile(r"[（(]\d{1,2}[)）]$")


def _without_page_number(title_key: str) -> str:
    return _PAGE_NUMBER.sub("", title_key)


def _between_paragraphs(texts: list[str | None], index: int) -> bool:
    """A sentence ends right above the line, and body text follows it."""
    above = texts[index - 1] if index else None
    below = texts[index + 1] if index + 1 < len(texts) else None
    return is_body(above) and is_body(below)


def _add_unnumbered(found: dict[int, Decision], texts: list[str | None], accepted: list[Candidate],
                    ranks: dict[str, int], title_key: str | None, caption_lines: set[int], *,
                    numbered_contents: bool = False) -> None:
    """Headings without numbers (labels.py): bracketed labels, the line above a part's first
    numbered child (ranked just above that child's family), and short bare lines before body
    text on a page with no numbered headings at all. A picture's caption is none of them."""
    def free(i: int) -> bool:
        return (i not in found and i not in caption_lines
                and not (title_key and squeeze(texts[i] or "") == title_key))

    labels = _outside_numbered_runs(bracket_labels(texts, is_body), accepted, texts)
    for index, cut in labels.items():
        if free(index):
            kind = "heading" if cut >= len(texts[index]) else "split"
            found[index] = Decision(kind, "bracket", cut=0 if kind == "heading" else cut)
    if holder := _holding_family(labels, accepted, ranks):
        ranks["bracket"] = ranks[holder] + 0.5  # "【过程管控】" inside part 二: that part's subsection
    elif headed := [c.marker.family for c in accepted if c.kind == "heading" and c.index - 1 in labels
                    and found.get(c.index - 1) == Decision("heading", "bracket")]:
        # "【前期准备】" right over "一、时间安排": the labels hold the numbered parts
        ranks["bracket"] = min(ranks[f] for f in headed) - 0.5
    _add_starred(found, texts, ranks, free)
    # Above a first "一、" stands the document's own title as often as a part's (a compilation's
    # next document, an attachment): only the parts below 一、 prove their parent this way.
    children = [(c.index, c.marker.family) for c in accepted
                if c.kind == "heading" and c.marker.number == 1 and ranks[c.marker.family] > ORDER["yi"]]
    for index, family in parent_lines(texts, children, unnumbered_shape).items():
        if free(index):
            found[index] = Decision("heading", f"{PARENT_PREFIX}{family}")
            ranks[f"{PARENT_PREFIX}{family}"] = ranks[family] - 0.5
    # "3预警与响应" between "2组织体系" (over "2.1…") and "4保障措施": the outline's other chapters
    chapter = f"{PARENT_PREFIX}decimal2"
    proven = {i for i, d in found.items() if d.family == chapter}
    found.update({i: Decision("heading", chapter) for i in glued_outline_chapters(texts, proven) if free(i)})
    for index in carried_titles(texts):
        if free(index):
            found[index] = Decision("heading", ATTACHMENT_FAMILY)
    if any(d.family == ATTACHMENT_FAMILY for d in found.values()):
        ranks[ATTACHMENT_FAMILY] = ORDER["sample"] + 0.5
    if steps := [i for i in programme_steps(texts) if free(i)]:
        # "第一项：…" / the host's words / "第二项：…": a host's script, divided as its 一、 parts would be
        found.update({i: Decision("heading", PROGRAMME_FAMILY) for i in steps})
        ranks[PROGRAMME_FAMILY] = ORDER["yi"]
    if steps := [i for i in step_headings(texts) if free(i)]:
        # "第一步：…" / its paragraph / "第二步：…": a guide's steps, one level under the part holding them
        found.update({i: Decision("heading", STEP_FAMILY) for i in steps})
        holder = _part_above(steps, accepted)
        ranks[STEP_FAMILY] = ranks[holder] + 0.5 if holder else ORDER["yi"]
    if entries := [i for i in diary_entries(texts) if free(i)]:
        # "2016年4月5日 阴" / the day's paragraphs / "4月6日 晴": a diary's entries, its top sections
        found.update({i: Decision("heading", DIARY_FAMILY) for i in entries})
        ranks[DIARY_FAMILY] = ORDER["yi"]
    if (clocks := clock_entries(texts)) and all(free(i) for i in clocks):
        # "08:30" / what was done / "09:45": a log's entries by the clock; one level under the
        # numbered part or the diary's day holding them, else the page's top sections.
        found.update({i: Decision("heading", CLOCK_FAMILY) for i in clocks})
        holder = _part_above(clocks, accepted) or (DIARY_FAMILY if DIARY_FAMILY in ranks else None)
        ranks[CLOCK_FAMILY] = ranks[holder] + 0.5 if holder else ORDER["yi"]
    # "第1篇：…" / the sample's paper title / "摘要：…": the paper's title heads the sample's parts
    samples = [i for i, d in found.items() if d.family == "sample" and not d.joins_next]
    if titles := [i for i in paper_titles(texts, samples) if free(i)]:
        found.update({i: Decision("heading", PAPER_FAMILY) for i in titles})
        ranks[PAPER_FAMILY] = ORDER["sample"] + 0.5
    if parts := [i for i in part_labels(texts, title_key) if free(i)]:
        # Two labels (the format, the sample) divide the page above its numbered parts; one alone
        # ("例文：…" after the format's parts) stands beside the page's top sections.
        tops = [ranks[d.family] for d in found.values() if d.family in ranks and d.family != "sample"]
        top = min(tops, default=ORDER["yi"])
        ranks[PART_FAMILY] = top - 0.5 if len(parts) >= 2 else top
        found.update({i: Decision("heading", PART_FAMILY) for i in parts})
    # Sample markers ("…调研报告篇1") divide the page; the samples' own parts may carry no number.
    # A page's 附录 / 前言 (a standalone word, no number) is one of its bare sections: it leaves the
    # bare lines beside it to be read as the others.
    if (not any(d.kind in ("heading", "split") and d.family not in ("sample", "standalone")
                for d in found.values())
            and not _has_articles(found) and not numbered_contents):
        # (above the first sample stand the page's title and its lead-in, no part of a sample)
        first_sample = min((i for i, d in found.items() if d.family == "sample"), default=-1)
        # "二" / "三": parts numbered by a number alone on its line; else short bare lines
        bare = [i for i in lone_numbers(texts) if free(i) and i > first_sample]
        rule = "lone-numbers"
        dividers: list[int] = []
        if len(bare) < BARE_MIN_HEADINGS:
            bare = [i for i in bare_headings(texts, title_key) if free(i) and i > first_sample]
            rule = "bare-headings"
            if len(bare) >= BARE_MIN_HEADINGS:
                # "什么是读书笔记？" among "动笔之前做什么" / "写作的四个步骤": a know-how page's
                # sections, some named by a question, each between two paragraphs
                bare = sorted({*bare, *(i for i in question_lines(texts, title_key)
                                        if free(i) and i > first_sample and i and is_body(texts[i - 1]))})
        if len(bare) < BARE_MIN_HEADINGS:
            # "爱岗尽职：坚守初心" "无私奉献：甘于平凡" …: colon-titled parts between paragraphs
            bare = [i for i in colon_titles(texts) if free(i) and i > first_sample]
            rule = "colon-titles"
        if len(bare) < BARE_MIN_HEADINGS:
            # "背景技术：" "技术实现要素：": labels closed by a colon, each above its body
            bare = [i for i in colon_labels(texts) if free(i) and i > first_sample]
            rule = "colon-labels"
        if len(bare) < BARE_MIN_HEADINGS:
            # "什么是防汛？" "如何加强防汛工作？": questions, each above its answer
            bare = [i for i in question_headings(texts, title_key) if free(i) and i > first_sample]
            rule = "question-headings"
        if len(bare) < BARE_MIN_HEADINGS:
            # The readings below are asked of a page without numbered parts that the readings
            # above found none in: their modules load then (a `pandoc --filter` call on a
            # numbered page, most pages, never reads them).
            from .field_groups import field_groups

            # "夏季" / "开放时间：…" / "冬季" / "开放时间：…": short names each over the same fields
            bare = [i for i in field_groups(texts, unnumbered_shape) if free(i) and i > first_sample]
            rule = "field-groups"
        if len(bare) < BARE_MIN_HEADINGS or rule == "bare-headings":
            # "某某水务开展汛前管网巡查" / (its date) / its lead …: a listing page's news items
            # (a listing whose short headlines read as bare section names as well: its longer
            # headlines, which only their leads prove, are items beside them, not their text)
            from .news_items import news_items

            items = [i for i in news_items(texts, free, title_key) if i > first_sample]
            if len(bare) < BARE_MIN_HEADINGS:
                bare, rule = items, "news-items"
            elif set(items) - set(bare):
                bare, rule = sorted({*bare, *items}), "news-items"
        if len(bare) < BARE_MIN_HEADINGS and not title_key and first_sample < 0:
            # "兴趣小组换届工作小结" / its text / "读书会例会记录" / its text: a page of whole documents
            from .document_items import document_items

            bare = document_items(texts, free)
            rule = "document-items"
        if len(bare) < BARE_MIN_HEADINGS:
            # "X的写作注意事项" above a list numbered afresh after another: alone, its place proves it
            from .dividers import restart_dividers

            dividers = [i for i in restart_dividers(texts, unnumbered_shape) if free(i) and i > first_sample]
            bare, rule = (dividers, "restart-dividers") if dividers else (bare, rule)
        if len(bare) < BARE_MIN_HEADINGS and not dividers:
            # "当前…的问题" / "设计思路：先定结论，再配材料" / "几点实用建议：": one part of each form,
            # each alone between two paragraphs; together they are the page's parts
            # (never "负责人表示：", the words below are a speaker's; and two forms at least: two lines
            # of one form are that form's to judge)
            forms = [[i for i in reading if free(i) and i > first_sample and _between_paragraphs(texts, i)
                      and not hands_over(texts[i])]
                     for reading in (bare_headings(texts, title_key, alone=True), colon_titles(texts, alone=True),
                                     colon_labels(texts, alone=True))]
            mixed = sorted({i for form in forms for i in form})
            if len(mixed) >= BARE_MIN_HEADINGS and sum(bool(form) for form in forms) >= 2:
                bare, rule = mixed, "mixed-forms"
        if len(bare) >= BARE_MIN_HEADINGS and rule in ("colon-titles", "colon-labels", "question-headings"):
            # "写收获：宁少勿空" / … / "以一个病人为线索" (over its bulleted points) / … / "写不足：…": a bare
            # line between two of the page's proven parts, alone between a sentence's end and its own
            # text, is one of them in another form
            inside = [i for i in bare_headings(texts, title_key, alone=True)
                      if free(i) and bare[0] < i < bare[-1] and i not in bare and i and is_body(texts[i - 1])
                      and not hands_over(texts[i])]
            bare = sorted({*bare, *inside})
        samples = [i for i, d in found.items() if d.family == "sample"]
        if len(bare) < BARE_MIN_HEADINGS and not dividers and len(samples) >= BARE_MIN_HEADINGS:
            # "端午节放假通知 篇2" / its paragraph / "节日的由来" / its paragraph: samples divide the
            # page, and a sample's one bare line between two paragraphs is that sample's part (the
            # samples' markers are its siblings' proof, as two bare lines are each other's)
            lone = [i for i in bare_headings(texts, title_key, alone=True)
                    if free(i) and i > first_sample and _between_paragraphs(texts, i) and not hands_over(texts[i])]
            if lone:
                bare, rule = lone, "sample-parts"
        if len(bare) >= BARE_MIN_HEADINGS or (bare and bare == dividers) or rule == "sample-parts":
            # two or more: one alone may be a lead sentence (unless the lists around it prove it)
            # (a byline, "☉林某某" under the headline, counts among them but is no section: the
            # page is an article headed and signed, its one bare line below a section's name; so
            # does the title of an article's second page, "述职报告(2)", repeated without its number)
            signed = {i for i in bare if signs_the_head(texts, i, title_key)
                     or (title_key and squeeze(texts[i]) == _without_page_number(title_key))}
            found.update({i: Decision("heading", "unnumbered", rule=rule) for i in bare if i not in signed})
            # "縣議會審議明年度施政計畫 社福預算增一成" opening a listing that shows no title: the first item
            if not title_key and not signed and first_sample < 0:
                from .news_items import untitled_first_item  # (loaded when first needed, as news_items)

                if (first := untitled_first_item(texts, bare, free)) is not None:
                    found[first] = Decision("heading", "unnumbered", rule=rule)
        else:
            # "第一，要深刻认识…" / "首先，…" standing alone above body: a speech's parts by their ordinals
            bare = [i for i in ordinal_headings(texts) if free(i) and i > first_sample]
            found.update({i: Decision("heading", "unnumbered", rule="ordinal-headings") for i in bare})
            if not bare:
                # "第一，要看懂内容。…" "第二，…。…": the same parts running into their paragraphs
                found.update({i: Decision("runin", "unnumbered", cut=cut) for i, cut in ordinal_runins(texts).items()
                              if free(i) and i > first_sample})
            if not bare:
                # "命题：各科目须…。" "审核：…。" "印制：…。": points named by a label before its colon
                # (unless their names run on to a phrase of a series, "第一个感悟：责任。…": below)
                phrases = runin_series(texts, free)
                found.update({i: Decision("runin", "unnumbered", cut=cut) for i, cut in label_runins(
                    texts, lambda i: free(i) and i > first_sample and i not in phrases).items()})
        if not bare:
            # "只有做到眼中有图、心中有数、手中有策" then "眼中有图，…": the parts a paragraph names.
            from .announced import announced_parts

            parts = announced_parts(texts, lambda i: free(i) and i > first_sample)
            found.update({i: Decision(kind, "unnumbered", cut=cut, rule="announced-parts")
                          for i, (kind, cut) in parts.items()})
            bare = [i for i, (kind, _cut) in parts.items() if kind == "heading"]
        if first_sample < 0:
            # "优秀护士长 某某" / "以身作则 带出队伍" / its paragraph / …: parts named by stacked pairs
            taken = {i for i, d in found.items() if d.family != "unnumbered"}
            from .stacked_names import stacked_names

            if stacked := [i for i in stacked_names(texts, taken) if i in found or free(i)]:
                found.update({i: Decision("heading", "unnumbered", rule=STACKED_RULE)
                              for i in stacked if i not in found})
                bare = sorted({*bare, *stacked})
        if bare and first_sample >= 0:
            ranks["unnumbered"] = ORDER["sample"] + 0.5  # a sample's parts sit under its marker
    elif not _has_articles(found):
        first_parts = {c.index: c.marker.family for c in accepted if c.kind == "heading" and c.marker.number == 1}
        chosen = between_body(texts, title_key, set(first_parts))
        # They rank just above the numbered part one of them heads ("作用" above "1.报告题目").
        headed = next((first_parts[i + step] for i in chosen for step in (1, 2, 3) if i + step in first_parts), None)
        for index in chosen:
            if free(index) and headed:
                found[index] = Decision("heading", f"{PARENT_PREFIX}{headed}")
                ranks[f"{PARENT_PREFIX}{headed}"] = ranks[headed] - 0.5
        # "作用：" above its body, "写作指导：" above "（一）…" (proven the part's parent): labels of one
        # form, the one proven proves the others.
        labels = colon_labels(texts)
        proven = next((found[i] for i in labels if i in found and found[i].kind == "heading"), None)
        if proven and proven.family.startswith(PARENT_PREFIX):
            found.update({i: proven for i in labels if free(i)})
        else:
            _add_held_labels(found, ranks, accepted, [i for i in labels if free(i)])
        # "什么是整体性治理" / its paragraph / "整体性治理产生的背景" (proven over "（一）…"): a bare line
        # between two paragraphs, of the shape of a proven parent line, is that parent's sibling.
        parents = sorted({d.family for d in found.values() if d.kind == "heading"
                          and d.family.startswith(PARENT_PREFIX)}, key=lambda f: ranks[f])
        if parents:
            found.update({i: Decision("heading", parents[0]) for i in bare_headings(texts, title_key, alone=True)
                          if free(i) and _between_paragraphs(texts, i)})
        # "递交步骤" between a paragraph's last sentence and the paragraph it names (framed_lines.py)
        _add_framed(found, ranks, accepted, framed_lines(texts, free))
        # "写法要点" / "示例" over bullets inside "一、标题": the part's labelled sub-lists
        _add_held_labels(found, ranks, accepted, [i for i in bullet_labels(texts) if free(i)])
        # "标题" / its paragraph / "称呼" / … inside "（二）申请书的结构": the part's elements by name
        _add_held_labels(found, ranks, accepted, [i for i in bare_labels(texts) if free(i)])
        # "- 缘由" / "- 说明为什么…。" / "- 事项" / … inside "三、正文的层次": the part's points by bulleted names
        _add_held_labels(found, ranks, accepted, [i for i in bullet_heads(texts) if free(i)
                                                  and _under_top_part(i, texts, accepted, ranks)])
    _add_colon_sections(found, texts, accepted, ranks, free)
    _add_colon_headlines(found, texts, accepted, ranks, free)
    # "- 主动补位：领导没想到的事…" / "- 横向协调：…": a bulleted list naming its points runs them in
    if named := bullet_runins(texts, free):
        found.update({i: Decision("runin", BULLET_RUNIN_FAMILY, cut=cut) for i, cut in named.items()})
        ranks[BULLET_RUNIN_FAMILY] = max((ranks[d.family] for d in found.values() if d.family in ranks),
                                         default=ORDER["yi"] - 1) + 1
    _add_dash_points(found, texts, ranks, free)
    _add_ordinal_points(found, texts, ranks, free)
    # "3. 主体页：…" / "成绩页：…" / "项目页：…" / "4. 收官页：…": the item's own points run in too
    runins = sorted((c.index, c.marker) for c in accepted if c.kind == "runin")
    siblings = [(a, b) for (a, ma), (b, mb) in itertools.pairwise(runins)
                if ma.family == mb.family and mb.number == ma.number + 1 and b - a > 1]
    if points := {i: cut for i, cut in sub_runins(texts, siblings).items() if free(i)}:
        found.update({i: Decision("runin", SUB_RUNIN_FAMILY, cut=cut) for i, cut in points.items()})
        # (split off as headings with headings.split_runin: one level below the items holding them)
        ranks[SUB_RUNIN_FAMILY] = max(ranks[m.family] for _, m in runins) + 0.5
    # "做安全出行的参与者。从现在起…" / "做文明出行的践行者。…": a series of paragraphs opened by
    # names built alike runs in, wherever it stands; the names sit below every section around them.
    if series := runin_series(texts, free, {i for i, d in found.items() if d.kind == "heading"}):
        found.update({i: Decision("runin", SERIES_FAMILY, cut=cut) for i, cut in series.items()})
        ranks[SERIES_FAMILY] = max((ranks[d.family] for d in found.values() if d.family in ranks),
                                   default=ORDER["yi"] - 1) + 1
    # "把案例当作“显微镜”，看清…。…" / "把纪律当作“望远镜”，…。…": clause heads with quoted catchwords
    if series := quoted_series(texts, free):
        found.update({i: Decision("runin", SERIES_FAMILY, cut=cut) for i, cut in series.items()})
        ranks.setdefault(SERIES_FAMILY, max((ranks[d.family] for d in found.values() if d.family in ranks),
                                            default=ORDER["yi"] - 1) + 1)
    # "二、服务时间变化" / "变更理由：…。" / "调整后时段：…。": the labelled points a section opens with
    heads = {i for i, d in found.items() if d.kind == "heading"}
    if points := opening_label_runins(texts, free, heads):
        found.update({i: Decision("runin", SERIES_FAMILY, cut=cut) for i, cut in points.items()})
        ranks.setdefault(SERIES_FAMILY, max((ranks[d.family] for d in found.values() if d.family in ranks),
                                            default=ORDER["yi"] - 1) + 1)
    _add_sample_labels(found, texts, ranks, free)


# The title of the sample a know-how page gives under its lone label (labels.sample_labels).
SAMPLE_TITLE_FAMILY = "sample-title"


def _add_sample_labels(found: dict[int, Decision], texts: list[str | None], ranks: dict[str, float], free) -> None:
    """"范文" / "关于申请…的请示" / "镇人民政府：" after the page's explanations: the label is one of
    the page's top parts (beside its first sections, as a lone 范文 part label stands), the sample's
    title one level under it. Asked last, once every other reading is done: the label alone proves
    no other line, and a page of bare sections keeps them (a heading found first would have kept
    the bare readings from the page)."""
    labels = sample_labels(texts)
    # ("二、范文一则", a numbered part already a heading, holds the sample's title one level down)
    held = {i: title for i, title in labels.items() if title is not None and free(title)
            and (d := found.get(i)) is not None and d.kind == "heading" and d.family in ranks}
    labels = {i: title for i, title in labels.items() if free(i) and (title is None or free(title))}
    if labels and PART_FAMILY not in ranks:
        ranks[PART_FAMILY] = min((ranks[d.family] for d in found.values() if d.kind in ("heading", "split")
                                  and d.family in ranks and d.family != "sample"), default=ORDER["yi"])
    found.update({i: Decision("heading", PART_FAMILY) for i in labels})
    holders = {ranks[found[i].family] for i in [*labels, *held]}
    titles = [title for title in [*labels.values(), *held.values()] if title is not None]
    if titles and len(holders) == 1:
        # one level under the part: beside the page's own headings of that level, if it has any
        holder = holders.pop()
        below = [ranks[d.family] for d in found.values() if d.kind in ("heading", "split")
                 and d.family in ranks and ranks[d.family] > holder]
        found.update({i: Decision("heading", SAMPLE_TITLE_FAMILY) for i in titles})
        ranks[SAMPLE_TITLE_FAMILY] = min(below, default=holder + 0.5)


# The principles an 意见 states as dashed points ("——就近便利。…", dash_points.py).
DASH_POINT_FAMILY = "dash-point"


def _add_dash_points(found: dict[int, Decision], texts: list[str | None], ranks: dict[str, float], free) -> None:
    """"——就近便利。…" / "——普惠为主。…": a run of dashed points runs them in, below every section
    around them (split off with headings.split_runin, they are the innermost level)."""
    if points := dash_points(texts, free):
        found.update({i: Decision("runin", DASH_POINT_FAMILY, cut=cut) for i, cut in points.items()})
        ranks[DASH_POINT_FAMILY] = _below_sections(found, ranks)


# The points a section counts with words ("第一、…。" "其一，…。", ordinal_points.py).
ORDINAL_POINT_FAMILY = "ordinal-point"


def _add_ordinal_points(found: dict[int, Decision], texts: list[str | None], ranks: dict[str, float],
                        free) -> None:
    """"第一、先记后评。…" / "第二、评后再思。…" inside a section: its points run in, below every section
    around them."""
    if points := ordinal_points(texts, free, {i for i, d in found.items() if d.kind == "heading"}):
        found.update({i: Decision("runin", ORDINAL_POINT_FAMILY, cut=cut) for i, cut in points.items()})
        ranks[ORDINAL_POINT_FAMILY] = _below_sections(found, ranks)


def _below_sections(found: dict[int, Decision], ranks: dict[str, float]) -> float:
    """The rank of points that run in inside the page's sections: one below the lowest section (a
    heading, not another run-in), so that points of one kind in two sections share a level."""
    return max((ranks[d.family] for d in found.values() if d.kind in ("heading", "split") and d.family in ranks),
               default=ORDER["yi"] - 1) + 1


# Colon-titled headlines alone between paragraphs (parallel.colon_headlines).
COLON_HEADLINE_FAMILY = "colon-headline"


def _add_colon_headlines(found: dict[int, Decision], texts: list[str | None], accepted: list[Candidate],
                         ranks: dict[str, float], free) -> None:
    """"核心要素：…" / its paragraphs / "实战技巧：…": a feature's parts named by a label and a headline.
    Inside a numbered part (between two of its siblings) they are that part's subsections; after the
    page's numbered parts they stand beside the highest of them; else they are the page's top parts,
    above its numbered headings and the bare lines under them."""
    heads = colon_headlines(texts, free, {i for i, d in found.items() if d.kind == "heading"})
    if not heads:
        return
    before = [c.marker.family for c in accepted if c.kind in ("heading", "split") and c.index < heads[0]
              and c.marker.family != "sample"]
    if holder := _holding_family(dict.fromkeys(heads, 0), accepted, ranks):
        ranks[COLON_HEADLINE_FAMILY] = ranks[holder] + 0.5
    elif before:
        ranks[COLON_HEADLINE_FAMILY] = min(ranks[family] for family in before)
    else:
        tops = [ranks[d.family] for d in found.values()
                if d.kind in ("heading", "split") and d.family in ranks and d.family != "sample"]
        ranks[COLON_HEADLINE_FAMILY] = min(tops, default=ORDER["yi"]) - 0.5
        # (bare lines under the first headline, ranked nowhere, are its subsections)
        if any(d.family == "unnumbered" and i > heads[0] for i, d in found.items()) and "unnumbered" not in ranks:
            ranks["unnumbered"] = ranks[COLON_HEADLINE_FAMILY] + 0.5
    found.update({i: Decision("heading", COLON_HEADLINE_FAMILY) for i in heads})


# Colon labels dividing a page or each of its samples ("活动目标：" "活动准备：" "活动过程：" over "一、…").
COLON_SECTION_FAMILY = "colon-section"
# The named points of a bulleted list ("- 名称：说明…", bullet_runins.py).
BULLET_RUNIN_FAMILY = "bullet-runin"


def _add_colon_sections(found: dict[int, Decision], texts: list[str | None], accepted: list[Candidate],
                        ranks: dict[str, float], free) -> None:
    """colon_sections.py's labels: each sample's (or the page's) sections, ranked below the sample
    marker and above every numbered part, which they hold."""
    # (taking over the bare readings of the same lines, made by rules that saw them alone: a bare
    # line, a label held by the part above it, a list's parent)
    bare_readings = ("unnumbered", HELD_LABEL_PREFIX, PARENT_PREFIX)
    samples = [i for i, d in found.items() if d.family == "sample"]
    numbered = {c.index for c in accepted if c.kind in ("heading", "split")}
    chosen = {i: cut for i, cut in colon_sections(texts, samples, numbered).items()
              if free(i) or (i in found and found[i].kind == "heading" and found[i].family.startswith(bare_readings))}
    if not chosen:
        return
    # (a label glued to its text, "活动准备：泡泡水…", is split off its line)
    found.update({i: Decision("heading", COLON_SECTION_FAMILY) if cut >= len(texts[i].rstrip())
                  else Decision("split", COLON_SECTION_FAMILY, cut=cut) for i, cut in chosen.items()})
    tops = [ranks[d.family] for d in found.values()
            if d.family in ranks and d.family not in ("sample", COLON_SECTION_FAMILY)]
    ranks[COLON_SECTION_FAMILY] = (ORDER["sample"] + min(tops, default=ORDER["yi"])) / 2 if samples else \
        min(tops, default=ORDER["yi"]) - 0.5


# The family of colon labels inside a numbered part ("取得的成绩：" under "一、主要工作"): the part's
# family after the prefix.
HELD_LABEL_PREFIX = "held-label:"


def _add_held_labels(found: dict[int, Decision], ranks: dict[str, int], accepted: list[Candidate],
                     labels: list[int]) -> None:
    """"一、主要工作" / its paragraph / "取得的成绩：" / a paragraph / "存在的不足：" / a paragraph: labels
    closed by a colon (parallel.colon_labels: two or more, each above its paragraph) inside a numbered
    part are that part's subsections, one level below it. Every label must stand under a heading."""
    headings = [c for c in accepted if c.kind in ("heading", "split")]
    holders = {}
    for index in labels:
        above = [c for c in headings if c.index < index]
        if not above:
            return  # a label above the numbered parts: no subsection of any
        holders[index] = above[-1].marker.family
    for index, family in holders.items():
        found[index] = Decision("heading", f"{HELD_LABEL_PREFIX}{family}")
        ranks[f"{HELD_LABEL_PREFIX}{family}"] = ranks[family] + 0.5


# "#### **2. 参加活动**": a markdown heading's marks before its number.
_MARKDOWN_MARKS = LazyPattern(r"^[#*\s]+")


# A closing section stands after this many numbered parts at least, none of which holds a label.
CLOSING_AFTER_PARTS = 3


def _closing_section(found: dict[int, Decision], accepted: list[Candidate]) -> None:
    """"一、…" "二、…" "三、…" "四、…" / "写在最后": the page's one bare label, read as a subsection of
    the part above it (_add_held_labels, _add_framed), stands after the last of three or more
    numbered parts none of which holds another: parts that divide nothing are closed by a section
    of their own rank (a 结语, a 总结), not by a subsection of the last one alone."""
    held = [i for i, d in found.items() if d.kind == "heading" and d.family.startswith(HELD_LABEL_PREFIX)]
    if len(held) != 1:
        return
    (index,) = held
    family = found[index].family.removeprefix(HELD_LABEL_PREFIX)
    parts = [c for c in accepted if c.kind in ("heading", "split") and c.marker.family == family]
    if len(parts) >= CLOSING_AFTER_PARTS and all(c.index < index for c in parts):
        found[index] = replace(found[index], family=family)


def _under_top_part(index: int, texts: list[str | None], accepted: list[Candidate], ranks: dict[str, float]) -> bool:
    """The nearest numbered line above is one of the page's top parts ("二、主体", not "1. 参加活动"
    under "二、守约条款": bulleted names under an item are that item's list)."""
    tops = [ranks[c.marker.family] for c in accepted if c.kind in ("heading", "split") and c.marker.family in ranks]
    for text in reversed(texts[:index]):
        marker = parse_marker(_MARKDOWN_MARKS.sub("", text)) if text else None
        if marker is not None:
            return bool(tops) and ranks.get(marker.family) == min(tops)
    return False


# The family of a bare line framed by paragraphs above every numbered part (framed_lines.py).
FRAMED_TOP_FAMILY = "framed-top"


def _add_framed(found: dict[int, Decision], ranks: dict[str, float], accepted: list[Candidate],
                lines: list[int]) -> None:
    """framed_lines.py's section names, each one level below the numbered heading above it (the
    part it divides, as _add_held_labels places a part's labels); one above every numbered heading
    names a part of the page above them all."""
    headings = [c for c in accepted if c.kind in ("heading", "split")]
    for index in lines:
        above = [c for c in headings if c.index < index]
        if above:
            family = f"{HELD_LABEL_PREFIX}{above[-1].marker.family}"
            ranks[family] = ranks[above[-1].marker.family] + 0.5
        else:
            family = FRAMED_TOP_FAMILY
            ranks[family] = min((ranks[c.marker.family] for c in headings), default=ORDER["yi"]) - 0.5
        found[index] = Decision("heading", family, rule="framed")


def _add_starred(found: dict[int, Decision], texts: list[str | None], ranks: dict[str, float], free) -> None:
    """Glyph-led heads (starred.py), one rank below the heading they stand under: a column's
    bracketed name above them ("【学思践悟】", a heading then, alone though it is), or the numbered
    part holding them; with neither, they are the page's top sections."""
    stars = [i for i in starred_heads(texts) if free(i)]
    if not stars:
        return
    column = column_above(texts, stars[0])
    if column is not None and free(column):
        found[column] = Decision("heading", "bracket")
    if any(d.family == "bracket" for d in found.values()):
        ranks.setdefault("bracket", ORDER["yi"] - 0.5)  # the columns' names: the page's sections
    above = max((i for i, d in found.items() if i < stars[0] and d.kind in ("heading", "split") and d.family in ranks),
                default=None)
    ranks["starred"] = ranks[found[above].family] + 0.5 if above is not None else ORDER["yi"] - 0.5
    found.update({i: Decision("heading", "starred") for i in stars})


def _drop_doubled(found: dict[int, Decision], texts: list[str | None]) -> None:
    """"前言" / the document's title / "前言" / its paragraph: a heading printed twice with no
    paragraph between the copies is a menu's or a breadcrumb's copy and the section itself; the
    section is the copy over its text, the last."""
    heads = sorted(i for i, d in found.items() if d.kind == "heading")
    for first, second in itertools.pairwise(heads):
        if (squeeze(texts[first] or "") == squeeze(texts[second] or "")
                and not any(is_body(t) for t in texts[first + 1:second])):
            del found[first]


def _drop_among_provisions(texts: list[str | None], candidates: list[Candidate],
                           accepted: list[Candidate]) -> list[Candidate]:
    """A heading that is its family's only candidate (proofs._sole_first_section: a page showing
    one part) while the line numbered before it is a sentence ("四、请…列席参加。" above
    "五、本会议于当日下午辦理签到"): the page shows the whole list, and the line is its last item."""
    families = {}
    for c in candidates:
        families.setdefault(c.marker.family, []).append(c)
    numbered = {}
    for index, text in enumerate(texts):
        marker = parse_marker(text) if text else None
        if marker is not None:
            numbered.setdefault((marker.family, marker.number), []).append(index)
    kept = []
    for c in accepted:
        family, number = c.marker.family, c.marker.number
        before = numbered.get((family, number - 1), [])
        below = parse_marker(texts[c.index + 1] or "") if c.index + 1 < len(texts) else None
        heads_list = below is not None and below.family != family  # "（三）…几个部分" over "1.标题：…"
        if (not heads_list and family not in ORDINAL_FAMILIES and number >= 2
                and len(families.get(family, [])) == 1
                and any(texts[i].rstrip()[-1] in "。！!" and i < c.index for i in before)):
            continue
        kept.append(c)
    return kept


def _outside_numbered_runs(labels: dict[int, int], accepted: list[Candidate],
                           texts: list[str | None]) -> dict[int, int]:
    """The bracketed labels that no numbered part holds: a label opening a line between
    "二、活动时间" and "三、活动地点" ("【日期】根据实际情况确定", "[时间]上午九时") is a field of
    part 二, the numbering going on across it; labels that are the page's sections stand above its
    numbered parts or start them over. A label alone on its line inside a part ("【过程管控】" over
    its paragraphs) is the part's subsection, as real reports write them, and stays. Two or more
    must be left, as bracket_labels asks."""
    headings = [c for c in accepted if c.kind in ("heading", "split")]
    held = set()
    for before, after in itertools.pairwise(headings):
        if before.marker.family == after.marker.family and after.marker.number == before.marker.number + 1:
            held.update(i for i, cut in labels.items()
                        if before.index < i < after.index and cut < len(texts[i] or ""))
    left = {i: cut for i, cut in labels.items() if i not in held}
    return left if len(left) >= BRACKET_MIN_LABELS else {}


def _holding_family(labels: dict[int, int], accepted: list[Candidate], ranks: dict[str, int]) -> str | None:
    """The family of numbered parts that holds every bracketed label, each between two siblings
    in order ("二、…" / "【源头减量】" "【过程管控】" / "三、…"), the highest such family."""
    headings = [c for c in accepted if c.kind in ("heading", "split")]
    holders = set()
    for index in labels:
        held = {before.marker.family for before, after in itertools.pairwise(headings)
                if before.index < index < after.index and before.marker.family == after.marker.family
                and after.marker.number == before.marker.number + 1}
        if not held:
            return None
        holders.add(min(held, key=ranks.__getitem__))
    return min(holders, key=ranks.__getitem__) if holders else None


# The families whose number alone on a line is a part that lost its name; "1、" alone is as often a
# 文库 page's chunk number.
_NAMELESS_FAMILIES = ("capital", "yi", "paren_cn")


def _nameless_parts(texts: list[str | None], accepted: list[Candidate]) -> dict[int, str]:
    """A part's number alone on its line ("一、"), body text under it, and the next number of its
    family ("二、读后感要点总结表") a heading below it with no line of that family between: the part
    whose name the page lost. Block index -> family."""
    found: dict[int, str] = {}
    headings = [c for c in accepted if c.kind in ("heading", "split")]
    for index, text in enumerate(texts[:-1]):
        marker = (parse_marker(text) or _bare_comma_number(text)) if text else None
        if (marker is None or marker.family not in _NAMELESS_FAMILIES or text[marker.end:].strip()
                or not is_body(texts[index + 1])):
            continue
        sibling = next((c for c in headings if c.index > index and c.marker.family == marker.family), None)
        between = any((m := parse_marker(t or "")) and m.family == marker.family
                      for t in texts[index + 1:sibling.index if sibling else index + 1])
        if sibling and sibling.marker.number == marker.number + 1 and not between:
            found[index] = marker.family
    return found | _nameless_runs(texts)


# "一、" / text / "二、" / text …: every part of the page lost its name (a collection's entries, an
# essay's sections numbered only); at least two, as bare numbers alone make parts (lone_numbers).
NAMELESS_RUN_MIN = 2


def _nameless_runs(texts: list[str | None]) -> dict[int, str]:
    """Numbers of one family alone on their lines, in order from 1, each over body text and under
    no sentence running on, with no named line of that family on the page: the parts of a page that
    names none of them. Block index -> family."""
    markers = {i: m for i, t in enumerate(texts) if t and (m := parse_marker(t) or _bare_comma_number(t))}
    found: dict[int, str] = {}
    for family in _NAMELESS_FAMILIES:
        lines = [i for i, m in markers.items() if m.family == family]
        if (len(lines) < NAMELESS_RUN_MIN or any(texts[i][markers[i].end:].strip() for i in lines)
                or [markers[i].number for i in lines] != list(range(1, len(lines) + 1))):
            continue
        if all(is_body(texts[i + 1] if i + 1 < len(texts) else None) and not breaks_a_sentence(texts, i)
               for i in lines):
            found.update(dict.fromkeys(lines, family))
    return found


# "一，" alone: the number of a page that prints its parts "二，…", the name lost as "一、" alone is
# (parse_marker wants a word after the comma, which a sentence's "一，" has too).
_BARE_COMMA_NUMBER = re.compile(r"^\s*(?P<num>[一二三四五六七八九十]{1,3})\s*[，,]\s*$")


def _bare_comma_number(text: str) -> Marker | None:
    match = _BARE_COMMA_NUMBER.match(text)
    number = cn_to_int(match.group("num")) if match else None
    return Marker("yi", number, len(text)) if number else None


def _part_above(lines: list[int], accepted: list[Candidate]) -> str | None:
    """The family of the numbered heading right above the first of `lines` when no numbered
    heading stands between them: the part holding them all ("二、分三步来写" over its steps)."""
    headings = [c for c in accepted if c.kind in ("heading", "split")]
    above = [c for c in headings if c.index < lines[0]]
    if not above or any(lines[0] < c.index < lines[-1] for c in headings):
        return None
    return above[-1].marker.family


# The middle families, whose order pages invert: many template-site writers put "1、" above
# "（一）". Among these the page's own order (first appearance) decides; 章, 节, 一、 and 条 keep
# the conventional order above them.
_MIDDLE_FAMILIES = ("paren_cn", "arabic", "paren_arabic")


def document_ranks(families: list[str]) -> dict[str, int]:
    """Rank of each family for this document: the conventional order, with the middle
    families in the order the document first uses them."""
    seen = list(dict.fromkeys(f for f in families if f in _MIDDLE_FAMILIES))
    slots = sorted(ORDER[f] for f in seen)
    ranks = dict(ORDER)
    ranks.update(zip(seen, slots, strict=True))
    return ranks


def _past_the_cut(candidates: list[Candidate]) -> list[Candidate]:
    """The candidates that tell the order of the page's families: a page cut at its top opens
    inside a list ("（4）…" "（5）…" before "2。…" / "（1）…"); that list's family is first used where it
    restarts at 1, under its part, not in the run the cut left above."""
    if not candidates or candidates[0].marker.number <= 1:
        return candidates
    family = candidates[0].marker.family
    end = next((i for i, c in enumerate(candidates) if c.marker.family != family), len(candidates))
    if not any(c.marker.family == family and c.marker.number == 1 for c in candidates[end:]):
        return candidates
    return candidates[end:]


# "综观上半年经济形势，可以用三句话来概括：": a sentence introducing a part's points, this long at least.
POINTS_INTRODUCER_MIN_CHARS = 10


def _is_item(following: str | None) -> bool:
    """The line below is a list's bullet or a numbered line: no paragraph of the line's own."""
    return not following or parse_marker(following) is not None


def _next_sibling(marker: Marker, following: str | None) -> bool:
    """The line below is the next item of the line's list ("1.…" over "2.…")."""
    after = parse_marker(following) if following else None
    return after is not None and after.family == marker.family and after.number == marker.number + 1


def _first_point(following: str | None) -> bool:
    """The next line opens numbered points at their first ("①…", "1.…")."""
    marker = parse_marker(following) if following else None
    return marker is not None and marker.number == 1


def _introduces_points(following: str | None) -> bool:
    return (bool(following) and following.rstrip()[-1] in "：:" and parse_marker(following) is None
            and visible_len(following) >= POINTS_INTRODUCER_MIN_CHARS and bool(re.search("[，,]", following)))


# A page of a book shows one chapter (or section): with no title found, its line is the title.
_CHAPTER_FAMILIES = ("zhang", "jie")


def _names_the_page(texts: list[str | None], index: int, marker: Marker) -> bool:
    """The page's first text line is a chapter line and no other line of its family follows."""
    if any(texts[:index]):
        return False
    return not any((other := parse_marker(t)) is not None and other.family == marker.family
                   for t in texts[index + 1:] if t)


def _parts_go_on_from_two(texts: list[str | None]) -> bool:
    """The page's parts are numbered by lines holding only a number, from 2 on (labels.lone_numbers)."""
    lone = lone_numbers(texts)
    return bool(lone) and texts[lone[0]].strip() in ("2", "二")


# "（2）强电解质在水中完全电离，弱电解质只有一部分电离." : a teaching page (a 学案, a textbook's
# text) types its full stop as a period, ASCII or full-width, after a sentence's last word (at the
# line's end or before the next sentence's first). Read as "。", one character for one (cuts hold).
# After a numeral it is a marker's ("一.总则", "附件一."), kept.
_WORD_PERIOD = re.compile(r"(?<=[\u3400-\u9fff])(?<![一二三四五六七八九十〇零])[.．](?=[\u3400-\u9fff]|\s*$)")


def _full_stop(text: str) -> str:
    return _WORD_PERIOD.sub("。", text) if "." in text or "．" in text else text


def _next_sample_cut_off(texts: list[str | None], index: int, sample, sample_title: str | None,
                         announced: bool) -> bool:
    """"车位出租合同篇2" ending the page, named by words (not a bare "[2]"), the sample before it
    numbered one less: the page cut off right under the next sample's name, which still opens it."""
    if sample.bare or sample.number < 2:
        return False
    before = (sample_marker(t, sample_title, announced=announced) for t in texts[:index] if t)
    return any(other is not None and other.number == sample.number - 1 for other in before)


def _no_sibling_sample(texts: list[str | None], index: int, sample_title: str | None) -> bool:
    """No other line of the page is a sample's marker: a page holding several samples shows them
    (or, cut short, its first), never its third alone without saying how many it holds."""
    return not any(sample_marker(t, sample_title) for i, t in enumerate(texts) if t and i != index)


def _unwrap_bold(text: str | None) -> str | None:
    match = _BOLD.match(text) if text else None
    return match.group(1) if match else text


def _sample_decision(text: str, end: int, bare: bool, following: str | None) -> Decision:
    """A sample marker: a heading, split off the text glued to it, or joined with its name."""
    if end < len(text):
        return Decision("split", "sample", cut=end)
    # A name is whole: a line left open ("…，现制定计划如下：") is the sample's first sentence.
    names_it = (bare and following is not None and len(squeeze(following)) <= SAMPLE_NAME_MAX_CHARS
                and not _SENTENCE_INSIDE.search(following) and not following.rstrip().endswith(tuple(OPEN_END))
                and parse_marker(following) is None
                and sample_marker(following) is None and not _LABELLED_FIELD.match(following))
    return Decision("heading", "sample", joins_next=names_it)


def _has_articles(found: dict[int, Decision]) -> bool:
    return any(d.kind == "article" for d in found.values())


def _assign_levels(found: dict[int, Decision], ranks: dict[str, int], *, articles: bool,
                   split_runin: bool) -> dict[int, Decision]:
    """Relative levels: the highest family present is level 1, the next level 2, ..."""

    def makes_heading(d: Decision) -> bool:
        return (d.kind in ("heading", "split") or (d.kind == "runin" and split_runin)
                or (d.kind == "article" and articles))

    present = sorted({d.family for d in found.values() if makes_heading(d)
                      and d.family in ranks}, key=ranks.__getitem__)
    # Families of one rank share a level (a lone 范文 part label beside the page's top sections).
    distinct = sorted({ranks[family] for family in present})
    level_of = {family: min(distinct.index(ranks[family]) + 1, MAX_LEVEL) for family in present}
    result = {}
    for index, d in found.items():
        # Front/back matter (序言, 附则) and bare headings sit at the top level; a run-in or
        # article that stays in its paragraph has no level.
        level = level_of.get(d.family, 1) if makes_heading(d) else 0
        result[index] = Decision(d.kind, d.family, level, d.cut, d.joins_next, rule=d.rule)
    return result
