"""The genre documents (tests/eval/sites/genres): whole documents a user feeds the tool, every line gold.

Each document is headed `@@@ SLUG.genre GENRE (note)`; sites_devset.genre_pages builds it in memory,
puts both documents of a genre in one group by a hash of the genre's name, and keeps every body line
whole in its labels, so that eval_sites --genres checks each line of the document.
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from sites_devset import GENRE_CHECK, GENRE_TUNE, GENRES, build_page, fold, genre_of_group, genre_pages, parse_pages

_LEFTOVER = re.compile(r"\{c:[a-z-]+\||\[(?:t|s|h\d|c:[a-z-]+|title)[=\]]|\ue000")
_TAG = re.compile(r"^\[(?:t|s|h\d|c:[a-z-]+)(?:=[^\]]*)?\]")


def test_both_documents_of_a_genre_fall_in_the_group_its_name_hashes_to():
    groups: dict[str, set[str]] = defaultdict(set)
    for _, labels in genre_pages():
        groups[labels["genre"]].add(labels["split"])
        assert labels["split"] == genre_of_group(labels["genre"])
    assert all(len(found) == 1 for found in groups.values()), groups
    counts = Counter(labels["genre"] for _, labels in genre_pages())
    assert len(counts) >= 40 and set(counts.values()) == {2}
    checked = sum(found == {GENRE_CHECK} for found in groups.values())
    # about a third of the genres checks
    assert len(groups) / 5 <= checked <= len(groups) / 2
    assert {s for found in groups.values() for s in found} == {GENRE_TUNE, GENRE_CHECK}


def test_every_unlabelled_line_of_a_document_is_in_its_keep_labels():
    # Read straight from the files: a line with no tag is body, and each one must be scored.
    built = {labels["url"]: labels for _, labels in genre_pages()}
    for path in GENRES.glob("*.txt"):
        for header, lines in parse_pages(path.read_text(encoding="utf-8")):
            host, _, rest = header.partition(" ")
            labels = built[f"genre:{host} {rest.split()[0]}"]
            body = [fold(line) for line in lines if line.strip() and not _TAG.match(line) and "{c:" not in line]
            assert body and body == [line for line in labels["keep"] if line in body], host
            assert len(labels["keep"]) >= len(body)


def test_a_glued_heading_line_is_kept_whole_and_a_heading_line_is_not():
    raw, labels = build_page("genre:x.genre 通知", [
        "[t]关于放假的通知", "各部门：", "[h1]一、放假时间", "[h2=（一）值班。]（一）值班。由办公室安排。",
        "[c:lead-in]下面是小编整理的通知。", "特此通知。"], "genre-tune", every_line=True)
    assert labels["keep"] == ["各部门:", "(一)值班.由办公室安排.", "特此通知."]
    assert labels["title"] == "关于放假的通知" and "[h" not in raw


def test_no_annotation_reaches_a_raw_text_and_hosts_are_genre_slugs():
    for raw, labels in genre_pages():
        assert re.fullmatch(r"[a-z0-9-]+\.genre", labels["host"])
        for line in raw.splitlines():
            assert not _LEFTOVER.search(line), (labels["url"], line)


def test_a_line_printed_twice_is_lost_once_when_the_output_drops_one_copy():
    import eval_sites

    page = {"chrome": [], "headings": [], "masks": [], "keep": ["2025年1月10日", "正文一句.", "2025年1月10日"],
            "every_line": True}
    output = ("2025年1月10日正文一句.", [], [], "", [])
    result = eval_sites.score_page(page, "", output)
    assert (result.score.keep, result.score.kept) == (3, 2)


@pytest.mark.parametrize("option", ["--worst", "--missed", "--false", "--title-misses"])
def test_listings_refuse_genre_check(option, capsys):
    import eval_sites

    assert eval_sites.main(["--genres", option, GENRE_CHECK]) == 2
    assert "held out" in capsys.readouterr().err


def test_genre_tune_is_listed_and_genre_check_only_counted(capsys):
    import eval_sites

    assert eval_sites.main(["--genres", "--pages"]) == 0
    out = capsys.readouterr().out
    assert "body lines kept" in out and "body snippets kept" not in out
    assert "worst 5 pages (genre-tune)" in out and "(genre-check)" not in out
    assert f"[{GENRE_CHECK}]" not in out


def test_files_scores_only_the_named_genre_files(capsys):
    import eval_sites

    named = {labels["host"] for _, labels in genre_pages() if labels["file"].startswith(("g-09", "g-13"))}
    assert named and len(named) < len(genre_pages())
    assert eval_sites.main(["--genres", "--files", "g-09,g-13"]) == 0
    out = capsys.readouterr().out
    counts = [int(n) for n in re.findall(r"genre documents, [^:]+: (\d+) pages", out)]
    assert sum(counts) == len(named)
    assert "worst 5 pages" not in out  # --files lists nothing unless --worst names a group
