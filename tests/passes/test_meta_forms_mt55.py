"""Meta lines on pages nobody tuned for (issue 18, round 55, mt55), by their form:

- a machine stamp as ISO 8601 prints it, the clock after a "T" ("2021-12-21T14:29:11.000000Z",
  "2020-04-19T09:30:12+08:00"; own-tune sfcca.sg, life.faqs.tw, stored www.zybuluo.com,
  cnblogs.com): read as the stamp it is, alone or in a row of facts;
- a row of the page's facts closed by the share box's prompt whose icons were lost ("… 发布日期:
  2023-11-10 分享到:"; stored hbjd.edu.cn, own-tune www.gxgba.com, www.suixi.gov.cn,
  jordankingshoes.com): the prompt is one of the row's labels (site-label 分享到/分享至);
- a reposted article's credit naming its public account with the account's ID in brackets
  ("公众号:…(ID:…)", "出品 | …(ID:…)", "来源:…(ID:…),作者…"; stored 51haodu.com, td.fyun.cc,
  qplk.cn): meta-lines.account-id-credit;
- a blog theme's entry meta left in English ("Posted on …", "Posted in …", "• in", "• Post
  author:"; own-tune iecongou.com, penanglang.com, datasea.cn, stored xfxia.com):
  meta-lines.blog-entry-meta.

Kept: a notice's time range, a sentence about sharing, a notice's contact line naming a WeChat
handle and an English line of a text. Fixtures are made up: made-up names, accounts and sites, the
lines' forms only."""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "青禾学院举办第三届教学技能比赛"
TEXT = [
    "一、比赛概况",
    "本次比赛共有来自八个学院的二十四名青年教师参加，比赛分教学设计、课堂展示和教学反思三个环节。",
    "二、比赛结果",
    "经评委现场打分，机电学院林某获得一等奖，外语学院韦某、经管学院潘某获得二等奖。",
]


def test_an_iso_stamp_goes_alone_or_in_a_row_of_facts():
    for line in ("2020-04-19T09:30:12+08:00", "2022-11-02T08:00:00.000Z",
                 "@qinghe 2021-12-21T14:29:11.000000Z 字数 13408 阅读 3778"):
        doc, _report = clean("\n".join([TITLE, line, *TEXT]))
        assert texts(doc) == TEXT, line
        # the stamp of an item in a list, under its summary
        items = [TEXT[1], line, TEXT[3]]
        doc, _report = clean("\n".join([TITLE, *items]))
        assert texts(doc) == [TEXT[1], TEXT[3]], line


def test_a_notices_time_range_stays():
    notice = ["关于召开教学工作例会的通知", "各学院：",
              "会议时间：2024-03-05 09:00-10:30",
              "会议地点：行政楼三楼会议室。请各学院教学院长准时参加。",
              "青禾学院教务处"]
    doc, _report = clean("\n".join(notice))
    assert "会议时间：2024-03-05 09:00-10:30" in texts(doc)


def test_a_row_of_facts_closed_by_the_share_prompt_goes():
    for row in ("供稿单位:教务处   查看人次:368   发布日期:2023-11-10    分享到:",
                "供稿單位:教務處   查看人次:368   發佈日期:2023-11-10    分享至:",
                "发布日期:2024-03-02 分享到："):
        doc, report = clean("\n".join([TITLE, row, *TEXT]))
        assert texts(doc) == TEXT, row
        assert report.title == TITLE, row


def test_a_sentence_about_sharing_stays():
    line = "各学院要把获奖教师的教学设计分享到本学院的教研群:"
    doc, _report = clean("\n".join([TITLE, *TEXT[:2], line, *TEXT[2:]]))
    assert line in texts(doc)


def test_an_account_credit_with_its_id_goes():
    rule = "meta-lines.account-id-credit"
    for credit in ("公众号:青禾札记(ID:qinghe_notes)",
                   "出品 | 柳岸科技(ID:liuan-tech)",
                   "*來源:青嵐周刊(ID:qinglan_weekly),作者韋某",
                   "本文来源于微信公众号：青禾札记（ID：qinghe_notes），作者：林某"):
        # (a sentence-long "本文来源于…" credit is an older rule's already: it goes all the same)
        ours = [] if credit.startswith("本文") else [credit]
        doc, report = clean("\n".join([TITLE, credit, *TEXT]))
        assert removed(report, rule) == ours, credit
        assert texts(doc) == TEXT, credit
        # under the text as over it
        doc, report = clean("\n".join([TITLE, *TEXT, credit]))
        assert removed(report, rule) == ours, credit
        assert texts(doc) == TEXT, credit


def test_a_contact_line_with_a_handle_stays():
    notice = ["关于报名参加教学技能比赛的通知", "各学院：",
              "请有意参赛的教师于三月十日前报名，报名表发送至教务处邮箱。",
              "报名联系人：李老师（微信号：li_teacher2024）",
              "联系人：潘老师（ID：pan_teacher）",
              "青禾学院教务处"]
    doc, report = clean("\n".join(notice))
    assert "报名联系人：李老师（微信号：li_teacher2024）" in texts(doc)
    assert "联系人：潘老师（ID：pan_teacher）" in texts(doc)
    assert removed(report, "meta-lines.account-id-credit") == []


def test_a_blog_themes_entry_meta_goes():
    rule = "meta-lines.blog-entry-meta"
    for meta in ("Posted on", "Posted on 2024-03-05 by admin", "Posted in 工作总结", "Posted by 青禾",
                 "Published on May 16, 2023", "• Post author:", "• Post category:其他"):
        doc, report = clean("\n".join([TITLE, meta, *TEXT]))
        assert texts(doc) == TEXT, meta
        assert removed(report, rule) == [meta], meta


def test_the_bare_in_left_under_each_headline_of_a_list_goes():
    items = ["青禾学院举办教学技能比赛", "本次比赛共有二十四名青年教师参加，分三个环节进行。",
             "青禾学院开展春季运动会", "运动会共设二十个比赛项目，全校一千二百名学生报名参加。"]
    page = [items[0], " • in", items[1], items[2], " • in", items[3]]
    doc, report = clean("\n".join(page))
    assert "in" not in texts(doc)
    assert [t for t in texts(doc) if t in items[1::2]] == items[1::2]
    assert len(removed(report, "meta-lines.blog-entry-meta")) == 2


def test_an_english_line_of_a_text_stays():
    line = "Published by the Ministry of Education in 2023"
    doc, _report = clean("\n".join([TITLE, *TEXT[:2], line, *TEXT[2:]]))
    assert line in texts(doc)
