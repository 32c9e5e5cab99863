"""Title lines of web pages by form (round 34): lines that are the text's own never become the
title, and a title's second line is never lost. Fixtures written for the project (made-up names
and content)."""

from __future__ import annotations

from helpers import clean, texts

NEWS = ["滨河新闻网讯 入冬以后，青石镇把各村的护林员请到镇上，开了一场只谈问题的座谈会。",
        "护林员们轮流发言，说起巡山路上的难处，也提出在路口增设防火提示牌的建议。"]


def test_a_byline_behind_a_papers_mark_is_no_title_and_stays():
    # "□通讯员 某某 报道": regional papers print a box before the byline; the scrape lost the
    # title above it and left question marks where the indents were.
    bylines = (("□通讯员 李晓云 报道", "李晓云"), ("??? □通訊員 李曉雲 報(bào)道", "李曉雲"), ("■记者 周文", "周文"))
    for byline, name in bylines:
        doc, report = clean("\n".join([byline, *NEWS]))
        assert not report.title, byline
        kept = ["".join(t.split()) for t in texts(doc)]  # (typography drops blanks between ideographs)
        assert kept[-2:] == ["".join(line.split()) for line in NEWS]
        # (the byline stays, or goes recorded as a meta line: the meta-lines pass's call, not the title's)
        removed = {r["text"]: r["rule"] for r in report.removed}
        assert (any(name in t for t in kept)
                or removed.get(byline.lstrip("? "), "").startswith("meta-lines")), byline


def test_a_line_cut_inside_a_markdown_bold_run_is_no_title():
    lines = ["每次开大会前，办公室都要赶出一份座次表，我以前用 **Excel",
             "** 手工画格子，一画就是一上午；后来改用 **邮件合并** 的办法，名单一换表就出来了。",
             "座次表看着简单，要求却不少：要按单位分页，每页留出签名栏。"]
    doc, report = clean("\n".join(lines))
    assert not report.title
    assert len(texts(doc)) == 3
    assert "Excel" in texts(doc)[0]

