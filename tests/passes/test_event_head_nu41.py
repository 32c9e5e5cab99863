"""The fields of the event a notice or a school's news item announces at its head (日期, 時間,
地點; on a bilingual page with their English beside: "地點 | Venue：…") are the text's: kept in
the body, not taken for the page's date or facts. A page's own facts (发布时间, 来源) name no place
and still go. Made-up pages."""

from __future__ import annotations

from helpers import clean, texts

BODY = ["本校於上週五舉行校園科學展覽，各年級同學展示了自己設計的小實驗，吸引不少家長到場參觀。",
        "The school held its Science Fair last Friday, and many parents came to see the experiments."]


def test_bilingual_event_fields_stay_in_the_body():
    fields = ["日期 | Date：2024年3月15日", "時間 | Time：下午2:30~4:00 p.m.", "地點 | Venue：圖書館三樓 | Library 3/F"]
    doc, report = clean("\n".join(["zh_TW", *fields, *BODY]))
    assert texts(doc)[:3] == fields
    assert report.date is None
    assert [r["text"] for r in report.removed] == ["zh_TW"]


def test_event_fields_in_one_script_stay_too():
    fields = ["日期：2024年3月15日", "時間：下午兩點半", "地點：圖書館三樓"]
    doc, report = clean("\n".join([*fields, *BODY]))
    assert texts(doc)[:3] == fields and report.date is None


def test_a_pages_facts_without_a_place_still_go():
    doc, report = clean("\n".join(["发布时间：2024-03-15", "来源：本站", *BODY]))
    assert texts(doc) == BODY
    assert report.date == "2024-03-15"
