"""The site's terms for reprinting its page, at the page's foot, whatever words open them
(issue 18, round 52, mt52: footer.reprint-conditions; the form is on three own-tune sites). A
website's own rules saying the same inside the document stay. Fixtures are made up."""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

RULE = "footer.reprint-conditions"
TITLE = "青禾县举办首届乡村篮球联赛"
BODY = ["五月二十日，青禾县首届乡村篮球联赛在县体育馆开幕，来自十二个乡镇的球队参加比赛。",
        "本次联赛分小组赛和淘汰赛两个阶段，预计六月中旬决出冠军。",
        "县体育局负责人表示，联赛将每年举办一次，推动乡村体育活动常态化开展。"]


def test_reprint_terms_at_the_foot_go():
    for terms in ("本篇为青禾新闻网原创稿件，转载须标明来源并保留原文链接。",
                  "转载请先征得作者同意，并注明出自青禾专栏。",
                  "本网转载的部分文章、图片未能联系到权利人，请权利人与本网站联系。"):
        doc, report = clean("\n".join([TITLE, *BODY, terms]))
        assert removed(report, RULE) == [terms], terms
        assert texts(doc) == BODY, terms


def test_a_websites_own_rule_on_reprints_stays():
    rules = ["青禾县政府网站信息发布管理办法",
             "第一条 为规范县政府网站的信息发布工作，制定本办法。",
             "第二条 各单位报送的信息应当真实、准确、及时。",
             "第三条 转载其他网站的稿件，须注明来源并保留原文链接。",
             "第四条 本办法自印发之日起施行。"]
    doc, report = clean("\n".join(rules))
    assert removed(report, RULE) == []
    assert texts(doc) == rules[1:]


def test_a_sentence_going_on_after_the_terms_stays():
    line = "转载请注明出处的做法要坚持，各单位要把它写进本单位的信息发布规范。"
    doc, report = clean("\n".join([TITLE, *BODY, line]))
    assert removed(report, RULE) == []
    assert texts(doc) == [*BODY, line]
