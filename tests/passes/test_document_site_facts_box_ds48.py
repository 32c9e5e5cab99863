"""A 文库 page's facts box scraped one fact a line switches the document-site profile on (round 48, ds48).

A document-sharing page may show one marker only, the file's size on its own line, with the rest
of its facts box around it: the upload date, the bare page count ("3 页") and the report button.
A short line is no evidence alone (an author's list may hold "- 12"); a count with its unit within
BOX_REACH lines of a marker line is the box's, and with the button it makes the two gated lines
that switch the profile on. A bare number or a lone button word stays no evidence even there
(test_template_sites). Fixtures are written here in our own words with made-up names.
"""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "柳溪镇中心小学宿管老师先进事迹"
BODY = ["她在宿舍值班室一住就是八年，每晚熄灯前都要把每张床走一遍，给踢了被子的孩子重新盖好。",
        "孩子发烧时，她半夜背着去镇卫生院，天亮了再回来给其他孩子张罗早饭，从来没有耽误过一次早读。"]


def test_a_bare_page_count_beside_the_file_size_is_the_facts_box():
    doc, report = clean("\n".join([TITLE, "2025-03-14", "58.30KB", "4 页", "侵权投诉", *BODY]))
    assert texts(doc) == BODY
    assert removed(report, "document-site.file-fact-bare") == ["4 页"]
    assert removed(report, "document-site.file-button") == ["侵权投诉"]


def test_a_bare_count_far_from_the_marker_is_no_evidence():
    # The same count and button, but the file's size stands at the page's end, far from them:
    # one marker and one gated line leave the profile off, and the author's lines stay.
    lines = [TITLE, "4 页", "侵权投诉", *BODY, "说明：以上材料由校办整理。", "58.30KB"]
    doc, _report = clean("\n".join(lines))
    assert "4 页" in texts(doc)
    assert "侵权投诉" in texts(doc)


def test_a_bare_number_beside_the_file_size_is_still_no_evidence():
    doc, _report = clean("\n".join([TITLE, "58.30KB", "- 4", "侵权投诉", *BODY]))
    assert "侵权投诉" in texts(doc)


def test_a_bare_count_without_any_marker_stays():
    doc, _report = clean("\n".join([TITLE, "4 页", "侵权投诉", *BODY]))
    assert texts(doc)[:2] == ["4 页", "侵权投诉"]
