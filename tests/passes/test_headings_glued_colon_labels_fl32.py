"""Parts named by a colon label glued mid-line (issue 18, fl32): a 文库 text kept its line breaks
after the labels' colons only, so each next part's "N、名称：" runs in after the value or the
sentence before it ("…志愿服务二、参加对象："). Its number continuing the page's 一、 sequence and
its colon-closed name prove the heading. Fixtures: made-up text in the form such pages take."""

from __future__ import annotations

from helpers import clean, outline, paras
from reportfmt.passes.headings.midline import colon_label_series_cuts


def lines(*rows: str) -> str:
    return "\n".join(rows)


def test_colon_labels_glued_after_values_are_the_next_parts():
    doc, _ = clean(lines(
        "社区敬老活动方案",
        "一、活动名称：",
        "“温暖重阳”社区志愿服务二、参加对象：",
        "社区志愿者十二名和辖区内的三十位老人。三、服务安排：",
        "理发组和义诊组各由两位志愿者带队四、活动日期：",
        "10月11日上午在社区活动室集合，由两位组长带队步行前往。",
    ))
    assert outline(doc) == [(1, "一、活动名称："), (1, "二、参加对象："), (1, "三、服务安排："), (1, "四、活动日期：")]
    kept = "".join(paras(doc))
    for body in ("“温暖重阳”社区志愿服务", "社区志愿者十二名和辖区内的三十位老人。",
                 "理发组和义诊组各由两位志愿者带队", "10月11日上午在社区活动室集合，由两位组长带队步行前往。"):
        assert body in kept


def test_cuts_only_where_the_number_continues_the_sequence():
    texts = ["一、活动名称：", "“温暖重阳”社区志愿服务二、参加对象：", "全体志愿者。四、活动日期：10月11日"]
    # 四 does not follow 二: no cut there.
    assert colon_label_series_cuts(texts) == {1: [12]}
    # A label with its value, the next glued after the value or after a sentence end.
    texts = ["一、活动名称：敬老服务", "全班同学。二、小组安排：节目组和后勤组三、活动日期：10月11日"]
    assert colon_label_series_cuts(texts) == {1: [5, 19]}
    # No 一、 seen before: a glued "二、…：" proves nothing.
    assert colon_label_series_cuts(["本次活动由社区组织二、参加对象：志愿者"]) == {}


def test_numbers_inside_sentences_are_never_cut():
    texts = [
        "一、工作回顾：",
        "我们按照第一、二季度的安排完成了任务。",
        "主要有两类：一是学习，二是培训。",
        "会议决定如下：第二、三项工作由办公室负责。",
        "完成了一、二两期工程，其二、三期工程：明年开工。",
        "依照第三条的规定，项目投资增长1.5倍。",
    ]
    assert colon_label_series_cuts(texts) == {}


def test_a_report_whose_parts_run_on_after_sentences_keeps_its_lists_in_sentences():
    doc, _ = clean(lines(
        "个人述职报告",
        "一、履职情况：",
        "今年我主要做了三件事，一是完善制度，二是加强培训，三是推进项目。全年完成投资1.5亿元。二、存在不足：",
        "一是学习不够系统；二是调研不够深入。三、今后打算：",
        "明年将按照第一、二季度的计划推进重点工作。",
    ))
    assert outline(doc) == [(1, "一、履职情况："), (1, "二、存在不足："), (1, "三、今后打算：")]
    assert paras(doc) == [
        "今年我主要做了三件事，一是完善制度，二是加强培训，三是推进项目。全年完成投资1.5亿元。",
        "一是学习不够系统；二是调研不够深入。",
        "明年将按照第一、二季度的计划推进重点工作。",
    ]


def test_a_contract_clause_listing_floors_or_a_second_point_is_not_cut():
    texts = [
        "一、租赁范围：",
        "租金按季度支付，二、三楼公共区域：双方共用。",
        "租金每月二千元。其二、租金调整：双方协商。",
    ]
    assert colon_label_series_cuts(texts) == {}
