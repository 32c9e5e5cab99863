"""Round 41 (bl41): a document's own words never go as chrome (issue 18: body kept 100 %)."""

from __future__ import annotations

from helpers import clean, texts


def _removed(report) -> list[tuple[str, str]]:
    return [(r["rule"], r["text"]) for r in report.removed]


def test_a_sentence_opening_on_the_previous_piece_stays():
    page = ("给新同事的交接清单(二)\n"
            "2.1 清单放在哪里\n"
            "上一篇讲了交接清单为什么常常漏项，这一篇接着说怎么补。动手之前，先问自己清单是给谁用的。\n"
            "清单放在共享盘的固定目录下，文件名写上日期和交接人，方便以后查找。\n"
            "2.2 每一项写到什么程度\n"
            "每一项只写一句话：做什么、在哪里、找谁。多出来的说明放到附件里。\n"
            "上一篇：给新同事的交接清单(一)\n"
            "下一篇 会议室预约的几点约定\n")
    doc, report = clean(page)
    body = "\n".join(texts(doc))
    assert "上一篇讲了交接清单为什么常常漏项" in body
    gone = [text for rule, text in _removed(report) if rule == "recommendations.previous-next"]
    assert "上一篇：给新同事的交接清单(一)" in gone
    assert "下一篇 会议室预约的几点约定" in gone

