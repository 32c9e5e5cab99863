"""Headings in forms of round 30 (issue 18, helper h30): bare lines stacked with no body between
them, numbered items that are a list's entries. Fixtures written for the project."""

from __future__ import annotations

from helpers import clean, outline, paras


def test_photo_captions_gathered_under_a_paragraph_are_no_sections():
    # A unit's news item whose photos were dropped: their captions stand one on the other under
    # the text, and one more under a later paragraph. None heads any body.
    captions = ["工会主席为参赛职工发放号码布", "机关一支部的队员冲过终点", "后勤科职工在补给站分发饮用水",
                "年龄最大的参赛者完成全程"]
    doc, _ = clean("\n".join([
        "我单位职工参加全市健步走比赛",
        "十月中旬，市总工会举办秋季职工健步走比赛，我单位组织四十余名职工报名参加。",
        "比赛全程八公里，沿滨江绿道往返，参赛职工全部完成赛程，其中六人进入前五十名。",
        *captions,
        "因加班未能参赛的几名职工，赛后自发到终点为同事们拍照加油。",
        "为同事加油的值班职工",
        "单位工会表示，今后将每年组织两次集体健步活动。",
    ]))
    assert outline(doc) == []
    assert all(c in paras(doc) for c in captions)


def test_a_part_over_its_first_section_is_still_two_headings():
    # Two bare lines stacked (a part's name over its first section's) head the body below them.
    doc, _ = clean("\n".join([
        "社区志愿服务队工作简介",
        "服务队由社区居民自愿组成，现有队员六十余人，每周六上午集中开展服务。",
        "服务项目",
        "助老服务",
        "队员每月两次上门看望独居老人，帮助打扫卫生、代购生活用品，陪老人聊天。",
        "环境维护",
        "队员分片包干小区的公共绿地，每周清理一次垃圾，劝导乱丢乱放的行为。",
    ]))
    # (their levels are the bare-heading reading's, not asserted here)
    assert [text for _, text in outline(doc)] == ["服务项目", "助老服务", "环境维护"]


def test_a_sample_cut_short_after_its_first_part_keeps_that_part_as_a_heading():
    # The page's second sample shows only its first part: parted like the first sample, it is a
    # heading though no "二、" follows it.
    doc, _ = clean("\n".join([
        "社区读书节活动方案(精选2篇)",
        "社区读书节活动方案1",
        "一、活动目的：",
        "引导居民多读书、读好书，营造崇尚阅读的社区氛围，让书香走进每个家庭。",
        "二、活动时间：",
        "四月二十三日上午九时至十一时。",
        "三、活动地点：",
        "社区文化活动中心二楼阅览室。",
        "社区读书节活动方案2",
        "一、活动目的：",
        "借世界读书日的契机，组织亲子共读，让孩子和家长一起养成每天读书半小时的习惯。",
    ]))
    assert [text for _, text in outline(doc)] == [
        "社区读书节活动方案1", "一、活动目的：", "二、活动时间：", "三、活动地点：",
        "社区读书节活动方案2", "一、活动目的：",
    ]


def test_a_lone_first_point_in_a_sample_without_parted_siblings_stays_text():
    # No sample before it writes its parts as 一、 headings: a lone "一、…" is no proof of a part.
    doc, _ = clean("\n".join([
        "社区读书节活动方案(精选2篇)",
        "社区读书节活动方案1",
        "为引导居民多读书、读好书，社区决定在四月举办读书节，现将有关安排说明如下。",
        "活动由社区党委主办，各楼栋长负责通知到户，图书室负责准备书目和场地。",
        "社区读书节活动方案2",
        "一、活动目的：",
        "借世界读书日的契机，组织亲子共读，让孩子和家长一起养成每天读书半小时的习惯。",
    ]))
    assert "一、活动目的：" not in [text for _, text in outline(doc)]
    assert "一、活动目的：" in paras(doc)


def test_counted_points_on_lines_of_their_own_are_no_sections():
    # "一是…" "二是…" count a report's points inside its prose, below 一、（一）1.（1）: set on lines
    # of their own over their paragraphs they are still no sections.
    points = ["一是集体经济稳步增长", "二是人居环境明显改善", "三是便民服务更加完善"]
    doc, _ = clean("\n".join([
        "某某村2024年度工作总结",
        "今年以来，村两委紧紧围绕年初确定的目标任务，真抓实干，各项工作取得明显成效。",
        points[0],
        "村集体经营性收入达到四十二万元，比上年增加九万元，新建冷库一座、光伏电站一处。",
        points[1],
        "完成改厕一百一十户，新修村内道路二点三公里，垃圾实现每日清运。",
        points[2],
        "村便民服务站开通医保、社保代办业务，全年为群众代办事项六百余件。",
        "下一步，我们将继续努力，推动全村各项工作再上新台阶。",
    ]))
    assert outline(doc) == []
    assert all(p in paras(doc) for p in points)
