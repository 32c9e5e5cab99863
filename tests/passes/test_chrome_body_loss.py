"""Rules that took body text with the chrome they were written for (issue 18, tenth round):
a bare "推荐阅读" near the head of a short text took the text under it (drop-rest), and the
breadcrumb rule took a notice's own link line. Fixtures are written for the project in the forms
real pages take. (Bare names under a title: test_chrome_forms.py.)"""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

BODY = [f"第{n}部分：我们扎实推进各项工作，群众满意度稳步提高。" for n in range(1, 13)]


def test_a_bare_reading_tip_above_a_short_texts_only_paragraph_takes_only_itself():
    # One paragraph of prose under it: no list of other pages holds finished sentences, so the
    # tip cannot be where the page's list starts (everything after it would go).
    text = ("本周六上午九点，社区将在文化广场举办邻里节活动。现场设有义诊、旧物交换和亲子游戏等项目，"
            "欢迎居民朋友们携家人参加。活动期间请大家注意安全，听从工作人员安排。")
    doc, report = clean("\n".join(["关于举办社区邻里节的通知", "推荐阅读", text, "某某社区居委会", "2024年5月6日"]))
    assert texts(doc)[0] == text
    assert "某某社区居委会" in texts(doc)
    assert removed(report, "recommendations.recommended-reading") == ["推荐阅读"]


def test_a_reading_tip_after_the_text_still_takes_the_list_under_it():
    tail = ["推荐阅读", "社区邻里节活动方案", "2024年社区工作计划", "居民公约范本(精选5篇)"]
    doc, report = clean("\n".join(["关于举办社区邻里节的通知", *BODY, *tail]))
    assert texts(doc) == BODY
    assert removed(report, "recommendations.recommended-reading") == tail


def test_a_notices_sign_up_link_near_its_head_is_its_own():
    # A link's path has slashes, which a breadcrumb's steps may have too: a line holding a link
    # is no breadcrumb.
    head = ["报名网址:http://www.example.org/bm/2024/index.html", "咨询电话:0571-12345678"]
    doc, report = clean("\n".join(["关于举办职工技能竞赛的通知", *head, *BODY]))
    assert texts(doc)[0].startswith("报名网址")
    assert not removed(report, "meta-lines.breadcrumb")


def test_a_breadcrumb_parted_by_slashes_still_goes():
    crumb = "首页 / 工作总结 / 党建工作总结"
    doc, report = clean("\n".join(["党建工作总结", crumb, *BODY]))
    assert texts(doc) == BODY
    assert removed(report, "meta-lines.breadcrumb") == [crumb]


def test_an_articles_own_keywords_between_its_opening_and_its_first_section_stay():
    # A short page: the tail is its second half. The keywords line has the article's opening
    # paragraph kept above it and the article going on below: the author's, not the site's.
    opening = "疫情防控转入常态化以后，公众关心的议题发生了明显变化，本文依据问卷数据梳理其类别与走向。"
    keywords = "关键字：议题类别、循证决策、证据基础"
    rest = ["一、研究目的与动机",
            "随着各地恢复正常秩序，居民的关注点从防疫转向就业、教育和医疗，政策研究需要及时回应。"]
    doc, report = clean("\n".join(["从议题类别看公众关切", opening, keywords, *rest]))
    assert keywords in texts(doc)
    assert not removed(report, "meta-lines.keywords")


def test_the_sites_search_words_after_the_text_still_go():
    tail = ["关键词: 先进 个人 事迹 材料 怎么写"]
    doc, report = clean("\n".join(["先进事迹材料怎么写", *BODY, *tail]))
    assert texts(doc) == BODY
    assert removed(report, "meta-lines.keywords") == tail
