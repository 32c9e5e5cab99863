"""Title lines by what the text talks about (round 28): a short label over the title that the
text never names is the site's shelf (a channel, a group's label), not the title; the title is
the line below it whose words the text repeats. Fixtures written for the project (made-up
names and content)."""

from __future__ import annotations

import panflute as pf
import pytest

from helpers import clean, texts
from reportfmt.passes.boilerplate.ruleset import load_rules
from reportfmt.passes.title_neighbours import untalked_label
from reportfmt.passes.title_talk import talked_about


def test_talked_about_counts_the_lines_character_pairs_in_the_text():
    text = "请假条是因故不能出勤时写给单位的条据，格式包括标题、称呼和正文。"
    assert talked_about("请假条格式", text) == 0.75  # 请假 假条 格式 are in the text, 条格 is not
    assert talked_about("办事指南", "请假条是因故不能出勤时写给单位的条据。") == 0.0
    assert talked_about("2024", "请假条是条据。") == 0.0  # no written characters: nothing to talk about


@pytest.mark.parametrize("lines", [
    # a channel word over the title
    ["生活百科", "请假条格式", "请假条是因故不能出勤时写给单位的条据，格式包括标题、称呼、正文和落款。",
     "正文写明请假的原因、起止时间和天数。"],
    # a group's label, the title, a byline and a part's name between the title and the text
    ["高年级组佳作", "外婆的小菜园", "小作者/某某县实验小学 李某", "作品简介",
     "外婆家门前有一块小菜园，每到春天，外婆就在菜园里种上青菜和豆角。"],
])
def test_a_label_the_text_never_names_is_no_title(lines):
    doc, report = clean("\n".join(lines))
    assert report.title == lines[1]
    assert lines[0] not in texts(doc)
    assert texts(doc)[-1] == lines[-1]


def test_a_line_the_text_names_is_no_label():
    # The place over the headline is said again in the text: not a shelf the text ignores.
    below = [pf.Para(pf.Str(line)) for line in
             ["清淤治水美化村庄", "本报讯 青石镇近日开展清淤治水行动，镇村干部带头清理沟渠，美化村庄环境。"]]
    rules = tuple(r for r in load_rules() if r.action == "drop" and not r.profile)
    assert not untalked_label("青石镇", below, rules)
    assert untalked_label("乡镇动态", below, rules)
