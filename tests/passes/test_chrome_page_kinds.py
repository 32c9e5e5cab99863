"""Chrome of page kinds no rule had seen (issue 18, sixteenth round): a wiki entry's controls, a
record site's summary and jump markers, a news desk's run-together credits and a correspondent
glued before the first words, a members-only box inside the text, a picture box after a news
item, an AI page's summary over its contents list, a "follow us for more" line. Each kind is
matched by its form, and a document line of the same shape stays. Fixtures are written for the
project (made-up content in the forms real pages take)."""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed

BODY = [f"第{n}条：我们按照年度计划推进了社区议事、物业协调和志愿服务工作，居民参与的积极性明显提高。"
        for n in range(1, 9)]


def page(*, head=(), middle=(), tail=(), title="社区协商议事工作情况"):
    return "\n".join([title, *head, *BODY[:4], *middle, *BODY[4:], *tail])


# --- a wiki entry ----------------------------------------------------------------------------

WIKI = ["跳转到内容", "社区议事规则", "维基百科，自由的百科全书", "（重定向自社区议事章程）",
        "社区议事规则是居民委员会组织居民协商公共事务时遵循的程序性规定。",
        "历史[编辑]",
        "早在二十世纪九十年代，一些城市社区就开始由居民代表定期商议停车和绿化等事项。",
        "早期实践", "[编辑]",
        "主要内容", "[编辑 | 编辑源代码]",
        "规则一般规定议题的提出、讨论的顺序以及表决的方式，并要求会议记录向全体居民公开。",
        "锁定", "复制链接", "请复制以下链接发送给好友"]


def test_a_wiki_entrys_controls_go_and_its_sections_stay():
    doc, report = clean("\n".join(WIKI))
    assert texts(doc) == [WIKI[4], "历史", WIKI[6], "早期实践", "主要内容", WIKI[11]]
    assert removed(report, "meta-lines.wiki-tagline") == ["维基百科，自由的百科全书"]
    assert removed(report, "meta-lines.wiki-redirect-note") == ["（重定向自社区议事章程）"]
    assert removed(report, "meta-lines.wiki-edit-link-glued") == ["[编辑]"]
    assert removed(report, "meta-lines.wiki-edit-link") == ["[编辑]", "[编辑 | 编辑源代码]"]
    assert removed(report, "meta-lines.page-control-word") == ["锁定"]
    assert removed(report, "meta-lines.copy-link-prompt") == ["请复制以下链接发送给好友"]
    assert "跳转到内容" in removed(report, "meta-lines.web-ui-string")


def test_a_wiki_in_traditional_script_loses_the_same_controls():
    lines = ["跳轉到內容", "鄰里守望公約", "維基百科，自由的百科全書",
             "鄰里守望公約是社區居民為維護治安而共同訂立的約定。",
             "起源[編輯]",
             "公約最初由幾個老舊社區的住戶自發制定，後來推廣到全區。"]
    doc, report = clean("\n".join(lines))
    assert texts(doc) == [lines[3], "起源", lines[5]]
    assert removed(report, "meta-lines.wiki-tagline") == ["維基百科，自由的百科全書"]
    assert removed(report, "meta-lines.wiki-edit-link-glued") == ["[編輯]"]


def test_words_of_the_same_shape_in_a_document_stay():
    middle = ["来自基层，自由讨论是议事会的传统。", "讨论", "锁定目标，持续发力", "（重点是物业费的调整）",
              "编辑部的同志参加了会议。"]
    doc, _report = clean(page(middle=middle))
    assert texts(doc) == [*BODY[:4], *middle, *BODY[4:]]


# --- a record site's summary and jump markers -------------------------------------------------

def test_a_record_sites_summary_and_jump_markers_go_and_the_record_stays():
    head = ["中华民国112年3月10日(星期五)9时5分@本会议场，审议县长施政报告并进行质询",
            "•报告:王县长大明:9:5", "•质询:李议员小华:10:12"]
    record = ["时　间　中华民国112年3月10日（星期五）9时5分", "地　点　本会议场", "主　席　陈议长志明",
              "主席：出席议员二十一人，已足法定人数，现在开会。"]
    doc, report = clean("\n".join(["县议会第三次会议纪录", *head, *record]))
    assert texts(doc) == record
    assert removed(report, "meta-lines.record-summary") == [head[0]]
    assert removed(report, "meta-lines.speech-jump") == head[1:]


def test_a_schedule_item_with_its_time_stays():
    middle = ["签到：一楼大厅：8:30", "开幕式：三楼会议室：9:00"]
    doc, report = clean(page(middle=middle))
    assert texts(doc) == [*BODY[:4], *middle, *BODY[4:]]
    assert not removed(report, "meta-lines.speech-jump")


# --- a news desk's credits --------------------------------------------------------------------

def test_run_together_review_credits_in_brackets_go():
    credit = "（撰稿人：老干部局一审：王丽二审：赵刚三审：孙伟）"
    doc, report = clean(page(tail=[credit]))
    assert texts(doc) == BODY
    assert removed(report, "meta-lines.bracketed-review-credits") == [credit]


def test_a_correspondent_glued_before_the_first_words_is_cut():
    first = "青禾网（通讯员林小燕）五月六日上午，县老年大学书画作品展在文化馆开幕。"
    doc, report = clean("\n".join(["县老年大学举办书画作品展", first, *BODY[:3]]))
    assert texts(doc) == ["五月六日上午，县老年大学书画作品展在文化馆开幕。", *BODY[:3]]
    assert removed(report, "meta-lines.glued-correspondent") == ["青禾网（通讯员林小燕）"]


def test_a_bracketed_note_of_the_text_stays():
    middle = ["（主办单位：县文联；承办单位：县图书馆）", "县里的通讯员（共十二人）参加了培训。"]
    doc, _report = clean(page(head=middle[1:], middle=middle[:1]))
    assert middle[0] in texts(doc) and middle[1] in texts(doc)


# --- a members-only box inside the text -------------------------------------------------------

def test_a_members_box_goes_and_the_items_around_it_stay():
    lines = ["车间安全生产目标管理责任书", "一、安全生产目标", "1、全年杜绝重伤及以上事故。", "2、杜绝火灾和爆炸事故。",
             "隐藏内容", "此处内容需要权限查看", "会员免费查看3、特种作业人员持证上岗率达到百分之百。",
             "4、隐患整改率达到百分之百。"]
    doc, report = clean("\n".join(lines))
    assert texts(doc) == ["一、安全生产目标", "1、全年杜绝重伤及以上事故。", "2、杜绝火灾和爆炸事故。",
                          "3、特种作业人员持证上岗率达到百分之百。", "4、隐患整改率达到百分之百。"]
    assert removed(report, "paywall.hidden-content-box") == ["隐藏内容", "此处内容需要权限查看"]
    assert removed(report, "paywall.members-read-free") == ["会员免费查看"]


def test_a_sentence_about_members_stays():
    middle = ["会员可查看30天内的借阅记录。", "会员免费查看电子期刊是图书馆今年新增的服务。"]
    doc, _report = clean(page(middle=middle))
    assert texts(doc) == [*BODY[:4], *middle, *BODY[4:]]


# --- a picture box after a news item ----------------------------------------------------------

def test_a_picture_box_and_its_captions_go_after_the_text():
    tail = ["焦点图片", "小狗穿上雨衣和小主人一起散步", "秋日银杏大道游人如织"]
    doc, report = clean(page(tail=tail))
    assert texts(doc) == BODY
    assert removed(report, "recommendations.photo-box") == tail


# --- an AI page's summary over its contents list ----------------------------------------------

def test_an_ai_pages_summary_goes_with_its_contents_label():
    summary = "社区议事会是居民参与治理的一种年度协商安排，其中涵盖了议题提出和表决的各个环节。"
    doc, report = clean("\n".join(["社区议事会：让居民的事居民商量着办", summary, "本文目录导读:", *BODY[:4]]))
    assert texts(doc) == BODY[:4]
    assert removed(report, "lead-in.summary-above-contents") == [summary]
    assert removed(report, "meta-lines.contents-lead") == ["本文目录导读:"]


@pytest.mark.parametrize("label", ["本文目录一览:", "本文目錄一覽："])
def test_a_blog_plugins_contents_overview_label_goes_under_its_lead_in(label):
    # Round 56: the label a blog plugin prints over the article's own questions, right under the
    # site's "本篇文章给大家谈谈…" sentence; the questions and the answers stay.
    lead = "本篇文章给大家谈谈社区议事会怎么开，以及议题怎么提的知识点，希望对各位有所帮助，不要忘了收藏本站喔。"
    items = ["1、社区议事会怎么开？", "2、议题怎么提？"]
    doc, report = clean("\n".join(["社区议事会怎么开", lead, label, *items, *BODY[:4]]))
    assert texts(doc) == [*items, *BODY[:4]]
    assert removed(report, "meta-lines.contents-lead") == [label]


def test_a_documents_own_contents_overview_heading_stays():
    lines = ["社区议事会工作手册", "本手册供各社区议事会成员学习使用。", "目录一览", *BODY[:4]]
    doc, _report = clean("\n".join(lines))
    assert texts(doc)[:2] == ["本手册供各社区议事会成员学习使用。", "目录一览"]


def test_a_paragraph_above_a_documents_own_contents_heading_stays():
    lines = ["社区议事会工作手册", "本手册供各社区议事会成员学习使用。", "目录", *BODY[:4]]
    doc, _report = clean("\n".join(lines))
    assert texts(doc)[:2] == ["本手册供各社区议事会成员学习使用。", "目录"]


def test_a_summary_under_its_label_alone_goes():
    summary = "要点分为三个部分：回顾去年的工作，提出今年的目标，部署十项重点任务。"
    doc, report = clean("\n".join(["社区工作要点解读", "AI导读:", summary, *BODY[:4]]))
    assert texts(doc) == BODY[:4]
    assert removed(report, "lead-in.guide-text") == [summary]


# --- "follow us for more" ---------------------------------------------------------------------

def test_a_follow_for_more_line_goes_whatever_the_sites_name():
    tail = ["更多精彩资讯请关注青禾每日头条，我们将持续为您更新最新资讯！"]
    doc, report = clean(page(tail=tail))
    assert texts(doc) == BODY
    assert removed(report, "footer.follow-for-more") == tail


def test_a_notice_asking_readers_to_follow_an_account_stays():
    tail = ["更多活动安排请关注社区公告栏，社区工作人员将及时通知。"]
    doc, _report = clean(page(tail=tail))
    assert tail[0] in texts(doc)


# --- a re-posting site's feed label -----------------------------------------------------------

def test_a_feed_label_goes_and_a_programme_name_in_a_sentence_stays():
    head = ["联播县政府即时新闻"]
    middle = ["县电视台联播节目播出了这条新闻。"]
    doc, report = clean(page(head=head, middle=middle))
    assert texts(doc) == [*BODY[:4], *middle, *BODY[4:]]
    assert removed(report, "meta-lines.syndication-label") == head


# --- a site's advert for its own service ------------------------------------------------------

def test_a_sites_advert_for_its_service_goes_beside_its_outro():
    tail = ["以上是青禾法律网小编整理的知识，谢谢您的阅读。",
            "律师答疑是青禾法律网为用户提供针对文章内容的专业解答服务。",
            "通过青禾法律平台的大数据准确匹配，严选专业律师在线为您解答。"]
    doc, report = clean(page(tail=tail))
    assert texts(doc) == BODY
    assert removed(report, "injected.site-service-advert") == tail[1:]


def test_a_news_items_sentence_about_a_platform_stays():
    tail = ["据悉，该平台为用户提供政策查询、在线办事等服务。", "【责任编辑：周明】"]
    doc, report = clean(page(tail=tail))
    assert tail[0] in texts(doc)
    assert not removed(report, "injected.site-service-advert")


# --- a reference entry's full name under its title --------------------------------------------

def test_an_entrys_full_name_in_brackets_under_its_title_is_the_title_again():
    lines = ["國務院機構改革方案", "(中華人民共和國國務院機構改革方案)",
             "國務院機構改革方案是國務院就調整部門設置提出的方案，由全國人民代表大會審議批准。"]
    doc, report = clean("\n".join(lines))
    assert texts(doc) == [lines[2]]
    assert removed(report, "title.repeated-title") == [lines[1]]


def test_a_bracketed_year_or_note_under_the_title_stays():
    lines = ["社区工作计划", "（二〇二四年）", "（本计划经居民代表会议讨论通过）", "一、工作目标",
             "全年完成十项民生实事，居民满意度达到百分之九十以上。"]
    doc, _report = clean("\n".join(lines))
    assert texts(doc)[:2] == lines[1:3]


# --- a pager -----------------------------------------------------------------------------------

def test_a_pager_goes_and_a_line_of_numbers_stays():
    tail = ["上一页 1 2 下一页"]
    middle = ["1 2 3"]
    doc, report = clean(page(middle=middle, tail=tail))
    assert texts(doc) == [*BODY[:4], *middle, *BODY[4:]]
    assert removed(report, "meta-lines.pager") == tail


def test_a_sections_edit_link_alone_goes_between_its_name_and_its_text():
    # No other chrome beside it: the link alone is enough (a site label in brackets needs chrome
    # beside it, an edit link does not).
    middle = ["历史", "[编辑]", "早在九十年代，一些社区就开始由居民代表定期商议公共事务。"]
    doc, report = clean(page(middle=middle))
    assert texts(doc) == [*BODY[:4], "历史", middle[2], *BODY[4:]]
    assert removed(report, "meta-lines.wiki-edit-link") == ["[编辑]"]


def test_a_newspapers_dateline_stays():
    first = "本报讯（通讯员 林小燕）五月六日上午，县老年大学书画作品展在文化馆开幕。"
    doc, report = clean("\n".join(["县老年大学举办书画作品展", first, *BODY[:3]]))
    assert "".join(texts(doc)[0].split()) == "".join(first.split())
    assert not removed(report, "meta-lines.glued-correspondent")


@pytest.mark.parametrize("notice", ["此处内容已隐藏，回复后可见", "本帖隐藏的内容需要回复才可以浏览",
                                    "游客，如果您要查看本帖隐藏内容请回复", "该内容已被隐藏，登录后查看"])
def test_a_hidden_content_notice_goes_in_the_wordings_plugins_print(notice):
    doc, report = clean(page(middle=[notice]))
    assert texts(doc) == BODY
    assert removed(report, "paywall.hidden-content-box") == [notice]


def test_a_pager_of_bare_numbers_in_angle_brackets_goes():
    doc, report = clean(page(tail=["< 1 2 3 >"]))
    assert texts(doc) == BODY
    assert removed(report, "meta-lines.pager") == ["< 1 2 3 >"]


def test_a_comment_lists_count_goes_after_the_text():
    tail = ["12条留言"]
    doc, report = clean(page(tail=tail))
    assert texts(doc) == BODY
    assert removed(report, "comments.comment-prompt") == tail


def test_an_edit_link_glued_to_a_heading_read_from_html_is_cut_and_the_heading_stays():
    from reportfmt.batch.job import process_bytes
    from reportfmt.options import build_options

    paragraph = "早在二十世纪九十年代，一些城市社区就开始由居民代表定期商议停车、绿化和公共维修等事项。"
    html = ("<html><head><title>社区议事规则</title></head><body><article><h1>社区议事规则</h1>"
            f"<p>{paragraph}</p><h2>历史[编辑]</h2><p>{paragraph}</p><h2>现状[编辑]</h2><p>{paragraph}</p>"
            "</article></body></html>")
    processed = process_bytes(html.encode("utf-8"), "wiki.html", build_options({}), fmt="html")
    assert [t for t in texts(processed.doc) if len(t) < 10] == ["历史", "现状"]
    assert removed(processed.report, "meta-lines.wiki-edit-link-glued") == ["[编辑]", "[编辑]"]
