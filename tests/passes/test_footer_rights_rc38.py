"""A news or blog site's rights lines under the text (issue 18, round 38, rc38).

The notice on the works a site marks as its own ("凡本网注明“来源：…”的所有作品，版权均属于…"), an
item called the writer's original with no reprint ("本文系作者原创，未经授权禁止转载"), and a
copyright line with its sign after the years ("2010-2025©"). A contest notice's own clause on
whose the entries' rights are, and a document's sentence about reprinting, stay. Fixtures are made up.
"""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "柳湾镇村道有了固定路长"
BODY = ["柳湾镇十四个行政村的村道，从这个月起有了固定的路长，每周至少走一遍。",
        "镇里预留了一笔小额养护资金，十平方米以内的坑槽，村里可以先找施工队补上。"]


@pytest.mark.parametrize("notice", [
    "凡本网注明“来源：某某日报”的所有作品，版权均属于某某日报社，未经本网授权不得转载。",
    "注明“来源:某某网”的所有作品,版权均属于某某网,未经本网授权不得转载、摘编或利用其它方式使用上述作品。",
    "凡注明“来源：某某在线”的所有作品，未经本网授权，不得转载、摘编或以其他方式使用。",
    "1、凡本网注明“某某网讯”的所有作品，版权均属于某某网，未经本网授权不得转载。已经本网授权使用作品的，应在授权范围内使用。",
    "某某网声明：凡本网注明“来源：某某报”的所有作品，版权均属于某某报社。",
    "版权声明：《某某周报》刊发的所有作品，版权均属于某某周报社。未经报社书面授权，任何单位不得转载。",
])
def test_a_sites_notice_on_the_works_it_marks_goes(notice):
    doc, report = clean("\n".join([TITLE, *BODY, notice]))
    assert texts(doc) == BODY
    assert len(removed(report, "footer.rights-in-marked-works") + removed(report, "footer.reprint-box")) == 1


@pytest.mark.parametrize("line", [
    "本文系作者原创，未经授权禁止转载。",
    "本文为会员专享原创内容，禁止转载，违者取消会员资格。",
    "[本文为某某研究院原创，未经授权禁止转载]",
])
def test_an_original_with_no_reprint_goes(line):
    doc, report = clean("\n".join([TITLE, *BODY, line]))
    assert texts(doc) == BODY
    assert len(removed(report, "footer.reprint-box") + removed(report, "footer.reprint-note")) == 1


@pytest.mark.parametrize("line", [
    "某某县融媒体中心主办 2010-2025©",
    "2023-2024© 某某汇 版权所有",
])
def test_a_copyright_line_with_its_sign_after_the_years_goes(line):
    doc, report = clean("\n".join([TITLE, *BODY, line]))
    assert texts(doc) == BODY
    assert len(removed(report, "footer.copyright")) == 1


@pytest.mark.parametrize("clause", [
    "五、凡参赛的所有作品，版权归主办方所有，主办方有权用于宣传展示。",
    "凡投稿的所有作品，版权归作者所有，主办单位享有展示权。",
    "各单位转载本办法时请注明来源，不得删改原文。",
])
def test_a_documents_own_clause_on_rights_stays(clause):
    notice = ["征文活动通知", "为丰富职工文化生活，工会决定开展主题征文活动。",
              "一、征文时间：2025年5月1日至6月30日。", clause]
    doc, _ = clean("\n".join(notice))
    assert texts(doc) == notice[1:]


def test_the_numbered_notice_goes_whole_by_its_own_rule():
    notice = ("1、凡本网注明“某某网讯”的所有作品，版权均属于某某网，未经本网授权不得转载。"
              "已经本网授权使用作品的，应在授权范围内使用。")
    doc, report = clean("\n".join([TITLE, *BODY, notice]))
    assert texts(doc) == BODY
    assert removed(report, "footer.rights-in-marked-works") == [notice]
