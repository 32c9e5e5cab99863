"""Advert markers and summaries a line above their text (issue 18, round 37, li37).

A news or portal page leaves a marker where it cut an advert out: the word with its sponsor, set
off by brackets or dashes, with a prompt to read on, or in English; anywhere in the text, the
marker goes and the paragraphs around it stay. A site's labelled summary ("摘要:", "导读:") that
copies the text's opening goes even when one short line (a tag line, the title again) stands
between it and the text. Fixtures are made up.
"""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "青禾街道举办秋季邻里运动会"
BODY = ["十月十二日上午，青禾街道在文体中心举办秋季邻里运动会，六个社区的二百多名居民参加。",
        "运动会设置了拔河、趣味接力、托球跑等八个项目，老人和孩子同场竞技，现场笑声不断。",
        "街道负责人介绍，今后每年春秋两季都将举办一次，让居民在运动中增进了解。"]


@pytest.mark.parametrize("marker", ["厂商广告", "贊助廣告", "（广告）", "[廣告]", "— 广告 —", "Advertisement",
                                    "ADVERTISEMENT", "Sponsored", "[广告]请继续往下阅读…", "廣告 請繼續往下閱讀"])
@pytest.mark.parametrize("where", [0, 1, 3])
def test_an_advert_marker_goes_wherever_it_stands(marker, where):
    doc, report = clean("\n".join([TITLE, *BODY[:where], marker, *BODY[where:]]))
    assert texts(doc) == BODY
    # (a bracketed bare word may be taken first by the older advert-slot-label rule)
    assert removed(report, "injected.advert-marker") + removed(report, "injected.advert-slot-label") == [marker]


@pytest.mark.parametrize("line", ["三、广告", "商业广告", "广告的作用与分类",
                                  "本届运动会由街道文体中心承办，不接受任何商业广告赞助。"])
def test_a_documents_own_words_on_adverts_stay(line):
    body = [BODY[0], line, *BODY[1:]]
    doc, report = clean("\n".join([TITLE, *body]))
    assert line in texts(doc)
    assert removed(report, "injected.advert-marker") == []


SUMMARY_TEXT = ("写调研报告的对策部分，最要紧的是和前面的问题一一对应。前面列了三个问题，后面就不要冒出五条建议，"
                "否则读的人会问这些建议从哪里来。")
ARTICLE = [SUMMARY_TEXT + "稳妥的写法是先把问题逐条列出，再在每个问题下面写一两条对策。",
           "对策还要写明由谁来做、什么时候做完、做到什么程度，空话套话可以少用。"]


@pytest.mark.parametrize("label", ["摘要：", "内容提要：", "简介："])
@pytest.mark.parametrize("between", ["调研报告的对策怎么写，标签：调研报告范文", "调研报告的对策怎么写",
                                     "调研报告 写作"])
def test_a_labelled_summary_one_line_above_its_text_goes(label, between):
    summary = label + SUMMARY_TEXT[:60] + "…"
    doc, report = clean("\n".join(["调研报告的对策怎么写", summary, between, *ARTICLE]))
    assert removed(report, "repeat.teaser") == [summary]
    assert all(paragraph in texts(doc) for paragraph in ARTICLE)


def test_a_labelled_summary_cut_and_closed_with_a_stop_goes_too():
    # the site cut its summary mid-sentence and closed it with a full stop of its own
    summary = "摘要：" + SUMMARY_TEXT[:70] + "。"
    tags = "调研报告的对策怎么写，标签：调研报告范文"
    _, report = clean("\n".join(["调研报告的对策怎么写", summary, tags, *ARTICLE]))
    assert removed(report, "repeat.teaser") == [summary]


def test_an_unlabelled_line_repeated_two_lines_down_stays():
    # a contents line over the section's first heading: the document's own
    contents = "一、调研报告对策部分与问题部分的对应关系"
    page = ["调研报告写作要点", contents, "二、对策的具体化", contents, *ARTICLE]
    doc, _ = clean("\n".join(page))
    assert sum(text == contents for text in texts(doc)) == 2


def test_a_labelled_summary_over_a_sentence_and_then_its_text_stays():
    # the line between is a sentence of the page's: the summary is the document's own abstract
    summary = "摘要：" + SUMMARY_TEXT[:60]
    between = "本文根据三次写作培训的讲稿整理而成。"
    _, report = clean("\n".join(["调研报告的对策怎么写", summary, between, *ARTICLE]))
    assert removed(report, "repeat.teaser") == []


NEWS = ["十一月十二日，市医院协会年会的管理论坛上，主办方把发言席让给了三位患者代表，请他们讲讲看病时最难的事。",
        "三位代表讲完后，几位院长当场回应，表示将从预约、检查和结算三个环节入手改进流程。"]


@pytest.mark.parametrize("label", ["导读", "導讀", "【导读】", "导语："])
def test_a_bare_guide_label_among_the_page_facts_goes_and_the_article_stays(label):
    facts = "作者：某某 来源：某某卫生周报 日期：2011-11-19"
    doc, report = clean("\n".join(["患者代表走上院长论坛讲台", facts, label, *NEWS]))
    assert removed(report, "lead-in.guide-label-among-facts") == [label]
    assert texts(doc) == NEWS


def test_a_bare_guide_label_under_the_title_alone_stays_the_documents_heading():
    chapters = "本书共分十二章，每章围绕一个主题展开，章末附有思考题。"
    doc, report = clean("\n".join(["社区工作者读本", "导读", chapters, *NEWS]))
    assert "导读" in texts(doc)
    assert removed(report, "lead-in.guide-label-among-facts") == []
