"""Chrome recognised by its kind, not one site's words: a web page's own controls, an editorial
review chain, a closing paragraph that names the text as a script, a 文库 page's facts.
Pages written in my own words, in the forms real pages take; exact text kept and removed."""

from __future__ import annotations

from helpers import clean, texts

BODY = [f"第{n}部分：各部门密切配合，按计划完成了年度任务。" for n in range(1, 9)]


def page(*, head=(), tail=()):
    return "\n".join(["年度安全工作总结", *head, *BODY, *tail])


def removed(report):
    """What the boilerplate removed (the title line above the text is metadata's)."""
    return [(r["text"], r["rule"]) for r in report.removed if r["rule"] != "metadata.title"]


def test_web_page_controls_go_in_either_script_and_in_english():
    head = ["跳到主要內容區塊", "Skip to main content", ":::", "正在加載......", "無標題文件"]
    tail = ["回頁首", "分享至", "gotop", "Back to top", "untitled document"]
    doc, report = clean(page(head=head, tail=tail))
    assert texts(doc) == BODY
    assert [rule for _, rule in removed(report)] == ["meta-lines.web-ui-string"] * 10


def test_a_link_that_opens_a_new_window_and_a_site_social_link_go():
    tail = ["歷次會議紀錄(另開新視窗)", "活动花絮 (opens in a new window)",
            "某某社區學院-粉絲專頁", "某某学院_联络我们"]
    doc, report = clean(page(tail=tail))
    assert texts(doc) == BODY
    assert [rule for _, rule in removed(report)] == (["meta-lines.new-window-link"] * 2
                                                     + ["meta-lines.site-nav-link"] * 2)


def test_a_sentence_that_names_a_new_window_or_a_fan_page_stays():
    sentences = ["点击右上角按钮即可在新窗口打开附件（新窗口）后再填写。", "我们开通了粉丝专页，每周发布两次活动预告。"]
    doc, _ = clean(page(tail=sentences))
    assert texts(doc) == BODY + sentences


def test_an_editorial_review_chain_goes_with_or_without_colons_and_names():
    tail = ["初审 周某", "复审：吴某某", "终审"]
    doc, report = clean(page(tail=tail))
    assert texts(doc) == BODY
    assert [rule for _, rule in removed(report)] == ["meta-lines.review-credits"] * 3


def test_a_review_stage_inside_a_sentence_stays():
    line = "终审判决已于上月生效，相关赔偿款项全部到位。"
    doc, _ = clean(page(tail=[line]))
    assert texts(doc) == [*BODY, line]


def test_an_outro_that_names_the_text_as_a_script_goes_and_the_writers_own_close_stays():
    outro = "以上就是本届迎新晚会主持词的全部内容，希望能给大家带来启发。愿各位满载而归！"
    doc, report = clean(page(tail=[outro]))
    assert texts(doc) == BODY
    assert removed(report)[-1][1] == "lead-in.outro-naming-the-script"
    for own in ["以上是我的述职报告，不妥之处请各位领导批评指正。",
                "以上就是我今天讲的几点意见，希望大家认真抓好落实。"]:
        doc, _ = clean(page(tail=[own]))
        assert texts(doc) == [*BODY, own]


def test_a_lead_in_inviting_the_reader_to_look_up_or_share_goes():
    for lead_in in ["近年来各地不断加强安全监管。下面就是小编给大家带来的安全工作总结三篇，欢迎查阅！",
                    "主持稿要贴合活动的氛围。以下是小编帮大家整理的晚会主持稿，欢迎大家分享。",
                    "本文将呈现两篇侧重点不同的《安全工作总结》范文，以期为读者提供可操作的参考。"]:
        doc, report = clean(page(head=[lead_in]))
        assert texts(doc) == BODY
        assert removed(report)[-1][1].startswith("lead-in.")


def test_a_document_sites_word_count_and_summary_label_go():
    head = ["文件大小:31.5 KB", "总页数:6 页", "总字数:约2.8千字", "文档摘要"]
    doc, report = clean(page(head=head))
    assert texts(doc) == BODY
    assert [rule for _, rule in removed(report)][-2:] == ["document-site.file-fact", "document-site.summary-label"]


def test_a_column_name_with_an_abbreviated_view_count_goes_at_the_top():
    doc, report = clean(page(head=["工作总结2.35W"]))
    assert texts(doc) == BODY
    assert removed(report) == [("工作总结2.35W", "meta-lines.abbreviated-count")]


def test_a_loading_note_with_its_button_and_a_search_boxs_no_results_go():
    head = ["加載中....(立即查看全文)", "• 沒有找到結果。"]
    doc, report = clean(page(head=head))
    assert texts(doc) == BODY
    assert [rule for _, rule in removed(report)] == ["meta-lines.web-ui-string"] * 2


def test_a_lead_in_calling_the_text_this_article_with_an_invitation_goes():
    lead_in = "又到一年毕业季，本文是毕业典礼致辞，欢迎大家阅读参考。"
    doc, report = clean(page(head=[lead_in]))
    assert texts(doc) == BODY
    assert removed(report) == [(lead_in, "lead-in.this-text-invites")]
    own = "本文是作者在年度总结会上的发言，欢迎批评指正。"
    doc, _ = clean(page(head=[own]))
    assert texts(doc) == [own, *BODY]


def test_print_close_and_go_back_buttons_and_the_font_size_switch_go():
    tail = ["友善列印", "Print this page", "關閉視窗", "回上一頁", "回首頁", "網站導覽", "字級：小 中 大"]
    doc, report = clean(page(tail=tail))
    assert texts(doc) == BODY
    assert [rule for _, rule in removed(report)] == ["meta-lines.web-ui-string"] * 7


def test_a_new_window_note_inside_a_sentence_is_cut_and_the_sentence_stays():
    doc, report = clean(page(tail=["请先下载报名表(另開新視窗)，填好后交到教务处。"]))
    assert texts(doc) == [*BODY, "请先下载报名表，填好后交到教务处。"]
    assert removed(report) == [("(另開新視窗)", "meta-lines.new-window-note")]


def test_a_request_naming_a_path_of_places_is_no_breadcrumb():
    line = "請登入教務系統/註冊組/表單下載"
    doc, _ = clean("\n".join(["年度安全工作总结", line, *BODY]))
    assert texts(doc) == [line, *BODY]
    crumb = "首頁/教務處/表單下載"
    doc, report = clean("\n".join(["年度安全工作总结", crumb, *BODY]))
    assert texts(doc) == BODY
    assert removed(report) == [(crumb, "meta-lines.breadcrumb")]


def test_book_title_marks_and_a_form_letters_angle_brackets_are_no_crumb_separators():
    for line in ("学习《党章》《准则》《条例》", "兹证明<姓名>系<单位>职工"):
        doc, report = clean("\n".join(["年度安全工作总结", line, *BODY]))
        assert texts(doc) == [line, *BODY], line
        assert not removed(report)
    crumb = "首页》工作总结》党建总结"
    doc, report = clean("\n".join(["年度安全工作总结", crumb, *BODY]))
    assert texts(doc) == BODY
    assert removed(report) == [(crumb, "meta-lines.breadcrumb")]


def test_a_notices_own_date_under_its_issuer_stays_on_a_short_page():
    lines = ["关于做好假期安全工作的通知", "各班级：", "请各班于放假前完成安全教育，并做好记录。", "特此通知。",
             "学生工作办公室", "2023年12月26日"]
    doc, report = clean("\n".join(lines))
    assert texts(doc)[-2:] == ["学生工作办公室", "2023年12月26日"]
    assert not [rule for _, rule in removed(report)]
    # Under the title, the page's own date line goes, written in words or with dots.
    for stamp in ["2023年12月26日", "2023.12.26"]:
        doc, report = clean("\n".join(["年度安全工作总结", stamp, *BODY]))
        assert texts(doc) == BODY
        assert removed(report) == [(stamp, "meta-lines.date-line-written")]


def test_a_line_of_dots_inside_a_script_is_the_writers_and_after_the_cut_the_sites():
    script = ["男：下面有请校长致辞，大家欢迎！", "……",
              "女：感谢校长的精彩致辞，让我们再次用最热烈的掌声感谢校长，也把掌声送给在座辛勤付出的每一位老师！"]
    doc, _ = clean("\n".join(["年度安全工作总结", *BODY, *script]))
    assert texts(doc) == [*BODY, *script]
    doc, report = clean("\n".join(["年度安全工作总结", *BODY, "……", "展开"]))
    assert texts(doc)[:len(BODY)] == BODY
    assert ("……", "paywall.dots-alone") in removed(report)
