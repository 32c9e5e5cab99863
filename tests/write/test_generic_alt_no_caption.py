"""A picture whose alt text only says it is a picture ("示意", "插图", "图片", "Figure") and that
has no caption line gets no caption: "图1 示意" under it would read as a title the page never
gave. A real alt text still becomes the caption, and the numbers count only real captions. The
alt text itself stays on the picture."""

from __future__ import annotations

import base64
import io
import re

import pytest
from PIL import Image

from outputs import docx_paragraphs
from reportfmt.api import convert_text


def _uri(width: int) -> str:
    buf = io.BytesIO()
    Image.new("RGB", (width, 80), (40, 120, 200)).save(buf, "PNG")
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode()


def _page(alt: str) -> str:
    return ('<html><head><meta charset="utf-8"><title>书屋布局</title></head><body><h1>青禾书屋布局说明</h1>'
            "<p>书屋今年新增了一个阅读角，下面是它的位置和座位的安排情况，供读者参考。</p>"
            f'<p><img src="{_uri(120)}" alt="{alt}"></p>'
            "<p>阅读角共有十二个座位，靠窗的一排留给带孩子的家长，欢迎读者提出意见。</p>"
            f'<p><img src="{_uri(160)}" alt="靠窗一排的亲子座位"></p>'
            "<p>书屋每周二闭馆整理图书，其余时间照常开放，节假日另行通知。</p></body></html>")


def _captions(markdown: str) -> list[str]:
    return re.findall(r"!\[([^\]]*)\]\(", markdown)


@pytest.mark.parametrize("alt", ["示意", "示意图", "插图", "图片", "Figure"])
def test_generic_alt_makes_no_caption(alt):
    markdown = convert_text(_page(alt), to="md", input_format="html")
    assert _captions(markdown) == ["", "图1 靠窗一排的亲子座位"]
    assert f'alt="{alt}"' in markdown  # the alt text stays on the picture


def test_real_alt_still_captions():
    markdown = convert_text(_page("阅读角的位置"), to="md", input_format="html")
    assert _captions(markdown) == ["图1 阅读角的位置", "图2 靠窗一排的亲子座位"]


def test_docx_prints_no_made_up_caption(tmp_path):
    path = tmp_path / "a.docx"
    path.write_bytes(convert_text(_page("示意"), to="docx", input_format="html"))
    texts = [text for _style, text in docx_paragraphs(path)]
    assert not [text for text in texts if "示意" in text]
    assert "图1 靠窗一排的亲子座位" in texts
