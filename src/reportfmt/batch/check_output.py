"""`reportfmt check` output: text for people, JSON for tools, GitHub Actions annotations.

GitHub reads `::error file=F,line=N,title=T::message` lines from a step's output and shows
them on the pull request's lines; its escapes are %25 %0D %0A in the message, and also
%3A %2C in the properties.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable

from ..errors import ReportfmtError
from ..options import Options
from .check import SCHEMA_VERSION, SEVERITIES, FileCheck, check_inputs, fails

FORMATS = ("text", "json", "github")
FAIL_ON = (*SEVERITIES, "never")
EXCERPT_CHARS = 60
_GITHUB_LEVEL = {"info": "notice", "warning": "warning", "error": "error"}


def excerpt(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= EXCERPT_CHARS else flat[: EXCERPT_CHARS - 1] + "…"


def render_text(checks: list[FileCheck]) -> str:
    out = []
    for check in checks:
        if check.status != "ok":
            out.append(f"{check.file}: error: {check.error}")
            continue
        families = ", ".join(f"{family} {n}" for family, n in sorted(check.chrome.items())) or "none"
        kinds = ", ".join(f"{kind} {n}" for kind, n in sorted(check.masks["kinds"].items()))
        out.append(f"{check.file}: {len(check.findings)} findings; chrome left: {families}; "
                   f"masks {check.masks['count']}{f' ({kinds})' if kinds else ''}, "
                   f"suspicious {check.masks['suspicious']}; headings {check.headings}; "
                   f"extractor {check.extractor}")
        for finding in check.findings:
            where = f"{check.file}:{finding.line}" if finding.line else check.file
            text = f": {excerpt(finding.text)}" if finding.text else ""
            out.append(f"  {where}: {finding.severity} [{finding.code}] {finding.message}{text}")
    return "\n".join(out) + ("\n" if out else "")


def render_json(checks: list[FileCheck], fail_on: str) -> str:
    document = {"version": SCHEMA_VERSION, "fail_on": fail_on, "failed": fails(checks, fail_on),
                "files": [check.to_dict() for check in checks]}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _escape(value: str, *, prop: bool = False) -> str:
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return value.replace(":", "%3A").replace(",", "%2C") if prop else value


def render_github(checks: list[FileCheck]) -> str:
    out = []
    for check in checks:
        for finding in check.findings:
            props = [f"file={_escape(check.file, prop=True)}"]
            if finding.line:
                props.append(f"line={finding.line}")
            props.append(f"title={_escape(f'reportfmt {finding.code}', prop=True)}")
            text = f": {excerpt(finding.text)}" if finding.text else ""
            out.append(f"::{_GITHUB_LEVEL[finding.severity]} {','.join(props)}::"
                       f"{_escape(finding.message + text)}")
    return "\n".join(out) + ("\n" if out else "")


def run_check(args: argparse.Namespace, build: Callable[[argparse.Namespace], Options]) -> int:
    """Exit 0 when no finding is at or over --fail-on, 1 otherwise, 2 on bad usage."""
    try:
        options = build(args)
    except ReportfmtError as exc:
        print(f"reportfmt: {exc}", file=sys.stderr)
        return 2
    checks = check_inputs(args.inputs, options)
    if not checks:
        print("reportfmt: no input files found", file=sys.stderr)
        return 1
    if args.format == "json":
        sys.stdout.write(render_json(checks, args.fail_on))
    elif args.format == "github":
        sys.stdout.write(render_github(checks))
    else:
        sys.stdout.write(render_text(checks))
    return 1 if fails(checks, args.fail_on) else 0
