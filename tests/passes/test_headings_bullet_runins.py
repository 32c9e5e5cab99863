"""Bulleted points that name themselves ("- 名称：说明的句子…") run in, as "1. 名称：…" items do; bullets
holding a field's short value stay plain items (issue 18, round 23: bullet_runins.py). Fixtures
written for the project: made-up text in the forms real pages take."""

from __future__ import annotations

from helpers import clean, outline, paras, runins


def lines(*rows: str) -> str:
    return "\n".join(rows)


def test_bulleted_items_naming_their_points_run_in():
    doc, _ = clean(lines(
        "图书管理员的三项基本功",
        "图书室的工作看起来简单，真正做好却需要几样扎实的本领，下面分开来说。",
        "- 分类上架：新书到馆后先按分类号贴好标签，再按顺序上架，不能凭印象随手摆放。",
        "• 借还登记：每一次借出和归还都要当场录入系统，避免月底盘点时对不上账。",
        "- 读者服务：遇到找不到书的读者，要主动帮忙检索，而不是只指一个方向。",
        "做好这三件事，图书室就能井井有条。",
    ))
    assert runins(doc) == ["- 分类上架：", "• 借还登记：", "- 读者服务："]
    assert outline(doc) == []


def test_bullets_holding_short_field_values_stay_plain():
    doc, _ = clean(lines(
        "秋季运动会报名须知",
        "各班体育委员请于本周五前将报名表交到体育组办公室，逾期不再受理，请互相转告。",
        "- 地点：学校田径场",
        "- 时间：十月十二日上午",
        "- 联系人：体育组李老师",
    ))
    assert runins(doc) == []
    assert "- 地点：学校田径场" in paras(doc)


def test_one_named_bullet_among_plain_ones_is_no_series():
    doc, _ = clean(lines(
        "班级卫生公约",
        "为了让教室保持整洁，经全班同学讨论，制定以下几条约定，请大家共同遵守。",
        "- 每天放学后值日生打扫教室，关好门窗和电灯。",
        "- 不在教室里吃零食，垃圾放进垃圾桶。",
        "- 值日安排：按学号轮流，每组四人，组长负责检查打扫的结果。",
        "- 桌面只放当天要用的书本和文具。",
    ))
    assert runins(doc) == []


def test_a_lone_named_bullet_runs_in_beside_a_proven_list():
    # (round 53: a list of one named point under the second part, after a proven list under the first)
    doc, _ = clean(lines(
        "小区停车纠纷的成因和化解",
        "停车位少、车辆多，是不少老小区邻里矛盾的主要来源，下面从两个方面分析原因。",
        "1. 物业方面",
        "- 车位登记不全：哪些车位已经租出、租给了谁，台账上常常查不清楚。",
        "- 巡查不到位：夜间占用消防通道的车辆，往往到第二天才有人处理。",
        "2. 住户方面",
        "- 对规则不熟悉：不少住户不知道临时停车超过两小时要另行收费。",
        "弄清了原因，化解纠纷就有了方向。",
    ))
    assert runins(doc) == ["- 车位登记不全：", "- 巡查不到位：", "- 对规则不熟悉："]
    assert "弄清了原因，化解纠纷就有了方向。" in paras(doc)


def test_a_named_bullet_beside_a_bare_label_runs_in_beside_a_proven_list():
    doc, _ = clean(lines(
        "仓库交接班记录怎么写",
        "交接班记录是仓库管理的凭证，写得清楚，下一班才能接得顺。先看表头：",
        "• 班次信息：交班人、接班人、交接时间和当班天气，写在每页最上方。",
        "• 异常记录：",
        "记录的主体部分，按发生的先后顺序一条一条往下写，落笔时注意两点：",
        "• 时间写到分钟：不写“下午三点多”，而写“15:20 叉车三号电瓶报警”。",
        "• 先写事实再写判断：看到的情况放在前面，自己的推测另起一句写在后面。",
    ))
    assert runins(doc)[:1] == ["• 班次信息："]
    assert "• 异常记录：" not in runins(doc)


def test_a_lone_named_bullet_stays_plain_on_a_page_with_no_proven_list():
    doc, _ = clean(lines(
        "图书室开放安排",
        "新学期图书室调整了开放时间，请各班按照安排组织学生借阅，爱护图书。",
        "- 借阅要求：每人每次限借两本，借期两周，逾期要先还书再借新书。",
        "借阅时请保持安静，不要在书架之间追逐打闹。",
    ))
    assert runins(doc) == []
    assert "- 借阅要求：每人每次限借两本，借期两周，逾期要先还书再借新书。" in paras(doc)


def test_a_lone_bullet_repeating_a_proven_name_stays_plain():
    doc, _ = clean(lines(
        "两次社区义诊的安排",
        "社区今年组织了两次义诊活动，每次的安排略有不同，分别介绍如下。",
        "- 时间安排：第一次安排在周六上午，从八点半开始，十一点半结束。",
        "- 人员安排：由社区医院派出内科、眼科医生各两名，护士三名。",
        "第二次义诊改在社区广场举行。",
        "- 时间安排：第二次安排在周日下午，从两点开始，持续到五点左右。",
    ))
    assert runins(doc) == ["- 时间安排：", "- 人员安排："]
