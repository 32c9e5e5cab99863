"""A site's paragraph between the page's title and the title printed again over the document
(issue 18, round 22): it goes as `lead-in.above-title-repeat` when the document opens under the
repeat; the document's own first paragraph, which some sites stamp the title after, stays.
Fixtures are written for the project in the forms real pages take, with made-up words."""

from __future__ import annotations

from helpers import clean, outline, texts
from helpers import removed_by as removed

RULE = "lead-in.above-title-repeat"
TITLE = "社区老年食堂怎么申请开办"
LEAD = "不少社区想给老人办食堂，却不知道从哪里入手，下面把申请的步骤和要准备的材料梳理一遍。"
SECTIONS = ["一、先摸清需求", "街道先入户走访，统计有多少老人愿意在食堂吃饭，每天大概多少人次。",
            "二、选好场地", "场地要临街、在一楼，面积不少于八十平方米，还要有独立的后厨。",
            "三、报街道审批", "材料齐全后交街道民政科，审核通过的一般在一个月内拿到批复。"]


def test_the_lead_between_the_title_and_its_repeat_goes():
    doc, report = clean("\n".join(["首页 > 社区服务 > 正文", TITLE, LEAD, TITLE, *SECTIONS]))
    assert removed(report, RULE) == [LEAD]
    assert LEAD not in texts(doc)
    assert [text for _, text in outline(doc)] == SECTIONS[::2]


def test_the_lead_goes_when_the_first_copy_went_as_chrome_too():
    # The page's title line itself went as chrome (here under a breadcrumb and a date line), and
    # the same line printed again under the lead opens the document.
    page = ["当前位置:首页 > 办事指南 > 正文", TITLE, "2024-05-06 10:20:31", LEAD, TITLE, "1.摸清需求",
            "街道先入户走访，统计有多少老人愿意在食堂吃饭。", "2.选好场地", "场地要临街、在一楼，还要有独立的后厨。"]
    doc, report = clean("\n".join(page))
    assert removed(report, RULE) == [LEAD]
    assert texts(doc)[-4:] == page[-4:]


def test_the_documents_first_paragraph_before_a_stamped_title_stays():
    # The site stamps the title after the document's first paragraph: the text goes on in prose
    # under the stamp, so the paragraph above it is the document's.
    first = "住进社区的第一周，原先在表格里看到的那些数字，一下子都变成了一张张熟悉的面孔。"
    rest = ["和不少老小区一样，这里平日里很少见到年轻人，留在家的多是老人。",
            "我们把独居老人逐一登记，一共二十三位，每位都配了一名结对的志愿者。"]
    doc, report = clean("\n".join([TITLE, first, TITLE, *rest]))
    assert first in texts(doc)
    assert not removed(report, RULE)


def test_a_salutation_before_the_repeat_stays():
    salutation = "各位领导、各位同事，大家上午好！"
    rest = ["根据局里的统一安排，我就这一年的履职情况作简要汇报，请予评议。",
            "一年来，我主要做了三件事。"]
    doc, report = clean("\n".join([TITLE, salutation, TITLE, *rest]))
    assert salutation in texts(doc)
    assert not removed(report, RULE)


def test_no_repeat_below_no_lead():
    # Without the title again under it, the paragraph opens the document.
    doc, report = clean("\n".join([TITLE, LEAD, *SECTIONS]))
    assert LEAD in texts(doc)
    assert not removed(report, RULE)


def test_a_numbered_item_or_more_than_two_paragraphs_stop_the_step():
    item = "1.本办法适用于本街道辖区内开办的老年食堂，由街道统一管理。"
    doc, report = clean("\n".join([TITLE, item, TITLE, *SECTIONS]))
    assert item in texts(doc)
    assert not removed(report, RULE)
    three = [LEAD, "办食堂的钱从哪里来，也是大家关心的事。", "各地的补贴标准不一样，办理前最好先问清楚。"]
    doc, report = clean("\n".join([TITLE, *three, TITLE, *SECTIONS]))
    assert all(paragraph in texts(doc) for paragraph in three)
    assert not removed(report, RULE)
