"""A page that names its title in a field (round 37): "标题: … [打印本页]" under a forum's name， an
index table's "| 标题: | … |" row， a re-posted item's "原标题:…"， a record's "篇名 …"， a label alone
over its value ("主题:" / "…的函"). The value is the title and the short lines above it go; a field
under the text's first paragraph， one among the document's own fields， or one whose value is a
sentence names no page title. Fixtures written for the project (made-up names and content)."""

from __future__ import annotations

import pytest

from helpers import clean, texts

BODY = ["各位同事好。下面把这次整理的做法分享给大家，欢迎补充。",
        "第一步先把样式建好，再逐级套用，最后统一检查一遍格式。"]


@pytest.mark.parametrize(("head", "title"), [
    (["青禾办公交流区", "标题: 会议记录排版的三个小技巧 [打印本页]"], "会议记录排版的三个小技巧"),
    (["北岭区人民政府", "| 标题: | 北岭区文化馆关于暑期公益课堂报名的公告 | ||"],
     "北岭区文化馆关于暑期公益课堂报名的公告"),
    (["来源:青禾在线", "2024-06-12 09:30:15", "原标题:青禾社区开展邻里读书会活动"], "青禾社区开展邻里读书会活动"),
    (["体验区", "详目显示", "篇名 小学综合实践课教案的写法"], "小学综合实践课教案的写法"),
    (["网站首页  范文首页", "标题 班干部竞选三分钟演讲稿"], "班干部竞选三分钟演讲稿"),
    (["北岭市水务局", "意见征集", "主题:", "北岭市水务局关于征求节约用水管理办法修改意见的函"],
     "北岭市水务局关于征求节约用水管理办法修改意见的函"),
])
def test_a_title_field_names_the_title_and_the_lines_above_go(head, title):
    doc, report = clean("\n".join([*head, *BODY]))
    assert report.title == title
    assert texts(doc) == BODY


def test_a_field_under_the_first_paragraph_is_the_texts_own():
    # A how-to's first paragraph, then its "标题：" item: the text's, no page title.
    lines = ["写请示之前先想清楚要上级解决什么问题，这一点决定了整篇请示怎么写。",
             "标题：北岭区教育局关于增加校车线路的请示",
             "正文先写缘由，再写事项，最后写结语。"]
    doc, report = clean("\n".join(lines))
    assert report.title != "北岭区教育局关于增加校车线路的请示"
    assert "标题：北岭区教育局关于增加校车线路的请示" in texts(doc)


def test_a_field_among_the_documents_own_fields_stays():
    # A motion form: its number and its mover's fields above its "主题：" field are the document's.
    lines = ["提 案 表",
             "提案编号：第××号    提案类别：后勤保障",
             "提案人：林青禾（后勤服务中心）",
             "主题：关于增设职工午间休息室的建议",
             "理由：",
             "目前不少职工午间只能在工位上休息，影响下午的工作状态。"]
    doc, report = clean("\n".join(lines))
    assert report.title != "关于增设职工午间休息室的建议"
    kept = "".join(texts(doc))
    assert "提案编号" in kept and "提案人" in kept and "主题：关于增设职工午间休息室的建议" in kept


def test_a_field_holding_a_sentence_names_no_title():
    lines = ["标题：居中，一般写发文机关、事由和文种。", *BODY]
    doc, report = clean("\n".join(lines))
    assert report.title != "居中，一般写发文机关、事由和文种。"
    assert "标题：居中，一般写发文机关、事由和文种。" in texts(doc)


def test_a_reposts_headline_over_its_original_title_stays_the_title():
    # "原标题:…" under a headline no rule names: the repost's headline is the title.
    lines = ["青禾社区读书会迎来第一百期", "原标题:青禾社区开展邻里读书会活动", *BODY]
    doc, report = clean("\n".join(lines))
    assert report.title == "青禾社区读书会迎来第一百期"
    assert texts(doc) == BODY


@pytest.mark.parametrize("menu", [
    "青禾大学| 校园要闻| 专题推荐| 站点导航| 帮助中心 RSS 我要投稿",
    "加入会员 | 登入 ☆ 招募社区记者 | 山城社区新闻网 | 广告刊登 | 商家专区",
])
def test_a_menu_of_short_items_with_a_longer_one_is_no_title(menu):
    # (round 37) A bar-parted menu of four items or more, most of them short, one or two up to a
    # dozen characters: the site's, the title is the line under it.
    lines = [menu, "致全校师生的节约用电倡议书", "全校师生员工：", "用电高峰即将到来，请大家随手关灯、关空调。"]
    doc, report = clean("\n".join(lines))
    assert report.title == "致全校师生的节约用电倡议书"
    assert texts(doc) == lines[2:]
