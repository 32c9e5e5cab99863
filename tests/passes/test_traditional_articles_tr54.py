"""Traditional-script articles (round 54, tr54): Taiwan, Hong Kong and Macau rules, association
statutes and contracts number their articles 第X條 (and sections 第X節, books 第X編). The
article-run cutter and the blank kept after a section label read them as they read 第X条: before,
a traditional run "第一章 總則 第一條 …。 第二條 …" stayed one paragraph and a named article
"第一條 租賃標的" lost its blank. Fixtures: made-up text in the form such pages take."""

from __future__ import annotations

from helpers import clean, outline, paras
from reportfmt.passes.typography import SECTION_LABEL_SPACE


def lines(*rows: str) -> str:
    return "\n".join(rows)


def test_the_blank_after_a_traditional_section_label_is_the_separator():
    for label in ("第五條 會費", "第二節 課程", "第一編 總則", "第十條之一 獎學金"):
        assert SECTION_LABEL_SPACE.match(label), label
    assert not SECTION_LABEL_SPACE.match("第五條規定 會費")


def test_a_traditional_run_of_chapters_and_articles_is_cut_into_lines():
    doc, _ = clean(lines(
        "青松登山會組織章程",
        "第一章 總則 第一條 本會定名為青松登山會。 第二條 本會以推廣登山活動為宗旨。"
        " 第二章 會員 第三條 凡年滿十八歲者均得申請入會。 第四條 會員應按時繳納會費。",
    ))
    assert outline(doc) == [(1, "第一章 總則"), (1, "第二章 會員")]
    body = paras(doc)
    for article in ("第一條 本會定名為青松登山會。", "第二條 本會以推廣登山活動為宗旨。",
                    "第三條 凡年滿十八歲者均得申請入會。", "第四條 會員應按時繳納會費。"):
        assert article in body, article


def test_a_traditional_named_article_keeps_its_blank():
    doc, _ = clean(lines(
        "倉庫租賃契約書",
        "出租人林小文（以下簡稱甲方）承租人趙大年（以下簡稱乙方）",
        "第一條 租賃標的",
        "倉庫一間，位於某鎮某路三號。",
        "第二條 租賃期間",
        "自簽約之日起一年。",
        "第三條 租金",
        "每月新臺幣八千元，乙方應於每月十日前給付。",
    ))
    assert outline(doc) == [(1, "第一條 租賃標的"), (1, "第二條 租賃期間"), (1, "第三條 租金")]
    assert "倉庫一間，位於某鎮某路三號。" in paras(doc)


def test_a_traditional_reference_is_no_article():
    # "依本章程第三條規定": a sentence naming an article, glued after words, is never cut.
    doc, _ = clean(lines(
        "青松登山會會員須知",
        "會員依本章程第三條規定入會，第四條之會費每年繳納一次，第五條所稱幹部由會員選出。",
    ))
    assert outline(doc) == []
    assert paras(doc) == ["會員依本章程第三條規定入會，第四條之會費每年繳納一次，第五條所稱幹部由會員選出。"]
