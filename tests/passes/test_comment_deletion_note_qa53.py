"""A comment box's warning that idle comments are deleted, by form (issue 18, round 53).

comments.comment-etiquette: the note under a comment box that meaningless or off-topic comments
are deleted, perhaps after the call to post something of value and with the penalty or a thanks
after it. A rules document's own clause on what breaks its rules stays. Fixtures are made up.
"""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "柳岸社区居民议事会第三次会议纪要"
BODY = [f"第{n}项：议事会讨论了楼道照明、停车位划线和垃圾分类督导等事项，形成意见后报街道备案。"
        for n in range(1, 7)]


# --- comments.comment-etiquette: the box's warning that idle comments are deleted ---------------

@pytest.mark.parametrize("line", [
    "请回复有价值的信息，无意义的评论将很快被删除，账号将被禁止发言。",
    "请回复有价值的信息,无意义的评论将很快被删除",
    "与内容无关的评论将被删除，严重者禁用帐号",
    "灌水及无意义留言将被删除，谢谢合作。",
])
def test_the_comment_boxs_deletion_warning_goes(line):
    doc, report = clean("\n".join([TITLE, *BODY, "参与评论", line]))
    assert texts(doc) == BODY
    assert removed(report, "comments.comment-etiquette") == [line]


def test_a_rules_documents_own_deletion_clause_stays():
    line = "违反本守则的留言将被删除，严重违规者将限制留言权限。"
    doc, report = clean("\n".join([TITLE, *BODY, line]))
    assert line in texts(doc)
    assert not removed(report, "comments.comment-etiquette")
