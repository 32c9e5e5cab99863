"""A site's own lines inside a document's text (issue 18, round 39, rc39).

A short line sending the reader to one of the site's channels (account, app, code, download
button) for its pieces (more samples, 素材, the whole text, a Word copy); the same promo set in
brackets ("【更多范文，尽在…】"); a gaming or streaming brand's name stamped alone on its line by a
hijacked domain. A notice's own instructions (scan to sign up, follow the school's account for its
holiday dates, download the attached form) and a unit's or a section's name stay. Fixtures are
made up.
"""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "青枫社区年度工作总结"
HEAD = ["今年以来，社区围绕居民需求开展各类服务活动二十余次，参与居民三千余人次。",
        "一、主要工作",
        "社区组织志愿者入户走访，了解独居老人的实际困难。"]
TAIL = ["二、下一步打算",
        "我们将继续完善服务机制，提升居民满意度。"]


@pytest.mark.parametrize("line", [
    "关注微信公众号“晨读写作”，回复“总结”获取更多范文",
    "微信搜索“晨读写作”，每天免费领取写作素材",
    "扫描下方二维码，下载完整版文档",
    "点击这里下载完整版Word文档",
    "手机扫码阅读本文",
    "下载APP，阅读全文",
    "加入QQ群64523817，免费领取更多范文",  # round 42: a QQ group is the same channel
])
@pytest.mark.parametrize("at_end", [False, True])
def test_a_line_sending_the_reader_to_a_channel_for_pieces_goes(line, at_end):
    lines = [*HEAD, *TAIL, line] if at_end else [*HEAD, line, *TAIL]
    doc, report = clean("\n".join([TITLE, *lines]))
    assert texts(doc) == [*HEAD, *TAIL]
    assert removed(report, "injected.channel-for-pieces") == [line]


@pytest.mark.parametrize("line", [
    "【更多范文，尽在晨读文库】",
    "（更多范文请访问www.chendu-demo.com）",
    "[更多精彩作文，请关注晨读写作]",
])
def test_a_bracketed_promo_for_more_pieces_goes(line):
    doc, report = clean("\n".join([TITLE, *HEAD, line, *TAIL]))
    assert texts(doc) == [*HEAD, *TAIL]
    assert removed(report, "injected.bracketed-more-pieces") == [line]


NOTICE_TITLE = "关于开展暑期安全教育活动的通知"
NOTICE_HEAD = ["各班：", "为做好暑期学生安全教育工作，现将有关事项通知如下。", "一、活动时间", "7月1日至7月10日。"]
NOTICE_TAIL = ["二、活动要求", "各班主任要认真组织，确保活动取得实效。", "学校办公室", "2024年6月20日"]


@pytest.mark.parametrize("line", [
    "请家长扫码报名，名额有限。",
    "关注学校公众号查看放假安排。",
    "请扫描下方二维码获取电子版报名表",
    "请下载附件填写报名表，于周五前交到教务处。",
    "各单位可在本站下载Word版申报表。",
    "关注公众号后点击菜单栏“预约挂号”即可完成预约。",
    "（更多活动安排，请关注社区公告栏）",
    "请加入家长QQ群38214675查看放假安排。",
])
def test_a_notices_own_instruction_stays(line):
    doc, report = clean("\n".join([NOTICE_TITLE, *NOTICE_HEAD, line, *NOTICE_TAIL]))
    assert line in texts(doc)
    assert not removed(report, "injected.channel-for-pieces")
    assert not removed(report, "injected.bracketed-more-pieces")


@pytest.mark.parametrize("line", [
    "云澜娱乐官网",
    "云澜体育直播手机版",
    "云澜棋牌官网下载",
    "云澜影视在线观看",
    "云澜体育app下载",
    "云澜国际娱乐登录网站 云澜国际娱乐登录网站",
])
def test_a_gaming_brand_line_inside_the_text_goes(line):
    doc, report = clean("\n".join([NOTICE_TITLE, *NOTICE_HEAD, line, *NOTICE_TAIL]))
    assert texts(doc) == [*NOTICE_HEAD, *NOTICE_TAIL]
    assert removed(report, "injected.gaming-brand-line") == [line]


def test_a_gaming_brand_line_over_a_notice_goes_and_the_title_is_the_notices():
    doc, report = clean("\n".join(["云澜国际娱乐登录网站", NOTICE_TITLE, *NOTICE_HEAD, *NOTICE_TAIL]))
    assert report.title == NOTICE_TITLE
    assert texts(doc) == [*NOTICE_HEAD, *NOTICE_TAIL]


@pytest.mark.parametrize("line", [
    "三、体育活动",
    "影视赏析",
    "校园电视台直播",
    "青枫体育用品有限公司",
    "云澜影院",
    "央视频APP",
    "校园视频号直播",
])
def test_a_section_or_a_units_name_stays(line):
    doc, _ = clean("\n".join([NOTICE_TITLE, *NOTICE_HEAD, line, *NOTICE_TAIL]))
    assert any(line.replace(" ", "") in t.replace(" ", "") for t in texts(doc))
