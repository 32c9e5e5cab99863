"""DOCX: pandoc writes from a lean copy of reference.docx, and its styles are put back after.

pandoc's DOCX writer spends about 0.17 ms of CPU per style of the reference document on
every call, whatever the document holds: on styles/reference.docx's 60 styles, ~10 of the
~24 ms a one-word page costs (`pandoc lua` loop, 3.9). What the styles put in the package
is word/styles.xml alone, and for a page that names only the reference's own styles that
part is the same for every page but for its head (docDefaults, where pandoc writes the
page's `lang`). So a process writes its first such page with the whole reference, keeps the
styles that follow the head, and writes the later ones from a copy holding only the styles
whose id pandoc could not derive from their name (RunInHeading for "Run-in Heading"; every
other id it derives itself), then puts the kept styles back behind the page's own head.

A page is written the slow way, with the whole reference, when it names a custom style the
reference lacks or has only as the other kind (a Div takes a paragraph style, a Span a
character style; pandoc adds one for it) or holds code (pandoc adds the highlighting
styles): its styles then differ from the kept ones. Every page that qualifies, the first
included, gets its styles part compressed by the same rewrite, so its bytes do not depend
on where it fell in its worker's order.
"""

from __future__ import annotations

import atexit
import functools
import io
import os
import re
import tempfile
import zipfile
from pathlib import Path

STYLES_PART = "word/styles.xml"
_STYLE = re.compile(r"<w:style .*?</w:style>", re.S)
_STYLE_ID = re.compile(r'w:styleId="([^"]*)"')
_STYLE_NAME = re.compile(r'<w:name w:val="([^"]*)"')
_BASED_ON = re.compile(r'<w:basedOn w:val="([^"]*)"')
_CUSTOM_STYLE = re.compile(rb'"custom-style","((?:[^"\\]|\\.)*)"')
_FIRST_STYLE = "<w:style "
_STYLES_END = "</w:styles>"


class LeanReference:
    """One reference.docx: its lean copy (a file pandoc reads) and, once a page written with
    the whole reference has shown them, the styles pandoc writes after the head."""

    def __init__(self, path: Path) -> None:
        self.path = path
        styles = _read_part(path.read_bytes(), STYLES_PART)
        # A Div takes a paragraph style, a Span a character style: a name the reference has
        # only as the other kind makes pandoc add a style of the right kind.
        self.names: dict[bytes, frozenset[bytes]] = {
            b"Div": _style_names(styles, "paragraph"), b"Span": _style_names(styles, "character")}
        self.lean_path = _lean_file(_lean_package(path.read_bytes(), styles))
        self.body: str | None = None  # from the first <w:style to the end, as pandoc wrote it

    def qualifies(self, doc_json: bytes) -> bool:
        """Whether pandoc's styles for this page are the reference's alone (see the module).
        A name written with an escape (not ASCII) is not matched: the slow way, as is safe."""
        if b'"t":"Code' in doc_json:  # Code and CodeBlock: highlighting styles
            return False
        for match in _CUSTOM_STYLE.finditer(doc_json):
            # An attribute holds strings only (a quote inside one is escaped), so the nearest
            # element type before it names the element it belongs to.
            owner = doc_json.rfind(b'"t":"', 0, match.start())
            kind = doc_json[owner + 5 : doc_json.find(b'"', owner + 5)] if owner >= 0 else b""
            if match.group(1) not in self.names.get(kind, ()):
                return False
        return True

    def learn(self, package: bytes) -> None:
        """Keep the styles of a qualifying page written with the whole reference. pandoc
        writes the page's `lang` into every w:lang of the part: a reference whose styles hold
        one (ours: only docDefaults, in the head) is never written from the lean copy."""
        body = _styles_body(_read_part(package, STYLES_PART))
        if body is not None and "<w:lang " not in body:
            self.body = body

    def restore(self, package: bytes):
        """For a page written from the lean copy: the edit of its styles part that puts the
        reference's styles back behind its head (for package_dates.fix_docx); None when that
        part is not the shape this expects (then write the page the slow way)."""
        styles = _read_part(package, STYLES_PART)
        start = styles.find(_FIRST_STYLE)
        if self.body is None or start < 0 or not styles.endswith(_STYLES_END):
            return None
        restored = styles[:start] + self.body
        return lambda _: restored


@functools.cache
def lean_reference(path: Path) -> LeanReference | None:
    """The process's LeanReference of `path`; None when it cannot be built (then pandoc
    always gets the whole reference)."""
    try:
        return LeanReference(path)
    except (OSError, KeyError, zipfile.BadZipFile, UnicodeDecodeError):
        return None


def _style_names(styles: str, kind: str) -> frozenset[bytes]:
    names = set()
    for match in _STYLE.finditer(styles):
        block = match.group(0)
        name = _STYLE_NAME.search(block)
        if name and f'w:type="{kind}"' in block[: block.find(">")]:
            names.add(name.group(1).encode("utf-8"))
    return frozenset(names)


def _read_part(package: bytes, name: str) -> str:
    with zipfile.ZipFile(io.BytesIO(package)) as archive:
        return archive.read(name).decode("utf-8")


def _styles_body(styles: str) -> str | None:
    start = styles.find(_FIRST_STYLE)
    return styles[start:] if start >= 0 and styles.endswith(_STYLES_END) else None


def _derived_id(name: str) -> str:
    return name.replace(" ", "")


def _lean_package(package: bytes, styles: str) -> bytes:
    """The reference with only the styles whose id is not their name without spaces, and the
    styles they are based on (pandoc drops a style whose parent it cannot find)."""
    blocks = {}
    for match in _STYLE.finditer(styles):
        style_id, name = _STYLE_ID.search(match.group(0)), _STYLE_NAME.search(match.group(0))
        blocks[style_id.group(1) if style_id else ""] = (match.group(0), name.group(1) if name else None)
    wanted = [sid for sid, (_, name) in blocks.items() if name is None or sid != _derived_id(name)]
    kept: set[str] = set()
    while wanted:
        sid = wanted.pop()
        if sid in kept or sid not in blocks:
            continue
        kept.add(sid)
        wanted.extend(_BASED_ON.findall(blocks[sid][0]))

    def keep(match: re.Match) -> str:
        style_id = _STYLE_ID.search(match.group(0))
        return match.group(0) if (style_id.group(1) if style_id else "") in kept else ""

    lean = _STYLE.sub(keep, styles).encode("utf-8")
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(package)) as zin, zipfile.ZipFile(out, "w") as zout:
        for info in zin.infolist():
            data = lean if info.filename == STYLES_PART else zin.read(info)
            zout.writestr(info, data, compress_type=info.compress_type)
    return out.getvalue()


def _lean_file(data: bytes) -> Path:
    """A file holding `data` that pandoc may read (--sandbox reads files named on its command
    line): in the cache folder, named by its contents and checked byte for byte before use
    (a damaged one is written again), so every worker of every run shares one; a temporary
    file of the process's when the cache is off or unwritable."""
    from ..resources import cache_dir, digest

    folder = cache_dir()
    if folder is not None:
        path = Path(folder) / f"reference-lean-{digest(data)}.docx"
        try:
            if path.read_bytes() == data:
                return path
        except OSError:
            pass
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=folder)
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.replace(temp, path)
            return path
        except OSError:
            pass
    fd, name = tempfile.mkstemp(prefix="reportfmt-reference-", suffix=".docx")
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
    atexit.register(_remove, name)
    return Path(name)


def _remove(name: str) -> None:
    try:
        os.unlink(name)
    except OSError:
        pass
