"""A box of other pages printed on one line after the text as 相关 + the pages' kind + a colon +
their bare titles goes (round 52); a document's own line of the same look — its units, its
attachments, its rules, a sentence — stays. Fixtures are written for the project, words made up."""

from __future__ import annotations

from helpers import clean, removed_by, texts

REPORT = ["关于青河镇农资门店专项检查的自查报告",
          "按照县局通知要求，我站于三月上旬对辖区农资门店开展了专项自查，现将情况报告如下。",
          "共检查门店十八家，发现台账记录不全的三家，已当场责令整改。",
          "下一步，我站将每季度复查一次，确保问题整改到位。"]


def test_a_line_of_other_reports_of_the_same_kind_goes():
    box = "相关自查报告：食堂卫生自查报告、校车安全自查报告、村卫生室药品管理自查报告"
    doc, report = clean("\n".join([*REPORT, box]))
    assert texts(doc) == REPORT[1:]
    assert removed_by(report, "recommendations.related-kind-titles") == [box]


def test_a_line_of_other_items_under_a_sites_word_goes():
    box = "相关职位资讯有：仓库管理员岗位职责 质检专员岗位职责"
    doc, report = clean("\n".join([*REPORT, box]))
    assert texts(doc) == REPORT[1:]
    assert removed_by(report, "recommendations.related-kind-titles") == [box]


def test_a_documents_own_lines_of_that_look_stay():
    own = ["相关单位：施工单位、监理单位、设计单位",
           "相关附件：报名表、承诺书",
           "相关报告：关于门店整改情况的报告，请各站查阅。"]
    for line in own:
        doc, _report = clean("\n".join([*REPORT, line]))
        assert texts(doc)[-1] == line
