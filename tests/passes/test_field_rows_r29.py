"""A row of fields on one line, as a contract's or a form's end prints them ("甲方（盖章）：
乙方（盖章）：", "代表人：    代表人："): typography keeps one blank before each next field's
label, so the fields do not run together ("张某审核：" would read as one word). Blanks between
two Chinese words elsewhere still go. Fixtures written for the project (made-up names)."""

from __future__ import annotations

import pytest

from helpers import clean, texts
from reportfmt.passes.typography import typeset

ARTICLES = ["一、产品名称、数量、价格", "大米一百吨，单价每吨四千元，总金额四十万元。",
            "二、违约责任", "任何一方违约，应按合同总额的百分之十支付违约金。"]


@pytest.mark.parametrize("row, kept", [
    ("供方（盖章）：          需方（盖章）：", "供方（盖章）： 需方（盖章）："),
    ("代表人：                代表人：", "代表人： 代表人："),
    ("制表：张某 审核：李某", "制表：张某 审核：李某"),
    # a form spaces a label's characters apart: those blanks go, the one between the fields stays
    ("学    历：本科        专    业：会计学", "学历：本科 专业：会计学"),
])
def test_the_blank_before_the_next_fields_label_stays(row, kept):
    doc, _report = clean("\n".join(["购销合同", "供方：某某农业发展有限公司", "需方：某某食品加工厂",
                                    *ARTICLES, row]))
    assert texts(doc)[-1] == kept


@pytest.mark.parametrize("text, joined", [
    ("我们 一起学习", "我们一起学习"),          # no field at all
    ("工作 总结：", "工作总结："),              # the first label's own words: no field before the blank
    ("主要做法： 加强学习", "主要做法：加强学习"),  # a label's value, not a next label
])
def test_other_blanks_between_chinese_words_still_go(text, joined):
    assert typeset(text) == joined
