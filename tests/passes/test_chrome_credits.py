"""Chrome lines of a news desk's foot and a download button, told by their form (issue 18,
seventh round, second wave): the review stages credited under an item (初审, 终审, 编审…), a
download button alone on its line. A document's own closing fields stay. Fixtures are written
for the project in the forms real pages take."""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

BODY = [f"第{n}部分：我们扎实推进各项工作，群众满意度稳步提高。" for n in range(1, 13)]


def page(*, head=(), tail=(), title="某某镇开展消防安全专项检查"):
    return "\n".join([title, *head, *BODY, *tail])


def test_the_review_credits_under_a_news_item_go():
    tail = ["初审：王某", "终审：李某某", "编审：潘某发 王某霞", "总编审：余某", "二审：赵某、钱某 三审：孙某"]
    doc, report = clean(page(tail=tail))
    assert texts(doc) == BODY
    assert removed(report, "meta-lines.review-credits") == tail


def test_a_documents_own_sign_off_fields_at_its_end_stay():
    # A form or a 公文 signs with 审核/制表/签发 and gives its contact: the document's own lines.
    tail = ["制表：张某 审核：李某", "签发：王某某", "联系人：张某 电话：0571-12345678"]
    doc, report = clean(page(tail=tail))
    # (the blank before a field's label parts two fields and stays)
    assert texts(doc) == [*BODY, *tail]
    assert not removed(report, "meta-lines.review-credits")


def test_a_sentence_after_a_review_stage_stays():
    line = "终审：由市局组织专家组对申报材料进行评审，结果在网站公示。"
    doc, report = clean(page(tail=[line]))
    assert texts(doc)[-1] == line
    assert not removed(report, "meta-lines.review-credits")


def test_a_download_button_alone_on_its_line_goes():
    head = ["下载地址：点击此处下载", "下载本文"]
    doc, report = clean(page(head=head))
    assert texts(doc) == BODY
    assert removed(report, "document-site.download-this") == head


def test_a_notice_asking_to_download_its_attachment_stays():
    line = "请各单位点击此处下载报名表，于5月10日前报送。"
    doc, report = clean(page(tail=[line]))
    assert texts(doc)[-1] == line
    assert not removed(report, "document-site.download-this")


# A 文库 page's preview: its page images named after the file, then the pages' text, each page
# numbered at its start. The first page opens with the file's name, its text glued after it.
PREVIEW = ["社区志愿服务方案_第1页", "社区志愿服务方案_第2页", "下载本文档"]
FIRST_PAGE = "社区志愿服务方案一、活动目的为丰富居民生活，增强邻里互助，特制定本方案。"
SECOND_PAGE = "务，形成长效机制。二、活动时间每月第二个周六上午。"


def test_page_numbers_opening_a_files_pages_go_when_the_first_opens_with_its_name():
    doc, report = clean("\n".join(["社区志愿服务方案", *PREVIEW, "1、" + FIRST_PAGE, "2、" + SECOND_PAGE]))
    # Every character of the pages' text stays but the file's name run into 一、, the title printed
    # again (recorded as such: the heading stays, round 33).
    assert "".join(texts(doc)) == FIRST_PAGE.removeprefix("社区志愿服务方案") + SECOND_PAGE
    assert removed(report, "title.repeated-title")[-1] == "社区志愿服务方案"
    assert removed(report, "injected.page-chunk-number") == ["1、", "2、"]


def test_a_numbered_sample_named_like_the_file_is_no_page_number():
    # "1、<name>" alone is the first sample's marker; "1、…" not opening with the name is an item.
    lines = ["1、社区志愿服务方案", "为丰富居民生活，增强邻里互助，特制定本方案。",
             "2、社区志愿服务方案", "为形成长效机制，每月组织一次活动。"]
    doc, report = clean("\n".join(["社区志愿服务方案", *PREVIEW, *lines]))
    assert not removed(report, "injected.page-chunk-number")
    items = ["1、活动目的为丰富居民生活，增强邻里互助，特制定本方案。", "2、活动时间每月第二个周六上午。"]
    doc, report = clean("\n".join(["社区志愿服务方案", *PREVIEW, *items]))
    assert texts(doc) == items
    assert not removed(report, "injected.page-chunk-number")


def test_a_user_name_and_a_page_count_under_a_field_line_go():
    head = ["• 上传日期:2024-04-08 00:07:05 |", "• ZTFB |", "• 11页"]
    doc, report = clean(page(head=head))
    assert texts(doc) == BODY
    assert removed(report, "meta-lines.field-fact") == head[:1]
    assert removed(report, "meta-lines.fact-after-field") == head[1:]


def test_a_latin_word_or_a_count_not_under_a_field_stays():
    head = ["活动代号", "SPRING", "12页"]
    doc, report = clean(page(head=head))
    assert texts(doc)[:3] == head
    assert not removed(report, "meta-lines.fact-after-field")


def test_a_file_box_with_its_page_number_goes():
    head = ["格式:DOC 上传日期:2023-11-11 16:09:29 页码:14"]
    doc, report = clean(page(head=head))
    assert texts(doc) == BODY
    assert removed(report, "meta-lines.field-line") == head


def test_a_list_opening_with_the_title_off_a_document_site_keeps_its_numbers():
    # No 文库 page here: "1、<title>…" is the first item of a numbered list.
    items = ["1、社区志愿服务方案要突出居民需求，做到因需设岗。", "2、每季度总结一次，及时改进。"]
    doc, report = clean("\n".join(["社区志愿服务方案", *items]))
    assert not removed(report, "injected.page-chunk-number")
    assert texts(doc)[-1] == items[-1]
