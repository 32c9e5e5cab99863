"""A Q&A site's question over its generated stub "的有关信息介绍如下:" is the page's title: the stub opens
on a particle, as the rest of a hard-wrapped sentence would, but it is a line a chrome rule takes
whole, never the rest of the question's sentence (round 53). Fixtures written for the project
(made-up names and content)."""

from __future__ import annotations

from helpers import clean, removed_by, texts

PAGE = "\n".join([
    "通报和通知的区别是什么",
    "的有关信息介绍如下:",
    "通报和通知的区别",
    "通报和通知都是机关常用的知照性公文，前者重在让大家知道一件事的情况和处理结果，后者重在布置工作、提出要求。",
    "一、用途不同",
    "通报用来表彰先进、批评错误或者传达重要情况，通知用来发布、传达要求下级办理和有关单位周知的事项。",
])


def test_the_question_over_the_stub_is_the_title():
    doc, report = clean(PAGE)
    assert report.title == "通报和通知的区别是什么"
    assert removed_by(report, "lead-in.info-stub") == ["的有关信息介绍如下:"]
    assert texts(doc)[0] == "通报和通知的区别"


def test_a_wrapped_first_line_still_has_no_title():
    # The next line is the rest of the sentence (no rule names it): no title is read off the page.
    page = "\n".join([
        "我们小组这学期一共完成了三个课题的资料整理和",
        "的初稿，下面把各自的分工和进度简单说一下。",
        "资料整理由两位同学负责，每周三下午在图书馆集中核对一次，发现缺漏当场补齐，这样月底就不会手忙脚乱。",
    ])
    _, report = clean(page)
    assert not report.title
