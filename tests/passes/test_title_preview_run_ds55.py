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
