"""The own-words dev set (tests/eval/sites/own): pages written by the team in real sites' forms.

Each page names only the host whose form it follows and its genre; its labels are built in memory
by sites_devset.own_pages and split by the same site hash as the older tuned/held splits.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from sites_devset import HELD_FILES, OWN, build_page, own_pages, parse_pages, split_of

# Annotation syntax that must never reach a page's raw text (a tag the parser did not take).
_LEFTOVER = re.compile(r"\{c:[a-z-]+\||\[(?:t|s|h\d|c:[a-z-]+|title)[=\]]|\ue000")


def test_each_own_page_names_a_host_and_a_genre_and_no_url_path():
    # own/new too (this round's pages); a host is a domain name or, for a site served from a bare
    # address (a county bureau's server), an IPv4 address.
    for path in [*OWN.glob("*.txt"), *OWN.glob("new/*.txt")]:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("@@@ "):
                host, _, genre = line[4:].partition(" ")
                assert "/" not in host and "://" not in line, line
                assert re.fullmatch(r"[a-z0-9.-]+\.[a-z]{2,}|(?:\d{1,3}\.){3}\d{1,3}", host), line
                assert genre.strip(), line


def test_own_pages_come_from_forty_sites_in_two_groups_by_site_hash():
    pages = [labels for _, labels in own_pages()]
    sites = {p["site"] for p in pages}
    assert len(pages) >= 40 and len(sites) >= 40
    # A round's new pages (own/new/) are their own group, whatever their site's hash says.
    in_new = sum(len(parse_pages(path.read_text(encoding="utf-8"))) for path in (OWN / "new").glob("*.txt"))
    assert sum(p["split"] == "own-new" for p in pages) == in_new
    older = [p for p in pages if p["split"] != "own-new"]
    for page in older:
        hashed = {"tuned": "own-tune", "held": "own-check"}[split_of(page["site"])]
        # the last round's files of tuning sites are held out from this round's rule writers
        held = hashed == "own-tune" and page["file"].startswith(HELD_FILES)
        assert page["split"] == ("own-held" if held else hashed)
    assert {p["split"] for p in older} == {"own-tune", "own-check", "own-held"}


def test_no_annotation_reaches_a_raw_text_and_every_page_has_body_to_keep():
    for raw, labels in own_pages():
        for line in raw.splitlines():
            assert not _LEFTOVER.search(line), (labels["url"], line)
        assert labels["keep"], labels["url"]


def test_a_title_label_glued_to_text_is_not_taken():
    # "[title=X]" is a label line of its own; glued to a line it would stay in the raw text.
    raw, labels = build_page("own:example.com 通知", ["[title=关于放假的通知]", "关于放假的通知 各班:本周五放假一天。"])
    assert labels["title"] == "关于放假的通知" and "[title=" not in raw


def test_a_bold_line_under_a_markdown_headings_marks_counts_no_mask():
    # "### **二、承诺内容**": the "#"s and the bold marks are markup a reader never sees (the
    # heading's text keeps them as labelled, README round 22); masks inside a line still count.
    from sites_devset import _masks
    assert _masks("### **二、承诺内容**") == []
    assert _masks("#### **1. 信息真实**") == []
    assert _masks("## 20**年**月") == ["**", "**"]


def test_last_rounds_files_are_scored_as_a_held_group_and_never_listed(capsys):
    # own-tune's numbers and listings are what rule writers read: the files the last round wrote
    # (HELD_FILES) must be neither in them nor listable, only counted as own-held.
    import eval_sites

    assert eval_sites.main(["--own", "--files", ",".join(HELD_FILES), "--splits", "own-tune,own-held"]) == 0
    out = capsys.readouterr().out
    assert "held out:" in out and "tuning sites (tests/eval/sites/own)" not in out
    assert eval_sites.main(["--own", "--missed", "own-held"]) == 2
    assert eval_sites.main(["--own", "--false", "own-held"]) == 2
