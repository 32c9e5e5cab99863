"""Extraction walks the votes of a tree once and reuses them until a cut changes the tree."""

import lxml.html

from reportfmt.read.extraction.audit import Audit
from reportfmt.read.extraction.candidates import rescue_lead
from reportfmt.read.extraction.votes import score_tree

PAGE = (
    "<html><body><div id='wrap'>"
    "<div id='nav'><a href='/a'>首页</a><a href='/b'>新闻中心</a></div>"
    "<div id='body'><p>第一段正文，讲述了这次会议的主要内容和安排。</p>"
    "<p>第二段正文，说明了下一步的工作计划和责任分工。</p></div>"
    "</div></body></html>"
)


def _body():
    return lxml.html.document_fromstring(PAGE).find("body")


def test_unchanged_tree_is_walked_once():
    body = _body()
    audit = Audit()
    first = audit.votes.scores(body)
    assert audit.votes.scores(body) is first
    # Another root or another set of posts is its own walk.
    article = body.get_element_by_id("body")
    assert audit.votes.scores(article) is not first
    assert audit.votes.scores(body, frozenset([article])) is not first


def test_a_cut_makes_the_votes_current():
    body = _body()
    audit = Audit()
    before = audit.votes.scores(body)[body]
    nav = body.get_element_by_id("nav")
    audit.drop(nav, "nav")
    after = audit.votes.scores(body)[body]
    assert after.links == 0 and before.links == len("首页新闻中心")
    assert after.chars == before.chars - len("首页新闻中心")
    # What the memo answers is what a fresh walk answers.
    fresh = score_tree(body)[body]
    assert (after.total, after.prose, after.chars, after.links) == (fresh.total, fresh.prose, fresh.chars, fresh.links)


def test_moving_the_lead_makes_the_votes_current():
    lead = "本文摘要：" + "这是放在正文容器之外的一段导语，概括了全文的要点和结论。" * 4
    paragraphs = "<p>正文段落，内容详实，条理清楚，论证充分。</p>" * 30
    page = (f"<html><body><div id='outer'><div id='lead'><p>{lead}</p></div>"
            f"<div id='article'>{paragraphs}</div></div></body></html>")
    body = lxml.html.document_fromstring(page).find("body")
    article = body.get_element_by_id("article")
    audit = Audit()
    stale = audit.votes.scores(body)
    rescue_lead(body, article, audit)
    assert article[0].text.startswith("本文摘要")  # the lead moved in
    scores = audit.votes.scores(body)
    assert scores is not stale
    assert scores[article].prose == score_tree(body)[article].prose > stale[article].prose
