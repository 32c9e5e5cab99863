"""A repost of an article names its authors before a bar, as a column's name stands there
("某某 某某|论文题目"; round 58): the title is the part after the bar, as after a column's name. The
names are parted by blanks (one name alone was read as a column's name already). Fixtures are
written for the project with made-up names and words."""

from __future__ import annotations

from helpers import clean
from reportfmt.passes.title_forms import clean_title

TEXT = "\n".join([
    "摘要：本文以两所县域高中为例，讨论走班教学中的排课与管理问题。",
    "关键词：走班教学；排课；县域高中",
    "近年来，随着新高考方案在各省落地，县域高中普遍开始尝试走班教学。"])


def test_names_parted_by_blanks_before_the_bar_are_no_title():
    # (The names were taken for the title, the title after the bar for the site's name.)
    _doc, report = clean("周明远 韩书宁|县域高中走班教学的排课困境与对策\n" + TEXT)
    assert report.title == "县域高中走班教学的排课困境与对策"


def test_spaced_names_and_a_spaced_bar():
    _doc, report = clean("周 远 韩书宁 柳青青 | 县域高中走班教学的排课困境与对策\n" + TEXT)
    assert report.title == "县域高中走班教学的排课困境与对策"


def test_the_part_after_the_bar_must_be_a_much_longer_title_and_no_site():
    assert clean_title("周明远 韩书宁|走班教学") == "周明远 韩书宁|走班教学"  # (no longer than twice the names)
    assert clean_title("工作总结 范文|某某范文网").startswith("工作总结")  # a site's name after the bar stays out
    assert clean_title("县域高中走班教学的排课困境 与对策") == "县域高中走班教学的排课困境 与对策"  # no bar
