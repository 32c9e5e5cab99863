"""A lead naming the page's subject before the list or table it introduces ("…现将某某中心2025年
5月采购意向公开如下："): the text's sentence, never the page repeating its title, however much of
the title it holds (issue 18, round 53: a procurement-intention notice's lead, printed on many
government buyers' pages). Fixtures are written for the project with made-up words."""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed
from reportfmt.passes.boilerplate.titles import repeats_title

TITLE = "青溪区图书馆2025年5月政府采购意向公告"
LEAD = "现将青溪区图书馆2025年5月政府采购意向公告如下："
ROWS = ["序号 | 采购项目名称 | 预算金额（万元） | 预计采购时间 |",
        "1 | 少儿阅览室书架更新 | 35 | 2025年6月 |",
        "本次公开的采购意向是本单位政府采购工作的初步安排，具体以采购公告为准。"]


def test_a_lead_ending_in_rushang_is_no_repeat_of_the_title():
    assert not repeats_title(LEAD, TITLE, True)
    doc, report = clean("\n".join([TITLE, LEAD, *ROWS]))
    assert LEAD in texts(doc)
    assert removed(report, "title.repeated-title") == []


def test_the_title_printed_again_still_goes():
    assert repeats_title("青溪区图书馆2025年5月政府采购意向公告（第2批）", TITLE, True)
    doc, report = clean("\n".join([TITLE, TITLE, LEAD, *ROWS]))
    assert removed(report, "title.repeated-title") == [TITLE]
    assert LEAD in texts(doc)


def test_an_aggregators_lead_on_the_copied_document_still_repeats_the_title():
    # ("详情如下：": the site's words on the document it copies, not the document's own lead)
    assert repeats_title("日前发布青溪区图书馆2025年5月政府采购意向公告，详情如下：", TITLE, True)
