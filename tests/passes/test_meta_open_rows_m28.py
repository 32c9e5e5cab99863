"""Meta lines by form, whatever their labels (issue 18, round 28, m28): a row of the page's
facts in which some labels were never listed ("供稿单位", "發布單位", "公告日期"), told by its
shape: labelled fields, dates, counts and names only, with one sign of the page (a site's
label opening its field, a chrome word, a counter). Each with a row of a document's own fields
that stays. Fixtures are written for the project, words and names made up."""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "关于做好春季校园安全检查的通知"
BODY = ["为切实做好春季校园安全工作，防范各类事故发生，经研究决定在全校范围内开展安全大检查。",
        "各部门要高度重视，认真组织自查自纠，发现问题及时整改，确保检查工作取得实效。"]


def squeezed(text):
    return "".join(text.split())


def page(head=(), tail=()):
    return clean("\n".join([TITLE, *head, *BODY, *tail]))


@pytest.mark.parametrize("line", [
    "供稿单位：综合科 发稿日期：2022-9-1 阅览：120",
    "發布單位：學務處 發布日期：2023-03-01 點閱數：58",
    "公告日期：2023/05/06 公告單位：教務處 點閱：566",
    "撰稿:林小河 | 核发:2023-05-06 | 点阅:35",
    "编号：20230506 发布时间：2023-05-06",
])
@pytest.mark.parametrize("where", ["head", "tail"])
def test_a_row_of_page_facts_with_unlisted_labels_goes(line, where):
    doc, report = page(**{where: [line]})
    assert line not in texts(doc)
    # (on a page this short the end is in the head too: the head's rule may take it first)
    taken = removed(report, "meta-lines.open-fact-row") + removed(report, "meta-lines.open-fact-row-tail")
    assert taken == [line]
    assert texts(doc)[-2:] == BODY


@pytest.mark.parametrize("line", [
    # A document's fields: the tail of a longer label is no site's label ("资金来源"), an
    # act that is no reader's ("访谈时间"), a count with the field's own unit.
    "资金来源：财政拨款 金额：30",
    "访谈对象：林某 访谈时间：2023-05-06",
    "阅读篇目：3 阅读时长：30",
    "联系人：林老师 联系电话：0571-88886666",
    "填表人：林某 填表日期：2023-05-06",
    "活动时间：5月6日 参加人数：30人",
])
@pytest.mark.parametrize("where", ["head", "tail"])
def test_a_row_of_a_documents_own_fields_stays(line, where):
    doc, _report = page(**{where: [line]})
    # (the typography pass closes the blank between two Chinese characters)
    assert squeezed(line) in [squeezed(text) for text in texts(doc)]


def test_the_row_under_a_long_text_goes_by_the_tail_rule():
    line = "公告日期：2023/05/06 公告單位：教務處 點閱：566"
    doc, report = clean("\n".join([TITLE, *BODY * 8, line]))
    assert removed(report, "meta-lines.open-fact-row-tail") == [line]
    assert texts(doc)[-1] == BODY[-1]


# The row of facts right under the title, with no other chrome around it, told by its form alone
# (facts_under_title.open_facts_row): two labelled fields or more, one naming who, a machine date.
# (A clock time to the second makes the row a stamp row, which meta-lines.seconds-stamp-row takes
# first, anywhere on the page: test_seconds_stamp_rows_mt52.py; here the time stops at minutes.)
@pytest.mark.parametrize("line", [
    "供稿方:溪城融媒 执笔:杨柳 上线时间:2022-03-02 16:40",
    "撰写：林小河 上线日期：2021/06/18",
])
def test_a_row_of_facts_right_under_the_title_goes(line):
    doc, report = page(head=[line])
    assert removed(report, "meta-lines.facts-under-title") == [line]
    assert texts(doc) == BODY


@pytest.mark.parametrize("line", [
    "检查人：林某 检查日期：2023-05-06",        # one act named twice: the signer and the day
    "编号：2023-05 日期：2023-05-06",            # a record's numbers and dates alone
    "起止时间：2023-05-06 负责人：林某 联系方式：13800000000",  # a contact's telephone
    "会议时间：2023-05-06 主持人：林某",          # a meeting's own fields
    "申报单位：某某学校 申报日期：2023年5月6日",  # its date written in words
])
def test_a_documents_own_row_under_the_title_stays(line):
    doc, _report = page(head=[line])
    assert squeezed(line) in [squeezed(text) for text in texts(doc)]
