"""A listing page's stories (issue 18, helper sm57): a tag, category or archive page of a news or
commentary site shows several stories, each its headline on a line of its own over the first words
of its text cut off with an ellipsis ("…", "[…]"). Two such at least: each headline opens a sample.
One headline over a cut summary is a teaser, no sample. Fixtures written for the project (made-up
places, names and stories)."""

from __future__ import annotations

import panflute as pf

from helpers import clean, paras
from reportfmt.passes.headings.listed_stories import listed_story_lines

TAG = "標籤: 青禾區議會"
FIRST = ["青禾區議會討論加建單車徑 居民憂佔用行人路",
         "區議會昨日討論在河堤一帶加建單車徑的建議，運輸部門代表指有關路段假日人流甚多，加建後可疏導"
         "單車與行人。不過有議員轉述附近居民意見，擔心單車徑會令…"]
SECOND = ["【社區觀察】舊街市翻新後人流回升 檔販盼延長營業",
          "舊街市去年完成翻新工程，近月人流逐步回升，不少檔販希望當局考慮把營業時間延長至晚上九時，"
          "區議員表示會把意見轉交有關部門，但亦要顧及…"]
THIRD = ["老區重建不能只等發展商 文:林曉晴",
         "北岸不少唐樓樓齡已超過五十年，外牆剝落、後巷積水，但由於業權分散，發展商一直興趣不大，"
         "居民等了多年仍未見 […]"]


def sample_heads(doc: pf.Doc) -> list[str]:
    return [pf.stringify(b) for b in doc.content if isinstance(b, pf.Header) and "sample" in b.classes]


def test_each_headline_over_a_cut_summary_opens_a_sample():
    doc, _ = clean("\n".join([TAG, *FIRST, *SECOND, *THIRD]))
    # (the typography pass closes the blank between Chinese words and widens the colon)
    assert sample_heads(doc) == ["青禾區議會討論加建單車徑居民憂佔用行人路",
                                 "【社區觀察】舊街市翻新後人流回升檔販盼延長營業",
                                 "老區重建不能只等發展商文：林曉晴"]
    assert FIRST[1] in paras(doc) and THIRD[1] in paras(doc)


def test_the_headlines_are_read_over_the_cut_lines():
    assert listed_story_lines([*FIRST, *SECOND]) == frozenset({0, 2})
    assert listed_story_lines([TAG, *FIRST, "2024-03-02", *THIRD]) == frozenset({1, 4})


def test_one_teaser_is_no_listing():
    assert listed_story_lines([TAG, *FIRST]) == frozenset()
    doc, _ = clean("\n".join([TAG, *FIRST]))
    assert sample_heads(doc) == []


def test_no_story_without_a_headline_or_a_cut():
    # a summary that ends its sentence: the page's own text, no listing
    whole = [FIRST[0], FIRST[1].replace("會令…", "會令附近路口更擠迫。"),
             SECOND[0], SECOND[1].replace("顧及…", "顧及附近住客。")]
    assert listed_story_lines(whole) == frozenset()
    # a numbered part or a sentence over the cut lines: no headline
    numbered = ["一、青禾區議會討論加建單車徑", FIRST[1], "二、舊街市翻新後人流回升", SECOND[1]]
    assert listed_story_lines(numbered) == frozenset()
    sentences = ["區議會昨日開會。", FIRST[1], "居民提出意見。", SECOND[1]]
    assert listed_story_lines(sentences) == frozenset()
    # the same headline twice: a box the page repeats
    assert listed_story_lines([*FIRST, *FIRST]) == frozenset()
