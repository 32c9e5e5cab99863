"""A notice's own closing contact sentence is body; the site's takedown notice is chrome (round 41,
ti41). contact-us-to-remove's plain 问题/错误/异议 branch needs the site addressed or a deletion
asked for, unless the site's sentence on where its texts come from stands before it. Made up."""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "关于开展楼道杂物清理的通知"
BODY = ["各位居民：", "为消除消防隐患，社区定于本周六上午开展楼道杂物清理，请各户提前把堆放的物品搬回家中。"]


@pytest.mark.parametrize("closing", [
    "如有问题，请联系物业办公室处理。",
    "如有疑问或问题，请联系社区服务站李老师处理，电话：0571-86660000。",
    "清理范围详见附件内容。如有问题，请及时联系楼栋长处理。",
    "如有异议，请联系街道民政科处理。",
])
def test_a_notice_closing_contact_sentence_stays(closing):
    doc, report = clean("\n".join([TITLE, *BODY, closing]))
    assert not removed(report, "lead-in.contact-us-to-remove")
    assert texts(doc)[-1] == closing


@pytest.mark.parametrize("notice", [
    "本站文章均来自网络。如有问题请联系处理。",
    "如有问题请联系我们处理。",
    "如有错误请联系站长删改。",
    "本页资料由网友上传，若有不妥请联系我们删除。",
    "若有侵权请来信告知，我们会尽快处理。",
])
def test_the_site_takedown_notice_still_goes(notice):
    doc, report = clean("\n".join([TITLE, *BODY, notice]))
    assert removed(report, "lead-in.contact-us-to-remove") == [notice]
    assert texts(doc) == BODY
