"""head_zone.py: the body's start and end predicted from the text, the document-head forms that keep
a line of the head, and what a rule by place would take. The lines are made up for this test."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from head_zone import head_form, kind_of_tags, taken_by_place, zones

# (kind, line) of a made-up notice page, as load_pages gives them.
PAGE = [
    ("chrome", "网站首页 > 通知公告"),
    ("title", "关于开展秋季校园安全大检查的通知"),
    ("chrome", "浏览次数：86"),
    ("body", "各年级组、各处室："),
    ("body", "为切实做好秋季开学后的校园安全工作，学校决定于九月中旬开展一次安全大检查，现将有关事项通知如下。"),
    ("heading", "一、检查范围"),
    ("body", "教学楼、宿舍楼、食堂及运动场地的消防设施和用电线路，由后勤处逐一登记并限期整改。"),
    ("body", "校办公室"),
    ("chrome", "上一篇：运动会报名"),
    ("chrome", "打印本页"),
]


@pytest.mark.parametrize(("line", "form"), [
    ("各年级组、各处室：", "addressee"),
    ("同学们：", "addressee"),
    ("老师们、同学们，大家上午好！", "greeting"),
    ("新学期好！", "greeting"),
    ("县教体发〔2021〕9号", "doc-number"),
    ("——在全镇春耕备耕动员会上的发言", "subtitle"),
    ("（2019年4月12日）", "bracketed"),
    ("(征求意见稿)", "bracketed"),
    ("会议时间：周四下午两点", "meeting-field"),
    ("记录人：李某", "meeting-field"),
    ("篇二", "sample"),
    ("社区志愿服务活动总结 篇3", "sample"),
    ("二、主要做法", "heading"),
    ("（一）加强组织领导", "heading"),
    ("目  录", "contents"),
])
def test_each_document_head_form_keeps_its_line(line, form):
    assert head_form(line) == form


@pytest.mark.parametrize("line", ["返回首页", "浏览次数：86", "上一篇：运动会报名", "打印本页", "社区志愿服务活动总结"])
def test_chrome_and_a_bare_title_match_no_form(line):
    assert head_form(line) is None


def test_the_body_starts_at_its_first_sentence_and_ends_at_its_last():
    # The addressee is short: the body starts at the sentence under it; "校办公室" is short too,
    # so the body ends at the paragraph above it.
    assert zones(PAGE, 30) == (4, 6)
    # A shorter prose length still finds no sentence in the head's short lines.
    assert zones(PAGE, 16) == (4, 6)
    assert zones([("chrome", "登录"), ("chrome", "注册")], 30) == (2, -1)


def test_a_rule_by_place_takes_the_short_head_and_tail_lines_no_form_keeps():
    # As if no rule of words had run (no output): the head's two chrome lines and the tail's
    # two go; the addressee is kept by its form, the title is never counted; the signature
    # "校办公室" stands in the tail and is taken: the body line a rule by place costs.
    taken = taken_by_place({"lines": PAGE}, None, 30, 12)
    assert taken == {"chrome": 4, "body": 1}
    # Only the lines the pipeline left: a chrome line already gone is not counted again.
    left = ["上一篇:运动会报名", "校办公室"]
    assert taken_by_place({"lines": PAGE}, left, 30, 12) == {"chrome": 1, "body": 1}
    assert taken_by_place({"lines": PAGE}, None, 30, 12, "head") == {"chrome": 2}


def test_annotated_tags_give_the_line_kind():
    assert kind_of_tags("[c:meta-lines]浏览次数：86") == "chrome"
    assert kind_of_tags("[t]关于开展秋季校园安全大检查的通知") == "title"
    assert kind_of_tags("[h1]一、检查范围") == "heading"
    assert kind_of_tags("[s]篇二") == "heading"
    assert kind_of_tags("教学楼{c:injected|1、}的消防设施") == "body"
