"""A title over its dashed subtitle line ("关于…的调研报告" / "——以三个街道为例"): the title is the
first line alone and the subtitle is the metadata's `subtitle`, which the DOCX prints as its
Subtitle paragraph under the Title one, and the EPUB in its title block (never lost)."""

from __future__ import annotations

import io
import re
import zipfile

from helpers import clean
from reportfmt.api import convert_text

# Made-up report in the form of a survey report with a dashed subtitle.
REPORT = ("关于我区老旧小区改造情况的调研报告\n——以三个街道为例\n"
          "今年以来，区住建局对三个街道的老旧小区改造情况进行了调研。\n一、基本情况\n共改造小区四十个。")


def _paragraphs(xml: str) -> list[tuple[str | None, str]]:
    found = []
    for paragraph in re.findall(r"<w:p>.*?</w:p>|<w:p .*?</w:p>", xml, re.S):
        style = re.search(r'w:pStyle w:val="(\w+)"', paragraph)
        found.append((style and style.group(1), "".join(re.findall(r"<w:t[^>]*>([^<]*)", paragraph))))
    return found


def test_the_subtitle_is_the_docxs_subtitle_paragraph_under_the_title():
    with zipfile.ZipFile(io.BytesIO(convert_text(REPORT, to="docx"))) as z:
        paragraphs = _paragraphs(z.read("word/document.xml").decode("utf-8"))
    assert paragraphs[:3] == [("Title", "关于我区老旧小区改造情况的调研报告"), ("Subtitle", "——以三个街道为例"),
                              ("FirstParagraph", "今年以来，区住建局对三个街道的老旧小区改造情况进行了调研。")]


def test_the_subtitle_is_in_the_markdowns_metadata_and_the_epubs_title_page():
    head = convert_text(REPORT, to="md").split("---")[1]
    assert "title: 关于我区老旧小区改造情况的调研报告\n" in head
    assert "subtitle: ——以三个街道为例\n" in head
    with zipfile.ZipFile(io.BytesIO(convert_text(REPORT, to="epub"))) as z:
        page = z.read("EPUB/text/title_page.xhtml").decode("utf-8")
    assert '<p class="subtitle">——以三个街道为例</p>' in page


def test_masks_in_the_subtitle_are_marked_like_the_titles():
    # A template's subtitle with its person and year crossed out: both masks are reported and the
    # DOCX marks them with the mask character style, as the title's and the body's are.
    speech = ("在年度民主生活会上的对照检查发言\n——XX同志在20xx年度专题民主生活会上的发言\n"
              "按照会议安排，我围绕主题作对照检查。\n一、存在的问题\n学习不够深入。")
    _, report = clean(speech)
    assert [m["text"] for m in report.masks] == ["XX", "xx"]  # a year mask is its crosses
    with zipfile.ZipFile(io.BytesIO(convert_text(speech, to="docx"))) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    subtitle = next(p for p in re.findall(r"<w:p>.*?</w:p>|<w:p .*?</w:p>", xml, re.S) if "Subtitle" in p)
    assert subtitle.count("<w:rStyle ") == 2
