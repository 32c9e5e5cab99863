"""Rules merged on their form (issue 18, round 39): one rule where several rules each named one
site's wording of the same line. Each form's wordings go, and the near misses stay. Fixtures are
written for the project with made-up words."""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "青禾镇开展秋季森林防火宣传"
BODY = ["10月11日，青禾镇在各村开展秋季森林防火宣传，发放宣传册一千余份。",
        "镇里组织志愿者入户讲解野外用火规定，提醒群众不在林区焚烧秸秆。",
        "下一步，镇里将加强巡查，确保全镇森林资源安全。"]


def test_a_blog_engines_comments_closed_line_goes_in_every_wording():
    for closed in ("2024年4月23日09:41:07青禾镇防火宣传已关闭评论",
                   "2024-04-23 青禾镇防火宣传 留言已被关闭",
                   "2024年4月23日 評論已關閉",
                   "评论已关闭"):
        doc, report = clean("\n".join([TITLE, *BODY, closed]))
        assert removed(report, "meta-lines.comments-closed") == [closed], closed
        assert texts(doc) == BODY, closed


def test_a_title_with_closed_comments_but_no_date_stays():
    for line in ("青禾镇防火宣传评论已关闭", "因系统升级，本站评论已关闭。"):
        _doc, report = clean("\n".join([TITLE, *BODY, line]))
        assert not removed(report, "meta-lines.comments-closed"), line
