"""Round 41 (rc41): a site's offer of its samples for the reader to take and adapt. Fixtures are
made up.

- lead-in.samples-offered-below: the offered pieces may be taken to adapt (拿去改改, 可供…比照).
- lead-in.summary-between-titles: a paragraph between two copies of the title that offers the
  text below for the reader to consult or adapt goes, as one announcing what it explains did;
  the text's own opening in that place stays.
"""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "社区图书角借阅办法"
RULES = ["第一条 为方便居民读书，规范图书角的借阅，制定本办法。",
         "第二条 图书角每天上午九时至下午五时开放，节假日照常开放。",
         "第三条 借阅图书应当登记，按期归还，损坏的照价赔偿。"]


SAMPLE = ["最新社区文明公约通用1", "亲爱的居民朋友们:",
          "为了让我们的小区更整洁、更和睦，社区居委会向大家发出如下倡议:",
          "一、爱护公共设施，不在绿地内种菜，不在楼道堆放杂物。",
          "二、邻里之间发生纠纷，应当协商解决，协商不成的可请居委会调解。"]


@pytest.mark.parametrize("lead", [
    "公约要写得亲切、具体，才能让人愿意照着做。本页收了几篇社区文明公约，拿去改改就能用。",
    "緒論:一份好的公約,能讓鄰里相處心中有數。本頁由某某編輯收錄社區文明公約范文6篇,可供擬寫時比照。",
])
def test_samples_offered_for_the_reader_to_adapt_go(lead):
    doc, report = clean("\n".join(["最新社区文明公约通用", lead, *SAMPLE]))
    assert lead not in texts(doc)
    assert removed(report, "lead-in.samples-offered-below") == [lead]
    assert "一、爱护公共设施，不在绿地内种菜，不在楼道堆放杂物。" in texts(doc)


def test_an_offer_between_two_copies_of_the_title_goes():
    offer = "借阅办法一般写清楚由谁管、怎么管、违反了怎么办。下面这份社区图书角借阅办法可供各社区参照修改。"
    doc, report = clean("\n".join([TITLE, "首页 > 办事指南 > 制度范本 > 正文 2021-10-26", offer, TITLE, *RULES]))
    assert texts(doc) == RULES
    assert removed(report, "lead-in.summary-between-titles") == [offer]


@pytest.mark.parametrize("opening", [
    # the text's own first paragraph (no offer, no announcement) above its title printed again
    "为方便居民读书，社区在活动中心二楼设立图书角，现将借阅办法公布如下。",
    # the text saying what it gives next: a bare 可以 before 套用 is no offer to the reader
    "借阅登记常常漏项，下面先列出要登记的几项，再给出一张可以直接套用的登记表。",
])
def test_a_documents_own_opening_between_two_copies_stays(opening):
    doc, report = clean("\n".join([TITLE, "首页 > 办事指南 > 制度范本 > 正文 2021-10-26", opening, TITLE, *RULES]))
    assert opening in texts(doc)
    assert not removed(report, "lead-in.summary-between-titles")
