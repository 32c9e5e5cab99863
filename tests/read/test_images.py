"""The picture decision (read/images.py, read/svg.py): what is kept, what is dropped and why."""

from __future__ import annotations

import base64
import io

import pytest
from PIL import Image

from reportfmt.read.images import (
    Limits,
    PagePictures,
    check_picture,
    picture_bytes,
    referenced_paths,
    resolve_local,
    take_picture,
)
from reportfmt.read.svg import sanitise_svg


def png(width: int = 120, height: int = 80, fmt: str = "PNG") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (10, 120, 200)).save(out, format=fmt)
    return out.getvalue()


@pytest.mark.parametrize(("src", "base", "expected"), [
    ("report_files/chart.png", "", "report_files/chart.png"),
    ("./images/a.jpg?v=3#top", "2023", "2023/images/a.jpg"),
    ("../2023/images/share.gif", "2023", "2023/images/share.gif"),
    ("%E5%9B%BE%E7%89%87/%E5%9B%BE1.png", "", "图片/图1.png"),
    ("../../etc/passwd", "2023", None),  # leaves the input root
    ("/uploads/a.jpg", "", None),  # a site path
    ("https://example.cn/a.png", "", None),
    ("data:image/png;base64,AAAA", "", None),
])
def test_resolve_local(src, base, expected):
    assert resolve_local(src, base) == expected


@pytest.mark.parametrize(("src", "reason"), [
    ("https://img.example.cn/a.jpg", "remote: never fetched"),
    ("//cdn.example.cn/a.png", "remote: never fetched"),
    ("/uploads/a.jpg", "site path: not saved with the page"),
    ("../outside.png", "outside the input folder"),
    ("page_files/gone.png", "missing: not found beside the page"),
    ("javascript:alert(1)", "unsupported address (javascript:)"),
    ("data:image/png;base64,***", "malformed data: URI"),
])
def test_pictures_that_are_not_to_be_had_say_why(src, reason):
    assert picture_bytes(src, "", {}) == (None, reason)


def test_data_uri_and_local_file_give_their_bytes():
    data = png()
    uri = "data:image/png;base64," + base64.b64encode(data).decode()
    assert picture_bytes(uri, "", {}) == (data, "")
    assert picture_bytes("a_files/x.png", "", {"a_files/x.png": data}) == (data, "")
    assert picture_bytes("a_files/x.png", "", {"a_files/x.png": None})[1] == "too large (over images.max_bytes)"


def test_checks_are_by_bytes_and_limits():
    kept, reason = check_picture(png(), Limits())
    assert reason == "" and kept[1:] == ("image/png", 120, 80)
    assert check_picture(png(16, 16), Limits())[1] == "icon or spacer (16x16 px)"
    assert check_picture(png(), Limits(max_bytes=100))[1].startswith("too large (")
    assert check_picture(png(400, 400), Limits(max_pixels=1000))[1].startswith("too many pixels (400x400")
    assert check_picture(b"GIF89a not really", Limits())[1].startswith("damaged picture")
    assert check_picture(png()[:60], Limits())[1].startswith("damaged picture")
    assert check_picture(b"%PDF-1.4 ...", Limits())[1].startswith("not a picture type")


def test_webp_and_bmp_are_embedded_as_png():
    for fmt in ("WEBP", "BMP"):
        kept, _ = check_picture(png(fmt=fmt), Limits())
        assert kept[1] == "image/png" and kept[0].startswith(b"\x89PNG")


def test_svg_loses_script_handlers_and_external_references():
    svg = (b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
           b'viewBox="0 0 200 100" onload="alert(1)"><script>alert(2)</script>'
           b'<defs><linearGradient id="g"/></defs><rect width="200" height="100" fill="url(#g)" onclick="x()"/>'
           b'<image xlink:href="http://tracker.example/p.png" width="1" height="1"/>'
           b'<a href="javascript:alert(3)"><text>t</text></a><foreignObject><div>html</div></foreignObject></svg>')
    clean, size, reason = sanitise_svg(svg)
    assert reason == "" and size == (200, 100)
    text = clean.decode()
    for gone in ("script", "alert", "onload", "onclick", "tracker.example", "javascript", "foreignObject"):
        assert gone not in text
    assert 'fill="url(#g)"' in text and "<rect" in text


def test_svg_without_namespace_gets_it():
    clean, size, _ = sanitise_svg(b'<svg width="300" height="90"><rect width="10" height="10"/></svg>')
    assert b'xmlns="http://www.w3.org/2000/svg"' in clean and size == (300, 90)


def test_a_page_keeps_each_picture_once_and_counts_its_limit():
    pictures = PagePictures("page.pictures")
    data = png()
    resources = {"a.png": data, "b.png": data, "c.png": png(90, 90)}
    first = take_picture(pictures, ["a.png"], "甲", "", resources, Limits())
    again = take_picture(pictures, ["b.png"], "乙", "", resources, Limits())
    assert first == again == "page.pictures/1.png"
    assert take_picture(pictures, ["c.png"], "", "", resources, Limits(max_count=1)) is None
    assert pictures.dropped == [{"src": "c.png", "reason": "more than 1 pictures on the page (images.max_count)"}]
    off = PagePictures("p.pictures")
    assert take_picture(off, ["a.png"], "", "", resources, Limits(embed=False)) is None
    assert off.dropped[0]["reason"] == "not embedded (images.embed is false)"


def test_lazy_loading_placeholder_gives_way_to_the_real_picture():
    from reportfmt.read.html import read_html

    pictures = PagePictures("p.pictures")
    page = ('<html><body><p>正文第一段，内容较长，用于保证页面被识别为文章主体。' * 3 + '</p>'
            '<p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-original="p_files/real.png"></p>'
            '</body></html>')
    read_html(page, pictures=pictures, resources={"p_files/real.png": png()})
    assert [p.src for p in pictures.kept.values()] == ["p_files/real.png"]


def test_referenced_paths_reads_gbk_names():
    page = '<img src="图片/统计图.png"><img data-src="a.jpg"><a href="x.html">'.encode("gbk")
    assert referenced_paths(page, "2023") == {"2023/图片/统计图.png", "2023/a.jpg"}


def test_referenced_paths_matches_any_case_and_keeps_the_value_as_written():
    # Upper-case attribute names match; the value keeps its case, and its GBK bytes too:
    # the second byte of 侶 in GBK is an upper-case ASCII letter, which a lowered copy would change.
    page = '<IMG SRC="Pics/侶Chart.PNG"><img Data-Original=\'B.GIF\'><p>src is a word</p>'.encode("gbk")
    assert "侶".encode("gbk")[1:].isupper()
    assert referenced_paths(page, "") == {"Pics/侶Chart.PNG", "B.GIF"}


def test_inline_svg_is_sanitised_and_drawn_as_png():
    from reportfmt.read.html import read_html

    pictures = PagePictures("p.pictures")
    page = ('<html><body><div><p>正文第一段，内容较长，用于保证页面被识别为文章主体。' * 3 + '</p>'
            '<svg width="200" height="100" viewBox="0 0 200 100" onload="alert(1)"><title>流程示意</title>'
            '<script>alert(2)</script><linearGradient id="g"><stop offset="0"/></linearGradient>'
            '<rect width="200" height="100" fill="url(#g)"/></svg></div></body></html>')
    doc = read_html(page, pictures=pictures)
    (picture,) = pictures.kept.values()
    assert picture.mime == "image/png" and picture.data.startswith(b"\x89PNG")
    assert (picture.width, picture.height, picture.alt) == (200, 100, "流程示意")
    with Image.open(io.BytesIO(picture.data)) as drawn:
        assert drawn.size == (400, 200)  # drawn at twice its size
    import panflute as pf

    urls = []
    doc.walk(lambda e, _d: urls.append(e.url) if isinstance(e, pf.Image) else None)
    assert urls == ["p.pictures/1.png"]


def test_a_picture_whose_block_is_removed_is_listed_as_dropped():
    from reportfmt.batch.job import process_bytes
    from reportfmt.options import build_options

    page = ('<html><body><div class="nav"><a href="/">首页</a><img src="p_files/logo.png"></div><div><p>'
            + '正文第一段，内容较长，用于保证页面被识别为文章主体。' * 4 + '</p></div></body></html>')
    report = process_bytes(page.encode(), "p.html", build_options(), resources={"p_files/logo.png": png()}).report
    assert report.images == []
    assert report.images_dropped == [{"src": "p_files/logo.png", "reason": "removed with the block that held it"}]


# det41: an inline SVG (and the <title> it brings as alt text) was kept or dropped by where
# reportfmt ran from: drawing it needs the typst engine, whose set-up (styles/fonts.json, a
# lazy import) failed inside the try that records a picture as damaged. A /tmp copy of src/
# (no styles/) kept none of a page's SVGs, and web-gold page 0ef8393b lost a line.
_BADGE = (b'<svg xmlns="http://www.w3.org/2000/svg" width="109" height="40" viewBox="0 0 109 40">'
          b'<title>App badge</title><rect width="109" height="40" fill="#000"/></svg>')


@pytest.mark.parametrize("failure", [FileNotFoundError("styles/fonts.json"), ImportError("cycle")])
def test_an_svg_engine_that_cannot_be_set_up_is_an_error_not_a_damaged_picture(monkeypatch, failure):
    import reportfmt.read.svg as svg

    def broken():
        raise failure

    monkeypatch.setattr(svg, "svg_engine", broken)
    with pytest.raises(type(failure)):
        check_picture(_BADGE, Limits())


def test_no_cjk_font_drops_every_svg_alike_and_says_why(monkeypatch):
    import reportfmt.read.svg as svg
    from reportfmt.errors import ReportfmtError

    def no_font():
        raise ReportfmtError("no CJK font found")

    monkeypatch.setattr(svg, "svg_engine", no_font)
    assert check_picture(_BADGE, Limits()) == (None, "not drawn (no CJK font found)")
    assert check_picture(_BADGE, Limits()) == (None, "not drawn (no CJK font found)")


_ORDER_SCRIPT = r"""
import sys
if sys.argv[1] == "styles-missing":
    import tempfile
    from reportfmt import resources
    resources._styles.append(__import__("pathlib").Path(tempfile.mkdtemp()))
elif sys.argv[1] == "pdf-first":
    import reportfmt.write.pdf  # noqa: F401
import panflute as pf
from reportfmt.read.html import read_html
from reportfmt.read.images import PagePictures
page = sys.stdin.read()
if sys.argv[1] == "page-before":
    read_html(page.replace("App badge", "Other badge"), pictures=PagePictures("before.pictures"))
pictures = PagePictures("p.pictures")
doc = read_html(page, pictures=pictures)
alts = []
doc.walk(lambda e, _d: alts.append(pf.stringify(e)) if isinstance(e, pf.Image) else None)
sys.stdout.write(repr((pf.stringify(doc), alts, [(p.alt, p.width, p.height) for p in pictures.kept.values()])))
"""


def test_an_inline_svg_page_reads_the_same_whatever_ran_before_in_the_process():
    """The same page in fresh processes: plain, with the PDF writer imported first, after
    another SVG page; and with styles/ not found, which must fail, not give another text."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    src = str(Path(__file__).resolve().parents[2] / "src")
    page = ("<html><body><article><p>" + "正文第一段，内容较长，用于保证页面被识别为文章主体。" * 4 + "</p>"
            "<p>" + _BADGE.decode() + "</p></article></body></html>")

    def run(setting: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-c", _ORDER_SCRIPT, setting], input=page, capture_output=True,
                              text=True, env={**os.environ, "PYTHONPATH": src}, timeout=120)

    plain = run("plain")
    assert plain.returncode == 0, plain.stderr
    assert "App badge" in plain.stdout
    for setting in ("pdf-first", "page-before"):
        other = run(setting)
        assert (other.returncode, other.stdout) == (0, plain.stdout), setting
    missing = run("styles-missing")
    assert missing.returncode != 0 and "fonts.json" in missing.stderr
