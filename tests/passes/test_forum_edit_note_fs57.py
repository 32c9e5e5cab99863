"""A forum post's edit note, vBulletin's post buttons and a comment's folded-replies link (fs57).

PHPWind prints "[ 此帖被NAME在DATE TIME重新编辑 ]" at the end of a post someone edited, glued to
its last line or on a line of its own (forum.edit-note): the note goes, the post's words before it
stay; a document's own sentence about editing stays. A comment list prints the count of a
comment's folded replies with the link that opens them ("还有3条回复，点击查看",
comments.reply-thread-toggle): it goes, a sentence counting replies stays. vBulletin's post
buttons left alone on a line ("回复时引用此帖", forum.thread-control) go; a sentence with the
words stays. Fixtures are made up.
"""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "河湾村党员冬训工作小结"
BODY = ["今年冬训从十二月初开始，村里的党员分三批参加了集中学习。",
        "学习内容包括党章党规、村务公开制度和人居环境整治的有关要求。",
        "冬训结束后，每名党员都认领了一项为民服务的具体事项。"]
NOTE = "[ 此帖被小河在2021-12-20 09:15重新编辑 ]"


def test_an_edit_note_glued_to_a_posts_last_line_is_cut():
    doc, report = clean("\n".join([TITLE, "楼主  发表于: 2021-12-19", *BODY[:2], BODY[2] + NOTE]))
    assert removed(report, "forum.edit-note") == [NOTE]
    assert texts(doc) == BODY


@pytest.mark.parametrize("note", [NOTE, "[ 此帖被管理员在2020-5-3 18:02修改 ]"])
def test_an_edit_note_on_its_own_line_goes(note):
    doc, report = clean("\n".join([TITLE, *BODY, note]))
    assert removed(report, "forum.edit-note") == [note]
    assert texts(doc) == BODY


def test_a_documents_sentence_about_editing_stays():
    line = "此帖被版主在年底重新编辑后，内容更加完整了。"
    doc, report = clean("\n".join([TITLE, *BODY, line]))
    assert line in texts(doc)
    assert removed(report, "forum.edit-note") == []


@pytest.mark.parametrize("line", ["还有3条回复，点击查看", "共18条回复,点击查看全部 >", "还剩2条回复,点击查看"])
def test_a_folded_replies_link_goes(line):
    doc, report = clean("\n".join([TITLE, *BODY, line]))
    assert removed(report, "comments.reply-thread-toggle") == [line]
    assert texts(doc) == BODY


def test_a_sentence_counting_replies_stays():
    line = "共收到18条回复，大家普遍认为冬训安排得比较合理。"
    doc, _ = clean("\n".join([TITLE, *BODY, line]))
    assert line in texts(doc)


@pytest.mark.parametrize("button", ["回复时引用此帖", "多重引用本帖", "快速回复此帖"])
def test_vbulletins_post_buttons_alone_on_a_line_go(button):
    doc, report = clean("\n".join([TITLE, *BODY[:2], button, BODY[2]]))
    assert removed(report, "forum.thread-control") == [button]
    assert texts(doc) == BODY


def test_a_sentence_about_quoting_a_post_stays():
    line = "回复时引用此帖的原文，能让大家看清楚在讨论哪一条。"
    doc, _ = clean("\n".join([TITLE, *BODY, line]))
    assert line in texts(doc)
