"""Round 49 (bd49): a news item's bare credit in brackets closing it stays (issue 18: body kept
100 %): meta-lines.credit-names-in-brackets, which took it, is dropped.
"""

from __future__ import annotations

import pytest

from helpers import clean, texts

# A news item's bare credit in brackets on its own last line (the writers' names, perhaps their unit
# before them, no role, no colon) is the item's own close (the dev set's label convention (a), as
# web-gold keeps it): no rule takes it. Made-up names and units.
NEWS_TITLE = "青禾集团召开安全生产推进会"
NEWS = ["3月9日上午，青禾集团召开安全生产推进会，集团领导出席会议并讲话。",
        "会议强调，各单位要压实安全责任，确保全年安全生产形势稳定。",
        "集团各部门及所属单位负责人参加会议。"]


@pytest.mark.parametrize("line", ["（集团公司办公室 柳青禾）", "(柳青禾)", "（韦志明 梁晓岚 黄启华）",
                                  "（集团办公室）", "（此件公开发布）"])
def test_a_bare_credit_closing_a_news_item_stays(line):
    doc, _report = clean("\n".join([NEWS_TITLE, *NEWS, line]))
    # (typography prints the brackets full-width)
    assert "".join(texts(doc)[-1].split()).strip("()（）") == "".join(line.split()).strip("()（）")
