"""Chrome told by its form, not its wording (issue 18, fifteenth round): a lone mark, BBCode
tags, a source or disclaimer note by its structure, an account name beside the
page's facts, a site label in brackets, a short site word between two lines of chrome, the
page's name given as a sentence above itself, a site naming itself as the collector. Each test
also keeps a document line of the same shape. Fixtures are written for the project."""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

BODY = [f"第{n}项：我们结合本镇实际细化了河道保洁、巡查和考核措施，各环节运转顺畅，沿河群众反映良好。"
        for n in range(1, 13)]


def page(*, head=(), middle=(), tail=(), title="乡镇河道治理工作情况汇报"):
    return "\n".join([title, *head, *BODY[:6], *middle, *BODY[6:], *tail])


# --- one punctuation or bullet mark alone ---------------------------------------------------

def test_a_line_of_one_mark_goes_anywhere():
    doc, report = clean(page(middle=["-", ".", "、"], tail=["—"]))
    assert texts(doc) == BODY
    assert removed(report, "meta-lines.lone-mark") == ["-", ".", "、", "—"]


def test_a_lone_mask_or_quotation_mark_is_no_mark():
    # A star or a cross alone is a masked value; a quotation mark opens or closes the text's quote.
    doc, report = clean(page(middle=["*", "×", "“"]))
    assert "*" in texts(doc) and "×" in texts(doc) and "“" in texts(doc)
    assert not removed(report, "meta-lines.lone-mark")


def test_a_lone_bullet_under_a_bulleted_line_is_the_lists_empty_item():
    middle = ["- 封面：写明年度和部门名称", "-", "目录页列出四个部分"]
    doc, report = clean(page(middle=middle))
    assert "-" in texts(doc)
    assert not removed(report, "meta-lines.lone-mark")


# --- BBCode -----------------------------------------------------------------------------------

def test_bbcode_tags_are_cut_and_the_words_between_them_kept():
    line = "[color=#333333]今年我们清理河道十二公里[/color][size=3]，拆除违建六处。[/size]"
    doc, report = clean(page(middle=[line]))
    assert "今年我们清理河道十二公里，拆除违建六处。" in texts(doc)
    assert removed(report, "markup.bbcode-tags") == ["[color=#333333] [/color] [size=3] [/size]"]


def test_a_reference_number_in_brackets_stays():
    line = "治理标准参照省里的规定执行[1]，验收分两批进行[b]。"
    doc, report = clean(page(middle=[line]))
    assert line in texts(doc)
    assert not removed(report, "markup.bbcode-tags")


# --- source and disclaimer notes by their structure -------------------------------------------

def test_a_reprint_source_note_goes_in_any_wording():
    notes = ["本文原载于《基层治理》2021年第4期，收入本站时有删节。", "本文转自某某乡村观察公众号"]
    doc, report = clean(page(head=notes[:1], tail=notes[1:]))
    assert texts(doc) == BODY
    assert removed(report, "footer.source-note") == notes


def test_a_papers_sentence_about_its_data_stays():
    line = "本文数据来自县水利局二〇二二年的统计年报。"
    doc, report = clean(page(middle=[line]))
    assert line in texts(doc)
    assert not removed(report, "footer.source-note")


def test_a_site_disowning_the_views_goes_whatever_the_sites_name():
    line = "本文由网友投稿，不代表青禾文摘网立场，转载请联系作者。"
    doc, report = clean(page(tail=[line]))
    assert texts(doc) == BODY
    assert removed(report, "footer.view-disclaimer") == [line]


def test_a_not_representing_sentence_inside_the_text_stays():
    line = "以上意见不代表最终立场，请各村在月底前反馈修改建议。"
    doc, report = clean(page(middle=[line]))
    assert line in texts(doc)
    assert not removed(report, "footer.view-disclaimer")


# --- an account name, a bracketed label beside the page's facts -----------------------

def test_an_account_name_beside_the_page_facts_goes():
    tail = ["责任编辑：周某", "qinghe_admin", "浏览次数：88"]
    doc, report = clean(page(tail=tail))
    assert texts(doc) == BODY
    assert removed(report, "meta-lines.account-beside-chrome") == ["qinghe_admin"]


def test_a_posters_time_under_the_account_name_goes_with_it():
    # A reply's footer: its time and 回复 link, then the next poster's name and time, one a line.
    tail = ["2021-05-06 08:15:02 回复", "lanshan", "2021-05-06 19:40:11"]
    doc, report = clean(page(tail=tail))
    assert texts(doc) == BODY
    assert removed(report, "meta-lines.account-beside-chrome") == ["lanshan"]
    # (round 26: a clocked machine date alone after the text goes by its own form,
    # stamp-at-the-end, before the follower of the account is asked)
    assert (removed(report, "meta-lines.post-time-after-account")
            + removed(report, "meta-lines.stamp-at-the-end")) == ["2021-05-06 19:40:11"]


def test_a_lower_case_word_alone_without_chrome_around_it_stays():
    doc, report = clean(page(middle=["wps"]))
    assert "wps" in texts(doc)
    assert not removed(report, "meta-lines.account-beside-chrome")


def test_a_capitalised_word_is_no_account():
    doc, report = clean(page(head=["浏览次数：88", "Summary"]))
    assert "Summary" in texts(doc)
    assert not removed(report, "meta-lines.account-beside-chrome")


def test_a_bracketed_site_label_beside_the_page_facts_goes():
    doc, report = clean(page(head=["浏览次数：88", "【字号】"]))
    assert texts(doc) == BODY
    assert removed(report, "meta-lines.bracketed-label-alone") == ["【字号】"]


def test_a_bracketed_label_inside_the_text_stays():
    doc, report = clean(page(middle=["【字号】"]))
    assert "【字号】" in texts(doc)
    assert not removed(report, "meta-lines.bracketed-label-alone")


# --- a short site word between two lines of chrome --------------------------------------------

def test_short_words_between_two_lines_of_chrome_go():
    head = ["当前位置：首页 > 工作汇报 > 正文", "活动相册", "精彩瞬间", "浏览次数：88"]
    doc, report = clean(page(head=head))
    assert texts(doc) == BODY
    assert removed(report, "meta-lines.word-between-chrome") == ["活动相册", "精彩瞬间"]


def test_short_words_that_are_all_a_page_keeps_stay():
    # A broken page's scrap: its title, one short cell, a login link. The cell is what is left
    # of the document; taking it would leave an empty output.
    doc, report = clean("未闭合的表格\n甲\n登录")
    assert texts(doc) == ["甲"]
    assert not removed(report, "meta-lines.word-between-chrome")


def test_a_link_name_between_two_lines_of_chrome_goes():
    tail = ["无标题文件", "青禾社区大学-教务管理系统", "青禾社区大学_联络我们"]
    doc, report = clean(page(tail=tail))
    assert texts(doc) == BODY
    assert removed(report, "meta-lines.word-between-chrome") == ["青禾社区大学-教务管理系统"]


def test_a_clause_between_two_lines_of_chrome_stays():
    tail = ["无标题文件", "河道整治仍需久久为功，", "青禾社区大学_联络我们"]
    doc, report = clean(page(tail=tail))
    assert "河道整治仍需久久为功，" in texts(doc)
    assert not removed(report, "meta-lines.word-between-chrome")


def test_a_short_word_at_the_pages_end_under_chrome_goes():
    doc, report = clean(page(tail=["责任编辑：周某", "精彩图集"]))
    assert texts(doc) == BODY
    assert removed(report, "meta-lines.word-between-chrome") == ["精彩图集"]


def test_a_short_heading_between_paragraphs_stays():
    doc, report = clean(page(middle=["存在问题"]))
    assert "存在问题" in texts(doc)
    assert not removed(report, "meta-lines.word-between-chrome")


def test_a_short_heading_under_chrome_with_the_text_below_stays():
    # Chrome above, the document's own paragraph below: a heading, not a tab.
    doc, report = clean(page(head=["浏览次数：88", "基本情况"]))
    assert texts(doc)[0] == "基本情况"
    assert not removed(report, "meta-lines.word-between-chrome")


def test_a_samples_name_between_its_counters_and_its_fields_stays():
    head = ["浏览次数：88", "河道保洁心得", "范文类型：心得体会，全文共712字"]
    doc, report = clean(page(head=head))
    assert "河道保洁心得" in texts(doc)
    assert not removed(report, "meta-lines.word-between-chrome")


def test_a_chapter_number_between_two_lines_of_chrome_stays():
    doc, report = clean(page(head=["浏览次数：88", "第一章", "发布时间：2023-05-06 10:00"]))
    assert "第一章" in texts(doc)
    assert not removed(report, "meta-lines.word-between-chrome")


# --- the page's name as a sentence, then the name -------------------------------------------

def test_the_pages_name_as_a_sentence_above_the_name_goes_with_it():
    head = ["村级河长履职情况报告。", "村级河长履职情况报告"]
    doc, report = clean(page(head=head))
    assert texts(doc) == BODY
    assert removed(report, "lead-in.name-as-sentence") == ["村级河长履职情况报告。"]
    assert "村级河长履职情况报告" in removed(report, "title.repeated-title")


def test_a_name_without_its_sentence_twin_stays():
    head = ["村级河长履职情况报告", "各位领导："]
    doc, report = clean(page(head=head))
    assert not removed(report, "lead-in.name-as-sentence")
    assert "各位领导：" in texts(doc)


# --- a site naming itself as the collector ---------------------------------------------------

def test_a_site_naming_itself_as_the_collector_opens_nothing():
    line = "请欣赏河长制工作总结(精选5篇)，由青禾范文网整理，希望对大家有所启发。"
    doc, report = clean(page(head=[line]))
    assert texts(doc) == BODY
    assert removed(report, "lead-in.site-voice-lead-in") == [line]


def test_a_report_compiled_by_a_working_group_stays():
    line = "本报告由县河长办整理汇总，供领导参考。"
    doc, report = clean(page(head=[line]))
    assert line in texts(doc)
    assert not removed(report, "lead-in.site-voice-lead-in")


def test_a_field_and_a_column_word_under_the_title_go_together():
    # Round 40: a mobile page's facts one a line under the title, its column's name between a
    # field and the next field. The field goes only beside chrome, the word only between chrome:
    # as a run between the title and the page's next fact, both go (traditional script too).
    for head in (["分类: 节庆习俗", "民俗常识", "编辑 : 小周", "阅读 :356"],
                 ["分類: 節慶習俗", "民俗常識", "編輯 : 小周", "閱讀 :356"]):
        doc, report = clean(page(head=head))
        assert texts(doc) == BODY
        assert removed(report, "meta-lines.field-name-beside-chrome") == [head[0]]
        assert removed(report, "meta-lines.word-between-chrome") == [head[1]]


def test_a_field_and_a_short_line_over_the_text_stay():
    # No chrome under them: the document's own field and a short line of it opening the text.
    doc, report = clean(page(head=["分类: 节庆习俗", "民俗常识"]))
    assert texts(doc)[:2] == ["分类：节庆习俗", "民俗常识"]  # (a later pass sets the colon full-width)
    assert not removed(report, "meta-lines.word-between-chrome")
