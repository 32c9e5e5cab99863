"""Round 54 (bk54): two lines of a 公文's own that chrome rules took for the page's (issue 18:
body kept 100 %). A notice's date printed with its separators lost ("2025124") under its issuer
went as meta-lines.count-alone (a view count); the document's own number ("某政办发〔2024〕18号")
under a disclosure box went as meta-lines.field-value (the value of the box's last label).
"""

from __future__ import annotations

from helpers import clean, texts

# A made-up bureau's notice that prints its report below it, the date run together.
NOTICE = ["各科室、区商贸中心:",
          "现将《柳岸区商务局2024年工作总结》印发给你们,请结合实际认真抓好落实。",
          "柳岸区商务局"]
REPORT = ["柳岸区商务局2024年工作总结",
          "一、总体情况",
          "2024年,区商务局把促消费和外贸稳增长作为重点,全年组织展销活动十二场。"]


def test_a_run_together_date_under_the_issuer_stays():
    doc, report = clean("\n".join([*NOTICE, "2025124", *REPORT]))
    assert "2025124" in texts(doc)
    assert not [r for r in report.removed if r["text"] == "2025124"]


def test_a_date_without_zeros_under_a_committee_stays():
    lines = ["各街道办事处:", "请各单位于本月底前报送本年度工作台账,逾期不再受理。", "柳岸区人大常委会", "2024612",
             "附:报送要求", "一、台账按月装订,每月一册,封面注明单位和月份。"]
    doc, _report = clean("\n".join(lines))
    assert "2024612" in texts(doc)


def test_a_bare_count_under_the_headline_still_goes():
    lines = ["柳岸区召开消费季启动会", "2025124",
             "3月5日上午,柳岸区消费季启动会在区会展中心举行,二十余家商超参加。",
             "会上发布了十项促消费举措,涉及家电以旧换新和餐饮消费券。"]
    doc, report = clean("\n".join(lines))
    assert "2025124" not in texts(doc)
    assert [r["rule"] for r in report.removed if r["text"] == "2025124"] == ["meta-lines.count-alone"]


# A made-up county's disclosure box, one field a line, the last label left empty, over the 公文.
BOX = ["索引号:11520000000000000K/2024-00012", "发布机构:柳岸县人民政府办公室", "有效性:"]
DOCUMENT = ["柳政办发〔2024〕18号", "各乡镇人民政府,县级有关部门:",
            "《柳岸县防汛抗旱应急预案》已经县人民政府同意,现予印发,请认真组织实施。"]


def test_the_document_number_under_an_empty_label_stays():
    doc, report = clean("\n".join(["柳岸县人民政府办公室关于印发柳岸县防汛抗旱应急预案的通知", *BOX, *DOCUMENT]))
    body = texts(doc)
    assert "柳政办发〔2024〕18号" in body
    assert not any(text.startswith("有效性") for text in body)
    assert not [r for r in report.removed if r["text"] == "柳政办发〔2024〕18号"]


def test_a_number_that_lost_its_bracket_stays_too():
    doc, _report = clean("\n".join(["柳岸县人民政府办公室关于印发柳岸县防汛抗旱应急预案的通知",
                                    *BOX[:-1], "成文日期:", "柳政办发〔202418", *DOCUMENT[1:]]))
    assert "柳政办发〔202418" in texts(doc)


def test_a_value_under_its_own_label_still_goes():
    doc, report = clean("\n".join(["柳岸县人民政府办公室关于印发柳岸县防汛抗旱应急预案的通知",
                                   BOX[0], "发布机构:", "柳岸县人民政府办公室", *DOCUMENT[1:]]))
    assert "柳岸县人民政府办公室" not in texts(doc)
    assert [r["rule"] for r in report.removed if r["text"] == "柳岸县人民政府办公室"] == ["meta-lines.field-value"]
