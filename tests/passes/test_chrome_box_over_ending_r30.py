"""A box's label ("推荐阅读：", "相关推荐") pushed above the document's short closing paragraph
(round 30): under it stand only a few finished sentences (and chrome other rules drop), no
title of another page, so the label goes alone and the ending stays. A box of titles, or of a
title over its teaser, still goes whole. Fixtures are written for the project, words made up."""

from __future__ import annotations

import pytest

from helpers import clean, texts

OPENING = "今年以来，社区围绕环境整治这一中心任务，组织居民开展多次集中清理活动，社区面貌明显改善。"
BODY = [OPENING, "一、主要做法", "一是加强宣传发动，通过入户走访让居民了解整治的意义。二是落实网格责任，定期巡查。",
        "二、存在问题", "部分居民参与意识不强，个别楼栋反复出现堆放杂物现象，长效机制还需完善。"]
ENDING = "下一步，我们将继续巩固整治成果，建立常态化管理机制，让社区环境更加整洁。"


@pytest.mark.parametrize("label", ["推荐阅读：", "相关推荐", "猜你喜欢"])
def test_a_short_ending_under_a_box_label_stays(label):
    doc, report = clean("\n".join(["社区环境整治工作总结", *BODY, label, ENDING]))
    assert texts(doc) == [*BODY, ENDING]
    assert [r["text"] for r in report.removed if r["rule"].startswith("recommendations.")] == [label]


def test_a_footer_under_the_ending_still_goes():
    footer = "版权所有 © 2024 某某范文网 All Rights Reserved"
    doc, report = clean("\n".join(["社区环境整治工作总结", *BODY, "推荐阅读：", ENDING, footer]))
    assert texts(doc) == [*BODY, ENDING]
    assert footer in [r["text"] for r in report.removed]


def test_a_box_of_titles_still_goes_whole():
    titles = ["社区消防安全工作总结", "社区老年协会工作计划", "社区志愿服务活动方案"]
    doc, _report = clean("\n".join(["社区环境整治工作总结", *BODY, ENDING, "相关推荐", *titles]))
    assert texts(doc) == [*BODY, ENDING]


def test_a_title_over_its_teaser_still_goes():
    box = ["相关推荐", "社区消防安全工作总结", "今年社区开展消防演练三次，居民的安全意识明显提高。"]
    doc, _report = clean("\n".join(["社区环境整治工作总结", *BODY, ENDING, *box]))
    assert texts(doc) == [*BODY, ENDING]


def test_a_lesson_plans_own_section_of_sentences_stays():
    section = ["朱自清的散文语言清新朴素，富有诗意，课后可阅读他的《荷塘月色》，比较两文写法。",
               "教师可引导学生课外搜集描写春天的古诗词，在下节课交流分享。",
               "学生可以把自己的读书心得写在摘抄本上，每周交一次。"]
    doc, _report = clean("\n".join(["《春》教学设计", *BODY, "拓展阅读", *section]))
    assert texts(doc)[-3:] == section
