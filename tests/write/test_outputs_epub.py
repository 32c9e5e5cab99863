"""The EPUB reportfmt writes: metadata, nav from the sections, CJK style in every page, and
epubcheck (the W3C validator, Debian package `epubcheck`) finds no errors in it, on the seed
and on a real scraped page."""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from reportfmt.api import convert_file, convert_text
from seed import HEADINGS, SEED, TITLE

# A government news page whose tables carry width/height attributes and whose links point at
# other pages of its site (sort1.asp, default.asp): both made epubcheck fail before.
CORPUS_PAGE = "web-gold/original/05e98007-d810-4036-b154-2ef2fe68c2af.html"
OPF = {"opf": "http://www.idpf.org/2007/opf", "dc": "http://purl.org/dc/elements/1.1/"}
XHTML = {"x": "http://www.w3.org/1999/xhtml", "epub": "http://www.idpf.org/2007/ops"}


@pytest.fixture(scope="module")
def epub(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("epub")
    record = convert_file(SEED, out, to="epub")
    assert record["status"] == "ok", record["error"]
    return Path(record["outputs"]["epub"])


def read(epub: Path | bytes, name: str) -> etree._Element:
    with zipfile.ZipFile(epub if isinstance(epub, Path) else io.BytesIO(epub)) as z:
        return etree.fromstring(z.read(name))


def pages(epub: Path) -> dict[str, etree._Element]:
    with zipfile.ZipFile(epub) as z:
        return {n: etree.fromstring(z.read(n)) for n in z.namelist() if n.endswith(".xhtml")}


def metadata(epub: Path | bytes) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for elem in read(epub, "EPUB/content.opf").find("opf:metadata", OPF):
        if etree.QName(elem).namespace == OPF["dc"]:
            found.setdefault(etree.QName(elem).localname, []).append(elem.text or "")
    return found


def test_metadata_title_date_language(epub):
    meta = metadata(epub)
    assert meta["title"] == [TITLE]
    assert meta["date"] == ["2023-03-03"]
    assert meta["language"] == ["zh-Hans"]


def test_modified_is_the_conversion_time_and_a_page_without_date_gets_no_date(monkeypatch):
    """pandoc's sandbox has no clock: without the fix both say 1970-01-01T00:00:00Z."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # 2023-11-14T22:13:20Z
    epub = convert_text("关于开展检查的通知\n\n正文一段。\n", to="epub")
    opf = read(epub, "EPUB/content.opf")
    modified = opf.find("opf:metadata/opf:meta[@property='dcterms:modified']", OPF)
    assert modified.text == "2023-11-14T22:13:20Z"
    assert "date" not in metadata(epub)
    with zipfile.ZipFile(io.BytesIO(epub)) as z:
        first = z.infolist()[0]
    assert (first.filename, first.compress_type) == ("mimetype", zipfile.ZIP_STORED)


def test_source_metadata_becomes_dc_source():
    page = "---\ntitle: 关于开展检查的通知\nsource: https://www.example.gov.cn/a/1.html\n---\n\n正文一段。\n"
    meta = metadata(convert_text(page, to="epub", input_format="markdown"))
    assert meta["source"] == ["https://www.example.gov.cn/a/1.html"]


def test_nav_lists_the_sections(epub):
    nav = read(epub, "EPUB/nav.xhtml").find(".//x:nav[@epub:type='toc']", XHTML)
    # pandoc starts a chapter for the text before the first heading and names it by the title.
    assert ["".join(a.itertext()) for a in nav.iter(f"{{{XHTML['x']}}}a")] == [TITLE, *HEADINGS]


def test_every_page_is_chinese_and_carries_the_cjk_style(epub):
    for name, page in pages(epub).items():
        assert page.get("{http://www.w3.org/XML/1998/namespace}lang") == "zh-Hans", name
        css = "".join(s.text or "" for s in page.iter(f"{{{XHTML['x']}}}style"))
        assert re.search(r"p\s*\{[^}]*text-indent:\s*2em", css), name
        assert '"Noto Serif CJK SC"' in css and ".masked" in css, name


def test_masks_are_marked_spans(epub):
    spans = [s for page in pages(epub).values() for s in page.iter(f"{{{XHTML['x']}}}span")
             if "masked" in (s.get("class") or "").split()]
    assert len(spans) == 125
    assert sum("".join(s.itertext()).count("*") for s in spans) == 266


def test_scraped_structure_is_made_valid():
    """Presentational attributes, raw HTML, dead links, images and duplicate ids go; text stays."""
    html = (
        '<html><head><title>通知</title></head><body><h1>关于开展检查的通知</h1>'
        # Enough prose around the links that main-content extraction keeps the paragraph.
        '<p id="a">第一段正文说明这次检查工作的时间安排、检查范围和具体要求，请各单位认真组织落实。'
        '<a href="sort1.asp" target="_blank">栏目链接</a>'
        '<a href="javascript:void(0)">脚本链接</a><a href="#missing">锚点</a>'
        '<a href="https://www.gov.cn/">外部链接</a></p>'
        '<table width="600" border="1"><tr><td width="50%" height="20">表格文字</td></tr></table>'
        '<p id="a">第二段正文要求各单位在规定时间内报送自查报告，'
        '逐项说明整改措施和完成时限，确保检查工作取得实效。</p></body></html>'
    )
    epub = convert_text(html, to="epub", input_format="html")
    with zipfile.ZipFile(io.BytesIO(epub)) as z:
        body = "".join(z.read(n).decode("utf-8") for n in z.namelist() if n.startswith("EPUB/text/ch"))
    for gone in ('width="', 'height="', 'border="', 'target="', "sort1.asp", "javascript:", "#missing"):
        assert gone not in body
    assert 'href="https://www.gov.cn/"' in body
    for kept in ("表格文字", "栏目链接", "脚本链接", "锚点", "外部链接", "第一段", "第二段"):
        assert kept in body
    assert len(re.findall(r'\bid="a"', body)) <= 1


def epubcheck_command() -> list[str]:
    """Debian's /usr/bin/epubcheck is the jar itself, which is not always executable."""
    found = shutil.which("epubcheck")
    if found and not os.path.realpath(found).endswith(".jar"):
        return [found]
    jar = os.path.realpath(found) if found else "/usr/share/java/epubcheck.jar"
    java = shutil.which("java")
    if not (java and os.path.isfile(jar)):
        pytest.skip("epubcheck and java not installed (make test installs epubcheck, default-jre-headless)")
    # Short-lived JVM: the client compiler and serial GC start faster.
    return [java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", jar]


def epubcheck_errors(path: Path) -> list[str]:
    proc = subprocess.run([*epubcheck_command(), str(path)], capture_output=True, text=True, timeout=300)
    output = proc.stdout + proc.stderr
    assert "Messages:" in output, output[-2000:]
    problems = [line for line in output.splitlines() if line.startswith(("ERROR", "FATAL"))]
    assert proc.returncode == 0 or problems, output[-2000:]
    return problems


def test_epubcheck_passes_the_seed(epub):
    assert epubcheck_errors(epub) == []


def test_epubcheck_passes_a_scraped_corpus_page(corpus, tmp_path):
    record = convert_file(corpus / CORPUS_PAGE, tmp_path, to="epub")
    assert record["status"] == "ok", record["error"]
    assert epubcheck_errors(Path(record["outputs"]["epub"])) == []


def test_a_page_without_title_gets_one_from_its_text():
    """EPUB needs dc:title; pandoc writes none (and an empty nav entry) when a page has none."""
    page = "<html><body><p>本单位于三月开展了安全生产大检查，共发现隐患十二处。</p><p>第二段。</p></body></html>"
    epub = convert_text(page, to="epub", input_format="html")
    assert metadata(epub)["title"] == ["本单位于三月开展了安全生产大检查，共发现隐患十二处。"]
    nav = read(epub, "EPUB/nav.xhtml").find(".//x:nav[@epub:type='toc']", XHTML)
    assert all("".join(a.itertext()).strip() for a in nav.iter(f"{{{XHTML['x']}}}a"))
