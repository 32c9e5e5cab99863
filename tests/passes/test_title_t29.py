"""Title lines by form (round 29): a title line carrying the first sample's number, a count of
samples printed before the title. Fixtures written for the project (made-up names and content)."""

from __future__ import annotations

import pytest

from helpers import clean, texts
from reportfmt.passes.title_forms import clean_title
from reportfmt.passes.title_shape import first_sample_title

OPENING = "今年以来，我所围绕“办事不出村”的目标，在全镇九个村设立代办点，群众办事少跑了很多路。"


@pytest.mark.parametrize(("line", "title"), [
    ("2023年便民服务工作总结六篇1", "2023年便民服务工作总结六篇"),  # the count stays, the number goes
    ("便民服务代办点工作总结 (篇1)", "便民服务代办点工作总结"),
    ("农机维修服务合同范本篇1", "农机维修服务合同范本"),
    ("便民服务代办点工作总结（篇一）", "便民服务代办点工作总结"),
    # No first sample's number glued or bracketed after a title: no title from the line.
    ("便民服务代办点工作总结 篇1", None),  # the marker apart after a blank: a sample's heading
    ("便民服务代办点工作总结篇2", None),  # a later sample
    ("篇1", None),
    ("便民服务代办点工作总结1", None),
])
def test_a_title_line_with_the_first_samples_number(line, title):
    assert first_sample_title(line) == title


def test_the_first_line_carrying_the_first_samples_number_is_the_title():
    doc, report = clean("\n".join(["便民服务代办点工作总结 (篇1)", OPENING]))
    assert report.title == "便民服务代办点工作总结"
    assert texts(doc) == [OPENING]


def test_after_a_lead_in_the_first_samples_line_is_no_title():
    lead = "下面是小编为大家整理的便民服务工作总结，供大家参考。"
    _, report = clean("\n".join([lead, "便民服务代办点工作总结篇1", OPENING]))
    assert report.title != "便民服务代办点工作总结"


@pytest.mark.parametrize(("line", "title"), [
    ("(12篇)2024年村级便民服务工作材料汇编", "2024年村级便民服务工作材料汇编"),
    ("【精选8篇】村级便民服务工作总结", "村级便民服务工作总结"),
    # A count after the title is the title's, as the page prints it.
    ("村级便民服务工作总结(通用8篇)", "村级便民服务工作总结(通用8篇)"),
    # "第12篇" is an ordinal, no count.
    ("(第12篇)村级便民服务工作总结", "(第12篇)村级便民服务工作总结"),
])
def test_a_count_before_the_title_goes(line, title):
    assert clean_title(line) == title


# A forum thread: the browser title, login links, then the view/reply counter over the thread's title.
THREAD = ["# 村级代账经验分享 - 经验交流 - 某某乡镇论坛 - Powered by Discuz!", "找回密码", "立即注册",
          "只需一步,快速开始", "村务公开栏目索引 财务制度索引", "查看: 2231|回复: 17",
          "[转帖] 村级代账经验分享", "[复制链接]"]
POST = "我们镇从前年开始把各村的账目统一交给代账中心，这两年下来有几点体会，写出来和大家交流。"


def test_the_title_under_a_threads_counter():
    _, report = clean("\n".join([*THREAD, POST]))
    assert report.title == "村级代账经验分享"


def test_no_title_under_a_counter_followed_by_the_text():
    lines = ["查看: 2231|回复: 17", POST, "第二段话也写在这里，说明代账中心每月对账一次。"]
    doc, report = clean("\n".join(lines))
    assert not report.title
    assert POST in texts(doc)


def test_an_original_title_note_with_no_title_above_names_the_page():
    lines = ["来源:某某在线", "2024-05-06 10:26:41", "原标题:某某支部开展“读书分享月”活动", "来源:某某在线",
             "某某在线讯 为推进书香支部建设，某某支部在读书日前后组织党员分享读书体会。"]
    doc, report = clean("\n".join(lines))
    assert report.title == "某某支部开展“读书分享月”活动"
    assert ["".join(t.split()) for t in texts(doc)] == ["".join(lines[-1].split())]


def test_an_original_title_note_under_the_title_is_no_title():
    lines = ["一件小提案如何推动解决大民生", "原标题:一件社情民意提案的办理之路",
             "每年两会前后，委员们的提案都会被分送到承办单位，逐件办理答复。"]
    _, report = clean("\n".join(lines))
    assert report.title == lines[0]


@pytest.mark.parametrize(("line", "title"), [
    ("社区秋季趣味运动会实施方案 为丰富居民生活,社区拟于十月举办趣味运动会。", "社区秋季趣味运动会实施方案"),
    ("2023防汛安全教育活动总结5篇 汛期临近,学校把防汛安全教育放在首位。", "2023防汛安全教育活动总结5篇"),
])
def test_a_documents_name_glued_to_its_opening_sentence_by_a_blank(line, title):
    doc, report = clean("\n".join([line, "一、活动时间", "十月十二日上午。"]))
    assert report.title == title
    assert texts(doc)[0].startswith(("为", "汛期"))


def test_a_name_without_its_genre_before_a_sentence_is_no_title():
    line = "枫林社区加装电梯意见征集情况 本月共收到居民意见四十二条,其中赞成加装的三十五条。"
    _, report = clean("\n".join([line, "下一步,社区将逐栋召开协调会。"]))
    assert report.title is None


def test_a_converted_pages_label_is_measured_without_its_glosses():
    # A machine-converted page: every few characters carry their pinyin in brackets.
    lines = ["官方(fāng)微信公眾(zhòng)號", "醫院動態", "我院康復中心正式開診",
             "3月8日,我院康復中心在門診樓二樓正式開診(zhěn),首日接診患者三十餘人,康復中心設床位二十張。",
             "康復中心配備物理治療室和作業治療室,患者在門診完成評估後按預約時間入院治療。"]
    _, report = clean("\n".join(lines))
    assert report.title == "我院康復中心正式開診"


HACKED = ["午夜片场在线看_高清影视免费看_热门剧集抢先看_最新综艺天天看", "您的位置:首页 > 快讯 >",
          "专题报道:“沙窝村”里的驻村日记", "原标题:“沙窝村”里的驻村日记",
          "刚来的时候,我以为最难的是干农活,后来才知道最难的是让乡亲们把心里话说出来。这是驻村日记的第一页。"]


def test_a_chain_of_search_phrases_is_no_title_and_a_column_goes_before_the_original_title():
    _, report = clean("\n".join(HACKED))
    assert report.title == "“沙窝村”里的驻村日记"


def test_a_browser_title_naming_the_text_is_no_chain():
    lines = ["沙窝村驻村日记_驻村纪实_某某新闻网", HACKED[-1]]
    _, report = clean("\n".join(lines))
    assert report.title == "沙窝村驻村日记"
