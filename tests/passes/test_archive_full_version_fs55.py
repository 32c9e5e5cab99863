"""A board's archiver page ends with its link to the full page (round 55, fs55).

The archiver (lite) view of a thread or a board prints at its foot "查看完整版本:" with the
thread's or the board's title after it, perhaps in its "[-- … --]" brackets and with a
"[-- top --]" link (forum.archive-full-version). A sentence that only starts with the words, or
the words inside the text, stay. Fixtures are made up.
"""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "社区志愿者招募方案"
BODY = ["一、招募对象：本社区十八周岁以上、身体健康、热心公益的居民。",
        "二、服务内容：协助开展垃圾分类宣传、独居老人探访和周末文明劝导。",
        "三、报名方式：到社区服务站填写报名表，或联系网格员登记。"]


@pytest.mark.parametrize("line", ["查看完整版本: 社区志愿者招募方案",
                                  "查看完整版本: [-- 社区志愿者招募方案 --]",
                                  "查看完整版本：[-- 青石社区论坛 --] [-- top --]"])
def test_the_archiver_foot_link_goes(line):
    doc, report = clean("\n".join([TITLE, *BODY, line]))
    assert texts(doc) == BODY
    assert removed(report, "forum.archive-full-version") == [line]


@pytest.mark.parametrize("line", ["查看完整版本：需要全文的居民，可到社区服务站借阅纸质材料。",
                                  "如需查看完整版本：请联系社区服务站。"])
def test_a_sentence_with_the_words_stays(line):
    doc, _ = clean("\n".join([TITLE, *BODY, line]))
    assert line in texts(doc)
