"""A site's stamp glued before the text's next sentence takes nothing of that sentence (round 57).

A reprint note or a page address printed in the middle of a paragraph, with the paragraph going on
right after it, was read as running to the line's end: footer.reprint-note let the source after
its colon run on past the closing bracket, and document-site.source-url-glued let the address run
on into the Chinese words after it, so the sentence after the stamp went with the stamp. The
source and the address now stop where they stop on the page. Fixtures are made up.
"""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "某某镇开展春季植树活动"
FIRST = "本月以来，全镇干部群众积极参加义务植树，共栽种苗木三千余株，绿化面积进一步扩大。"
LAST = "下一步，镇里将建立养护台账，定期检查苗木长势，及时补植。"


def test_a_reprint_note_mid_paragraph_keeps_the_sentence_after_it():
    line = ("各村已经完成了整地和苗木采购工作，取得了阶段性成绩。"
            "（转载请注明来源：某某网）我们还将组织志愿者开展后续养护。")
    doc, report = clean("\n".join([TITLE, FIRST, line, LAST]))
    assert any("我们还将组织志愿者开展后续养护。" in text for text in texts(doc))
    assert removed(report, "footer.reprint-note") == []


def test_a_reprint_note_on_its_own_line_still_goes():
    for note in ("【本文为会员原创,转载请注明出处】", "转载请注明来源：某某网"):
        doc, report = clean("\n".join([TITLE, FIRST, LAST, note]))
        assert texts(doc) == [FIRST, LAST]
        assert removed(report, "footer.reprint-note") == [note]


def test_an_address_glued_before_words_keeps_the_words():
    line = "今年的活动到此结束。本文链接：https://www.example.com/a/1.html我们还将继续跟进报道。"
    doc, report = clean("\n".join([TITLE, FIRST, line, LAST]))
    assert any("我们还将继续跟进报道。" in text for text in texts(doc))
    assert removed(report, "document-site.source-url-glued") == []


def test_an_address_ending_the_line_is_still_cut():
    line = "第二条 村务公开每季度一次。 1 / 1 本文来源：https://www.example.com/doc/1a2b.html"
    doc, report = clean("\n".join([TITLE, FIRST, line, LAST]))
    assert "第二条 村务公开每季度一次。" in texts(doc)
    assert removed(report, "document-site.source-url-glued") == [
        "1 / 1 本文来源：https://www.example.com/doc/1a2b.html"]
