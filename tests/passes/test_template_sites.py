"""范文, 文库, 公文 and forum pages: each chrome family goes under a family-prefixed rule name,
the text around it stays. Fixtures are written for the project in the forms the real pages take."""

from __future__ import annotations

import re

import pytest

from helpers import clean, texts
from helpers import removed_by as removed
from reportfmt.passes.boilerplate.ruleset import load_rules

BODY = [f"第{n}部分：我们扎实推进各项工作，群众满意度稳步提高。" for n in range(1, 9)]


def page(*, head=(), tail=(), title="2024年社区服务工作总结"):
    return "\n".join([title, *head, *BODY, *tail])


# --- document-sharing (文库) sites ---------------------------------------------------------

UPLOAD_BOX = ["- 文档编号:4471203", "- 上传时间:2024-03-09", "- 格式:DOCX", "- 页数:9", "- 大小:31.20KB"]


def test_a_document_site_info_box_goes_line_by_line():
    doc, report = clean(page(head=UPLOAD_BOX))
    assert texts(doc) == BODY
    assert removed(report, "document-site.file-fact") == ["- 文档编号:4471203", "- 上传时间:2024-03-09"]
    assert removed(report, "document-site.file-fact-bare") == ["- 格式:DOCX", "- 页数:9"]
    assert removed(report, "document-site.file-size") == ["- 大小:31.20KB"]


def test_profile_rules_act_only_where_two_document_site_markers_show():
    bare = ["- 12", "- 举报"]
    doc, report = clean(page(head=["- 文档编号:4471203", "- 38.5 KB", *bare]))
    assert texts(doc) == BODY
    assert removed(report, "document-site.file-fact-bare") == bare
    # One marker is not enough: the same bare lines may be the author's own. (A bare count in
    # the head goes by meta-lines.count-alone on every page, with a dash in front as without:
    # line_form.py folds the dash.)
    doc, report = clean(page(head=["- 38.5 KB", *bare]))
    assert texts(doc)[:1] == ["- 举报"]
    assert removed(report, "meta-lines.count-alone") == ["- 12"]


def test_download_notice_clauses_go_and_a_numbered_body_list_stays():
    notice = ["【下载声明】", "1、文档下载后请先核对内容，本站不提供编辑服务。",
              "2、已购买的文档不支持退款，请预览后再下载。"]
    body_list = ["1、各科室要按时报送工作计划。", "2、各科室要认真落实考勤制度。"]
    doc, report = clean(page(head=["合集下载", *notice], tail=body_list))
    assert texts(doc) == BODY + body_list
    assert removed(report, "document-site.numbered-notice") == notice[1:]


def test_uploader_disclaimers_slogans_and_page_images_go():
    lines = ["版权说明:本文档由用户提供并上传,收益归属内容提供方,若内容存在侵权,请进行举报或认领",
             "精选优质文档-倾情为你奉上", "社区服务工作总结_第1页", "社区服务工作总结_第2页",
             "![社区服务工作总结_第3页](http://img.example.com/3.png)"]
    doc, report = clean(page(head=lines))
    assert texts(doc) == BODY
    assert {r["rule"].split(".")[0] for r in report.removed[1:]} == {"document-site"}


def test_a_page_number_glued_into_the_text_of_a_document_site_is_cut():
    line = "我们的工作得到了上级的肯定。第2页接下来还要继续努力。"
    doc, report = clean(page(head=["- 文档编号:1", "下载本文档", line]))
    assert "我们的工作得到了上级的肯定。接下来还要继续努力。" in texts(doc)
    assert removed(report, "document-site.page-number-glued") == ["第2页"]


def test_file_extension_leaves_the_title_and_its_repeats_go():
    doc, report = clean(page(title="社区服务管理办法汇编.docx", head=["社区服务管理办法汇编"]))
    assert doc.get_metadata("title") == "社区服务管理办法汇编"
    assert removed(report, "title.repeated-title") == ["社区服务管理办法汇编"]


# --- paywalls and truncation -------------------------------------------------------------

def test_paywall_notes_go_and_the_text_shown_stays():
    last = "第8部分：今后我们将继续改进服务方式（未完，全文共4200字，当前仅显示1500字）"
    tail = ["还剩6页未读，继续阅读", "开通会员即可下载全文阅读"]
    doc, report = clean("\n".join(["2024年社区服务工作总结", *BODY[:7], last, *tail]))
    assert texts(doc)[-1] == "第8部分：今后我们将继续改进服务方式"
    assert removed(report, "paywall.unfinished-note") == ["（未完，全文共4200字，当前仅显示1500字）"]
    assert [r["rule"] for r in report.removed[-2:]] == ["paywall.read-rest-for-free", "paywall.member-only"]


def test_dots_where_the_site_cut_the_text_off_are_cut():
    last = "第8部分：今年共走访困难家庭三十余户，发放慰问..."
    doc, report = clean("\n".join(["2024年社区服务工作总结", *BODY[:7], last]))
    assert texts(doc)[-1] == "第8部分：今年共走访困难家庭三十余户，发放慰问"
    assert removed(report, "paywall.cut-off-dots") == ["..."]


@pytest.mark.parametrize(("last", "note"), [
    ("第8部分：今后我们将继续改进服务方式……此处隐藏3120个字……", "……此处隐藏3120个字……"),
    ("第8部分：今后我们将继续改进服务方式……（未完，全文共4200字，请访问 www.example.com 阅读",
     "……（未完，全文共4200字，请访问 www.example.com 阅读"),
    ("第8部分：今后我们将继续改进服务方式（阅读全部内容，您需要先登录！）", "（阅读全部内容，您需要先登录！）"),
])
def test_truncation_notes_in_any_wording_are_cut_from_the_last_sentence(last, note):
    doc, report = clean("\n".join(["2024年社区服务工作总结", *BODY[:7], last]))
    assert texts(doc)[-1] == "第8部分：今后我们将继续改进服务方式"
    assert [r["text"] for r in report.removed if r["rule"].startswith("paywall.")] == [note]


def test_a_sentence_about_pages_left_to_read_is_the_authors_own():
    sentence = "第8部分：这本学习读本还剩30页没有读完，我计划在月底前读完并写出体会。"
    doc, _ = clean("\n".join(["2024年社区服务工作总结", *BODY[:7], sentence]))
    assert texts(doc)[-1] == sentence


def test_an_expand_button_and_a_line_of_dots_go():
    doc, report = clean("\n".join(["2024年社区服务工作总结", *BODY, "……", "展开全文"]))
    assert texts(doc) == BODY
    assert [r["rule"] for r in report.removed[-2:]] == ["paywall.dots-alone", "paywall.expand-button"]


# --- intro and outro templates -----------------------------------------------------------

def test_genre_talk_closed_by_a_site_sentence_goes_whole():
    intro = ("工作总结是对一段时间工作的回顾。写好总结能帮助我们发现问题、改进工作。"
             "那么工作总结该怎么写呢？以下是小編为大家精心整理的范文，歡迎閱讀。")
    doc, report = clean(page(head=[intro]))
    assert texts(doc) == BODY
    assert removed(report, "lead-in.xiaobian-lead-in") == [intro]


def test_the_site_speaking_without_xiaobian_goes():
    lines = ["本文是我为大家整理的社区工作总结范文，仅供参考。"]
    doc, report = clean(page(head=lines))
    assert texts(doc) == BODY
    assert removed(report, "lead-in.compiled-for-you") == lines


def test_a_genre_question_goes_only_before_a_lead_in_or_a_first_sample():
    question = "工作计划是对今后工作的安排，属于事务文书的一种。那么一份好的计划是什么样的呢？"
    doc, report = clean("\n".join(["社区工作计划（精选3篇）", question, "社区工作计划 1", *BODY]))
    assert removed(report, "lead-in.genre-question") == [question]
    # Before the author's own answer it is the article's introduction.
    doc, _ = clean(page(head=[question]))
    assert question.replace("，", "，") in texts(doc)


def test_guide_and_source_lines_go_but_an_article_voice_intro_stays():
    own_intro = "下面将从定义、特点和写法三个方面介绍述职报告。"
    lines = ["导语：社区工作总结是对一年来社区工作的全面回顾。",
             "《社区工作总结》来源于www.example.com，欢迎阅读社区工作总结。"]
    doc, report = clean(page(head=[*lines, own_intro]))
    assert texts(doc) == [own_intro, *BODY]
    assert [r["rule"] for r in report.removed[1:]] == ["lead-in.guide", "lead-in.source-welcome"]


def test_a_site_sentence_glued_before_the_first_sentence_is_cut_and_the_text_stays():
    first = "下面是小编为大家整理的社区工作总结，供大家参考。尊敬的各位领导、同志们：大家好！"
    doc, report = clean(page(head=[first]))
    assert texts(doc)[0] == "尊敬的各位领导、同志们：大家好！"
    assert removed(report, "lead-in.lead-in-before-text") == ["下面是小编为大家整理的社区工作总结，供大家参考。"]


@pytest.mark.parametrize(("last", "outro"), [
    ("第8部分：今后我们将继续改进服务方式。以上就是小编为大家整理的工作总结，希望对大家有所帮助！",
     "以上就是小编为大家整理的工作总结，希望对大家有所帮助！"),
    ("第8部分：今后我们将继续改进服务方式。感谢阅读，喜欢就收藏吧~", "感谢阅读，喜欢就收藏吧~"),
    ("第8部分：今后我们将继续改进服务方式。希望以上内容对您有所启发。", "希望以上内容对您有所启发。"),
])
def test_a_site_outro_glued_after_the_last_sentence_is_cut_and_the_sentence_stays(last, outro):
    doc, report = clean("\n".join(["2024年社区服务工作总结", *LONG_BODY, last]))
    assert texts(doc)[-1] == "第8部分：今后我们将继续改进服务方式。"
    assert removed(report, "lead-in.outro") == [outro]


def test_the_writers_own_wish_at_the_end_stays():
    last = "第8部分：以上是我的述职报告，我们希望对大家今后的工作有所帮助，请各位领导批评指正。"
    doc, report = clean("\n".join(["2024年社区服务工作总结", *LONG_BODY, last, "希望对大家有所帮助！"]))
    assert texts(doc)[-1] == last
    assert removed(report, "lead-in.hope-it-helps") == ["希望对大家有所帮助！"]


# Body text well past the head of the page, where the head's lead-in rules do not look.
LONG_BODY = [f"第{n}部分：我们扎实推进社区各项服务工作，走访困难家庭，调解邻里纠纷，群众满意度稳步提高。"
             for n in range(1, 8)]


# --- meta lines ----------------------------------------------------------------------------

@pytest.mark.parametrize(("line", "rule", "where"), [
    ("发布人: 网站编辑 发布时间: 2024-05-06 字体: | | 打印文章", "meta-lines.publisher-line", "head"),
    ("网友 分享 时间:2024-05-06", "meta-lines.share-line", "head"),
    ("小编:webadmin", "meta-lines.editor-name", "head"),
    ("webadmin32024-05-06 10:11:12", "meta-lines.user-and-date", "head"),
    ("- 2024-05-06 发布", "meta-lines.date-line", "head"),
    ("原文链接:https://www.example.com/fanwen/1.html", "meta-lines.source-url", "tail"),
    ("本文固定链接: https://www.example.com/zuowen/2.html | 某某作文网", "meta-lines.source-url", "tail"),
    ("标签: 工作总结 社区", "meta-lines.tags", "tail"),
    ("當前位置:首頁>範文>工作總結>", "meta-lines.breadcrumb", "head"),
])
def test_meta_lines_go_with_their_family(line, rule, where):
    doc, report = clean(page(**{where: [line]}))
    assert texts(doc) == BODY
    # The line goes under a meta-lines rule (a URL line may meet the breadcrumb rule first).
    rules = [r["rule"] for r in report.removed if r["text"] == line]
    assert rules and rules[0].startswith("meta-lines."), rules
    assert re.search(next(r.pattern for r in load_rules() if f"{r.concept}.{r.name}" == rule), line)


# --- forum pages -----------------------------------------------------------------------

def test_forum_post_header_and_controls_go():
    head = ["社区小助手 发表于 2019-4-2 09:15:27 | 显示全部楼层 |阅读模式 打印 上一主题 下一主题",
            "[复制链接]", "开启左侧"]
    doc, report = clean(page(head=head))
    assert texts(doc) == BODY
    assert {r["rule"] for r in report.removed[1:]} == {"forum.post-header", "forum.thread-control"}


def test_jammer_strings_go_from_both_ends_and_whole_lines_keeping_section_numbers():
    head = ["全年共组织志愿活动二十余次。7 b( K2 m% Q9 x& n",
            "; d4 P* h- Z8 k& w 1.活动安排合理。",
            "u! R3 {( J7 e/ s$",
            "% t6 L- c* W2 q) n(一)服务群众到位"]
    doc, report = clean(page(head=head))
    assert texts(doc)[:3] == ["全年共组织志愿活动二十余次。", "1.活动安排合理。", "（一）服务群众到位"]
    assert len(removed(report, "forum.jammer")) == 4


def test_ascii_formulas_and_codes_are_not_jammer():
    lines = ["计算公式为 y = a + b * x - c。", "型号 A1 B2 C3 D4 均已更换。"]
    doc, _ = clean(page(head=lines))
    assert texts(doc)[:2] == lines


def test_emoji_noise_goes_only_where_it_recurs():
    noisy = "我们要主动汇报思想🙂，接受监督🌟。这是提高觉悟的途径🚀，也是组织的要求💡。"
    doc, report = clean(page(head=[noisy]))
    assert "我们要主动汇报思想，接受监督。这是提高觉悟的途径，也是组织的要求。" in texts(doc)
    assert len(removed(report, "forum.emoji-jammer")) == 1
    one = "活动结束后大家合影留念🙂，气氛热烈。"
    doc, _ = clean(page(head=[one]))
    assert one in texts(doc)


# --- recommendations and injected strings --------------------------------------------------

def test_a_link_list_at_the_end_goes():
    tail = ["小编精心推荐", "工作总结范文 | 工作总结开头 | 工作总结结尾 | 个人总结"]
    doc, report = clean(page(tail=tail))
    assert texts(doc) == BODY
    assert removed(report, "recommendations.recommended-reading") == tail


def test_a_reprint_notice_stamped_mid_word_is_cut():
    line = "我们要继续发扬优良作风范文网社区频道www.example.cn/转载请保留传统。"
    doc, report = clean(page(head=[line]))
    assert "我们要继续发扬优良作风传统。" in texts(doc)
    assert removed(report, "injected.reprint-notice") == ["范文网社区频道www.example.cn/转载请保留"]


def test_page_chunk_numbers_at_line_starts_are_cut_and_a_numbered_list_is_not():
    chunk = ("社区服务工作总结今年以来我们围绕群众需求开展了大量工作，组织志愿服务活动二十余次，走访困难家庭"
             "三十余户，取得了一定成效，但与上级要求相比还有差距，主要是服务方式比较单一，群众参与的积极性还需要")
    doc, report = clean("\n".join(["社区服务工作总结", "1、" + chunk, "2、进一步提高。下一步我们将改进方法。"]))
    assert texts(doc) == [chunk, "进一步提高。下一步我们将改进方法。"]
    assert removed(report, "injected.page-chunk-number") == ["1、", "2、"]
    items = ["1、加强学习，提高素质。", "2、改进作风，服务群众。"]
    doc, _ = clean(page(tail=items))
    assert texts(doc)[-2:] == items


def test_numbered_items_opening_with_their_heading_are_no_page_chunks():
    # Long, the first one ending without a full stop like a chunk cut mid-sentence; but each
    # opens with a phrase of several words closed by 。: the items of a survey report.
    items = ["1、调查对象分布较为均衡。本次调查在城区三个街道随机抽取八个社区，共发放问卷两百份，"
             "收回有效问卷一百八十余份，涵盖老旧小区、新建商品房小区和单位宿舍区等不同类型的住宅，"
             "样本分布与全区社区类型的构成基本吻合，有效率超过百分之九十",
             "2、受访居民构成具有代表性。受访者中男性略少于女性，年龄以中老年为主，与社区人口结构大体一致。"]
    doc, report = clean("\n".join(["社区居民生活状况调查", *items]))
    assert texts(doc) == items
    assert removed(report, "injected.page-chunk-number") == []


# --- every removal names its family -------------------------------------------------------

def test_every_removed_block_names_its_family():
    lines = [*UPLOAD_BOX, "下面是小编为大家整理的社区工作总结，供大家参考。", "[复制链接]", "标签: 社区"]
    _, report = clean(page(head=lines, tail=["还剩3页未读，继续阅读"]))
    assert len(report.removed) == len(lines) + 2
    assert all(re.fullmatch(r"[a-z-]+\.[a-z0-9-]+", r["rule"]) for r in report.removed)


# --- traditional characters and pinyin glosses -----------------------------------------------

def test_chrome_in_traditional_characters_or_with_pinyin_glosses_goes_like_simplified():
    lines = ["版權(quán)說明:本文檔由用戶提供並上傳,收益歸屬內(nèi)容提供方", "文檔簡介",
             "社區服務工作總結_第1頁"]
    doc, report = clean(page(head=lines, tail=["全文預覽已結束", "下載本文檔"]))
    assert texts(doc) == BODY
    assert removed(report, "document-site.uploaded-by-users") == [lines[0]]
    assert removed(report, "paywall.preview-ended") == ["全文預覽已結束"]
    assert removed(report, "document-site.download-this") == ["下載本文檔"]


def test_the_end_of_a_preview_goes_and_the_summary_text_after_it_stays():
    # 文库 pages print "全文预览已结束" between the page images and the document's summary.
    head = ["社区服务工作总结_第1页", "社区服务工作总结_第2页", "全文预览已结束", "下载本文档", "文档简介"]
    doc, report = clean(page(head=head))
    assert texts(doc) == BODY
    assert removed(report, "paywall.preview-ended") == ["全文预览已结束"]


def test_a_cut_in_traditional_text_removes_the_right_characters_and_keeps_the_words():
    line = "我們繼續加強管理第2頁 共3頁工作成效明顯。"
    doc, report = clean(page(head=[line]))
    assert "我們繼續加強管理工作成效明顯。" in texts(doc)
    assert removed(report, "injected.page-of-pages") == ["第2頁 共3頁"]


def test_a_numbered_list_of_related_pages_at_the_end_goes_and_an_authors_list_stays():
    links = ["(1)、社区志愿服务活动记录", "(2)、社区党员个人对照检查材料"]
    doc, report = clean(page(tail=links))
    assert texts(doc) == BODY
    assert removed(report, "recommendations.numbered-link") == links
    items = ["(1)、加强学习，提高服务能力。", "(2)、改进作风，密切联系群众。"]
    doc, _ = clean(page(tail=items))
    assert texts(doc)[-2:] == items


def test_a_forum_login_box_and_prompts_go():
    head = ["找回密码", "注册", "QQ登录", "只需一步,快速开始", "查看: 812|回复: 6",
            "某网友 | 发表于 2016-5-3 09:12:40 | 显示全部楼层 |阅读模式",
            "马上注册,结交更多好友,享用更多功能。", "您需要 登录 才可以下载或查看,没有帐号?注册", "x"]
    doc, report = clean(page(head=head))
    assert texts(doc) == BODY
    assert {r["rule"].split(".")[0] for r in report.removed[1:]} == {"forum"}
