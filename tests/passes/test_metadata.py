"""Metadata pass: title and date lines become metadata; the lines are recorded as removed."""

from __future__ import annotations

import pytest

from helpers import clean, texts
from reportfmt.passes.metadata import normalise_date, strip_site_suffix


def test_title_line_and_date_line_become_metadata():
    doc, report = clean("2023年科技园工业党建工作总结\n发布时间:2023-03-03 19:55:05\n正文第一段。")
    assert report.title == "2023年科技园工业党建工作总结"
    assert report.date == "2023-03-03"
    assert doc.get_metadata("title") == "2023年科技园工业党建工作总结"
    assert doc.get_metadata("date") == "2023-03-03"
    assert doc.get_metadata("lang") == "zh-Hans"
    assert texts(doc) == ["正文第一段。"]
    assert [r["rule"] for r in report.removed] == ["metadata.title", "metadata.date"]


def test_a_first_line_that_is_a_sentence_is_not_a_title():
    doc, report = clean("今年以来，我们认真落实各项工作。\n第二段。")
    assert report.title is None
    assert texts(doc)[0] == "今年以来，我们认真落实各项工作。"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("发布时间:2023-03-03 19:55:05", "2023-03-03"),
        ("日期：2021年7月9日", "2021-07-09"),
        ("更新时间 2020/1/2", "2020-01-02"),
        ("时间:2019.12.31", "2019-12-31"),
    ],
)
def test_date_forms_are_normalised(text, date):
    assert normalise_date(text) == date


def test_date_in_body_text_is_not_taken():
    doc, report = clean("工作总结\n2023年3月3日，我们召开了会议。")
    assert report.date is None
    assert "2023年3月3日，我们召开了会议。" in texts(doc)


def test_site_suffix_is_stripped_from_title():
    assert strip_site_suffix("2023年工作总结_众一秘书网") == "2023年工作总结"
    assert strip_site_suffix("2023年工作总结 - 范文网") == "2023年工作总结"
    assert strip_site_suffix("关于加强管理的通知") == "关于加强管理的通知"
    # A short name after a dash is a site only after a title much longer than it.
    assert strip_site_suffix("益阳：“数字”是优长-半月谈") == "益阳：“数字”是优长"
    assert strip_site_suffix("开发文档-编程规范") == "开发文档-编程规范"
    # Which page of the site's article this is: "(第3/4页)", "_第2页".
    assert strip_site_suffix("乡镇长在重点工作会上的讲话汇编-13篇(第3/4页)") == "乡镇长在重点工作会上的讲话汇编-13篇"
    assert strip_site_suffix("安全救援应急预案_第2页") == "安全救援应急预案"
    assert strip_site_suffix("第2页") == "第2页"


def test_a_wrapped_first_body_line_or_a_dated_field_is_no_title():
    from helpers import clean
    wrapped = "报告是向上级陈述事项的文种，属于上行文。它适用于向上级机关"
    doc, report = clean("\n".join([wrapped, "汇报工作，反映情况，答复上级机关的询问。", "正文第二段。"]))
    assert doc.get_metadata("title", default=None) is None
    doc, report = clean("\n".join(["会议时间:2025年4月5日 上午9:00", "会议地点:村委会会议室", "一、会议议程"]))
    assert doc.get_metadata("title", default=None) is None
    assert not report.removed


def test_a_dated_example_inside_a_writing_guide_is_no_page_date():
    # The guide's text has begun (a statement, a numbered section) before its example's date.
    page = ["读书会方案怎么写？", "读书会方案要写清目的、安排和分工。下面举一个例子:", "一、基本结构",
            "活动名称:青年读书会", "时间:2024年5月20日", "地点:市图书馆报告厅"]
    doc, report = clean("\n".join(page))
    assert report.date is None
    assert doc.get_metadata("date", default=None) is None
    assert not [r for r in report.removed if r["rule"] == "metadata.date"]
    # (The line itself is still dropped by the chrome rule meta-lines.field-fact, whose `head`
    # is the first characters of the page whether or not the text has begun: left to that rule.)


def test_a_dated_example_span_inside_a_writing_guide_stays():
    page = ["读书会方案怎么写？", "读书会方案要写清目的、安排和分工。下面举一个例子:", "一、基本结构",
            "活动名称:青年读书会", "时间:2024年5月20日-22日", "地点:市图书馆报告厅"]
    doc, report = clean("\n".join(page))
    assert report.date is None
    assert "时间:2024年5月20日-22日" in texts(doc)


def test_a_span_of_days_at_the_top_is_an_events_time_not_the_pages_date():
    doc, report = clean("青年读书会活动安排\n时间:2024年5月20日-22日\n各团支部要按时组织团员参加。")
    assert report.date is None
    assert "时间:2024年5月20日-22日" in texts(doc)


def test_a_meetings_head_line_with_its_place_and_chair_is_body_not_the_pages_date():
    page = ("河湾社区居委会会议纪要\n时间:2023年5月6日 地点:三楼会议室 主持人:王某\n"
            "参加人员:社区两委成员\n会议议定了以下事项。")
    doc, report = clean(page)
    assert report.date is None
    assert any(t.startswith("时间:2023年5月6日") and "三楼会议室 主持人" in t for t in texts(doc))
    # the site's own date line above such a head is still the page's date
    _doc, report = clean("河湾社区居委会会议纪要\n发布时间:2023-05-08 09:00\n" + page.split("\n", 1)[1])
    assert report.date == "2023-05-08"


def test_a_date_line_under_a_question_title_is_still_the_pages_date():
    _doc, report = clean("读书会方案怎么写？\n发布时间:2024-03-08 10:20\n读书会方案要写清目的、安排和分工。")
    assert report.date == "2024-03-08"


def test_a_first_line_cut_out_of_a_sentence_is_no_title():
    # The page's text starts mid-sentence; its first line leaves a quotation open.
    first = "尽量避免写成“上级怎么说就怎么做”“年年一个"
    doc, report = clean("\n".join([first, "样”的情况。", "二、写问题要具体。"]))
    assert report.title is None
    assert texts(doc)[0] == first


def test_a_chapter_number_glued_to_its_name_over_its_sections_is_no_title():
    doc, report = clean("\n".join(["1总则", "1.1编制目的", "为规范全厂突发事件的应急处置，制定本预案。"]))
    assert report.title is None
    assert texts(doc)[0] == "1总则"


def test_the_first_samples_marker_under_a_lead_in_announcing_samples_is_no_title():
    lead_in = "年终将至，总结该怎么写呢？下面是小编为大家整理的社区年终工作总结范文三篇，供大家参考。"
    doc, report = clean("\n".join([lead_in, "社区年终工作总结1", "今年以来，社区围绕居民需求开展了各项服务工作。"]))
    assert report.title is None
    assert "社区年终工作总结1" in texts(doc)


def test_a_document_name_above_a_collected_documents_title_is_the_pages_title():
    # A 文库 page titled by one document lists another it collects, its title printed twice.
    collected = "班组安全生产目标责任书范例"
    page = ["车间安全考核实施方案", "合集下载", collected, collected,
            "为落实安全生产责任制，明确班组安全目标，特签订本责任书。", "一、考核目标"]
    doc, report = clean("\n".join(page))
    assert report.title == "车间安全考核实施方案"
    assert texts(doc)[0] == collected
    assert [r["text"] for r in report.removed if r["rule"] == "title.repeated-title"] == [collected]


def test_a_notices_title_above_its_issuer_and_date_is_the_title_and_the_issuer_its_publisher():
    page = ["关于做好秸秆禁烧工作的通知", "某某县生态环境局", "2024-03-01",
            "各乡镇人民政府：", "为切实改善空气质量，现就做好秸秆禁烧工作通知如下。"]
    doc, report = clean("\n".join(page))
    assert report.title == "关于做好秸秆禁烧工作的通知"
    assert doc.get_metadata("publisher") == "某某县生态环境局"
    assert ("某某县生态环境局", "meta-lines.issuer") in [(r["text"], r["rule"]) for r in report.removed]
    assert texts(doc)[0] == "各乡镇人民政府："


def test_the_document_name_above_the_date_not_the_channel_above_the_breadcrumb_is_the_title():
    page = ["校园要闻", "当前位置: 首页 - 校园要闻 - 正文", "关于开展秋季学期安全大检查的实施方案",
            "发布时间:2023-09-05 作者: 点击:", "为保障师生安全，学校决定开展秋季学期安全大检查。"]
    doc, report = clean("\n".join(page))
    assert report.title == "关于开展秋季学期安全大检查的实施方案"
    assert "校园要闻" not in texts(doc)


def test_a_document_name_under_the_sites_short_lines_is_the_title():
    page = ["信息公开", "某某基金会项目资金管理办法", "第一条 为规范项目资金管理，制定本办法。"]
    doc, report = clean("\n".join(page))
    assert report.title == "某某基金会项目资金管理办法"
    assert texts(doc) == ["第一条 为规范项目资金管理，制定本办法。"]


def test_a_title_glued_to_its_first_section_is_no_document_name_under_a_menu():
    page = ["信息公开", "防汛抢险应急预案一、防汛抢险应急预案", "为做好防汛工作，制定本预案。"]
    doc, report = clean("\n".join(page))
    assert report.title != "防汛抢险应急预案一、防汛抢险应急预案"
    assert any("一、防汛抢险应急预案" in t for t in texts(doc))


def test_a_notice_pages_head_run_into_its_titles_lines_is_not_the_title():
    # The 公文 recogniser joins up to four lines into a title; a breadcrumb is never part of one,
    # nor the site's lines above it, nor the channel the breadcrumb ends with, printed again.
    page = ["设为首页 | 加入收藏", "某某县农业农村局", "当前位置: 首页 > 政务公开 > 通知公告",
            "县农业农村局关于开展春季农机安全检查的通知", "来源:某某县农业农村局发布时间:2023-03-02阅读次数:",
            "各乡镇农机站:", "为做好春耕期间农机安全生产工作，现就有关事项通知如下:",
            "一、各站要在3月底前完成辖区农机的安全检查。", "二、检查中发现的隐患要当场登记、限期整改。",
            "某某县农业农村局", "二〇二三年三月一日"]
    doc, report = clean("\n".join(page))
    assert report.title == "县农业农村局关于开展春季农机安全检查的通知"
    rules = {r["text"]: r["rule"] for r in report.removed}
    assert rules["设为首页 | 加入收藏"] == "meta-lines.above-title"
    assert rules["当前位置: 首页 > 政务公开 > 通知公告"] == "meta-lines.above-title"
    assert rules["县农业农村局关于开展春季农机安全检查的通知"] == "metadata.title"
    assert texts(doc)[0] == "各乡镇农机站:"


def test_the_channel_a_breadcrumb_ends_with_printed_under_it_is_no_part_of_the_title():
    page = ["通知公告", "您所在的位置: 首页» 首页栏目» 通知公告", "通知公告", "关于做好今年防汛值班工作的通知",
            "各院系，各部门:", "为确保汛期安全，现将值班安排通知如下:", "一、值班时间为6月1日至9月30日。",
            "二、值班人员要坚守岗位。", "后勤管理处", "2022年5月28日"]
    _doc, report = clean("\n".join(page))
    assert report.title == "关于做好今年防汛值班工作的通知"
    assert {"text": "通知公告", "rule": "meta-lines.above-title"} in report.removed


def test_an_accounts_byline_over_the_date_is_not_the_title_above_it_is():
    page = ["阅读原文", "观点", "会议纪要写作:做到“短而实”", "青禾 某某写作研究社", "2024-05-06",
            "会议纪要要短，更要实。本文从三个方面谈谈做法。"]
    doc, report = clean("\n".join(page))
    assert report.title == "会议纪要写作:做到“短而实”"
    assert {"text": "青禾 某某写作研究社", "rule": "meta-lines.byline"} in report.removed
    assert texts(doc) == ["会议纪要要短，更要实。本文从三个方面谈谈做法。"]


def test_a_title_of_two_blank_parted_names_over_the_date_is_still_the_title():
    # Nothing title-marked above it: the blank-parted line is the page's own title.
    _doc, report = clean("班组安全日志 安全日志\n2024-05-06\n今天班组完成了三项检查。")
    assert report.title == "班组安全日志 安全日志"


def test_a_title_under_a_document_sites_facts_is_found_however_many_they_are():
    # Each fact line is looked past and does not use up the title search's window.
    page = ["- 2", "- 0", "- 约2.1千字", "- 约 5页", "- 2024-03-02 发布于江苏", "- 举报", "村委会换届选举工作总结",
            "今年以来，我村按照镇党委部署，顺利完成了换届选举。"]
    doc, report = clean("\n".join(page))
    assert report.title == "村委会换届选举工作总结"
    assert texts(doc) == ["今年以来，我村按照镇党委部署，顺利完成了换届选举。"]
    removed = {r["text"] for r in report.removed}
    assert {"- 2", "- 0", "- 约2.1千字", "- 约 5页", "- 2024-03-02 发布于江苏", "- 举报"} <= removed


def test_a_name_glued_to_its_first_section_under_the_facts_is_no_title():
    page = ["- 2", "- 约 5页", "- 举报", "防汛抢险应急预案一、防汛抢险应急预案", "为做好防汛工作，制定本预案。"]
    doc, report = clean("\n".join(page))
    assert report.title is None
    assert any("一、防汛抢险应急预案" in t for t in texts(doc))


def test_the_channel_the_meta_line_names_above_it_is_no_title_the_line_under_it_is():
    page = ["實施方案", "時間:2023-02-03 14:34:17 實施方案 我要投稿", "實施方案模板匯編9篇",
            "為了確保工作順利開展，時常需要預先制定方案。", "實施方案 篇1", "一、總體要求"]
    doc, report = clean("\n".join(page))
    assert report.title == "實施方案模板匯編9篇"
    assert "實施方案" not in texts(doc)


def test_a_title_above_the_meta_line_naming_a_wider_channel_is_still_the_title():
    page = ["公司考勤管理制度", "時間:2023-03-31 02:42:12 制度 我要投稿", "公司考勤管理制度",
            "為規範考勤管理，嚴格勞動紀律，特制定本制度。", "第一條 本制度適用於公司全體員工。"]
    doc, report = clean("\n".join(page))
    assert report.title == "公司考勤管理制度"
    assert texts(doc)[0] == "為規範考勤管理，嚴格勞動紀律，特制定本制度。"
