"""Chrome told by where it stands and its shape (issue 18, sixteenth round): a transcription's page
numbers set apart by a blank, a teaser printed twice above the text it repeats, a Q&A site's label
over the answer, a box of other stories under a "…推荐" label, a preview's label and the dots where
the preview stops, a document viewer's English controls. Each test keeps a document line of a
nearby shape. Fixtures are written for the project in the forms real pages take."""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

BODY = [f"第{n}部分：我们扎实推进各项工作，群众满意度稳步提高。" for n in range(1, 13)]


def page(*, head=(), tail=(), title="某某镇开展消防安全专项检查"):
    return "\n".join([title, *head, *BODY, *tail])


# A PDF's pages flattened one a line, each opened by its page number and a blank, each cut off
# wherever the page ended (no full stop at its end).
PDF_PAGES = ["1 某某市文化馆年度工作要点 一 主要职责 本馆负责全市群众文化活动的组织、辅导和研究，"
             "承担非物质文化遗产的保护与传承工作，并指导各区县文化馆开展业务工作及人员培训",
             "2 二 机构设置 本馆下设活动部、辅导部、非遗保护部和办公室四个部门，现有编制二十八人，"
             "其中专业技术人员二十一人，另设志愿者服务队承担周末和节假日的展厅讲解、咨询及",
             "3 三 年度重点 全年计划举办公益培训班四十期，送文化下乡演出六十场，完成非遗项目"
             "调查记录十二项，建成数字文化馆线上平台并开通预约功能，年内服务群众达到二十万人次"]


def test_page_numbers_set_apart_by_a_blank_go_when_each_page_breaks_off_mid_sentence():
    doc, report = clean("\n".join(["某某市文化馆年度工作要点", *PDF_PAGES]))
    assert removed(report, "injected.page-chunk-number") == ["1", "2", "3"]
    out = "".join("".join(texts(doc)).split())
    # The pages' words stay (the title glued at the first page's start is the title pass's).
    assert all("".join(p[2:].split())[14:] in out for p in PDF_PAGES)
    assert not any(t[0].isdigit() for t in texts(doc))


def test_numbered_paragraphs_ending_their_sentences_keep_their_numbers():
    # A report's own "1 …" paragraphs, each closed by a full stop, and a standard's short clauses.
    items = [p + "。" for p in PDF_PAGES]
    doc, report = clean("\n".join(["某某市文化馆年度工作要点", *items]))
    assert not removed(report, "injected.page-chunk-number")
    assert texts(doc)[-1].startswith("3 ")
    clauses = ["1 范围", "本标准规定了社区文化活动室的建设要求。", "2 术语和定义", "下列术语适用于本标准。"]
    doc, report = clean("\n".join(["社区文化活动室建设规范", *clauses]))
    assert not removed(report, "injected.page-chunk-number")


OPENING = "那年冬天，外公从镇上扛回一只旧木箱，箱盖上的铜锁早已锈得打不开了。母亲说那是外婆的嫁妆"
ESSAY = [OPENING + "，外公守了它整整四十年。",
         "后来木箱被搬进了我的房间，我在里面放过课本，也放过写给远方朋友的信。"]


def test_a_teaser_shown_twice_above_the_text_goes_both_times():
    # The site's teaser (the title, the first part's number and the opening, cut with an
    # ellipsis), printed twice before the text it repeats.
    teaser = "旧木箱1" + OPENING[:40] + "……"
    doc, report = clean("\n".join(["旧木箱", teaser, teaser, *ESSAY]))
    assert texts(doc) == ESSAY
    assert removed(report, "repeat.teaser") == [teaser, teaser]


def test_a_paragraph_said_twice_keeps_one_copy_and_the_text_after_it():
    # A paragraph printed twice keeps one copy (the first reads as the second's teaser), and the
    # text after the copies, which does not go on from them, stays whole.
    refrain = "雪落下来的时候，村口的老槐树总是最先白了头。"
    doc, report = clean("\n".join(["旧木箱", refrain, refrain, *ESSAY]))
    assert texts(doc) == [refrain, *ESSAY]
    assert removed(report, "repeat.teaser") == [refrain]


SAMPLE = ["秋雨的散文：巷口的雨", "巷口的青石板被雨洗得发亮，卖豆花的老人撑起了那把褪色的油布伞。",
          "雨脚细密，屋檐下挂成一串串珠帘，孩子们伸手去接，笑声落在水洼里。"]


def test_the_site_presenting_its_samples_closes_an_intro_paragraph_and_goes_with_it():
    # 小编 speaking to the readers, the verb between garbled by a script conversion; and a
    # collector's "下面就是我整理的…，欢迎来参考" after a line on the author.
    for intro in ("说起秋天，人们想到的多半是落叶。下面是小编给大家??的写秋雨的散文，供大家欣赏。",
                  "苏晚晴，散文作者，文字清淡。下面就是我整理的苏晚晴的散文，欢迎来参考！"):
        doc, report = clean("\n".join(["写秋雨的散文", intro, *SAMPLE]))
        assert texts(doc)[-2:] == SAMPLE[1:]
        assert intro not in texts(doc)
        assert [r["text"] for r in report.removed if r["rule"].startswith("lead-in.")] == [intro]


def test_a_writers_own_sentence_presenting_what_follows_stays():
    # No invitation to the reader: the writer's own transition.
    line = "下面就是我整理的几点做法，每一条都是大家在实践中摸索出来的。"
    doc, report = clean("\n".join(["社区治理的几点做法", line, *BODY]))
    assert texts(doc)[0] == line
    assert not [r for r in report.removed if r["rule"].startswith("lead-in.")]


def test_a_qa_sites_label_over_the_rated_answer_goes():
    for label in ("最佳答案", "满意回答", "推荐答案"):
        doc, report = clean(page(head=[label]))
        assert texts(doc) == BODY
        assert removed(report, "forum.answer-box") == [label]


def test_an_answer_word_without_a_rating_stays():
    # An exercise's own "参考答案" and a bare "答案" head their text.
    for line in ("参考答案", "答案"):
        doc, report = clean(page(head=[line]))
        assert line in texts(doc)
        assert not removed(report, "forum.answer-box")


def test_a_box_of_other_stories_under_a_kind_of_item_and_recommended_goes():
    tail = ["新闻推荐", "我区举办秋季消防运动会", "某某新闻，天天更新。"]
    doc, report = clean(page(tail=tail))
    assert texts(doc) == BODY
    assert removed(report, "recommendations.kind-recommendations") == tail


def test_a_documents_numbered_section_on_recommending_stays():
    tail = ["三、工作推荐", "本年度推荐优秀志愿者三名，名单附后。"]
    doc, report = clean(page(tail=tail))
    assert texts(doc)[-2:] == tail
    assert not removed(report, "recommendations.kind-recommendations")


def test_a_preview_label_and_the_dots_where_the_preview_stops_go():
    head = ["内容预览:"]
    tail = ["13、各社区要建立台账…………", "本文共2100字，仅供站内会员学习参考(会员登录后可查看全文)"]
    doc, report = clean(page(head=head, tail=tail))
    assert texts(doc) == [*BODY, "13、各社区要建立台账"]
    assert removed(report, "paywall.preview-label") == head
    assert removed(report, "paywall.dots-before-wall") == ["…………"]


def test_a_writers_ellipsis_and_dots_not_above_a_wall_stay():
    tail = ["13、还有许多工作要做……", "14、附件：活动照片…………", "15、以上报告，请审阅。"]
    doc, report = clean(page(tail=tail))
    assert texts(doc)[-3:] == tail
    assert not removed(report, "paywall.dots-before-wall")


def test_an_english_document_viewers_controls_go():
    head = ["Size: px", "Start display at page:", 'Download "某某市文化馆年度工作要点"', "Transcription"]
    doc, report = clean(page(head=head, title="某某市文化馆年度工作要点"))
    assert texts(doc) == BODY
    assert removed(report, "document-site.viewer-controls") == head


def test_page_numbers_of_a_file_named_in_book_title_marks_go():
    # The page and its page images name the file "《X》.doc"; its first page opens with X itself.
    name = "《社区老年助餐服务实施方案》"
    images = [f"{name}.doc_第1页", f"{name}.doc_第2页", "下载本文档"]
    first = "社区老年助餐服务实施方案为方便辖区老年人就餐，制定本方案。一、工作目标年内建成助餐点三处，覆盖"
    second = "全部社区。二、工作措施引入餐饮企业运营，实行政府补贴。"
    doc, report = clean("\n".join([f"{name}.doc", *images, "亲，本文档共2页，免费预览到此结束，喜欢就下载吧！",
                                   "1、" + first, "2、" + second]))
    assert removed(report, "injected.page-chunk-number") == ["1、", "2、"]
    assert removed(report, "paywall.preview-ended") == ["亲，本文档共2页，免费预览到此结束，喜欢就下载吧！"]
    assert "".join(texts(doc)).endswith(second)


def test_a_guide_label_set_apart_by_a_blank_takes_its_summary():
    line = "导读 1.纪要只写议定的事项。纪要有办公会议纪要和专题会议纪要两种。"
    doc, report = clean(page(head=[line]))
    assert texts(doc) == BODY
    assert removed(report, "lead-in.guide") == [line]


def test_a_guide_label_alone_on_its_line_stays_a_heading():
    doc, report = clean(page(head=["导读", "本书共分十二章，每章围绕一个主题展开。"]))
    assert "导读" in texts(doc)
    assert not removed(report, "lead-in.guide")


def test_an_e_books_page_mark_and_a_spreads_folios_go():
    doc, report = clean(page(head=["P. 36"], tail=["236 237"]))
    assert texts(doc) == BODY
    assert removed(report, "document-site.flipbook-folio") == ["P. 36"]
    assert removed(report, "document-site.spread-folios") == ["236 237"]


def test_a_site_name_and_address_stamped_before_a_line_go_and_the_line_stays():
    line = "“小船”这个故事讲的是两个好朋友互相问候的事。"
    doc, report = clean(page(tail=["青苔作文网 www.qtzw.cn" + line]))
    assert texts(doc)[-1] == line
    assert removed(report, "injected.site-address-stamp") == ["青苔作文网 www.qtzw.cn"]


def test_a_sentence_citing_a_site_keeps_its_address():
    line = "详情可登录某某市政府网 www.example.gov.cn 查询。"
    doc, report = clean(page(tail=[line]))
    assert texts(doc)[-1] == line
    assert not removed(report, "injected.site-address-stamp")
