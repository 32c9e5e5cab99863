"""Body lines a chrome step took by its form (issue 18, round 40): a Q&A answer's opening words
right under the site's answer label, taken for the site's introduction of the samples it lists;
a sentence holding two dates written with slashes ("3/14"), taken for a crumb of steps parted
by slashes. Fixtures are made up for the project in the forms real pages take."""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

SAMPLE_ONE = ["范文一", "各位同事：今年我负责仓库的进出登记，全年没有出现一笔错账。",
              "明年我打算把纸质台账全部录入系统，方便大家查询。"]
SAMPLE_TWO = ["范文二", "这一年我主要做了两件事：一是整理了档案柜，二是学会了新的报销流程。"]
OPENING = "发你两段参考，名字和数字自己改一改。"


def test_an_answers_opening_under_the_answer_label_stays():
    for label in ("热心网友 时间:2024-01-05 10:12", "最佳答案", "推荐回答(2个)"):
        doc, report = clean("\n".join(["求两篇仓库管理员的年终述职，短一点", label, OPENING,
                                       *SAMPLE_ONE, *SAMPLE_TWO]))
        assert OPENING in texts(doc), label
        assert removed(report, "forum.answer-box") == [label]
        assert not removed(report, "lead-in.introduction-before-samples")


def test_the_sites_introduction_above_sample_one_still_goes():
    intro = "年底到了，不少朋友来问述职报告怎么写。本站整理了两篇仓管岗位的述职，写法简单，可以照着改。"
    doc, report = clean("\n".join(["仓库管理员述职报告范文", intro, *SAMPLE_ONE, *SAMPLE_TWO]))
    assert removed(report, "lead-in.introduction-before-samples") == [intro]
    assert intro not in texts(doc)


BODY = [f"第{n}项：请各位家长提醒孩子按时到校，注意路上安全。" for n in range(1, 7)]


def test_a_sentence_with_dates_in_slashes_is_no_crumb():
    line = "原定3/14（周五）的博物馆参观改到3/21（周五）出发"
    doc, report = clean("\n".join(["家长们好：下周的活动安排有变动，请留意。", line, *BODY]))
    assert line in texts(doc)
    assert not removed(report, "meta-lines.breadcrumb")


def test_a_crumb_parted_by_slashes_still_goes():
    for crumb in ("首页 / 通知公告 / 班级动态", "首页/新闻中心/校园动态"):
        doc, report = clean("\n".join([crumb, "下周活动安排的通知", *BODY]))
        assert removed(report, "meta-lines.breadcrumb") == [crumb], crumb
        assert crumb not in texts(doc)
