"""Chrome told by its form, whatever a site's words (issue 18, tenth round): source text of a
page's style sheet or script printed as lines, a newspaper e-paper's box of fields, an item's
credit in brackets of any credit word, a labelled disclaimer of any length, reprint terms in
any wording, the purchase box under a preview's end. Each test keeps a document line of a
nearby shape. Fixtures are written for the project in the forms real pages take."""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

BODY = [f"第{n}部分：我们扎实推进各项工作，群众满意度稳步提高。" for n in range(1, 13)]


def page(*, head=(), tail=(), title="某某街道开展文明实践活动"):
    return "\n".join([title, *head, *BODY, *tail])


def test_style_sheet_and_script_source_printed_as_lines_go():
    head = ["@page { size: 21cm 29.7cm; margin: 2cm }",
            "p { color: #333333; line-height: 150%; margin-bottom: 0.2cm }",
            'p.cjk { font-family: "仿宋", "FangSong"; font-size: 12pt }',
            "var _stat = _stat || [];", "document.write('<div class=\"ad\"></div>');", "``"]
    doc, report = clean(page(head=head))
    assert texts(doc) == BODY
    assert removed(report, "markup.css-source") == head[:3]
    assert removed(report, "markup.script-source") == head[3:5]
    assert removed(report, "markup.empty-code-span") == ["``"]


def test_a_documents_own_format_rules_are_no_style_sheet():
    # A 公文 style guide names fonts and sizes in words, with no selector and no brace.
    head = ["正文字体：仿宋_GB2312，字号：三号；行距：固定值28磅。", "标题{居中}，二号小标宋体。"]
    doc, report = clean(page(head=head))
    assert texts(doc)[:2] == head
    assert not removed(report, "markup.css-source")


def test_an_e_paper_box_of_fields_and_the_photo_credit_go():
    head = ["2025-03-08", "星期六", "当前报纸名称:某某日报", "日期:03-07", "字号:", "版面:第03版:要闻 上一篇 下一篇"]
    tail = ["李某明 摄影报道"]
    doc, report = clean(page(head=head, tail=tail))
    assert texts(doc) == BODY
    assert removed(report, "meta-lines.weekday-after-date") == ["星期六"]
    assert removed(report, "meta-lines.epaper-field") == ["当前报纸名称:某某日报", "日期:03-07",
                                                          "版面:第03版:要闻 上一篇 下一篇"]
    assert removed(report, "meta-lines.photo-report-credit") == tail


def test_a_weekday_of_the_text_own_stays():
    # Not under a dropped date: a diary's or a schedule's own line.
    doc, report = clean(page(head=["星期六", "今天天气晴朗，我们全家去了郊外。"]))
    assert texts(doc)[0] == "星期六"
    assert not removed(report, "meta-lines.weekday-after-date")


def test_a_credit_in_brackets_of_any_credit_word_goes():
    last = "活动在欢声笑语中圆满结束。"
    for credit in ("(文/图 张某英)", "（记者 王某 通讯员 李某某）", "（摄影 赵某 钱某）", "(视频 钱某某)"):
        doc, report = clean(page(tail=[last, credit]))
        assert texts(doc) == [*BODY, last], credit
        assert removed(report, "meta-lines.labelled-credit") == [credit]
    # Glued after the last sentence: a picture's or the text's credit is cut, the sentence stays.
    for credit in ("(文/图 张某英)", "(图/文:赵某)"):
        doc, report = clean(page(tail=[last + credit]))
        assert texts(doc) == [*BODY, last], credit
        assert removed(report, "meta-lines.labelled-credit") == [credit]


def test_a_reporters_sign_off_glued_to_a_news_items_end_stays():
    line = "全市新增省级绿色工厂12家。（记者 王某某）"
    doc, report = clean(page(tail=[line]))
    assert texts(doc)[-1] == line.replace(" ", "")  # (typography drops the blank between CJK words)
    assert not removed(report, "meta-lines.labelled-credit")


def test_a_note_of_the_texts_own_in_brackets_stays():
    for note in ("（图略）", "（文中数据来源于区统计局）", "（摄于2024年5月）"):
        doc, report = clean(page(tail=["社区新貌见下图。" + note]))
        assert texts(doc)[-1] == "社区新貌见下图。" + note, note
        assert not removed(report, "meta-lines.labelled-credit")


def test_the_source_line_with_its_editor_and_a_timestamp_with_words_go():
    tail = ["来源:某某社区 编辑 刘某飞"]
    head = ["2023-06-15 16:18:01 工作总结 手机版"]
    doc, report = clean(page(head=head, tail=tail))
    assert texts(doc) == BODY
    assert removed(report, "meta-lines.source-at-the-end") == tail
    assert removed(report, "meta-lines.timestamp-line") == head


def test_a_login_box_and_tags_in_brackets_go():
    tail = ["用户登录", "还没有账号?", "立即注册"]
    head = ["[标签:工作总结]"]
    doc, report = clean(page(head=head, tail=tail))
    assert texts(doc) == BODY
    assert removed(report, "meta-lines.page-button") == tail
    assert removed(report, "meta-lines.tags") == head


def test_a_wechat_articles_foot_glued_after_its_last_sentence_is_cut():
    last = "会后，全体党员重温了入党誓词。"
    doc, report = clean(page(tail=[last + " 预览时标签不可点收录于话题#个上一篇下一篇 |"]))
    assert texts(doc) == [*BODY, last]
    assert removed(report, "meta-lines.wechat-article-foot")


def test_a_labelled_disclaimer_of_several_sentences_goes():
    notice = ("免责声明:本文内容由网友上传，不代表本网立场。本站对文中陈述的真实性不作任何保证，请读者自行核实。"
              "如有侵权，请联系本站删除。")
    for line in (notice, "版权声明:本文内容由互联网用户自发贡献"):
        doc, report = clean(page(tail=[line]))
        assert texts(doc) == BODY, line
        assert removed(report, "footer.labelled-disclaimer") == [line]


def test_a_documents_own_statement_stays():
    line = "声明：本人自愿放弃此次评选资格，所报材料真实有效。特此声明。"
    doc, report = clean(page(tail=[line]))
    assert texts(doc)[-1] == line
    assert not removed(report, "footer.labelled-disclaimer")


def test_reprint_terms_in_other_words_go():
    for line in ("注:本站稿件未经许可不得转载,转载请保留出处及源文件地址。", "本文系原创，未经作者同意，谢绝转载"):
        doc, report = clean(page(tail=[line]))
        assert texts(doc) == BODY, line
        assert removed(report, "footer.reprint-terms") == [line]


def test_a_rule_of_a_documents_own_on_copying_stays():
    line = "第八条 未经许可，不得复制、转借档案资料。"
    doc, report = clean(page(tail=[line]))
    assert texts(doc)[-1] == line
    assert not removed(report, "footer.reprint-terms")


def test_the_purchase_box_under_a_previews_end_goes():
    box = ["收藏 加会员 下载", "×", "微信支付", "打开微信扫码支付", "¥28", "微信安全"]
    doc, report = clean(page(tail=["试读结束,开通会员文档无限下载使用", *box]))
    assert texts(doc) == BODY
    assert removed(report, "paywall.purchase-box") == box


def test_the_texts_own_heading_or_sentence_after_a_previews_end_stays():
    tail = ["试读结束,开通会员文档无限下载使用", "三、下一步工作打算", "继续抓好各项工作落实。"]
    doc, report = clean(page(tail=tail))
    assert texts(doc)[-2:] == tail[1:] or texts(doc)[-1] == "继续抓好各项工作落实。"
    assert not removed(report, "paywall.purchase-box")


def test_a_titled_recommendations_heading_takes_its_list():
    tail = ["安全专项整治自查报告相关文章:", "学校安全自查报告范文", "消防安全自查整改报告"]
    doc, report = clean(page(tail=tail))
    assert texts(doc) == BODY
    assert removed(report, "recommendations.titled-recommendations") == tail


def test_a_welcome_that_is_the_texts_own_opening_stays_whole():
    line = "欢迎阅读了解述职报告的一般写法，述职报告一般由标题、称谓、正文三部分组成。"
    doc, report = clean("\n".join(["述职报告的写法", line, *BODY]))
    assert texts(doc)[0] == line
    assert not removed(report, "lead-in.welcome-reading")
    welcome = "欢迎阅读《述职报告的写法》，希望对您有所帮助。"
    doc, report = clean("\n".join(["述职报告的写法", welcome, *BODY]))
    assert texts(doc) == BODY
    assert removed(report, "lead-in.welcome-reading") == [welcome]


def test_a_collected_for_you_close_inviting_with_an_addressee_goes():
    intro = ("如今，很多场合都需要用到倡议书。那么，倡议书该怎么写呢？以下是某某网精心整理的节约粮食倡议书，"
             "欢迎大家借鉴与参考，希望对大家有所帮助。")
    doc, report = clean("\n".join(["节约粮食倡议书", intro, *BODY]))
    assert texts(doc) == BODY
    assert removed(report, "lead-in.compiled-for-you") == [intro]
