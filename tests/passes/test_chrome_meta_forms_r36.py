"""Meta lines by form (issue 18, round 36): an e-paper's list of its pages with letter-spaced page
names, a disclosure box printed as a table's rows, the page's "title / address" box after the
text. The near misses stay: a document's own table, a guide's 标题 line, a title field with no
address under it. Fixtures are written for the project with made-up words."""

from __future__ import annotations

from helpers import clean, table_rows, texts
from helpers import removed_by as removed

TITLE = "青禾镇召开秋季森林防火工作部署会"
BODY = ["10月11日，青禾镇召开秋季森林防火工作部署会，镇村两级干部参加会议。",
        "会议通报了上一年度防火工作情况，对今年秋冬季防火重点任务作了安排。",
        "会议要求，各村要落实网格化巡查制度，严防野外违规用火，确保全镇森林资源安全。"]
NOTICE = ["关于做好冬季用电安全工作的通知",
          "各社区居委会，街道各科室：",
          "入冬以来，辖区居民取暖用电明显增多，为防范电气火灾，现就有关事项通知如下。",
          "一、开展隐患排查",
          "各社区要在月底前对老旧小区的线路和电动车充电点逐一检查，发现问题立即整改。",
          "二、加强宣传提示",
          "利用小区公告栏和居民微信群，提醒居民不私拉乱接电线，不在楼道内给电动车充电。",
          "青禾街道办事处",
          "2025年11月20日"]


def test_an_epapers_page_list_with_letter_spaced_names_goes():
    pages = ["01版:要 闻", "02版:要 闻", "03版:综 合", "04版:副 刊"]
    doc, report = clean("\n".join([*pages, TITLE, *BODY]))
    assert removed(report, "meta-lines.paper-page-label") == pages
    assert texts(doc) == BODY


def test_a_version_line_with_spaced_words_stays():
    for line in ("第2版:修 订 说 明 及 附 录", "02版:本规范第二次修订，新增三章。"):
        doc, report = clean("\n".join(["青禾县政务服务事项办理指南", line, *BODY]))
        # (the typography pass closes the blanks between Chinese characters)
        assert texts(doc) == [line.replace(" ", "").replace(":", "："), *BODY], line
        assert not removed(report, "meta-lines.paper-page-label")


def test_a_disclosure_box_printed_as_table_rows_goes():
    rows = ["| 索引号: | 11580913M30572816D/2025-0017342 | 文号: | 无文号 |",
            "| 发文日期: | 2025-11-20 | 发布机构: | 青禾街道办事处 |",
            "| 索引号 | 580416027/2025-00041 | 发文字号 | |",
            "| 关键词 | 发布机构 | 青禾街道办事处 | |",
            "| 公开形式 | 责任部门 | ||",
            "| 生成日期 | 2025-11-20 10:12:05 | 是否有效 |"]
    doc, report = clean("\n".join([NOTICE[0], *rows, *NOTICE[1:]]))
    assert removed(report, "meta-lines.disclosure-row") == rows
    assert texts(doc) == NOTICE[1:]
    assert report.title == NOTICE[0]


def test_a_work_plans_table_of_tasks_stays():
    table = ["| 序号 | 工作任务 | 责任部门 | 完成时限 |",
             "| 1 | 排查老旧小区线路 | 责任部门：社区服务科 | 12月底 |",
             "| 2 | 更换破损充电桩 | 街道城建科 | 次年1月 |"]
    doc, report = clean("\n".join([NOTICE[0], *NOTICE[1:3], *table, *NOTICE[3:]]))
    assert not removed(report, "meta-lines.disclosure-row")
    # Every row stays, made a table again (bar_tables): its cells as the rows had them.
    assert table_rows(doc) == [[["序号", "工作任务", "责任部门", "完成时限"],
                                ["1", "排查老旧小区线路", "责任部门：社区服务科", "12月底"],
                                ["2", "更换破损充电桩", "街道城建科", "次年1月"]]]


def test_the_pages_title_and_address_box_after_the_text_goes():
    for label, address in (("标题:", "地址:http://www.example.com/news/2025/61824.html"),
                           ("本文标题:", "链接地址:http://www.example.com//index/detail/51762.html")):
        box = [label + "护林员老周的一天", address]
        doc, report = clean("\n".join([TITLE, *BODY, *box]))
        assert removed(report, "meta-lines.title-field-over-address") == box[:1], label
        assert removed(report, "meta-lines.address-at-the-end") == box[1:], label
        assert texts(doc) == BODY, label


def test_a_title_field_with_no_address_under_it_stays():
    guide = ["公文标题怎么写", "公文标题一般由发文机关、事由和文种三部分组成，要求准确简要。",
             "下面举一个例子。", "标题:青禾县人民政府关于做好秋季森林防火工作的通知",
             "这个标题三个要素齐全，是规范的写法。"]
    doc, report = clean("\n".join(guide))
    assert not removed(report, "meta-lines.title-field-over-address")
    assert "标题:青禾县人民政府关于做好秋季森林防火工作的通知" in "".join(texts(doc)).replace("：", ":")


def test_credit_labels_for_words_and_pictures_whose_values_were_lost_go():
    labels = ["文字作者:", "图片作者:"]
    doc, report = clean("\n".join([TITLE, *labels, *BODY]))
    assert removed(report, "meta-lines.field-label-alone") == labels
    assert texts(doc) == BODY


def test_a_comment_boxs_heading_naming_whose_comments_goes():
    # 最新评论/热门评论 are also comment-list headings (comments.comment-list-heading, which runs
    # first); either way the box's heading goes as a comments line.
    for heading in ("文章评论", "最新评论", "热门评论"):
        doc, report = clean("\n".join([TITLE, *BODY, heading]))
        taken = [r["rule"] for r in report.removed if r["text"] == heading]
        assert taken in (["comments.comment-prompt"], ["comments.comment-list-heading"]), heading
        assert texts(doc) == BODY, heading


def test_a_line_about_comments_stays():
    for line in ("文章评论员的职责", "最新评论显示，多数居民支持这一做法。"):
        _doc, report = clean("\n".join([TITLE, *BODY, line]))
        assert not removed(report, "comments.comment-prompt"), line


def test_a_pager_with_its_links_and_a_blog_engines_comments_closed_line_go():
    pager = "共2页,当前第2页12"
    closed = "2024年4月23日09:41:07青禾镇森林防火部署会已关闭评论"
    doc, report = clean("\n".join([TITLE, closed, *BODY, pager]))
    assert removed(report, "meta-lines.pager-with-links") == [pager]
    assert removed(report, "meta-lines.comments-closed") == [closed]
    assert texts(doc) == BODY


def test_a_sentence_on_a_documents_pages_stays():
    for line in ("共12页，第3页为目录", "本报告共2页，当前第2页为附表。"):
        doc, report = clean("\n".join([TITLE, *BODY, line]))
        assert not removed(report, "meta-lines.pager-with-links"), line
        assert texts(doc)[-1] == line.replace(",", "，"), line
