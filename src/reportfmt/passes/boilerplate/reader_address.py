"""The site talking to its reader about the page, at an edge: a lead-in or an outro by its slots.

    优秀团员事迹材料                                                   (the page's title)
    推荐材料里的事迹该怎么写？编辑挑了几份材料放在下面，写的时候可以对照着看。  <- goes
    优秀团员事迹材料1
    ……
    ……今后我会继续努力。喜欢这几篇的话，欢迎收藏，希望对你有用。           <- the last two sentences go

The sentences a 范文/文库 site wraps around a sample come in endless wordings, but they fill the
same few slots (forms counted on real pages, see the test module): the site speaking (小编, 本站,
本栏目, a site's name doing the collecting), the reader it speaks to (大家, 您, 你, 各位, 朋友们,
有需要的), a pointer at the page's content (下面, 以下, 放在下面, 以上, 这几篇), what the site did with
it (整理, 挑, 带来, 分享, 介绍), what the reader is to do with it (参考, 借鉴, 对照, 收藏, 关注,
看看), a wish that it helps (希望…有所帮助, 愿…有用), and the pieces it hands out (范文, 模板,
素材, 几份, N篇). A sentence filling several of these, one of them the site or the reader and one
of them a use or a wish, is the site's address, whatever its words; no phrase list is needed.

Documents say 希望大家… and 欢迎… too (a speech, a notice), so the slots alone never decide: the
sentence must stand at an edge (the head paragraphs above the text or the first sample, a
paragraph right under a sample's marker, the end of a sample before the next marker, the page's
last paragraphs), and it must not speak as a document does: in the first person (我), to its
official readers (领导, 审议, 上级), handing papers down (现将, 印发, 转发), to its addressees
(你们, 同志们). A head paragraph that ends with such a sentence goes whole when its other
sentences are the site's genre talk (a few short sentences, nobody's first person); one that
opens with it loses the sentence and keeps the text after it. At the end and before a sample's
marker only the trailing sentences go. Recorded `lead-in.reader-address`. Used by the
boilerplate pass after its rules, which name the common wordings first.
"""

from __future__ import annotations

import re

import panflute as pf

from ... import resources
from ..elements import block_text, inline_text
from ..headings.samples import sample_marker
from ..regex_cache import LazyPattern
from ..script import to_simplified
from .glued import NUMBERED_POINT
from .inline_cut import cut_spans

RULE = "lead-in.reader-address"

# The slots, read in simplified characters (the text is folded one for one before matching).
SLOTS: dict[str, re.Pattern[str]] = {
    # The site speaking: its editor, itself, its column, or a name of its own doing the collecting
    # ("某某网为大家整理…", "某某文库收集的…").
    "site": re.compile(r"小编|编者|编辑部|编辑(?=挑|选|为|给|帮|整理|收集|精选|推荐)"
                       r"|本站|本网|本栏目|本频道|本平台|本专题|站长"
                       # (the page saying what it collected: "本文收集了几份…")
                       r"|(?:本文|本页|本篇)(?=[^。！？!?，,]{0,4}(?:收集|整理|汇总|精选|收录|挑选|搜罗))"
                       r"|[网站库号](?:小编)?(?:为|给|帮)(?:大家|您|你(?!们))"
                       r"|[网站库号](?=整理|收集|搜集|精选|汇总|收录)"
                       # (the site sending the reader to itself: "更多精彩尽在某某网")
                       r"|尽在[^。！？!?，,]{1,12}?(?:网|站)"
                       # (an editor's summary naming the article's writer in the third person: "作者
                       # 谈了谈…，希望对你有所帮助", a product community's and its mirrors' lead, 3 hosts)
                       r"|(?:本文|文章|该文)?作者(?=[^。！？!?，,]{0,12}?(?:谈|分享|梳理|总结|介绍|聊|结合))"),
    # The reader it speaks to (never a document's addressees: 你们, 同志们).
    "reader": re.compile(r"大家|您|你(?!们)|各位|读者|朋友|小伙伴|网友|有需要的|需要的(?:朋友|同学|人)"),
    # Or it bids the reader straight away ("快来看看", "不妨参考一下", "欢迎下载").
    # ("可根据实际情况调整", "使用时请替换": the site telling the reader how to use the sample)
    "bidding": re.compile(r"快来|一起来|赶紧|赶快|不妨|欢迎|记得|别忘了|(?:可|可以|请)根据|(?:使用|套用|参考)时"
                          r"|快跟着|一起(?=看|读|欣赏|了解)|可供(?=参考|借鉴)|(?:请|敬请|欢迎)(?:持续|继续)关注|敬请期待"
                          # (the reader bid to follow the site's editor: "一起跟随小编过来看看吧",
                          # "跟着小编的思路…一起来研究吧"; no author asks to be followed as 小编)
                          r"|(?:跟随|跟着|随着)(?:小编|编者)"),
    # A pointer at what the page holds, below or above.
    # (or at the page's own end: "…就介绍到这里", "本文到此")
    "pointer": re.compile(r"下面|以下|下文|如下|接下来|这里|本文|本篇|本页|本期|这篇|这份|这几|这些|这是一(?:篇|份|则)"
                          r"|(?:讲|说|介绍|分享|聊)到(?:这里|此)"
                          r"|放在(?:下面|下方|后面|文末|这里)|以上|上面|上述(?![职職])"),
    # What the site did with the pieces.
    "gathered": re.compile(r"整理|收集|搜集|搜罗|精选|挑选|挑了|选了|准备|带来|分享|奉上|推荐|汇总|收录|汇集|提供"
                           r"|介绍|讲讲|讲一讲|说说|说一说|聊聊|谈谈|谈了谈|梳理"),
    # What the reader is to do with them.
    # (or is told the piece deserves it, sent down the page or to a link: "值得一看", "一起往下看",
    # "请点击…频道", "更多精彩…")
    "use": re.compile(r"参考|借鉴|阅读|欣赏|对照|套用|选用|收藏|看看|看一看|了解一下|查阅|下载|关注|学习一下"
                      r"|看完|看了|读完|转发|点赞|分享给|替换|进行调整|加以调整|修改使用|调整使用"
                      r"|值得(?:一看|一读|学习|参考|借鉴|收藏)|往下看|接着看|点击|更多精彩|更多相关"
                      r"|结合[^。！？!?]{0,10}(?:实际|情况)[^。！？!?]{0,6}(?:修改|调整)"),
    # A wish that the page helps ("希望对你有帮助", "愿这些范文能帮到您", "希望大家喜欢").
    "wish": re.compile(r"(?:希望|愿|但愿)[^。！？!?]{0,12}?(?:帮助|帮到|有用|用得上|喜欢|启发|收获|需求|需要|满意)"
                       r"|(?:觉得|感觉)?(?:有用|有帮助|不错)的话|觉得有用|觉得有帮助"),
    # The pieces handed out.
    # (or a collection of them: "下面的贺词合集", "这份大全", "精选集锦")
    "pieces": re.compile(r"范文|范本|例文|样稿|模板|素材|范例|资料|知识|干货|相关(?:内容|信息)"
                         r"|(?:\d+|[一二两三四五六七八九十几数多])\s*(?:篇|份|则)|一批|一组|篇文章"
                         r"|合集|大全|集锦|汇编|选编|示例"),
}
# Slots that say the sentence is said to someone about the page, and what it asks or wishes.
_SPEAKER = frozenset({"site", "reader", "bidding"})
_PURPOSE = frozenset({"use", "wish", "gathered"})
# And what it is about: the page's pieces or the site itself (a wish that "it" helps means the
# page). Above the text a pointer alone is not enough: a know-how article's own opening says what
# it explains next ("下面分开来谈…供大家参考") and is its text; it offers no pieces.
_HEAD_OBJECT = frozenset({"site", "pieces", "wish"})
_TAIL_OBJECT = _HEAD_OBJECT | {"pointer"}
# Above the text a sentence fills four; after it three (an outro is short: "希望这篇文章能帮到你").
HEAD_MIN_SLOTS = 4
TAIL_MIN_SLOTS = 3
_EDITOR = LazyPattern(r"小编|编者")
_INTRODUCES = re.compile(r"[：:]\s*$")
# A document's own voice: the first person, its official readers, papers handed down, its
# addressees, a meeting's business. Such a sentence is the text's, whatever slots it fills
# (an editor calling itself 小编 is the site, even beside 我).
_DOCUMENT_VOICE = LazyPattern(r"我(?!们)|本人|笔者|领导|审议|审阅|上级|批示|现将|印发|转发(?!给)|下发|各单位|各部门"
                             r"|同志|你们|贯彻|落实|会议|课文|本课|同学们"
                             # (the writers' own collective and what they did: "以上是我们村的做法", "我们的
                             # 一些粗浅体会": a unit sharing its way, where a site says "我们为大家整理…")
                             r"|我们(?:这个|这几个)?(?:村|镇|乡|街道|社区|单位|公司|学校|医院|支部|党委|部门|科室|班级|厂|中心|协会|团队|小组)"
                             r"|我们的(?:一些|几点|点滴|粗浅|做法|体会|经验|想法)|粗浅"
                             # (a paper naming the way it goes about its subject: "本文将通过三个案例
                             # 介绍…", "本文拟从…入手": its own plan, which no site states of its samples)
                             r"|(?:本文|本篇|文章)(?:将|拟|试图|尝试|旨在)(?:通过|从|结合|围绕|基于|借助)")
# The genre talk before a head paragraph's closing address may mention a reader's boss ("让领导眼前一亮"),
# never a writer's own first person or papers handed down.
_TALK_VOICE = LazyPattern(r"我(?!们)|本人|笔者|现将|印发|转发|下发")
_SENTENCE = re.compile(r"[^。！？!?~\uff5e]*(?:[。！？!?~\uff5e]+[”’」』）)]*|$)")
# Genre talk before the site's sentence in a head paragraph: a few short sentences at most.
TALK_MAX_CHARS = 300
TALK_MAX_SENTENCES = 6
# How many kept text blocks from the top and from the end are the page's edges. Short lines with no
# sentence (the title again, a label, a keyword line no rule named) do not count: the site's
# sentence under them still stands above the text.
HEAD_BLOCKS = 2
TAIL_BLOCKS = 2
HEAD_REACH = 6
# A site's address printed again is recognised whole: this long at least (no short word).
REPEAT_MIN_CHARS = 15
SHORT_LINE_CHARS = 30
_SENTENCE_END = re.compile(r"[。！？!?]")


# The site's caveat on what the page says: a pointer at the page's own content (以上内容, 这里只讲
# 思路, 本文的做法) and a reservation on it (具体以…为准, 仅供参考, 还得自己动笔). A notice's "以上
# 安排如有变动，以通知为准" points at arrangements, not at the page's content, and stays.
_PAGE_CONTENT = LazyPattern(r"(?:以上|上述(?![职職])|本文|这里|本页)"
                           r"[^。！？!?，,]{0,4}?(?:内容|做法|写法|思路|方法|介绍|讲)")
_CAVEAT = LazyPattern(r"(?:具体|一切|均)以[^。！？!?，,]{1,16}为准"
                     r"|仅供参考|只讲思路|只是参考|还得自己|需要自己|因人而异")


# An AI-written page keeps its assistant's wrapper (counted on four 2025 article-farm sites, "希望这篇
# 文章符合你的需求!"): above the text the piece presented by what it is about and a colon ("以下是一篇
# 关于…的总结，…："), after it the offer to change it ("如需调整字数，请告诉我"). The assistant's
# 我 is the page's, not the document's: a speech never asks to be told how to rewrite itself.
_PRESENTS_PIECE = re.compile(r"^\s*(?:以下|下面)(?:是|为)(?:[^。！？!?：:]{0,8}?(?:为你|为您|为大家))?"
                             r"(?:撰写|写|整理|准备|生成)?的?(?:一篇|一份|几篇|一则)[^。！？!?]{0,40}?"
                             r"(?:关于|有关|围绕|以)[^。！？!?]{1,60}?[：:]\s*$")
# (an edit of the piece and the assistant's 我: a notice's "如有需要，可随时联系社区" names neither)
_ASKS_FOR_CHANGES = re.compile(r"(?:如需|如果(?:你|您)?(?:还)?(?:需要|想|希望)|若需|若有需要|需要的话)"
                               r"[^。！？!?]{0,16}?(?:调整|修改|补充|扩写|润色|改写|删减|优化|扩展|精简)"
                               r"[^。！？!?]{0,16}?(?:告诉我|跟我说|我可以|我再|我会|我来)")


def slots_of(sentence: str, genre: str = "", title: str = "") -> set[str]:
    """The slots a sentence (simplified characters) fills; `genre`, the kind of text the page's title
    names (title_genre), fills the pieces' slot: the site offers what its page is titled; the page's
    own `title` quoted (《…》, “…”) points at the page."""
    filled = {name for name, pattern in SLOTS.items() if pattern.search(sentence)}
    if genre and genre in sentence and not _names_itself(sentence, genre):
        filled.add("pieces")
    if title and any(f"{left}{title}{right}" in sentence for left, right in ("《》", "“”", '""')):
        filled.add("pointer")
    return filled


# What a page's title names after its kind of text: a count of samples, a collection's word, a
# file's extension, brackets ("（精选5篇）", "大全", "范文", ".docx"). The kind is the two characters
# before them ("…活动总结" -> 总结, "…倡议书" -> 议书, "教师节贺词" -> 贺词).
_TITLE_TRAILER = re.compile(r"(?:[（(【\[][^（()）【】\[\]]{0,12}[)）】\]]|\.(?:docx?|pdf|pptx?|txt)"
                            r"|(?:\d+|[一二两三四五六七八九十几多]+)\s*篇|精选|精編|精编|大全|范文|范本|模板"
                            r"|合集|集锦|汇编|汇总|通用|最新|优秀|[\s_\-—|｜]+)$")
_GENRE = re.compile(r"[\u4e00-\u9fff]{2}$")
# A title ends on a kind of text when it ends on a kind's last character or word (a closed class:
# …书 申请书/倡议书, …稿 讲话稿, …词 主持词/贺词, …辞, …信, …函, …感 读后感, …语 评语, and the kinds
# named by a word); "英文面试前要做哪些准备" asks a question and names none.
_TEXT_KIND = re.compile(r"(?:书|稿|词|辞|信|函|感|语|总结|报告|方案|计划|规划|体会|心得|汇报|鉴定|述职|教案"
                        r"|简历|制度|预案|办法|细则|纪要|合同|协议|通知|倡议|发言|讲话|作文|日记|周记|评语|守则|公约)$")
GENRE_MIN_TITLE_CHARS = 4


def title_words(title: str) -> dict[str, str]:
    """What a sentence may name of the page's title: its kind of text (genre) and the title itself,
    trailer and all (title), as addresses_reader takes them."""
    return {"genre": title_genre(title), "title": to_simplified(title or "").strip()}


def title_genre(title: str) -> str:
    """The kind of text a page's title names, its last two characters once the title's trailer of
    counts, collections and brackets is gone ("" when the title ends on no kind of text)."""
    text = to_simplified(title or "").strip()
    while (trailer := _TITLE_TRAILER.search(text)) is not None and trailer.start() > 0:
        text = text[:trailer.start()].rstrip()
    if len(text) < GENRE_MIN_TITLE_CHARS or not _TEXT_KIND.search(text):
        return ""
    found = _GENRE.search(text)
    return found.group() if found else ""


def addresses_reader(sentence: str, *, tail: bool = False, genre: str = "", title: str = "") -> bool:
    """Whether a sentence is the site's address to its reader about the page, by its slots
    (`tail`: after the text, where an outro is short and may point back with 以上/这篇; `genre`:
    the kind of text the page's title names; `title`: the page's title)."""
    if not sentence.strip() or len(sentence) > 160:
        return False
    if _PAGE_CONTENT.search(sentence) and _CAVEAT.search(sentence):
        return _DOCUMENT_VOICE.search(sentence) is None
    if (_ASKS_FOR_CHANGES.search(sentence) if tail else _PRESENTS_PIECE.search(sentence)):
        return True
    filled = slots_of(sentence, genre, title)
    # (what the site did is a purpose only when said to the reader: "这份材料经本站编辑整理后转给了
    # 各村" reports it, "为您整理以下知识" offers it)
    purpose = filled & _PURPOSE if "reader" in filled else filled & {"use", "wish"}
    # (the site's editor naming itself, 小编/编者, needs one slot fewer above the text: no author
    # calls themselves so, "快跟着小编一起看看吧")
    least = TAIL_MIN_SLOTS if tail or _EDITOR.search(sentence) else HEAD_MIN_SLOTS
    if (not filled & _SPEAKER or not purpose or not filled & (_TAIL_OBJECT if tail else _HEAD_OBJECT)
            or len(filled) < least):
        return False
    # (a sentence ending in a colon introduces what follows, the text's own way into its sample,
    # "下面的范文可供参考：", unless the site speaks in it or wishes it helps)
    if not tail and _INTRODUCES.search(sentence) and not filled & {"site", "wish"}:
        return False
    if genre and _names_itself(sentence, genre):
        return False
    voice = _DOCUMENT_VOICE.search(sentence)
    return voice is None or (voice.group() == "我" and _site_beside_writer(sentence))


# Beside a writer's 我 only the site's own words speak for the site (小编, 本站, 某某网为您…): a
# 站长 there is the head of the writer's station (a filling station's, a courier station's, a
# water station's), a person in the text ("我想我们最该补上的是站长和快递员之间的交接"); "本站站长"
# still names the site by 本站.
def _site_beside_writer(sentence: str) -> bool:
    return SLOTS["site"].search(sentence.replace("站长", "")) is not None


def head_address(text: str, title: str = "") -> bool:
    """Whether a paragraph above the text is the site's address to its reader, every sentence of
    it (the head's test, as the boilerplate pass reads it later with the page's `title`). The title
    line asks it of a sentence over the title ("以下是一篇…计划，可根据自身情况修改使用。"): the
    site's, looked past like a lead-in a rule names, never the text's first paragraph."""
    simplified = to_simplified(text)
    spans = _sentences(simplified)
    words = title_words(title)
    return bool(spans) and all(addresses_reader(simplified[start:end], **words) for start, end in spans)


def _names_itself(sentence: str, genre: str) -> bool:
    """Whether the sentence is a document's naming itself by its kind ("本方案可根据实际情况调整",
    "此实施方案自印发之日起施行"): the text's own voice, never the site's."""
    return re.search(f"[本此该][^。！？!?，,]{{0,4}}{re.escape(genre)}", sentence) is not None


def _sentences(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _SENTENCE.finditer(text) if m.group().strip()]


def drop_reader_address(blocks: list[tuple[int, pf.Block]], keep: frozenset[int] = frozenset(),
                        earlier: tuple[str, ...] | list[str] = (), title: str = ""):
    """(kept blocks, removed records): the site's address to its reader at the page's edges, and
    again wherever the page prints it once more (`earlier`: the lead-ins other steps removed;
    `title`: the page's title, whose kind of text the site's offer names)."""
    key = _key(blocks, keep, title)
    # (the lead-ins removed before count only as the addresses looked for again below)
    addresses = frozenset(squeezed for text in earlier if len(squeezed := "".join(text.split())) >= REPEAT_MIN_CHARS)
    if any(addresses <= before for before in _UNCHANGED.get(key, ())):
        return list(blocks), []
    kept, removed = _drop_reader_address(blocks, keep, earlier, title)
    if not removed:
        if len(_UNCHANGED) >= MAX_UNCHANGED:
            _UNCHANGED.clear()
        _UNCHANGED.setdefault(key, []).append(addresses)
    return kept, removed


# The pages on which the step removed nothing, with the addresses it looked for again: the
# pipeline's second boilerplate pass hands it the blocks the first kept, on which it finds nothing
# again (3.4 M instructions on the seed). The step reads the blocks' kinds in order (Para/Plain or
# other), the paragraphs' texts and which are kept, and the title: the key holds those (the texts
# by a digest). The lead-ins removed before (`earlier`) matter only as addresses looked for again:
# a step that found none of a set finds none of a part of it (the second pass knows fewer).
# Bounded: cleared when full.
_UNCHANGED: dict[tuple, list[frozenset[str]]] = {}
MAX_UNCHANGED = 16


def _key(blocks: list[tuple[int, pf.Block]], keep: frozenset[int], title: str) -> tuple:
    paragraphs = [block for _, block in blocks if isinstance(block, (pf.Para, pf.Plain))]
    texts = resources.digest(*(inline_text(block).encode("utf-8", "surrogatepass") for block in paragraphs))
    return title, tuple(type(block) for _, block in blocks), tuple(id(block) in keep for block in paragraphs), texts


def _drop_reader_address(blocks: list[tuple[int, pf.Block]], keep: frozenset[int],
                         earlier: tuple[str, ...] | list[str], title: str):
    words = title_words(title)
    texts = [index for index, (_, block) in enumerate(blocks)
             if isinstance(block, (pf.Para, pf.Plain)) and block_text(block)]
    if len(texts) < 2:
        return blocks, []
    # (block_text: a paragraph's inline_text stripped, read once in boilerplate's texts_fixed)
    markers = {index for index in texts if sample_marker(" ".join(block_text(blocks[index][1]).split()))}
    body = [index for index in texts if index not in markers]
    removed: list[tuple[int, str, str]] = []
    gone: set[int] = set()
    # The head: the first paragraphs above the text, and a paragraph right under a sample's marker.
    heads = _head_blocks(blocks, body)
    heads += [texts[p + 1] for p, index in enumerate(texts[:-1]) if index in markers and texts[p + 1] not in markers]
    for index in dict.fromkeys(heads):
        if id(blocks[index][1]) not in keep:
            _cut_head(blocks, index, removed, gone, words)
    # The ends: the page's last paragraphs, and a sample's last paragraph before the next marker.
    tails = body[-TAIL_BLOCKS:]
    tails += [texts[p - 1] for p, index in enumerate(texts) if p and index in markers
              and texts[p - 1] not in markers]
    # (and a paragraph the next sample's marker was glued to, "…以上是小编整理的…。总结篇二")
    tails += [index for index in body if _glued_marker(to_simplified(inline_text(blocks[index][1])))]
    for index in dict.fromkeys(tails):
        if index not in gone and id(blocks[index][1]) not in keep:
            _cut_tail(blocks, index, removed, gone, text_below=index != body[-1] and index not in markers
                      and texts[texts.index(index) + 1] not in markers, words=words)
    # The same address printed again further down (a page that repeats its lead-in above a later
    # sample, or glued before the sample's first words): gone wherever it stands.
    addresses = {"".join(text.split()) for text in earlier} | {"".join(text.split()) for _, text, _ in removed}
    addresses = {text for text in addresses if len(text) >= REPEAT_MIN_CHARS}
    if addresses:
        for index in body:
            block = blocks[index][1]
            if index in gone or id(block) in keep:
                continue
            text = inline_text(block)
            squeezed = "".join(text.split())
            if squeezed in addresses:
                gone.add(index)
                removed.append((blocks[index][0], " ".join(text.split()), RULE))
            elif (lead := next((a for a in addresses if squeezed.startswith(a)), None)) is not None:
                start = len(text) - len(text.lstrip())
                if text[start:start + len(lead)] == lead:
                    removed.append((blocks[index][0], cut_spans(block, [(start, start + len(lead))]), RULE))
    kept = [item for index, item in enumerate(blocks) if index not in gone]
    return kept, removed


def _head_blocks(blocks: list[tuple[int, pf.Block]], body: list[int]) -> list[int]:
    """The first HEAD_BLOCKS paragraphs from the top, short bare lines above them not counted."""
    heads: list[int] = []
    paragraphs = 0
    for index in body[:HEAD_REACH]:
        heads.append(index)
        text = inline_text(blocks[index][1])
        if len(text) > SHORT_LINE_CHARS or _SENTENCE_END.search(text):
            paragraphs += 1
            if paragraphs == HEAD_BLOCKS:
                break
    return heads


def _cut_head(blocks, index: int, removed: list, gone: set[int], words: dict | None = None) -> None:
    words = words or {}
    origin, block = blocks[index]
    text = to_simplified(inline_text(block))
    spans = _sentences(text)
    if not spans:
        return
    marks = [addresses_reader(text[start:end], **words) for start, end in spans]
    if marks[-1] and not all(marks):
        # The paragraph closes with the site's sentence: its genre talk before goes with it.
        talk = text[:spans[-1][0]]
        if NUMBERED_POINT.match(talk):
            # A numbered point of the text ("六是…。…欢迎阅读，希望对你有帮助。") is no genre
            # talk: the site's sentences printed after it go, the point stays.
            first = len(marks) - next(p for p, mark in enumerate(reversed(marks)) if not mark)
            removed.append((origin, cut_spans(block, [(spans[first][0], len(text))]), RULE))
        elif (len(talk) <= TALK_MAX_CHARS and len(spans) <= TALK_MAX_SENTENCES
                and not _TALK_VOICE.search(talk)):
            gone.add(index)
            removed.append((origin, " ".join(inline_text(block).split()), RULE))
        return
    lead = next((p for p, mark in enumerate(marks) if not mark), len(marks))
    if lead == len(marks) or (lead and all(_trailing_wish(text[start:end]) for start, end in spans[lead:])):
        # Every sentence the site's, or the site's sentence and nothing after it but a wish to the
        # reader ("…接下来就让小编带领大家学习一下吧！希望大家仔细阅读，能够学有所成！"): the
        # paragraph is the site's, whole.
        gone.add(index)
        removed.append((origin, " ".join(inline_text(block).split()), RULE))
    elif lead:
        removed.append((origin, cut_spans(block, [(0, spans[lead][0])]), RULE))


# A short wish said to the reader, right after the site's address and closing its paragraph: the
# address's last words ("希望大家仔细阅读，能够学有所成！", "祝你写作顺利！"). Round 56: the article
# farms' template lead-ins close so (qianjiagd.com, bjjierui.cn, dbjr.com.cn print the site's
# sentence and then a wish or a bid to follow the editor). A text's first sentence glued there
# speaks as a document does (同学们, 同志们: _DOCUMENT_VOICE) and stays.
_WISH_TO_READER = re.compile(r"^\s*(?:希望|愿|祝|祝愿)(?:大家|您|你(?!们)|各位|读者|朋友)"
                             r"[^。！？!?]{0,24}[。！？!?~\uff5e]*\s*$")


def _trailing_wish(sentence: str) -> bool:
    return _WISH_TO_READER.match(sentence) is not None and _DOCUMENT_VOICE.search(sentence) is None


# A sentence pointing down the page ("下面一起来看看都有哪些书吧") and none pointing back: with a
# paragraph of the text under it, it introduces that paragraph, the text's own ("小区新建了图书角，
# 下面…"); an outro closes what stands above it.
_POINTS_DOWN = LazyPattern(r"下面|以下|下文|如下|接下来|下方")
_POINTS_BACK = LazyPattern(r"以上|上面|上述(?![职職])|上文|这篇|这几篇|这些|这份")


def _introduces_below(sentence: str) -> bool:
    return bool(_POINTS_DOWN.search(sentence)) and not _POINTS_BACK.search(sentence)


def _cut_tail(blocks, index: int, removed: list, gone: set[int], text_below: bool = False,
              words: dict | None = None) -> None:
    words = words or {}
    """`text_below`: a paragraph of the text (no sample's marker) stands under this one."""
    origin, block = blocks[index]
    text = to_simplified(inline_text(block))
    spans = _sentences(text)
    if not spans:
        return
    # A marker glued after the sentences stays: the site's sentences before it go.
    end = len(text)
    if len(spans) > 1 and _glued_marker(text):
        end = spans[-1][0]
        spans = spans[:-1]
    marks = [addresses_reader(text[start:stop], tail=True, **words)
             and not (text_below and _introduces_below(text[start:stop])) for start, stop in spans]
    if all(marks) and end == len(text):
        gone.add(index)
        removed.append((origin, " ".join(inline_text(block).split()), RULE))
        return
    first = len(marks)
    while first and marks[first - 1]:
        first -= 1
    if first < len(marks) and first > 0:
        removed.append((origin, cut_spans(block, [(spans[first][0], end)]), RULE))
    elif first == 0 and end < len(text):
        removed.append((origin, cut_spans(block, [(0, end)]), RULE))


def _glued_marker(text: str) -> bool:
    """Whether the paragraph's words after its last sentence's end are a sample's marker."""
    spans = _sentences(text)
    if len(spans) < 2:
        return False
    rest = text[spans[-1][0]:].strip()
    return not _SENTENCE_END.search(rest) and sample_marker(rest) is not None
