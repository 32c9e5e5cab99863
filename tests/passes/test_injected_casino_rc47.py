"""A casino's name written where a unit's name stood, told by its shape (issue 18, round 47, rc47).

A hijacked page glues a site code (digits, then a few lower-case letters) before a casino's place or
name (澳门金沙, 澳金沙门…), or writes the casino's name with a flourish and its game hall (…娱乐城,
…娱人城): both are cut, the sentence kept, and the same string goes wherever else the page prints
it. A measure before a place's name, a place and a hall joined by a sentence's words, and a casino
named in a news report's own words stay. Fixtures are made up.
"""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed

RULE = "injected.code-glued-casino-name"
HEAD = "为丰富校园文化生活，经研究，定于四月举办春季趣味运动会。"
TAIL = "请各单位于三月二十日前报送参赛名单。"


@pytest.mark.parametrize(("line", "brand", "kept"), [
    ("请3344qk澳门金沙各基层团支部认真组织报名。", "3344qk澳门金沙", "请各基层团支部认真组织报名。"),
    ("部门：818xyz澳金沙门办公室，联系人周老师。", "818xyz澳金沙门", "部门：办公室，联系人周老师。"),
    ("本次活动由金沙湾娱乐城团委承办。", "金沙湾娱乐城", "本次活动由团委承办。"),
    ("5月9日，葡京青禾欢乐娱人城副院长带队来访。", "葡京青禾欢乐娱人城", "5月9日，副院长带队来访。"),
])
def test_a_casino_name_where_a_unit_stood_is_cut_and_the_sentence_kept(line, brand, kept):
    doc, report = clean("\n".join(["关于举办春季趣味运动会的通知", "各学院：", HEAD, line, TAIL]))
    assert kept in texts(doc)
    assert removed(report, RULE) == [brand]


def test_the_name_goes_from_the_title_and_the_byline_too():
    brand = "金沙湾娱乐城"
    lines = [f"{brand}召开新学期第一次院务会议", f"日期：2024年02月26日  来源：{brand}",
             f"2月26日，{brand}召开新学期第一次院务会议，部署本学期重点工作。", TAIL]
    doc, report = clean("\n".join(lines))
    assert all(brand not in text for text in texts(doc))
    assert brand not in (report.title or "")
    assert "2月26日，召开新学期第一次院务会议，部署本学期重点工作。" in texts(doc)


@pytest.mark.parametrize("line", [
    "本月完成了110kv金沙变电站的主变检修，线路运行平稳。",
    "游客可沿金沙江畔的欢乐城步行街一路游览。",
    "据统计，澳门金沙等大型综合度假村的客房入住率有所回升。",
    "新建的20ab教学楼与金沙路相邻，交通便利。",
])
def test_a_measure_a_sentence_and_a_report_about_a_casino_stay(line):
    doc, report = clean("\n".join(["工作简报", HEAD, line, TAIL]))
    assert line in texts(doc)
    assert removed(report, RULE) == []


STAMP = "injected.joined-name-site-stamp"


@pytest.mark.parametrize(("line", "stamp", "kept"), [
    ("按照上级统一安排,qinghuyun体育_青湖运官网@:东岭镇人民政府汇总了全年工作情况。",
     "qinghuyun体育_青湖运官网@:", "按照上级统一安排，东岭镇人民政府汇总了全年工作情况。"),
    ("乐游-LY游官方网站,奋进吧,青春!——年度学生会工作总结", "乐游-LY游官方网站,", "奋进吧，青春!——年度学生会工作总结"),
])
def test_a_joined_latin_and_chinese_name_with_its_way_in_is_cut(line, stamp, kept):
    doc, report = clean("\n".join(["年度工作报告", line, "本报告中的数据统计自1月1日起至12月31日止。"]))
    assert kept in texts(doc)
    assert removed(report, STAMP) == [stamp]


@pytest.mark.parametrize("line", [
    "请登录Apple-苹果官网查询保修期限。",
    "具体要求详见WPS-金山办公官网的说明。",
    "学校招生办官网将于六月公布录取分数线。",
])
def test_an_address_a_sentence_governs_stays(line):
    doc, report = clean("\n".join(["工作简报", HEAD, line, TAIL]))
    assert line in texts(doc)
    assert removed(report, STAMP) == []
