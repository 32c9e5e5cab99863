"""Chrome that comes in pairs of lines (followers.py) and the structural rules of issue 18e:
a government page's disclosure box, lists of other pages' titles with their sample counts,
lead-ins in other wordings, injected spam and markup. Fixtures are written for these tests."""

from __future__ import annotations

from helpers import clean, texts

BODY = [f"第{n}段：我们认真落实各项工作，取得了明显成效。" for n in range(1, 9)]


def page(*, head=(), tail=()):
    return "\n".join(["2023年工作总结", *head, *BODY, *tail])


def removed(report):
    return [(r["text"], r["rule"]) for r in report.removed[1:]]  # [0] is the title (metadata)


def test_a_disclosure_box_goes_label_and_value_alike():
    head = ["• 索引号:", "12345678AB/2023-00017", "• 发布机构:", "某某县农业农村局", "• 公开方式:", "主动公开", "朗读"]
    doc, report = clean(page(head=head))
    assert texts(doc) == BODY
    assert removed(report) == [
        ("• 索引号:", "meta-lines.government-index"), ("12345678AB/2023-00017", "meta-lines.index-number"),
        ("• 发布机构:", "meta-lines.government-index"), ("某某县农业农村局", "meta-lines.field-value"),
        ("• 公开方式:", "meta-lines.government-index"), ("主动公开", "meta-lines.page-control"),
        ("朗读", "meta-lines.page-control"),
    ]


def test_a_sentence_under_a_disclosure_label_is_no_value():
    summary = "本办法规定了补贴的对象、标准和发放程序。"
    doc, report = clean(page(head=["• 内容概述:", summary]))
    assert texts(doc) == [summary, *BODY]
    assert removed(report) == [("• 内容概述:", "meta-lines.government-index")]


def test_a_short_line_is_no_value_without_the_label_above_it():
    doc, _ = clean(page(head=["某某县农业农村局"]))
    assert texts(doc) == ["某某县农业农村局", *BODY]


def test_a_list_of_other_pages_titles_with_counts_goes_with_its_teasers():
    tail = ["- 社区消防安全倡议书(精选12篇)", "…", "- 节约用水倡议书范文(优选8篇)", "…"]
    doc, report = clean(page(tail=tail))
    assert texts(doc) == BODY
    assert [rule for _, rule in removed(report)] == [
        "recommendations.counted-title-item", "recommendations.teaser-ellipsis",
        "recommendations.counted-title-item", "recommendations.teaser-ellipsis",
    ]


def test_a_closing_line_naming_a_count_in_a_sentence_stays():
    line = "本季度共收到来稿，其中评为优秀的稿件（3篇）"
    doc, _ = clean(page(tail=[line]))
    assert texts(doc)[-1] == line


def test_lead_ins_in_other_wordings_go():
    head = ["事迹里的人物令人动容，小编看完后感慨良多。下面小编就来分享两篇心得体会，一起来看看吧！"]
    doc, report = clean(page(head=head))
    assert texts(doc) == BODY
    assert [rule for _, rule in removed(report)] == ["lead-in.xiaobian-lead-in"]
    doc, report = clean(page(head=["通知是常用的公文，以下是通知的写法相关资料，欢迎阅读！"]))
    assert texts(doc) == BODY
    assert [rule for _, rule in removed(report)] == ["lead-in.compiled-for-you"]


def test_this_piece_presented_before_the_text_is_cut_and_the_text_stays():
    line = "这篇《开学典礼发言稿》，是特地为大家整理的，希望对大家有所帮助！尊敬的老师们：大家好！"
    doc, report = clean(page(head=[line]))
    assert texts(doc)[0] == "尊敬的老师们：大家好！"
    assert removed(report) == [("这篇《开学典礼发言稿》，是特地为大家整理的，希望对大家有所帮助！",
                                "lead-in.this-piece-before-text")]


def test_injected_spam_keywords_and_bare_tags_go_and_a_sentence_on_video_stays():
    spam = "亚洲精品视频,日韩 欧美 一区,免费在线观看国产"
    tags = '2. <legend id="xq"></legend>'
    sentence = "我们把培训视频放在网上，供各村干部免费观看和国产设备维修人员学习。"
    doc, report = clean(page(head=[spam, tags, sentence]))
    assert texts(doc) == [sentence, *BODY]
    assert removed(report) == [(spam, "injected.spam-keywords"), (tags, "markup.tag-only-line")]


def test_a_document_sites_keyword_label_takes_its_keyword_line():
    head = ["上传人:张某 文档编号:10086 页数:5 大小:20KB", "关键词:", "安全 生产 制度 范本"]
    doc, report = clean(page(head=head))
    assert texts(doc) == BODY
    assert [rule for _, rule in removed(report)] == [
        "document-site.upload-info", "document-site.summary-label", "document-site.keyword-list"]


def test_every_shipped_follower_matches_its_example_and_follows_a_real_rule():
    from reportfmt.passes.boilerplate.followers import load_followers
    from reportfmt.passes.boilerplate.ruleset import load_rules

    names = {f"{rule.concept}.{rule.name}": rule for rule in load_rules()}
    followers = load_followers()
    assert {f.name for f in followers} >= {"field-value", "teaser-ellipsis", "keyword-list"}
    # A follower may follow a follower (itself: a box's facts one a line), and at least one rule.
    follower_names = {f"{f.concept}.{f.name}" for f in followers}
    for follower in followers:
        assert follower.pattern.search(follower.example), follower.name
        assert follower.after <= names.keys() | follower_names, follower.name
        assert any(names[name].pattern.search(follower.example_before)
                   for name in follower.after if name in names), follower.name


def test_a_document_sites_editable_note_is_cut_out_of_the_text():
    line = "精品文档,本文格式为Word版,下载后可任意编辑和复制 第9段：标题中要使用书名号。"
    doc, report = clean(page(tail=[line]))
    assert texts(doc)[-1] == "第9段：标题中要使用书名号。"
    assert [rule for _, rule in removed(report)] == ["document-site.editable-note"]


def test_the_writers_credit_in_brackets_closing_a_news_item_goes():
    doc, report = clean(page(tail=["（某某县残联:王某某）"]))
    assert texts(doc) == BODY
    assert [rule for _, rule in removed(report)] == ["meta-lines.credit-in-brackets"]


def test_a_lead_in_telling_how_to_write_and_inviting_a_look_goes_before_the_first_sample():
    lead_in = ("讲话稿是为会议准备的文稿。那么下面我就给大家讲一讲讲话稿怎么写才比较好，"
               "我们一起来看一看吧。")
    doc, report = clean("\n".join(["讲话稿范文（三篇）", lead_in, "讲话稿篇一", *BODY]))
    assert texts(doc)[0] != lead_in and lead_in not in texts(doc)
    assert ("lead-in.compiled-for-you" in [rule for _, rule in removed(report)])


def test_a_further_reading_box_named_by_its_topic_goes_and_a_numbered_section_so_named_stays():
    doc, report = clean(page(tail=["（2）公告函格式扩展阅读", "第9段：函是平行文。"]))
    assert texts(doc)[-1] == "第9段：函是平行文。"
    assert [rule for _, rule in removed(report)] == ["recommendations.further-reading"]
    doc, _ = clean(page(tail=["三、拓展阅读", "第9段：推荐的书目附后。"]))
    assert "三、拓展阅读" in texts(doc)


def test_a_table_row_naming_markets_is_no_spam_line():
    row = "国产品牌、欧美品牌与日韩品牌的销量对比"
    doc, _ = clean(page(head=[row]))
    assert row in texts(doc)


def test_site_buttons_disclaimers_reprint_terms_and_listing_headings_go():
    head = ["收藏本文", "会员登录 注册", "发布于：2022-03-04", "文件格式：PDF"]
    tail = ["【本文为会员原创，转载请注明出处】", "声明：本站部分文章来源于网络，如有侵权请联系删除。", "猜你感兴趣：",
            "某某工作总结范文", "某某述职报告范文"]
    doc, report = clean(page(head=head, tail=tail))
    assert texts(doc) == BODY
    assert [rule for _, rule in removed(report)] == [
        "meta-lines.page-button", "meta-lines.page-button", "meta-lines.field-fact", "document-site.file-fact",
        "footer.reprint-note", "footer.site-disclaimer", "recommendations.recommended-reading",
        "recommendations.recommended-reading", "recommendations.recommended-reading",
    ]


def test_a_body_sentence_on_reprinting_or_a_statement_stays():
    lines = ["第9段：声明：我单位郑重承诺，所报材料真实有效，如有不实愿承担责任。",
             "第10段：各单位转载请注明出处的做法要坚持，宣传稿件须经审核。"]
    doc, _ = clean(page(tail=lines))
    assert texts(doc)[-2:] == lines


def test_a_lead_in_in_the_sites_voice_goes_in_any_wording():
    for lead_in in ["为了帮助大家更好地写好述职报告，本站特意收集了以下范文，仅供参考。",
                    "小编今天为大家准备了几篇实施方案范文，希望能给你带来启发。",
                    "一年的工作即将结束。那么总结怎么写呢？以下是为大家搜集的范文，一起来看看吧。"]:
        doc, report = clean(page(head=[lead_in]))
        assert texts(doc) == BODY, lead_in
        assert [rule for _, rule in removed(report)] == ["lead-in.site-voice-lead-in"], lead_in


def test_a_documents_own_opening_that_hands_material_to_its_readers_stays():
    for opening in ["现将整理的经验做法印发给你们，供各单位学习借鉴。",
                    "今天我为大家分享三点体会，也是我这一年的收获。"]:
        doc, _ = clean(page(head=[opening]))
        assert texts(doc) == [opening, *BODY], opening


def test_the_site_pointing_to_more_of_its_pages_goes_and_a_closing_call_stays():
    doc, report = clean(page(tail=["更多精彩范文请访问本站。", "本文来自网络，仅供学习参考。"]))
    assert texts(doc) == BODY
    assert [rule for _, rule in removed(report)] == ["footer.site-pointer", "footer.site-pointer"]
    call = "更多工作安排请关注县政府后续通知。"
    doc, _ = clean(page(tail=[call]))
    assert texts(doc)[-1] == call


def test_meta_lines_in_other_written_forms_go():
    head = ["2021年09月01日 10:20 来源：某某网", "字数：1200字 | 阅读时间：约4分钟", "所属栏目：工作总结",
            "文章编号：123456", "admin 发布于 2021-09-01"]
    doc, report = clean(page(head=head))
    assert texts(doc) == BODY
    assert [rule for _, rule in removed(report)] == [
        "meta-lines.dated-meta-line", "meta-lines.field-line", "meta-lines.column-field", "meta-lines.field-fact",
        "meta-lines.posted-by"]


def test_a_dated_sentence_and_a_named_notice_line_stay():
    lines = ["2021年9月1日上午，来源于各村的代表齐聚会场，共商发展大计。", "本办法由县人民政府发布，自发布之日起施行。"]
    doc, _ = clean(page(head=lines))
    assert texts(doc)[:2] == lines


def test_a_document_sites_other_file_facts_preview_notes_and_counter_go():
    head = ["上传人：王某 文档编号：556677 页数：8页 大小：35KB", "上传文档赚钱", "文档价格：5积分",
            "文档分类：行业资料", "本文档共8页，可免费预览前3页", "举报该文档"]
    tail = ["1/8", "试读已结束，下载后查看全部内容", "该文档贡献者很忙，什么也没留下。", "关 闭"]
    doc, report = clean(page(head=head, tail=tail))
    assert texts(doc) == BODY
    assert [rule for _, rule in removed(report)][2:] == [
        "document-site.file-field", "document-site.file-field", "paywall.preview-note", "document-site.slogan",
        "document-site.page-counter", "paywall.preview-note", "paywall.preview-note", "meta-lines.page-button"]


def test_outside_a_document_site_a_fraction_and_a_management_field_stay():
    lines = ["1/8", "文档管理：各部门应指定专人负责文件归档。"]
    doc, _ = clean(page(tail=lines))
    assert texts(doc)[-2:] == lines


def test_a_forum_posts_buttons_editor_toolbar_and_reply_prompt_go():
    head = ["某某 发表于 2015-3-8 10:20:11 | 显示全部楼层 |阅读模式 打印 上一主题"]
    tail = ["收藏收藏 分享分享 支持支持 反对反对", "2# 张三", "您需要登录后才可以回帖 登录 | 立即注册", "高级模式",
            "B Color Image Link Quote Code Smilies", "快速回复 返回顶部 返回列表"]
    doc, report = clean(page(head=head, tail=tail))
    assert texts(doc) == BODY
    assert [rule for _, rule in removed(report)][1:] == [
        "forum.post-buttons", "forum.thread-control", "forum.login-prompt", "forum.thread-control",
        "forum.post-buttons", "forum.post-buttons"]


def test_a_line_of_the_text_saying_support_or_oppose_stays():
    line = "第9段：支持什么、反对什么，我们的立场始终鲜明。"
    doc, _ = clean(page(tail=[line]))
    assert texts(doc)[-1] == line


def test_a_picture_whose_alt_text_reads_like_a_placeholder_stays_and_the_printed_word_goes():
    import panflute as pf

    from reportfmt.options import build_options
    from reportfmt.passes.elements import para
    from reportfmt.pipeline import run_passes

    picture = pf.Para(pf.Image(pf.Str("文章插图"), url="a.png"))
    linked = pf.Para(pf.Link(pf.Image(pf.Str("2012111707.jpg"), url="b.png"), url="b.png"))
    doc = pf.Doc(para("2023年工作总结"), picture, para("文章插图"), linked, *(para(line) for line in BODY))
    report = run_passes(doc, build_options())
    urls = []
    doc.walk(lambda elem, _doc: urls.append(elem.url) if isinstance(elem, pf.Image) else None)
    assert urls == ["a.png", "b.png"]  # both pictures kept (the figures pass makes them figures)
    assert [r["rule"] for r in report.removed][1:] == ["markup.picture-placeholder"]


def test_a_picture_whose_alt_text_is_image_stays_and_the_printed_word_goes():
    # "Image" alone is a 文库 page's placeholder (document-site.image-placeholder); a real
    # picture whose alt text says "image" is the page's picture, kept with its alt.
    import panflute as pf

    from reportfmt.options import build_options
    from reportfmt.passes.elements import para
    from reportfmt.pipeline import run_passes

    picture = pf.Para(pf.Image(pf.Str("image"), url="c.png"))
    doc = pf.Doc(para("2023年工作总结"), picture, para("Image"), *(para(line) for line in BODY))
    report = run_passes(doc, build_options())
    urls = []
    doc.walk(lambda elem, _doc: urls.append(elem.url) if isinstance(elem, pf.Image) else None)
    assert urls == ["c.png"]
    assert [r["rule"] for r in report.removed][1:] == ["document-site.image-placeholder"]
