"""A site's lead-in sentence closed by a pointer to more of its pages (round 55, ld55).

"下面是我为大家整理的…，更多〔X〕点击“X”查看！", "…小编为大家带来…，更多内容欢迎访问www.…": the site
speaking (为大家, 小编) about what it collected, closed by a pointer to its own keyword pages, channel
or address instead of "供大家参考". The sentence goes with the genre talk before it; a document's own
pointer to a website ("更多详情请关注学院官网") and a document's sentences without the site's voice
stay. Fixtures are made up.
"""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "端午节致辞范本"
SPEECH = ["各位同事、各位朋友：",
          "粽叶飘香，龙舟竞渡。在这个传统佳节到来之际，我谨代表公司向大家致以节日的问候！",
          "过去半年，大家克服了原料涨价、订单波动等困难，完成了各项生产任务，谢谢大家！"]


@pytest.mark.parametrize("lead", [
    "节日致辞要简短热情。下面是我为大家整理的端午节致辞范本，更多〔节日致辞〕点击“节日致辞”查看！",
    "下面是小编为大家收集的端午节致辞范本，更多内容欢迎访问www.example-fanwen.cn",
    "端午节快到了，单位里少不了一场致辞。以下是为大家精选的端午节致辞，更多节日致辞敬请关注本站致辞频道。",
    "下面是我為大家整理的端午節致辭範本，更多〔節日致辭〕點擊“節日致辭”查看！",
])
def test_the_lead_in_closed_by_a_pointer_goes_with_the_talk_before_it(lead):
    doc, _report = clean("\n".join([TITLE, lead, *SPEECH]))
    assert texts(doc) == SPEECH


def test_the_rule_names_the_pointer_form():
    lead = "节日致辞要简短热情。下面是我为大家整理的端午节致辞范本，更多〔节日致辞〕点击“节日致辞”查看！"
    _doc, report = clean("\n".join([TITLE, lead, *SPEECH]))
    assert removed(report, "lead-in.lead-in-closed-by-more-pointer") == [lead]


@pytest.mark.parametrize("opening", [
    "为方便新生报到，学院为大家整理了报到须知，更多详情请关注学院官网通知。",
    "本次活动共收集作品一百二十件，更多作品请点击学校主页查看。",
    "下面我就今年的工作向大家作简要汇报，更多数据请查看会议材料。",
])
def test_a_documents_own_pointer_stays(opening):
    body = ["一、报到时间为九月一日至二日。", "二、报到地点在学生活动中心一楼大厅。"]
    doc, _ = clean("\n".join(["新生报到须知", opening, *body]))
    assert texts(doc) == [opening, *body]
