"""Per-document run state, kept on the panflute Doc (never in module globals)."""

from __future__ import annotations

from dataclasses import dataclass, field

import panflute as pf

from .options import Options, build_options

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing: the filter's path never needs it
if TYPE_CHECKING:
    from typing import Any

META_KEY = "reportfmt"


@dataclass
class Report:
    """What the passes did to one document; the manifest is built from this."""

    title: str | None = None
    date: str | None = None
    author: str | None = None
    source: str | None = None
    # A government document's 文号 and issuer (its page's box of facts, or its 公文 parts).
    doc_number: str | None = None
    issuer: str | None = None
    removed: list[dict[str, str]] = field(default_factory=list)
    headings: list[dict[str, Any]] = field(default_factory=list)
    masks: list[dict[str, str]] = field(default_factory=list)
    # Pictures embedded in the outputs (read/images.Picture.record + caption) and those
    # dropped with the reason (remote, missing, too large...): read/images.py decides.
    images: list[dict[str, Any]] = field(default_factory=list)
    images_dropped: list[dict[str, str]] = field(default_factory=list)
    # 公文 parts recognised (passes/gongwen): field, text as found, normalised value.
    gongwen: list[dict[str, Any]] = field(default_factory=list)
    # Which extractor gave an HTML page's text ("reportfmt", "reportfmt+learned", a fallback's name, "whole-page").
    extractor: str | None = None

    def record_removed(self, text: str, rule: str) -> None:
        text = text.strip()
        if text:
            self.removed.append({"text": text, "rule": rule})


@dataclass
class RunState:
    """One document's run: its options, its report, and what the passes learned of it."""
    options: Options
    report: Report = field(default_factory=Report)
    # A document written by hand (read/document_kind.py): only the passes that cannot lose
    # a block or a character run on it; see pipeline.passes_for.
    authored: bool = False
    # What passes/gongwen recognised (a recognise.Recognised), for the metadata pass's title.
    gongwen: Any = None
    # The paragraphs the boilerplate pass found right under a Q&A site's answer label, by id (the
    # value holds the block, so that its id is no other's): the answerer's opening words, kept by
    # its lead-in steps in every settling round (the label is gone after the first).
    answer_openings: dict[int, Any] = field(default_factory=dict)
    # The paragraphs the boilerplate pass found right under a PDF's page number it removed, by id
    # (the value holds the block): the line-break pass rejoins a paragraph the page break split
    # and forgets them (boilerplate/page_breaks.py, linebreaks.join_page_breaks).
    page_breaks: dict[int, Any] = field(default_factory=dict)


def get_state(doc: pf.Doc, base: Options | None = None) -> RunState:
    """The document's run state, created on first use.

    Options from the document's `reportfmt:` metadata are merged over `base` and the key
    is removed so it never leaks into an output.
    """
    state = getattr(doc, META_KEY, None)
    if state is None:
        meta_layer = doc.get_metadata(META_KEY, default=None)
        if META_KEY in doc.metadata:
            del doc.metadata[META_KEY]
        # `pandoc -M reportfmt.layout=gongwen` gives a flat key with dots, not a nested map.
        dotted = {key.removeprefix(META_KEY + "."): pf.tools.meta2builtin(doc.metadata[key])
                  for key in list(doc.metadata.content) if key.startswith(META_KEY + ".")}
        for key in dotted:
            del doc.metadata[META_KEY + "." + key]
        options = (base or build_options()).merged(meta_layer if isinstance(meta_layer, dict) else None, dotted)
        state = RunState(options=options)
        _take_extraction(doc, state.report, tuple(options.boilerplate.rules))
        setattr(doc, META_KEY, state)
    return state


def _take_extraction(doc: pf.Doc, report: Report, rule_files: tuple[str, ...] = ()) -> None:
    """DOM extraction ran before the Doc existed (read/html.py): its removals come first.

    Each keeps its `extract.*` rule; one the boilerplate rules would name also gets the chrome
    family they give it (`"family": "paywall"`), which the review page and --dry-run show."""
    found = getattr(doc, "extraction", None)
    if found is None:
        return
    report.extractor = found.extractor
    if not found.removed:
        return
    # Imported here: only an HTML page with removals needs the rules before the passes do.
    from .passes.boilerplate.families import family_of_lines

    for removal in found.removed:
        record = removal.record()
        family = family_of_lines(getattr(removal, "lines", ()) or (removal.text[:200],), rule_files, removal.rule)
        if family is not None:
            record["family"] = family
        report.removed.append(record)
