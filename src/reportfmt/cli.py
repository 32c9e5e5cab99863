"""Command line: argument parsing only; `run(argv) -> exit code`."""

from __future__ import annotations

import os
import sys

from .errors import ReportfmtError

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (and re) at start-up
if TYPE_CHECKING:
    import argparse

    from .options import Options

# argparse, logging and the options load where they are used: pandoc starts the console
# script once per document, and filter.py decides what a document needs (nothing, when it
# holds no Chinese text).

COMMANDS = ("convert", "masks", "check", "defaults")
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
EXIT_INTERRUPTED = 130


def main() -> None:
    """Console-script entry: a pandoc filter when pandoc runs us, the CLI otherwise."""
    argv = sys.argv[1:]
    if "PANDOC_VERSION" in os.environ and (not argv or argv[0] not in COMMANDS):
        from .filter import exit_now, run_filter

        exit_now(run_filter(argv))
    configure_logging()
    if argv and argv[0] == "convert":
        sys.exit(run_convert(argv))
    sys.exit(run(argv))


def run_convert(argv: list[str]) -> int:
    """`reportfmt convert` from the console script: the batch's parent process compiles what its
    workers compile on import (~430 patterns, most of its start-up), so it seeds re from the
    workers' file of compiled patterns first and stores its new ones at the end
    (passes/regex_cache.py, batch/worker_start.py). Not in run(), which tests call in-process."""
    from .passes import regex_cache

    regex_cache.seed(regex_cache.WORKER_SCOPE)
    code = run(argv)
    try:
        regex_cache.save(regex_cache.WORKER_SCOPE)
    except Exception:  # a cache that cannot be written costs time only
        pass
    return code


def configure_logging() -> None:
    import logging

    logging.basicConfig(level=logging.INFO, format="reportfmt: %(message)s", stream=sys.stderr)


def build_parser() -> argparse.ArgumentParser:
    import argparse

    from .resources import VERSION

    parser = argparse.ArgumentParser(
        prog="reportfmt",
        description="Clean scraped Chinese report pages into structured DOCX, PDF and EPUB.",
    )
    parser.add_argument("--version", action="version", version=f"reportfmt {VERSION}")
    sub = parser.add_subparsers(dest="command", required=True)
    convert = sub.add_parser("convert", help="convert files and directories")
    convert.add_argument("inputs", nargs="+", metavar="INPUT", help="files or directories")
    convert.add_argument("-o", "--output", required=True, metavar="OUTDIR", help="output folder")
    convert.add_argument("--to", default="docx", help="comma-separated: docx,pdf,epub,html,md,plain")
    convert.add_argument("--config", metavar="FILE", help="YAML options file")
    convert.add_argument("--rules", action="append", default=[], metavar="FILE",
                         help="extra boilerplate rule file (repeatable)")
    convert.add_argument("--font-path", action="append", default=[], metavar="DIR",
                         help="extra font directory for PDF (repeatable)")
    convert.add_argument("-M", "--option", action="append", default=[], metavar="KEY=VALUE",
                         help="set an option, e.g. -M masks.style=box (repeatable)")
    convert.add_argument("--dry-run", action="store_true",
                         help="print what would be removed and why; write nothing")
    convert.add_argument("-q", "--quiet", action="store_true", help="only errors on stderr")
    convert.add_argument("-j", "--jobs", type=int, default=None, metavar="N",
                         help="worker processes (default: all cores)")
    convert.add_argument("--cluster", metavar="dask://HOST:PORT",
                         help="run the jobs on a Dask cluster (needs reportfmt[dask])")
    convert.add_argument("--force", action="store_true",
                         help="convert again even inputs unchanged since the last run")
    convert.add_argument("--no-review", action="store_true", help="do not write OUTDIR/index.html")
    convert.add_argument("--split-samples", action="store_true",
                         help="also write each sample of a page holding several (篇一, 篇二…) as its own document")
    convert.add_argument("--skip-duplicates", action="store_true",
                         help="convert one copy of each group of duplicate documents")
    convert.add_argument("--no-site-chrome", action="store_true",
                         help="keep the lines that recur at the edges of a site's pages (by default a line at "
                              "the first/last 5 blocks of >= 3 different pages of one site and >= 40%% of those "
                              "looked at (up to 8 a site), goes as site-repeat.edge-line; the site is the "
                              "host of the URL a page names, else its folder; lines shaped like body stay)")
    convert.add_argument("--fill", metavar="VALUES",
                         help="YAML file of values for the masks (see passes/masks/fill.py)")
    masks = sub.add_parser("masks", help="list every mask (text, kind, context) for editors")
    masks.add_argument("inputs", nargs="+", metavar="INPUT", help="files or directories")
    masks.add_argument("--csv", action="store_true", help="CSV instead of a table")
    masks.add_argument("--config", metavar="FILE", help="YAML options file")
    masks.add_argument("-M", "--option", action="append", default=[], metavar="KEY=VALUE",
                       help="set an option, e.g. -M masks.detect=asterisk,cross (repeatable)")
    add_check_parser(sub)
    add_defaults_parser(sub)
    return parser


def add_check_parser(sub) -> None:
    check = sub.add_parser("check", help="report what is left to clean in each file; write nothing")
    check.add_argument("inputs", nargs="+", metavar="INPUT", help="files or directories")
    check.add_argument("--format", choices=("text", "json", "github"), default="text",
                       help="text, JSON (docs/check.md), or GitHub Actions annotations")
    check.add_argument("--fail-on", choices=("info", "warning", "error", "never"), default="warning",
                       help="exit 1 when a finding is this severe or more (default: warning)")
    check.add_argument("--config", metavar="FILE", help="YAML options file")
    check.add_argument("--rules", action="append", default=[], metavar="FILE",
                       help="extra boilerplate rule file (repeatable)")
    check.add_argument("-M", "--option", action="append", default=[], metavar="KEY=VALUE",
                       help="set an option (repeatable)")


def add_defaults_parser(sub) -> None:
    defaults = sub.add_parser("defaults", help="print (or --write) a pandoc defaults file using reportfmt")
    defaults.add_argument("format", choices=("docx", "pdf", "epub"), help="the output it is for")
    defaults.add_argument("--write", nargs="?", const=".", metavar="DIR",
                          help="store it as DIR/reportfmt-FORMAT.yaml (default DIR: .) instead of printing")


def options_from_args(args: argparse.Namespace) -> Options:
    from .options import build_options, load_config_file

    cli_layer: dict[str, object] = {}
    for item in args.option:
        key, sep, value = item.partition("=")
        if not sep:
            raise ReportfmtError(f"-M needs KEY=VALUE, got {item!r}")
        cli_layer[key.strip().removeprefix("reportfmt.")] = value
    if getattr(args, "rules", None):
        cli_layer["boilerplate.rules"] = tuple(args.rules)
    if getattr(args, "fill", None):
        cli_layer["masks.fill"] = args.fill
    if getattr(args, "split_samples", False):
        cli_layer["split_samples"] = True
    if getattr(args, "font_path", None):
        cli_layer["font_paths"] = tuple(args.font_path)
    if getattr(args, "skip_duplicates", False):
        cli_layer["duplicates.skip"] = True
    config_layer = load_config_file(args.config) if args.config else None
    return build_options(config_layer, cli_layer)


def run(argv: list[str]) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return EXIT_OK if exc.code == 0 else EXIT_USAGE
    if getattr(args, "quiet", False):
        import logging

        logging.getLogger().setLevel(logging.ERROR)
    if args.command == "masks":
        from .passes.masks.listing import run_masks

        return run_masks(args, options_from_args)
    if args.command == "check":
        from .batch.check_output import run_check

        return run_check(args, options_from_args)
    if args.command == "defaults":
        from .write.defaults import run_defaults

        return run_defaults(args)
    # Batch machinery loads here, not at import: the pandoc filter path never needs it.
    from .batch.runner import run_batch
    from .write.render import parse_formats

    try:
        options = options_from_args(args)
        formats = parse_formats(args.to)
        if options.masks.fill:
            from .passes.masks.fill import load_values

            load_values(options.masks.fill)  # a missing or broken values file is a usage error
    except ReportfmtError as exc:
        print(f"reportfmt: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if args.jobs is not None and args.jobs < 1:
        print("reportfmt: --jobs needs a number of 1 or more", file=sys.stderr)
        return EXIT_USAGE
    try:
        summary = run_batch(args.inputs, args.output, formats, options, jobs=args.jobs,
                            cluster=args.cluster, force=args.force, dry_run=args.dry_run,
                            progress="quiet" if args.quiet or args.dry_run else "auto",
                            review=not args.no_review, site_chrome=not args.no_site_chrome,
                            on_record=print_dry_run_record if args.dry_run else None)
    except KeyboardInterrupt:
        print("reportfmt: interrupted; manifest.jsonl lists what finished, re-run to resume",
              file=sys.stderr)
        return EXIT_INTERRUPTED
    except ReportfmtError as exc:
        print(f"reportfmt: {exc}", file=sys.stderr)
        return EXIT_FAILED
    if not summary.total:
        print("reportfmt: no input files found", file=sys.stderr)
        return EXIT_FAILED
    if not args.quiet and summary.duplicates:
        done = "skipped" if options.duplicates.skip else "converted all the same (--skip-duplicates skips them)"
        print(f"reportfmt: {summary.duplicates} inputs duplicate earlier ones (manifest duplicate_of); "
              f"{done}", file=sys.stderr)
    skipped = summary.skipped - (summary.duplicates if options.duplicates.skip else 0)
    if not args.quiet and skipped > 0:
        # Links out of the input, unsafe archive members, Word files inside a folder: the
        # manifest's "skipped" rows say why each was not read.
        noun = "file" if skipped == 1 else "files"
        print(f"reportfmt: {skipped} {noun} not read (manifest status \"skipped\" says why)", file=sys.stderr)
    if not args.quiet and summary.reused:
        print(f"reportfmt: {summary.reused} unchanged inputs reused (--force redoes them)", file=sys.stderr)
    if summary.failed:
        print(f"reportfmt: {len(summary.failed)} of {summary.total} inputs failed:", file=sys.stderr)
        for error in summary.failed:
            print(f"  {error}", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK


def print_dry_run_record(record: dict) -> None:
    print(f"== {record['source']}")
    if record["status"] != "ok":
        print(f"   {record['status']}: {record['error']}")
        return
    for removed in record["removed"]:
        pages = f" (on {removed['pages']} pages of the site)" if removed.get("pages") else ""
        named = f" -> {removed['family']}" if removed.get("family") else ""
        print(f"   - [{removed['rule']}{named}] {removed['text'][:100]}{pages}")
    for dropped in record.get("images_dropped") or []:
        print(f"   - [picture] {dropped['src']}: {dropped['reason']}")


def print_dry_run(records: list[dict]) -> None:
    for record in records:
        print_dry_run_record(record)
