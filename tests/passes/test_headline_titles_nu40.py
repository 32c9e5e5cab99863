"""A page's headline is its title where the <title> says less: a site's shortened <title> leaves out the
year its h1 has ("…年度报告" over "…2026年度报告"), or names only the kind of page ("通告" over
"關於…的通告"). The headline, the document's own name, is the title, and is not printed twice."""

from __future__ import annotations

from reportfmt.batch.job import process_bytes
from reportfmt.options import build_options
from reportfmt.passes.elements import block_text
from reportfmt.passes.title_suffixes import headline_with_date

PAGE = ("<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
        "<div class='bar'><a href='/'>中文</a> | <a href='/en'>English</a></div>"
        "<h1>{headline}</h1>"
        "<p>本报告说明了社区图书室与友好城市图书馆合办的阅读推广项目一年来的运行情况。</p>"
        "<p>This report sets out how the shared reading programme ran over the year.</p>"
        "<h2>一、活动开展 Activities</h2><p>全年举办读书会二十场，参加的居民超过六百人次。</p>"
        "<h2>二、下步打算 Next Steps</h2><p>明年将增设面向老年读者的大字本专架。</p></body></html>")


def _convert(title: str, headline: str):
    page = PAGE.format(title=title, headline=headline)
    return process_bytes(page.encode("utf-8"), "report.html", build_options())


def test_the_headline_with_its_year_is_the_title_and_leaves_the_body():
    processed = _convert("阅读推广项目年度报告 Reading Programme Report - 某某社区网",
                         "阅读推广项目2026年度报告 Reading Programme Report 2026")
    assert processed.report.title == "阅读推广项目2026年度报告 Reading Programme Report 2026"
    lines = [block_text(b) for b in processed.doc.content]
    assert not any(line.startswith("阅读推广项目") for line in lines)
    assert lines[0].startswith("本报告说明了")


def test_a_headline_saying_other_words_than_a_year_is_not_taken_for_the_title():
    assert headline_with_date("阅读推广项目年度报告", "阅读推广项目2026年度报告") == "阅读推广项目2026年度报告"
    school_year = "阅读推广项目2025—2026学年度报告"
    assert headline_with_date("阅读推广项目年度报告", school_year) == school_year
    assert headline_with_date("阅读推广项目年度报告", "阅读推广项目年度报告（修订稿）") is None
    assert headline_with_date("阅读推广项目年度报告", "第二阅读推广项目年度报告") is None  # a word, no year
    assert headline_with_date("阅读推广项目年度报告", "阅读推广项目年度报告") is None


NOTICE = ("<html lang='zh-Hant-MO'><head><meta charset='utf-8'><title>{title}</title></head><body>"
          "<div class='top'><a href='/'>首頁</a> | <a href='/news'>新聞</a></div>"
          "<div class='content'><h2>關於調整某某圖書館開放時間的通告</h2>"
          "<p>為配合館內照明系統的維修，某某圖書館將自四月一日起，每逢星期一下午暫停開放。</p>"
          "<p>維修期間，其他時段照常開放，讀者可透過網上平台辦理續借。</p>"
          "<p>因維修帶來的不便，敬請見諒。</p></div></body></html>")


def test_a_title_naming_only_the_kind_of_page_gives_way_to_the_headline_of_that_kind():
    processed = process_bytes(NOTICE.format(title="通告 - 某某文化局").encode("utf-8"), "notice.html",
                              build_options())
    assert processed.report.title == "關於調整某某圖書館開放時間的通告"
    assert block_text(processed.doc.content[0]).startswith("為配合館內照明系統的維修")


def test_a_kind_word_the_headline_does_not_end_with_stays_the_title():
    processed = process_bytes(NOTICE.format(title="新聞 - 某某文化局").encode("utf-8"), "notice.html",
                              build_options())
    assert processed.report.title == "新聞"
