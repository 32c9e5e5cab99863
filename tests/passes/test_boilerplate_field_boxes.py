"""A box's fields that the rules left when they took most of its lines (issue 18, round 49): a
journal's colophon or a disclosure box, one field a line, whose site-own labels no rule names, go
with the rest of the box (`meta-lines.field-box`); a notice's own contact fields over the site's
footer fields, a box the rules took less than half of, and a field holding a sentence stay.
Fixtures are written for the project in the forms real pages take, with made-up words."""

from __future__ import annotations

import panflute as pf

from helpers import clean, texts
from helpers import removed_by as removed
from reportfmt.passes.boilerplate import field_boxes

RULE = field_boxes.RULE
TITLE = "律师事务所党建工作的几点体会"
BODY = ["近年来，我所党支部坚持把党建工作与业务工作同谋划、同部署，取得了一定成效。现将主要做法总结如下。",
        "一、抓班子带队伍",
        "所里每月召开一次支委会，研究业务发展和队伍建设中的问题。"]
# The colophon's fields the rules name (主管, 主办, 编辑, 主编) …
NAMED = ["主  管：青川市司法局", "主  办：青川市律师协会", "编  辑：《青川律师》编辑部", "主  编：冯某某"]
# … and the site's own ones.
OWN = ["编辑部地址：青川市东湖路8号", "电  话：0000-1234567", "投稿邮箱：tougao@example.org"]


def test_the_fields_a_colophon_adds_go_with_it():
    doc, report = clean("\n".join(["青川律师 2024年第3期", *NAMED, *OWN, TITLE, *BODY]))
    assert removed(report, RULE) == [" ".join(line.split()) for line in OWN]
    assert texts(doc) == BODY


def test_the_example_is_a_box_of_fields():
    assert all(field_boxes.field_line(pf.Para(pf.Str(line))) for line in field_boxes.EXAMPLE)


def test_a_notices_contact_fields_over_the_footer_stay():
    notice = ["各学院：", "为提高青年教师的教学水平，学校决定举办讲课比赛。现将有关事项通知如下。",
              "全校四十岁以下的专任教师均可报名参加比赛。"]
    contact = ["联系人：周老师", "联系电话：0000-7654321", "电子邮箱：jwc@example.edu.cn"]
    foot = ["邮编：123456", "版权所有：青川大学"]
    doc, report = clean("\n".join(["关于举办青年教师讲课比赛的通知", *notice, *contact, *foot]))
    assert not removed(report, RULE)
    assert all(line in texts(doc) for line in contact)


def test_a_box_the_rules_took_less_than_half_of_stays():
    fields = ["活动时间：每周六上午", "活动地点：社区书屋", "报名方式：到居委会登记"]
    doc, report = clean("\n".join([TITLE, "主  管：青川市司法局", *fields, *BODY]))
    assert not removed(report, RULE)
    assert all(line in texts(doc) for line in fields)


def test_a_field_holding_a_sentence_stays():
    note = "说明：本刊所用图片如未署名，请作者与编辑部联系。"
    doc, report = clean("\n".join(["青川律师 2024年第3期", *NAMED, note, TITLE, *BODY]))
    assert note not in removed(report, RULE)
    assert note in texts(doc)


def test_a_label_left_over_its_text_stays():
    # The addressees' line ends on a colon as a bare label does: it opens the notice.
    box = ["发文字号： |", "青教字第0012号 |", "承办单位： |", "教务处学籍科 |"]
    notice = ["各学院：", "现将本学期学生转专业工作的有关事项通知如下，请各学院及时转告学生。"]
    doc, report = clean("\n".join(["关于做好学生转专业工作的通知", *box, *notice]))
    assert notice[0] not in removed(report, RULE)
    assert texts(doc)[-2:] == notice


def test_the_addressees_under_the_last_field_stay():
    box = ["索引号：00123/2024-00045 组配分类：县政府文件", "发文日期：2024-03-15 生效时间：2024-03-15",
           "信息来源： 关键词：", "浏览次数：412 内容概述："]
    notice = ["各乡镇人民政府，县直各单位：", "现将《某县督查工作办法》印发给你们，请认真遵照执行。"]
    doc, report = clean("\n".join(["某县人民政府关于印发督查工作办法的通知", *box, *notice]))
    assert notice[0] not in removed(report, RULE)
    assert notice[0] in texts(doc)
