"""A sample marker glued to the sample's first numbered part (issue 18, helper gl38): the part is
read as a heading on its own line. Fixtures written for the project."""

from __future__ import annotations

from helpers import clean, outline, paras


def test_a_part_glued_after_its_sample_marker_becomes_the_samples_first_heading():
    # "…方案1" and "一、…" lost the line break between them: the marker heads the sample and its
    # first part stands beside "二、" and "三、" at their level.
    doc, _ = clean("\n".join([
        "社区消防演练活动方案(精选3篇)",
        "社区消防演练活动方案1一、演练目的",
        "让居民熟悉楼道灭火器的位置和用法，遇到火情时能够沿安全通道有序撤离。",
        "二、演练时间",
        "十一月九日上午九时，演练用时约四十分钟。",
        "三、演练地点",
        "社区东门广场及三号楼楼道。",
    ]))
    heads = outline(doc)
    assert [text for _, text in heads] == ["社区消防演练活动方案1", "一、演练目的", "二、演练时间", "三、演练地点"]
    levels = dict((text, level) for level, text in heads)
    assert levels["一、演练目的"] == levels["二、演练时间"] == levels["三、演练地点"]
    assert levels["社区消防演练活动方案1"] < levels["一、演练目的"]
    assert "让居民熟悉楼道灭火器的位置和用法，遇到火情时能够沿安全通道有序撤离。" in paras(doc)


def test_a_sentence_glued_after_its_sample_marker_stays_the_samples_first_paragraph():
    # No number opens the rest: it is the sample's opening sentence, a paragraph as before.
    doc, _ = clean("\n".join([
        "社区消防演练活动方案(精选2篇)",
        "社区消防演练活动方案1为提高居民的消防安全意识，社区决定在本月组织一次消防演练。",
        "演练由物业公司配合，各楼栋长负责通知到户。",
        "社区消防演练活动方案2",
        "为了让老年居民掌握基本的逃生方法，社区联合消防站开展入户宣传和现场演练。",
    ]))
    assert [text for _, text in outline(doc)] == ["社区消防演练活动方案1", "社区消防演练活动方案2"]
    assert "为提高居民的消防安全意识，社区决定在本月组织一次消防演练。" in paras(doc)
