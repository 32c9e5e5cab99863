"""`reportfmt` as a pandoc JSON filter: JSON on stdin, JSON on stdout, logs on stderr.

pandoc starts the filter once per document, so start-up is most of its cost. A document
with no Chinese text is handed back byte for byte after a scan of the raw JSON, before
anything is imported (not even panflute). Otherwise the compiled regular expressions and
rules come ready-made from the on-disk cache (passes/regex_cache.py, ruleset.py), and so do the methods
of the passes' dataclasses (passes/dataclass_cache.py); only then do panflute (without its
command-line entry point: import_panflute_lean) and the passes load.
logging is set up only when something logs, and the console script ends the process without the
interpreter's teardown (exit_now).
"""

from __future__ import annotations

import sys

# UTF-8 lead bytes of the CJK ideograph blocks the pipeline looks for (pipeline._CJK):
# U+3400-U+9FFF start with E3-E9, U+F900-U+FAFF with EF A4-EF AB. A superset (E3 also
# starts CJK punctuation and kana): a hit only means "parse and look properly".
_CJK_LEADS = tuple(bytes([lead]) for lead in range(0xE3, 0xEA))
_CJK_COMPAT_LEADS = tuple(bytes([0xEF, second]) for second in range(0xA4, 0xAC))
# The cyclic collector's first threshold while the passes run (run_filter; Python's is 700).
GEN0_THRESHOLD = 20_000


def may_hold_chinese(raw: bytes) -> bool:
    """False only when the JSON certainly holds no CJK ideograph, written raw or escaped."""
    if b"\\u" in raw:  # pandoc writes UTF-8, but other JSON producers escape; look properly
        return True
    return any(lead in raw for lead in _CJK_LEADS) or any(lead in raw for lead in _CJK_COMPAT_LEADS)


def run_filter(argv: list[str], options=None) -> int:
    """pandoc passes the output format as the first argument; `options` (an Options) is what
    the document's `reportfmt:` metadata is merged over."""
    fmt = argv[0] if argv else ""
    # Read bytes and decode ourselves: the locale's encoding may not be UTF-8.
    raw = sys.stdin.buffer.read()
    if not may_hold_chinese(raw):
        return pass_through(raw)
    import gc

    # Importing makes some hundred thousand objects that live as long as the process, and the
    # cyclic collector would walk them again and again as they pile up (43 M instructions of
    # a call on the seed): off while importing, then those objects are frozen out of its way.
    gc.disable()
    # Every submodule imported from here on comes from one cache file when it can
    # (passes/module_bundle.py).
    from .passes import module_bundle

    module_bundle.install()
    from .passes import dataclass_cache, regex_cache

    # First: the patterns that logging, panflute and PyYAML compile on import come from the
    # cache as well, and so do the methods of every dataclass the passes define.
    regex_cache.seed()
    dataclass_cache.install()
    # panflute without its command-line entry point (click): the filter never calls it.
    import_panflute_lean()
    from .errors import ReportfmtError

    try:
        import_passes()
        # logging costs 9 M instructions to import and the passes rarely log: it is set up
        # only when something needs it (a module the passes import uses it, or we log).
        if "logging" in sys.modules:
            filter_logger()
        gc.freeze()
        gc.enable()
        # The passes allocate young containers by the thousand (the document's elements, each
        # line's pieces), most freed by their counts soon after; a collection every 700 walked
        # them first (5.7 M instructions of a call on the seed, 11 collections). Every
        # GEN0_THRESHOLD allocations instead: a collection then finds more of them already
        # freed. Cycles are still collected; a document is held only until the process ends.
        gc.set_threshold(GEN0_THRESHOLD, *gc.get_threshold()[1:])
        out = filter_json(raw, fmt, options)
    except ReportfmtError as exc:  # the user's options: say which and stop
        filter_logger().error("%s", exc)
        return 1
    except Exception as exc:
        # A document panflute cannot load, or a bug: losing the document would be worse
        # than not cleaning it, so pandoc gets it back as it was, with the cause.
        filter_logger().warning("could not process this document (%s: %s); passed through unchanged",
                                type(exc).__name__, " ".join(str(exc).split())[:200])
        out = raw
    sys.stdout.buffer.write(out)
    sys.stdout.buffer.flush()
    # Patterns and dataclass methods compiled for the first time in this run are stored for
    # the next one.
    regex_cache.save()
    dataclass_cache.save()
    if "reportfmt.passes.literals" in sys.modules:  # and the literals the passes derived
        sys.modules["reportfmt.passes.literals"].save()
    # And the code of the modules imported the usual way (less what rebuilding the rules' cache
    # imported: PyYAML): the first call on a machine stores them too, so the second finds every
    # cache warm (it stored them only from a call that rebuilt no other cache: the third).
    module_bundle.save()
    return 0


def filter_logger():
    """The filter's logger, logging set up first (on stderr: pandoc reads stdout)."""
    import logging

    logging.basicConfig(level=logging.INFO, format="reportfmt: %(message)s", stream=sys.stderr)
    return logging.getLogger(__name__)


def exit_now(code: int) -> None:
    """End the filter's process without the interpreter's teardown, which frees every object
    the imports made one by one (11 M instructions on the seed) for a process about to end.
    What a normal exit does that matters is done first: atexit handlers run (logging's
    flush among them) and the standard streams are flushed."""
    import atexit
    import os

    atexit._run_exitfuncs()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):  # pandoc closed the pipe: nothing more can be said
        code = code or 1
    os._exit(code)


def import_passes() -> None:
    """The modules filter_json needs, imported ahead (run_filter freezes what they made)."""
    import panflute  # noqa: F401

    from . import pipeline  # noqa: F401
    from .read import document_kind  # noqa: F401
    from .write import conform  # noqa: F401


def filter_json(raw: bytes, fmt: str, options=None) -> bytes:
    import io
    import os

    import panflute as pf

    from .pipeline import run_passes
    from .read.document_kind import is_chinese, markdown_by_reader, scraped_by_reader
    from .write.conform import adapt_for

    doc = pf.load(io.StringIO(raw.decode("utf-8")))
    doc.format = fmt
    # Which reader pandoc used tells a Word or markdown document from a web page.
    doc.scraped = scraped_by_reader(os.environ.get("PANDOC_READER_OPTIONS"))
    if not is_chinese(doc):
        # Not ours to change: hand pandoc back exactly what it gave us.
        filter_logger().info("not a Chinese document: passed through unchanged")
        return raw
    if markdown_by_reader(os.environ.get("PANDOC_READER_OPTIONS")):
        from .read.markdown import stars_between_chinese_kept

        stars_between_chinese_kept(doc)  # pandoc's reader took 带*号…姓名* for emphasis
    if doc.scraped is None and html_by_reader(os.environ.get("PANDOC_READER_OPTIONS")):
        unwrap_page_divs(doc, options)
    from .passes.gongwen import settle_layout
    from .state import get_state

    # Layout auto is the report layout under pandoc: the 公文 layout's DOCX needs its own reference
    # document (styles/gongwen.docx), which pandoc's command line names, not the filter; with the
    # report's reference.docx (`reportfmt defaults docx`) its paragraphs would have no style. A
    # user's `-M reportfmt.layout=gongwen` still asks for it.
    settle_layout(get_state(doc, base=options), gongwen=False)
    run_passes(doc, options, chinese=True)
    state = doc.reportfmt
    # A hand-written document's pictures stay for typst: pandoc holds their bytes for its PDF
    # engine (write/typst_engine.py).
    doc = adapt_for(doc, fmt, state.options, authored=state.authored, title=state.report.title,
                    local_pictures=True)
    if state.options.layout == "gongwen" and fmt == "docx":
        from .write.gongwen import adapt_for_docx  # the 公文 layout: pass --reference-doc gongwen.docx

        doc = adapt_for_docx(doc, state.options)
    out = io.StringIO()
    pf.dump(doc, out)
    return out.getvalue().encode("utf-8")


def html_by_reader(reader_options: str | None) -> bool:
    """Whether pandoc's HTML reader read the page: it keeps the page's <div>s (native_divs)."""
    import json

    try:
        return "native_divs" in (json.loads(reader_options or "").get("extensions") or ())
    except (ValueError, AttributeError):
        return False


def unwrap_page_divs(doc, options=None) -> None:
    """A web page's <div>s as pandoc's HTML reader keeps them, gone: their blocks stand in their
    place, as our own reader gives them (html-native_divs). The passes read a document's
    top-level blocks one by one; a page whose article sits in a <div> was one block to them,
    and a line rule matching its lead-in ("下面是小编为大家整理的…") took the whole article.
    The Divs the page names as chrome (nav, footer, sidebar…) go first, recorded
    (boilerplate/chrome_divs.py): they are told by their names, which unwrapping loses."""
    import panflute as pf

    from .passes.boilerplate.chrome_divs import drop_chrome_divs
    from .passes.elements import walk_cheaply
    from .state import get_state

    state = get_state(doc, base=options)
    if state.options.boilerplate.enabled:
        drop_chrome_divs(doc, state.report)

    def unwrap(elem, _doc):
        if isinstance(elem, pf.Div) and "custom-style" not in elem.attributes:
            return list(elem.content)
        return None

    walk_cheaply(doc, unwrap, doc)


def pass_through(raw: bytes) -> int:
    """Not ours to change (reportfmt acts on Chinese documents): hand pandoc back exactly
    what it gave us. The note goes straight to stderr: logging is not worth importing here."""
    sys.stdout.buffer.write(raw)
    sys.stdout.buffer.flush()
    sys.stderr.write("reportfmt: no Chinese text: document passed through unchanged\n")
    return 0


# Importing panflute cost 104 M instructions of a filter call on the seed (callgrind, cache warm),
# a third of it for click (35 M), which the filter never calls: panflute's `__init__` ends by
# importing autofilter.py, its `panfl` command, whose click decorators run as it is imported.
# import_panflute_lean() runs panflute's own `__init__` without that one statement and gives the
# package a module `__getattr__` (PEP 562) that imports autofilter when one of its names is first
# asked for (`panflute.panfl`, `main`, `stdio`, `get_filter_dirs`): the namespace is whole and
# every other module of the package is the one a plain import gives. A package not as expected
# (the statement missing or written twice, no source to read) is imported as usual: this decides
# when autofilter runs, never what panflute does. Only the filter does this; a batch worker or
# the command line import panflute as usual.
PANFLUTE_DEFERRED = ("panflute", "from .autofilter import main, panfl, get_filter_dirs, stdio", "autofilter",
                     frozenset({"main", "panfl", "get_filter_dirs", "stdio"}))
# panflute.tools (stringify, which the passes use) imports PyYAML, shlex, shutil and subprocess
# for functions the filter never calls: 50 M instructions of a call on the seed. Its statements
# run when one of their names is first used (passes/deferred_imports.py); the names are the same then.
# Its `typing` is for one annotation (PandocVersion.version's `-> Tuple[int, ...]`), left
# unevaluated (annotations_deferred): typing costs 12-16 M instructions and nothing else of the
# filter's path imports it.
PANFLUTE_TOOLS_DEFERRED = (
    ("import yaml\nimport shlex\n", ("yaml", "shlex")),
    ("from typing import Tuple\n", ("Tuple",)),
    ("from shutil import which\nfrom subprocess import Popen, PIPE\n", ("which", "Popen", "PIPE")),
    ("""try:
    import yamlloader
except ImportError:
    yamlloader = None

if yamlloader is None:
    # property of pyyaml:
    # C*Loader when compiled with C, else fallback to pure Python loader
    try:
        from yaml import CSafeLoader as Loader
    except ImportError:
        from yaml import SafeLoader as Loader
else:
    from yamlloader.ordereddict import CSafeLoader as Loader
""", ("yamlloader", "Loader")),
)


def import_panflute_lean() -> bool:
    """Import panflute without autofilter, and panflute.tools with its heavy imports deferred;
    True when it was (False: as usual, or already imported)."""
    from .passes.deferred_imports import import_with_deferred

    return import_deferring(*PANFLUTE_DEFERRED,
                            before=lambda: import_with_deferred("panflute.tools", PANFLUTE_TOOLS_DEFERRED,
                                                                annotations_deferred=True))


def import_deferring(package: str, statement: str, submodule: str, names: frozenset[str],
                     before=None) -> bool:
    """Import `package` running its `__init__` without `statement` (a `from .submodule import
    names` line), the names imported from the submodule when first read. A package whose
    `__init__` does not hold the statement exactly once is imported as usual (False).
    `before()` runs once the package is in sys.modules, before its `__init__`: it may import
    submodules their own way, which `__init__` then finds imported."""
    if package in sys.modules:
        return False
    from .passes.deferred_imports import find_spec, module_from_spec

    spec = find_spec(package)
    source = None
    if spec is not None and spec.origin and spec.submodule_search_locations is not None:
        try:
            with open(spec.origin, encoding="utf-8") as file:
                source = file.read()
        except (OSError, UnicodeDecodeError):
            source = None
    if source is None or source.count(statement) != 1:
        __import__(package)
        return False
    from .passes.deferred_imports import compiled

    module = module_from_spec(spec)
    sys.modules[package] = module
    try:
        if before is not None:
            before()
        # The same file name as the package's own code: tracebacks point at its lines.
        exec(compiled(source.replace(statement, "", 1), spec.origin), module.__dict__)
    except BaseException:
        for name in [n for n in sys.modules if n == package or n.startswith(package + ".")]:
            del sys.modules[name]
        raise

    def deferred(name: str):
        if name not in names:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        from importlib import import_module

        value = getattr(import_module(f"{package}.{submodule}"), name)
        setattr(module, name, value)
        return value

    module.__getattr__ = deferred
    return True
