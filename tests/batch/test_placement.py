"""Where removed blocks sat among the kept lines (the review page's in-place view)."""

from __future__ import annotations

from reportfmt.batch.placement import removed_positions


def test_removed_blocks_go_before_the_kept_line_that_followed_them():
    read = ["2023年工作总结", "发布时间:2023-03-03", "一、总体情况", "今年完成了任务,成效明显。",
            "推荐访问:", "版权所有 某网"]
    kept = ["一、总体情况", "今年完成了任务，成效明显。"]  # typeset: full-width comma
    removed = [{"text": "2023年工作总结", "rule": "metadata.title"},
               {"text": "推荐访问:", "rule": "recommendations.recommended-reading"},
               {"text": "发布时间:2023-03-03", "rule": "metadata.date"},
               {"text": "版权所有 某网", "rule": "footer.copyright"},
               {"text": "导航 首页 栏目", "rule": "extract.nav"}]  # dropped before reading
    assert removed_positions(read, kept, removed) == [0, 2, 0, 2, None]


def test_a_line_removed_twice_is_placed_at_each_copy():
    read = ["广告位招租", "第一段正文内容。", "广告位招租", "第二段正文内容。"]
    removed = [{"text": "广告位招租", "rule": "x.ad"}, {"text": "广告位招租", "rule": "x.ad"}]
    assert removed_positions(read, ["第一段正文内容。", "第二段正文内容。"], removed) == [0, 1]
