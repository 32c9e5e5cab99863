"""Page titles on pages whose form no earlier rule saw: a 文库/范文 page flattened to one line that
opens with its document's name, a unit's name heading the page over its title, a page with no
title line that opens on its first section's name. Fixtures are made-up text in the sites' forms."""

from __future__ import annotations

import pytest

from helpers import clean, texts
from reportfmt.passes.title_forms import flattened_title, glued_title_end


@pytest.mark.parametrize(("line", "title", "gone"), [
    # The name printed twice, parted by a blank, then the text.
    ("食堂卫生管理制度 食堂卫生管理制度 为保证师生饮食安全，特制定本制度。",
     "食堂卫生管理制度", "食堂卫生管理制度 食堂卫生管理制度 "),
    # Glued twice after the first page chunk's number (the number stays for the chunk pass).
    ("1、班主任工作的基本方法班主任工作的基本方法班主任是班级的组织者，",
     "班主任工作的基本方法", "班主任工作的基本方法班主任工作的基本方法"),
    # The name with its count, then the first sample's marker in any bracket.
    ("植树节活动方案(6篇)(篇一)为增强环保意识，", "植树节活动方案(6篇)", "植树节活动方案(6篇)"),
    ("安全生产工作总结【精选3篇】篇1 今年以来，", "安全生产工作总结【精选3篇】", "安全生产工作总结【精选3篇】"),
    ("家长会发言稿（通用5篇）第1篇：各位家长，", "家长会发言稿（通用5篇）", "家长会发言稿（通用5篇）"),
])
def test_a_flattened_page_opens_with_its_documents_name(line, title, gone):
    start, title_end, end = flattened_title(line)
    assert (line[start:title_end], line[start:end]) == (title, gone)


@pytest.mark.parametrize("line", [
    "加强学习加强学习的意义在于提高本领。",  # a short phrase said twice opens a sentence
    "植树节活动方案(6篇)为增强环保意识，",  # a count but no sample's marker after it
    "植树节活动方案(6篇)(篇三)为增强环保意识，",  # a later sample: the page began earlier
    "今天天气很好，今天天气很好。",
])
def test_a_line_opening_otherwise_gives_no_name(line):
    assert flattened_title(line) is None


def test_a_genre_word_then_selling_words_before_a_salutation_ends_the_name():
    line = "社区重阳敬老活动主持词范文 尊敬的各位领导、各位长辈：大家上午好。"
    assert line[:glued_title_end(line)] == "社区重阳敬老活动主持词范文"
    assert glued_title_end("大家好 亲爱的同学们：今天我演讲的题目是《珍惜时间》。") is None


def test_a_flattened_pages_doubled_name_goes_to_the_title_and_the_text_stays():
    doc, report = clean("图书室借阅管理制度 图书室借阅管理制度 为规范图书借阅，特制定本制度。"
                        "一、借书须凭借阅证。二、每次限借两册。")
    assert report.title == "图书室借阅管理制度"
    assert texts(doc)[0].startswith("为规范图书借阅，特制定本制度。")
    assert {"text": "图书室借阅管理制度 图书室借阅管理制度", "rule": "metadata.title"} in report.removed


def test_a_flattened_samples_page_keeps_its_count_in_the_title_and_its_first_marker():
    doc, report = clean("消防演练活动方案(3篇)(篇一)为提高师生应急能力，学校决定开展消防演练。"
                        "一、演练时间本月十日上午。(篇二)为检验物业应急预案，小区将组织一次演练。")
    assert report.title == "消防演练活动方案(3篇)"
    assert "".join(texts(doc)).startswith("(篇一)") or "篇一" in texts(doc)[0]
    assert "为检验物业应急预案，小区将组织一次演练。" in "".join(texts(doc))


def test_a_credited_name_after_the_first_chunks_number_is_the_title_and_stays_in_the_chunk():
    page = ("《关于农村道路养护情况的调查报告.doc》由会员分享,可在线阅读,更多相关《关于农村道路养护情况的调查报告"
            ".doc(6页珍藏版)》请在某某文库上搜索。\n"
            "1、关于农村道路养护情况的调查报告为摸清全县农村道路养护底数，交通局组织人员深入各乡镇，走访了沿线"
            "群众和养护站，查看了路面、边沟和桥涵的现状，召开了四次座谈会，听取了乡镇干部和养护工人的意见，"
            "发放问卷二百份，现将调查情况\n"
            "2、报告如下。全县农村公路总里程一千二百公里，其中县道三百公里，乡道五百公里，村道四百公里，养护任务"
            "十分繁重。从调查情况看，县道养护总体较好，乡道和村道问题较多，路面破损、边沟堵塞的现象在各乡镇\n"
            "3、普遍存在人员不足、资金短缺的问题，需要统筹解决。")
    doc, report = clean(page)
    assert report.title == "关于农村道路养护情况的调查报告"
    body = texts(doc)
    # The name stays in its chunk: chunks cut at one width are joined by it (linebreaks).
    assert body[0].startswith("关于农村道路养护情况的调查报告为摸清全县农村道路养护底数")
    assert not any(text.startswith(("1、", "2、", "3、")) for text in body)


def test_a_units_name_heading_the_page_is_not_half_of_the_title():
    doc, report = clean("跳到主要內容區\n某某縣立東山國民中學\n學生請假管理辦法\n某某縣立東山國民中學學生請假管理辦法\n"
                        "110年8月20日校務會議通過\n一、為維護學生受教權益，特訂定本辦法。\n二、學生請假應事先辦理。")
    assert report.title == "學生請假管理辦法"
    body = texts(doc)
    assert "某某縣立東山國民中學學生請假管理辦法" not in body  # the unit's print of the title goes too
    assert body[0] == "110年8月20日校務會議通過"


def test_a_page_opening_on_its_first_section_name_has_no_title():
    doc, report = clean("研究背景\n近年来，社区养老需求持续增长，我们对三个社区做了走访。\n"
                        "研究方法\n采用问卷和访谈相结合的方式，共回收问卷八十份。\n"
                        "主要结论\n多数老人希望在家门口得到助餐和陪护服务。")
    assert report.title is None
    assert texts(doc)[0] == "研究背景"


def test_a_title_over_its_lead_and_its_sections_is_still_the_title():
    _doc, report = clean("社区居家养老服务调研报告\n近年来，社区养老需求持续增长，我们对三个社区做了走访。\n"
                        "研究方法\n采用问卷和访谈相结合的方式，共回收问卷八十份。\n"
                        "主要结论\n多数老人希望在家门口得到助餐和陪护服务。")
    assert report.title == "社区居家养老服务调研报告"


@pytest.mark.parametrize("image", [
    "会议室使用管理规定_第1页",
    "![会议室使用管理规定_第1页](http://img.example.com/p1.png)",
])
def test_the_first_page_images_name_opening_the_text_is_the_title(image):
    page = (f"{image}\n已阅读1页,还剩2页未读 继续免费阅读\n文档简介\n"
            "会议室使用管理规定模板为合理安排会议室，提高使用效率，制定本规定。一、会议室由行政部统一管理，"
            "各部门使用前须在系统中预约。二、使用完毕后应关闭电源，恢复桌椅原位。三、对外接待优先安排。"
            "四、本规定自印发之日起施行，由行政部负责解释。")
    doc, report = clean(page)
    assert report.title == "会议室使用管理规定"
    assert texts(doc)[0].startswith("为合理安排会议室")  # the name and the selling word after it go
    assert any(r["rule"] == "metadata.title" and r["text"] == "会议室使用管理规定模板" for r in report.removed)


@pytest.mark.parametrize("crumb", ["首页范文大全工作总结个人工作总结", "首页 学习园地 心得体会", "網站首頁 校園公告",
                                   "首页理论教育公文写作"])
def test_a_breadcrumb_from_the_home_page_without_separators_is_no_title(crumb):
    doc, report = clean(f"{crumb}\n2023年度个人学习心得\n发布时间：2023-12-01\n"
                        "今年以来，我认真参加支部组织的各项学习，收获很大，现将心得体会如下。")
    assert report.title == "2023年度个人学习心得"
    assert crumb not in texts(doc)


def test_a_documents_name_opening_on_the_word_home_page_is_still_a_title():
    _doc, report = clean("首页设计规范\n一、首页的栏目不超过八个。\n二、首屏须有搜索框。")
    assert report.title == "首页设计规范"


def test_a_tables_column_names_opening_a_page_are_no_menu_and_no_title_follows():
    doc, report = clean("序号 工作任务 责任单位 完成时限\n1 清理楼道杂物 物业公司 12月底\n"
                        "2 更换损坏路灯 社区居委会 11月底")
    assert report.title is None
    assert "".join(texts(doc)[0].split()) == "序号工作任务责任单位完成时限"  # the header row stays


def test_a_line_ending_with_the_first_samples_marker_is_that_samples_heading_not_a_flattened_title():
    # The page's title line was lost: the first sample's marker, with the page's count, opens it.
    line = "秋季运动会心得体会(通用6篇)篇一"
    assert flattened_title(line) is None
    page = [line, "这次运动会上，我们班的接力队跑出了全年级第二名的好成绩，大家都很兴奋。",
            "比赛前一周，我们每天放学后都留下来练习交接棒，一点点磨合出了默契。"]
    doc, report = clean("\n".join(page))
    assert report.title is None
    assert texts(doc)[0] == "秋季运动会心得体会（通用6篇）篇一"
