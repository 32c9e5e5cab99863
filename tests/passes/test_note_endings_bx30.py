"""The end of a short note (a 请假条, a 借条, a 收条, a class notice): its signer's name and its
date, under a last sentence often written without its full stop, are the note's own, however a
page's head (which reaches a short note's end) reads a name or a date. A site's byline and date
over the text, and a date under the text with no signer, still go.
Fixtures written for the project (made-up names and notes)."""

from __future__ import annotations

import pytest

from helpers import clean, texts


def _squeezed(lines):
    return ["".join(line.split()) for line in lines]


@pytest.mark.parametrize("title, lines", [
    ("请假条", ["王老师：", "我因发烧需要去医院看病，特请假一天，望批准", "学生 李小明", "2024年9月12日"]),
    ("通知", ["本周五下午第三节课在教室召开班会，请各班准时参加", "七年级语文组", "2024年9月2日"]),
    ("便条", ["小陈：明天的例会改到下午，请转告组里其他同事", "周建国、吴芳", "2024年5月8日"]),
    ("借条", ["今借到邻居柳大成现金叁仟元，三个月内归还", "借款人 房志刚", "2023.4.1"]),
    ("收条", ["今收到三班交来的班费共计六百元整", "赵敏", "2024年3月5日"]),
    ("留言", ["爸爸：我去图书馆还书了，晚饭前回家，钥匙放在门口鞋柜上", "儿子 小川", "2024年3月3日"]),
])
def test_a_notes_signer_and_date_under_its_unstopped_last_line_stay(title, lines):
    # The note's name is its title (a note's kind, "…条", is a document's name, no channel over
    # a title), and its signer and date stay under its last line.
    doc, report = clean("\n".join([title, *lines]))
    assert _squeezed(texts(doc)) == _squeezed(lines)
    assert [r["rule"] for r in report.removed] == ["metadata.title"]
    assert report.title == title


def test_a_sites_byline_and_date_over_the_text_still_go():
    # Over the text, which goes on below them: the site's facts, not a signer's.
    body = ["本周五下午第三节课在教室召开班会，请各班班长提前通知到每一位同学，按时到场。",
            "班会将总结上月的纪律情况，并布置运动会的报名工作，请大家做好准备。"]
    for facts in (["周建国", "2024年9月2日"], ["作者：admin 2024-05-06"], ["发布时间：2024-05-06"]):
        doc, _ = clean("\n".join(["关于召开班会的通知", *facts, *body]))
        assert texts(doc) == body


def test_a_date_alone_under_a_notes_text_with_no_signer_stays():
    # No signer's line between the text and the date, but the note opens on whom it is written
    # to: the date is the note's (round 31; it went before, a loss in the lead's sweep).
    lines = ["王老师：", "我因发烧需要去医院看病，特请假一天，望批准", "2024-09-12"]
    doc, report = clean("\n".join(["请假条", *lines]))
    assert texts(doc) == lines
    assert [r["text"] for r in report.removed] == ["请假条"]


@pytest.mark.parametrize("clause", ["本通知由办公室负责解释。", "本办法自发布之日起施行。",
                                    "本协议一式两份，双方各执一份。"])
def test_a_documents_own_closing_clause_before_a_reference_only_sentence_stays(clause):
    # The line holds the document's clause about itself, then the site's "本文仅供参考": the
    # document's clause is body text, so the line is not the site's lead-in.
    lines = ["各班级：", "本学期实验室每周三下午向学生开放，请有需要的同学提前预约。", f"{clause}本文仅供参考。",
             "教务办公室", "2024年9月1日"]
    doc, report = clean("\n".join(["关于开放实验室的通知", *lines]))
    assert texts(doc) == lines
    assert [r["rule"] for r in report.removed] == ["metadata.title"]


def test_a_sites_lead_in_ending_with_reference_only_still_goes():
    lead = "以下是为大家整理的考勤管理办法范文，本文仅供参考。"
    body = ["第一条 为规范员工考勤，严肃工作纪律，制定本办法。", "第二条 本办法适用于公司全体员工。"]
    doc, report = clean("\n".join(["员工考勤管理办法", lead, *body]))
    assert texts(doc) == body
    assert [r["text"] for r in report.removed] == ["员工考勤管理办法", lead]


RECORD_HEAD = ["时间：2024年4月10日下午", "地点：三楼会议室", "主持人：钱峰"]
RECORD_TEXT = ["一、上周各组按计划推进，接口联调已经完成。", "二、下周重点完成测试用例的编写和评审。"]


@pytest.mark.parametrize("sign_off", [["整理：孙悦", "审核：钱峰"], ["记录：孙悦", "审核：钱峰", "2024年4月10日"],
                                      ["整理人：孙悦"]])
@pytest.mark.parametrize("head", [RECORD_HEAD, RECORD_HEAD[:2], ["地点：三楼会议室", "参会人员：孙悦、李强、王芳"]])
def test_a_records_own_sign_off_stays(head, sign_off):
    # Minutes opening on their own fields (time, place, chair) close on their own sign-off: who
    # wrote them up and who checked them, no news desk's credits.
    lines = [*head, *RECORD_TEXT, *sign_off]
    doc, report = clean("\n".join(["项目周例会会议纪要", *lines]))
    assert texts(doc) == lines
    assert [r["rule"] for r in report.removed] == ["metadata.title"]


def test_a_news_items_credits_still_go():
    # The same credits under a news item that opened on no fields of its own: the desk's.
    body = ["3月1日，学院召开新学期工作部署会，全体教职工参加会议。",
            "会议强调，要抓好教学秩序，确保开学工作平稳有序。"]
    doc, report = clean("\n".join(["学院召开新学期工作部署会", *body, "撰稿：孙悦", "审核：钱峰"]))
    assert texts(doc) == body
    assert [r["text"] for r in report.removed[1:]] == ["撰稿：孙悦", "审核：钱峰"]


@pytest.mark.parametrize("foot", [["上一篇：病假条的写法", "下一篇：事假条怎么写", "版权所有 © 某某范文网"],
                                  ["相关推荐", "班会主持词", "班会总结范文"]])
def test_a_note_over_the_sites_foot_keeps_its_title_and_its_lines(foot):
    # The site's lines under the note (a rule names the first of them) do not hide its closing
    # date: the signer over it is no title over the page's facts, and the note stays whole.
    lines = ["王老师：", "我因发烧需要去医院看病，特请假一天，望批准", "学生 李小明", "2024年9月12日"]
    doc, report = clean("\n".join(["请假条", *lines, *foot]))
    assert report.title == "请假条"
    assert _squeezed(texts(doc)) == _squeezed(lines)
    assert [r["text"] for r in report.removed[1:]] == foot
