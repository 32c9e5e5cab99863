"""A form box's lines above the text (round 53): its short label over its prompt ("选择检索方式" over
"请输入检索词"), a field's error under the prompt ("不能为空"). The label is title-shaped and was taken
for the page's title (a Taiwan agency's news list, a course seller's article page, a price site's
encyclopedia entry). The box's lines are no title; they go as lines above one. A title under a box
the rules know ("站内搜索" over "请输入关键词") is found as before. Fixtures written for the project
(made-up names and content)."""

from __future__ import annotations

from helpers import clean, texts

BODY = [
    "一、本年度信息公开总体情况",
    "（一）机构建设。区政府进一步理顺信息公开工作体制，明确了各部门的专门联络人员。",
    "（二）制度建设。各部门根据实际情况及时更新了公开指南和公开目录。",
]


def test_a_box_label_over_its_prompt_is_no_title():
    doc, report = clean("\n".join(["选择检索方式", "请输入检索词", *BODY]))
    assert report.title is None
    assert texts(doc) == BODY


def test_a_field_error_under_a_prompt_is_no_title():
    doc, report = clean("\n".join(["请先选择所在城区", "不能为空", *BODY]))
    assert report.title is None
    assert texts(doc) == BODY


def test_a_title_under_a_known_search_box_stays_the_title():
    doc, report = clean("\n".join([
        "站内搜索", "请输入关键词", "关于做好春节期间安全工作的通知", "发布时间:2024-01-20 来源:办公室",
        "各科室:", "请在节前完成一次安全检查，并把检查情况报办公室。",
    ]))
    assert report.title == "关于做好春节期间安全工作的通知"
    assert texts(doc) == ["各科室:", "请在节前完成一次安全检查，并把检查情况报办公室。"]


def test_a_guide_step_asking_in_a_sentence_is_no_prompt():
    # ("请输入密码后按确认键。" ends a sentence: a guide's step, the text's own line)
    doc, report = clean("\n".join(["自助终端使用说明", "请输入密码后按确认键。", "机器会打印一张回执，请妥善保管。"]))
    assert report.title == "自助终端使用说明"
    assert texts(doc) == ["请输入密码后按确认键。", "机器会打印一张回执，请妥善保管。"]
