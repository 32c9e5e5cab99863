"""Page titles, round 55: a 文库 page opening with its run of page-preview images is titled by
their name, not by the first line of the text under the site's lines."""

from __future__ import annotations

from helpers import clean, texts


def test_a_page_opening_with_its_previews_is_titled_by_their_name():
    doc, report = clean("城南社区垃圾分类宣传课件_第1页\n"
                        "城南社区垃圾分类宣传课件_第2页\n"
                        "城南社区垃圾分类宣传课件_第3页\n"
                        "已阅读3页，还剩12页未读 继续免费阅读\n"
                        "下载本文档\n"
                        "文档简介\n"
                        "本课学习要点认识四类垃圾掌握投放时间与地点\n"
                        "导语\n"
                        "垃圾分类看似小事，却关系到每一户居民的生活环境。")
    assert report.title == "城南社区垃圾分类宣传课件"
    assert "本课学习要点认识四类垃圾掌握投放时间与地点" in texts(doc)
    assert not any("_第" in text for text in texts(doc))


def test_one_preview_alone_at_the_head_leaves_the_title_to_the_page():
    # A single preview line is no run: the older reading (a title line below it) still decides.
    _doc, report = clean("某某仓库消防安全检查表_第1页\n"
                         "已阅读1页，还剩4页未读，继续免费阅读\n"
                         "下载本文档\n"
                         "一、检查时间：每月最后一个工作日。\n"
                         "二、检查人员：仓库主管和安全员各一名。")
    assert report.title == "某某仓库消防安全检查表"


def test_a_title_line_over_the_previews_stays_the_title():
    _doc, report = clean("河西小学春季运动会方案\n"
                         "上传人:某某 上传时间:2024-03-06 页数:4\n"
                         "河西小学春季运动会方案范文.docx_第1页\n"
                         "河西小学春季运动会方案范文.docx_第2页\n"
                         "为增强学生体质，学校定于四月举行春季运动会。")
    assert report.title == "河西小学春季运动会方案"


def test_the_name_glued_to_the_text_opening_goes_as_the_title():
    # (as the older reading did for a text opening with the previews' name)
    doc, report = clean("社区议事规则的制定_第1頁\n"
                        "社区议事规则的制定_第2頁\n"
                        "已閱讀2頁，還剩9頁未讀 繼續免費閱讀\n"
                        "下載本文檔\n"
                        "文檔簡介\n"
                        "社区议事规则的制定一份好的议事规则，要由居民一起商量出来。本课件介绍制定的步骤。")
    assert report.title == "社区议事规则的制定"
    assert "一份好的议事规则，要由居民一起商量出来。本课件介绍制定的步骤。" in texts(doc)


def test_a_chunk_numbered_opening_keeps_its_text_and_gives_up_the_name():
    # Round 56 (test_chunk_file_name_ds56): on a 文库 page the file's name glued after the first
    # chunk's number is the title printed again and goes with the number; the text after it stays.
    doc, report = clean("东湖街道安全生产月活动总结_第1页\n"
                        "东湖街道安全生产月活动总结_第2页\n"
                        "下载本文档\n"
                        "1、东湖街道安全生产月活动总结今年六月，街道围绕主题开展了宣传、检查和演练。")
    assert report.title == "东湖街道安全生产月活动总结"
    assert texts(doc) == ["今年六月，街道围绕主题开展了宣传、检查和演练。"]
    assert {"text": "东湖街道安全生产月活动总结", "rule": "title.repeated-title"} in report.removed
