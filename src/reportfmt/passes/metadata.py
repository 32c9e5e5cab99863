"""Metadata pass: page title -> `title`, "发布时间:…" -> `date`, 作者/来源 -> `author` and
`publisher`, set the document language.

`author` becomes the DOCX core property dc:creator and the EPUB dc:creator; the site or
source (来源) becomes `publisher` (EPUB dc:publisher, a DOCX custom property); a `source`
field already in the metadata (the page's address) is kept for EPUB dc:source.

A document written by hand gives its title, date and author in its own metadata (a Word
Title paragraph, a markdown title block) or not at all: no body line is taken from it,
no value it has is rewritten; it only gains a language when it has none.

Which line is the title is title_line's to find (its forms are title_forms'); the date line and
the labelled facts are page_facts'.
"""

from __future__ import annotations

import re

import panflute as pf

from ..read.pagemeta import AUTHOR_LABEL, DOC_NUMBER_LABEL, ISSUER_LABEL, SOURCE_LABEL
from ..state import get_state
from .elements import block_text, no_action, run_pass, stringify_head
from .page_facts import meta_text, normalise_date, signed_date, take_date_line, take_labelled
from .regex_cache import LazyPattern
from .title_suffixes import headline_before_suffix, headline_with_date, strip_site_suffix


def prepare(doc: pf.Doc) -> None:
    state = get_state(doc)
    if not state.options.metadata.enabled:
        return
    if state.authored:
        report_own_metadata(doc)
        return
    report = state.report
    title = doc.get_metadata("title", default=None)
    sites = set()  # the site's own names: never an author
    if isinstance(title, str) and title.strip():
        report.title = headline_in_title(doc, title.strip()) or without_board_tag(strip_site_suffix(title.strip()))
        sites.add(title.strip()[len(report.title):].strip(" _|｜-–—"))
        if report.title != title.strip():
            doc.metadata["title"] = pf.MetaInlines(pf.Str(report.title))
    elif not any(key in doc.metadata for key in ("date", "lang")):
        # Only a raw page gives its title as a first line. A document that already has a
        # date or language (this pass sets both) was cleaned before or written by hand:
        # taking its first line now would break "running twice equals running once".
        # (title_line and the title modules it imports, ~4 M instructions, only for a page
        # without a title of its own: a pandoc filter's page has one)
        from .title_line import take_title_line

        report.title = take_title_line(doc)
    # Before the date line is taken: a glued meta line carries all three.
    report.author = meta_text(doc, "author") or take_labelled(doc, AUTHOR_LABEL)
    # The site (来源) is the publisher; a `source` the document already carries (the page's
    # address) stays as it is and becomes EPUB dc:source.
    report.source = (meta_text(doc, "publisher") or take_labelled(doc, SOURCE_LABEL)
                     or meta_text(doc, "source"))
    sites.update(filter(None, (report.source, meta_text(doc, "site"))))
    if report.author and not is_author(report.author, sites):
        # "网友投稿", "本站", the site's own name: where the page came from, not who wrote it.
        report.source = report.source or report.author
        report.author = None
        if "author" in doc.metadata:
            del doc.metadata["author"]
    if report.author:
        doc.metadata["author"] = pf.MetaInlines(pf.Str(report.author))
    if report.source:
        doc.metadata["publisher"] = pf.MetaInlines(pf.Str(report.source))
    take_doc_facts(doc)
    date = doc.get_metadata("date", default=None)
    report.date = normalise_date(date) if isinstance(date, str) else None
    if report.date is None:
        # A 成文日期 in the page's box of facts dates the document before its upload day does
        # (read/pagemeta's order of trust); the line itself is the boilerplate's.
        report.date = take_date_line(doc)
        report.date = signed_date(doc) or report.date
    if report.date:
        doc.metadata["date"] = pf.MetaString(report.date)
    if "lang" not in doc.metadata:
        # zh-Hans, not zh-CN: pandoc warns about a missing zh-CN translation.
        doc.metadata["lang"] = pf.MetaString(default_lang(doc))
    elif (lang := script_lang(doc.get_metadata("lang", default=""), doc)) is not None:
        # A page's own <html lang="zh"> (pandoc's HTML reader under `--filter`): pandoc has
        # translations for zh-Hans and zh-Hant only, and warns for "zh", "zh-CN", "zh-TW".
        doc.metadata["lang"] = pf.MetaString(lang)


# The region tags of Chinese that name a script: mainland and Singapore write simplified
# characters, Taiwan, Hong Kong and Macau traditional ones.
_REGION_SCRIPTS = {"cn": "zh-Hans", "sg": "zh-Hans", "tw": "zh-Hant", "hk": "zh-Hant", "mo": "zh-Hant"}


def take_doc_facts(doc: pf.Doc) -> None:
    """A government document's 文号 and issuer: the metadata's (the page's box of facts read
    before extraction, or the 公文 pass's parts), else a labelled line of the box among the first
    lines; into the report and, where missing, the metadata. The box's lines are left to the
    boilerplate rules (meta-lines), which record them."""
    report = get_state(doc).report
    report.doc_number = meta_text(doc, "doc_number") or take_labelled(doc, DOC_NUMBER_LABEL)
    report.issuer = meta_text(doc, "issuer") or take_labelled(doc, ISSUER_LABEL)
    if report.doc_number and "doc_number" not in doc.metadata:
        doc.metadata["doc_number"] = pf.MetaInlines(pf.Str(report.doc_number))
    if report.issuer and not isinstance(doc.metadata.content.get("issuer"), pf.MetaList):
        # (a list, as the 公文 pass gives its issuers: the page's <meta> tag gave one name)
        doc.metadata["issuer"] = pf.MetaList(pf.MetaInlines(pf.Str(report.issuer)))


def script_lang(lang: object, doc: pf.Doc) -> str | None:
    """zh-Hans or zh-Hant for a page's Chinese language tag that names no script ("zh",
    "zh-CN", "zh_TW"; "zh" by the text's characters, default_lang); None for any other tag."""
    if not isinstance(lang, str):
        return None
    parts = lang.strip().lower().replace("_", "-").split("-")
    if parts[0] != "zh" or len(parts) > 2:
        return None
    if len(parts) == 1:
        return default_lang(doc)
    return _REGION_SCRIPTS.get(parts[1])


def headline_in_title(doc: pf.Doc, title: str) -> str | None:
    """The page's first heading, when it is a level-1 heading the <title> opens with
    (title_suffixes.headline_before_suffix) or the <title> with its year put in (headline_with_date:
    a site's shortened <title>, "…项目年度报告" over the headline "…项目2025年度报告")."""
    head = next((b for b in doc.content if isinstance(b, pf.Header)), None)
    if head is None:
        return None
    headline = " ".join(block_text(head).split())
    if head.level != 1:
        return headline_of_kind(strip_site_suffix(title), headline)
    return headline_before_suffix(title, headline) or headline_with_date(strip_site_suffix(title), headline)


# A <title> that only names the kind of page ("公告", "通知公告", "新闻"): a word or two, no name.
KIND_TITLE_MAX_CHARS = 4


def headline_of_kind(title: str, headline: str) -> str | None:
    """The page's first heading when the <title> (its site's name gone) is only the kind of document
    the heading ends with: "公告" over "关于暂停开放某某公园游乐区的公告" names the kind, the heading the
    document (a government site's template fills <title> with its column's word)."""
    kind, name = "".join(title.split()), "".join(headline.split())
    if 2 <= len(kind) <= KIND_TITLE_MAX_CHARS and name.endswith(kind) and len(name) >= 2 * len(kind) + 4:
        return headline
    return None


# Values of an author field that name no person or organisation: submission and source
# markers of template and forum sites, placeholders, and the site's staff.
SOURCE_MARKER = LazyPattern(
    r"^(?:网友|用户|会员|读者)?(?:投稿|分享|整理|上传|供稿|提供|发布)?$"
    r"|^(?:佚名|匿名|未知|不详|无名氏|admin|administrator|管理员|站长|小编|编辑部?|转载|原创|互联网|网络|来自网络)$"
    r"|^(?:本站|本网|本平台)",
    re.I,
)


def without_board_tag(title: str) -> str:
    """The <title> without the short bracketed word a forum or a site put before it ("[求助] 某某",
    "【转帖】某某", "[原创]某某"): the board's tag, no word of the title, which the thread's first post
    prints again without it (the labels of own-tune's forum pages, 4 sites, title it so). The text
    path reads first lines the same way (title_forms.clean_title)."""
    if title[:1] not in "[【(（［":
        return title
    from .title_forms import strip_short_tag  # (only for a bracketed title: most pages never need it)

    return strip_short_tag(title)


def is_author(value: str, sites: set[str]) -> bool:
    """A person or an organisation; not a source marker (网友投稿, 佚名, admin, 本站…) nor the
    name of the site the page was taken from."""
    squeezed = "".join(value.split())
    if not squeezed or SOURCE_MARKER.match(squeezed):
        return False
    return squeezed not in {"".join(site.split()) for site in sites if site}


def report_own_metadata(doc: pf.Doc) -> None:
    """A hand-written document's metadata as it is, into the report; only `lang` is added.
    A 公文 without a title of its own reports its title line (passes/gongwen recognised it;
    never a 版头 line or a template blank): the line stays in the body, and only the EPUB's
    required dc:title is given it (write/conform.give_title)."""
    state = get_state(doc)
    report = state.report
    report.title = meta_text(doc, "title")
    if not report.title:
        from .title_line import gongwen_title  # (as above: only a document without a title)

        report.title = gongwen_title(state.gongwen)
    report.author = meta_text(doc, "author")
    report.source = meta_text(doc, "publisher") or meta_text(doc, "source")
    report.doc_number, report.issuer = meta_text(doc, "doc_number"), meta_text(doc, "issuer")
    date = meta_text(doc, "date")
    report.date = (normalise_date(date) or date) if date else None
    if "lang" not in doc.metadata:
        doc.metadata["lang"] = pf.MetaString(default_lang(doc))


# How much of a document's text decides its script: its opening is enough.
LANG_SAMPLE_CHARS = 4000


def default_lang(doc: pf.Doc) -> str:
    """zh-Hant for a text written in traditional characters (a Hong Kong or Taiwan page: the
    EPUB's readers and the PDF's glyph forms follow it), else zh-Hans."""
    from .script import is_traditional  # its character table loads only here

    sample: list[str] = []
    room = LANG_SAMPLE_CHARS
    for block in doc.content:  # each block read only as far as the sample still needs
        text = stringify_head(block, room)
        sample.append(text)
        room -= len(text)
        if room <= 0:
            break
    return "zh-Hant" if is_traditional("".join(sample)) else "zh-Hans"


action = no_action  # all the work is in prepare/finalize: no walk (elements.run_pass)


def finalize(doc: pf.Doc) -> None:
    return None


def main(doc: pf.Doc | None = None) -> pf.Doc | None:
    return run_pass(action, prepare, finalize, doc)
