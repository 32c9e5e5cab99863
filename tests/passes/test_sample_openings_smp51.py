"""Samples opened by forms real sites print (issue 18, helper smp51): a glued marker ("…倡议书 篇2")
whose rest is the sample's addressee (the page lost the line break between them), and the title's
words numbered on from a sample above ("…倡议书1各位村民朋友：" … "…倡议书2"), kept as the next
sample's name though the title counts no samples. Fixtures written for the project (made-up names
and letters)."""

from __future__ import annotations

import panflute as pf

from helpers import clean, paras
from reportfmt.passes.headings.samples import sample_marker


def sample_heads(doc: pf.Doc) -> list[str]:
    return [pf.stringify(b) for b in doc.content if isinstance(b, pf.Header) and "sample" in b.classes]


def test_a_glued_marker_over_its_addressee_opens_the_sample():
    marker = sample_marker("节约用电倡议书 篇2各位住户朋友：")
    assert marker is not None and marker.number == 2
    assert "节约用电倡议书 篇2各位住户朋友："[marker.end:] == "各位住户朋友："
    # the rest short and no addressee: a marker of another line's words, not read as glued
    assert sample_marker("节约用电倡议书 篇2见下文") is None


def test_samples_glued_to_their_addressees_become_sections_with_the_addressee_kept():
    doc, _ = clean("\n".join([
        "节约用电倡议书范文汇总3篇",
        "节约用电倡议书 篇1亲爱的同学们：",
        "教学楼的灯常常在没人的教室里亮到深夜，空调开着门窗也开着。我们倡议大家随手关灯，离开教室前检查电器。",
        "校学生会",
        "节约用电倡议书 篇3全体居民朋友们：",
        "夏季用电高峰将至，小区的变压器已经几次跳闸。请大家把空调温度调到二十六度以上，错峰使用大功率电器。",
    ]))
    heads = sample_heads(doc)
    assert len(heads) == 2 and heads[0].endswith("篇1") and heads[1].endswith("篇3")
    kept = paras(doc)
    assert "亲爱的同学们：" in kept and "全体居民朋友们：" in kept


def test_the_titles_words_numbered_on_from_a_sample_above_stay_as_the_next_sample():
    # The title counts no samples; the first is numbered by the title's words glued to its
    # addressee, the second by the same words alone: the second is no repeat of the title.
    doc, report = clean("\n".join([
        "保护古树倡议书",
        "保护古树倡议书1各位村民朋友：",
        "村口的两棵老樟树已经有三百多年了，去年有人在树下堆柴烧火，树皮烤焦了一大块。请大家不要在古树下堆放杂物、生火做饭。",
        "一、不在古树周边堆放柴草。",
        "二、发现病虫害及时告诉村委会。",
        "保护古树倡议书2",
        "各位同学：",
        "校园里的银杏树是建校那年种下的，它见过每一届的毕业生。请同学们不要攀折树枝，不在树干上刻字。",
    ]))
    assert sample_heads(doc) == ["保护古树倡议书1", "保护古树倡议书2"]
    assert not any(r["text"] == "保护古树倡议书2" for r in report.removed)
    # the title's words alone with no numbered copy above are the title again
    doc, report = clean("\n".join(["保护古树倡议书", "保护古树倡议书2",
                                    "村口的两棵老樟树已经有三百多年了，请大家爱护它们，不在树下生火。"]))
    assert "保护古树倡议书2" not in sample_heads(doc)
