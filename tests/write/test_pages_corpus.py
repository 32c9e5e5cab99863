"""The team's page corpus (tests/data/pages) through the real batch: every local picture is in
the DOCX media, the EPUB manifest and the PDF; no caption is numbered twice; every masked
cell is marked; what the passes remove is recorded; every EPUB passes epubcheck.

The pages were written for the project (see tests/data/pages/make_pictures.py for their
pictures). The `archived/` folder goes in as a .zip and as a .tar.gz, so pictures are read
from archive members too. What each page must give is written out below, by hand.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import tarfile
import zipfile
from pathlib import Path

import pypdf
import pytest
from lxml import etree

from reportfmt import convert_many

PAGES = Path(__file__).resolve().parents[1] / "data" / "pages"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
OPF = {"opf": "http://www.idpf.org/2007/opf"}

# Per page: pictures embedded, captions (in reading order), wholly masked table cells,
# pictures dropped (src -> reason), removed blocks (rule families), the author.
EXPECTED = {
    "report.html": dict(
        pictures=1, captions=["表1 2023年主要经济指标", "图1 2023年各季度生产总值增速"], masked_cells=3,
        dropped={}, rules=["title", "meta-lines", "lead-in"], author=None,
        chrome=["当前位置", "推荐访问", "统计工作计划范文", "版权所有", "京ICP备12345678号"]),
    "merged.html": dict(
        pictures=0, captions=["表1 各乡镇主要农作物播种面积和产量"], masked_cells=4, dropped={},
        rules=["title", "meta-lines"], author="县农业农村局办公室", chrome=["办事指南", "网站标识码"]),
    "data_uri.html": dict(
        pictures=2, captions=["图1 上半年各月新增签约人数", "图2 家庭医生服务流程示意"], masked_cells=0, dropped={},
        rules=["title", "meta-lines"], author=None, chrome=["工作动态", "健康路1号"]),
    "remote.html": dict(
        pictures=0, captions=[], masked_cells=0,
        dropped={"/static/logo.png": "site path: not saved with the page",
                 "https://img.example.cn/2023/12/check.jpg": "remote: never fetched",
                 "//cdn.example.cn/photo/drill.png": "remote: never fetched",
                 "/uploads/allimg/231228/1-23122Q5.jpg": "site path: not saved with the page",
                 "remote_files/missing.png": "missing: not found beside the page"},
        rules=["title", "meta-lines"], author=None, chrome=["相关推荐", "Powered by"]),
    "lists.html": dict(pictures=0, captions=[], masked_cells=0, dropped={}, rules=["title"], author=None,
                       chrome=["版权所有"]),
    "layout.html": dict(pictures=0, captions=[], masked_cells=2, dropped={}, rules=["title"], author=None,
                        chrome=["公开指南", "联系电话"]),
    "wide.html": dict(
        pictures=0, captions=["表1 上半年各片区月用水量", "表2 重点点位水质月度监测结果"], masked_cells=4,
        dropped={}, rules=["title"], author=None, chrome=["数据发布", "版权所有"]),
    "figures.html": dict(
        pictures=2, captions=["图1 各季度活动场次", "图2 馆内展厅一角"], masked_cells=0,
        dropped={"figures_files/icon.png": "icon or spacer (16x16 px)"}, rules=["title", "meta-lines"],
        author="区文化馆", chrome=["关于我们"]),
    "gbk_page.html": dict(
        pictures=1, captions=["图1 各年级优秀率变化"], masked_cells=2, dropped={}, rules=["title", "meta-lines"],
        author=None, chrome=["教学管理", "Copyright"]),
    "2023/summary.html": dict(
        pictures=2, captions=["图1 新版门户网站首页", "图2 访问来源构成"], masked_cells=0, dropped={},
        rules=["title"], author=None, chrome=["年度总结"]),
    "2023/notice.html": dict(pictures=1, captions=["图1 迁移期间访问来源构成"], masked_cells=0, dropped={},
                             rules=["title"], author=None, chrome=[]),
}


def page_key(record: dict) -> str:
    source = record["source"].split("!")[-1]
    return "/".join(Path(source).parts[-2:]) if "2023" in source else Path(source).name


@pytest.fixture(scope="module")
def converted(tmp_path_factory):
    """The pages folder (archived/ as a .zip and a .tar.gz) converted to DOCX, PDF, EPUB, md."""
    work = tmp_path_factory.mktemp("pages")
    out = work / "out"
    records = convert_many([stage_pages(work / "in")], out, to="docx,pdf,epub,md", jobs=2)
    return out, records


def stage_pages(inputs: Path) -> Path:
    """The pages folder copied to `inputs`, its archived/ folder as a .zip and a .tar.gz."""
    shutil.copytree(PAGES, inputs, ignore=shutil.ignore_patterns("make_pictures.py", "archived"))
    with zipfile.ZipFile(inputs / "archived.zip", "w") as archive:
        for path in sorted((PAGES / "archived").rglob("*")):
            if path.is_file():
                archive.write(path, path.relative_to(PAGES / "archived").as_posix())
    with tarfile.open(inputs / "archived.tar.gz", "w:gz") as archive:
        archive.add(PAGES / "archived" / "2023", arcname="2023")
    return inputs


def test_every_page_converts(converted):
    _out, records = converted
    assert all(r["status"] == "ok" for r in records), [r["error"] for r in records if r["status"] != "ok"]
    keys = [page_key(r) for r in records]
    assert sorted(set(keys)) == sorted(EXPECTED)
    assert keys.count("2023/summary.html") == 2  # once from the zip, once from the tar


def test_every_local_picture_is_embedded_in_docx_epub_and_pdf(converted):
    _out, records = converted
    for record in records:
        expected = EXPECTED[page_key(record)]
        hashes = sorted(image["sha256"] for image in record["images"])
        assert len(hashes) == expected["pictures"], record["source"]
        assert sorted(_sha(data) for data in docx_media(record["outputs"]["docx"])) == hashes, record["source"]
        assert sorted(_sha(data) for data in epub_images(record["outputs"]["epub"])) == hashes, record["source"]
        assert pdf_image_count(record["outputs"]["pdf"]) == len(hashes), record["source"]
        for image in record["images"]:  # written beside the outputs, where the markdown names them
            assert _sha(Path(image["file"]).read_bytes()) == image["sha256"]
            assert Path(image["file"]).relative_to(Path(record["outputs"]["md"]).parent).as_posix() in \
                Path(record["outputs"]["md"]).read_text(encoding="utf-8")


def test_dropped_pictures_are_listed_with_their_reason(converted):
    _out, records = converted
    for record in records:
        dropped = {d["src"]: d["reason"] for d in record["images_dropped"]}
        assert dropped == EXPECTED[page_key(record)]["dropped"], record["source"]


def test_captions_are_numbered_once_in_every_output(converted):
    _out, records = converted
    twice = re.compile(r"([图表])\s*\d+\s*[:：]?\s*\1\s*\d+")
    for record in records:
        expected = EXPECTED[page_key(record)]["captions"]
        assert docx_captions(record["outputs"]["docx"]) == expected, record["source"]
        pdf_text = "".join(page.extract_text() for page in pypdf.PdfReader(record["outputs"]["pdf"]).pages)
        assert not twice.search(pdf_text.replace(" ", "")), record["source"]
        for caption in expected:
            assert caption.replace(" ", "") in pdf_text.replace(" ", "").replace("\n", ""), (record["source"], caption)


def test_every_wholly_masked_cell_is_marked_in_docx(converted):
    _out, records = converted
    for record in records:
        cells = docx_cells(record["outputs"]["docx"])
        masked = [c for c in cells if c[0] and set(c[0]) <= set("*.")]
        assert len(masked) == EXPECTED[page_key(record)]["masked_cells"], record["source"]
        assert all(styled == text for text, styled in masked), record["source"]


def test_what_the_passes_remove_is_recorded_and_authors_are_people(converted):
    _out, records = converted
    for record in records:
        expected = EXPECTED[page_key(record)]
        families = [r["rule"].split(".")[0] for r in record["removed"] if not r["rule"].startswith("extract.")]
        assert families == expected["rules"], record["source"]
        assert record["author"] == expected["author"], record["source"]


def test_no_chrome_reaches_an_output(converted):
    _out, records = converted
    for record in records:
        text = Path(record["outputs"]["md"]).read_text(encoding="utf-8")
        for chrome in EXPECTED[page_key(record)]["chrome"]:
            assert chrome not in text, (record["source"], chrome)


def test_every_dom_removal_is_in_removed(converted):
    """The chrome the DOM extraction drops (nav, breadcrumb, 推荐访问, footer) is in `removed`
    as extract.<reason>, the lines the passes drop under their own rules."""
    _out, records = converted
    for record in records:
        assert all(r["rule"].split(".")[0] and r["text"] for r in record["removed"]), record["source"]
        removed = " ".join(r["text"] for r in record["removed"])
        for chrome in EXPECTED[page_key(record)]["chrome"]:
            assert chrome in removed, (record["source"], chrome)


def test_every_epub_passes_epubcheck(converted):
    from write.test_outputs_epub import epubcheck_command

    _out, records = converted
    command = epubcheck_command()
    for record in {page_key(r): r for r in records}.values():  # the archives' copies once
        proc = subprocess.run([*command, record["outputs"]["epub"]], capture_output=True, text=True, timeout=300)
        assert proc.returncode == 0, (record["source"], proc.stdout[-2000:], proc.stderr[-2000:])


def test_docx_tables_follow_gbt9704_practice(converted):
    """Full width, 4号 (5号 for wide tables) table styles, landscape section for the widest."""
    _out, records = converted
    wide = next(r for r in records if page_key(r) == "wide.html")
    report = next(r for r in records if page_key(r) == "report.html")
    with zipfile.ZipFile(report["outputs"]["docx"]) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    assert '<w:tblW w:type="pct" w:w="5000" />' in xml
    assert 'w:pStyle w:val="TableHeading"' in xml and 'w:pStyle w:val="TableText"' in xml
    assert xml.count('<w:jc w:val="right" />') >= 6  # the two numeric columns' body cells
    with zipfile.ZipFile(wide["outputs"]["docx"]) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    assert xml.count('w:orient="landscape"') == 1 and 'w:pStyle w:val="TableTextSmall"' in xml


# --- reading the outputs ----------------------------------------------------------------------


def _sha(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()


def docx_media(path: str) -> list[bytes]:
    with zipfile.ZipFile(path) as z:
        return [z.read(n) for n in z.namelist() if n.startswith("word/media/")]


def epub_images(path: str) -> list[bytes]:
    with zipfile.ZipFile(path) as z:
        opf_name = next(n for n in z.namelist() if n.endswith(".opf"))
        opf = etree.fromstring(z.read(opf_name))
        base = opf_name.rsplit("/", 1)[0]
        items = opf.iterfind(".//opf:manifest/opf:item", OPF)
        return [z.read(f"{base}/{item.get('href')}") for item in items
                if item.get("media-type", "").startswith("image/") and "cover" not in item.get("id", "")]


def pdf_image_count(path: str) -> int:
    count = 0
    for page in pypdf.PdfReader(path).pages:
        resources = page.get("/Resources") or {}
        xobjects = resources.get("/XObject") or {}
        count += sum(1 for ref in xobjects.values() if ref.get_object().get("/Subtype") in ("/Image", "/Form"))
    return count


def _paragraphs(path: str) -> list[etree._Element]:
    with zipfile.ZipFile(path) as z:
        return list(etree.fromstring(z.read("word/document.xml")).iter(f"{{{W}}}p"))


def _text(elem: etree._Element) -> str:
    return "".join(t.text or "" for t in elem.iter(f"{{{W}}}t"))


def docx_captions(path: str) -> list[str]:
    found = []
    for p in _paragraphs(path):
        style = p.find(f"{{{W}}}pPr/{{{W}}}pStyle")
        if style is not None and style.get(f"{{{W}}}val") in ("TableCaption", "ImageCaption"):
            found.append(_text(p))
    return found


def docx_cells(path: str) -> list[tuple[str, str]]:
    """Each table cell's text, and the part of it in Masked runs."""
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    cells = []
    for cell in root.iter(f"{{{W}}}tc"):
        styled = ""
        for run in cell.iter(f"{{{W}}}r"):
            style = run.find(f"{{{W}}}rPr/{{{W}}}rStyle")
            if style is not None and style.get(f"{{{W}}}val") == "Masked":
                styled += _text(run)
        cells.append((_text(cell).strip(), styled))
    return cells


def test_pdf_image_count_reads_xobjects():
    """The PDF helper counts what typst writes for a picture (checked on a one-picture PDF)."""
    from read.test_images import png
    from reportfmt.write.pdf import compile_pdf

    pdf = compile_pdf('#image("a.png", width: 50%)', files={"a.png": png()})
    path = io.BytesIO(pdf)
    assert sum(1 for page in pypdf.PdfReader(path).pages for _ in page.images) == 1
