"""Related questions closing an answer page, bare, and a box label above a thread (issue 18, round 46).

A Q&A or keyword site closes its answer with other questions as links, no label over them and no
question mark after them: they go when every line of the run is such a question right under the
answer's last sentence. A document's own questions keep their mark, a question heading has its
text under it, and a run under a line that is no sentence stays. A 猜你喜欢 box's label above a
thread's prose takes none of the prose with it. Fixtures are made up.
"""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "合同到期后单位不续签怎么办"
ANSWER = ["合同到期后单位不再续签的，劳动者可以要求单位支付经济补偿，按工作年限计算。",
          "如果单位拒绝支付，可以先与单位协商，协商不成的，向当地劳动仲裁委员会申请仲裁。"]
QUESTIONS = ["签了两年合同试用期最长多久", "加班费的计算基数是多少", "辞职以后公积金可以取出来吗"]


def test_bare_questions_under_the_answer_go():
    doc, report = clean("\n".join([TITLE, *ANSWER, *QUESTIONS]))
    assert texts(doc) == ANSWER
    assert removed(report, "recommendations.title-list") == QUESTIONS


def test_questions_with_their_marks_stay():
    asked = [question + "？" for question in QUESTIONS]
    doc, _ = clean("\n".join([TITLE, *ANSWER, *asked]))
    assert texts(doc)[-3:] == asked


def test_a_run_that_is_not_all_questions_stays():
    lines = [QUESTIONS[0], "单位年度劳动用工情况说明", QUESTIONS[1]]
    doc, _ = clean("\n".join([TITLE, *ANSWER, *lines]))
    assert texts(doc)[-3:] == lines


def test_a_box_label_over_a_thread_takes_none_of_its_prose():
    posts = ["最近小区的车位越来越紧张，晚上九点以后基本找不到地方停车，大家觉得该怎么办才好呢？",
             "我觉得可以先由业委会牵头做一次摸底调查，再按照抽签的办法来分配，这样比较公平。",
             "消防通道一定要保持畅通，这个是底线。"]
    doc, _ = clean("\n".join(["关于小区停车位分配的讨论帖", "猜你喜欢", *posts]))
    assert texts(doc) == posts
    doc, _ = clean("\n".join(["猜你喜欢", "小区车位怎么分配更公平", "业主委员会的职责有哪些",
                              "物业费上涨需要什么程序", "关于小区停车位分配的讨论帖", *posts]))
    assert texts(doc) == posts
