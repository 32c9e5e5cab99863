"""A site's 小编 lead-in on a machine-converted traditional page whose verb the conversion garbled
(issue 18, round 39, rc39): "給大家?guī)?lái)…" where 帶來 stood, closed by the wish that the pieces
help. The paragraph goes (with the genre talk before the site's sentence); the text under the sample
marker stays. (The site's sentence alone on its line, opening with "下面小編給大家?", is cut at the
garble's question mark by an earlier rule, lead-in.editor-points-ahead: not this rule's form.)
Fixtures are made up.
"""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "《山路上的鈴聲》觀后感"
# (the page prints readings after some characters, as converted pages do: "講(jiǎng)")
BODY = ["《山路上的鈴聲》觀后感篇1",
        "影片講(jiǎng)的是一位鄉(xiāng)村教師在山里教書二十年的故事，每天清晨她都會(huì)搖響那只舊銅鈴。",
        "看完以後，我想起了自己的小學(xué)老師，她也總是第一個(gè)到校、最後一個(gè)離開。"]


@pytest.mark.parametrize("lead", [
    "寫觀后感，最好從一個(gè)打動你的鏡頭寫起。下面小編給大家?guī)?lái)關(guān)於《山路上的鈴聲》觀后感，希望會(huì)對(duì)大家的學(xué)習(xí)有所幫助。",
    "看電影容易，寫觀后感難。下面小編給大家?guī)?lái)幾篇觀后感，希望會(huì)對(duì)大家有所幫助。",
])
def test_a_xiaobian_lead_in_with_its_verb_garbled_goes(lead):
    doc, report = clean("\n".join([TITLE, lead, *BODY]))
    assert "".join(texts(doc)).count("篇1") == 1 and "小編" not in "".join(texts(doc))
    assert "鄉" in "".join(texts(doc)) and len(texts(doc)) == len(BODY)
    assert [r["text"] for r in report.removed if r["rule"].startswith("lead-in.")] == [lead]


def test_the_rule_takes_the_garbled_sentence_with_the_genre_talk_before_it():
    lead = ("寫觀后感，最好從一個(gè)打動你的鏡頭寫起。"
            "下面小編給大家?guī)?lái)關(guān)於《山路上的鈴聲》觀后感，希望會(huì)對(duì)大家的學(xué)習(xí)有所幫助。")
    _, report = clean("\n".join([TITLE, lead, *BODY]))
    assert removed(report, "lead-in.xiaobian-garbled-verb") == [lead]


def test_a_documents_own_sentence_to_its_readers_stays():
    own = "下面我給大家講一講這部電影裡最打動我的三個鏡頭，希望對同學們寫作有所幫助。"
    # (no garble: not this rule's; over a sample marker another rule, lead-in-before-text, reads
    # such a line as the site's)
    _, report = clean("\n".join([TITLE, own, *BODY]))
    assert not removed(report, "lead-in.xiaobian-garbled-verb")
