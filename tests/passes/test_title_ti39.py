"""Page titles, round 39 (issue 18): a book's later chapter opening its page is the page's title."""

from __future__ import annotations

import pytest

from helpers import clean, outline, texts
from reportfmt.passes.title_forms import never_title


def test_a_later_chapter_over_its_parts_is_the_title():
    doc, report = clean("十七、感谢信\n"
                        "（一）感谢信的用途\n"
                        "感谢信是受到帮助的一方向对方表示谢意的书信，可以寄给对方，也可以张贴公布。\n"
                        "（二）感谢信的写法\n"
                        "1.标题\n"
                        "一般在第一行中间写“感谢信”三个字。\n"
                        "2.正文\n"
                        "写清对方在什么时候、为什么事给了哪些帮助，再表示感谢。")
    assert report.title == "十七、感谢信"
    assert texts(doc)[0] == "（一）感谢信的用途"
    assert outline(doc)[:3] == [(1, "（一）感谢信的用途"), (1, "（二）感谢信的写法"), (2, "1.标题")]


def test_a_section_of_a_book_over_a_paragraph_and_its_parts_is_the_title():
    _doc, report = clean("第四节把结尾写短\n"
                        "演讲的结尾要短，听众的耐心在最后一分钟最少。\n"
                        "一、用一句话收住\n"
                        "把全篇的意思压成一句话，说完就鞠躬。\n"
                        "二、不要再加感谢\n"
                        "感谢的话开头已经说过，结尾再说就显得拖沓。")
    assert report.title == "第四节把结尾写短"


def test_a_chapter_over_its_samples_is_the_title():
    _doc, report = clean("第6章 通 报\n"
                         "[例文1]\n"
                         "关于表扬某某车间安全生产先进集体的通报\n"
                         "各车间、各部门：\n"
                         "今年以来，某某车间连续三百天无事故，特予通报表扬。\n"
                         "[例文2]\n"
                         "关于某某仓库违规存放物品的通报\n"
                         "各部门：\n"
                         "近日检查发现某某仓库在通道堆放纸箱，现予通报批评。")
    assert report.title == "第6章 通 报"


def test_a_page_cut_above_its_third_section_has_no_title():
    # Its next section follows further down: the page began inside the document.
    doc, report = clean("三、加强日常管理\n"
                        "（一）健全台账\n"
                        "每月底核对一次台账，做到账物相符。\n"
                        "（二）定期检查\n"
                        "每季度组织一次全面检查，发现问题限期整改。\n"
                        "四、强化责任落实\n"
                        "各部门负责人是本部门的第一责任人。")
    assert not report.title
    assert texts(doc)[0] == "三、加强日常管理"


def test_a_page_opening_on_its_first_chapter_has_no_title():
    doc, report = clean("第一章 总则\n"
                        "第一条 为规范本会印章的使用，制定本制度。\n"
                        "第二条 本制度适用于秘书处及各专业委员会。")
    assert not report.title
    assert texts(doc)[0] == "第一章 总则"


def test_a_numbered_sentence_over_its_items_is_no_chapter_title():
    doc, report = clean("二、注意事项：\n"
                        "1.出发前清点人数。\n"
                        "2.途中不得擅自离队。")
    assert not report.title
    assert texts(doc)[0] == "二、注意事项："


def test_the_first_page_preview_names_a_document_page_with_no_title_line():
    doc, report = clean("某某仓库消防安全检查表(附评分标准)_第1页\n"
                        "已阅读1页，还剩4页未读，继续免费阅读\n"
                        "下载本文档\n"
                        "一、检查时间：每月最后一个工作日。\n"
                        "二、检查人员：仓库主管和安全员各一名。")
    assert report.title == "某某仓库消防安全检查表(附评分标准)"
    assert "某某仓库消防安全检查表(附评分标准)_第1页" not in texts(doc)


def test_the_page_preview_name_loses_its_extension_and_marks():
    _doc, report = clean("收藏 分享\n"
                         "《某某小区停车管理办法》.docx_第1页\n"
                         "下载本文档\n"
                         "为规范小区车辆停放，保障消防通道畅通，制定本办法。")
    assert report.title == "某某小区停车管理办法"


def test_a_title_line_over_the_previews_stays_the_title():
    _doc, report = clean("物业服务年度工作总结\n"
                         "上传人:某某 上传时间:2024-05-06 页数:3\n"
                         "物业服务年度工作总结范文.docx_第1页\n"
                         "物业服务年度工作总结范文.docx_第2页\n"
                         "一年来，物业服务中心围绕业主满意这个目标，做了以下几项工作。")
    assert report.title == "物业服务年度工作总结"



def test_a_notice_under_a_crumb_ending_on_its_body_mark_loses_the_channel_printed_over_it():
    # The crumb's channel names a genre ("规章制度"), so the 公文 reading takes its lines for the
    # title's; "正文" ending the crumb says the channel is the step before it.
    doc, report = clean("当前位置 : 首页 > 规章制度 > 正文\n"
                        "规章制度\n"
                        "规章制度\n"
                        "关于做好寒假期间校园安全检查工作的通知\n"
                        "时间:2024-01-03  作者:  点击:\n"
                        "各学院、各部门:\n"
                        "为确保寒假期间校园安全稳定，现就做好安全检查工作通知如下。\n"
                        "一、各单位于1月10日前完成本单位安全自查。\n"
                        "二、检查结果报保卫处备案。\n"
                        "保卫处\n"
                        "2024年1月3日")
    assert report.title == "关于做好寒假期间校园安全检查工作的通知"
    assert "规章制度" not in texts(doc)


@pytest.mark.parametrize("prompt", ["用微信扫描二维码", "QQ扫一扫联系", "扫一扫在手机打开当前页", "掃描二維碼 關注我們",
                                    "QQ空间 扫一扫", "分享至好友和朋友圈"])
def test_a_share_boxs_prompt_is_never_a_title(prompt):
    assert never_title(prompt)


@pytest.mark.parametrize("title", ["二维码管理办法", "扫码点餐系统使用说明", "关于规范使用收款二维码的通知"])
def test_a_title_about_qr_codes_is_still_a_title(title):
    assert not never_title(title)


def test_a_page_under_a_share_box_with_no_title_line_has_no_title():
    doc, report = clean("用微信扫描二维码\n"
                        "分享至好友和朋友圈\n"
                        "上周五下午，某某行业协会在会员企业的新车间召开季度碰头会，十余家企业负责人参加。\n"
                        "会上，秘书处通报了上半年的培训和认证情况。")
    assert not report.title
    assert texts(doc)[0].startswith("上周五下午")
