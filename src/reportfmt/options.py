"""One frozen Options object; defaults < config file < document metadata < CLI flags."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Mapping
from dataclasses import dataclass, field

from .errors import OptionsError

# typing (16 M instructions of a `pandoc --filter` call, re and enum aside) loads only where
# options are merged from metadata or a file: a document with none never needs it.
TYPE_CHECKING = False
if TYPE_CHECKING:  # pathlib costs `pandoc --filter` 20 M instructions to import: not on its path
    from pathlib import Path
    from typing import Any

MASK_STYLES = ("highlight", "box", "underline", "plain")
# Page layouts of DOCX and PDF: a well-set report, or a 公文 after GB/T 9704-2012; "auto" (the
# default) is the 公文 layout for a Word document the 公文 pass recognises as one, else the
# report's (passes/gongwen/__init__.py decides; web pages and markdown keep the report's).
LAYOUTS = ("auto", "report", "gongwen")
# 公文 variants (GB/T 9704-2012 §10): 文件格式, 信函格式, 命令(令)格式, 纪要格式; "" = recognised.
GONGWEN_KINDS = ("file", "letter", "order", "minutes")
# Mask detector names (passes/masks/find.py has one pattern each), in priority order when two
# candidates start at the same place. Named here so that options need not load the patterns.
MASK_DETECTORS = ("sensitive", "year", "asterisk", "cross", "underscore", "blank", "template", "bracket", "star",
                  "gap")


# How a forum thread's replies are kept (read/extraction/threads.py).
REPLY_MODES = ("keep", "sections", "drop")


@dataclass(frozen=True)
class ExtractOptions:
    """What the HTML extractor keeps of a page (read/extract.py)."""
    # keep: every post's text; sections: each reply under an "author · time" heading;
    # drop: the thread starter's post alone (replies recorded as removed).
    replies: str = "keep"


@dataclass(frozen=True)
class MetadataOptions:
    """The metadata pass (passes/metadata.py)."""
    enabled: bool = True


@dataclass(frozen=True)
class BoilerplateOptions:
    """The boilerplate pass (passes/boilerplate/) and the rule files it reads."""
    enabled: bool = True
    # Extra YAML rule files overlaid on the shipped ones (later files win by rule name).
    rules: tuple[str, ...] = ()


@dataclass(frozen=True)
class TypographyOptions:
    """The typography pass (passes/typography.py)."""
    enabled: bool = True


@dataclass(frozen=True)
class RawHtmlOptions:
    """The raw-HTML pass of hand-written documents (passes/rawhtml.py)."""
    # <sup>/<sub> become Superscript/Subscript; scripts, frames and event handlers go.
    enabled: bool = True


@dataclass(frozen=True)
class HeadingsOptions:
    """The headings pass (passes/headings/)."""
    enabled: bool = True
    # 第X条 articles become headings instead of paragraphs with a bold label.
    articles: bool = False
    # Run-in headings ("（一）加强组织建设。正文…") are split into their own heading.
    split_runin: bool = False


@dataclass(frozen=True)
class MasksOptions:
    """The masks pass (passes/masks/): which detectors run and how masks look."""
    enabled: bool = True
    style: str = "highlight"
    # Render every masked character as this glyph (e.g. "□"), keeping the count.
    glyph: str = ""
    # Which kinds of masking are detected (MASK_DETECTORS); the default finds them all.
    detect: tuple[str, ...] = MASK_DETECTORS
    # A values file (YAML) whose values replace the masks; see passes/masks/fill.py for its format.
    fill: str = ""


@dataclass(frozen=True)
class ImagesOptions:
    """Pictures a scraped page carries (beside it, in its archive, as data: URIs); see
    read/images.py. Remote pictures are never fetched, whatever these say."""

    embed: bool = True
    max_bytes: int = 10 * 1024**2  # per picture
    max_pixels: int = 40_000_000  # per picture (width x height), against decompression bombs
    max_count: int = 200  # per page


@dataclass(frozen=True)
class GongwenOptions:
    """The 公文 pass (passes/gongwen/) and the gongwen layout."""
    # Recognise 公文 parts (发文字号, 主送, 落款, 版记...) in the document (passes/gongwen/).
    enabled: bool = True
    # The variant for layout gongwen (GONGWEN_KINDS); empty: the document's `gongwen_kind`
    # metadata, else what the recogniser saw, else "file".
    kind: str = ""


@dataclass(frozen=True)
class DuplicatesOptions:
    """Batch-wide (batch/duplicates.py): documents whose cleaned text is the same, or shares
    at least `threshold` of its character 5-grams (Jaccard), are marked `duplicate_of`."""

    enabled: bool = True
    threshold: float = 0.7
    # Convert one copy of each group; the others are recorded as skipped duplicates.
    skip: bool = False


@dataclass(frozen=True)
class Options:
    """Every option of a run, one frozen object (build_options merges the layers)."""
    extract: ExtractOptions = field(default_factory=ExtractOptions)
    metadata: MetadataOptions = field(default_factory=MetadataOptions)
    boilerplate: BoilerplateOptions = field(default_factory=BoilerplateOptions)
    typography: TypographyOptions = field(default_factory=TypographyOptions)
    rawhtml: RawHtmlOptions = field(default_factory=RawHtmlOptions)
    headings: HeadingsOptions = field(default_factory=HeadingsOptions)
    masks: MasksOptions = field(default_factory=MasksOptions)
    images: ImagesOptions = field(default_factory=ImagesOptions)
    gongwen: GongwenOptions = field(default_factory=GongwenOptions)
    # DOCX/PDF page layout (LAYOUTS): "gongwen" lays the document out as a 公文; "auto" does so
    # for a Word document recognised as one, the report layout otherwise.
    layout: str = "auto"
    duplicates: DuplicatesOptions = field(default_factory=DuplicatesOptions)
    # Extra font directories for PDF output.
    font_paths: tuple[str, ...] = ()
    # Batch: a page holding several samples (篇一, 篇二…) also gives one document per sample.
    split_samples: bool = False
    # Seconds one input may take before its job is abandoned.
    timeout: float = 300.0
    # Larger inputs are refused with a clear error instead of exhausting memory.
    max_input_bytes: int = 64 * 1024**2
    # Archive safety (zip bombs): limits per input archive, nested archives included.
    archive_max_bytes: int = 2 * 1024**3  # total uncompressed bytes
    archive_max_ratio: int = 200  # uncompressed / compressed size of a member over 1 MiB
    archive_max_members: int = 100_000
    archive_max_depth: int = 2  # archives inside archives, this deep at most

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    def merged(self, *layers: Mapping[str, Any] | None) -> Options:
        """A copy with each layer applied in turn (later layers win)."""
        if not any(layers):
            return self  # frozen: nothing to apply is the same options (every document without
            # `reportfmt:` metadata asks; rebuilding them cost more than some passes)
        data = self.to_dict()
        for layer in layers:
            if layer:
                _apply(data, _nest(layer), path="", schema=type(self))
        return _build(type(self), data)


def build_options(*layers: Mapping[str, Any] | None) -> Options:
    """The precedence chain as one merge: pass layers lowest-first."""
    return Options().merged(*layers)


def load_config_file(path: str | Path) -> dict[str, Any]:
    """Read a YAML config file; options may sit at top level or under `reportfmt:`."""
    # Imported here: `pandoc --filter reportfmt` builds its options from the document's
    # metadata and reads no file, and PyYAML is 28 M instructions of a call to import.
    import yaml

    try:
        with open(path, encoding="utf-8") as file:
            data = yaml.safe_load(file.read()) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise OptionsError(f"cannot read config file: {exc}", source=str(path)) from exc
    if not isinstance(data, dict):
        raise OptionsError("config file must hold a mapping", source=str(path))
    return data.get("reportfmt", data)


def allowed_keys(schema: type = Options, prefix: str = "") -> list[str]:
    keys = []
    for f in dataclasses.fields(schema):
        sub = _dataclass_type(schema, f.name)
        if sub is not None:
            keys.extend(allowed_keys(sub, f"{prefix}{f.name}."))
        else:
            keys.append(prefix + f.name)
    return keys


def _nest(layer: Mapping[str, Any]) -> dict[str, Any]:
    """Turn dotted keys ("masks.style": "box") into nested mappings."""
    nested: dict[str, Any] = {}
    for key, value in layer.items():
        parts = str(key).split(".")
        node = nested
        for part in parts[:-1]:
            node = node.setdefault(part, {})
            if not isinstance(node, dict):
                raise OptionsError(f"option '{key}' conflicts with a plain value")
        if isinstance(value, Mapping):
            node.setdefault(parts[-1], {}).update(_nest(value))
        else:
            node[parts[-1]] = value
    return nested


def _apply(data: dict[str, Any], layer: dict[str, Any], path: str, schema: type) -> None:
    known = {f.name for f in dataclasses.fields(schema)}
    for key, value in layer.items():
        dotted = path + key
        if key not in known:
            allowed = ", ".join(allowed_keys(schema, path))
            raise OptionsError(f"unknown option '{dotted}'; allowed: {allowed}")
        sub = _dataclass_type(schema, key)
        if sub is not None:
            if not isinstance(value, Mapping):
                raise OptionsError(f"option '{dotted}' needs sub-keys, e.g. {dotted}.enabled")
            _apply(data[key], dict(value), dotted + ".", sub)
        else:
            data[key] = _coerce(dotted, value, _field_type(schema, key))


def _build(schema: type, data: dict[str, Any]):
    kwargs = {}
    for f in dataclasses.fields(schema):
        sub = _dataclass_type(schema, f.name)
        kwargs[f.name] = _build(sub, data[f.name]) if sub is not None else data[f.name]
    obj = schema(**kwargs)
    if isinstance(obj, ExtractOptions) and obj.replies not in REPLY_MODES:
        raise OptionsError(f"option 'extract.replies' must be one of {', '.join(REPLY_MODES)}")
    if isinstance(obj, MasksOptions) and obj.style not in MASK_STYLES:
        raise OptionsError(f"option 'masks.style' must be one of {', '.join(MASK_STYLES)}")
    if isinstance(obj, DuplicatesOptions) and not 0 < obj.threshold <= 1:
        raise OptionsError("option 'duplicates.threshold' must be above 0 and at most 1")
    if isinstance(obj, MasksOptions) and not set(obj.detect) <= set(MASK_DETECTORS):
        unknown = ", ".join(sorted(set(obj.detect) - set(MASK_DETECTORS)))
        raise OptionsError(f"option 'masks.detect': unknown {unknown}; allowed: {', '.join(MASK_DETECTORS)}")
    if isinstance(obj, Options) and obj.layout not in LAYOUTS:
        raise OptionsError(f"option 'layout' must be one of {', '.join(LAYOUTS)}, not {obj.layout!r}")
    if isinstance(obj, GongwenOptions) and obj.kind not in ("", *GONGWEN_KINDS):
        raise OptionsError(f"option 'gongwen.kind' must be one of {', '.join(GONGWEN_KINDS)}, not {obj.kind!r}")
    return obj


def _field_type(schema: type, name: str):
    return _type_hints(schema)[name]


@functools.cache
def _type_hints(schema: type) -> dict[str, Any]:
    # Resolving the string annotations compiles each one: once per class, not per merge
    # (every document merges its metadata layer).
    import typing

    return typing.get_type_hints(schema)


def _dataclass_type(schema: type, name: str) -> type | None:
    hint = _field_type(schema, name)
    return hint if dataclasses.is_dataclass(hint) else None


_TRUE = {"true", "yes", "on", "1"}
_FALSE = {"false", "no", "off", "0", ""}


def _coerce(key: str, value: Any, hint: Any) -> Any:
    """Metadata and CLI values arrive as strings; give them the field's type."""
    if hint is bool:
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower()
        if text in _TRUE | _FALSE:
            return text in _TRUE
        raise OptionsError(f"option '{key}' must be true or false, not {value!r}")
    if hint is int:
        try:
            return int(str(value).replace("_", ""))
        except (TypeError, ValueError):
            raise OptionsError(f"option '{key}' must be a whole number, not {value!r}") from None
    if hint is float:
        try:
            return float(value)
        except (TypeError, ValueError):
            raise OptionsError(f"option '{key}' must be a number, not {value!r}") from None
    import typing

    if typing.get_origin(hint) is tuple:
        items = value.split(",") if isinstance(value, str) else list(value)
        return tuple(str(item).strip() for item in items if str(item).strip())
    return "" if value is None else str(value)
