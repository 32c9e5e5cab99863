"""A letter's name ends in its genre word 信 ("介绍信", "感谢信", "致全体居民的一封信"), as a plan's ends in
方案: a short line naming a letter over a longer line is the page's title, never a channel's label
over one (round 53). Fixtures written for the project (made-up names and content)."""

from __future__ import annotations

import pytest

from helpers import clean, texts
from reportfmt.passes.title_forms import names_genre


@pytest.mark.parametrize(("name", "genre"), [
    ("介绍信", True),
    ("證明信", True),
    ("致全体居民的一封信", True),
    ("写给新同学的信", True),
    ("新春贺信", True),
    # A word ending in 信 names no letter: a virtue, an app, a service, a verb.
    ("讲诚信", False),
    ("学会自信", False),
    ("微信", False),
    ("个人征信", False),
    ("你要相信", False),
])
def test_a_letter_names_its_genre(name, genre):
    assert names_genre(name) is genre


def test_a_letter_name_over_its_gloss_is_the_title():
    # A wiki's entry: the letter's kind, a one-line gloss of it, then the article.
    page = "\n".join([
        "证明信",
        "用于证明某人身份或某件事情真实情况的专用书信",
        "证明信是机关、团体或单位为证明某人的身份、经历或某件事情的真实情况而出具的书信，"
        "常见的有以单位名义开具的和以个人名义开具的两种，使用时要写明证明的事项并加盖公章。",
        "格式",
        "证明信一般由标题、称谓、正文、落款四部分组成。",
    ])
    doc, report = clean(page)
    assert report.title == "证明信"
    assert texts(doc)[0] == "用于证明某人身份或某件事情真实情况的专用书信"
