"""eval_sites' level agreement: the level the output gives a found heading against its label's."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from eval_sites import main, score_page


def heading(text: str, level: int) -> dict:
    """A labelled heading ([hN]; level 0 is a sample marker [s])."""
    return {"text": text, "level": level, "sample": level == 0}


def scored(labels: list[dict], given: list[tuple[str, int]]):
    page = {"chrome": [], "keep": [], "masks": [], "headings": labels}
    return score_page(page, "", output=("", given, [], "", []))


def test_levels_as_labelled_are_right():
    result = scored([heading("一、总体安排", 1), heading("（一）时间节点", 2), heading("二、保障措施", 1)],
                    [("一、总体安排", 1), ("（一）时间节点", 2), ("二、保障措施", 1)])
    assert (result.score.levels_right, result.score.levelled) == (3, 3)
    assert result.wrong_levels == []


def test_a_top_level_heading_sunk_to_level_three_is_wrong():
    result = scored([heading("一、总体安排", 1), heading("二、保障措施", 1)],
                    [("一、总体安排", 3), ("二、保障措施", 1)])
    assert (result.score.levels_right, result.score.levelled) == (1, 2)
    assert result.wrong_levels == [("h1 labelled, level 3 given for 1", "一、总体安排", 3)]


def test_a_sample_part_goes_one_level_under_its_marker():
    labels = [heading("范文一", 0), heading("一、活动目的", 1), heading("（一）分组", 2),
              heading("范文二", 0), heading("一、活动目的", 1)]
    right = scored(labels, [("范文一：植树活动方案", 1), ("一、活动目的", 2), ("（一）分组", 3),
                            ("范文二：读书月方案", 1), ("一、活动目的", 2)])
    assert (right.score.levels_right, right.score.levelled) == (5, 5)
    # The second sample's part printed at its marker's level, the first's （一） skipping a level.
    wrong = scored(labels, [("范文一：植树活动方案", 1), ("一、活动目的", 2), ("（一）分组", 4),
                            ("范文二：读书月方案", 1), ("一、活动目的", 1)])
    assert [shape for shape, _, _ in wrong.wrong_levels] == [
        "h2 labelled, level 4 given for 3, under a sample", "h1 labelled, level 1 given for 2, under a sample"]


def test_a_child_is_judged_under_its_nearest_found_heading():
    # Its labelled parent missed, a sub-heading at the top level skips nothing: right. The parent
    # found at a wrong level counts once, its child right one level under it.
    missed_parent = scored([heading("第一章 总则", 1), heading("第一节 目的", 2)], [("第一节 目的", 1)])
    assert (missed_parent.score.levels_right, missed_parent.score.levelled) == (1, 1)
    sunk_parent = scored([heading("第一章 总则", 1), heading("第一节 目的", 2)],
                         [("第一章 总则", 2), ("第一节 目的", 3)])
    assert [shape for shape, _, _ in sunk_parent.wrong_levels] == ["h1 labelled, level 2 given for 1"]


def test_a_run_in_label_has_no_level_to_compare():
    result = scored([heading("工作要求", 1)], [("工作要求", 0)])
    assert result.score.found == 1
    assert result.score.levelled == 0


def test_held_out_groups_are_not_listed(capsys):
    for group in ("own-check", "own-held", "own-new"):
        assert main(["--own", "--levels", group]) == 2
    assert "held out" in capsys.readouterr().err
