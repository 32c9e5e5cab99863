"""A page's facts printed with a blank where the colon goes (issue 18, round 38: meta lines by
their form). Fixtures are written for the project: made-up names and sites, the lines' forms only."""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "关于基层调解室规范化建设的几点体会"
TEXT = [
    "一、配齐人员是规范化建设的前提",
    "从走访的情况看，不少调解室只有一名专职人员，遇到集中来访时常常忙不过来，需要从村里抽调人手。",
    "二、制度上墙只是第一步",
    "制度要落到每一次接待、每一份记录里，台账和回访要对得上，群众才会信得过这间小屋。",
    "三、经费保障要有稳定来源",
    "调解员的误工补贴由镇财政列入预算，按季度发放，避免一事一议、时有时无的情况。",
]


def squeezed(doc):
    # (the typography pass closes a blank between two Chinese characters)
    return ["".join(text.split()) for text in texts(doc)]


def page(*head):
    return "\n".join([TITLE, *head, *TEXT])


def test_fields_with_a_blank_for_the_colon_go_under_the_title():
    head = ["文章作者 青禾编辑部 发表时间 2011:03:08 09:20:15", "来源 青禾学习网"]
    doc, report = clean(page(*head))
    assert texts(doc)[-len(TEXT):] == TEXT
    assert removed(report, "meta-lines.blank-parted-fields") == [head[0]]
    assert removed(report, "meta-lines.blank-parted-source") == [head[1]]


def test_a_source_with_a_blank_alone_under_the_title_stays():
    # Alone, with no other fact beside it, the line is left as written.
    doc, report = clean(page("来源 青禾学习网"))
    assert "来源青禾学习网" in squeezed(doc)
    assert not removed(report, "meta-lines.blank-parted-source")


def test_a_documents_own_line_of_words_after_a_label_stays():
    # A sentence of the text that opens with 作者 or 来源 is no field: it goes on past one word.
    line = "作者 在文中提出了三条建议，值得基层参考。"
    doc, _ = clean(page("发布时间 2024-03-02", line))
    assert "".join(line.split()) in squeezed(doc)


NEWS = [f"第{n}项：社区组织志愿者对辖区内的楼道、消防通道和公共绿地逐一作了清理，并登记了需要维修的设施。"
        for n in range(1, 9)]


def test_a_reviewer_with_a_blank_for_the_mark_goes_beside_the_desk():
    tail = ["编辑：钟小禾", "审核 潘立新"]
    doc, report = clean("\n".join(["青柳社区开展环境整治周活动", *NEWS, *tail]))
    assert texts(doc)[-8:] == NEWS
    assert removed(report, "meta-lines.desk-credit-beside-chrome") == ["审核 潘立新"]


def test_a_reviewer_with_a_blank_alone_after_the_text_stays():
    # A 公文's or a form's own 审核 under its text, no desk credit beside it.
    tail = ["审核 潘立新"]
    doc, report = clean("\n".join(["青柳社区开展环境整治周活动", *NEWS, *tail]))
    assert squeezed(doc)[-1] == "审核潘立新"
    assert not removed(report, "meta-lines.desk-credit-beside-chrome")


def test_a_font_size_switch_goes_whatever_its_label():
    for line in ("字体大小：大 中 小", "文字：【大】【中】【小】", "【大】【中】【小】", "[大] [中] [小]"):
        doc, report = clean(page(line))
        assert texts(doc)[-len(TEXT) :] == TEXT, line
        assert removed(report, "meta-lines.font-size-switch") == [line], line


def test_a_counter_alone_goes_whatever_its_label():
    for line in ("點閱次數：326", "浏览人次：1024", "观看次数：88"):
        doc, report = clean(page(line))
        assert texts(doc)[-len(TEXT) :] == TEXT, line
        assert removed(report, "meta-lines.counter-alone") == [line], line


def test_a_documents_counted_field_stays():
    # No reader's act in the label, or a unit after the count: the document's own numbers.
    for line in ("借阅：3", "参加人数：30", "阅读时长：30"):
        doc, report = clean(page(line))
        assert "".join(line.split()) in squeezed(doc), line
        assert not removed(report, "meta-lines.counter-alone"), line
