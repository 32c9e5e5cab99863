"""The template-site dev set: annotated page texts -> raw texts (kept outside the project)
and labels (facts about each page, kept in tests/eval/sites/labels.json).

Usage: python tests/eval/sites_devset.py ANNOTATED_DIR RAW_DIR

Pages in ANNOTATED_DIR/*.txt are split by a hash of their site (`tuned` or `held`); pages in
ANNOTATED_DIR/fresh/*.txt form a third split, `fresh`: sites collected after the rules of the
first two were written, from sites in neither of them, scored before any rule looks at them.
Pages in ANNOTATED_DIR/tuned/*.txt are tuning pages collected later (sites in no other split).
Pages in ANNOTATED_DIR/fresh2/*.txt form a fourth split, `fresh2`: collected in the third round
from sites in none of the others, scored before any rule of that round was written.
Pages in ANNOTATED_DIR/fresh3/*.txt form a fifth split, `fresh3`: collected in the fourth round
(issue 18d) from sites in none of the others, scored before that round changed any code.
Pages in ANNOTATED_DIR/fresh4/*.txt form a sixth split, `fresh4`: collected in the fifth round
(issue 18e) from sites in none of the others, scored before that round changed any code.
Pages in ANNOTATED_DIR/fresh5/*.txt form a seventh split, `fresh5`: collected in the sixth round
(issue 18h) from sites in none of the others, scored before that round changed any code.
Pages in ANNOTATED_DIR/fresh6/*.txt form an eighth split, `fresh6`: collected in the seventh round
(issue 18k) from sites in none of the others, scored before that round changed any code.
Pages in ANNOTATED_DIR/fresh7/*.txt form a ninth split, `fresh7`: collected in the eighth round
(issue 18n) from sites in none of the others, scored before that round changed any code.
Pages in ANNOTATED_DIR/fresh8/*.txt form a tenth split, `fresh8`: collected in the ninth round
(issue 18q) from sites in none of the others, scored once on main before that round changed any
code, and held out for every later round's rule writers until the tenth round made it development data.
Pages in ANNOTATED_DIR/fresh9/*.txt form an eleventh split, `fresh9`: collected in the tenth round
(issue 18t) from sites in none of the others, scored once before that round changed any code, and
held out for every later round's rule writers until the eleventh round made it development data.
Pages in ANNOTATED_DIR/fresh10/*.txt form a twelfth split, `fresh10`: collected in the eleventh round
(issue 18w) from sites in none of the others, scored once on main before that round changed any
code, and held out for every later round's rule writers until the twelfth round made it development data.
Pages in ANNOTATED_DIR/fresh11/*.txt form a thirteenth split, `fresh11`: collected in the twelfth round
(issue 18z) from sites in none of the others, scored once before that round changed any code, and
held out for every later round's rule writers until the thirteenth round made it development data.
Pages in ANNOTATED_DIR/fresh12/*.txt form a fourteenth split, `fresh12`: collected in the thirteenth round
(issue 18f3) from sites in none of the others, scored once on main before that round changed any
code, and held out for every later round's rule writers until the fourteenth round made it development data.
Pages in ANNOTATED_DIR/fresh13/*.txt form a fifteenth split, `fresh13`: collected in the fourteenth round
(issue 18f5) from sites in none of the others, scored once on main before that round changed any
code, and held out for every later round's rule writers until the fifteenth round made it development data.
Pages in ANNOTATED_DIR/fresh14/*.txt form a sixteenth split, `fresh14`: collected in the fifteenth round
(issue 18f6) from sites in none of the others, scored once on main before that round changed any
code, and held out for every later round's rule writers.

Pages in tests/eval/sites/own/*.txt are the own-words pages: written by the team in the form of a real
site's page with made-up content, kept in the project, each headed `@@@ HOST GENRE` (no url path), and built
in memory by own_pages() into two groups, `own-tune` and `own-check`, by the same site hash as tuned/held;
pages under own/new/ (written in the current round, seen by none of its rule writers) are `own-new`.

A split none of whose annotated files is present (the older splits' annotated files are not kept on
every machine) is not rebuilt: its pages are kept from the existing labels.json as they are, in
their order, ahead of the pages built from the annotated files present, and no raw text is written
for them. The top folder's files stand for `tuned` and `held` (tuned/ only adds tuning pages not
labelled yet), each other folder for the split of its name: with no file there, that split's labels
stay untouched.

The page texts come from the search tool's stored public pages and may not be copied into the
project: the annotated files and the raw texts live outside it (e.g. /work/devset18/). The
labels are short strings about each page (a chrome line's family and its first characters,
headings with their levels, a few body snippets, the masks), enough for tests/eval/eval_sites.py
to score the output without the page text.

Annotated format, one file holding many pages:
    @@@ URL                       starts a page
    [t]LINE                       the page title (metadata: neither chrome nor body)
    [t=TITLE]LINE                 the page's title line, whose right title is TITLE (the line
                                  says more: a "类型" prefix, a file extension, a site name)
    [title=TITLE]                 a label line, not page text: the page's title is TITLE, which
                                  stands inside a line of the page ("【TITLE】" opening its body)
    [c:FAMILY]LINE                a chrome line of that family (lead-in, document-site, forum...)
    [h1]LINE / [h2] / [h3]        a heading line at that level (levels relative to the page)
    [s]LINE                       a sample marker (篇1, 第一篇:, 范文一): a top-level heading
    [hN=TEXT] [s=TEXT]            a heading that is the start of LINE (run-in or glued to its body)
    {c:FAMILY|TEXT}               chrome inside a line (a forum jammer, a page-chunk number)
    any other line                body text
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
import unicodedata
from pathlib import Path
from urllib.parse import urlparse

LABELS = Path(__file__).with_name("sites") / "labels.json"
# Pages written in our own words in the forms real pages show (annotated files, in the project).
OWN = Path(__file__).with_name("sites") / "own"
OWN_SPLITS = {"tuned": "own-tune", "held": "own-check"}
# Pages written in a later round (own/new/) are a group of their own until a round has reported
# them: no rule writer of the round that wrote them has seen them.
OWN_NEW = "own-new"
# The own-tune files the previous round wrote are held out from this round's rule writers: their
# pages are a group of their own, `own-held` (numbers only, never listed, never trained on). Each
# round, after folding own/new into own/, the lead names the folded files' prefixes here (the
# older ones become tuning pages).
OWN_HELD = "own-held"
HELD_FILES = ("qa-", "qb-")
# Whole documents a user feeds the tool (a contract, a letter, minutes…), written in our own words
# with gold for every line (tests/eval/sites/genres/*.txt). Both documents of a genre fall in one
# group, by a hash of the genre's name: genre-tune (rules may be written on it) and genre-check.
GENRES = Path(__file__).with_name("sites") / "genres"
GENRE_TUNE, GENRE_CHECK = "genre-tune", "genre-check"
GENRE_HOST = re.compile(r"[a-z0-9-]+\.genre")
# A third of the sites (by a hash of the site name, not by looking at the pages) is held back.
HELD_BACK = 3
KEY_CHARS = 24
SNIPPET_CHARS = 10
SNIPPETS_PER_PAGE = 6
CONTEXT_CHARS = 4

_TITLE_ONLY = re.compile(r"^\[title=([^\]]+)\]$")
_LINE_TAG = re.compile(r"\[(t|s|h[1-6]|c:[a-z-]+)(?:=([^\]]*))?\]")
# The closing brace is the one followed by the line's end, a non-ASCII character, a tag, the
# next inline mark or ",非ASCII": forum jammer strings hold braces of their own. A mark whose text
# ends in a non-ASCII character may be followed by digits: a page-chunk number ("1、") by the
# chunk's first digits ("{c:injected|1、}2017年…"), a pay-box word by the next item's number
# ("{c:paywall|会员免费查看}9、…"); a jammer's own brace is followed by ASCII it holds.
_INLINE_CHROME = re.compile(r"\{c:([a-z-]+)\|(.*?)\}(?=$|[^\x00-\x7f]|\[|\{c:|,[^\x00-\x7f]|(?<=[^\x00-\x7f]\})\d)")
_TAG_PLACEHOLDER = "\ue000"
# Hong Kong, Macau and Taiwan hosts register under second levels too: three .gov.hk bureaus are
# three sites, not one "gov.hk".
_SECOND_LEVEL = {".com.cn", ".net.cn", ".org.cn", ".edu.cn", ".gov.cn",
                 ".com.tw", ".org.tw", ".edu.tw", ".gov.tw", ".net.tw", ".idv.tw",
                 ".com.hk", ".org.hk", ".edu.hk", ".gov.hk", ".net.hk",
                 ".com.mo", ".org.mo", ".edu.mo", ".gov.mo"}
_GENERIC_SECOND = {"com", "net", "org", "edu", "gov", "ac", "co", "idv"}
# Masks as an editor sees them: asterisk runs, x/X/× placeholders, ☆, blanks to fill. A blank is
# a run of half- or full-width underscores ("____", "＿＿"); one glued to a Latin letter is part
# of a name or markup ("__init__", "__bold__"), no blank.
MASK = re.compile(r"[*＊]+(?:[.．+][*＊]+)*|(?<![A-Za-z\u00c0-\u024f])[xX×\u2573]+(?![A-Za-z\u00c0-\u024f])|☆+"
                  r"|(?<![A-Za-z])[_＿]{2,}(?![A-Za-z])")
# A line of underscores alone is a blank to fill under a field's label (a colon ending the line
# above, a short numbered item: "1.设备名称、型号", "申请理由：") or under another such line;
# anywhere else it is a separator (a markdown thematic break, a page's rule), no mask.
_UNDERSCORE_LINE = re.compile(r"[_＿]{2,}(?:\s+[_＿]{2,})*")
_FIELD_LABEL = re.compile(r"[:：]$|^(?:\d{1,2}[.．、]|[(（]\d{1,2}[)）])[^。！？!?；;]{1,30}$")
# One star or cross between two digits is a product ("20*20的格子纸", "3x4"), not a mask; so is
# one cross standing between blanks in a formula ("实际户数 / 总户数) × 100%").
_PRODUCT = re.compile(r"\d[*＊xX×]\d")
_OPERATOR = re.compile(r"\s×\s")
# One cross after an equals sign (half or full width) on its line is the formula's operator
# ("面积=底×高"), as a spaced one is.
_EQUALS = re.compile("[=\uff1d]")
_MARKDOWN_BOLD = re.compile(r"^\*\*.+\*\*$")
# "### **二、承诺内容**": a markdown heading's "#"s before a bold line; the line is emphasis, no mask.
_MARKDOWN_HASHES = re.compile(r"^#{1,6}\s+")
# "*1.2 |": one star opening a line right before an item number marks a key item of a
# checklist (a table's 重点项), not a masked character.
_KEY_ITEM = re.compile(r"^[*＊](?=\d)")
# "1.**标题**:明确会议名称": a bold label before its colon is markdown emphasis, not two masks.
_MARKDOWN_LABEL = re.compile(r"\*\*([^*\s:：，,。]{1,12})\*\*(?=\s*[:：])")
# A line's label in markdown bold, as a page written in markdown prints it: after an optional list
# or number marker ("- ", "1. ", "（一）", "一、"), "**…**" ending the line, standing before the
# label's colon, or holding the colon ("1. **会议名称**", "- **基本情况:**简要…"). A reader sees
# the label in bold: its marks are no text of the line and no masks (the text reader makes the
# label Strong). Read here by this eval's own pattern, not the code's.
_BOLD_LABEL_LINE = re.compile(
    r"^((?:[-*•·]\s+|\d{1,3}[.、．]\s*|[（(][一二三四五六七八九十\d]{1,3}[)）]\s*|[一二三四五六七八九十]{1,3}、\s*)?)"
    r"\*\*([^*\s][^*]*?[^*\s])\*\*(?=\s*$|\s*[:：]|(?<=[:：]\*\*))")


def markup_free(line: str) -> str:
    """The line as a reader sees it: a bold label's markdown marks dropped (_BOLD_LABEL_LINE)."""
    stripped = line.strip()
    match = _BOLD_LABEL_LINE.match(stripped)
    if match is None:
        return line
    # A lone bold line of under four characters ("**公司**") may be two masked runs: kept as written.
    if not match.group(1) and not stripped[match.end():].strip() and len(match.group(2)) < 4:
        return line
    return match.group(1) + match.group(2) + stripped[match.end():]


_MARK_RUN = re.compile(r"\?{2,}")


def fold(text: str) -> str:
    """What the comparison sees: widths folded, blanks and runs of question marks removed, CJK full
    stop as '.'."""
    text = unicodedata.normalize("NFKC", text)
    text = text.translate(str.maketrans({"。": ".", "“": '"', "”": '"', "‘": "'", "’": "'"}))
    # A run of question marks: on a page saved through the wrong charset they stand for its lost
    # blanks, and labels keep them as the page printed them while the reader reads them back as
    # blanks (read/text.py); a real "真的吗??" is dropped from both sides alike.
    return _MARK_RUN.sub("", re.sub(r"\s+", "", text))


def site_of(url: str) -> str:
    # A fully qualified host may end with a dot ("mypaper.pchome.com.tw./…").
    host = (urlparse(url).hostname or url).lower().rstrip(".")
    if re.fullmatch(r"[\d.]+", host):
        return host
    parts = host.split(".")
    # Any country's generic second level ("boron.example.com.my" is the site "example.com.my", not
    # "com.my"), besides the list above; no tuning host changes its split by this.
    generic = len(parts) >= 3 and len(parts[-1]) == 2 and parts[-2] in _GENERIC_SECOND
    keep = 3 if generic or any(host.endswith(s) for s in _SECOND_LEVEL) else 2
    return ".".join(parts[-keep:])


def split_of(site: str) -> str:
    return "held" if hashlib.sha1(site.encode()).digest()[0] % HELD_BACK == 0 else "tuned"


def page_id(url: str) -> str:
    return hashlib.sha1(url.encode()).hexdigest()[:12]


def parse_pages(text: str) -> list[tuple[str, list[str]]]:
    pages: list[tuple[str, list[str]]] = []
    for line in text.splitlines():
        if line.startswith("@@@ "):
            pages.append((line[4:].strip(), []))
        elif pages:
            pages[-1][1].append(line)
    return pages


def build_page(url: str, lines: list[str], split: str | None = None,
               every_line: bool = False) -> tuple[str, dict]:
    """(raw text, labels) of one annotated page. `every_line`: the labels' `keep` holds every body
    line whole (folded, in page order) instead of a few snippets (the genre documents)."""
    raw_lines: list[str] = []
    chrome: list[dict] = []
    headings: list[dict] = []
    body: list[str] = []
    masks: list[str] = []
    title_parts: list[str] = []
    title_done = False
    previous = ""  # the last body or heading line's content
    for annotated in lines:
        if title_only := _TITLE_ONLY.match(annotated):
            title_parts, title_done = [title_only.group(1)], True
            continue
        tags = [(m.group(1), m.group(2)) for m in _LINE_TAG.finditer(annotated)]
        # A tag right after an inline mark must still close it: leave a non-ASCII placeholder.
        line, inline = _strip_inline(_LINE_TAG.sub(_TAG_PLACEHOLDER, annotated))
        line = line.replace(_TAG_PLACEHOLDER, "")
        inline = [(f, t, b.replace(_TAG_PLACEHOLDER, ""), a.replace(_TAG_PLACEHOLDER, ""))
                  for f, t, b, a in inline]
        raw_lines.append(line)
        for family, text, before, after in inline:
            chrome.append({"family": family, "text": fold(text), "before": fold(before)[-CONTEXT_CHARS:],
                           "after": fold(after)[:CONTEXT_CHARS]})
        # What the line says once its inline chrome is gone (and a bold label's marks).
        content = line
        for _, text, _, _ in inline:
            content = content.replace(text, "", 1)
        content = markup_free(content)
        kinds = [k for k, _ in tags]
        if "t" in kinds and not title_done:
            # The title: the first [t] line, or lines, when a title is wrapped over two.
            title_parts.append(next(v for k, v in tags if k == "t") or content.strip())
        elif title_parts and content.strip():
            title_done = True
        if "t" in kinds or not content.strip():
            continue
        family = next((k[2:] for k in kinds if k.startswith("c:")), None)
        if family:
            chrome.append({"family": family, "text": fold(line)[:KEY_CHARS], "before": "", "after": ""})
            continue
        glued = False
        for kind, value in tags:
            if kind == "s" or kind.startswith("h"):
                level = 0 if kind == "s" else int(kind[1])
                headings.append({"text": markup_free(value) if value is not None else content.strip(), "level": level,
                                 "sample": kind == "s"})
                glued = glued or value is not None
        if not tags or glued:
            body.append(content)
        if not _UNDERSCORE_LINE.fullmatch(content.strip()) or _FIELD_LABEL.search(previous.strip()) \
                or _UNDERSCORE_LINE.fullmatch(previous.strip()):
            masks.extend(_masks(content))
        previous = content
    labels = {"id": page_id(url), "url": url, "site": site_of(url), "split": split or split_of(site_of(url)),
              "chrome": chrome, "headings": headings,
              "keep": [fold(b) for b in body if fold(b)] if every_line else _snippets(body), "masks": masks,
              # The page's title as a reader names it; "" when the page text shows none (no
              # line of it is then the title).
              "title": "".join(title_parts)}
    return "\n".join(raw_lines) + "\n", labels


def _strip_inline(line: str) -> tuple[str, list[tuple[str, str, str, str]]]:
    """The line without inline-chrome marks, and each mark's (family, text, before, after)."""
    found = []
    plain = ""
    position = 0
    for match in _INLINE_CHROME.finditer(line):
        plain += line[position:match.start()]
        found.append((match.group(1), match.group(2), plain, len(plain) + len(match.group(2))))
        plain += match.group(2)
        position = match.end()
    plain += line[position:]
    return plain, [(f, t, b, plain[end:end + CONTEXT_CHARS * 3]) for f, t, b, end in found]


def _masks(line: str) -> list[str]:
    stripped = _MARKDOWN_HASHES.sub("", line.strip())
    if _MARKDOWN_BOLD.match(stripped):
        stripped = stripped[2:-2]
    stripped = _MARKDOWN_LABEL.sub(r"\1", stripped)
    return [m.group() for m in MASK.finditer(stripped)
            if not _is_stray_bold(m, stripped) and not (m.start() == 0 and _KEY_ITEM.match(stripped))
            and not _PRODUCT.fullmatch(stripped[max(0, m.start() - 1):m.end() + 1])
            and not _OPERATOR.fullmatch(stripped[max(0, m.start() - 1):m.end() + 1])
            and not (m.group() == "×" and _EQUALS.search(stripped, 0, m.start()))]


def _is_stray_bold(match: re.Match, line: str) -> bool:
    """A "**" closing or opening a line is markdown emphasis left in the text, not a mask."""
    return match.group() == "**" and (match.end() == len(line) or match.start() == 0)


def _snippets(body: list[str]) -> list[str]:
    """A few snippets from the middle of body lines, spread over the page."""
    candidates = []
    for line in body:
        folded = fold(line)
        if len(folded) >= SNIPPET_CHARS + 4:
            middle = len(folded) // 2
            candidates.append(folded[middle - SNIPPET_CHARS // 2:middle + SNIPPET_CHARS // 2])
    if len(candidates) <= SNIPPETS_PER_PAGE:
        return candidates
    step = len(candidates) / SNIPPETS_PER_PAGE
    return [candidates[int(i * step)] for i in range(SNIPPETS_PER_PAGE)]


def build(annotated_dir: Path, raw_dir: Path) -> list[dict]:
    raw_dir.mkdir(parents=True, exist_ok=True)
    pages = []
    seen = set()
    sources = [(path, None) for path in sorted(annotated_dir.glob("*.txt"))]
    sources += [(path, "fresh") for path in sorted((annotated_dir / "fresh").glob("*.txt"))]
    sources += [(path, "tuned") for path in sorted((annotated_dir / "tuned").glob("*.txt"))]
    sources += [(path, "fresh2") for path in sorted((annotated_dir / "fresh2").glob("*.txt"))]
    sources += [(path, "fresh3") for path in sorted((annotated_dir / "fresh3").glob("*.txt"))]
    sources += [(path, "fresh4") for path in sorted((annotated_dir / "fresh4").glob("*.txt"))]
    sources += [(path, "fresh5") for path in sorted((annotated_dir / "fresh5").glob("*.txt"))]
    sources += [(path, "fresh6") for path in sorted((annotated_dir / "fresh6").glob("*.txt"))]
    sources += [(path, "fresh7") for path in sorted((annotated_dir / "fresh7").glob("*.txt"))]
    sources += [(path, "fresh8") for path in sorted((annotated_dir / "fresh8").glob("*.txt"))]
    sources += [(path, "fresh9") for path in sorted((annotated_dir / "fresh9").glob("*.txt"))]
    sources += [(path, "fresh10") for path in sorted((annotated_dir / "fresh10").glob("*.txt"))]
    sources += [(path, "fresh11") for path in sorted((annotated_dir / "fresh11").glob("*.txt"))]
    sources += [(path, "fresh12") for path in sorted((annotated_dir / "fresh12").glob("*.txt"))]
    sources += [(path, "fresh13") for path in sorted((annotated_dir / "fresh13").glob("*.txt"))]
    sources += [(path, "fresh14") for path in sorted((annotated_dir / "fresh14").glob("*.txt"))]
    # A split is rebuilt only when annotated files for it are present; the others' pages are kept.
    rebuilt = {"tuned", "held"} if any(split is None for _, split in sources) else set()
    rebuilt |= {split for _, split in sources if split and split != "tuned"}
    for page in _existing_pages():
        if page["split"] not in rebuilt:
            seen.add(page["url"])
            pages.append(page)
    for path, split in sources:
        for url, lines in parse_pages(path.read_text(encoding="utf-8")):
            if url in seen:
                continue
            seen.add(url)
            raw, labels = build_page(url, lines, split)
            (raw_dir / f"{labels['id']}.txt").write_text(raw, encoding="utf-8")
            pages.append(labels)
    _check_fresh_sites(pages)
    LABELS.parent.mkdir(parents=True, exist_ok=True)
    LABELS.write_text(json.dumps({"pages": pages}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return pages


def own_pages(folder: Path = OWN) -> list[tuple[str, dict]]:
    """(raw text, labels) of each own-words page (tests/eval/sites/own/*.txt), built in memory.

    These pages are written in the team's own words in the form of a real site's page, so their
    annotated files live in the project and no raw text is written anywhere. A page starts with
    `@@@ HOST GENRE`: the site whose form it follows and the genre, never a url path. Its group
    follows the same hash of the site name as `tuned`/`held` (a third of the sites checks)."""
    built: list[tuple[str, dict]] = []
    seen: set[str] = set()
    for path in sorted(folder.glob("*.txt")) + sorted(folder.glob("new/*.txt")):
        for header, lines in parse_pages(path.read_text(encoding="utf-8")):
            host, _, genre = header.partition(" ")
            if not host or not genre.strip() or "/" in host:
                raise SystemExit(f"sites_devset: {path.name}: page header {header!r} is not 'HOST GENRE'")
            name = f"own:{host} {genre.strip()}"
            if name in seen:
                raise SystemExit(f"sites_devset: {path.name}: two own pages named {name!r}")
            seen.add(name)
            site = site_of(f"http://{host}/")
            group = OWN_NEW if path.parent.name == "new" else OWN_SPLITS[split_of(site)]
            if group == "own-tune" and path.name.startswith(HELD_FILES):
                group = OWN_HELD
            raw, labels = build_page(name, lines, group)
            labels.update(site=site, host=host, genre=genre.strip(), file=path.name)
            built.append((raw, labels))
    return built


def genre_of_group(genre: str) -> str:
    """A genre's group: a third of the genres (by a hash of the name, not by the documents) checks.
    The name is hashed as "genre:NAME" (the prefix chosen, before any document was written, so
    that the 40 genres split about a third / two thirds; the bare names gave 6 of 40)."""
    return GENRE_CHECK if hashlib.sha1(f"genre:{genre}".encode()).digest()[0] % HELD_BACK == 0 else GENRE_TUNE


def genre_pages(folder: Path = GENRES) -> list[tuple[str, dict]]:
    """(raw text, labels) of each genre document (tests/eval/sites/genres/*.txt), built in memory.

    A document starts with `@@@ HOST GENRE (note)`, HOST a made-up slug ending in `.genre` (one per
    document) and GENRE the genre's name (通知, 租赁合同…). Its group is the genre's (genre_of_group),
    so both documents of a genre are tuned on or checked together, and its `keep` labels hold every
    body line whole (labels["every_line"]): the score checks each line of the document."""
    built: list[tuple[str, dict]] = []
    seen: set[str] = set()
    for path in sorted(folder.glob("*.txt")):
        for header, lines in parse_pages(path.read_text(encoding="utf-8")):
            # "SLUG.genre GENRE (a note on the document's form)": the note is for the reader.
            host, _, rest = header.partition(" ")
            genre = rest.split(maxsplit=1)[0] if rest.strip() else ""
            if not GENRE_HOST.fullmatch(host) or not genre:
                raise SystemExit(f"sites_devset: {path.name}: document header {header!r} is not 'SLUG.genre GENRE'")
            name = f"genre:{host} {genre}"
            if host in seen:
                raise SystemExit(f"sites_devset: {path.name}: two documents named {host!r}")
            seen.add(host)
            raw, labels = build_page(name, lines, genre_of_group(genre), every_line=True)
            labels.update(site=host, host=host, genre=genre, file=path.name, every_line=True)
            built.append((raw, labels))
    return built


def _existing_pages() -> list[dict]:
    """The pages labels.json holds now (none when it is missing)."""
    if not LABELS.exists():
        return []
    return json.loads(LABELS.read_text(encoding="utf-8"))["pages"]


def _check_fresh_sites(pages: list[dict]) -> None:
    """A site belongs to one split only: a page collected later (fresh, fresh2 … fresh14) never comes from
    a site of another split, and a site is never both tuned and held back."""
    split_of_site: dict[str, str] = {}
    reused = set()
    for page in pages:
        seen = split_of_site.setdefault(page["site"], page["split"])
        if seen != page["split"]:
            reused.add(page["site"])
    if reused:
        raise SystemExit(f"sites_devset: sites in more than one split: {', '.join(sorted(reused))}")


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    pages = build(Path(argv[0]), Path(argv[1]))
    sites = {p["site"] for p in pages}
    held = {p["site"] for p in pages if p["split"] == "held"}
    later = "; ".join(f"{name}: {len(group)} pages from {len({p['site'] for p in group})} sites"
                      for name in ("fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8",
                                   "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14")
                      if (group := [p for p in pages if p["split"] == name]))
    print(f"{len(pages)} pages from {len(sites)} sites ({len(held)} sites held back; {later}); labels in {LABELS}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
