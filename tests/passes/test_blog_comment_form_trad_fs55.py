"""A blog's stock comment form in traditional script (round 55, fs55).

The WordPress form as its zh-TW strings print it under a post: the box's act over the form with
its cancel link ("發佈留言 取消回覆", comments.comment-prompt), the privacy note with the mark for
required fields and the keep-my-name checkbox (comments.comment-form-note), the fields each
marked required (comments.comment-form-field). Rules read the lines in simplified characters, so
the zh-TW words the simplified rules lacked are added in their simplified reading (不会公开 with no
被, 必填栏位, 以供下次发布留言时使用). A document's own lines of a like shape stay. Fixtures are
made up.
"""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "山腳小學第六週家長信"
BODY = ["各位家長好，這週的天氣忽冷忽熱，請幫孩子多帶一件外套到學校。",
        "週四的校外教學到附近的農場觀察稻田，孩子們回來都說想再去一次。",
        "下週一開始期中評量，請家長協助孩子安排作息。"]


def test_the_zh_tw_wordpress_form_goes_line_by_line():
    form = ["發佈留言 取消回覆", "發佈留言必須填寫的電子郵件地址不會公開。 必填欄位標示為 *",
            "留言 *", "顯示名稱 *", "電子郵件地址 *", "個人網站網址",
            "在瀏覽器中儲存顯示名稱、電子郵件地址及個人網站網址，以供下次發佈留言時使用。"]
    doc, report = clean("\n".join([TITLE, *BODY, *form]))
    assert texts(doc) == BODY
    assert removed(report, "comments.comment-prompt") == ["發佈留言 取消回覆"]
    assert removed(report, "comments.comment-form-note") == [
        "發佈留言必須填寫的電子郵件地址不會公開。 必填欄位標示為 *",
        "在瀏覽器中儲存顯示名稱、電子郵件地址及個人網站網址，以供下次發佈留言時使用。"]
    assert removed(report, "comments.comment-form-field") == [
        "留言 *", "顯示名稱 *", "電子郵件地址 *", "個人網站網址"]


def test_the_heading_and_the_note_alone_go():
    # The form as a page keeps only its heading and its note (the fields were inputs).
    doc, report = clean("\n".join([TITLE, *BODY, "發布留言", "發布留言必須填寫的電子郵件地址不會公開。"]))
    assert texts(doc) == BODY
    assert removed(report, "comments.comment-prompt") == ["發布留言"]


@pytest.mark.parametrize("line", ["學校的電子郵件地址不會公開給廠商，請家長放心。",
                                  "留言給老師的家長，請在聯絡簿上簽名。",
                                  "網站網址已經更新，請改用新的連結。"])
def test_a_document_line_of_a_like_shape_stays(line):
    doc, _ = clean("\n".join([TITLE, *BODY[:2], line, BODY[2]]))
    assert line in texts(doc)
