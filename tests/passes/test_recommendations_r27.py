"""Other pages' titles around the document (issue 18, round 27): a site's box of its latest items
above the text (its label, its bulleted titles; none of them is the page's title), previous/next
links above the text or with a link mark before them, and a list of same-genre titles closing the
page with no label. Near misses stay: a 简报's own 最新动态 section further down, a document's
closing lines that name no genre thrice, a 公告 mark of a real issuer. Fixtures are made up."""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

BOX = ["最新公告", "  • 市协会召开2025年度会员大会", "  • 市协会举办业务骨干培训班",
       "  • 市协会关于开展金融知识宣传月活动的通知"]
TITLE = "社区开展春季消防演练"
BODY = ["三月十日上午，社区组织居民开展消防疏散演练，两百余名居民参加。",
        "演练结束后，消防员讲解了灭火器的使用方法，并解答了居民的提问。",
        "下一步，社区将把消防安全宣传纳入网格员的日常走访内容。"]


def test_a_box_of_latest_items_above_the_text_goes_and_no_item_is_the_title():
    doc, report = clean("\n".join([*BOX, TITLE, *BODY]))
    assert removed(report, "recommendations.news-box-label") == ["最新公告"]
    assert texts(doc) == BODY
    assert doc.get_metadata("title") == TITLE


def test_a_briefings_own_latest_news_section_further_down_stays():
    lines = [TITLE, *BODY, "最新动态", "社区下月将举办邻里节活动，欢迎居民报名参加，报名截止到月底。",
             "社区老年大学秋季班开始招生，开设书法、合唱和太极拳三个班。"]
    doc, _ = clean("\n".join(lines))
    assert "最新动态" in texts(doc)


def test_previous_next_links_above_the_text_or_marked_go():
    lines = ["上一篇：社区党支部工作计划 下一篇：社区消防演练活动总结", TITLE, *BODY,
             "« 上一篇：社区老年协会工作总结", "» 下一篇：社区网格员工作总结", "后一篇：村委会工作总结"]
    doc, report = clean("\n".join(lines))
    assert texts(doc) == BODY
    assert doc.get_metadata("title") == TITLE
    gone = removed(report, "recommendations.previous-next-above") + removed(report, "recommendations.previous-next")
    assert len(gone) == 4


REPORT_TITLE = "2023年社区工作总结"
REPORT = ["今年以来，社区围绕年初确定的目标任务，扎实推进各项工作。",
          "一、主要工作", "社区党委每月召开一次党员大会，全年走访困难家庭一百二十户。",
          "二、存在问题", "服务力量不足，志愿者队伍不稳定，下一步将着力加以解决。"]


def test_a_list_of_same_genre_titles_closing_the_page_goes_without_a_label():
    listed = ["街道社区年度工作总结范文", "▪ 社区网格化管理工作总结", "社区党建工作总结报告", "社区书记个人述职报告"]
    doc, report = clean("\n".join([REPORT_TITLE, *REPORT, *listed]))
    assert removed(report, "recommendations.title-list") == listed
    assert texts(doc)[-1] == REPORT[-1]


def test_a_documents_closing_short_lines_naming_no_genre_stay():
    closing = ["东风社区居民委员会办公室", "联系人王某某与李某某", "二〇二三年十二月二十八日整"]
    doc, _ = clean("\n".join([REPORT_TITLE, *REPORT, *closing]))
    assert texts(doc)[-3:] == closing


def test_a_real_issuers_notice_mark_is_still_read():
    from reportfmt.passes.gongwen import patterns as P
    assert "最新" in P.NOT_ISSUERS and "某某市人民政府" not in P.NOT_ISSUERS


def test_links_to_more_on_the_topic_and_related_searches_after_the_text_go():
    tail = ["更多关于“社区工作总结”的文章", "更多社区工作总结范文请点击这里", "相关搜索：社区工作总结 社区年度总结"]
    doc, report = clean("\n".join([REPORT_TITLE, *REPORT, *tail]))
    assert texts(doc) == REPORT
    assert removed(report, "recommendations.more-on-the-topic") == tail[:2]
    assert removed(report, "recommendations.related-searches") == tail[2:]


def test_a_closing_sentence_on_more_people_stays():
    closing = "下一步，社区将吸引更多居民参与志愿服务，让更多的人受益。"
    doc, _ = clean("\n".join([REPORT_TITLE, *REPORT, closing]))
    assert texts(doc)[-1] == closing
