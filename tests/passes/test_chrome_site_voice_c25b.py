"""The site speaking about its page, by form (issue 18, round 25, c25b): a head sentence offering the
text "for reference only" in the third person, a request to be told of an infringement so the text
is removed, a summary labelled as the page's article's, a closing sentence where the site names
itself to the reader or sends them to one of its columns. Each rule has a near miss of the same
shape that stays. Fixtures are written for the project, words and names made up."""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "2024年社区志愿服务工作总结"
BODY = ["今年以来，社区志愿服务队围绕居民需求，组织开展各类服务活动四十余次，参与人数超过六百人次。",
        "一、主要做法",
        "一是建立服务台账，逐户了解老人和困难家庭的需要；二是固定每周六为服务日，方便居民预约。",
        "二、下一步打算",
        "明年将继续扩大队伍，把助老、助学和环境整治三项服务做细做实。"]


def head(line: str):
    return clean("\n".join([TITLE, line, *BODY]))


def tail(line: str):
    return clean("\n".join([TITLE, *BODY, line]))


@pytest.mark.parametrize("line", [
    "本篇社区志愿服务工作总结共2300字，由作者原创，仅供学习参考。",
    "以下文章仅供参考，请勿直接抄袭。",
    "这份总结由青竹范文网会员投稿，经编辑审核后发布，欢迎借鉴。",
])
def test_for_reference_only_goes(line):
    doc, report = head(line)
    assert removed(report, "lead-in.for-reference-only") == [line]
    assert texts(doc)[0] == BODY[0]


@pytest.mark.parametrize("line", [
    "以下数据由区统计局提供，仅供参考。",
    "以下意见仅供各单位参考。",
    "本报告汇总了各科室的意见，供领导参考。",
    "我把这一年的体会写下来，仅供参考。",
])
def test_a_documents_own_reference_note_stays(line):
    doc, report = head(line)
    assert line in texts(doc)
    assert not removed(report, "lead-in.for-reference-only")


@pytest.mark.parametrize("line", [
    "本内容由网友整理，若有不妥请联系我们删改。",
    "如发现侵权内容，请联系本站管理员删除。",
])
def test_contact_us_to_remove_goes(line):
    for doc, report in (head(line), tail(line)):
        assert removed(report, "lead-in.contact-us-to-remove") == [line]
        assert line not in texts(doc)


@pytest.mark.parametrize("line", [
    "如发现安全隐患，请及时联系物业处理。",
    "如有问题请联系社区办公室。",
])
def test_a_notices_contact_line_stays(line):
    doc, report = tail(line)
    assert line in texts(doc)
    assert not removed(report, "lead-in.contact-us-to-remove")


@pytest.mark.parametrize("line", [
    "文章摘要：社区志愿服务队全年开展服务活动四十余次，形成了固定的服务日制度。",
    "本文导读：从主要做法和下一步打算两方面回顾一年来的志愿服务。",
])
def test_article_labelled_summary_goes(line):
    doc, report = head(line)
    assert removed(report, "lead-in.guide") == [line]
    assert texts(doc)[0] == BODY[0]


def test_a_papers_own_abstract_stays():
    line = "摘要：本研究调查了三个社区的志愿服务情况，发现固定服务日能提高居民参与度。"
    doc, report = head(line)
    assert line in texts(doc)
    assert not removed(report, "lead-in.guide")


@pytest.mark.parametrize("line", [
    "如果这篇总结对你有帮助，别忘了收藏本站哦。",
    "欢迎继续阅读本站的其他总结文章。",
    "更多社区工作总结范文，请点击进入工作总结栏目。",
])
def test_site_names_itself_outro_goes(line):
    doc, report = tail(line)
    assert removed(report, "lead-in.site-names-itself-outro") == [line]
    assert texts(doc)[-1] == BODY[-1]


@pytest.mark.parametrize("line", [
    "本站将于本周日凌晨进行系统维护，请各位用户提前做好安排。",
    "（二）作业系统需为Windows 10或以上版本，并安装本站指定的浏览器。",
    "明年我们还将继续关注居民需求，欢迎大家积极参与。",
])
def test_a_documents_own_closing_stays(line):
    doc, report = tail(line)
    assert line in texts(doc)
    assert not removed(report, "lead-in.site-names-itself-outro")
