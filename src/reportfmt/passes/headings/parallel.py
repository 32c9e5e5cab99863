"""Runs of parallel lines that number or name a page's parts in a form the markers do not read.

- Blank-numbered parts: "一 活动背景：" "二 活动目的：" "三 活动时间" — a Chinese numeral and a
  blank where 、 belongs (a page typed without it, or an extraction that dropped it). One such line
  is nothing (a line may open "一 年来…"); three or more numbered 1, 2, 3… in page order, each short
  and holding no sentence, are the page's 一、 parts. They are read as if the blank were 、, which
  keeps every offset (one character for one), so the numbered rules decide them as usual.
- Colon-titled parts: "爱岗尽职：坚守初心" / "无私奉献：甘于平凡" / "第二段：提高扫地技巧", a short
  label, a colon and a short title, each standing between two paragraphs of body text. One such
  line is a field or a lead ("尊敬的各位领导："); three or more, each opening a paragraph that the
  next one closes, are the page's sections (a form's fields stand together, not between paragraphs);
  the last of them may end a page cut short.
- Digit-numbered chapters: "1 总则" right above "1.1 编制目的" — an outline's chapter with a blank for
  、, proven by its first child; read as "1、总则". Its chapters with no children ("5 附则") are read
  so too where the page numbers three or more such lines 1, 2, 3… in order and one is proven; an
  outline typed with no blank ("3预警与响应") is read the same way beside its chapters that the
  line above a first child proves (rules.py, labels.parent_lines).
"""

from __future__ import annotations

import re
from collections import Counter

from ..regex_cache import LazyPattern
from .addressees import addresses_readers
from .measure import BODY_MIN_CHARS, SENTENCE_INSIDE, is_body, squeeze, visible_len
from .numbering import cn_to_int, parse_marker

PARALLEL_MIN_LINES = 3

# "一 活动背景": a numeral, blanks, then words (not "一 一" or a date).
_BLANK_NUMBERED = LazyPattern(r"^(?P<num>[一二三四五六七八九十]{1,3})[ \u3000\u00a0](?=\s*[\u3400-\u9fff])")
BLANK_NUMBERED_MAX_CHARS = 30
# A longer one of the run names its part before a colon and goes on with its text; "一 年来，…" is a
# sentence opening with a numeral.
_LABELLED = LazyPattern(r"\s*[\u3400-\u9fff]{2,10}\s*[:：]")


def read_blank_numbers(texts: list[str | None]) -> list[str | None]:
    """The texts with "一 活动背景" read as "一、活动背景" where three or more such lines number the
    page's parts in order (1, 2, 3…); other texts unchanged."""
    numbered = []
    for index, text in enumerate(texts):
        match = _BLANK_NUMBERED.match(text) if text else None
        if match:
            short = len(squeeze(text)) <= BLANK_NUMBERED_MAX_CHARS and not SENTENCE_INSIDE.search(text)
            if short or _LABELLED.match(text, match.end()):
                numbered.append((index, cn_to_int(match.group("num")), match.end("num"), short))
    # The short lines prove the run; a part among them that runs on into its text ("五 活动流程 :先由…。")
    # is one of the run all the same (its number in order), and the numbered rules read its shape.
    if sum(short for *_, short in numbered) < PARALLEL_MIN_LINES:
        numbered = []
    numbers = [number for _, number, _, _ in numbered]
    read = list(texts)
    if len(numbered) >= PARALLEL_MIN_LINES and numbers == list(range(1, len(numbers) + 1)):
        for index, _number, end, _short in numbered:
            read[index] = f"{texts[index][:end]}、{texts[index][end + 1:]}"
    for index, end in _digit_parents(texts):
        read[index] = f"{texts[index][:end]}、{texts[index][end + 1:]}"
    return read


# "1 总则" above "1.1 编制目的": a chapter of an outline numbered 1, 1.1, 1.2, 2, 2.1… with a blank
# where "、" belongs (a 预案 typed in Word, whose outline numbers lost their tab).
_DIGIT_NUMBERED = LazyPattern(r"^(?P<num>\d{1,2})[ \u3000\u00a0](?=\s*[\u3400-\u9fff])")


def _digit_parents(texts: list[str | None]) -> list[tuple[int, int]]:
    """(index, end of the number) of the "N title" lines whose next text line is their first
    child "N.1 …": the child proves the parent, one line is enough. The outline's chapters with no
    children ("3 预警与响应", "5 附则" between chapters proven so) are read with them: the page's
    "N title" lines numbered 1, 2, 3… in order, three or more, one of them proven."""
    found = []
    chapters = []  # (index, number, end of the number, proven by its first child)
    for index, text in enumerate(texts):
        match = _DIGIT_NUMBERED.match(text) if text else None
        if not match or len(squeeze(text)) > BLANK_NUMBERED_MAX_CHARS or SENTENCE_INSIDE.search(text):
            continue
        following = next((t for t in texts[index + 1:] if t), "")
        proven = bool(re.match(rf"{match.group('num')}[.．]1(?![\d.．])", following.lstrip()))
        if proven:
            found.append((index, match.end("num")))
        chapters.append((index, int(match.group("num")), match.end("num"), proven))
    run = [c for c in chapters if c[1] == 1][:1]
    for chapter in chapters:
        if run and chapter[1] == run[-1][1] + 1:
            run.append(chapter)
    if len(run) >= PARALLEL_MIN_LINES and any(proven for *_, proven in run) and _numbered_alone(texts, run):
        found = sorted({*found, *((index, end) for index, _number, end, _proven in run)})
    return found


def _numbered_alone(texts: list[str | None], run: list[tuple[int, int, int, bool]],
                    pattern: re.Pattern[str] = _DIGIT_NUMBERED) -> bool:
    """The outline's chapters are its only lines numbered so: no other "N title" line with a number
    of the run stands between them (a list numbered the same way inside a chapter would)."""
    numbers = {number for _index, number, _end, _proven in run}
    indices = {index for index, *_ in run}
    first, last = min(indices), max(indices)
    for index in range(first, last + 1):
        match = pattern.match(texts[index]) if texts[index] and index not in indices else None
        if match and int(match.group("num")) in numbers:
            return False
    return True


# "2组织体系" above "2.1领导机构": the same outline typed with no blank at all after the number.
_DIGIT_GLUED = LazyPattern(r"^(?P<num>\d{1,2})(?=[\u3400-\u9fff])")


def glued_outline_chapters(texts: list[str | None], proven: set[int]) -> list[int]:
    """The "Ntitle" chapters of an outline glued to their numbers ("3预警与响应", no children of its
    own) where the page's such lines number 1, 2, 3… in order, three or more, one of them `proven`
    (a heading above its first child "N.1": labels.parent_lines)."""
    chapters = []
    for index, text in enumerate(texts):
        match = _DIGIT_GLUED.match(text) if text else None
        if match and len(squeeze(text)) <= BLANK_NUMBERED_MAX_CHARS and not SENTENCE_INSIDE.search(text):
            chapters.append((index, int(match.group("num")), match.end("num"), index in proven))
    run = [c for c in chapters if c[1] == 1][:1]
    for chapter in chapters:
        if run and chapter[1] == run[-1][1] + 1:
            run.append(chapter)
    if (len(run) < PARALLEL_MIN_LINES or not any(proven for *_, proven in run)
            or not _numbered_alone(texts, run, _DIGIT_GLUED)):
        return []
    return [index for index, *_ in run]


# "爱岗尽职：坚守初心": a label of Chinese words, a colon, a title of Chinese words (a 、 or quotes
# inside it, no digit or sentence end), or of two short phrases joined by one comma ("常见问题：页面很满，
# 思路很乱", the way headline writers pair them).
_TITLE_WORDS = r"[\u3400-\u9fff、“”‘’《》]"
_COLON_TITLE = LazyPattern(
    rf"^(?P<label>[\u3400-\u9fff]{{2,8}})[:：](?P<title>{_TITLE_WORDS}{{2,18}}|{_TITLE_WORDS}{{2,9}}[，,]{_TITLE_WORDS}{{2,9}})$")
# A record's or an article's field ("关键词：…", "联系人：…", "来源：…"), no part's name.
_FIELD_LABEL = LazyPattern(
    r"(?:关键词|主题词|联系人|作者|来源|出处|单位|地址|电话|时间|地点|日期|编号|文号|姓名|编辑|记者|摄影)$")
# Three parts so titled make a series; two do when each title is a headline, long as a headline
# is ("观察：人口快速集聚与服务供给的双重压力"), not a value after its label ("岗位：环卫工人").
HEADLINE_MIN_CHARS = 8


def colon_titles(texts: list[str | None], alone: bool = False) -> list[int]:
    """Lines of the colon-titled form standing between body paragraphs: three or more, or two
    headlines, or none (`alone`: however many, for a page whose parts take several forms)."""
    def text_at(i: int) -> str | None:
        return texts[i] if 0 <= i < len(texts) else None

    last = max((i for i, t in enumerate(texts) if t), default=-1)
    # (the page's last line may be the last part's title with its paragraph cut off)
    chosen = [i for i, t in enumerate(texts)
              if t and _COLON_TITLE.match(squeeze(t)) and is_body(text_at(i - 1))
              and (is_body(text_at(i + 1)) or i == last)]
    labels = {squeeze(texts[i]).split(":")[0].split("：")[0] for i in chosen}
    # Parallel parts carry different labels; the same label again ("张三：…" "张三：…") is a dialogue,
    # and so is one whose labels name speakers ("主持人甲：…" "主持人乙：…").
    if any(speaks(label) or _FIELD_LABEL.search(label) for label in labels) or records_speech(texts):
        return []
    if len(labels) != len(chosen):
        return []
    headlines = all(visible_len(_COLON_TITLE.match(squeeze(texts[i])).group("title")) >= HEADLINE_MIN_CHARS
                    for i in chosen)
    return chosen if alone or len(chosen) >= PARALLEL_MIN_LINES or (len(chosen) == 2 and headlines) else []


# "背景技术：" "技术实现要素：" "作用：": a short label closed by a colon, alone on its line, above body.
_COLON_LABEL = LazyPattern(r"^(?P<label>[\u3400-\u9fff]{2,8})[:：]$")
# A sentence introducing what follows ("主要做法有：", "要求如下：") heads nothing; a greeting
# ("同志们：", "各位领导：") opens a speech.
_INTRODUCER = LazyPattern(r"(?:有|是|为|如下|以下|下列|包括|们|领导|来宾|代表|朋友|同学|老师|家长|先生|女士)$")
# A letter's addressee ("市政府：" "县财政局：" above a request's body) is no section either.
_ADDRESSEE = LazyPattern(r"(?:政府|[局厅部处办院所校委会司行社站])$")


# A record's or a 主持词's speaker ("主持人：", "张校长：", "主持人甲："): who speaks, no part's name.
_SPEAKER = LazyPattern(
    r"""(?:主持人?|主席|司仪|发言人|记录人?|旁白|合|齐)[甲乙丙丁AB男女]?$
        |(?:书记|校长|院长|主任|局长|部长|处长|科长|所长|委员|经理|董事长|厂长|县长|市长|镇长|乡长|村长
            |组长|队长|会长|秘书长|老师)$""", re.X)
# "（鼓掌）" "(掌声)" "（全体起立）": a record of what the room did; a page holding one records a
# meeting or a speech, and its colon labels are its speakers.
_PROCEDURE = LazyPattern(r"^[（(]\s*(?:全场|全体|热烈)?(?:鼓掌|掌声|笑声|起立|奏国歌|奏唱国歌|默哀)"
                         r"[^()（）]{0,8}[)）]$")


def speaks(label: str) -> bool:
    """A label naming who speaks: a chair's role or a person's post."""
    return bool(_SPEAKER.search(label))


# "负责人表示：" "他强调：": a verb of saying hands the paragraph below to a speaker.
_SAYS = LazyPattern(r"(?:表示|说|说道|指出|强调|认为|坦言|笑道|告诉记者)[：:]$")


def hands_over(text: str) -> bool:
    """A line ending in a verb of saying and its colon: the paragraph below is someone's words."""
    return bool(_SAYS.search(squeeze(text)))


def records_speech(texts: list[str | None]) -> bool:
    """The page records what the room did between the speakers' words."""
    return any(t and _PROCEDURE.match(squeeze(t)) for t in texts)


def addresses(label: str) -> bool:
    """A label that greets ("同志们") or addresses ("县财政局", "全校各班级") rather than names a part."""
    return bool(_INTRODUCER.search(label) or _ADDRESSEE.search(label) or addresses_readers(f"{label}："))


def colon_labels(texts: list[str | None], alone: bool = False) -> list[int]:
    """Lines of the colon-label form, each above a paragraph (or its part's first numbered line, or a
    bulleted list) and below body text or the page's head: two or more, each label used once (a
    dialogue's "主持人：" comes back), none a greeting, an introducer or an addressee; or none
    (`alone`: however many)."""
    def text_at(i: int) -> str | None:
        return texts[i] if 0 <= i < len(texts) else None

    shaped = [i for i, t in enumerate(texts) if t and _COLON_LABEL.match(squeeze(t))]
    labels = [squeeze(texts[i])[:-1] for i in shaped]
    # (a record's speakers, each once: "主持人：" "张校长：" "刘书记：" above their words)
    if len(set(labels)) != len(labels) or any(speaks(label) for label in labels) or records_speech(texts):
        return []
    chosen = [i for i, label in zip(shaped, labels, strict=True)
              if not addresses(label)
              and (_paragraph(text_at(i + 1)) or _opens_first_part(text_at(i + 1)) or _bulleted(text_at(i + 1)))
              and (is_body(text_at(i - 1)) or not any(texts[:i]) or _part_line(text_at(i - 1)))]
    return chosen if alone or len(chosen) >= 2 else []


def _part_line(text: str | None) -> bool:
    """"二、写法上的不同" right above "语气：": a numbered part's name, no sentence, opening its labels."""
    marker = parse_marker(text) if text else None
    return marker is not None and not SENTENCE_INSIDE.search(text[marker.end:]) and text.rstrip()[-1] not in "：:"


# "存在问题：" above "- 部分班级准备不足，…；": a label heading a bulleted list.
_BULLET_ITEM = LazyPattern(r"^\s*[-－•●▪■◆]\s*[\u3400-\u9fff]")


def _bulleted(text: str | None) -> bool:
    return bool(text) and bool(_BULLET_ITEM.match(text))


# "写法要点" / "示例" over "- …" bullets: a short bare label, no mark of any kind in it.
BULLET_LABEL_MAX_CHARS = 8
_ANY_PUNCT = LazyPattern(r"[^\u3400-\u9fffA-Za-z0-9]")


def bullet_labels(texts: list[str | None]) -> list[int]:
    """Short bare lines, each right above a bulleted list and below a heading's line or the
    bullets of the label before it ("一、标题" / "写法要点" / "- …" / "示例" / "- …"): a part's
    labelled sub-lists, as question-and-answer pages print them. Two or more, or none."""
    chosen = [i for i, t in enumerate(texts)
              if t and 2 <= len(squeeze(t)) <= BULLET_LABEL_MAX_CHARS and not _ANY_PUNCT.search(squeeze(t))
              and parse_marker(t) is None and i + 1 < len(texts) and _bulleted(texts[i + 1])
              and i > 0 and (_bulleted(texts[i - 1]) or parse_marker(texts[i - 1] or "") is not None)]
    return chosen if len(chosen) >= 2 else []


# "成绩页：把去年和今年…": a few words closed by a colon, then their sentence.
_SUB_RUNIN = LazyPattern(r"^\s*(?P<label>[\u3400-\u9fff]{2,6})[:：](?=\S)")
SUB_RUNIN_BODY_MIN_CHARS = 10
SUB_RUNIN_MIN_LINES = 2


def sub_runins(texts: list[str | None], siblings: list[tuple[int, int]]) -> dict[int, int]:
    """Where the labels end of the lines between two numbered run-in siblings ("3. 主体页：…" and
    "4. 收官页：…") when every one of those lines, two or more, runs in the same way unnumbered
    ("成绩页：…" "项目页：…"): the points of the item above, each a label and its sentence."""
    found: dict[int, int] = {}
    for before, after in siblings:
        between = range(before + 1, after)
        matches = [_SUB_RUNIN.match(texts[i] or "") for i in between]
        if (len(between) >= SUB_RUNIN_MIN_LINES and all(matches)
                and all(len(squeeze(texts[i][m.end():])) >= SUB_RUNIN_BODY_MIN_CHARS
                        for i, m in zip(between, matches, strict=True))
                and len({m.group("label") for m in matches}) == len(matches)):
            found.update({i: m.end() for i, m in zip(between, matches, strict=True)})
    return found


# "标题" / its paragraph / "称呼" / its paragraph / … / "落款" / "1.…" inside "（二）申请书的结构": a
# part's elements named by bare words, each above its own paragraph (or its own first numbered item)
# and below the text of the element before. A report names its sub-parts so at more length, an
# enumeration comma at most ("各小区的整改清单", "先地下、后地上" under "二、…").
BARE_LABEL_MAX_CHARS = 12
BARE_LABELS_MIN = 3


def bare_labels(texts: list[str | None]) -> list[int]:
    """Short bare lines of a part's elements (rules._add_held_labels asks for the part above each):
    three or more, or none."""
    def text_at(i: int) -> str | None:
        return texts[i] if 0 <= i < len(texts) else None

    chosen = [i for i, t in enumerate(texts)
              if t and 2 <= len(squeeze(t)) <= BARE_LABEL_MAX_CHARS
              and not _ANY_PUNCT.search(squeeze(t).replace("、", ""))
              and parse_marker(t) is None and not _ORDINAL_LABEL.match(squeeze(t))
              and i > 0 and (is_body(text_at(i - 1)) or _part_name(text_at(i - 1)))
              and (_sentence(text_at(i + 1)) or _opens_first_part(text_at(i + 1)))]
    return chosen if len(chosen) >= BARE_LABELS_MIN else []


# "第卅七条" alone on its line (a numeral the marker parser does not read): an article's number.
_ORDINAL_LABEL = LazyPattern(r"^第[^第]{1,4}[条條章节節款项項编編篇回]$")


def _part_name(text: str | None) -> bool:
    """"一、应当写清的内容" right above the part's first element: its numbered name, no sentence."""
    return bool(text) and parse_marker(text) is not None and not is_body(text)


def _opens_first_part(text: str | None) -> bool:
    """"（一）开头部分" right under "写作指导：": the label heads numbered parts."""
    marker = parse_marker(text) if text else None
    return marker is not None and marker.number == 1


# "署名与日期" over "写全名并注明日期，手写更郑重。": one sentence under a part's name is its text too,
# when it says more than a letter's closing words ("此致" over "敬礼！").
SENTENCE_MIN_CHARS = 8


def _sentence(text: str | None) -> bool:
    return _paragraph(text) or (is_body(text) and visible_len(text) >= SENTENCE_MIN_CHARS)


def _paragraph(text: str | None) -> bool:
    """A paragraph under a label, not the one-sentence gloss of a list of terms ("自述性：" then
    "由本人撰写，反映个人的工作情况。")."""
    return bool(text) and len(squeeze(text)) >= BODY_MIN_CHARS


# A line opening with a short label and its colon ("活动主题：…", "主持单位：…"): a form's field, or
# a part's name; either way the neighbour of a headline must not be one (fields stand together).
_LABEL_OPENING = LazyPattern(r"^\s*[\u3400-\u9fff]{2,8}\s*[:：]")


# A label naming the words its value quotes ("活动主题：…", "作文题目：…", "横幅内容：…", "活动口号：…"),
# a link's place ("上一篇：…"), or an attachment ("附件：…"): the value reads like a headline and is
# none (seen on 方案 and 作文 pages: the theme, slogan or title of the text, not a part of it).
_VALUE_LABEL = LazyPattern(r"(?:标题|题目|主题|口号|标语|内容|名称|课题|上一篇|下一篇|附件|附表)$")


def colon_headlines(texts: list[str | None], free, headings: set[int]) -> list[int]:
    """Colon-titled lines whose title is a headline ("核心要素：把握教学设计的三个抓手", a label and at
    least HEADLINE_MIN_CHARS of title words, no sentence end), each alone between two paragraphs of
    body text: a feature's or a guide's part, on any page, one or several. Not a field: neither
    neighbour opens with a label and its colon (a form's fields stand together), the label names no
    field or speaker, and no label comes twice (a dialogue's speakers come back). A heading found
    right under it (`headings`: "教材分析要找准位置") is its first subsection and stands for the body."""
    def text_at(i: int) -> str | None:
        return texts[i] if 0 <= i < len(texts) else None

    if records_speech(texts):
        return []
    chosen = []
    for index, text in enumerate(texts):
        match = _COLON_TITLE.match(squeeze(text)) if text and free(index) else None
        if (match is None or visible_len(match.group("title")) < HEADLINE_MIN_CHARS
                or speaks(match.group("label")) or _FIELD_LABEL.search(match.group("label"))
                or _VALUE_LABEL.search(match.group("label"))):
            continue
        above, below = text_at(index - 1), text_at(index + 1)
        if (not (is_body(above) and (is_body(below) or index + 1 in headings))
                or _LABEL_OPENING.match(above) or _LABEL_OPENING.match(below)):
            continue
        chosen.append(index)
    # (a label opening another line of the page, "李老师：…" twice, names a speaker or a field)
    openings = Counter(squeeze(m.group(0)).rstrip(":：") for t in texts if t and (m := _LABEL_OPENING.match(t)))
    return [i for i in chosen if openings[squeeze(texts[i]).split(":")[0].split("：")[0]] == 1]
