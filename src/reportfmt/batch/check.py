"""`reportfmt check FILES`: is this document clean? Findings per file, nothing written.

The check runs the same reading and passes as `reportfmt convert` and reports what they
would still do to the file: blocks the rules would remove (chrome left, by rule family),
half-width punctuation typography would change, masks (suspicious ones as findings), and
heading problems no pass can fix (a number skipped, a level skipped, a heading with no
body). A file `convert` produced reports nothing: running the passes again changes nothing.

Severities, lowest first: info < warning < error. `--fail-on` picks the lowest that fails.
The JSON form is described in docs/check.md and by check.schema.json beside this module.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any

import panflute as pf

from ..errors import ReportfmtError
from ..options import Options
from ..passes.headings.numbering import parse_marker
from ..passes.typography import HALF_TO_FULL, typeset
from ..read.encodings import decode
from .job import process_bytes
from .sources import iter_sources

SEVERITIES = ("info", "warning", "error")
SCHEMA_VERSION = 1
# Masks made by these detectors hide something a reader cannot see was there.
SUSPICIOUS_DETECTORS = {"gap": "text deleted without a placeholder",
                        "sensitive": "a word filtered character by character"}
# A mask this long hides a passage, or is a separator line read as one.
LONG_MASK_CHARS = 12
_HALF_WIDTH = (*HALF_TO_FULL, "(", ")")


@dataclass
class Finding:
    severity: str
    code: str  # chrome.<family>, heading.gap, heading.level-skipped, heading.empty, ...
    message: str
    text: str = ""
    rule: str | None = None
    line: int | None = None  # 1-based line of the input where `text` starts, when found


@dataclass
class FileCheck:
    file: str
    status: str = "ok"  # ok | error (the file could not be read or cleaned)
    error: str | None = None
    extractor: str | None = None
    chrome: dict[str, int] = field(default_factory=dict)  # rule family -> blocks left
    masks: dict[str, Any] = field(default_factory=dict)
    headings: int = 0
    findings: list[Finding] = field(default_factory=list)

    def worst(self) -> int:
        return max((SEVERITIES.index(f.severity) for f in self.findings), default=-1)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["counts"] = dict(Counter(f.severity for f in self.findings))
        return data


def check_inputs(inputs: list[str], options: Options) -> list[FileCheck]:
    checks = []
    for source in iter_sources(inputs, options):
        if source.skipped:
            continue
        if source.error:
            checks.append(failed(source.label, source.error))
            continue
        try:
            data = source.read()
        except OSError as exc:
            checks.append(failed(source.label, f"{source.label}: {exc.strerror or exc}"))
            continue
        checks.append(check_bytes(data, source.label, options))
    return checks


def failed(label: str, message: str) -> FileCheck:
    return FileCheck(label, status="error", error=message,
                     findings=[Finding("error", "input", message)])


def check_bytes(data: bytes, label: str, options: Options) -> FileCheck:
    """Every finding for one input; a file that cannot be read is one error finding."""
    try:
        processed = process_bytes(data, label, options)
    except ReportfmtError as exc:
        return failed(label, str(exc) if str(exc).startswith(label) else f"{label}: {exc}")
    except Exception as exc:  # one input's bug stays one line, as in convert
        return failed(label, f"{label}: {type(exc).__name__}: {' '.join(str(exc).split())}")
    report = processed.report
    check = FileCheck(label, extractor=report.extractor, headings=len(report.headings))
    for removed in report.removed:
        family = removed["rule"].split(".", 1)[0]
        check.chrome[family] = check.chrome.get(family, 0) + 1
        check.findings.append(Finding("error", f"chrome.{family}", f"{family} block left ({removed['rule']})",
                                      removed["text"], removed["rule"]))
    check.masks, suspicious = mask_summary(report.masks)
    check.findings.extend(suspicious)
    check.findings.extend(punctuation_findings(processed.read_texts, report.removed))
    check.findings.extend(heading_findings(processed.doc))
    locate_lines(check.findings, data, label)
    return check


def mask_summary(masks: list[dict[str, str]]) -> tuple[dict[str, Any], list[Finding]]:
    findings = []
    for mask in masks:
        why = SUSPICIOUS_DETECTORS.get(mask.get("detector", ""))
        if why is None and len(mask["text"]) >= LONG_MASK_CHARS:
            why = f"{len(mask['text'])} masked characters in a row"
        if why:
            findings.append(Finding("warning", "mask.suspicious", f"suspicious mask: {why}",
                                    mask["context"].replace("\n", " ")))
    summary = {"count": len(masks), "kinds": dict(Counter(m["kind"] for m in masks)),
               "detectors": dict(Counter(m.get("detector", "") for m in masks)),
               "suspicious": len(findings)}
    return summary, findings


def punctuation_findings(read_texts: list[str], removed: list[dict[str, str]]) -> list[Finding]:
    """Half-width punctuation in Chinese text: what the typography pass would make full-width.

    Blocks that are removed anyway (already reported as chrome) are not reported twice."""
    gone = {"".join(r["text"].split()) for r in removed}
    counts: Counter[str] = Counter()
    blocks: list[str] = []
    for text in read_texts:
        if not text or "".join(text.split()) in gone:
            continue
        fixed = typeset(text)
        changed = {ch: text.count(ch) - fixed.count(ch) for ch in _HALF_WIDTH}
        changed = {ch: n for ch, n in changed.items() if n > 0}
        if changed:
            counts.update(changed)
            blocks.append(text)
    if not blocks:
        return []
    # One finding per file (at its first block): the habit is the page's, not one line's.
    marks = " ".join(f"'{ch}'×{n}" for ch, n in counts.most_common())
    return [Finding("warning", "punctuation.mixed",
                    f"half-width punctuation in Chinese text in {len(blocks)} blocks ({marks})", blocks[0])]


def heading_findings(doc: pf.Doc) -> list[Finding]:
    """A numbered sequence that skips (一、 then 三、), a skipped level, a heading with no body."""
    from ..passes.elements import block_text

    findings = []
    # The last number seen per (level, marker family), reset under each new parent heading.
    last: dict[tuple[int, str], int] = {}
    previous_level = 0
    blocks = list(doc.content)
    for index, block in enumerate(blocks):
        if not isinstance(block, pf.Header):
            continue
        text = block_text(block)
        level = block.level
        if previous_level and level > previous_level + 1:
            findings.append(Finding("warning", "heading.level-skipped",
                                    f"heading level {level} under a level {previous_level} heading", text))
        previous_level = level
        for key in [k for k in last if k[0] > level]:
            del last[key]
        marker = parse_marker(text)
        if marker is not None:
            key = (level, marker.family)
            expected = last.get(key, 0) + 1
            if marker.number != expected:
                findings.append(Finding("warning", "heading.gap",
                                        f"heading numbered {marker.number} where {expected} was expected", text))
            last[key] = marker.number
        following = next((b for b in blocks[index + 1:]), None)
        if following is None or (isinstance(following, pf.Header) and following.level <= level):
            findings.append(Finding("warning", "heading.empty", "heading with no body", text))
    return findings


def locate_lines(findings: list[Finding], data: bytes, label: str) -> None:
    """The input line where each finding's text starts (spaces, widths and tags ignored)."""
    import re
    import unicodedata

    try:
        lines = decode(data, label).splitlines()
    except ReportfmtError:
        return
    tag = re.compile(r"<[^>]*>")

    def skeleton(text: str) -> str:
        return "".join(unicodedata.normalize("NFKC", tag.sub("", text)).split())

    squeezed = [skeleton(line) for line in lines]
    for finding in findings:
        probe = skeleton((finding.text.splitlines() or [""])[0])[:16]
        if not probe:
            continue
        # A line starting with the text, else one holding it (a lead-in may quote the title).
        finding.line = (next((n for n, line in enumerate(squeezed, 1) if line.startswith(probe)), None)
                        or next((n for n, line in enumerate(squeezed, 1) if probe in line), None))


def fails(checks: list[FileCheck], fail_on: str) -> bool:
    if fail_on == "never":
        return False
    threshold = SEVERITIES.index(fail_on)
    return any(check.worst() >= threshold for check in checks)
