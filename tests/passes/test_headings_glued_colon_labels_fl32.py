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
