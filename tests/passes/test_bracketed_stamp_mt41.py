"""A machine date in brackets as one of the page's facts (issue 18, round 41): "( 2025-05-16 )
稿件来源:某某日报", "【2024-03-02】 来源:某某网 阅读:12". On five own-tune sites every bracketed
machine date is the page's (a blog's posting time, a forum's reply, an e-paper's item), none a
line of a text; the row still needs a site's label or counter beside it. Fixtures are the
project's own: made-up names and units."""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

RULE = "meta-lines.open-fact-row"
BODY = [f"第{n}条：青禾新区各社区要对辖区内的老旧小区逐一开展消防安全检查，并登记需要整改的隐患。"
        for n in range(1, 9)]


def test_a_bracketed_date_beside_a_source_field_goes():
    for row in ("( 2025-05-16 ) 稿件来源:青禾日报", "【2024-03-02】 来源:青禾网 阅读:12"):
        doc, report = clean("\n".join(["青禾新区部署消防安全检查", row, *BODY]))
        assert texts(doc) == BODY, row
        assert removed(report, RULE) == [row]


def test_a_headline_printed_whole_then_in_its_phrases_over_the_row_is_the_title_whole():
    page = ["01版:要 闻", "02版:综 合", "青禾新区部署消防安全检查 要求整改不留死角", "青禾新区部署消防安全检查",
            "要求整改不留死角", "( 2025-05-16 ) 稿件来源:青禾日报", *BODY]
    doc, report = clean("\n".join(page))
    assert report.title == "青禾新区部署消防安全检查 要求整改不留死角"
    assert texts(doc) == BODY


def test_a_bracketed_date_in_the_texts_own_lines_stays():
    # A sentence dating an event, and a record's line of its own with no site's label beside it.
    lines = ["会议于（2024-05-06）在青禾新区召开，各社区负责人参加。", "（2024-05-06）第一次检查"]
    doc, _ = clean("\n".join(["青禾新区部署消防安全检查", *BODY[:4], *lines, *BODY[4:]]))
    assert texts(doc) == [*BODY[:4], *lines, *BODY[4:]]
