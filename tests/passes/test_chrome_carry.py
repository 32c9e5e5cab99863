"""Chrome lines whose kind the rules knew, in the forms other sites print them (issue 18, ninth
round, second wave): a list bullet or a bracket before a site field, a counter label with another
suffix, the site naming its item's field, a credit with the unit and the writer apart, a comment
form's buttons run together, a question-and-answer page's buttons, a disclaimer's label on a
line above its sentence. Each test also keeps a document line of a nearby shape. Fixtures are
written for the project in the forms the real pages take."""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

BODY = [f"第{n}项：我们认真落实各项任务，工作取得了明显成效。" for n in range(1, 9)]


def page(*, head=(), tail=(), title="某某村二〇二三年工作总结"):
    return "\n".join([title, *head, *BODY, *tail])


# --- the line as rules see it: a bullet, a bracket, script -----------------------------------

def test_a_source_field_after_a_list_bullet_goes():
    head = ["• 发布时间:2023-06-01", "• 信息来源:某某镇某某村民委员会", "• 【字体:"]
    doc, report = clean(page(head=head))
    assert texts(doc) == BODY
    assert removed(report, "meta-lines.source-author-line") == ["• 信息来源:某某镇某某村民委员会"]
    assert removed(report, "meta-lines.field-label-alone") == ["• 【字体:"]


def test_a_bulleted_line_of_the_document_stays():
    line = "• 来源广泛的资金投入，保障了项目顺利实施。"
    doc, report = clean(page(head=[line]))
    assert line in texts(doc)
    assert not removed(report, "meta-lines.source-author-line")


def test_counter_labels_in_other_forms_go():
    from reportfmt.passes.boilerplate.ruleset import load_rules
    field_line = next(rule for rule in load_rules() if rule.name == "field-line")
    assert field_line.search("发布时间:2023-06-01 浏览数:12次")
    # "浏览数" for 浏览量, a reposted page's "原发布者", the site naming its sample's type and the
    # length it states.
    head = ["作者:李某 浏览数:12次", "原发布者:abc2020", "范文类型:工作总结,全文共 980 字", "ID:20230601"]
    doc, report = clean(page(head=head))
    assert texts(doc) == BODY
    # (a line opening with the author's or the poster's field is source-author-line's)
    assert removed(report, "meta-lines.source-author-line") == head[:2]
    assert removed(report, "meta-lines.field-line") == head[2:3]
    assert removed(report, "meta-lines.field-fact") == head[3:]


def test_a_document_field_with_a_type_stays():
    # A form's own "项目类型" is no site field: only the site's own noun (范文, 文章, 文档) is.
    line = "项目类型：基础设施，总投资 980 万元"
    doc, _ = clean(page(head=[line]))
    assert line in texts(doc)


def test_a_posting_time_without_its_year_goes():
    doc, report = clean(page(head=["08-16 10:25"]))
    assert texts(doc) == BODY
    assert removed(report, "meta-lines.month-day-stamp") == ["08-16 10:25"]


# --- credits after a news item ---------------------------------------------------------------

def test_credits_with_the_unit_and_writer_apart_are_cut():
    doc, report = clean(page(tail=["(供稿人:第二支部 王某)", "(某某服务中心 赵某某 供稿)"]))
    assert texts(doc) == BODY
    assert removed(report, "meta-lines.closing-credit") == ["(供稿人:第二支部 王某)", "(某某服务中心 赵某某 供稿)"]


def test_a_writers_bare_name_after_the_last_sentence_stays():
    # Without a role word (供稿, 通讯员…) the web-gold corpus keeps the credit as the article's
    # own: the template-site labels call it chrome. Left to the article until the two agree.
    line = "活动当天共接待群众咨询30余人次。（李某某）"
    doc, _ = clean(page(tail=[line]))
    assert line in texts(doc)


def test_a_news_sites_submission_mail_goes_and_a_notices_contact_stays():
    doc, report = clean(page(tail=["某某融媒投稿邮箱:tougao@example.com", "联系邮箱:office@example.com"]))
    assert texts(doc) == [*BODY, "联系邮箱:office@example.com"]
    assert removed(report, "meta-lines.submission-mail") == ["某某融媒投稿邮箱:tougao@example.com"]


# --- comments, answers, logins ---------------------------------------------------------------

def test_a_comment_forms_words_run_together_go():
    tail = ["发表评论取消回复", "發表回復", "评论列表(0条)"]
    doc, report = clean(page(tail=tail))
    assert texts(doc) == BODY
    assert removed(report, "comments.comment-prompt") == tail


def test_a_bare_word_comment_stays():
    # "留言" alone may be a document's own heading (a guestbook's rules): it needs a qualifier,
    # or its place at the page's end with nothing under it (comment_word.py; round 27: a heading
    # has its text under it).
    doc, _ = clean(page(tail=["留言", "来访者请文明留言，不得发布广告。"]))
    assert texts(doc)[-2] == "留言"


def test_a_question_and_answer_pages_buttons_go():
    head = ["我来回答", "共2个回答", "热心网友"]
    doc, report = clean(page(head=head))
    assert texts(doc) == BODY
    assert removed(report, "forum.answer-box") == head


def test_a_login_prompt_where_the_text_stops_goes():
    doc, report = clean(page(tail=["请先登录"]))
    assert texts(doc) == BODY
    assert removed(report, "paywall.login-first") == ["请先登录"]


def test_recommendations_for_you_end_the_page():
    doc, report = clean(page(tail=["為您推薦", "某某社区活动方案", "返回顶部"]))
    assert texts(doc) == BODY
    assert removed(report, "recommendations.recommended-reading") == ["為您推薦", "某某社区活动方案"]
    # The button under the list goes with it, recorded under its own family.
    assert removed(report, "meta-lines.site-buttons") == ["返回顶部"]


# --- a disclaimer's label above its sentence, tags after the title ---------------------------

def test_a_disclaimers_label_goes_with_its_sentence_on_the_next_line():
    tail = ["声明:", "本站文章均来自网络,如有侵权,请联系我们删除。"]
    doc, report = clean(page(tail=tail))
    assert texts(doc) == BODY
    assert removed(report, "footer.disclaimer-label-alone") == ["声明:"]
    assert removed(report, "footer.web-sourced-disclaimer") == tail[1:]


def test_a_declaration_label_above_the_documents_own_words_stays():
    # A pledge's "声明:" above what the signer declares is the document's.
    tail = ["声明：", "本人承诺以上填报内容真实有效，如有不实愿承担相应责任。"]
    doc, report = clean(page(tail=tail))
    assert texts(doc)[-2:] == tail
    assert not removed(report, "footer.disclaimer-label-alone")


def test_an_ascii_copyright_mark_goes():
    doc, report = clean(page(tail=["(c)2010-2024 某某范文网 All Rights Res"]))
    assert texts(doc) == BODY
    assert removed(report, "footer.copyright") == ["(c)2010-2024 某某范文网 All Rights Res"]


def test_tags_printed_after_the_title_at_the_end_go():
    line = "我的暑假读书收获 标签:读书心得 读后感作文 五年级作文"
    doc, report = clean(page(tail=[line]))
    assert texts(doc) == BODY
    assert removed(report, "meta-lines.tags-after-title") == [line]


def test_a_papers_keywords_under_its_abstract_stay():
    # On a short page the second half is the tail: the paper's 关键词 line under its 摘要 is its own.
    lines = ["摘 要:本文梳理了村规民约的由来与演变,并讨论其与自治章程的关系。", "关键词:村规民约 自治章程 基层治理",
             "一、问题的提出", "学界对村规民约的研究由来已久,成果颇丰,但对其演变的梳理仍显不足。"]
    doc, report = clean("\n".join(["村规民约的演变", *lines]))
    assert texts(doc)[:2] == ["摘要：本文梳理了村规民约的由来与演变，并讨论其与自治章程的关系。",
                              "关键词：村规民约 自治章程 基层治理"]  # (the blanks part the keywords)
    assert not removed(report, "meta-lines.keywords")


# --- lead-ins -------------------------------------------------------------------------------

def test_a_site_intro_under_its_own_label_goes_even_split_by_a_lost_character():
    # "?" stands for a character the page lost: it splits no sentence of the site's voice.
    line = "绪论:想写出打动人心的计划吗?本站为您精选了6篇?作计划,愿这些内容启迪您的思路,欢迎您的阅读与分享!"
    doc, report = clean(page(head=[line]))
    assert texts(doc) == BODY
    assert removed(report, "lead-in.site-labelled-intro") == [line]


def test_a_documents_own_foreword_stays():
    line = "前言：本计划根据上级有关要求，结合我村实际制定。"
    doc, report = clean(page(head=[line]))
    assert line in texts(doc)
    assert not removed(report, "lead-in.site-labelled-intro")


def test_the_site_presenting_the_full_text_goes_and_a_speakers_offer_stays():
    site = "下面是某某村村规民约全文内容,敬请大家参考。"
    speaker = "下面是我的几点体会，供大家参考。"
    doc, report = clean(page(head=[site, speaker]))
    assert texts(doc)[0] == speaker
    assert removed(report, "lead-in.full-text-below") == [site]


def test_an_authors_field_glued_after_a_line_at_the_top_is_cut_and_the_line_kept():
    line = "3.会议纪要的写作要求原发布者:wenmi2019"
    doc, report = clean(page(head=[line]))
    assert texts(doc)[0] == "3.会议纪要的写作要求"
    assert removed(report, "meta-lines.fields-glued-after") == ["原发布者:wenmi2019"]


def test_a_documents_own_meeting_time_glued_after_a_heading_stays():
    # Only the poster's or the author's field opens a glued run: "会议时间" is the document's.
    line = "一、会议安排会议时间:2023-06-01"
    _, report = clean(page(head=[line]))
    assert not removed(report, "meta-lines.fields-glued-after")


def test_an_award_ending_in_gongzuozhe_before_its_winner_stays_whole():
    # "工作者：" is an award's or a role's name, not 作者 glued after it: the winner is no byline.
    line = "3、区级优秀社区工作者：林晓岚"
    doc, report = clean(page(head=[line]))
    assert line in texts(doc)
    assert not removed(report, "meta-lines.fields-glued-after")
    assert report.author != "林晓岚"


# --- a template's leftovers, a site engine's credit -----------------------------------------

def test_an_unfilled_template_placeholder_and_an_engine_credit_go():
    tail = ["本篇已获 {{item.praise_total | number '' 0 }} 人点赞", "Produced By 某某内容管理系统 2024/07/11"]
    doc, report = clean(page(tail=tail))
    assert texts(doc) == BODY
    assert removed(report, "markup.template-placeholder") == tail[:1]
    assert removed(report, "footer.powered-by") == tail[1:]


def test_braces_in_a_documents_line_stay():
    line = "公式中{a}表示年度目标值，{b}表示完成值。"
    doc, report = clean(page(tail=[line]))
    assert line in texts(doc)
    assert not removed(report, "markup.template-placeholder")
