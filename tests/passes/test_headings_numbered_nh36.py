"""Numbered headings of issue 18, round 36: forms that template and 文库 pages take. Fixtures
written for the project: made-up text in the shapes such pages print."""

from __future__ import annotations

from helpers import clean, outline, paras, runins
from reportfmt.passes.headings.glued import blank_cut
from reportfmt.passes.headings.numbering import parse_marker
from reportfmt.passes.headings.shapes import closed_shape


def lines(*rows: str) -> str:
    return "\n".join(rows)


def test_a_blank_between_a_year_and_its_unit_splits_no_heading():
    # A 文库 page sets figures off by blanks ("2024 年"): the blank stands inside the heading's words.
    doc, _ = clean(lines(
        "物业服务中心年度总结",
        "2024 年，服务中心围绕“报得快、修得好”两件事改进了报修流程。",
        "一、2024 年报修工作：从“登记”到“跟踪”",
        "全年共受理报修 3200 件，这一年变化最大的是派单以后的跟踪。",
        "二、存在的不足：老问题还在反复",
        "部分楼栋的水管老化，同一地址反复报修，维修只能应急。",
        "三、2025 年打算：两件事接着做",
        "一是与业委会建立联席机制，二是每月公布一次报修台账。",
    ))
    assert outline(doc) == [
        (1, "一、2024 年报修工作：从“登记”到“跟踪”"),
        (1, "二、存在的不足：老问题还在反复"),
        (1, "三、2025 年打算：两件事接着做"),
    ]
    assert "全年共受理报修 3200 件，这一年变化最大的是派单以后的跟踪。" in paras(doc)


def test_blank_cut_keeps_a_figure_with_its_unit_and_still_cuts_a_name_off_its_body():
    text = "（二）2024 年度重点项目按期完成，验收合格率达到百分之百。"
    assert blank_cut(text, parse_marker(text)) == 0
    text = "一、会议时间 例会每月第一周的周一召开，遇节假日顺延。"
    assert text[:blank_cut(text, parse_marker(text))] == "一、会议时间"
    text = "一、报名时间 3月1日起在各社区服务站报名，额满为止。"
    assert text[:blank_cut(text, parse_marker(text))] == "一、报名时间"


def test_a_page_cut_right_under_its_first_parts_name_keeps_that_name_a_heading():
    # The story's paragraphs, then the name of its first part: the page ends before its body.
    doc, _ = clean(lines(
        "优秀社区工作者事迹材料",
        "林小禾，2016年大学毕业后回到家乡，在清河街道的一个老旧小区做社区工作者。",
        "八年来，她走遍了小区的每一个楼道，记下了三百多户居民的需要。",
        "一、扎根楼道，把居民的事当家事",
    ))
    assert outline(doc) == [(1, "一、扎根楼道，把居民的事当家事")]


def test_a_sentence_ending_the_page_stays_body():
    doc, _ = clean(lines(
        "关于做好节前安全检查的通知",
        "各科室：节日将至，为做好安全工作，现将有关事项通知如下。",
        "一、各科室要在节前完成一次自查，发现问题及时整改。",
    ))
    assert outline(doc) == []


def test_a_part_closed_by_its_colon_heads_the_numbered_parts_under_its_paragraph():
    # Page two of a plan opens at its fourth part: its name, a paragraph introducing its points, then
    # the points 1. 2. 3.; the page before held parts one to three.
    doc, _ = clean(lines(
        "社区读书节活动方案（2）",
        "四、几项保障措施：",
        "为保证读书节的各项安排落到实处，社区从人员、经费和督查三个方面作如下安排。",
        "1.明确责任分工",
        "读书节由社区党委牵头，日常事务由志愿者服务队负责，每周碰头一次。",
        "2.落实活动经费",
        "购书和活动经费从社区公益金中列支，由服务队统一采购，账目按月公开。",
        "3.加强督促检查",
        "社区党委每半个月通报一次各楼栋的参与情况，对参与少的楼栋上门动员。",
    ))
    assert outline(doc) == [(1, "四、几项保障措施："), (2, "1.明确责任分工"), (2, "2.落实活动经费"),
                            (2, "3.加强督促检查")]


def test_a_lone_colon_part_over_a_paragraph_and_one_item_is_no_heading():
    # No sibling numbered 2 under the paragraph: nothing proves the line is a part over its points.
    doc, _ = clean(lines(
        "社区读书节活动方案（2）",
        "四、几项保障措施：",
        "为保证读书节的各项安排落到实处，社区从人员、经费和督查三个方面作如下安排。",
        "1.社区党委每半个月通报一次各楼栋的参与情况，对参与少的楼栋上门动员。",
    ))
    assert "四、几项保障措施：" not in [text for _, text in outline(doc)]


def test_page_numbers_a_sentence_runs_across_are_no_parts():
    # A 文库 page's numbers at its page breaks: the sentence above each runs on below it.
    doc, _ = clean(lines(
        "社区志愿服务工作总结",
        "今年以来，社区志愿服务队围绕助老、助学两件事开展活动，参与的志愿者比去年多了一倍。队员们每周二上门看望独居老人，",
        "1",
        "帮他们打扫卫生、代买药品，全年上门四百多次。暑假期间开办了“四点半课堂”，请退休教师给小学生辅导作业，",
        "2",
        "共开课四十次。下一步，我们将把服务时长和积分兑换结合起来，让更多居民参与进来。",
    ))
    assert outline(doc) == []
    kept = "".join(paras(doc))
    assert "帮他们打扫卫生" in kept and "共开课四十次" in kept


def test_parts_numbered_alone_under_a_finished_paragraph_stay_headings():
    doc, _ = clean(lines(
        "社区志愿服务工作总结",
        "今年以来，社区志愿服务队围绕助老、助学两件事开展活动，参与的志愿者比去年多了一倍。",
        "1",
        "队员们每周二上门看望独居老人，帮他们打扫卫生、代买药品，全年上门四百多次。",
        "2",
        "暑假期间开办了“四点半课堂”，请退休教师给小学生辅导作业，共开课四十次。",
    ))
    assert outline(doc) == [(1, "1"), (1, "2")]


def test_a_run_in_of_two_clauses_may_quote_a_slogan():
    # A quoted word counts as one word of the heading, as it does in a plain run-in's.
    doc, _ = clean(lines(
        "2024年某镇耕地保护上半年工作总结",
        "上半年，镇党委、镇政府把耕地保护作为关系长远的大事来抓，各项工作稳步推进。",
        "一、上半年主要工作",
        "（一）守住“数量”底线，占补平衡全面落实。年初将保护目标分解到十二个村，签订责任书十二份。",
        "（二）提升“质量”水平，高标准农田建设提速。全年新建高标准农田三千亩，已完成二千一百亩。",
        "二、下半年工作打算",
        "下半年将继续压实责任，确保全年目标任务全面完成。",
    ))
    assert outline(doc) == [(1, "一、上半年主要工作"), (1, "二、下半年工作打算")]
    assert runins(doc) == ["（一）守住“数量”底线，占补平衡全面落实。", "（二）提升“质量”水平，高标准农田建设提速。"]


def test_rules_named_after_a_booking_are_a_label_a_convention_naming_its_rules_introduces():
    following = "会议室由办公室统一管理，使用前须在内网登记。"
    named = "一、预约规定："
    assert closed_shape(named, parse_marker(named), following)
    quoting = "一、公约规定："
    assert not closed_shape(quoting, parse_marker(quoting), following)
    doc, _ = clean(lines(
        "会议室使用管理制度",
        "一、预约规定：",
        "会议室由办公室统一管理，使用前须在内网登记，临时急用的可找值班人员协调。",
        "二、使用规定：",
        "会议室内禁止吸烟，会后请将桌椅归位，关闭空调和投影仪。",
        "三、违规处理：",
        "预约后不用也不取消的，当月暂停该部门预约资格一周。",
    ))
    assert outline(doc) == [(1, "一、预约规定："), (1, "二、使用规定："), (1, "三、违规处理：")]
