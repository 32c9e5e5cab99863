"""A genre's definition printed above the first of a page's samples: template filler.

    学校安全管理规定制度
    制度是人与人之间约定的规则，它规定了……。          <- goes
    学校安全管理规定制度篇1
    为了把安全教育工作落到实处，……

A 范文 page holding several samples opens with the site's talk about the genre ("述职报告是…",
"世界读书日的时间是每年的4月23日。…") and then the first sample's marker. Alone, a paragraph
opening "X是…" may be the author's (the body's first sentence often defines its subject), so no
rule drops it by its text: only as the page's first paragraph, right above a sample marker
(headings/samples.py), does it go (recorded `lead-in.definition-before-samples`).
The lead-in rules take the same talk when a "下面是小编…" sentence follows it (the pass's
definition-before-lead-in); this is the form without one. Used by the boilerplate pass after its
rules.

The same place holds the site's introduction whatever it says (a summary under a "摘要:" or "前言:"
label, an anecdote leading to the offer): the page's first paragraph of finished sentences right
above sample 1, on a page that shows a sample 2 or whose title counts its samples
(`lead-in.introduction-before-samples`). Above a later sample, or with one sample and no count,
the paragraph may be a sample's own and stays.
"""

from __future__ import annotations

import re

import panflute as pf

from ..elements import block_text, is_text_block
from ..headings.samples import sample_marker
from ..patterns import FINISHED_SENTENCE
from ..regex_cache import LazyPattern
from ..script import to_simplified
from .glued import holds_prose
from .reader_address import title_genre

RULE = "lead-in.definition-before-samples"
# The site's introduction of the samples it lists: the page's first paragraph, finished sentences
# (a summary, a preface, an anecdote that leads to the offer), right above the first of two or
# more numbered samples. Whatever stands before sample 1 is no sample's; a page title has no
# sentence's end.
INTRODUCTION_RULE = "lead-in.introduction-before-samples"
# The first sentence says what a thing is: a short subject, then 是/是指/指的是 ("X的时间是…").
_DEFINES = LazyPattern(r"^[^，。,；;：:！？!?“”\"]{1,24}?(?:是指|指的是|是)[^。！？!?]{4,}[。！？!?]")
# Template talk is a paragraph or two of the site's, not a chapter.
MAX_CHARS = 400
EXAMPLE = ("制度是人与人之间约定的规则，它规定了每个人能做什么、不能做什么。", "学校安全管理规定制度篇1")


def drop_definition_before_samples(blocks: list[tuple[int, pf.Block]], keep: frozenset[int] = frozenset(),
                                   announced: bool = False, title: str = ""):
    """(kept blocks, removed records): the page's first paragraph (what the rules left) goes when
    it defines a genre and the next one is a sample marker, or when it is the site's introduction
    right above sample 1 of a page that holds several (a second marker follows, or `announced`:
    the page's title or a removed line counts its samples); or when it defines the kind of text
    the page's `title` names and the document itself opens right under it (definition_above_text)."""
    texts = []  # (position in blocks, text) of the first two text blocks with text
    for index, (_, block) in enumerate(blocks):
        if not is_text_block(block) or not (text := " ".join(block_text(block).split())):
            continue
        texts.append((index, text))
        if len(texts) == 2:
            break
    if len(texts) < 2:
        return blocks, []
    (first, definition), (second, following) = texts
    if id(blocks[first][1]) in keep or len(definition) > MAX_CHARS:
        return blocks, []
    if (marker := sample_marker(following)) is None:
        if definition_above_text(definition, following, title):
            return blocks[:first] + blocks[first + 1:], [(blocks[first][0], definition, TEXT_RULE)]
        return blocks, []
    if _DEFINES.match(definition):
        return blocks[:first] + blocks[first + 1:], [(blocks[first][0], definition, RULE)]
    if (marker.number == 1 and FINISHED_SENTENCE.search(definition) and sample_marker(definition) is None
            and (announced or _second_sample(blocks, second))):
        return blocks[:first] + blocks[first + 1:], [(blocks[first][0], definition, INTRODUCTION_RULE)]
    return blocks, []


# The site's definition of the kind of text its page holds, right above the document itself (its
# salutation, or the title printed again): "述职报告是任职者…的书面报告。" / "尊敬的各位领导：". The
# subject names the kind the title ends on (reader_address.title_genre), and no first person
# speaks; an encyclopedia's entry defines its title too, but goes on with its own sections, never
# with a salutation.
TEXT_RULE = "lead-in.definition-before-text"
# (an addressee: 尊敬的…, 各位…, or a noun of persons or bodies before the colon; "…的特点包括:" is
# an entry's own list)
_SALUTATION = LazyPattern(r"^(?:(?:尊敬的|敬爱的|亲爱的|親愛的|各位|全体|全體)[^。！？!?，,：:]{1,20}"
                          r"|[^。！？!?，,：:]{0,16}(?:同志们?|領導|领导|老师们?|老師們?|同学们?|同學們?|朋友们?"
                          r"|女士|先生|委员会|委員會|支部|党委|黨委|组织|組織|公司|学校|學校|[部局处處科]))[：:]$")


def definition_above_text(definition: str, following: str, title: str) -> bool:
    genre = title_genre(title)
    found = _DEFINES.match(to_simplified(definition))
    if not genre or found is None or genre not in found.group()[:found.group().find("是") + 1]:
        return False
    if re.search(r"我(?!们|們)|本人|笔者", definition):
        return False
    squeezed = "".join(following.split())
    return bool(_SALUTATION.match(following)) or squeezed == "".join((title or "").split())


def _second_sample(blocks: list[tuple[int, pf.Block]], after: int) -> bool:
    """Whether a second sample's marker follows the first (at `after`): the page holds several."""
    for _, block in blocks[after + 1:]:
        if is_text_block(block) and (marker := sample_marker(" ".join(block_text(block).split()))):
            if marker.number == 2:
                return True
    return False


# Where a sentence ends: what a sample's own text has before a site sentence glued to it.
_SENTENCE_END = LazyPattern(r"[。！？!?][”\"’』」）)]*")
# The site's question to its reader on how to write the genre ("那么…怎么写呢？", "怎样才能写好…？"),
# closing the sentences before its 小编 sentence: those sentences are the site's genre talk, not
# a sample's opening (a contents list of the samples above may have made the page look as if a
# sample had begun).
_HOW_TO_WRITE = LazyPattern(r"(?:那么|那麼|怎么|怎麼|怎样|怎樣|如何|什么样|什麼樣)[^。！？!?]{0,30}"
                            r"[？?][”\"’』」）)]*\s*$")


def own_text_end(text: str, pattern: re.Pattern[str]) -> int | None:
    """Inside a sample, where the sample's own sentences end when a lead-in sentence was glued
    after them ("…以求与同行共勉。下面是小编为您带来的…，希望对您有所帮助。"): the offset the
    site's sentence starts at, or None when the line opens with it (then it is the site's alone).
    `text` is the line as the pattern reads it (simplified characters, offsets one for one)."""
    match = pattern.search(text)
    if match is None:
        return None
    # (a rule matching a closing sentence opens its match with the stop before it, "(?:^|[。！？!?])":
    # that stop ends the text's own sentence, which stays)
    start = match.start()
    if (stop := _SENTENCE_END.match(text, start)) is not None:
        start = stop.end()
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, start)]
    if not ends or not text[:ends[-1]].strip() or _HOW_TO_WRITE.search(text[:ends[-1]]):
        return None
    return ends[-1]


# The rest of the site's lead-in sentence after its rule's match, clause by clause: more
# invitations to the reader ("…欢迎阅读|参考，希望对你有帮助！"), each the site's words (a verb of
# reading or using, with only the reader, a wish and small words before it), never the text's.
_INVITATION_TAIL = LazyPattern(
    r"[，,、\s~\uff5e]*(?:并|和|与|及|以)?(?:欢迎|敬请|请|供|仅供|以供|希望|愿)?(?:大家|您|你|各位|读者|朋友们?)?"
    r"(?:能|可以)?(?:对|给)?(?:大家|您|你|各位|读者|你们)?(?:有所|有|带来|提供)?(?:一定|一些|更多)?的?"
    r"(?:参考|阅读|借鉴|学习|帮助|喜欢|收藏|分享|欣赏|查阅|参阅|下载|启发)(?:一下|哦|吧|呢|了)?")
_CLOSING_MARKS = LazyPattern(r"[。！？!?~\uff5e…\s]*")
# The text glued after the site's sentence is a paragraph of the document's: this long at least.
GLUED_TEXT_MIN_CHARS = 20


def glued_text_start(text: str, pattern: re.Pattern[str]) -> int | None:
    """A head lead-in sentence opening the line with the document's first paragraph glued to it,
    no full stop between ("下面是小编为大家整理的…，欢迎阅读参考今年以来，我在…。"): the offset the
    document's text starts at, or None when the line is the site's alone (nothing of prose after
    the site's sentence, or the text's own sentence before the rule's match). `text` is the line
    as the pattern reads it (simplified characters, offsets one for one)."""
    match = pattern.search(text)
    if match is None or _SENTENCE_END.search(text, 0, match.start()):
        return None
    end = match.end()
    while (more := _INVITATION_TAIL.match(text, end)) and more.end() > end:
        end = more.end()
    end = _CLOSING_MARKS.match(text, end).end()
    rest = text[end:]
    if len(rest.strip()) < GLUED_TEXT_MIN_CHARS or not holds_prose(rest):
        return None
    return end

# The site's genre talk set one sentence a line above its lead-in sentence:
#
#     安全工作是学校工作的重中之重，……。          <- goes
#     那么学校安全工作总结怎么写呢？              <- goes
#     以下是小编为大家精心准备的……，欢迎参考。   <- the lead-in rule's line
#
# Recorded under its own name when the lines above a presenting lead-in (a `prose` head rule's
# line) are all the page's kept lines, each a paragraph of finished sentences (chrome that went
# may stand between them), one of them the site's question on how to write the genre
# (_HOW_TO_WRITE) or its talk about the genre in the third person (a kind of text named, none
# of a document's own opening voice: "时光飞逝…是时候写一份总结了。" over "以下是…整理的…"):
# between the page's top and the site's sentence there is nothing of the text's. Without either
# a finished sentence above a lead-in may be the author's and stays; a sample's title (no
# sentence's end), a salutation (its colon) or more than a few lines stop it.
TALK_ABOVE_RULE = "lead-in.talk-above-lead-in"
# A kind of text a 范文 site writes its genre talk about ("倡议书是…", "写总结的时候…").
_GENRE = LazyPattern(r"(?:倡议书|倡議書|倡议|倡議|总结|總結|报告|報告|心得|体会|體會|讲话稿|講話稿|演讲稿|演講稿"
                     r"|发言稿|發言稿|主持词|主持詞|申请书|申請書|作文|读后感|讀後感|观后感|觀後感|方案|计划|計劃"
                     r"|致辞|致辭|思想汇报|思想匯報|自我鉴定|自我鑒定|检讨书|檢討書|承诺书|承諾書|保证书|保證書"
                     r"|教案|说课稿|說課稿|述职|述職|简历|簡歷|评语|評語|寄语|寄語|贺词|賀詞|感谢信|感謝信"
                     r"|表扬信|表揚信|慰问信|慰問信|建议书|建議書|邀请函|邀請函|通知|制度|合同|协议书|協議書|协议|協議"
                     r"|预案|預案|纪要|紀要|细则|細則|章程|守则|守則|反思|事迹材料|事蹟材料|简报|簡報|请示|請示)")
# A document's own voice at its opening: its writer, papers handed down, its own purpose.
_DOCUMENT_OPENING = LazyPattern(r"我(?!们|們)|本人|笔者|筆者|现将|現將|印发|印發|转发|轉發|下发|下發"
                                r"|特制定|特製定|特此|如下|本(?:方案|计划|計劃|制度|办法|辦法|细则|細則|协议|協議|合同)")
TALK_MAX_LINES = 4
TALK_LINE_MAX_CHARS = 200


def talk_above(kept: list[tuple[int, pf.Block]], origin: int, keep: frozenset[int]) -> int:
    """How many kept lines above the line at `origin` are the site's genre talk: all of the page's
    kept lines, when each is a paragraph of finished sentences and one asks how to write the
    genre or talks of it; else 0."""
    if not kept or len(kept) > TALK_MAX_LINES or kept[-1][0] >= origin:
        return 0
    asks = False
    for _, block in kept:
        text = " ".join(block_text(block).split()) if isinstance(block, (pf.Para, pf.Plain)) else ""
        if (id(block) in keep or not text or len(text) > TALK_LINE_MAX_CHARS
                or not FINISHED_SENTENCE.search(text)):
            return 0
        asks = asks or bool(_HOW_TO_WRITE.search(text)) or _talks_of_genre(text)
    return len(kept) if asks else 0


def _talks_of_genre(text: str) -> bool:
    """Whether a line speaks of a kind of text in the third person ("倡议书是…", "写总结的时候…"):
    a genre named, and none of a document's own opening voice (我, 现将, 特制定本…)."""
    return bool(_GENRE.search(text)) and not _DOCUMENT_OPENING.search(text)
