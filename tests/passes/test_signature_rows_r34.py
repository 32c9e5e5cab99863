"""A document's closing lines kept by form (round 34, gx34): a two-party signature block's row of
dates side by side ("日期：… 日期：…") under its rows of signature fields, and a closing date
under a signer whose name a template masks with □ ("□□县某某中学"). A site's own row of fields
at the top still goes. Fixtures are written for the project, names and dates made up."""

from __future__ import annotations

import pytest

from helpers import clean, removed_by, texts

ACCEPTANCE = ["一、工程概况", "本工程为东区仓库屋面防水改造，由施工方于今年六月至七月完成。",
              "二、验收意见", "工程质量符合设计要求，资料齐全，同意验收。",
              "建设单位（盖章）：某某物流公司 施工单位（盖章）：某某建筑公司",
              "负责人签字：________ 负责人签字：________"]


@pytest.mark.parametrize("year", ["2024", "20xx", "20XX"])
def test_a_signature_rows_dates_side_by_side_stay(year):
    row = f"日期：{year}年9月15日 日期：{year}年9月15日"
    doc, _report = clean("\n".join(["仓库改造工程验收报告", *ACCEPTANCE, row]))
    assert texts(doc)[-1] == row


def test_a_sites_row_of_fields_at_the_top_still_goes():
    row = "时间：2024-09-15 10:20 来源：示例范文网"
    doc, report = clean("\n".join(["仓库改造工程验收报告", row, *ACCEPTANCE]))
    assert row not in texts(doc)  # (the metadata pass takes it for the page's date and source)
    assert report.source == "示例范文网"


@pytest.mark.parametrize("signer", ["□□县第二中学", "□□市青石公司人事科", "青石县第二中学"])
def test_a_closing_date_under_a_masked_signer_stays(signer):
    lines = ["________同志：", "经考核，你已被聘用为我校新任教师，请于9月1日持本通知到校办公室报到。",
             signer, "2025年8月10日"]
    doc, _report = clean("\n".join(["聘用通知", *lines]))
    assert texts(doc) == lines


def test_a_sites_date_under_the_title_still_goes():
    doc, report = clean("\n".join(["聘用通知", "2025年8月10日",
                                   "经考核，你已被聘用为我校新任教师，请于9月1日到校报到。",
                                   "学校今年共聘用新教师十二名，分布在语文、数学、英语等学科。"]))
    assert "2025年8月10日" not in texts(doc)
    assert "2025年8月10日" in removed_by(report, "meta-lines.date-line-written")


# --- a form's header row of fields over its title (title_neighbours.lone_fields_over_title) -------

def test_a_title_under_a_forms_header_row_of_fields_is_taken():
    header = "班级：初三（2）班 姓名：梁某某 实验日期：2025年3月12日"
    body = ["一、实验目的", "学会用电压表和电流表测量小灯泡的电功率。",
            "二、实验器材", "电源、开关、小灯泡、导线若干。"]
    doc, report = clean("\n".join([header, "物理实验报告——测量小灯泡的电功率", *body]))
    assert report.title == "物理实验报告——测量小灯泡的电功率"
    assert texts(doc)[0] == header


def test_minutes_opening_on_a_run_of_their_fields_have_no_title_taken():
    lines = ["时间：2024年5月6日 地点：三楼会议室", "主持人：王某某", "参会人员：全体班子成员",
             "会议议题", "一、传达上级会议精神。"]
    doc, report = clean("\n".join(lines))
    assert report.title is None
    assert texts(doc)[:3] == lines[:3]
