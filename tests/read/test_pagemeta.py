"""Page metadata from whole HTML pages: date choice, author and site, into DOCX and EPUB."""

from __future__ import annotations

import re
import zipfile

import lxml.html
import pytest

from helpers import clean, texts
from reportfmt.batch.job import process_bytes
from reportfmt.options import build_options
from reportfmt.passes.elements import block_text
from reportfmt.read.pagemeta import AUTHOR_LABEL, SOURCE_LABEL, label_value, page_date
from reportfmt.write.render import write_outputs

BODY = "".join(f"<p>第{n}段：我们认真落实各项工作，取得了明显成效，群众满意度持续提高。</p>" for n in range(1, 5))


def date_of(html: str) -> str | None:
    root = lxml.html.document_fromstring(f"<html><body>{html}</body></html>")
    return page_date(root, "第1段：我们认真落实各项工作")


@pytest.mark.parametrize(
    ("html", "date"),
    [
        # A government document's own signing date beats the upload day.
        ("<div>成文日期： 2022年01月27日 发布日期： 2022年01月28日</div>" + BODY, "2022-01-27"),
        # The label nearest the article wins over an earlier "建立于" or archive date.
        ("<div>建立于:2004年10月6日</div><div>张三 发表于 2005-9-15 11:46:00</div>" + BODY, "2005-09-15"),
        # US order is used only with a 12-hour clock, which settles it.
        ("<div>发布日期： 9/17/2004 5:54:13 AM</div>" + BODY, "2004-09-17"),
        # A range of US archive dates is not 2004-01-01; dates inside links are other pages'.
        ("<div>12/01/2004 - 01/01/2005 <a href='/x'>精选(截止2006年8月10日)</a></div>"
         "<div>标题 2005-06-14 03:25:55</div>" + BODY, "2005-06-14"),
        # Only year and month known: reduced precision, no invented day.
        (BODY + "<p>——《北京之春》1998年3月号</p>", "1998-03"),
        ("<div>2005年03月31日03:18</div>" + BODY, "2005-03-31"),
    ],
)
def test_publication_date_choice(html, date):
    assert date_of(html) == date


PAGE = f"""<html><head><meta charset="utf-8"><title>关于加强管理的通知_某某网</title>
<meta property="og:site_name" content="某某网"></head><body>
<div class="nav"><a href="/">首页</a> <a href="/a">通知</a></div>
<div class="main"><h1>关于加强管理的通知</h1>
<div class="info">发布时间：2023-03-03 19:55 作者：张三 来源：人民日报</div>
<div class="content">{BODY}</div></div></body></html>"""


def test_author_and_source_reach_manifest_docx_and_epub(tmp_path):
    processed = process_bytes(PAGE.encode("utf-8"), "page.html", build_options())
    report = processed.report
    assert (report.title, report.date, report.author, report.source) == (
        "关于加强管理的通知", "2023-03-03", "张三", "人民日报")
    outputs = write_outputs(processed.doc, ["docx", "epub"], tmp_path / "page", build_options())
    with zipfile.ZipFile(outputs["docx"]) as z:
        core = z.read("docProps/core.xml").decode("utf-8")
    assert re.search(r"<dc:creator>张三</dc:creator>", core)
    with zipfile.ZipFile(outputs["epub"]) as z:
        opf = z.read(next(n for n in z.namelist() if n.endswith(".opf"))).decode("utf-8")
    assert re.search(r"<dc:creator[^>]*>张三</dc:creator>", opf)
    assert re.search(r"<dc:publisher>人民日报</dc:publisher>", opf)


def test_site_name_from_meta_when_no_source_line():
    page = PAGE.replace(" 作者：张三 来源：人民日报", "")
    report = process_bytes(page.encode("utf-8"), "page.html", build_options()).report
    assert report.source == "某某网" and report.author is None


def test_glued_meta_line_on_a_text_page_gives_author_and_source():
    doc, report = clean("某某工作总结\n更新时间:2023-03-03作者:李四来源:众一秘书网\n正文第一段。")
    assert (report.author, report.source, report.date) == ("李四", "众一秘书网", "2023-03-03")
    assert texts(doc) == ["正文第一段。"]


@pytest.mark.parametrize(
    ("line", "author"),
    [
        # A view count's label glued after the name ends it, in traditional or simplified
        # characters, with its counter word (數, 量, 次数) after the label.
        ("作者:孫燕瀏覽數:4次", "孫燕"),
        ("作者：王小明浏览量：120", "王小明"),
        ("作者:陈静阅读次数:37", "陈静"),
        ("作者:趙六點擊:9 來源:某某報", "趙六"),
        ("作者:李四來源:某某報", "李四"),
        # A name that only ends in a counter character keeps it (no label before it).
        ("作者:林数 发布时间:2023-03-03", "林数"),
    ],
)
def test_a_label_glued_after_the_author_ends_the_name(line, author):
    assert label_value(AUTHOR_LABEL.search(line)) == author


def test_a_glued_view_count_does_not_join_the_author_on_a_text_page():
    doc, report = clean("某某活动简报\n作者:孫燕瀏覽數:4次\n活动于上周顺利举行，师生共同参与。")
    assert report.author == "孫燕"
    assert texts(doc) == ["活动于上周顺利举行，师生共同参与。"]
    assert label_value(SOURCE_LABEL.search("来源:某某报瀏覽:8")) == "某某报"


def test_a_first_line_with_a_section_number_is_not_the_title():
    doc, report = clean("三. 加强管理\n各单位要加强管理。")
    assert report.title is None
    assert texts(doc)[0] == "三. 加强管理"


def test_a_title_naming_the_site_only_gives_way_to_the_pages_headline():
    # The site's template left the article's part of <title> empty ("-某某网"): the page's one
    # h1 is its title, and the site's name is no document's title.
    article = "<h1>村里的低保怎么申请</h1>" + BODY
    for head, title in (("<title>-青川历史网</title>", "村里的低保怎么申请"),
                        ("<title> _ 青川历史网</title>", "村里的低保怎么申请")):
        page = f"<html><head>{head}</head><body><div class='nav'><h1><a href='/'>青川历史网</a></h1></div>" \
               f"<div class='content'>{article}</div></body></html>"
        report = process_bytes(page.encode("utf-8"), "page.html", build_options()).report
        assert report.title == title, head
    # Two headlines and a site-only <title>: no title is made up.
    page = f"<html><head><title>-青川历史网</title></head><body><h1>甲</h1><div>{article}</div></body></html>"
    report = process_bytes(page.encode("utf-8"), "page.html", build_options()).report
    assert report.title != "-青川历史网"


def test_a_titles_site_suffix_after_the_headline_goes_whatever_the_sites_name():
    # "<headline>-<any site's name>": no suffix list knows every county government's name, but
    # the page's one h1 says where the headline ends. A title that only starts like the h1
    # (no separator after it) stays whole.
    article = "<h1>关于开展冬季消防检查的通知</h1>" + BODY
    for head, title in (("<title>关于开展冬季消防检查的通知-槐溪县人民政府</title>", "关于开展冬季消防检查的通知"),
                        ("<title>关于开展冬季消防检查的通知 | 槐溪县应急局</title>", "关于开展冬季消防检查的通知"),
                        ("<title>关于开展冬季消防检查的通知的解读</title>", "关于开展冬季消防检查的通知的解读")):
        page = f"<html><head>{head}</head><body><div class='content'>{article}</div></body></html>"
        report = process_bytes(page.encode("utf-8"), "page.html", build_options()).report
        assert report.title == title, head


def test_a_notice_pages_headline_is_not_printed_again_under_its_title():
    # A 公文 page (文号, 主送, 落款, 成文日期) with its title in an h1: the title goes to the
    # metadata and the h1 is the title printed again, as on any page; the notice's own lines stay.
    page = ("<html><head><title>关于开展冬季消防检查的通知-槐溪县人民政府</title></head><body>"
            "<div class='content'><h1>关于开展冬季消防检查的通知</h1><p>槐政办发〔2025〕7号</p>"
            "<p>各乡镇人民政府，县直各单位：</p>"
            "<p>为做好冬季消防安全工作，经县政府同意，决定在全县开展消防检查，现将有关事项通知如下。</p>"
            "<p>一、检查时间</p><p>十二月一日至十二月底。</p><p>二、检查内容</p>"
            "<p>重点检查消防设施是否完好有效，疏散通道是否畅通。</p>"
            "<p>槐溪县人民政府办公室</p><p>2025年11月28日</p></div></body></html>")
    processed = process_bytes(page.encode("utf-8"), "page.html", build_options())
    assert processed.report.title == "关于开展冬季消防检查的通知"
    headers = [block_text(b) for b in processed.doc.content if b.tag == "Header"]
    assert headers == ["一、检查时间", "二、检查内容"]
    assert {"槐政办发〔2025〕7号", "槐溪县人民政府办公室", "2025年11月28日"} <= set(texts(processed.doc))


def test_a_notice_is_dated_by_the_date_it_ends_on_not_by_a_time_field_in_its_text():
    # "检查时间 2025年12月1日至…" is one of the notice's own fields (a 时间 that ends a longer noun),
    # not the page's publication label; the 成文日期 under the 落款 is the document's date.
    article = ("关于开展冬季消防检查的通知\n一、检查时间\n2025年12月1日至12月31日。\n二、检查内容\n"
               "重点检查消防设施。\n槐溪县人民政府办公室\n2025年11月28日")
    html = "".join(f"<p>{line}</p>" for line in article.split("\n"))
    root = lxml.html.document_fromstring(f"<html><body>{html}</body></html>")
    assert page_date(root, article) == "2025-11-28"
    # A bare 时间 label still dates a page by its info bar.
    bar = "<div>来源：某某网 时间：2024-01-15</div>"
    root = lxml.html.document_fromstring(f"<html><body>{bar}{BODY}</body></html>")
    assert page_date(root, "第1段：我们认真落实各项工作") == "2024-01-15"
