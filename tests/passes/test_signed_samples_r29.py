"""The end of a 范文 sample as template sites print it: a finished last sentence, the signer
(under a label naming a person, masked as "XX公司", or a class over a pupil's name), then the
date. The date is the sample's own, never the page's. Fixtures written for the project
(made-up names)."""

from __future__ import annotations

import pytest

from helpers import clean, texts

BODY = ["通过这次集中培训，我对岗位职责有了更清楚的认识，今后将把所学运用到工作中。"]


@pytest.mark.parametrize("signer", [["学员：何平"], ["新员工：孙丽"], ["学生：林可"],
                                    ["五年级二班", "学生：林可"], ["XX银行营业部 吴刚"],
                                    ["××学校办公室"], ["初二（3）班 李明"],
                                    ["甲方签字：王大伟", "乙方签字：陈小兰"],
                                    ["甲方（签字）：王大伟", "乙方（签字）：陈小兰"],
                                    ["甲方：某某市第一中学（盖章）", "乙方：周文"]])
def test_the_date_under_a_samples_signer_stays(signer):
    date = "2023年7月15日"
    doc, report = clean("\n".join(["培训心得体会", *BODY, *signer, date]))
    assert texts(doc)[-1] == date
    assert [r["rule"] for r in report.removed] == ["metadata.title"]


def test_a_page_date_under_two_bare_lines_of_chrome_still_goes():
    # Three short lines between the text and the date are no signer: the date is the page's.
    doc, _report = clean("\n".join(["培训心得体会", *BODY, "相关文章", "热门推荐", "精选范文", "2023年7月15日"]))
    assert "2023年7月15日" not in texts(doc)
