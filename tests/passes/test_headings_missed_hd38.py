"""Headings the rules missed (issue 18, round 38): forms found on three sites or more.
Fixtures written for the project: made-up text in the forms real pages take."""

from __future__ import annotations

from helpers import clean, outline, runins

from reportfmt.passes.headings.glosses import glosses_page, unglossed


def lines(*rows: str) -> str:
    return "\n".join(rows)


# -- a converted page's pinyin glosses: the heading rules read the line without them -----------

def test_glossed_unnumbered_heads_are_read_as_their_words():
    doc, _ = clean(lines(
        "寫好調(diào)查報告的兩個(gè)要點(diǎn)",
        "單位里常要寫調(diào)查報告,讀者多半只看小標題,所以小標題擬得好不好,關(guān)系到整篇報告能不能被讀懂。",
        "要緊扣主題,不要東拉西扯",
        "報告的大標題點(diǎn)明調(diào)查的主題,小標題分頭回答主題的一個(gè)方面,不能各寫各的,讀者看完小標題就該知道結論。",
        "要拿數字說(shuō)話(huà),不要空喊口號",
        "小標題最好帶著調(diào)查得來(lái)的數字或事實(shí),比如走訪了多少戶、問題集中在哪幾類,讓讀者一眼看出分量。",
    ))
    assert outline(doc) == [
        (1, "要緊扣主題，不要東拉西扯"), (1, "要拿數字說（shuō）話（huà），不要空喊口號")]


def test_a_glossed_runin_keeps_its_glosses_on_the_heading_side_of_the_cut():
    doc, _ = clean(lines(
        "鄉(xiāng)村學校家長會調(diào)查報告",
        "一、主要發(fā)現(xiàn)",
        "(一)接送總體有保障,但交通安全教育不足。多數(shù)家長能按時接送孩子,但很少和孩子講過(guò)馬路的規矩,路口也少有人看護。",
        "(二)作業輔導(dǎo)普遍缺位,課後時(shí)間浪費較多。家長白天多在外務工,晚上回家已經很累,孩子的作業大多沒有人檢查。",
    ))
    assert runins(doc) == [
        "（一）接送總體有保障，但交通安全教育不足。", "（二）作業輔導（dǎo）普遍缺位，課後時（shí）間浪費較多。"]


def test_letters_in_brackets_without_tone_marks_do_not_make_a_glossing_page():
    assert not glosses_page(["方案(a)由各班自行组织", "附表(b)和附表(c)另发", "见图(d)"])
    assert glosses_page(["報(bào)告", "關(guān)于", "說(shuō)明"])
    assert unglossed(["關(guān)于印發(fā)", None]) == (["關于印發", None], {0: ([0, 7, 8, 9], 14)})
