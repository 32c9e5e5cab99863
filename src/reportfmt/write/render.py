"""AST -> docx/epub/html/md/plain via pandoc; pdf via pandoc's typst writer + typst in-process."""

from __future__ import annotations

import dataclasses
import functools
import os
import re
import tempfile
from pathlib import Path

import panflute as pf

from ..errors import ReportfmtError
from ..options import Options
from ..passes.tables import LANDSCAPE_CLASS, SIZE_CLASSES
from ..resources import style_file
from . import package_dates
from .closing import has_closing, mark_closing, place_in_docx
from .conform import adapt_for, typst_metadata_args, typst_unchanged
from .custom_props import fill_lists
from .docx_styles import lean_reference
from .json_dump import dumps, dumps_laid_out
from .json_load import loads
from .notice_lines import has_lines, mark_lines
from .pandoc import run_pandoc
from .part_headings import centre_in_docx, has_part_headings
from .pictures import drop_alt_repeating_caption, place_pictures
from .sample_headings import has_sample_headings, samples_in_docx
from .tables import docx_table_styles, lay_out_tables
from .traditional_docx import is_traditional, traditional_fonts

FORMATS = {"docx": ".docx", "pdf": ".pdf", "epub": ".epub", "html": ".html", "md": ".md",
           "plain": ".txt"}


def parse_formats(spec: str) -> list[str]:
    formats = [f.strip().lower() for f in spec.split(",") if f.strip()]
    unknown = [f for f in formats if f not in FORMATS]
    if unknown or not formats:
        raise ReportfmtError(
            f"unknown output format {', '.join(unknown) or '(none)'}; choose from {', '.join(FORMATS)}"
        )
    return list(dict.fromkeys(formats))


def doc_to_json(doc: pf.Doc) -> str:
    """pf.dump's text, written faster (json_dump.py): a page is dumped once per job."""
    return dumps(doc)


class DocJson:
    """A document's JSON text (doc_to_json), written when a format first needs it and then
    shared by the others: DOCX writes its own laid-out text and often needs no other."""

    def __init__(self, doc: pf.Doc, text: str | None = None) -> None:
        self.doc, self.written = doc, text  # `written`: the text if some format needed it already

    @property
    def text(self) -> str:
        if self.written is None:
            self.written = doc_to_json(self.doc)
        return self.written


_UNADAPTED = ("docx", "md", "plain")
# The formats without a 公文 layout of their own (write/gongwen.adapt_for_flow).
_FLOWING = ("epub", "html", "md", "plain")


def _moved_lines(state) -> tuple[str, ...]:
    if state is None:
        return ()
    from ..passes.masks import moved_fields

    return moved_fields(state.report.removed, state.report.gongwen)


def render(doc: pf.Doc, fmt: str, options: Options, *, doc_json: str | DocJson | None = None) -> bytes:
    """One output's bytes. `doc` is not modified. Pass `doc_json` (a DocJson of `doc`, or its
    doc_to_json text) when rendering several formats: serialising a large document costs more
    than pandoc does."""
    dumped = doc_json if isinstance(doc_json, DocJson) else DocJson(doc, doc_json)
    state = getattr(doc, "reportfmt", None)
    if state is not None and state.options.layout != options.layout:
        # The document's own `reportfmt: {layout: gongwen}` metadata chose the layout.
        options = dataclasses.replace(options, layout=state.options.layout, gongwen=state.options.gongwen)
    gongwen = options.layout == "gongwen" and fmt in ("docx", "pdf")
    # EPUB, HTML, markdown and plain text keep the report layout: the 公文 lines the gongwen
    # pass moved come back (the title stays the title block's).
    moved = _moved_lines(state) if options.layout == "gongwen" and fmt in _FLOWING else ()
    files: dict[str, bytes] = {}
    authored = bool(state and state.authored)
    copy, data = doc, None
    if fmt == "docx" and not gongwen and not authored:
        data = _docx_in_place(doc, dumped)
    elif fmt == "pdf" and not gongwen and not authored:
        data = _typst_in_place(doc, options)
    elif not gongwen and not moved and not _needs_copy(doc, dumped.text, fmt, authored):
        data = dumped.text.encode("utf-8")
    if data is None:
        doc_json = dumped.text
        copy = loads(doc_json)
        # Kept pictures get their bytes (pictures.py) and tables their per-writer layout
        # (tables.py) before conform.py adapts the rest.
        files = place_pictures(copy, fmt, getattr(doc, "pictures", None))
        copy = drop_alt_repeating_caption(copy)  # after placing: a placed picture stays
        if not authored or fmt == "docx":
            # A hand-written document's tables keep their own look, but in DOCX their cells
            # take the table text styles: pandoc's "Compact" is the body's 3号.
            copy = lay_out_tables(copy, fmt)
        if fmt == "docx" and not gongwen:
            copy = mark_closing(copy, fmt)  # DOCX is not adapted otherwise (conform.py)
            copy = mark_lines(copy, fmt)  # after the closing block, which reads the 抄送 line
        if moved:
            from .gongwen import adapt_for_flow

            # Plain text prints no title block: a title the gongwen pass took from the body comes back.
            titled = fmt == "plain" and any(r["rule"] == "gongwen.title" for r in state.report.removed)
            copy = adapt_for_flow(copy, options, moved, title=titled)
        flow_date = bool(moved) and getattr(copy, "date_in_closing", False)  # the 成文日期 at the end
        if fmt not in _UNADAPTED:
            # The copy is read back from JSON: whether the document was written by hand comes from `doc`.
            copy = adapt_for(copy, fmt, options, authored=authored,
                             title=state.report.title if state else None)
        if gongwen:
            from . import gongwen as layout  # the 公文 layout (styles/gongwen.*)

            title = pf.stringify(copy.metadata["title"]) if "title" in copy.metadata else ""
            copy = layout.adapt_for_typst(copy, options) if fmt == "pdf" else layout.adapt_for_docx(copy, options)
        once = not authored and not gongwen and (flow_date or getattr(copy, "date_in_closing", False))
        copy.date_in_closing = once
        if once and fmt == "docx":
            del copy.metadata["date"]  # printed once, in the closing block (closing.py); DOCX has no other use
        data = doc_to_json(copy).encode("utf-8")
    if fmt == "pdf":
        from .pdf import compile_pdf  # typst and its fonts load only when PDF is asked for

        template = "gongwen.typst" if gongwen else "reportfmt.typst"
        typst_source = run_pandoc(
            ["-f", "json", "-t", "typst", "--template", str(style_file(template)),
             *typst_metadata_args(copy)],
            data, timeout=options.timeout,
        )
        return compile_pdf(typst_source.decode("utf-8"), font_paths=tuple(options.font_paths), files=files)
    if fmt == "docx" and not gongwen:
        places = getattr(copy, "closing_docx", None)  # the closing lines' places (closing.py)
        return _write_docx(data, options, document=_docx_document_edit(copy, places),
                           traditional=is_traditional(copy), custom=fill_lists(copy))
    args = pandoc_writer_args(fmt)
    if fmt == "docx" and gongwen:
        args = ["-t", "docx", "--reference-doc", str(style_file(layout.reference_docx(copy, options)))]
    output = run_pandoc(["-f", "json", *args, "-o", "-"], data, timeout=options.timeout)
    if fmt == "html" and getattr(copy, "date_in_closing", False):
        output = _HTML_TITLE_DATE.sub(b"", output, count=1)  # printed once, in the closing block
    if fmt == "docx" and gongwen:
        output = layout.set_core_title(output, title)
    if fmt == "docx":
        output = package_dates.fix_docx(output, styles=traditional_fonts if is_traditional(copy) else None,
                                        custom=fill_lists(copy))
    elif fmt == "epub":
        output = package_dates.fix_epub(output, has_date=bool(copy.get_metadata("date", default=None)),
                                        title_page_date=not getattr(copy, "date_in_closing", False))
    return output


# pandoc's HTML title header prints the metadata date under the title (its <meta name="dcterms.date">
# in the head stays).
# (a masked date holds its spans: "20<span class="masked">××</span>年")
_HTML_TITLE_DATE = re.compile(rb'(?<=</h1>)\s*<p class="date">(?:[^<]|<(?!/p>))*</p>(?=\s*</header>)')


def _docx_document_edit(doc: pf.Doc, places: list[str] | None):
    """What word/document.xml needs after pandoc: the closing lines' places (closing.py), part
    headings centred (part_headings.py), a samples page's heading looks (sample_headings.py);
    None when none applies (most pages)."""
    centre = has_part_headings(doc)
    samples = has_sample_headings(doc)
    if not places and not centre and not samples:
        return None

    def edit(xml: str) -> str:
        if places:
            xml = place_in_docx(xml, places)
        if centre:
            xml = centre_in_docx(xml)
        return samples_in_docx(xml) if samples else xml

    return edit


def _write_docx(data: bytes, options: Options, document=None, *, traditional: bool = False,
                custom=None) -> bytes:
    """pandoc's DOCX of `data` with styles/reference.docx, written from its lean copy when the
    page allows (docx_styles.py: ~10 ms of pandoc's CPU a page); `document` edits its
    word/document.xml and `custom` its docProps/custom.xml (package_dates.fix_docx); a
    `traditional` page's styles name fonts that hold traditional characters (traditional_docx.py)."""
    def fonts(restore):
        if not traditional:
            return restore
        return traditional_fonts if restore is None else (lambda xml: traditional_fonts(restore(xml)))

    reference = style_file("reference.docx")
    lean = lean_reference(reference) if reference.is_file() else None
    if lean is not None and lean.qualifies(data):
        if lean.body is not None:
            output = run_pandoc(["-f", "json", "-t", "docx", "--reference-doc", str(lean.lean_path), "-o", "-"],
                                data, timeout=options.timeout)
            styles = lean.restore(output)
            if styles is not None:
                return package_dates.fix_docx(output, styles=fonts(styles), document=document, custom=custom)
        output = run_pandoc(["-f", "json", *pandoc_writer_args("docx"), "-o", "-"], data, timeout=options.timeout)
        lean.learn(output)
        # Its styles part compressed again as the later pages' are: a page's bytes do not
        # depend on whether it was its process's first (--jobs, re-runs, SOURCE_DATE_EPOCH).
        return package_dates.fix_docx(output, styles=fonts(lean.restore(output)), document=document, custom=custom)
    output = run_pandoc(["-f", "json", *pandoc_writer_args("docx"), "-o", "-"], data, timeout=options.timeout)
    return package_dates.fix_docx(output, styles=fonts(None), document=document, custom=custom)


def _docx_in_place(doc: pf.Doc, dumped: DocJson) -> bytes | None:
    """The JSON pandoc writes DOCX from, when the only change DOCX makes is inside the tables'
    cells: written while dumping (json_dump.dumps_laid_out), with no copy of the document.
    None when a copy must be laid out: a picture needs its bytes, a landscape table its own
    section, or a table sits where panflute's own to_json wrote it. The checks read the JSON,
    which names every element type and class it holds (cheaper than a walk)."""
    if has_closing(doc) or has_lines(doc):
        return None  # the signer and date, a notice's own lines get their styles on a copy
    text = dumped.written  # by an earlier format: then a page without tables is not written again
    if text is not None and '"t":"Table"' not in text:
        return None if '"t":"Image"' in text else text.encode("utf-8")
    laid_out, tables = dumps_laid_out(doc, docx_table_styles)
    if tables == 0 and text is None:
        dumped.written = laid_out  # nothing was laid out: it is doc_to_json's text, for later formats
    if '"t":"Image"' in laid_out or f'"{LANDSCAPE_CLASS}"' in laid_out or tables != laid_out.count('"t":"Table"'):
        return None
    return laid_out.encode("utf-8")


def _typst_in_place(doc: pf.Doc, options: Options) -> bytes | None:
    """The JSON pandoc writes a scraped page's typst from, its changes for typst written while
    dumping (typst_dump.py), with no copy of the document; None when a copy must be adapted."""
    if has_closing(doc) or has_lines(doc):
        return None  # the signer and date, a notice's own lines are laid out on a copy
    from .typst_dump import dumps_for_typst  # (PDF only)

    text = dumps_for_typst(doc, options.masks.style)
    return None if text is None else text.encode("utf-8")


def _needs_copy(doc: pf.Doc, doc_json: str, fmt: str, authored: bool) -> bool:
    """Whether a format other than laid-out DOCX needs a changed copy of `doc`, decided
    mostly on its JSON: pictures get their bytes (DOCX, markdown, PDF), tables their DOCX
    cell styles (a scraped page's are laid out while dumping: _docx_in_place), a small or landscape
    typst table its size, and every format but DOCX, markdown and plain text is adapted
    (conform.py)."""
    if fmt in ("docx", "md", "pdf") and '"t":"Image"' in doc_json:
        return True
    if fmt == "docx" and '"t":"Table"' in doc_json:
        return True  # a hand-written document's table cells get their styles (lay_out_tables)
    if fmt not in ("md", "plain") and (has_closing(doc) or has_lines(doc)):
        return True  # the signer and date, a notice's own lines are laid out on a copy
    if fmt == "pdf":
        sized = not authored and any(f'"{name}"' in doc_json for name in SIZE_CLASSES)
        return sized or not typst_unchanged(doc)
    return fmt not in _UNADAPTED


def pandoc_writer_args(fmt: str) -> list[str]:
    if fmt == "docx":
        return ["-t", "docx", *_if_exists("--reference-doc", "reference.docx")]
    if fmt == "epub":
        # --css is hidden by --sandbox; an inline <style> in every page is not.
        return ["-t", "epub3", "--toc", "--toc-depth=4", "-H", str(css_include())]
    if fmt == "html":
        return ["-t", "html5", "--standalone", "-H", str(css_include())]
    if fmt == "md":
        # -smart keeps Chinese curly quotes as they are.
        return ["-t", "markdown-smart", "--standalone", "--wrap=none"]
    if fmt == "plain":
        return ["-t", "plain", "--wrap=none"]
    raise ReportfmtError(f"unknown output format {fmt}")


def _if_exists(flag: str, name: str) -> list[str]:
    path = style_file(name)
    return [flag, str(path)] if path.is_file() else []


@functools.cache
def css_include() -> Path:
    """styles/epub.css wrapped in <style>, in a per-process temp file pandoc may read."""
    css_path = style_file("epub.css")
    css = css_path.read_text(encoding="utf-8") if css_path.is_file() else ""
    handle = tempfile.NamedTemporaryFile("w", suffix=".html", prefix="reportfmt-css-",
                                         delete=False, encoding="utf-8")
    with handle:
        handle.write(f"<style>\n{css}\n</style>\n")
    return Path(handle.name)


def write_atomic(dest: Path, data: bytes) -> None:
    """Write to a temp file beside `dest`, then rename: a file is complete or absent."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".part", dir=dest.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        # mkstemp creates 0600; outputs should get the usual permissions.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, dest)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_outputs(doc: pf.Doc, formats: list[str], stem: Path, options: Options) -> dict[str, str]:
    """Write every requested format next to `stem` (a path without extension)."""
    outputs = {}
    for fmt in formats:
        dest = stem.with_name(stem.name + FORMATS[fmt])
        write_atomic(dest, render(doc, fmt, options))
        outputs[fmt] = str(dest)
    return outputs
