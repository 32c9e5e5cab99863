"""Meta lines of forms left on own-tune pages (issue 18, round 46, mt46): a page's posting date
alone under its headline in the other spellings templates give it (day first, a feed's timestamp,
the month and day alone); markup cut at its start alone on a line (a tag's tail, a comment's
close). A log's dated entries, a notice's date under its signer and an arrow inside a line stay.
(Writers' names alone in brackets closing a news item were tried and dropped: web-gold's human
gold keeps them as the article's text.) Fixtures are made up.
"""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

NEWS = ["青禾县举办首届乡村篮球联赛",
        "五月二十日，青禾县首届乡村篮球联赛在县体育馆开幕，来自十二个乡镇的球队参加比赛。",
        "本次联赛分小组赛和淘汰赛两个阶段，预计六月中旬决出冠军。",
        "县体育局负责人表示，联赛将每年举办一次，推动乡村体育活动常态化开展。"]


def test_a_machine_date_in_another_spelling_under_the_headline_goes():
    for stamp in ("14/03/2025", "5/9/2024", "2021-05-23T10:15:41+08:00", "2022-11-02T08:00Z", "06-03"):
        doc, report = clean("\n".join([NEWS[0], stamp, *NEWS[1:]]))
        assert removed(report, "meta-lines.date-line") == [stamp], stamp
        assert texts(doc) == NEWS[1:], stamp


def test_a_log_dated_day_first_keeps_its_dates():
    log = ["实习日志", "03/03/2025", "上午跟随师傅熟悉车间的设备，记下了每台机床的操作要点。",
           "04/03/2025", "下午独立完成了两个零件的粗加工，师傅检查后指出了尺寸误差。"]
    doc, _report = clean("\n".join(log))
    assert "03/03/2025" in texts(doc)
    assert "04/03/2025" in texts(doc)


def test_a_notices_date_under_its_signer_stays():
    notice = ["关于暂停开放图书馆的通知", "各位读者：",
              "因馆内线路检修，本馆定于本周六暂停开放一天，周日起恢复正常开放。", "特此通知。",
              "青禾县图书馆办公室", "14/03/2025"]
    doc, _report = clean("\n".join(notice))
    assert "14/03/2025" in texts(doc)


def test_a_score_in_the_text_stays():
    lines = [*NEWS[:2], "比分定格在56-48，青禾镇队晋级下一轮。", *NEWS[2:]]
    doc, _report = clean("\n".join(lines))
    assert texts(doc) == lines[1:]


def test_markup_cut_at_its_start_alone_on_a_line_goes():
    for debris in ("p>", "/p>", "br/>", "-->", "---->", "<!--"):
        doc, report = clean("\n".join([*NEWS[:2], debris, *NEWS[2:]]))
        assert removed(report, "markup.cut-tag-line") == [debris], debris
        assert texts(doc) == NEWS[1:], debris


def test_an_arrow_inside_a_line_stays():
    line = "办理流程：提交申请 --> 窗口受理 --> 审核办结。"
    doc, _report = clean("\n".join([*NEWS[:2], line, *NEWS[2:]]))
    assert line in texts(doc)
