"""Round 41 (rc41): a site's notice asking to be told of an infringement so that it deletes the
text, and a 文库 viewer's "the whole preview is shown" line. Fixtures are made up.

- lead-in.takedown-request: a condition, the infringement, the site or its reader addressed and the
  deletion, in one sentence (after at most one sentence on where the site's texts come from); a
  rule text's own numbered article on deleting infringing posts stays.
- paywall.preview-bounds: "…全部预览完了，如果喜欢就下载吧".
"""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "社区图书角借阅办法"
RULES = ["第一条 为方便居民读书，规范图书角的借阅，制定本办法。",
         "第二条 图书角每天上午九时至下午五时开放，节假日照常开放。",
         "第三条 借阅图书应当登记，按期归还，损坏的照价赔偿。"]


@pytest.mark.parametrize("notice", [
    "注意:本站部分文字内容、图片由网友投稿,如侵权请联系删除,联系邮箱:someone@example.com",
    "【转载说明】本站转载的文章均注明出处,仅供交流;作者如不同意转载,请来函告知,我们核实后即行删除。",
    "本文内容由网友自发贡献,观点仅代表作者本人。如发现本站有涉嫌抄袭侵权的内容,请发邮件举报,一经查实,本站将立刻删除。",
])
def test_a_takedown_notice_after_the_text_goes(notice):
    doc, report = clean("\n".join([TITLE, *RULES, notice]))
    assert texts(doc) == RULES
    assert removed(report, "lead-in.takedown-request") == [notice]


@pytest.mark.parametrize("line", [
    # a rule text's own numbered article on infringing posts: who must delete, no 请, no 我们
    "第四条 发现用户发布侵权信息的，管理员应当及时删除并做好记录。",
    # the text's own sentence about infringement, asking nobody to delete anything
    "第四条 如发现图书有侵权盗版的，请交图书角管理员登记处理。",
])
def test_the_documents_own_article_on_infringement_stays(line):
    doc, report = clean("\n".join([TITLE, *RULES, line]))
    assert texts(doc) == [*RULES, line]
    assert not removed(report, "lead-in.takedown-request")


def test_a_preview_shown_whole_line_goes():
    line = "亲,该文档总共4页全部预览完了,如果喜欢就下载吧!"
    doc, report = clean("\n".join([TITLE, *RULES, line]))
    assert texts(doc) == RULES
    assert removed(report, "paywall.preview-bounds") == [line]


def test_a_takedown_request_glued_after_the_texts_last_sentence_is_cut_and_the_sentence_stays():
    last = "第三条 借阅图书应当登记，按期归还，损坏的照价赔偿。"
    request = "本站文章均由用户上传，如有侵权请联系我们删除。"
    doc, report = clean("\n".join([TITLE, *RULES[:2], last + request]))
    assert texts(doc) == [*RULES[:2], last]
    assert removed(report, "lead-in.takedown-glued") == [request]


def test_a_notices_last_paragraph_asking_to_report_problems_stays_whole():
    # the text's own sentence before the request: contact-us-to-remove no longer drops the paragraph
    closing = "请各楼栋长于五月十日前将登记表交回居委会。如有问题，请及时联系居委会处理。"
    doc, report = clean("\n".join([TITLE, *RULES, closing]))
    assert texts(doc)[-1].startswith("请各楼栋长于五月十日前将登记表交回居委会。")
    assert not removed(report, "lead-in.contact-us-to-remove")
