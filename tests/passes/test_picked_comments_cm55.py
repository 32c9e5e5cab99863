"""cm55: the comment list's heading when the site picked or sorted the list, 精选留言 / 精选评论
(perhaps with its count, "精选留言（3）") and 最热评论: the heading and the readers' comments under
it go at the page's tail; the same words as a document's numbered part stay, and the text's prose
paragraphs under them stay. Fixtures are made up, in the forms real pages take."""

from __future__ import annotations

import pytest

from helpers import clean, removed_by, texts

TITLE = "社区食堂运营情况的调查报告"
BODY = ["今年三月起，我们对辖区内六家社区食堂的就餐人数、菜品价格和老人满意度做了走访调查。",
        "调查发现，午餐时段就餐人数最多，七十岁以上老人占到一半左右，菜价总体比周边饭馆低两成。",
        "下一步建议增加晚餐供应，并把送餐上门的范围扩大到行动不便的独居老人。"]


@pytest.mark.parametrize("heading", ["精选留言", "精选留言（3）", "精选评论", "最热评论", "最热评论(12)"])
def test_the_picked_list_and_its_comments_go(heading):
    tail = [heading, "晓风残月", "我们小区的食堂也是这样，价格实惠，就是排队有点长。", "老周2021",
            "建议每周公布一次菜单。"]
    doc, report = clean("\n".join([TITLE, *BODY, *tail]))
    assert texts(doc) == BODY
    assert removed_by(report, "comments.comment-list-heading") == tail


def test_a_documents_numbered_part_stays():
    part = "三、精选评论"
    after = ["我们从问卷中挑出了二十条有代表性的意见，按就餐、价格、服务三类整理如下。"]
    doc, report = clean("\n".join([TITLE, *BODY, part, *after]))
    assert not removed_by(report, "comments.comment-list-heading")
    assert after[0] in texts(doc)


def test_the_texts_own_prose_under_the_heading_stays():
    after = ["在调查中，我们请每家食堂推荐三位常来就餐的老人谈谈感受，他们普遍认为饭菜清淡、价格合适，"
             "也希望食堂能延长营业时间，让下班晚的子女也能顺路打包带回家。",
             "食堂负责人则表示，目前最大的困难是人手不足和场地租金偏高，需要街道在政策上给予一定支持，"
             "例如减免部分租金、协调志愿者在高峰时段帮忙。"]
    doc, report = clean("\n".join([TITLE, *BODY, "精选评论", *after]))
    # the heading alone goes (as 网友评论 does there); the prose under it stays
    assert removed_by(report, "comments.comment-list-heading") == ["精选评论"]
    assert texts(doc) == [*BODY, *after]


@pytest.mark.parametrize("stamp", ["IP属地：浙江", "山间小溪 2023-06-18 21:05 IP属地：浙江",
                                   "2023-06-18 · IP属地：四川", "来自 安卓客户端 IP属地：湖北"])
def test_a_comments_region_stamp_goes(stamp):
    doc, report = clean("\n".join([TITLE, *BODY, stamp]))
    assert removed_by(report, "comments.ip-region-stamp") == [stamp]
    assert texts(doc) == BODY


def test_a_sentence_about_the_region_label_stays():
    line = "平台上线了IP属地：显示规则，境内用户显示到省份，境外用户显示到国家。"
    doc, report = clean("\n".join([TITLE, *BODY, line]))
    assert not removed_by(report, "comments.ip-region-stamp")
    assert texts(doc) == [*BODY, line]
