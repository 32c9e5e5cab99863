"""Dated entries under a heading of their own are a document's sections (issue 13, round 32).

keep_first_post keeps the first of a run of entries of one shape, each a title, a date with
its clock and a body (a blog printing its later posts under the one asked for). A 工作动态 or
简报 page prints its items the same way, under the page's own heading: every item is the
document's, none a later post (extraction/pruning.py). Made-up pages.
"""

from __future__ import annotations

from reportfmt.read.extract import extract_main

ITEMS = [("区教育局召开秋季开学工作部署会", "2024-08-26 09:30",
          "会议对校园安全、教学准备和后勤保障作出安排，要求各校逐项落实，确保平稳开学。"),
         ("全区开展教师暑期集中培训", "2024-08-15 16:12",
          "全区中小学教师分批参加集中培训，内容涵盖新课标解读、课堂教学改进和班主任工作方法。"),
         ("区中小学食堂安全专项检查完成", "2024-07-30 10:05",
          "区教育局联合市场监管部门检查全区中小学食堂，发现的问题均已督促整改到位。")]
# Each body long enough to be an entry (more than twice the head looked at: 160 characters).
MORE = "检查组逐项核对台账和记录，对发现的问题提出整改要求并限期复查，整改情况将在下一期通报中公布。" * 3


def _page(heading: str) -> str:
    items = "".join(f'<div class="it"><h3>{t}</h3><span>{d}</span><p>{b}{MORE}</p></div>' for t, d, b in ITEMS)
    return (f'<html><head><title>工作动态</title></head><body><div class="top"><a href="/">首页</a></div>'
            f'<div class="con">{heading}{items}</div></body></html>')


def test_entries_under_the_pages_heading_all_stay() -> None:
    found = extract_main(_page("<h1>第三季度工作动态</h1>"), learned_step=False)
    assert all(body in found.text for _, _, body in ITEMS)
    assert not any(r.rule == "extract.later-post" for r in found.removed)


def test_entries_without_a_heading_keep_the_first_post() -> None:
    found = extract_main(_page(""), learned_step=False)
    assert ITEMS[0][2] in found.text and ITEMS[1][2] not in found.text
    assert any(r.rule == "extract.later-post" and ITEMS[1][0] in r.text for r in found.removed)


def test_a_heading_repeating_the_first_entrys_title_is_the_post_s_own() -> None:
    found = extract_main(_page(f"<h1>{ITEMS[0][0]}</h1>"), learned_step=False)
    assert ITEMS[0][2] in found.text and ITEMS[1][2] not in found.text
