"""A long part heading over a paragraph that opens with a short point of its own is no wrapped
line (issue 18, round h31: "一、坚持党建引领，构建…体系" / "建强组织。全县…" was joined into one
paragraph, the heading lost). Fixtures written for the project, with made-up content."""

from __future__ import annotations

import pytest

from helpers import clean, outline, paras


@pytest.mark.parametrize("point", [
    "建强组织。全县一百二十个村全部建立网格党小组，实现党的组织全覆盖。",
    "一是畅通诉求渠道。开通民情热线，群众反映的问题做到件件有回音。",
    "第一，看到成绩。今年以来全县安全生产形势总体平稳，事故起数明显下降。",
])
def test_a_long_part_heading_over_a_paragraph_opened_by_a_short_point_stays_a_heading(point):
    doc, _ = clean("\n".join([
        "我县推进基层治理现代化的经验做法",
        "近年来，我县坚持党建引领，不断探索基层治理新路径，取得了明显成效。",
        "一、坚持党建引领，构建上下贯通的治理体系",
        point,
        "建好机制。建立县乡村三级联席会议制度，每月研究解决一批突出问题。",
        "二、坚持多元共治，激发基层治理的内生动力",
        "全县组建乡贤理事会四十二个，参与调解矛盾纠纷三百余件，引导村民参与公共事务。",
    ]))
    assert outline(doc) == [(1, "一、坚持党建引领，构建上下贯通的治理体系"),
                            (1, "二、坚持多元共治，激发基层治理的内生动力")]
    assert any(p.startswith(point[:4]) for p in paras(doc))


def test_a_numbered_sentence_wrapped_before_its_last_words_is_still_joined():
    # The near miss: the rest finishes the item's sentence and stops there (a wrap's last line).
    doc, _ = clean("\n".join([
        "办事大厅开放时间",
        "1.星期一至星期五：上午九时至十二时三十分，下午一时三十",
        "分至五时。",
        "2.法定节假日休息，遇有调整另行公告。",
    ]))
    assert outline(doc) == []
    assert "1.星期一至星期五：上午九时至十二时三十分，下午一时三十分至五时。" in paras(doc)
