"""Title lines by form (round 25, second wave): the repeat of a title is cleaned like the title
line; a series' part number after a genre word still ends a document's name. Fixtures written
for the project (made-up names and content)."""

from __future__ import annotations

import pytest

from helpers import clean
from reportfmt.passes.title_forms import clean_title, names_genre


@pytest.mark.parametrize(("name", "genre"), [
    ("会议纪要-2", True),
    ("迎新晚会策划书( 三 )", True),
    ("读书心得(3)", True),
    ("社区消防演练方案（二）", True),
    # A number that is no part number, or no genre before it.
    ("会议室-2", False),
    ("三年级(2)", False),
])
def test_a_part_number_after_the_genre_word_still_names_a_document(name, genre):
    assert names_genre(name) is genre


def test_a_name_before_a_colon_goes_before_a_numbered_part():
    assert clean_title("某某星耀手游:会议纪要-2") == "会议纪要-2"


def test_the_repeat_under_a_path_line_is_cleaned_as_a_title():
    # The page's path ends with its title line, which the page prints again alone under it.
    doc, report = clean("\n".join(["办公词汇 > 词条释义:工作计划", "词条释义:工作计划",
                                   "工作计划是单位或个人对一定时期的工作预先作出安排和打算的书面材料。",
                                   "它的写法大体分为标题、正文和落款三部分。"]))
    assert report.title == "工作计划"
