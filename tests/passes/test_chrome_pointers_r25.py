"""The site's voice by form (issue 18, round 25): a head sentence pointing down the page at the
samples it offers or at what it explains next, presenting what was collected whoever collected it
(小编, 我们, 编辑 or nobody), a programme host's greeting, and the closing lines pointing back at
the samples, quizzing the reader or sending them to the site for more. Each rule has its near
miss that stays: a speaker's or a writer's first person, a notice handing papers down, a report's
own "下面简要介绍…", "以上报告，请审议". Fixtures are written for the project, words made up."""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "2024年度个人工作总结"
BODY = ["今年以来，我在科室领导的带领下，认真履行岗位职责，较好地完成了各项工作任务。",
        "一、加强学习，提高业务能力",
        "全年参加业务培训六次，撰写学习笔记两万余字，业务水平有了明显提高。",
        "二、存在的不足",
        "一是创新意识不够强，二是调查研究不够深入，今后要加以改进。"]


def head(line: str):
    return clean("\n".join([TITLE, line, *BODY]))


def tail(line: str):
    return clean("\n".join([TITLE, *BODY, line]))


@pytest.mark.parametrize("line", [
    "想写好一份应急预案，可以先参考下面这几篇。",
    "本页收录了5篇助学金申请书范文，供同学们动笔前参考。",
    "这里收录两篇学生写的检讨书，可以照着理一理自己的思路。",
    "如果你正在为写工作计划发愁，不妨看看下面这些范文。",
    "为方便大家写作，我们汇总了多篇村规民约范本，下文可供参考。",
    "在这里，我们精选了10篇竞聘演讲稿，欢迎收藏。",
])
def test_samples_offered_below_go(line):
    doc, report = head(line)
    assert removed(report, "lead-in.samples-offered-below") == [line]
    assert texts(doc)[0] == BODY[0]


@pytest.mark.parametrize("line", [
    "以下三篇调研报告由各乡镇报送，现印发给你们，供学习参考。",
    "下面我分享两篇学生习作，请同学们对照自己的文章看一看。",
    "本报告以下内容共分五个部分，供领导决策参考。",
])
def test_a_documents_own_pointer_stays(line):
    doc, report = head(line)
    assert line in texts(doc)
    assert not removed(report, "lead-in.samples-offered-below")


@pytest.mark.parametrize("line", [
    "下面将详细介绍述职报告的格式、写法和注意事项，以便大家更好地掌握。",
    "下面就来梳理一下转学手续的办理流程。",
    "下面告诉大家递交申请书之后要注意的几件事。",
])
def test_explained_below_goes(line):
    _doc, report = head(line)
    assert removed(report, "lead-in.explained-below") == [line]


@pytest.mark.parametrize("line", [
    "下面将详细介绍本项目的建设内容和实施步骤。",
    "下面简单介绍一下大家关心的几个问题。",
    "下面我给大家介绍一下今年的工作安排。",
    "下面，结合我县实际，谈几点体会。",
])
def test_a_reports_own_announcement_stays(line):
    doc, _report = head(line)
    assert line in texts(doc)


@pytest.mark.parametrize(("line", "rule"), [
    ("以下是我们整理的学习劳模精神心得体会，希望对你有帮助。", "lead-in.collected-below-offered"),
    ("下面是编辑整理的毕业班家长会发言稿，仅供参考，大家一起来看看吧。", "lead-in.collected-below-offered"),
    ("我们整理了一篇暑期实习报告供大家参考，希望对大家有所帮助。", "lead-in.counted-piece-offered"),
])
def test_what_the_site_collected_offered_goes_whoever_collected_it(line, rule):
    talk = "发言稿的使用越来越多，一篇好的发言稿能让听众更好地理解讲话的内容。"
    doc, report = head(talk + line)
    assert removed(report, rule) == [talk + line]
    assert texts(doc)[0] == BODY[0]


@pytest.mark.parametrize("line", ["以下是我整理的读书笔记，欢迎大家指正。", "我整理了两篇学习体会，供大家参考。"])
def test_a_writers_own_collection_stays(line):
    doc, _report = head(line)
    assert line in texts(doc)


def test_a_programme_hosts_greeting_goes_a_welcome_speech_stays():
    line = "各位听众好，欢迎收听公文写作课，今天是我们相伴的第12天。"
    doc, report = head(line)
    assert removed(report, "lead-in.programme-greeting") == [line]
    speech = "各位来宾，大家好！欢迎来到美丽的河湾镇参加首届农民丰收节。"
    doc, report = head(speech)
    assert speech in texts(doc)
    # A broadcast script's hosts greet the listeners under their speaker labels: the script's own line.
    script = "甲：同学们，早上好！欢迎收听今天的校园广播。"
    doc, report = head(script)
    assert script in texts(doc)


@pytest.mark.parametrize(("line", "rule"), [
    ("以上几篇范文各有侧重，大家可以结合自己的实际情况选用。", "lead-in.samples-offered-above"),
    ("这些范文你都学会了吗？", "lead-in.samples-offered-above"),
    ("看了这么多，你学会了吗？赶快动手写一篇吧！", "lead-in.reader-quiz-outro"),
    ("更多精彩内容，请持续关注本栏目。", "footer.more-content-follow"),
    # Round 38: more kinds of a site's content, a click before the verb, an arrow to the button.
    ("更多校运会动态，点击关注↓", "footer.more-content-follow"),
    ("更多赛事新闻，请访问本站体育专栏。", "footer.more-content-follow"),
])
def test_closing_lines_in_the_sites_voice_go(line, rule):
    doc, report = tail(line)
    assert removed(report, rule) == [line]
    assert texts(doc)[-1] == BODY[-1]


@pytest.mark.parametrize("line", [
    "以上是我的述职报告，请各位领导批评指正。",
    "以上两篇论文的观点，本人不完全认同，理由如下。",
    "同志们，大家都明白了吗？",
    "更多关注困难群众的生活，是我们今后工作的重点。",
    "更多的时间要用于学习，请大家关注。",
    "更多活动安排请关注社区公告栏。",
    "以上报告，请审议。",
])
def test_a_documents_own_last_line_stays(line):
    doc, _report = tail(line)
    assert texts(doc)[-1] == line
