"""The learned step's k-fold groups a site's pages together across the corpus sets, and the
step table counts only the gold characters the text lacks (made-up pages)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from eval_extract import Page, missing_by_step, web_gold_site
from train_blocks import group_of


def _page(tmp_path: Path, name: str, html: str, site: str = "") -> Page:
    path = tmp_path / f"{name}.html"
    path.write_text(html, encoding="utf-8")
    return Page(name, path, "", "article", site)


def test_a_cwced_page_is_grouped_by_its_address_not_by_the_hosts_it_links_to(tmp_path):
    html = ('<text id="http://bbs.example-board.com/show.asp?id=7" title="t" encoding="utf-8">'
            '<html><body><p>正文一段。</p><a href="http://ads.banner-host.com/x">广告</a>'
            '<a href="http://ads.banner-host.com/y">广告</a></body></html></text>')
    page = _page(tmp_path, "g1", html)
    assert web_gold_site(page) == "example-board"
    assert group_of(page, "gold") == "site:example-board"


def test_without_an_address_the_most_linked_host_names_the_site(tmp_path):
    html = ('<html><body><a href="http://news.paper-one.com/a">甲</a><a href="http://www.paper-one.com/b">乙</a>'
            '<a href="http://other-site.net/c">丙</a></body></html>')
    assert web_gold_site(_page(tmp_path, "g2", html)) == "paper-one"


def test_one_site_in_two_sets_is_one_group_and_an_engine_keeps_its_own(tmp_path):
    gold = _page(tmp_path, "g3", '<text id="http://finance.portal-x.com.cn/1.html"><html><body>一</body></html></text>')
    magic = _page(tmp_path, "m1", "<html><body>二</body></html>", site="portal-x")
    engine = _page(tmp_path, "portal-x", "<html><body>三</body></html>", site="portal-x")
    assert group_of(gold, "gold") == group_of(magic, "magic") == "site:portal-x"
    assert group_of(engine, "engine") == "engine:portal-x"


def test_a_removed_copy_the_text_still_holds_claims_no_missing_character(tmp_path):
    page = _page(tmp_path, "p1", "<html></html>")
    page.gold = "河边的柳树发了新芽。\n傍晚有人在桥头拉二胡，路过的人停下来听。"
    page.text = "河边的柳树发了新芽。"
    page.losses = [("extract.repeat", "河边的柳树发了新芽。"),
                   ("extract.link-dense", "傍晚有人在桥头拉二胡，路过的人停下来听。")]
    missing, extra, steps = missing_by_step(page)
    assert (missing, extra) == (20, 0)
    assert steps["extract.link-dense"] == 20
    assert steps.get("extract.repeat", 0) == 0
    assert steps["(none)"] == 0
