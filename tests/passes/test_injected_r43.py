"""Injected strings told by their form (issue 18, round 43, inj43).

A gaming brand a hijacked domain stamps where a unit's name stood, inside the sentence: a short
name, the game it sells and its way in (官网, 注册, 宝典…), whatever the brand. A document citing
a site (a verb before it, what is on it after it), a lottery office's 福利彩票 and a common noun
before the game word stay. Fixtures are made up.
"""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "关于开展宿舍安全月活动的情况通报"
HEAD = "为做好本学期宿舍安全工作，学校于三月开展了宿舍安全月活动。"
TAIL = "下一步，各学院要把检查中发现的问题逐项整改到位。"


@pytest.mark.parametrize(("line", "brand"), [
    ("本次推进会由学生工作处青曜娱乐官网注册宿舍管理中心承办。", "青曜娱乐官网注册"),
    ("一张长桌，几本好书——这是66彩乐宝典研究生第一党支部的主题党日。", "66彩乐宝典"),
    ("4月8日，丰彩官网平台(中国)官方网站第十届社团文化节开幕。", "丰彩官网平台(中国)官方网站"),
    ("按照辰星体育官网党总支的培训计划，培训班如期开班。", "辰星体育官网"),
    ("本次讲座由qx青岚娱乐app下载团委主办。", "qx青岚娱乐app下载"),
])
def test_a_gaming_brand_stamped_inside_a_sentence_is_cut(line, brand):
    doc, report = clean("\n".join([TITLE, HEAD, line, TAIL]))
    assert texts(doc) == [HEAD, line.replace(brand, ""), TAIL]
    assert removed(report, "injected.gaming-brand-inline") == [brand]


@pytest.mark.parametrize("line", [
    "中奖者请登录中国福利彩票官网查询开奖结果。",
    "会员可登录盈彩官网兑换积分。",
    "比赛将通过某某体育APP观看直播，也可在学校公众号回看。",
    "要加强对各类娱乐平台的监管，净化网络环境。",
    "活动报名请访问星河体育官网，报名截止到本月底。",
    "学校体育官网已公布本次运动会的比赛日程。",
    "本届体育节设田径、球类和趣味项目三大类。",
])
def test_a_sentence_naming_a_site_or_a_game_stays(line):
    doc, report = clean("\n".join([TITLE, HEAD, line, TAIL]))
    assert texts(doc) == [HEAD, line, TAIL]
    assert removed(report, "injected.gaming-brand-inline") == []


@pytest.mark.parametrize(("line", "brand"), [
    ("感谢各界对青湾668登录网页版事业发展的关心。", "青湾668登录网页版"),
    ("会议由鹭岛k7官网党委书记主持。", "鹭岛k7官网"),
    ("出席会议的有xbet365手机版app分党委书记和全体教职工。", "xbet365手机版app"),
])
def test_a_coded_betting_brand_inside_a_sentence_is_cut(line, brand):
    doc, report = clean("\n".join([TITLE, HEAD, line, TAIL]))
    assert texts(doc) == [HEAD, line.replace(brand, ""), TAIL]
    assert removed(report, "injected.coded-brand-inline") == [brand]


@pytest.mark.parametrize("line", [
    "旅客可登录中国12306官网购票，也可到车站窗口购买。",
    "请在腾讯QQ官网下载最新版本的客户端。",
    "学校网站已推出手机版，师生可随时查看通知。",
    "下载Office365手机版后，用学校邮箱登录即可。",
])
def test_a_sentence_naming_an_app_or_a_site_stays(line):
    doc, report = clean("\n".join([TITLE, HEAD, line, TAIL]))
    assert texts(doc) == [HEAD, line, TAIL]
    assert removed(report, "injected.coded-brand-inline") == []


def test_jammer_glyphs_from_other_blocks_go_where_they_recur():
    noisy = ["那年秋天，老街的裁缝铺关了门◣。我常去那里补衣服，", "老师傅总是，〓一边量尺寸一边讲旧事↙。",
             "后来街口开了商场，铺子里的人越来越少。"]
    doc, report = clean("\n".join([TITLE, HEAD, *noisy, TAIL]))
    assert texts(doc) == [HEAD, "那年秋天，老街的裁缝铺关了门。我常去那里补衣服，",
                          "老师傅总是，一边量尺寸一边讲旧事。", noisy[2], TAIL]
    assert removed(report, "forum.emoji-jammer") == ["◣", "〓 ↙"]


def test_flow_arrows_bullets_and_a_lone_glyph_stay():
    lines = ["▲社区组织志愿者清扫楼道。", "各单位按照申请、审核、审批的顺序↗办理。",
             "□同意 □不同意", "评审意见见附表↙。"]  # one or two glyphs: no jammer
    doc, _ = clean("\n".join([TITLE, HEAD, *lines, TAIL]))
    assert texts(doc)[1:5] == lines


def test_a_sentence_writing_a_flow_with_arrows_is_no_breadcrumb():
    line = "各单位按照“申请→审核→审批”的顺序办理，不得跳过环节。"
    doc, report = clean("\n".join([TITLE, HEAD, line, TAIL]))
    assert texts(doc) == [HEAD, line, TAIL]
    crumb = "当前位置：首页 > 通知公告 > 正文"
    doc, report = clean("\n".join([crumb, TITLE, HEAD, TAIL]))
    assert removed(report, "meta-lines.breadcrumb") == [crumb]


@pytest.mark.parametrize(("line", "brand"), [
    ("本届运动会由华体会体育(中国)QWE·官方网站体育部承办。", "华体会体育(中国)QWE·官方网站"),
    ("校团委联合开云kaiyun中国官方网站学生会举办晚会。", "开云kaiyun中国官方网站"),
])
def test_a_listed_brand_goes_with_its_china_official_site_tail(line, brand):
    doc, _ = clean("\n".join([TITLE, HEAD, line, TAIL]))
    assert texts(doc) == [HEAD, line.replace(brand, "").replace("(", "（").replace(")", "）"), TAIL]


def test_a_streaming_site_title_joined_by_dashes_goes_and_a_film_festival_title_stays():
    spam = "青柠影视-免费在线观看-最新电视剧在线看-青柠影视官网"
    doc, report = clean("\n".join([spam, TITLE, HEAD, TAIL]))
    assert texts(doc) == [HEAD, TAIL]
    assert removed(report, "injected.streaming-keyword-title") == [spam]
    notice = "第十届校园电影节-优秀影视作品展映-免费观看"
    doc, report = clean("\n".join([notice, "各学院：", HEAD, TAIL]))
    assert removed(report, "injected.streaming-keyword-title") == []
    assert report.title.startswith("第十届校园电影节")
