"""Made-up whole documents whose own lines looked like a page's chrome or a section's name
(round 32): a signer under a report's end mark, a work log's first dated entry, a note's slash
date, a blank form's last field, a résumé's first section. Fixtures written for the project, with
made-up names; each keeps the document's lines and still drops the page's chrome beside it."""

from __future__ import annotations

import pytest

from helpers import clean, outline, texts
from helpers import removed_by as removed

REPORT = ["按照区里的部署，我街道十月开展了两周的消防安全检查，共查商铺一百二十家。",
          "下一步，我们将建立常态化巡查机制。"]


@pytest.mark.parametrize("end", ["（完）", "【完】", "-完-", "——完——", "（全文完）"])
@pytest.mark.parametrize("signer", [["周海"], ["周海、林可"], []])
def test_a_reports_signer_and_date_under_its_end_mark_stay(end, signer):
    # The end mark closes the text as a full stop does: the name and the date under it sign it.
    lines = [*REPORT, end, *signer, "2024年10月28日"]
    doc, _ = clean("\n".join(["东湖街道消防检查情况报告", *lines]))
    assert texts(doc) == lines


def test_a_byline_over_the_text_still_goes():
    doc, report = clean("\n".join(["东湖街道消防检查情况报告", "来源：某某网", "周海、林可", *REPORT]))
    assert texts(doc) == REPORT
    assert removed(report, "meta-lines.byline-names") == ["周海、林可"]


NOTE = ["各位家长：", "本周五下午三点在三楼会议室开家长会，请各位准时参加。"]


@pytest.mark.parametrize("date", ["2024/4/10", "2024/04/10", "2024-4-10"])
@pytest.mark.parametrize("signer", [[], ["三年级二班"]])
def test_a_notes_slash_date_under_its_text_stays(date, signer):
    # Numbers parted by slashes are a date, no crumb of a site's path: dated as with dashes.
    lines = [*NOTE, *signer, date]
    doc, _ = clean("\n".join(["家长会通知", *lines]))
    assert texts(doc) == lines


def test_a_crumb_parted_by_slashes_still_goes():
    doc, report = clean("\n".join(["家长会通知", "首页/通知公告/家长会通知", *NOTE]))
    assert texts(doc) == NOTE
    assert removed(report, "meta-lines.breadcrumb") == ["首页/通知公告/家长会通知"]
