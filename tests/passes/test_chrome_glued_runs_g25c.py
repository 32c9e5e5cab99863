"""Chrome glued inside a body line (issue 18, round 25): the run is cut where it meets the
sentence, the sentence stays whole; a body sentence of the same shape stays as it is.
Fixtures are written for the project in the forms real pages take, with made-up words."""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "北岭县文化惠民月活动综述"
OPENING = "今年的文化惠民月共举办讲座六场，参与群众超过两千人。"


def test_a_site_editors_credit_glued_after_the_last_sentence_is_cut():
    last = "活动结束后，各村将把好的做法固定下来，形成长效机制。"
    for credit in ("(本站编辑 何某某摘编)", "（本網編輯 何某某摘編）"):
        doc, report = clean("\n".join([TITLE, OPENING, last + credit]))
        assert texts(doc) == [OPENING, last]
        assert removed(report, "meta-lines.site-editor-glued") == [credit]


def test_a_sentence_about_the_sites_editor_stays_whole():
    line = "这份材料经本站编辑何某某整理后（共三篇）转给了各村。"
    doc, report = clean("\n".join([TITLE, OPENING, line]))
    assert texts(doc) == [OPENING, line]
    assert not removed(report, "meta-lines.site-editor-glued")
