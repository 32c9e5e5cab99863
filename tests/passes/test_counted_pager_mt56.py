"""A pager that opens with its counts (issue 18, round 56, mt56): meta-lines.counted-pager.

The stock theme of a PHP framework's page class prints a list's pager as the records it holds and
the current page of how many, then the buttons ("25 条记录 1/3 页 首页 上一页 下一页 尾页", "共12条
当前第1/2页"; own-tune zcnews.net.cn, rendered pages of other sites kept in public repositories);
a CMS splits a long article into pages under "共19页: 上一页 1 2 3 下一页 末页". Nothing but the
pager's tokens is on the line, so it goes wherever it stands. A sentence on a document's pages, a
table's counts and a 文库 reader's page label (another rule's) are not this rule's. Fixtures are made
up.
"""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "青禾县供水公司2025年工作总结"
BODY = ["去年全年更新老旧管网三十八公里，管网漏损率下降两个百分点。",
        "这一年，公司把供水服务提升年的任务落到了三件实事上：改管网、建水厂、优服务。"]


@pytest.mark.parametrize("line", [
    "1 条记录 1/1 页",
    "共 25 条记录 1/3 页 首页 上一页 下一页 尾页",
    "共12条 当前第1/2页",
    "共1 条记录 1/1 页 首页 « 上一页 下一页 » 末页",
    "25 条记录 1/3 页 下一页 第一页 1 2 3 最后一页",
    "共19页: 上一页 1 2 3 4 5 下一页 末页",
    "下一页 [1][2]",
])
def test_a_pager_with_its_counts_goes(line):
    doc, report = clean("\n".join([TITLE, *BODY, line]))
    assert texts(doc) == BODY
    assert removed(report, "meta-lines.counted-pager") == [line]


@pytest.mark.parametrize("line", [
    "本报告共12页，第3页为目录，正文从第4页开始。",
    "共收集意见建议12条，已逐条答复，答复情况见第3页。",
])
def test_a_sentence_on_pages_or_counts_stays(line):
    doc, report = clean("\n".join([TITLE, *BODY, line, "下一步，公司将继续推进城乡供水一体化。"]))
    assert line.replace(",", "，") in [t.replace(",", "，") for t in texts(doc)]
    assert removed(report, "meta-lines.counted-pager") == []


def test_a_table_count_without_a_page_is_not_the_rules():
    _, report = clean("\n".join([TITLE, *BODY, "3 条 1 2", "下一步，公司将继续推进城乡供水一体化。"]))
    assert removed(report, "meta-lines.counted-pager") == []


def test_a_readers_page_label_is_not_the_rules():
    _, report = clean("\n".join([TITLE, *BODY, "第1页 / 共14页"]))
    assert removed(report, "meta-lines.counted-pager") == []
