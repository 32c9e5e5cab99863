"""A document's own reading list and its own lines under a box's word (round 30): a teacher's
"推荐阅读" over books named in book-title marks, "好书推荐：" with the books after it, "猜你喜欢："
opening a sentence of the plan. A site's box lists its pages'
titles bare and makes no sentence. Fixtures are written for the project, words made up."""

from __future__ import annotations

import pytest

from helpers import clean, texts

PLAN = ["为帮助同学们利用寒假巩固所学知识，养成良好的阅读习惯，特制定本计划。",
        "一、每日练字半小时，字迹工整。", "二、每周完成两篇周记，记录生活点滴。",
        "三、完成课外阅读任务，并做好读书笔记。"]


@pytest.mark.parametrize("books", [["《朝花夕拾》", "《西游记》", "《骆驼祥子》"],
                                   ["1.《朝花夕拾》鲁迅", "2.《昆虫记》法布尔"]])
def test_a_teachers_reading_list_stays(books):
    doc, report = clean("\n".join(["七年级语文寒假学习计划", *PLAN, "推荐阅读", *books]))
    assert texts(doc) == [*PLAN, "推荐阅读", *books]
    assert not [r for r in report.removed if r["rule"].startswith("recommendations.")]


def test_a_box_of_page_titles_under_the_same_word_still_goes():
    titles = ["寒假学习计划范文", "七年级学生寒假计划表", "初中生寒假作息安排"]
    doc, _report = clean("\n".join(["七年级语文寒假学习计划", *PLAN, "推荐阅读", *titles]))
    assert texts(doc) == PLAN


@pytest.mark.parametrize("line", ["好书推荐：《城南旧事》《草房子》《小王子》",
                                  "猜你喜欢：由各班推选一本最受欢迎的图书，在全校展示。"])
def test_a_plans_own_line_under_a_box_word_stays(line):
    body = ["为营造书香校园，学校决定在四月开展读书月活动，现将有关事项安排如下。",
            "一、活动时间：4月1日至4月30日。", "二、活动内容：开展好书推荐、读书征文和阅读之星评选。"]
    close = ["三、活动要求：各班主任要认真组织，做好总结。", "校长办公室", "2025年3月20日"]
    doc, _report = clean("\n".join(["学校读书月活动方案", *body, line, *close]))
    assert texts(doc) == [*body, line, *close]


def test_a_notice_titled_like_a_box_keeps_its_title_and_text():
    body = ["各位业主：", "因小区供水管道检修，定于本周六上午停水，请各位业主提前做好储水准备。",
            "阳光物业服务中心", "2025年4月8日"]
    doc, report = clean("\n".join(["重要通知", *body]))
    assert not [r for r in report.removed if r["rule"].startswith("recommendations.")]
    assert texts(doc)[-len(body):] == body


def test_a_bulletins_own_photo_captions_stay():
    body = ["本月，社区围绕文明创建开展了系列活动，居民参与热情高涨，取得了良好效果。",
            "一、开展环境整治", "组织志愿者清理楼道杂物，整治乱停乱放，楼道环境明显改善。",
            "二、举办文艺汇演", "社区文艺队在中心广场举办了迎新春文艺汇演，吸引数百名居民观看。"]
    photos = ["精彩图片", "志愿者清理楼道杂物", "文艺队表演舞蹈", "居民观看演出"]
    doc, _report = clean("\n".join(["社区工作简报", *body, *photos]))
    assert texts(doc) == [*body, *photos]
