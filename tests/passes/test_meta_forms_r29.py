"""Meta lines by their form (issue 18, round 29): a site's field printed as two lines at the top
(its label alone, its value under it), and an attachment's label ending the page with its link
lost. Made-up names and text; no stored page is copied here."""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "北岭社区开展秋季消防演练"
BODY = ["九月八日上午，北岭社区组织居民和物业人员开展秋季消防演练，六十余人参加。",
        "演练模拟了楼道起火的情况，志愿者分组疏散群众、使用灭火器并检查消防通道。",
        "社区负责人表示，今后将每季度组织一次演练，提高居民的自救能力。"]


def head(*lines: str):
    return clean("\n".join([TITLE, *lines, *BODY]))


def tail(*lines: str):
    return clean("\n".join([TITLE, *BODY, *lines]))


def test_a_fields_value_under_its_label_at_the_top_goes():
    doc, report = head("发布时间：", "2023-09-08", "来源：", "北岭社区")
    assert removed(report, "meta-lines.field-label-alone") == ["发布时间：", "来源："]
    assert removed(report, "meta-lines.value-under-label") == ["北岭社区"]
    assert texts(doc) == BODY
    doc, report = head("作者：", "何思远")
    assert texts(doc) == BODY


def test_a_sentence_under_a_label_is_the_texts():
    opening = "九月八日上午，北岭社区组织居民和物业人员开展消防演练。"
    doc, report = head("来源：", opening, *BODY[1:2])
    assert not removed(report, "meta-lines.value-under-label")
    assert opening in texts(doc)


def test_an_attachment_label_ending_the_page_goes():
    for line in ("附件：", "相关附件：", "附件下载："):
        doc, report = tail(line)
        assert removed(report, "meta-lines.attachment-label-last") == [line], line
        assert texts(doc) == BODY, line


def test_an_attachment_label_over_its_attachments_stays():
    listed = ["附件：", "1.北岭社区消防演练方案", "2.演练人员分组名单"]
    doc, report = tail(*listed)
    assert not removed(report, "meta-lines.attachment-label-last")
    assert texts(doc)[-3:] == listed
