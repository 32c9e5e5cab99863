"""Find the parts of a 公文 among a document's top-level blocks.

A 公文 reads, top to bottom (GB/T 9704-2012 §7): 版头 (份号, 密级, 紧急程度, 发文机关标志,
发文字号 and 签发人), 主体 (标题, 主送机关, the body, 附件说明, 署名, 成文日期, 附注, 附件)
and 版记 (抄送, 印发). `recognise` reads the head downwards until the body starts and the
tail upwards until it does, so a line in the middle of the body is never taken for a part.
It only reads: what to do with what it found is the pass's business (__init__.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import panflute as pf

from ..elements import block_text
from ..patterns import DATE_LABEL
from ..script import to_simplified
from . import patterns as P

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing: the filter's path never needs it
if TYPE_CHECKING:
    from typing import Any

# A scraped page's meta line: 发布日期, 来源, 访问次数 (the metadata pass takes it later).
PAGE_META = re.compile(rf"{DATE_LABEL.pattern}|^(?:来源|信息来源|访问次数|浏览次数)[:：]", re.X)

# The head of a 公文 is short: after this many non-empty blocks the body has begun.
HEAD_BLOCKS = 14
# A line longer than this is prose, never one of the short lines of 版头, 落款 or 版记.
SHORT_LINE = 60
# A title printed over several lines ("…关于禁止在" / "…补充治理工程建设" / "…的通告").
TITLE_MAX_LINES = 4
# Evidence needed before a document counts as a 公文 when nobody said so (layout report):
# parts only a 公文 has count 2, parts other documents have too (a title "关于…的通知",
# a "各单位：" line, a name and a date at the end) count 1.
STRONG = {"copy_number", "secrecy", "urgency", "issuer_mark", "doc_number", "signer", "cc",
          "printer", "infobox"}
MIN_SCORE = 3


@dataclass
class Part:
    """One recognised part: the field it fills, the line as found, its normalised value."""

    field: str
    text: str
    value: Any
    block: pf.Element | None = None
    placeholder: bool = False

    def record(self) -> dict[str, Any]:
        entry = {"field": self.field, "text": self.text, "value": None if self.placeholder else self.value}
        if self.placeholder:
            entry["placeholder"] = self.value
        return entry


@dataclass
class Recognised:
    """The parts of a 公文 found in a document, and its kind."""
    parts: list[Part] = field(default_factory=list)
    kind: str = ""
    # Blocks from here to the 版记 are attachments (附件, §7.3.8), one list per attachment.
    attachments: list[list[pf.Element]] = field(default_factory=list)

    def add(self, name: str, text: str, value: Any, block: pf.Element | None, *, placeholder: bool = False) -> None:
        """A placeholder's value is the blank itself ("[此处输入文件标题]", ["□□□"])."""
        self.parts.append(Part(name, text, value, block, placeholder))

    def has(self, name: str) -> bool:
        return any(p.field == name for p in self.parts)

    def fields(self, *, placeholders: bool = False) -> dict[str, Any]:
        """Field -> value. A template's blank is no value: left out, unless `placeholders`
        asks for its text (the 公文 layout prints the blank where the value goes)."""
        values: dict[str, Any] = {}
        for part in self.parts:
            if part.placeholder and placeholders:
                values.setdefault(part.field, part.value)
            if part.placeholder or part.field == "infobox" or part.value in (None, "", []):
                continue
            values.setdefault(part.field, part.value)
        # A site's information box fills what the text itself does not say.
        for part in self.parts:
            if part.field == "infobox":
                for name, value in part.value.items():
                    values.setdefault(name, [value] if name == "issuer" else value)
        if self.kind:
            values["gongwen_kind"] = self.kind
        return values

    def score(self) -> int:
        names = {p.field for p in self.parts}
        return sum(2 if n in STRONG else 1 for n in names)

    def blocks(self) -> list[pf.Element]:
        seen: list[pf.Element] = []
        for part in self.parts:
            if part.block is not None and not any(part.block is b for b in seen):
                seen.append(part.block)
        return seen


@dataclass
class Line:
    """One block's text as the 公文 patterns read it."""
    block: pf.Element
    text: str  # with its blanks
    squeezed: str  # without them (what the patterns match)


# An information box or a 版记 table has a few rows; a larger table or list is body.
BOX_MAX_ROWS = 12
# What a long block is read as: the parts are short lines, a long one only ends a region.
_LONG = "…" * (SHORT_LINE + 21)


def lines_of(doc: pf.Doc) -> list[Line]:
    """The top-level blocks with text, empty paragraphs left out. Only a block's first
    characters are read when it is long, and a large table not at all (a 50,000-row table
    or a 3 MB line must cost nothing here)."""
    lines = []
    for block in doc.content:
        if isinstance(block, _BOXES):
            text = table_text(block) if box_rows(block) <= BOX_MAX_ROWS else _LONG
        elif isinstance(block, (pf.Para, pf.Plain, pf.Header)):
            text = block_text(block)
        else:
            continue
        if len(text) > 4 * SHORT_LINE:  # body text: its start is all any pattern may see
            lines.append(Line(block, text[:4 * SHORT_LINE], _LONG))
        elif squeezed := P.squeeze(text):
            lines.append(Line(block, text, squeezed))
    return lines


def box_rows(block: pf.Table | pf.BulletList) -> int:
    if isinstance(block, pf.BulletList):
        return len(block.content)
    return len(block.head.content) + sum(len(body.content) for body in block.content)


# Blocks a site's information box comes in: a table, or a list of labels and values.
_BOXES = (pf.Table, pf.BulletList)


def table_text(table: pf.Table | pf.BulletList) -> str:
    """A table's cell texts (a list's items) in reading order, separated by blanks."""
    cells: list[str] = []

    def visit(elem: pf.Element, _doc: pf.Doc) -> None:
        if isinstance(elem, (pf.TableCell, pf.ListItem)):
            cells.append(pf.stringify(elem).strip())

    table.walk(visit)
    return " ".join(c for c in cells if c)


def recognise(doc: pf.Doc, title_hint: str = "") -> Recognised:
    """Every 公文 part found in `doc`. `title_hint` is a title the document already carries
    (a scraped page's <title>): head lines spelling it out are the title lines."""
    lines = lines_of(doc)
    found = Recognised()
    body_start = read_head(lines, found, P.squeeze(title_hint))
    read_tail(lines, body_start, found)
    if not found.kind and found.has("issuer_mark"):
        found.kind = "file"
    elif not found.kind and found.has("issuer") and _has_body_head(found):
        found.kind = "letter"  # the bare name at the top is a letter's mark (§10.1)
    return found


def _has_body_head(found: Recognised) -> bool:
    return any(found.has(n) for n in ("doc_number", "title", "recipients"))


# --- the head: 版头, title, 主送 -------------------------------------------------------------


def read_head(lines: list[Line], found: Recognised, title_hint: str) -> int:
    """Recognise the head's parts in order; returns the index of the first body line."""
    index = 0
    stage = 0  # 0: 版头, 1: title seen, 2: recipients seen (the body follows)
    limit = min(len(lines), HEAD_BLOCKS)
    while index < limit and stage < 2:
        line = lines[index]
        if stage <= 1 and isinstance(line.block, _BOXES) and not found.has("infobox"):
            if not read_infobox(line, found):
                break
            index += 1
            continue
        if isinstance(line.block, _BOXES) or len(line.squeezed) > SHORT_LINE + 20:
            break
        if found.has("title") and PAGE_META.match(line.squeezed):
            index += 1  # a page's "发布日期：… 来源：…" line under the title: not a part, no end
            continue
        if stage == 0 and read_masthead_line(line, found):
            index += 1
            continue
        if stage == 0 and found.has("issuer") and not found.has("title") and P.LETTERHEAD_CONTACT.match(line.squeezed):
            index += 1  # the letterhead's address under the unit's name: no part, and no title's head
            continue
        if stage <= 1 and read_doc_number(line, found):
            index += 1  # (a scraped notice prints its 发文字号 under the title)
            continue
        if stage == 0 and not found.has("title") and P.head_label(line.squeezed):
            index += 1  # "附件2", "第3期" over the title: the document's label, no part and no title's head
            continue
        if stage == 0 and not found.has("title") and _crumb_over_title(line, lines[index + 1:index + 2]):
            index += 1  # the site's breadcrumb ending on the title printed under it: no part, no title
            continue
        taken = read_title(lines, index, found, title_hint) if stage == 0 else 0
        if taken:
            index += taken
            stage = 1
            continue
        if read_recipients(line, found):
            index += 1
            stage = 2
            continue
        break
    if not found.has("title") and not found.has("issuer_mark") and not found.has("doc_number"):
        # Nothing of a 版头 or a title: whatever a first line looked like, the head is empty.
        for name in ("issuer", "recipients"):
            found.parts = [p for p in found.parts if p.field != name]
        return 0
    return index


def read_infobox(line: Line, found: Recognised) -> bool:
    """A government site's box of labelled fields (发文机关, 发文字号, 成文日期, 标题), its labels in
    traditional script too (發文字號, 發佈機構: matched folded, character for character; the
    values are read as written)."""
    values = {}
    for match in P.INFO_FIELD.finditer(to_simplified(line.squeezed)):
        name, value = P.INFO_LABELS[match.group("label")], line.squeezed[match.start("value"):match.end("value")]
        if name == "date":
            value = normalise_date(P.DATE_LINE.match(value)) or value
        elif name == "doc_number" and (number := P.DOC_NUMBER.fullmatch(value)):
            value = normalise_doc_number(number)
        values.setdefault(name, value)
    if len(values) < 2:
        return False
    found.add("infobox", line.text, values, line.block)
    return True


def read_masthead_line(line: Line, found: Recognised) -> bool:
    """份号, 密级, 紧急程度, 发文机关标志 (and the issuers of a joint mark), 发文字号, 签发人."""
    text, block = line.squeezed, line.block
    if (m := P.COPY_NUMBER.match(text)) and not found.has("copy_number"):
        found.add("copy_number", line.text, m.group("value"), block)
        return True
    if m := P.SECRECY.match(text):
        found.add("secrecy", line.text, m.group("value"), block, placeholder=m.group("value") == "★")
        if u := P.URGENCY.search(text):
            found.add("urgency", line.text, u.group("value"), block)
        return True
    if (m := P.URGENCY.fullmatch(text)) or re.fullmatch(r"特急|加急|特提|平急", text):
        found.add("urgency", line.text, text[-2:], block)
        return True
    if found.has("title") or found.has("doc_number"):
        return False
    if (m := P.ISSUER_MARK.match(text)) and not found.has("issuer_mark") and len(text) <= 44:
        mark_kind = m.group("kind")
        issuer = m.group("issuer")
        if mark_kind in ("公告", "通告") and P.TITLE.match(text):
            return False  # "关于…的公告" is a title, not a mark
        if issuer in P.NOT_ISSUERS:
            return False  # "最新公告", "通知公告": a site's box of notices, no issuer's mark
        if mark_kind in ("公告", "通告") and issuer and not P.ORG_END.search(issuer):
            return False  # "某某项目招标公告", "…招聘公告": a notice's title names no issuer before 公告
        above = found.parts[-1] if found.parts and found.parts[-1].field == "issuer" else None
        found.add("issuer_mark", line.text, text, block)
        found.kind = P.MARK_KINDS.get(mark_kind, "file")
        if issuer and found.kind != "minutes":  # a 纪要's mark names the meeting, not its issuer
            if above is not None and mark_kind in P.MARK_WORDS:
                # "青川市教育局" / "青川市财政局文件": a joint mark whose names stand on their lines
                # above the last, which carries the word (§7.2.4); every name is in the mark.
                above.value.append(issuer)
                found.parts[-1].value = "".join(above.value) + mark_kind
                found.add("issuer", line.text, above.value, block)
            else:
                found.add("issuer", line.text, [issuer], block)
        return True
    if (names := org_names(line)) and len(text) <= 40:
        # Beside a mark: a line of a joint mark; alone at the top: a letter's mark (§10.1).
        issuer = next((p for p in found.parts if p.field == "issuer"), None)
        if issuer is not None:
            issuer.value.extend(names)
            found.add("issuer", line.text, issuer.value, block)
        else:
            found.add("issuer", line.text, names, block)
        mark = next((p for p in found.parts if p.field == "issuer_mark"), None)
        if mark is not None and P.squeeze(mark.text) in P.MARK_WORDS:
            # A joint mark: the names on their lines, its word ("文件") beside them (§7.2.4).
            mark.value = "".join(next(p for p in found.parts if p.field == "issuer").value) + P.squeeze(mark.text)
        return True
    return read_doc_number(line, found)


def read_doc_number(line: Line, found: Recognised) -> bool:
    """发文字号 (with 签发人 on the same line for 上行文), 令号, a 纪要's issuer and date."""
    text, block = line.squeezed, line.block
    if (m := P.DOC_NUMBER.search(text)) and not found.has("doc_number"):
        rest = text.replace(m.group("value"), "")
        signer = P.SIGNER.search(line.text)
        if len(rest) > 12 and not signer:
            return False
        found.add("doc_number", line.text, normalise_doc_number(m), block)
        if signer:
            add_signer(found, line, signer.group("value"))
        return True
    if found.kind == "minutes" and not found.has("date") and (m := P.DATE_LINE.match(text)) and m.group("before"):
        # A 纪要 prints the issuer and the date under its number (templates do, §10.3).
        if P.ORG_NAME.match(m.group("before")):
            found.add("issuer", line.text, [m.group("before")], block)
            found.add("date", line.text, normalise_date(m), block)
            return True
    if (m := P.ORDER_NUMBER.match(text)) and found.kind == "order" and not found.has("doc_number"):
        found.add("doc_number", line.text, m.group("value"), block)
        return True
    if (m := P.SIGNER.search(line.text)) and not found.has("signer"):
        add_signer(found, line, m.group("value"))
        return True
    return False


def add_signer(found: Recognised, line: Line, text: str) -> None:
    names = signer_names(text)
    blank = all(P.PLACEHOLDER.match(n) for n in names)
    found.add("signer", line.text, names, line.block, placeholder=blank)


def read_title(lines: list[Line], index: int, found: Recognised, title_hint: str) -> int:
    """The title: a placeholder, one line, or up to four lines that together name a 文种;
    returns how many lines it took (0: none)."""
    first = lines[index]
    if P.PLACEHOLDER.match(first.squeezed) and P.TITLE_BLANK.search(first.squeezed):
        if found.has("issuer_mark") or found.has("doc_number") or found.has("issuer"):
            found.add("title", first.text, first.squeezed, first.block, placeholder=True)
            return 1
        return 0
    joined = ""
    for count in range(1, TITLE_MAX_LINES + 1):
        if index + count > len(lines):
            break
        line = lines[index + count - 1]
        if isinstance(line.block, _BOXES) or len(line.squeezed) > SHORT_LINE:
            break
        if line.squeezed[-1] in "。！？；:：，," or _PAGE_FACTS.search(line.squeezed):
            break  # (a page's dated meta line under the 版头, "发布时间：2026-11-21来源：…", is no title's)
        if P.head_label(line.squeezed):
            break  # ("工作简报" over "第3期": a bulletin's issue, no line of a title)
        if _numbers_a_sample(line.text):
            break  # ("某某报告范文 第1篇" over "关于…的报告": a 范文 page's sample marker, no title's line)
        joined += line.squeezed
        matched = (title_hint and joined == title_hint) or P.TITLE.match(joined)
        matched = matched or (count == 1 and P.BARE_TITLE.match(joined) and _has_masthead(found))
        if matched:
            for offset in range(count):
                part = lines[index + offset]
                found.add("title", part.text, joined, part.block)
            return count
    return 0


def _crumb_over_title(line: Line, below: list[Line]) -> bool:
    """"当前位置:首页> 某栏目> 关于…的通知" over "关于…的通知" (round 52): a school template site's notice,
    like the 31 own-tune sites title_forms.crumb_leaf was written on, prints its breadcrumb ending
    on the notice's name right over the name. The crumb names a 文种 too, and read as the title it
    put the site's path into the document's name; the line under it is the title."""
    from ..title_forms import crumb_leaf  # (the title modules read the 公文 parts)

    leaf = crumb_leaf(line.text)
    return bool(leaf and below and leaf == "".join(below[0].text.split()))


def _numbers_a_sample(text: str) -> bool:
    """The line numbers one of a 范文 page's samples by 篇 ("第1篇", "篇一", "标题 篇2")."""
    from ..headings.samples import sample_marker  # (the headings package reads the 公文 parts)

    return "篇" in text and sample_marker(text) is not None


# A label's colon, then a date as a page prints it: a line of the page's facts, never a title's.
_PAGE_FACTS = re.compile(r"[:：]\s*(?:19|20)\d{2}\s*[-/.年]")


def _has_masthead(found: Recognised) -> bool:
    return any(found.has(n) for n in ("issuer_mark", "issuer", "doc_number"))


def read_recipients(line: Line, found: Recognised) -> bool:
    """主送机关: the organisations, or a template's "[此处输入主送机关]：", ending in "："."""
    text = line.squeezed
    if len(text) > 200 or not (m := P.RECIPIENTS.match(text)):
        return False
    value = m.group("value")
    if P.PLACEHOLDER.match(value) and P.RECIPIENTS_BLANK.search(value):
        found.add("recipients", line.text, value, line.block, placeholder=True)
        return True
    if not (_has_masthead(found) or found.has("title")):
        return False
    found.add("recipients", line.text, value, line.block)
    return True


# --- the tail: 附件说明, 署名, 成文日期, 附注, 附件, 版记 ------------------------------------------


def read_tail(lines: list[Line], body_start: int, found: Recognised) -> None:
    end = len(lines)
    end = read_colophon(lines, body_start, end, found)
    date_at = find_date_line(lines, body_start, end)
    if date_at is None:
        return
    attachments_at = end
    for index in range(date_at + 1, end):
        if P.ATTACHMENT_START.match(lines[index].squeezed):
            attachments_at = index
            break
    note_at = date_at + 1
    if note_at < attachments_at and (m := P.NOTE.match(lines[note_at].squeezed)):
        found.add("note", lines[note_at].text, m.group("value"), lines[note_at].block)
    date_line = lines[date_at]
    m = P.DATE_LINE.match(date_line.squeezed)
    found.add("date", date_line.text, normalise_date(m), date_line.block)
    signature_at = date_at
    if m.group("before"):
        names = [P.squeeze(n) for n in date_line.text.split()[:-1]] or [m.group("before")]
        found.add("signature", date_line.text, " ".join(names), date_line.block)
    else:
        while signature_at - 1 >= body_start and date_at - signature_at < 3:
            line = lines[signature_at - 1]
            if not org_names(line) and not _is_order_signature(line.squeezed, found):
                break
            signature_at -= 1
        names = [n for line in lines[signature_at:date_at] for n in line.text.split()]
        for line in lines[signature_at:date_at]:
            found.add("signature", line.text, " ".join(names), line.block)
    read_attachment_notes(lines, body_start, signature_at, found)
    found.attachments = split_attachments(lines[attachments_at:end])


def org_names(line: Line) -> list[str]:
    """The organisation names on a line ("某市人民政府　某市委员会" holds two), or []."""
    names = [P.squeeze(n) for n in line.text.split()]
    if names and all(P.ORG_NAME.match(n) for n in names):
        return names
    return [line.squeezed] if P.ORG_NAME.match(line.squeezed) else []


def _is_order_signature(text: str, found: Recognised) -> bool:
    """A 令 is signed by the office and name ("省长　张某某", §10.2)."""
    return found.kind == "order" and len(text) <= 16 and not re.search(r"[。，；：]", text)


def read_colophon(lines: list[Line], start: int, end: int, found: Recognised) -> int:
    """版记 from the end: 印发机关和印发日期, then 抄送 above it; returns where it starts."""
    index = end
    while index - 1 >= start and end - index < 4:
        line = lines[index - 1]
        text = line.squeezed
        if len(text) > 3 * SHORT_LINE:  # a 抄送 line lists many organisations, but not pages
            break
        printed = P.PRINTED.search(line.text) or P.PRINTED.search(text)
        if printed:
            printer = P.squeeze(printed.group("printer"))
            found.add("printer", line.text, printer, line.block)
            found.add("print_date", line.text, normalise_date(P.DATE_LINE.match(P.squeeze(printed.group("date")))),
                      line.block)
            cc = P.CC.search(text)
            if cc and isinstance(line.block, pf.Table):
                found.add("cc", line.text, cc.group("value"), line.block)
        elif m := P.CC.match(text):
            found.add("cc", line.text, m.group("value"), line.block)
        else:
            break
        index -= 1
    return index


def find_date_line(lines: list[Line], start: int, end: int) -> int | None:
    """The 成文日期: the last date line before the 版记 that ends the main text: what follows
    it is nothing, a 附注 or an attachment."""
    for index in range(end - 1, start - 1, -1):
        line = lines[index]
        if len(line.squeezed) > SHORT_LINE or isinstance(line.block, _BOXES):
            continue
        m = P.DATE_LINE.match(line.squeezed)
        if not m or (m.group("before") and not P.ORG_NAME.match(m.group("before"))):
            continue
        following = lines[index + 1:end]
        if not following or P.NOTE.match(following[0].squeezed) or P.ATTACHMENT_START.match(following[0].squeezed):
            return index
        if any(P.ATTACHMENT_START.match(line.squeezed) for line in following):
            return index
    return None


def read_attachment_notes(lines: list[Line], start: int, end: int, found: Recognised) -> None:
    """附件说明 right above the 署名: "附件：1. …" and the numbered lines after it."""
    items: list[Line] = []
    index = end - 1
    while index >= start and len(items) < 20:
        line = lines[index]
        if head := P.ATTACHMENT_HEAD.match(line.squeezed):
            names = [head.group("value")]
            names += [P.ATTACHMENT_ITEM.match(i.squeezed).group("value") for i in reversed(items)]
            for part in (line, *reversed(items)):
                found.add("attachments", part.text, names, part.block)
            return
        if not P.ATTACHMENT_ITEM.match(line.squeezed):
            return
        items.append(line)
        index -= 1


def split_attachments(lines: list[Line]) -> list[list[pf.Element]]:
    groups: list[list[pf.Element]] = []
    for line in lines:
        if P.ATTACHMENT_START.match(line.squeezed) or not groups:
            groups.append([])
        groups[-1].append(line.block)
    return groups


# --- normal forms -------------------------------------------------------------------------

_CN_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "○": 0, "\uff2f": 0}
_FULL_DIGITS = str.maketrans({0xFF10 + d: str(d) for d in range(10)})  # full-width digits


def _number(text: str) -> str:
    """Arabic for "二〇二四" (digit by digit), "十二", "二十一"; masked digits stay as they are."""
    text = text.translate(_FULL_DIGITS)
    if text.isdigit():
        return str(int(text))
    if all(c in _CN_DIGIT for c in text):
        return "".join(str(_CN_DIGIT[c]) for c in text)
    if re.fullmatch(r"[一二三四五六七八九]?十[一二三四五六七八九]?", text):
        tens, _, ones = text.partition("十")
        return str(_CN_DIGIT.get(tens, 1) * 10 + _CN_DIGIT.get(ones, 0))
    return text


def normalise_date(m: re.Match[str] | None) -> str | None:
    """成文日期 as §7.3.5 writes it: Arabic numerals, the year in full, no leading zeros
    ("2024年3月3日"); a template's "20XX年XX月XX日" stays as it is."""
    if m is None:
        return None
    return f"{_number(m.group('year'))}年{_number(m.group('month'))}月{_number(m.group('day'))}日"


def normalise_doc_number(m: re.Match[str]) -> str:
    """发文字号 as §7.2.5 writes it: year in 〔〕, no 第, no leading zeros ("某政发〔2024〕1号")."""
    year = m.group("year").translate(_FULL_DIGITS)
    number = m.group("number").translate(_FULL_DIGITS)
    if number.isdigit():
        number = str(int(number))
    return f"{m.group('code')}〔{year}〕{number}号"


def signer_names(text: str) -> list[str]:
    """签发人 names: separated by blanks or 、 (a template's "□□□" is one blank name)."""
    return [n for n in re.split(r"[\s\u3000、，,]+", text.strip()) if n]
