"""A table flattened one cell a line, each cell closed by a bar, is the document's: the chrome
scorer never judges its cells (scored_guards.in_cell_run). A site's tabs or links printed one a
line, each closed by a bar, say nothing (no clause mark) and are still judged."""

from __future__ import annotations

from reportfmt.passes.boilerplate.scored_guards import in_cell_run, never_scored

FORM = ["志愿者报名登记表", "报名人 |", "|", "服务时段 |", "周六上午 |", "意向岗位 |",
        "甲、引导咨询 乙、物资分发 丙、秩序维护 |", "||||", "备注 |", "|"]

NOTICE = ["青禾助学金申请公告", "设立目的 Purpose |",
          "本助学金由一位退休教师捐资设立，用于资助家境困难的学生。 Funded by a retired teacher. |",
          "名额 Quota |", "每学期十名 Ten each term |"]

TABS = ["首页 |", "学院概况 |", "新闻中心 |", "招生就业 |", "联系我们 |"]


def test_a_cell_of_a_form_flattened_one_cell_a_line():
    at = FORM.index("甲、引导咨询 乙、物资分发 丙、秩序维护 |")
    assert in_cell_run(FORM, at)
    assert in_cell_run(FORM, FORM.index("意向岗位 |"))
    assert never_scored(FORM, at, prose_follows=True)


def test_a_label_cell_under_the_title_of_a_bilingual_notice():
    assert in_cell_run(NOTICE, 1)
    assert not in_cell_run(NOTICE, 0)  # the title has no bar


def test_a_row_of_tabs_closed_by_bars_is_still_judged():
    assert not any(in_cell_run(TABS, i) for i in range(len(TABS)))


def test_two_cells_are_no_table():
    lines = ["正文第一段，说了一些话。", "分享到 |", "收藏，点赞 |", "相关阅读"]
    assert not in_cell_run(lines, 1)


def test_a_long_line_without_bars_is_read_in_linear_time():
    lines = ["某" * 3_000_000, "，" * 3_000_000 + "|", "甲 |"]
    assert not in_cell_run(lines, 0)
    assert not in_cell_run(lines, 2)

