"""A label closed by its colon alone on its line, its text on the next line, between siblings that
run in at their colon ("2. 参会人员：记录…" / "3. 会议议题：" / its paragraph / "4. 讨论情况：记录…"):
one more label of the list, run in as they are (proofs.colon_label_runins). Fixtures written for
the project: made-up text in the form how-to pages give such a list."""

from __future__ import annotations

from helpers import clean, outline, paras, runins

GUIDE = [
    "值班记录怎么写",
    "值班记录是交接班时最要紧的凭据，写得清楚，下一班的人才接得住。",
    "一、值班记录的作用",
    "出了问题，值班记录是还原经过的第一手材料，也是考核值班人员的依据。",
    "二、值班记录的要素",
    "1. 值班时间：写明起止的日期和钟点，跨夜的要写清两天的日期。",
    "2. 值班人员：写全名，替班的注明替谁。",
    "3. 巡查情况：",
    "按巡查路线逐处记下看到的情况，正常的写正常，异常的写明位置和现象。",
    "4. 处理结果：写明报告了谁、采取了什么措施、现在是什么状态。",
    "三、常见的毛病",
    "只写“一切正常”四个字，等于什么都没写。",
]


def test_a_colon_label_alone_between_run_in_siblings_runs_in_too():
    doc, _ = clean("\n".join(GUIDE))
    assert outline(doc) == [(1, "一、值班记录的作用"), (1, "二、值班记录的要素"), (1, "三、常见的毛病")]
    assert runins(doc) == ["1. 值班时间：", "2. 值班人员：", "3. 巡查情况：", "4. 处理结果："]
    # Its text stays the next paragraph, every character kept.
    assert "按巡查路线逐处记下看到的情况，正常的写正常，异常的写明位置和现象。" in paras(doc)


def test_a_colon_label_over_its_own_items_or_without_run_in_siblings_is_left_as_it_was():
    # Over its own numbered items: the label of a list, as before.
    rows = list(GUIDE)
    rows[rows.index(GUIDE[8])] = "（1）巡查路线上的每一处都要记。"
    doc, _ = clean("\n".join(rows))
    assert "3. 巡查情况：" not in runins(doc)
    # Its siblings stand alone as it does: no run-in list to join.
    rows = [row.split("：")[0] + "：" if row[:2] in ("1.", "2.", "4.") else row for row in GUIDE]
    doc, _ = clean("\n".join(rows))
    assert "3. 巡查情况：" not in runins(doc)
