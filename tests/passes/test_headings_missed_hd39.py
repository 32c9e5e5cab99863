"""Headings the rules missed (issue 18, round 39): forms found on three sites or more.
Fixtures written for the project: made-up text in the forms real pages take."""

from __future__ import annotations

from helpers import clean, outline, runins, texts


def lines(*rows: str) -> str:
    return "\n".join(rows)


# -- an 意见's principles as dashed points: "——名称。说明…" ------------------------------------------

def test_dashed_principles_run_in_under_their_section():
    doc, _ = clean(lines(
        "关于推进社区食堂建设的实施意见",
        "为方便老年人和上班族就近用餐,结合本区实际,提出如下意见。",
        "一、基本原则",
        "——方便就近。食堂优先设在社区服务站和老年活动室附近,步行十分钟内能够到达。",
        "——保本微利。由街道提供场地、减免租金,菜价不高于周边同类餐馆的九成。",
        "——安全卫生。严格执行食品经营许可和留样制度,后厨全程视频公开。",
        "二、保障措施",
        "区财政每年安排专项资金,对运营满一年且评价良好的食堂给予补助。",
    ))
    assert outline(doc) == [(1, "一、基本原则"), (1, "二、保障措施")]
    assert runins(doc) == ["——方便就近。", "——保本微利。", "——安全卫生。"]


def test_a_dashed_line_that_is_one_sentence_or_a_subtitle_is_no_point():
    doc, _ = clean(lines(
        "把小事办实",
        "——在街道基层干部座谈会上的讲话",
        "同志们,今天请大家来,就是想听听大家在一线遇到的难处,把群众的小事一件件办实。",
        "——请各社区把收集到的问题在周五前报街道。",
        "——请各科室认领问题并在月底前答复。",
    ))
    assert runins(doc) == []


def test_one_dashed_point_alone_proves_nothing():
    doc, _ = clean(lines(
        "春季植树活动小结",
        "三月十二日,全校师生在后山种下樱花和银杏共两百余株,各班分片包干,浇水培土。",
        "——这是我们第一次把植树和劳动课结合起来。今后每学期都将安排一次这样的活动,让同学们亲手照料自己种下的树。",
        "活动结束后,各班把照片和感想贴在走廊的展板上。",
    ))
    assert runins(doc) == []
    assert any(t.startswith("——这是我们第一次") for t in texts(doc))
