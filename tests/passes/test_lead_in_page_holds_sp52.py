"""A site's lead-in whose closing sentence has the page itself say what it holds (round 52, sp52):
"本页共收录八篇…可按身份挑选", "這裡收錄一份…承諾書，各單位可依實際情況增刪", "這裏收了10篇…可以挑一篇改"
— pieces counted, or one text of a kind, and no 参考 or 借鉴 for the older rules to read. The
paragraph goes (lead-in.page-holds-counted-pieces); a book's or a document's own words about what
it holds ("本书收录", a notice's 印发) stay. Fixtures are made up.
"""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "年终表彰大会致辞"
BODY = ["尊敬的各位同事：",
        "大家好！今天我们在这里召开年终表彰大会，表彰一年来涌现出的先进集体和个人。",
        "希望受表彰的同事再接再厉，也希望大家以他们为榜样，在新的一年里取得更好的成绩。"]


@pytest.mark.parametrize("lead", [
    "年终表彰是对一年工作的回顾，一篇好的致辞能给大家鼓劲。本页共收录八篇，有主任和组长的不同版本，可按身份挑选。",
    "越來越多的崗位需要簽訂承諾書。這裡收錄一份物業公司常用的保密承諾書，各單位可依實際情況增刪。",
    "開篇：好的安排要落到人、落到時間上。這裏收了6篇冬季防火工作方案，鎮村兩級的都有，可以挑最近的一篇改。",
    "这里收了两篇表彰大会致辞，一篇是经理的，一篇是车间主任的。",
])
def test_the_page_saying_what_it_holds_goes(lead):
    doc, report = clean("\n".join([TITLE, lead, *BODY]))
    assert texts(doc) == BODY
    assert removed(report, "lead-in.page-holds-counted-pieces") == [lead]


@pytest.mark.parametrize("opening", [
    # a book's own front matter says 本书, never 本页
    "本书收录了十篇散文，都是作者近年在乡村任教时写下的。",
    # the page's words in the first person: a speaker's own
    "这里收录了我这些年写的三篇发言稿，算是对自己的一个交代。",
    # a notice handing papers down
    "这里收录的两篇制度已经印发各部门，请遵照执行。",
])
def test_a_documents_own_words_stay(opening):
    doc, report = clean("\n".join([TITLE, opening, *BODY]))
    assert texts(doc)[0] == opening
    assert not removed(report, "lead-in.page-holds-counted-pieces")
