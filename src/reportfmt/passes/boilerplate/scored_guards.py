"""Lines the chrome scorer (scored.py) never judges: the author's forms that look like chrome.

A learned score is set so that no body line of the dev pages reaches it; the body lines that
come closest (issue 18, tenth round, leave one split out) are of a few forms every site may
have, whatever its words: a figure or table caption (`图3:…(资料来源:…)`), an item of a list
written as a run of bullet lines of one form (a slide deck's outline `- 封面(第 1 页):…`), the
closing of a letter (`此致`, `校长 敬上`), and a field of a notice followed by its text
(`会议时间:…`, `地点:…`), and a field of an agreement's party (`性别:女 身份证号码:…` under
`乙方（劳动者）:…`), and a document's own web address given as a field's value or beside its
unit's name (`报名网址：www.….cn`, `市人社局网站 www.….gov.cn`, `某某有限公司 www.….com`; a
site's address stands alone or beside its ICP and copyright lines), and a piece of English prose on a
line of a bilingual page's two columns read across (`PTA Chair for the first time since 2020, and
we are` beside `今年是家教會三年來首次全面恢復 grateful to every parent volunteer who`: a flipbook's
Chinese column and its English one on one line). An English sentence among a site's English
buttons and banners (a dashboard's announcement) has no Chinese beside it, and is judged. These are the document's
own, so the scorer leaves them, as it leaves numbered lines; a rule that names chrome still
takes them.
"""

from __future__ import annotations

import re
import unicodedata

from ..regex_cache import LazyPattern

# 图3: 表 2-1 圖五 Figure 4 Table 1.2: a caption names its figure or table by number.
_CAPTION = LazyPattern(r"^\W{0,2}(?:[图表圖][\s]*[\d一二三四五六七八九十]+(?:[-.．—]\d+)*(?![\d年月日])"
                       r"|(?:fig(?:ure)?\.?|table)\s*\d+)", re.I)
# A letter's close: 此致 / 敬礼 on their own, or a signature ending in 敬上 谨上 谨启 敬启 拜上.
_CLOSING = LazyPattern(r"^(?:此致|敬礼)\W*$|(?:敬上|谨上|谨启|敬启|拜上)\W*$")
# A notice's own fields: when, where, who chairs and who attends its meeting or event.
_MEETING_FIELD = LazyPattern(r"^\W{0,2}(?:(?:会议|活动|會議|活動)(?:时间|時間|地点|地點|主题|主題|议程|議程|内容|內容)"
                             r"|地点|地點|主持人?|参会人员|參會人員|出席人员|參加人員|参加人员|与会人员)\s*[:：]\s*\S")
# A notice's own line for the public to call, under its title and over its text ("举报电话：12345",
# "监督电话：0571-…", "咨询热线：…"): the number in digits after whom or what the call is for. A
# site's "违法和不良信息举报电话" stands at its foot, under no text that follows.
_HOTLINE = LazyPattern(r"^\W{0,2}[\u4e00-\u9fff]{0,6}(?:举报|监督|投诉|咨询|服务|值班|报名|联系)[\u4e00-\u9fff]{0,4}"
                       r"(?:电话|热线|電話|熱線)\s*[:：]\s*[\d\-－—()（）\s、/]{3,40}\W{0,2}$")
# A field opening a line ("性别：女", "住所：…"), and an agreement's party among such fields
# ("甲方（用人单位）：…", "乙方：…"): the party's block of fields at an agreement's head.
_OPENING_FIELD = LazyPattern(r"^[\u4e00-\u9fff（）()]{1,16}\s*[:：]\s*\S")
_PARTY_FIELD = LazyPattern(r"^[^:：。，,]{0,12}?[甲乙丙丁]方[^:：。，,]{0,10}?[:：]")
# A document's own address: a label naming what the address is for (报名网址, 招聘邮箱, 官网) or
# its unit's name (…公司, …局, …中心), a colon or a blank, then the address (perhaps a name and
# the address in brackets), and nothing more. A site's name ends in 网 (某某范文网) or says 本站.
_OWN_ADDRESS = LazyPattern(
    r"^(?!本站|本网|我站)[\u4e00-\u9fff（）()]{0,20}?"
    r"(?:网址|网站|官网|主页|网页|链接|平台|邮箱|信箱|公司|集团|局|厅|院|校|大学|中心|协会|学会|委员会|办公室)"
    r"\s*[:：]?\s*(?:[\u4e00-\u9fff]{2,16}\s*[（(]\s*)?"
    r"(?:https?://|www\.|[A-Za-z0-9._-]{1,40}@)[A-Za-z0-9\-./?=&%#~+:_]{3,120}\s*[)）]?$", re.I)
# An address alone, and a line pointing its reader to the address under it ("网址如下：", "详见：", "請瀏覽：";
# the rules' points-to-address, meta-lines.yaml).
_BARE_ADDRESS = LazyPattern(r"(?:https?://|www\.)[A-Za-z0-9\-./?=&%#~+:_]{3,200}", re.I)
_POINTS_TO_ADDRESS = LazyPattern(r"(?:如下|详见|詳見|请见|請見|参见|參見|见附件"
                                 r"|請瀏覽|请浏览|请访问|請訪問|请登录|請登錄)\s*[:：]?\s*$")
# A piece of English prose: words in lower case, among them the small words a sentence is built
# of. An interface's Latin words are capitalised labels ("Home", "Contact Us", "Read More") and
# few; a copyright line names a holder and reserves rights.
_LATIN_WORD = LazyPattern(r"[A-Za-z][A-Za-z'\-]*")
_FUNCTION_WORDS = frozenset(("the", "and", "of", "to", "for", "we", "our", "with", "in", "on", "was", "were",
                             "is", "are", "has", "have", "had", "been", "that", "this", "who", "which",
                             "from", "their", "they", "it", "its", "at", "as", "be", "will"))
PROSE_LOWER_WORDS = 5
PROSE_FUNCTION_WORDS = 2
# A line of both columns read across: Han characters and this many Latin words.
_HAN = LazyPattern(r"[\u4e00-\u9fff]")
COLUMN_LATIN_WORDS = 3
# How many field lines above a line its party's label may stand (a person's name, sex and ID,
# address, telephone).
PARTY_FIELDS = 6
# A contact field of the document's own: whom to call or write, by telephone, mobile, fax or mail
# ("辦公室電話:…", "E-Mail:…"), the label perhaps after a few words naming whose it is (not the
# site's: "本站邮箱").
_CONTACT_FIELD = LazyPattern(r"^\W{0,2}(?!本站|本网|本網|网站|網站|我站)[\u4e00-\u9fff]{0,6}"
                             r"(?:电话|電話|手机|手機|传真|傳真|邮箱|郵箱|信箱|e-?mail)\s*[:：]\s*\S", re.I)
# The person a notice names for its questions ("联系人：…", "本案聯絡人：股長某某", "發言人：…"),
# over the fields to reach them.
_CONTACT_PERSON = LazyPattern(r"^\W{0,2}[\u4e00-\u9fff]{0,4}(?:联系人|聯繫人|联络人|聯絡人|发言人|發言人|负责人|負責人|"
                              r"经办人|經辦人|承办人|承辦人)\s*[:：]\s*\S")
# A bullet opening a list item ("-" "•" "*" "·" "▪" "◆" "●" "○" "■" "□" "►" "→").
_BULLET = LazyPattern(r"^\s*([-•*·▪◆◇●○■□►▶→])\s*")
# A field with its value (a colon ending the line introduces what follows: no field).
_FIELD_VALUE = LazyPattern(r"[:：]\s*\S")
# A list item says something: this many Han characters after its bullet, in at most one field
# (an info box's bulleted labels and values, `•格式:DOCX` `•页数:23`, say less, or hold several
# fields in a line: `•资源格式:DOC下载积分:8金币`).
ITEM_HAN = 10
# Lines of one bullet in a row (the line itself among them) that make a list of the author's.
RUN = 2


def is_caption(text: str) -> bool:
    return bool(_CAPTION.match(unicodedata.normalize("NFKC", text)))


def is_letter_closing(text: str) -> bool:
    return bool(_CLOSING.search(text.strip()))


def is_meeting_field(text: str) -> bool:
    """`会议时间:…`, `地点:…`: the caller asks this only of a line with the notice's text after it."""
    return bool(_MEETING_FIELD.match(unicodedata.normalize("NFKC", text)))


def is_hotline(text: str) -> bool:
    """`举报电话：12345`: the caller asks this only of a line with the notice's text after it."""
    return bool(_HOTLINE.match(unicodedata.normalize("NFKC", text).strip()))


def is_own_address(text: str) -> bool:
    """`报名网址：www.….cn`, `市人社局网站 www.….gov.cn`: an address the document gives as its own."""
    return bool(_OWN_ADDRESS.match(unicodedata.normalize("NFKC", text).strip()))


def is_english_prose(text: str) -> bool:
    """`gave up evenings and weekends to make`: a run of English prose (PROSE_LOWER_WORDS words in
    lower case, PROSE_FUNCTION_WORDS different small words among them), not a site's labels."""
    words = _LATIN_WORD.findall(text)
    lower = [w for w in words if w[0].islower()]
    if len(lower) < PROSE_LOWER_WORDS or "rights reserved" in text.lower():
        return False
    return len({w for w in lower if w in _FUNCTION_WORDS}) >= PROSE_FUNCTION_WORDS


def holds_both_columns(text: str) -> bool:
    """A line holding a piece of a Chinese column and a piece of an English one."""
    return len(_HAN.findall(text)) >= 2 and len(_LATIN_WORD.findall(text)) >= COLUMN_LATIN_WORDS


def in_bilingual_columns(lines: list[str], index: int) -> bool:
    """Is lines[index] English prose on, or next to, a line that holds both columns of a
    bilingual page read across?"""
    if not is_english_prose(lines[index]):
        return False
    near = lines[max(0, index - 1):index + 2]
    return any(holds_both_columns(line) for line in near)


def list_item_form(text: str) -> str | None:
    """The bullet of a line that is an item of a list of the author's (a bullet, then at least
    ITEM_HAN Han characters and at most one field), or None."""
    bullet = _BULLET.match(text)
    if not bullet:
        return None
    item = text[bullet.end():]
    han = sum("\u4e00" <= c <= "\u9fff" for c in item)
    fields = len(_FIELD_VALUE.findall(item))
    return bullet.group(1) if han >= ITEM_HAN and fields <= 1 else None


def in_list_run(lines: list[str], index: int) -> bool:
    """Is lines[index] one of at least RUN consecutive list items with the same bullet?"""
    form = list_item_form(lines[index])
    if form is None:
        return False
    start = end = index
    while start > 0 and list_item_form(lines[start - 1]) == form:
        start -= 1
    while end + 1 < len(lines) and list_item_form(lines[end + 1]) == form:
        end += 1
    return end - start + 1 >= RUN


# A part named by a word and its number, then its name ("Part 1 活动概况", "Step 2 填写申请表",
# "Unit 3 Food", "单元1 认识土壤"): the word, the number, a blank or a colon, the name.
# (Not a clock, "上午8:30": the name opens on no digit.)
_COUNTED_PART = re.compile(r"^\W{0,2}(?P<word>[A-Za-z]{2,10}|[\u4e00-\u9fff]{1,3})\s*(?P<number>\d{1,2})"
                           r"(?:\s+|\s*[:：.．、]\s*)(?P<name>[^\d\s].*)$")


def opens_counted_parts(lines: list[str], index: int) -> bool:
    """Is lines[index] a part's name whose next part, the same word with the next number, opens
    a later line ("Part 1 活动概况" … "Part 2 主要做法")? A site's buttons and banners count
    nothing; a document numbering its parts so names each at the head of its part. Each part has
    a name of its own: a viewer's running header counts its pages over one name ("Page 3 - 某某手册")."""
    part = _COUNTED_PART.match(unicodedata.normalize("NFKC", lines[index]))
    if not part:
        return False
    following = f"{part['word'].lower()}{int(part['number']) + 1}"
    for line in lines[index + 1:]:
        later = _COUNTED_PART.match(unicodedata.normalize("NFKC", line))
        if later and f"{later['word'].lower()}{int(later['number'])}" == following:
            return "".join(later["name"].split()) != "".join(part["name"].split())
    return False


def in_party_block(lines: list[str], index: int) -> bool:
    """Is lines[index] a field of an agreement's party ("性别：女 身份证号码：…" under
    "乙方（劳动者）：…"): a field line in an unbroken run of field lines from a party's label?"""
    if not _OPENING_FIELD.match(lines[index]):
        return False
    for above in range(index, max(-1, index - PARTY_FIELDS - 1), -1):
        line = unicodedata.normalize("NFKC", lines[above])
        if not _OPENING_FIELD.match(line):
            return False
        if _PARTY_FIELD.match(line):
            return True
    return False


def in_contact_block(lines: list[str], index: int) -> bool:
    """Is lines[index] a contact field under the person a notice names for its questions
    ("本案联络人：股长某某" / "办公室电话：…" / "E-Mail：…"): a contact field in an unbroken run of
    contact fields from the person's line? A site's foot prints its address, telephone and mail
    under its name or its copyright, never under a contact person's role. The person's line
    itself, with a contact field right under it, is the block's too."""
    text = unicodedata.normalize("NFKC", lines[index])
    if _CONTACT_PERSON.match(text):
        return index + 1 < len(lines) and bool(_CONTACT_FIELD.match(unicodedata.normalize("NFKC", lines[index + 1])))
    if not _CONTACT_FIELD.match(text):
        return False
    for above in range(index - 1, max(-1, index - PARTY_FIELDS - 1), -1):
        line = unicodedata.normalize("NFKC", lines[above])
        if _CONTACT_PERSON.match(line):
            return True
        if not _CONTACT_FIELD.match(line):
            return False
    return False


# A table flattened one cell a line, each cell closed by a bar ("申请岗位 |" / "A、… B、… |"): a
# cell's line, and the run of such lines it stands in (a lone bar, "||||", is an empty cell or row).
_CELL_LINE = LazyPattern(r"^[^|｜]*[|｜][\s|｜]*$")
# A cell that says something: a clause mark inside it ("…同学，…。 |", "A、… B、… |"). A row of
# a site's tabs or links printed one a line ("首页 |" / "相关新闻 |") names things and says none.
# (On a cell's line every mark stands before its bar.)
_CLAUSE = LazyPattern(r"[，,。；;、]")
# The least run of cell lines (the line itself among them) that makes a table.
CELL_RUN = 3


def in_cell_run(lines: list[str], index: int) -> bool:
    """Is lines[index] a cell of a table flattened one cell a line: in a run of at least CELL_RUN
    bar-closed lines (one line without its bar may stand between two), one of which says
    something (a clause mark)? Round 51 (by form): own-tune
    www.szys.net (a form's choice cell under its label) and osa.nchu.edu.tw (a bilingual notice's
    label cell under its title) lost a cell to the scorer."""
    if not _CELL_LINE.match(lines[index]):
        return False
    cells, start, end = 1, index, index
    # (a cell's bar may have been cut from a long cell's line, meta-lines.bar-after-text: the run
    # steps over one line without its bar, when a cell's line stands beyond it)
    while (step := _next_cell(lines, start, -1)) is not None:
        cells, start = cells + 1, step
    while (step := _next_cell(lines, end, 1)) is not None:
        cells, end = cells + 1, step
    return cells >= CELL_RUN and any(_CLAUSE.search(line) for line in lines[start:end + 1])


def _next_cell(lines: list[str], at: int, step: int) -> int | None:
    """The index of the cell's line next to lines[at] (the line beside it, or the one beyond a
    line without a bar), or None."""
    for distance in (1, 2):
        other = at + step * distance
        if not 0 <= other < len(lines):
            return None
        if _CELL_LINE.match(lines[other]):
            return other
    return None


def never_scored(lines: list[str], index: int, prose_follows: bool) -> bool:
    """Is lines[index] (the page's text lines, in order) one of the author's forms above?"""
    text = lines[index]
    return (is_caption(text) or is_letter_closing(text) or in_list_run(lines, index)
            or (prose_follows and (is_meeting_field(text) or is_hotline(text))) or in_party_block(lines, index)
            or in_contact_block(lines, index)
            or is_own_address(text) or in_bilingual_columns(lines, index) or opens_counted_parts(lines, index)
            or is_pointed_address(lines, index) or in_cell_run(lines, index))


def is_pointed_address(lines: list[str], index: int) -> bool:
    """`https://…` alone on its line under the text's "…网址如下：", "详见：": the document points its
    reader to it (round 41). A site's bare link has no such line of the text above it."""
    text = unicodedata.normalize("NFKC", lines[index]).strip()
    return (index > 0 and bool(_BARE_ADDRESS.fullmatch(text))
            and bool(_POINTS_TO_ADDRESS.search(unicodedata.normalize("NFKC", lines[index - 1]))))
