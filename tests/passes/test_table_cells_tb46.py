"""A table scraped one cell a line, each cell closed by a bar (issue 18, round 46, tb46): no cell
is the page's title nor a section's name. Fixtures written for the project, names made up."""

from __future__ import annotations

from helpers import clean, outline, paras
from reportfmt.passes.cell_runs import cell_lines, in_cell_run, is_cell

# A college office's notice: its field table (number, subject, dates, office), one cell a line,
# then the notice run into one line.
NOTICE = [
    "文件编号: |",
    "学字第2025031号 |",
    "主 题: |",
    "公布本学期学生社团年度注册安排,请各社团负责人知悉。 |",
    "发布日期: |",
    "2025/03/02 |",
    "经办单位: |",
    "学生事务处社团组 |",
    "正 文: |",
    "一、注册时间:3月10日至3月21日,逾期不再受理。 二、注册材料:社团年度计划书和指导教师同意书各一份。"
    " 三、办理地点:学生活动中心二楼服务台,每天上午9时至下午4时。",
]


def test_a_cell_is_closed_by_one_bar_after_some_text():
    assert is_cell("经办单位: |")
    assert is_cell("学生事务处社团组｜")
    assert not is_cell("|||")
    assert not is_cell("索引号 | 001-2025 | 公开方式 | 主动公开 |")  # a row of cells, not one cell
    assert not is_cell("社团注册安排")


def test_four_cells_one_a_line_make_a_run_and_bars_alone_stay_inside_it():
    lines = ["序号 |", "事项 |", "时限 |", "|||", "责任单位 |", "正文第一段。"]
    assert all(in_cell_run(lines.__getitem__, at, len(lines)) for at in (0, 1, 2, 4))
    assert not in_cell_run(lines.__getitem__, 5, len(lines))
    short = ["下载原文 |", "某某社团管理办法 |", "第一条 为规范社团管理,制定本办法。"]
    assert not in_cell_run(short.__getitem__, 1, len(short))
    assert cell_lines(short) == frozenset({0, 1})


def test_no_cell_of_a_field_table_is_the_title_or_a_heading():
    doc, report = clean("\n".join(NOTICE))
    assert not report.title  # the page shows no title line: the subject is a cell's value
    heads = [text for _level, text in outline(doc)]
    assert not any(text.rstrip().endswith("|") for text in heads)
    assert "学生事务处社团组" not in " ".join(heads)


def test_a_lone_control_cell_over_the_title_leaves_the_title_to_the_line_under_it():
    doc, report = clean("\n".join([
        "下载原文 |",
        "青禾学院学生社团管理办法 |",
        "2024年9月5日校务会议通过",
        "第一条 为规范学生社团的成立、活动和年度注册,根据学校有关规定,制定本办法。",
        "第二条 本办法所称学生社团,是指本校学生自愿组成、按照章程开展活动的群众性团体。",
    ]))
    assert report.title == "青禾学院学生社团管理办法"
    assert any("第一条" in text for text in paras(doc) + [t for _l, t in outline(doc)])


def test_a_cell_left_alone_between_paragraphs_is_no_bare_heading_and_the_names_around_it_are():
    # The boilerplate pass took the run's other cells: the office's cell stands alone between two
    # paragraphs, as the page's part names do.
    from reportfmt.passes.headings.rules import decide

    decisions = decide([
        "社团注册工作已经开始,请各社团按时办理。",
        "学生事务处社团组 |",
        "办理时需要准备社团年度计划书和指导教师同意书各一份。",
        "办理地点",
        "学生活动中心二楼服务台,每天上午九时至下午四时办理。",
        "注意事项",
        "逾期未注册的社团,视为自动放弃本年度注册资格,次年须重新申请成立。",
    ])
    assert sorted(decisions) == [3, 5]


# A journal's masthead printed as a run of fields over its first article: short labels (spaced
# to one width), one longer (the board's chair), a line of more names, the office's contacts.
MASTHEAD = [
    "主 管:青川市教育局",
    "主 办:青川市教师学会",
    "编 辑:《青川教苑》编辑部",
    "编辑委员会主任:范志远",
    "副 主 任: 陶一鸣 苏晓晴",
    "编 委 会:程思雨 林可欣",
    "邵文博 黄晓东",
    "主 编: 陶一鸣",
    "责任编辑:程思雨",
    "编辑部地址:青川市中山路 12 号教育大楼 3 楼",
    "电 话:0000-12345678",
    "每到学期末,教研组最忙的不是出考卷,而是写总结。组长要写全组的,年轻教师要写自己的。",
    "我教书十二年,写过的总结不下二十份。后来发现,真正有用的是把没教好的那几课写清楚。",
]


def test_a_field_with_a_longer_label_inside_a_mastheads_run_is_no_title():
    _doc, report = clean("\n".join(MASTHEAD))
    assert report.title != "编辑委员会主任:范志远"
    assert not (report.title or "").startswith("编辑委员会")
