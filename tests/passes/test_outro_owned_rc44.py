"""The site's outro after the text is cut; a document's own closing sentence that points back at it
stays (issue 18, round 44, rc44). The pointer's generic words (整理, 分享, 全部内容…) are the site's
only in a sentence that offers the text to the reader with no first person in it. Lines made up.
"""

from __future__ import annotations

import pytest

from helpers import clean, texts

TITLE = "社区志愿服务工作总结"
BODY = ["今年社区登记志愿者一百二十人，分成五个小组，每周为独居老人上门服务一次。",
        "下一步，我们将继续完善志愿服务制度，让更多居民参与进来。"]


@pytest.mark.parametrize("closing", ["上面是我对这项工作的几点体会，和大家分享。",
                                     "上述经验做法，要在全县范围内分享推广。",
                                     "上面讲到的这些问题，请各科室认真整理，月底前报办公室。",
                                     "以上就是我今天发言的全部内容，谢谢大家！",
                                     "以上为本次会议整理的议定事项，请各单位抓好落实。",
                                     "本篇调研报告由调研组收集整理，报县委参阅。",
                                     "以上就是本次活动的全部内容，希望大家积极参与。"])
def test_a_document_s_own_closing_stays(closing):
    doc, _ = clean("\n".join([TITLE, *BODY, closing]))
    assert closing in texts(doc)


@pytest.mark.parametrize("outro", ["以上就是各类通知的基本写法，希望能对你有所帮助。",
                                   "上面是关于安全教育的范文，希望对你有帮助。",
                                   "以上就是我为大家整理的述职报告范文，希望能帮到你。",
                                   "以上就是工作总结的相关内容，更多请关注本站。",
                                   "本篇文章收集整理自网络，仅供参考学习。",
                                   "以上就是电影《山路》观后感的全部内容，愿大家都能常回家看看。"])
def test_the_site_s_outro_goes(outro):
    doc, _ = clean("\n".join([TITLE, *BODY, outro]))
    assert texts(doc) == BODY


def test_findings_handed_to_the_units_stay_above_the_text_and_the_site_s_offer_goes():
    # (round 44: addressees named as 各 + a kind of unit are a document's, like its 领导)
    report_line = "以下是调研组收集的群众意见，供各部门参考。"
    doc, _ = clean("\n".join([TITLE, report_line, *BODY]))
    assert report_line in texts(doc)
    offer = "以下是我们整理的志愿服务工作总结，希望对你有帮助。"
    doc, _ = clean("\n".join([TITLE, offer, *BODY]))
    assert texts(doc) == BODY


def test_a_speaker_s_we_offering_the_unit_s_practice_stays_and_the_site_s_we_goes():
    # (round 44: 我们 counts as the site only as the one who collected for the reader)
    speech = "下面把我们社区的几点做法介绍给大家，希望对兄弟社区有所借鉴。"
    doc, _ = clean("\n".join([TITLE, speech, *BODY]))
    assert speech in texts(doc)
    offer = "下面是我们精心收集的志愿服务总结，希望大家喜欢。"
    doc, _ = clean("\n".join([TITLE, offer, *BODY]))
    assert texts(doc) == BODY
