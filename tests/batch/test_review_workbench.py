"""The review page as a workbench, in a real headless Chromium: filters, searches, sorting,
duplicate groups, a block toggled each way, the overlay downloaded, and a re-run with it that
changes the output as chosen. The page's texts stay text under its Content-Security-Policy."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
import yaml
from selenium.webdriver.support.ui import Select

from browser import assert_no_console_errors, browser, wait_for
from reportfmt.cli import run
from seed import SEED

# Pages written for this test. page.txt: a date line, a section, a masked sentence, a
# recommendations tail; copy.txt: the same report under another date line (an exact copy
# after cleaning); markup.txt: a first line holding markup, which must show as text.
PAGE = "发布时间:2023-03-03\n一、加强组织建设\n全年完成投资***亿元。\n推荐访问:\n版权所有 某某范文网\n"
COPY = "发布时间:2023-06-18\n一、加强组织建设\n全年完成投资***亿元。\n推荐访问:\n版权所有 另一个范文网\n"
MARKUP = ('<img src=x onerror="document.title=1">关于社区工作的汇报\n'
          "社区今年新建了三个服务点，方便居民办事。服务点由志愿者轮流值守，每周开放五天。\n")


@pytest.fixture
def inputs(tmp_path) -> Path:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(SEED, folder / "seed.txt")
    (folder / "sub" / "page.txt").write_text(PAGE, encoding="utf-8")
    (folder / "sub" / "copy.txt").write_text(COPY, encoding="utf-8")
    (folder / "sub" / "markup.txt").write_text(MARKUP, encoding="utf-8")
    (folder / "sub" / "empty.txt").write_bytes(b"")
    return folder


def shown(driver, by) -> list[str]:
    """File names of the rows on the current page of the table, in order."""
    return [cell.text.split("/")[-1] for cell in driver.find_elements(by.CSS_SELECTOR, "tbody td.source")]


def choose(driver, by, select_id: str, label: str) -> None:
    Select(driver.find_element(by.ID, select_id)).select_by_visible_text(label)


def test_filter_search_toggle_download_and_rerun(inputs, tmp_path):
    out = tmp_path / "out"
    assert run(["convert", str(inputs), "-o", str(out), "--to", "plain", "-q", "-j", "2"]) == 1  # empty.txt
    index = (out / "index.html").read_text(encoding="utf-8")
    # Only scripts from files: nothing inline, and the policy forbids anything else.
    assert re.findall(r"<script(?![^>]*\bsrc=)", index) == []
    assert "script-src 'self'" in index and "default-src 'none'" in index
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    with browser(tmp_path, downloads) as (driver, by):
        driver.get((out / "index.html").as_uri())
        wait_for(lambda: driver.find_elements(by.CSS_SELECTOR, "tbody tr"))
        everything = ["seed.txt", "copy.txt", "empty.txt", "markup.txt", "page.txt"]
        assert sorted(shown(driver, by)) == sorted(everything)

        # Markup a page printed as text (removed by markup.escaped-tag) is shown as text: no
        # element is made from it, so its handler never runs.
        markup_row = next(r for r in driver.find_elements(by.CSS_SELECTOR, "tbody tr") if "markup.txt" in r.text)
        markup_row.find_element(by.CSS_SELECTOR, "td.source a").click()
        struck = wait_for(lambda: driver.find_elements(by.CSS_SELECTOR, "#doc .inplace del"))
        assert struck[0].text == '<img src=x onerror="document.title=1">关于社区工作的汇报'
        assert driver.execute_script("return document.querySelectorAll('img').length") == 0
        assert driver.title == "reportfmt review"

        choose(driver, by, "status", "error")
        assert shown(driver, by) == ["empty.txt"]
        choose(driver, by, "status", "all")
        # Rule families come from the manifest (no list in the page): lead-in only on the seed.
        families = [o.text for o in Select(driver.find_element(by.ID, "family")).options]
        assert {"metadata", "recommendations", "lead-in", "title"} <= set(families)
        choose(driver, by, "family", "lead-in")
        assert shown(driver, by) == ["seed.txt"]
        choose(driver, by, "family", "any")

        driver.find_element(by.ID, "q").send_keys("科技园")
        assert shown(driver, by) == ["seed.txt"]
        driver.find_element(by.ID, "q").clear()
        driver.execute_script("document.getElementById('q').dispatchEvent(new Event('input'))")

        driver.find_element(by.ID, "textq").send_keys("全年完成投资")
        driver.find_element(by.ID, "textsearch").click()
        wait_for(lambda: "2 documents" in driver.find_element(by.ID, "textstatus").text)
        assert sorted(shown(driver, by)) == ["copy.txt", "page.txt"]
        driver.find_element(by.ID, "textclear").click()

        choose(driver, by, "dups", "in a duplicate group")
        assert sorted(shown(driver, by)) == ["copy.txt", "page.txt"]
        choose(driver, by, "dups", "all")
        choose(driver, by, "sort", "masks ↓")
        assert shown(driver, by)[0] == "seed.txt"  # 125 masks
        choose(driver, by, "sort", "removed share ↓")
        removed = [int(c.text.rstrip("%")) for c in driver.find_elements(by.CSS_SELECTOR, "tbody td.removed")]
        assert removed == sorted(removed, reverse=True)
        choose(driver, by, "sort", "input order")

        page_row = next(r for r in driver.find_elements(by.CSS_SELECTOR, "tbody tr") if "page.txt" in r.text)
        page_row.find_element(by.CSS_SELECTOR, "td.source a").click()
        view = wait_for(lambda: driver.find_element(by.CSS_SELECTOR, "#doc .inplace"))
        blocks = view.find_elements(by.CSS_SELECTOR, ".block")
        # In place: the date line before the heading, the tail after the last kept line.
        order = [(b.get_attribute("class").split()[1],
                  (b.find_elements(by.TAG_NAME, "del") or b.find_elements(by.CSS_SELECTOR, ".text"))[0].text)
                 for b in blocks]
        assert order == [("removed", "发布时间:2023-03-03"), ("kept", "一、加强组织建设"),
                         ("kept", "全年完成投资***亿元。"), ("removed", "推荐访问:"),
                         ("removed", "版权所有 某某范文网")]
        keep = blocks[4].find_element(by.CSS_SELECTOR, "button.toggle")
        assert keep.text == "keep"
        keep.click()
        view = driver.find_element(by.CSS_SELECTOR, "#doc .inplace")
        remove = view.find_elements(by.CSS_SELECTOR, ".block.kept")[1].find_element(by.CSS_SELECTOR, "button")
        assert remove.text == "remove"
        remove.click()
        output = driver.find_element(by.CSS_SELECTOR, "#doc .output").text
        assert "版权所有 某某范文网" in output and "全年完成投资" not in output
        assert driver.find_element(by.ID, "markcount").text == "2 marks"

        driver.find_element(by.ID, "download").click()
        overlay = downloads / "review-rules.yaml"
        wait_for(lambda: overlay.is_file() and overlay.stat().st_size > 0)
        assert_no_console_errors(driver)

    rules = yaml.safe_load(overlay.read_text(encoding="utf-8"))
    assert rules["concept"] == "review"
    assert [(r["action"], r["block"]) for r in rules["rules"]] == [
        ("keep", "版权所有 某某范文网"), ("drop", "全年完成投资***亿元。")]

    # The next run with the overlay does what was marked, and says which rule removed what.
    again = tmp_path / "again"
    assert run(["convert", str(inputs / "sub" / "page.txt"), "-o", str(again), "--to", "plain", "-q",
                "--rules", str(overlay)]) == 0
    text = (again / "page.txt").read_text(encoding="utf-8")
    # Kept now, and typeset like any kept line (no space between Chinese characters).
    assert "版权所有某某范文网" in text and "全年完成投资" not in text and "推荐访问" not in text
    record = json.loads((again / "manifest.jsonl").read_text(encoding="utf-8"))
    assert [r["rule"].split(".")[0] for r in record["removed"]] == ["metadata", "review", "recommendations"]
    assert record["removed"][1] == {"text": "全年完成投资***亿元。", "rule": f"review.{rules['rules'][1]['name']}"}


def test_fields_the_page_does_not_know_are_shown_as_they_are(tmp_path):
    """A later version's per-record field (pictures kept from a page, say) shows without a
    change to the page: a list of objects as a table, a relative picture path as a picture."""
    from reportfmt.batch.review.build import build_review

    out = tmp_path / "out"
    (out / "pics").mkdir(parents=True)
    (out / "pics" / "a.png").write_bytes(bytes.fromhex(  # a 1x1 PNG
        "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
        "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"))
    record = {"source": "p.txt", "status": "ok", "error": None, "outputs": {}, "title": "图文报告",
              "removed": [], "headings": [], "masks": [], "kept_text": "正文一段。",
              "images": [{"src": "pics/a.png", "alt": "图一 <b>说明</b>"}], "reviewer_note": "需复核"}
    (out / "manifest.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    build_review(out, out / "manifest.jsonl")
    with browser(tmp_path) as (driver, by):
        driver.get((out / "index.html").as_uri())
        wait_for(lambda: driver.find_elements(by.CSS_SELECTOR, "tbody td.source a"))[0].click()
        extra = wait_for(lambda: driver.find_element(by.CSS_SELECTOR, "#doc .extra"))
        names = [dt.text for dt in extra.find_elements(by.CSS_SELECTOR, ":scope > dl > dt")]
        assert names == ["images", "reviewer_note"]
        cells = [td.text for td in extra.find_elements(by.CSS_SELECTOR, "table.fields td")]
        assert cells[1] == "图一 <b>说明</b>"  # markup from a page stays text
        picture = extra.find_element(by.CSS_SELECTOR, "img.picture")
        assert picture.get_attribute("src").endswith("/pics/a.png")
        assert driver.execute_script("return arguments[0].naturalWidth", picture) == 1  # loaded under the CSP
        assert "需复核" in extra.text
        assert_no_console_errors(driver)
