"""公文 pass: the parts of a 公文 (GB/T 9704-2012) found in the document become metadata.

recognise.py finds them (发文机关标志, 发文字号, 签发人, 标题, 主送, 附件说明, 署名, 成文日期,
附注, 抄送, 印发…) in scraped notices and in Word or markdown 公文 alike; patterns.py says
what each line looks like. What happens then depends on the layout:

- `layout: auto` (the default): the `gongwen` layout for a Word document (docx, ODT) recognised
  as a 公文 (MIN_SCORE), whose author laid it out as one; the `report` layout for anything else.
  Web pages and markdown keep the report layout, and so does everything under `pandoc --filter`
  (filter.py: there the 公文 layout's reference document is pandoc's to name). The choice is
  made once, here, and kept in the run's options, which the writers read.
- `layout: report`: nothing in the body moves. The fields the report layout
  does not print (issuer, doc_number, signer, recipients…) are added to the metadata, where
  the document has none of its own, and the metadata pass takes the title from the title
  line, never from a 版头 line ("文件", "★", the issuer's name).
- `layout: gongwen`: the recognised lines leave the body (recorded as `gongwen.<field>`) and
  fill the fields the 公文 layout prints (write/gongwen.py); a body title and a 成文日期 line
  win over a page's <title> and publication date. Attachments (附件) stay, each in a Div.

A field the document's metadata already has (typed by a writer) is never overwritten,
except `title` and `date` as said. The manifest's `gongwen` lists every part recognised.
"""

from __future__ import annotations

import dataclasses

import panflute as pf

from ...read.document_kind import is_word_document
from ...state import RunState, get_state
from ..elements import block_text, no_action, run_pass
from ..metadata import strip_site_suffix
from ..page_facts import normalise_date
from .recognise import MIN_SCORE, Recognised, recognise

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing: the filter's path never needs it
if TYPE_CHECKING:
    from typing import Any

    from ...options import Options

ATTACHMENT_CLASS = "gongwen-attachment"
# Fields pandoc's writers print by themselves (a title block): set only for layout gongwen,
# whose writer prints them in their 公文 places instead.
PRINTED_BY_PANDOC = {"title", "date"}
# Fields that hold several values (joint issuers, several signers, attachment names).
LIST_FIELDS = {"issuer", "signer", "attachments"}


def prepare(doc: pf.Doc) -> None:
    state = get_state(doc)
    options = state.options
    if not options.gongwen.enabled:
        settle_layout(state, gongwen=False)
        return
    title = doc.get_metadata("title", default="")
    found = recognise(doc, strip_site_suffix(title) if isinstance(title, str) else "")
    keep_taken_parts(found, state.gongwen, doc)
    options = settle_layout(state, gongwen=is_word_document(doc) and found.score() >= MIN_SCORE)
    gongwen_layout = options.layout == "gongwen"
    if found.score() < (1 if gongwen_layout else MIN_SCORE):
        # Too little to call it a 公文; keep what an earlier round recognised.
        return
    state.gongwen = found
    state.report.gongwen = [part.record() for part in found.parts]
    if gongwen_layout:
        apply_layout(doc, found)
    else:
        add_metadata(doc, found.fields(), skip=PRINTED_BY_PANDOC)
        date_from_infobox(doc, found)


action = no_action  # all the work is in prepare: no walk (elements.run_pass)


def finalize(doc: pf.Doc) -> None:
    return None


def main(doc: pf.Doc | None = None) -> pf.Doc | None:
    return run_pass(action, prepare, finalize, doc)


def settle_layout(state: RunState, *, gongwen: bool) -> Options:
    """Layout `auto` made `gongwen` or `report` for the rest of the run (the passes repeat, the
    writers read the run's options); a layout the user named stays."""
    if state.options.layout == "auto":
        state.options = dataclasses.replace(state.options, layout="gongwen" if gongwen else "report")
    return state.options


def keep_taken_parts(found: Recognised, previous: Recognised | None, doc: pf.Doc) -> None:
    """The passes repeat as a group (pipeline.SETTLING): a part an earlier round recognised
    whose line another pass has since taken out of the body (a 通告's first line, both its
    mark and its title, taken as the title) is still part of the document."""
    if previous is None:
        return
    for part in previous.parts:
        gone = part.block is not None and not any(part.block is b for b in doc.content)
        if gone and not found.has(part.field):
            found.parts.append(part)


def date_from_infobox(doc: pf.Doc, found: Recognised) -> None:
    """A site's box of the document's facts (索引号, 发布机构, 文号, 成文日期) dates a document that has
    no date yet by its 成文日期 (under `pandoc --filter` the page's box is in the body: no date line
    above the text says it). The box itself stays where it is: web-gold's annotators kept such a box
    as the page's text (taking it out cost one page's recall 0.19)."""
    for part in found.parts:
        if part.field != "infobox":
            continue
        signed = normalise_date(str(part.value.get("date", "")))
        if signed and "date" not in doc.metadata:
            doc.metadata["date"] = pf.MetaString(signed)


def add_metadata(doc: pf.Doc, fields: dict[str, Any], *, skip: set[str] = frozenset(),
                 overwrite: set[str] = frozenset()) -> None:
    """Recognised values into the metadata; a value the document already has stays."""
    for name, value in fields.items():
        if name in skip or (name in doc.metadata and name not in overwrite):
            continue
        doc.metadata[name] = to_meta(name, value)


def to_meta(name: str, value: Any) -> pf.MetaValue:
    if name in LIST_FIELDS:
        items = value if isinstance(value, list) else [value]
        return pf.MetaList(*(pf.MetaInlines(pf.Str(str(v))) for v in items))
    return pf.MetaInlines(pf.Str(str(value)))


def apply_layout(doc: pf.Doc, found: Recognised) -> None:
    """Move the recognised lines out of the body into the fields, wrap each attachment."""
    report = get_state(doc).report
    parts_of = {}
    for part in found.parts:
        if part.block is not None:
            parts_of.setdefault(id(part.block), part.field)
    kept = []
    for block in doc.content:
        name = parts_of.get(id(block))
        if name is None:
            kept.append(block)
        else:
            report.record_removed(block_text(block) or pf.stringify(block), f"gongwen.{name}")
    attachments = {id(group[0]): group for group in found.attachments if group}
    members = {id(b) for group in found.attachments for b in group}
    body: list[pf.Element] = []
    for block in kept:
        if id(block) in attachments:
            body.append(pf.Div(*attachments[id(block)], classes=[ATTACHMENT_CLASS]))
        elif id(block) not in members:
            body.append(block)
    doc.content = body
    add_metadata(doc, found.fields(placeholders=True), overwrite={"title", "date"})
