"""Template-site forms of issue 18's round 29: the intro a 范文/文库 site puts around a document,
its document-sharing chrome and its truncation notes, written for their shape.

Forms counted on real pages of the search tool's `pages` corpus (25 范文/文库/文档 sites read at the
top of the page; fixtures here are our own words with made-up names):
- the site's lead-in between the title and the first sample: 9 sites (genre talk, "那么…呢?",
  the offer to the reader and a wish); one of them names no editor (下面我给大家整理了…), one says
  the genre of the page's title and points at "下面的…合集";
- a 文库 page's chrome: page-image placeholders + "已阅读N页,还剩M页未读" + 版权说明 + 文档简介
  over the file's first chunk "1、…" (3 pages of one site family), the numbered download
  clauses under 合集下载 (3), the upload-facts row and 资源描述 (2), 资源ID/资源大小 facts with
  下载积分 (3); a file's folio run into its text ("第1页共18页", 1); the page's toolbar cells in
  brackets after its date, a 说明 paragraph on the preview and the download, the title's keywords
  on one comma-joined line, and the page's own address glued after the last line (2 sites of one
  文档 family); a reading tip before each sample (本篇共计N个字，预计看完需要N分钟, 1);
- truncation notes: a note that only part is shown and where the whole is (1).
"""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

BODY = ["今年以来，青禾社区坚持把为民服务放在首位，先后走访困难家庭四十余户。",
        "在环境整治方面，社区组织志愿者清理楼道杂物，拆除违规搭建十二处。",
        "下一步，社区将继续完善网格化管理，让居民办事更方便。"]


# --- the document-sharing page's chrome ------------------------------------------------------

def test_a_wrapped_upload_disclaimer_never_takes_the_summary_label_and_the_files_first_chunk():
    # The disclaimer stops mid-sentence (no full stop); under it the summary's label and the
    # file's first chunk "1、…" are not the rest of its sentence.
    chunk = "1、学校食堂管理办法第一章 总则 第一条 为保障师生饮食安全，制定本办法。"
    page = ["学校食堂管理办法", "下载本文档",
            "版权说明：本文档由用户提供并上传，收益归属内容提供方，若内容存在侵权，请进行举报或认领",
            "文档简介", chunk, "第二条 食堂实行校长负责制。"]
    doc, report = clean("\n".join(page))
    assert any("第一条 为保障师生饮食安全，制定本办法。" in text for text in texts(doc))
    assert removed(report, "document-site.uploaded-by-users") == [page[2]]


def test_a_files_folio_run_into_its_text_goes_with_its_page_count():
    page = ["下载本文档", "上传人：b***3 文档编号：1234 页数：4 大小：25KB", "社区养老服务发展报告",
            "社区养老是居家养老的重要依托。第1页共15页近年来各地不断探索。"]
    doc, _ = clean("\n".join(page))
    assert texts(doc)[-1] == "社区养老是居家养老的重要依托。近年来各地不断探索。"


def test_a_note_that_only_part_is_shown_goes_an_exhibitions_sentence_stays():
    note = "内容较多，这里仅展示头部和尾部的部分文字，全文请查看图片预览"
    doc, report = clean("\n".join(["村卫生室管理制度", *BODY, note]))
    assert texts(doc) == BODY
    assert removed(report, "paywall.part-shown-whole-elsewhere") == [note]
    own = "本次展览仅展示部分作品，全部内容请到现场查看。"
    doc, report = clean("\n".join(["书画展开幕通知", *BODY, own]))
    assert texts(doc)[-1] == own


def test_sentences_about_the_uploaded_file_go_on_a_document_site():
    lines = ["本文档由 青禾 于 2023-04-11 上传，共4页", "该文档共4页，文档为Word格式，可直接编辑使用。",
             "word文档可编辑，下载即可使用", "4、该文档为原创文档，原创作者拥有版权。",
             "认证主体：某某文化传媒有限公司"]
    page = ["社区工作总结", "下载本文档", "上传人：b***3 文档编号：1234 页数：4 大小：25KB", *lines, *BODY]
    doc, _ = clean("\n".join(page))
    assert texts(doc) == BODY


def test_a_standards_scope_clause_is_no_file_sentence():
    scope = "本文档规定了社区服务中心的服务内容、服务流程和服务质量要求。"
    page = ["社区服务规范", "下载本文档", "上传人：b***3 文档编号：1234 页数：4 大小：25KB", scope, *BODY]
    doc, _ = clean("\n".join(page))
    assert texts(doc) == [scope, *BODY]


def test_a_reading_tip_before_each_sample_goes():
    tip = "阅读小贴士：本篇共计1200个字，预计看完需要4分钟，共有35位用户收藏，8人推荐！"
    page = ["第1篇 关于节约粮食的倡议书", tip, "全体同学：", "粮食来之不易，我们要从每一餐做起。"]
    doc, report = clean("\n".join(page))
    assert tip not in texts(doc)
    assert removed(report, "document-site.reading-time") == [tip]
    assert "粮食来之不易，我们要从每一餐做起。" in texts(doc)


def test_a_wenku_pages_toolbar_cells_preview_note_keywords_and_address_go():
    articles = ["第一条 为推进村务公开，制定本制度。", "第二条 村务公开每季度一次。"]
    page = ["村务公开制度范本",
            "2023-08-10 20:32:13 某某文档网 [ 字体: ] [ 阅读: ] [ 文档下载 ]",
            "说明：文章内容仅供预览，部分内容可能不全。下载后的文档，内容与下面显示的完全一致。",
            "制度,村务,公开,范本",
            *articles[:1], articles[1] + " 1 / 1 本文来源：https://www.example-wd.com/doc/1a2b3c.html"]
    doc, report = clean("\n".join(page))
    assert texts(doc) == articles
    assert [r["rule"] for r in report.removed[1:]] == [
        "document-site.bracketed-tool-cells", "document-site.preview-disclaimer",
        "document-site.title-keywords", "document-site.source-url-glued"]


def test_a_templates_bracketed_blanks_are_its_own():
    line = "本人自[入职年份]年起在[现部门]从事[现岗位]工作。因[调岗原因]，申请调至[意向部门][意向岗位]。"
    page = ["调岗申请", "尊敬的领导：", line, "此致", "敬礼"]
    doc, _ = clean("\n".join(page))
    assert line in texts(doc)


# --- the site's lead-in and outro ----------------------------------------------------------------

def test_an_offer_naming_the_kind_of_text_the_title_names_goes():
    lead = "教师节就要到了，送上一句贺词表达感谢吧。看看下面的贺词合集，总有一句适合你！"
    wishes = ["1、老师，您辛苦了！", "2、感谢您的教导之恩。"]
    doc, report = clean("\n".join(["教师节贺词", lead, *wishes]))
    assert removed(report, "lead-in.reader-address") == [lead]
    assert texts(doc) == wishes


def test_the_sites_editor_bidding_the_reader_to_look_goes():
    lead = "写总结是每个单位的必修课，怎样才能写出一篇出彩的总结？快跟着小编一起看看吧！"
    doc, report = clean("\n".join(["社区工作总结", lead, *BODY]))
    assert texts(doc) == BODY
    assert removed(report, "lead-in.reader-address") == [lead]


def test_a_document_naming_itself_by_its_kind_is_its_own_voice():
    close = "本实施方案可根据实际情况进行调整，大家可以对照执行。"
    page = ["社区志愿服务实施方案", "一、每月开展一次集中服务活动。", "二、建立志愿者积分制度。", close]
    doc, _ = clean("\n".join(page))
    assert texts(doc)[-1] == close


def test_the_box_of_what_readers_of_the_page_read_next_goes_with_its_titles():
    box = ["看过“社区工作总结”的人还看了以下文章", "2023年街道工作总结", "村委会年度工作总结"]
    doc, report = clean("\n".join(["社区工作总结", *BODY, *box]))
    assert texts(doc) == BODY
    assert removed(report, "recommendations.readers-also-box")[0] == box[0]


# --- between and under samples ---------------------------------------------------------------------

SAMPLE_1 = ["社区工作总结篇一", "今年以来，我社区在街道党工委的领导下，扎实开展各项工作，取得了一定成效。",
            "一是完成了人口普查入户登记工作。", "二是组织志愿者开展环境整治十二次。"]
SAMPLE_2 = ["社区工作总结篇二", "一年来，社区党委坚持党建引领，推动各项工作落实落地。",
            "明年我们将继续完善网格化管理。"]


def test_a_samples_counted_point_above_the_sites_note_is_no_definition():
    # "二是…。" reads like "X是…" but is the sample's own second point: only the note goes.
    note = "以上范文仅供参考，请根据实际情况修改。"
    doc, report = clean("\n".join(["社区工作总结（精选2篇）", *SAMPLE_1, note, *SAMPLE_2]))
    assert "二是组织志愿者开展环境整治十二次。" in texts(doc)
    assert [r["rule"] for r in report.removed[1:]] == ["lead-in.for-reference-only"]


def test_the_sites_line_under_a_samples_marker_offering_it_goes():
    line = "这是一篇关于社区工作的总结，结构清晰，可供参考。"
    doc, report = clean("\n".join(["社区工作总结（精选2篇）", SAMPLE_1[0], line, *SAMPLE_1[1:], *SAMPLE_2]))
    assert removed(report, "lead-in.reader-address") == [line]
    assert SAMPLE_1[1] in texts(doc)


def test_the_sites_critique_of_a_sample_under_its_label_goes():
    critique = "【评析】这份总结先总后分，层次分明，可作为社区工作人员的写作参考。"
    doc, report = clean("\n".join(["社区工作总结（精选2篇）", *SAMPLE_1, critique, *SAMPLE_2]))
    assert removed(report, "lead-in.critique-label") == [critique]
    assert SAMPLE_1[-1] in texts(doc) and SAMPLE_2[1] in texts(doc)


# --- after the text ----------------------------------------------------------------------------------

def test_the_sites_credit_and_its_more_glued_after_the_last_sentence_are_cut():
    last = "下一步，社区将继续完善网格化管理，让居民办事更方便。"
    for glued, rule in (("本文由某某网整理发布。", "lead-in.compiled-by-site-after-text"),
                        ("更多社区工作总结范文请关注某某网。", "lead-in.more-at-the-site-after-text")):
        doc, report = clean("\n".join(["社区工作总结", *BODY[:2], last + glued]))
        assert texts(doc) == BODY
        assert removed(report, rule) == [glued]


def test_a_closing_that_tells_the_reader_to_keep_following_goes_a_reports_plan_stays():
    close = "关于社区工作总结就讲到这里，更多写作技巧请持续关注。"
    doc, report = clean("\n".join(["社区工作总结", *BODY, close]))
    assert texts(doc) == BODY
    assert removed(report, "lead-in.reader-address") == [close]
    plan = "下一步，我们将持续关注这些问题，切实解决居民的困难。"
    doc, _ = clean("\n".join(["社区工作总结", *BODY[:2], plan]))
    assert texts(doc)[-1] == plan


def test_a_note_of_the_whole_texts_size_where_the_shown_text_stops_is_cut():
    last = "第二条 村卫生室实行乡村一体化管理。"
    first = "第一条 为规范村卫生室管理，制定本制度。"
    doc, report = clean("\n".join(["村卫生室管理制度", first, last + "……（全文共5123字）"]))
    assert texts(doc)[-1] == last
    assert removed(report, "paywall.text-size-note") == ["……（全文共5123字）"]


def test_a_line_of_the_files_amounts_goes_on_a_document_site():
    page = ["社区工作总结", "下载本文档", "上传人：b***3 文档编号：1234 页数：4 大小：25KB",
            "约3.2千字 约5页 0.03MB", *BODY]
    doc, _ = clean("\n".join(page))
    assert texts(doc) == BODY


def test_the_sites_definition_of_the_titles_kind_above_the_documents_salutation_goes():
    definition = "述职报告是任职者向上级和群众陈述任职情况的书面报告，一般由标题、称谓、正文和落款组成。"
    text = ["尊敬的各位领导、同事们：", "大家好！我于去年三月担任办公室主任一职，现将一年来的工作述职如下。"]
    doc, report = clean("\n".join(["个人述职报告", definition, *text]))
    assert texts(doc) == text
    assert removed(report, "lead-in.definition-before-text") == [definition]


def test_an_entrys_definition_of_its_title_over_its_own_sections_stays():
    definition = "述职报告是任职者向上级和群众陈述任职情况的书面报告，一般由标题、称谓、正文和落款组成。"
    page = ["述职报告", definition, "一、述职报告的特点", "述职报告以自我陈述为主，内容要真实。"]
    doc, _ = clean("\n".join(page))
    assert definition in texts(doc)
