"""Whose the site is, at its foot (round 56, cs56).

Portals and news sites print, among the footer's lines (the ICP number, the rights line, the
disclaimers), the units that sponsor, host or run them: "主办：某某县人民政府", "承办：…", "某某研究院
主办 | 某某中心 主管", or the unit with its address. Between two lines of chrome they go (the
address form beside one); an event notice's own 主办/承办 lines, with the text's line kept above
them, stay. Fixtures are made up.
"""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "青川镇举办秋季农机安全培训班"
BODY = ["10月12日，青川镇在镇文化站举办秋季农机安全驾驶培训班，全镇八十余名农机手参加培训。",
        "培训邀请县农机监理站的技术人员授课，围绕收获机械的日常保养和田间作业中的常见险情逐项讲解。"]
REPRINT = "本网转载的部分文章、图片未能联系到权利人，请权利人与本网站联系。"
RIGHTS = "青川资讯网 版权所有。"


def test_sponsor_lines_between_footer_lines_go():
    lines = ["主办：青川县人民政府", "承办：青川县人民政府办公室"]
    doc, report = clean("\n".join([TITLE, *BODY, REPRINT, *lines, RIGHTS]))
    assert texts(doc) == BODY
    # (a lone "主办：…" beside chrome was contact-line-beside-chrome's before, listed first)
    assert removed(report, "footer.site-sponsors") + removed(report, "footer.contact-line-beside-chrome") == lines


def test_units_first_parted_by_a_bar_go():
    line = "青川农情研究院主办 | 青川政务云服务中心 主管"
    doc, report = clean("\n".join([TITLE, *BODY, REPRINT, line, RIGHTS]))
    assert texts(doc) == BODY
    assert removed(report, "footer.site-sponsors") == [line]


def test_the_sponsor_with_the_site_address_goes_over_the_icp_line():
    line = "主管单位：青川县融媒体中心 地址：青川县文昌路88号"
    doc, report = clean("\n".join([TITLE, *BODY, line, "青ICP备2020001234号-1"]))
    assert texts(doc) == BODY
    assert removed(report, "footer.site-sponsor-address") == [line]


def test_an_event_notices_own_sponsor_lines_stay():
    notice = ["青年志愿服务月活动方案",
              "为弘扬志愿精神，丰富青年业余生活，特制定本方案。",
              "一、活动时间：3月1日至3月31日。",
              "二、活动内容：社区清扫、敬老院慰问、图书角整理。",
              "主办：共青团青川县委员会",
              "承办：青川县青年志愿者协会"]
    doc, report = clean("\n".join([*notice, RIGHTS]))
    assert notice[4] in texts(doc) and notice[5] in texts(doc)
    assert removed(report, "footer.site-sponsors") == []
