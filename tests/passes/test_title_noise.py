"""A Discuz page's anti-copy string glued after its title is cut from the title, as forum.jammer
cuts it from every body line (before, the site-suffix strip read the part after its '_' as a
site's name and the rest stayed in the title). Lines written for this test; the noise is random."""

from __future__ import annotations

from helpers import clean

BODY = ["工作总结一般由标题、正文和落款三部分组成，正文是总结的主体。",
        "正文先概述基本情况，再写主要做法和成效，最后写存在的问题和下一步打算。"]


def test_a_jammer_glued_after_the_title_is_not_part_of_it():
    _doc, report = clean("\n".join(["工作总结的写法\\ . k{ R_ z' M{ W", *BODY]))
    assert report.title == "工作总结的写法"
    # The whole line is recorded, noise included: nothing is lost.
    assert "工作总结的写法\\ . k{ R_ z' M{ W" in [r["text"] for r in report.removed]


def test_a_title_with_ascii_words_of_its_own_keeps_them():
    _doc, report = clean("\n".join(["Python 3.11 数据分析培训总结", *BODY]))
    assert report.title == "Python 3.11 数据分析培训总结"
