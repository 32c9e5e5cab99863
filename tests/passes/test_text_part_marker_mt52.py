"""A scraped template's marker of where its text starts, alone on a line in a field label's
dress (issue 18, round 52, mt52: meta-lines.text-part-marker; the form is on three own-tune
sites): "【正文】", "**正文**". A guide's part named bare as its heading and a
sentence opening with the bracketed word stay. Fixtures are made up."""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

RULE = "meta-lines.text-part-marker"
TITLE = "青禾社区卫生服务站自查报告"
BODY = ["根据区卫生健康局的统一部署，本站于五月对医疗废物的分类、暂存和交接情况进行了自查。",
        "自查发现，个别科室的分类收集容器标识不清，交接登记存在漏记现象。",
        "针对上述问题，本站已更换标识，并指定专人每日核对交接登记。"]


def test_the_marker_alone_goes():
    for marker in ("【正文】", "**正文**", "[正文]"):
        doc, report = clean("\n".join([TITLE, marker, *BODY]))
        assert removed(report, RULE) == [marker], marker
        assert texts(doc) == BODY, marker


def test_a_guides_bare_part_name_and_a_sentence_stay():
    guide = ["通知的写法", "标题", "标题写明发文机关、事由和文种。", "正文",
             "【正文】部分写明通知的缘由、事项和要求。", "落款", "落款写明发文机关和日期。"]
    doc, report = clean("\n".join(guide))
    assert removed(report, RULE) == []
    assert "正文" in texts(doc)
    assert "【正文】部分写明通知的缘由、事项和要求。" in texts(doc)
