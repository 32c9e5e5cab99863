"""Page debris and meta lines by form (issue 18, round 25): a notice printed twice in a row (the
second copy goes, the first stays), and the near misses that stay: a refrain, a short line
repeated, a copy with the document's own words between the two.
Fixtures are written for the project in the forms real pages take, with made-up words."""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "北湖街道社区食堂调整供餐时间的通知"
NOTICE = ["各位居民朋友：",
          "天气转凉后，北湖街道社区食堂的供餐时间随之调整。",
          "早餐",
          "上午6点半到8点半",
          "午餐",
          "中午11点到下午1点",
          "每周三下午食堂消毒，暂停供应晚餐。",
          "欢迎大家把消息转告身边的老人。"]


def test_a_notice_printed_twice_in_a_row_keeps_its_first_copy():
    page = [TITLE, *NOTICE, "社区动态2024-10-08 16:20:05河湾生活网", TITLE, *NOTICE]
    doc, report = clean("\n".join(page))
    assert texts(doc) == NOTICE
    assert removed(report, "repeat.doubled-block") == NOTICE
    # Nothing of the first copy goes as an echo of the second's lines (a run twice is the same).
    assert not [r for r in report.removed if r["rule"].endswith("repeated-chrome")]


def test_a_refrain_or_a_line_repeated_stays():
    # Two lines sung twice: no block (too few lines); one sentence twice: the author's.
    refrain = ["我们走在田野上", "风吹过金色的稻浪", "我们走在田野上", "风吹过金色的稻浪",
               "这是家乡的秋天，这是我们的收获。"]
    line = "安全生产，人人有责。"
    body = ["一是加强巡查，每周不少于两次。", line, line, "二是落实责任，层层签订责任书。"]
    for lines in (refrain, body):
        doc, report = clean("\n".join([TITLE, *lines]))
        assert texts(doc) == lines
        assert not removed(report, "repeat.doubled-block")


def test_a_copy_apart_from_the_first_stays():
    # The document's own words between the copies: a form given twice on purpose (a stub and a
    # receipt) or a recap, not a page's template printing the text again.
    form = ["姓名：________", "联系电话：________", "本人已知悉上述安排，同意按时参加。"]
    page = [TITLE, *form, "（以下为回执联，请沿虚线剪下交回）", *form]
    doc, report = clean("\n".join(page))
    assert texts(doc) == page[1:]
    assert not removed(report, "repeat.doubled-block")


def test_a_notice_printed_three_times_keeps_one_copy():
    doc, report = clean("\n".join([TITLE, *NOTICE, *NOTICE, *NOTICE]))
    assert texts(doc) == NOTICE
    assert removed(report, "repeat.doubled-block") == NOTICE * 2


BODY = ["今年以来，北岭县把农村道路养护纳入乡村振兴考核，全县新修通组路四十二公里。",
        "县交通运输局负责人介绍，下一步将推行路长制，每条道路都明确一名养护责任人。",
        "沿线群众表示，路修好以后，蔬菜当天就能运到县城的批发市场。"]


def test_paragraph_tags_printed_inside_a_line_are_cut_the_words_stay():
    line = ('<p>各乡镇人民政府：</p><p style="text-align: right;"> 现将方案印发给你们，请认真执行。'
            "</p><p><br/></p><p><strong>")
    doc, report = clean("\n".join([TITLE, line, *BODY]))
    assert texts(doc)[0] == "各乡镇人民政府：现将方案印发给你们，请认真执行。"
    assert removed(report, "markup.paragraph-tags")


def test_a_tag_a_sentence_names_stays():
    line = "网页正文一般放在<p>标签里，标题放在h1标签里，这样读屏软件才能读对顺序。"
    doc, report = clean("\n".join([TITLE, *BODY[:2], line, BODY[2]]))
    assert line in texts(doc)
    assert not removed(report, "markup.paragraph-tags")


def test_a_disclosure_boxs_field_above_the_box_goes():
    box = ["发文机关:北岭县人民政府", "成文日期:2023年08月02", "有效性:现行有效"]
    doc, report = clean("\n".join([*box, *BODY]))
    assert texts(doc) == BODY
    assert removed(report, "meta-lines.disclosure-field-beside-box") == box[:1]


def test_a_documents_own_field_line_alone_stays():
    # No box beside it (the text's own lines above and below): the document's own line.
    line = "主题词:道路养护 通报"
    doc, report = clean("\n".join(["北岭县农村道路养护情况通报", BODY[0], line, *BODY[1:]]))
    assert texts(doc)[1].startswith("主题词")  # (its colon and blank as the typography pass sets them)
    assert not removed(report, "meta-lines.disclosure-field-beside-box")


def test_a_list_items_stamp_and_tags_with_its_counter_are_cut():
    item = ("河湾镇新建两座口袋公园 2024/03/18 10:25 河湾镇今年利用闲置地块新建口袋公园，"
            "预计五月底前建成开放，附近居民... 公园 城建 人气: 86")
    doc, report = clean("\n".join([TITLE, item, *BODY]))
    assert removed(report, "meta-lines.list-item-facts") == ["2024/03/18 10:25 公园 城建 人气: 86"]
    assert "河湾镇今年利用闲置地块新建口袋公园" in texts(doc)[0]


def test_a_stamp_in_a_line_of_the_text_stays():
    # A log's sentence: the stamp is the document's, and no counter ends the line.
    line = "数据备份已经完成，系统记下的时间是 2024/03/18 10:25 ，备份文件保存在二号服务器。"
    doc, report = clean("\n".join([TITLE, *BODY, line]))
    assert "2024/03/18 10:25" in texts(doc)[-1]
    assert not removed(report, "meta-lines.list-item-facts")


def test_a_pictures_source_note_goes_alone_or_glued_after_a_sentence():
    for note in ("图片来自网络", "（图片来源：某某素材网，侵删）", "△资料图 △资料图"):
        doc, report = clean("\n".join([TITLE, BODY[0], note, *BODY[1:]]))
        assert texts(doc) == BODY, note
        assert removed(report, "meta-lines.picture-source-note") == [note]
    glued = BODY[0] + "(图片来源网络，侵删) -"
    doc, report = clean("\n".join([TITLE, glued, *BODY[1:]]))
    assert texts(doc) == BODY
    assert removed(report, "meta-lines.credit-glued-after-text")


def test_a_sentence_about_a_pictures_source_stays():
    line = "图片来自学生的作品展，共展出绘画和书法作品一百二十幅。"
    doc, report = clean("\n".join([TITLE, BODY[0], line, *BODY[1:]]))
    assert line in texts(doc)
    assert not removed(report, "meta-lines.picture-source-note")


def test_a_sites_widget_labels_and_greeting_go():
    head = ["北岭县第二中学 欢迎您！", "今天是:", "站内检索:"]
    doc, report = clean("\n".join([*head, TITLE, *BODY]))
    assert texts(doc) == BODY
    assert removed(report, "meta-lines.welcome-line") == head[:1]
    assert removed(report, "meta-lines.widget-label") == head[1:]
    doc, report = clean("\n".join([TITLE, "資料更新時間:112-03-09 14:20", *BODY]))
    assert texts(doc) == BODY
    assert removed(report, "meta-lines.roc-dated-update")


def test_a_speechs_welcome_and_a_documents_date_line_stay():
    welcome = "各位来宾，欢迎你们！"
    dated = "今天是2024年5月6日，我们在这里召开年度总结大会。"
    doc, report = clean("\n".join(["在年度总结大会上的讲话", welcome, dated, *BODY]))
    assert texts(doc)[:2] == [welcome, dated]
    assert not removed(report, "meta-lines.welcome-line") and not removed(report, "meta-lines.widget-label")


def test_the_sites_reprint_terms_after_the_text_go():
    for note in ("本文为北岭县新闻网原创文章，转载请附上原文出处链接和本声明。",
                 "版權宣告：本文由 某某齋 整理釋出，共 320 字。",
                 "转载请注明：河湾镇新建两座口袋公园 - 某某斋",
                 "：可以任意转载，转载时请务必以超链接形式标明文章和作者信息及本声明"):
        doc, report = clean("\n".join([TITLE, *BODY, note]))
        assert texts(doc) == BODY, note
        assert removed(report, "footer.reprint-box") == [note], note


def test_a_documents_own_rule_on_reprinting_stays():
    # A website's rules (a 管理办法) say the same inside the text: the text goes on under it.
    rules = ["第一条 本网站刊发的稿件，作者享有署名权。",
             "第二条 本网刊发的原创稿件，转载请注明：作者姓名和原文出处。",
             "第三条 转载稿件应当尊重原作者的署名，不得随意删改原文的内容和观点。"]
    doc, report = clean("\n".join(["北岭县新闻网稿件管理办法", *rules, *BODY]))
    assert not removed(report, "footer.reprint-box")
    assert len(texts(doc)) == len(rules) + len(BODY)


def test_a_credit_row_outside_the_text_goes():
    for row in ("【责任编辑 周某某 审核人 孙某某】", "审核:编辑:", "撰文 | 石某某 沈某"):
        doc, report = clean("\n".join([TITLE, *BODY, row, "关闭"]))
        assert texts(doc) == BODY, row
        assert removed(report, "meta-lines.credit-row") == [row], row


def test_a_forms_own_credit_row_inside_the_text_stays():
    # The text's own line above it and the text going on below: the document's row.
    row = "编辑 王某某 审核 李某某"
    duties = "编辑负责每期稿件的收集和初选，审核负责终审把关，两人每月二十日前共同确定下一期的版面安排。"
    page = ["北岭县第二中学校报编辑部分工", BODY[0], row, duties, *BODY[1:]]
    doc, report = clean("\n".join(page))
    assert not removed(report, "meta-lines.credit-row")
    assert any(text.startswith("编辑") and "审核" in text for text in texts(doc))


def test_a_length_note_emoticon_codes_and_a_blogs_comment_state_go():
    lines = ["全文共 1326 字", ":smile: :grin: :razz: :cool:", "2015年3月8日 评论已被关闭"]
    doc, report = clean("\n".join([TITLE, lines[0], *BODY, lines[1], lines[2]]))
    assert texts(doc) == BODY
    assert removed(report, "meta-lines.length-note") == lines[:1]
    assert removed(report, "meta-lines.emoticon-codes") == lines[1:2]
    assert removed(report, "meta-lines.comments-closed") == lines[2:]


def test_a_sentence_counting_words_or_closing_comments_stays():
    lines = ["征文要求全文共分三个部分，字数不少于一千字。", "评论区已关闭的原因是近期收到大量广告留言。"]
    doc, report = clean("\n".join([TITLE, BODY[0], *lines, *BODY[1:]]))
    assert texts(doc)[1:3] == lines
    assert not removed(report, "meta-lines.length-note") and not removed(report, "meta-lines.comments-closed")


def test_a_blogs_continue_mark_is_cut_the_heading_after_it_stays():
    doc, report = clean("\n".join([TITLE, *BODY, "##CONTINUE##六、下步打算", BODY[0]]))
    assert removed(report, "meta-lines.continue-mark") == ["##CONTINUE##"]
    assert "六、下步打算" in texts(doc)


def test_a_school_sites_previous_and_next_item_line_goes():
    line = "上一条:我校举办青年教师教学竞赛 下一条:附属医院开展义诊活动"
    doc, report = clean("\n".join([TITLE, *BODY, line]))
    assert texts(doc) == BODY
    assert removed(report, "recommendations.previous-next") == [line]
    # A book's part named alone stays.
    doc, report = clean("\n".join([TITLE, *BODY, "下篇", BODY[0]]))
    assert not removed(report, "recommendations.previous-next")


def test_a_login_boxs_options_a_comment_boxs_note_and_a_how_to_label_go():
    head = ["方法/步骤"]
    tail = ["账号+密码登录", "手机+验证码登录", "匿名评论 所有评论仅代表网友意见"]
    doc, report = clean("\n".join([TITLE, *head, *BODY, *tail]))
    assert texts(doc) == BODY
    assert removed(report, "meta-lines.step-box-label") == head
    assert removed(report, "meta-lines.login-box-line") == tail[:2]
    assert removed(report, "meta-lines.comment-disclaimer") == tail[2:]


def test_a_documents_steps_and_login_sentence_stay():
    lines = ["步骤", "用户可以用账号加密码登录系统，也可以用手机验证码登录。"]
    doc, report = clean("\n".join([TITLE, BODY[0], *lines, *BODY[1:]]))
    assert texts(doc)[1:3] == lines
    assert not removed(report, "meta-lines.step-box-label") and not removed(report, "meta-lines.login-box-line")


def test_an_avatars_alt_text_an_app_banner_and_a_wikis_source_go():
    head = ["前往小程序，Get更优阅读体验！", "作者头像"]
    tail = ["出自某某百科(https://wiki.example.com/条目)"]
    doc, report = clean("\n".join([TITLE, *head, *BODY, *tail]))
    assert texts(doc) == BODY
    assert removed(report, "meta-lines.app-banner") == head[:1]
    assert removed(report, "meta-lines.avatar-label") == head[1:]
    assert removed(report, "meta-lines.wiki-source") == tail


def test_a_sentence_on_an_app_or_a_source_stays():
    lines = ["前往小程序办理业务的群众越来越多，窗口排队时间明显缩短。", "出自《论语》的这句话，我们从小就会背。"]
    doc, report = clean("\n".join([TITLE, BODY[0], *lines, *BODY[1:]]))
    assert texts(doc)[1:3] == lines
    assert not removed(report, "meta-lines.app-banner") and not removed(report, "meta-lines.wiki-source")


def test_an_epapers_page_label_and_a_bracketed_site_editor_go():
    doc, report = clean("\n".join(["第05版:要闻", TITLE, *BODY, "(本站编辑周某某摘编)"]))
    assert texts(doc) == BODY
    assert removed(report, "meta-lines.paper-page-label") == ["第05版:要闻"]
    assert removed(report, "meta-lines.bracketed-site-editor") == ["(本站编辑周某某摘编)"]


def test_a_sentence_naming_a_papers_page_stays():
    line = "第五版刊登了全县的评比结果，详见附表。"
    doc, report = clean("\n".join([TITLE, BODY[0], line, *BODY[1:]]))
    assert line in texts(doc)
    assert not removed(report, "meta-lines.paper-page-label")
