"""Meta lines by form (issue 18, round 39): a form box's placeholder, the poster's field alone under
the title, a post's header (a name and a machine stamp) further down the page. The near misses
stay: a guide's sentence asking the reader to type, a document's signer, a record's own dated
field. Fixtures are written for the project with made-up words."""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "青禾社区开展冬季消防安全宣传活动"
BODY = ["12月3日上午，青禾社区在文化广场开展冬季消防安全宣传活动，居民六十余人参加。",
        "社区工作人员向居民讲解了电动自行车充电、厨房用火和取暖器使用中的注意事项。",
        "活动现场还演示了灭火器的使用方法，居民们轮流上前动手操作。"]


def test_a_form_boxs_placeholder_goes_anywhere():
    for line in ("请输入验证码", "請輸入驗證碼", "请输入关键词", "请输入您要查询的范文:"):
        doc, report = clean("\n".join([TITLE, *BODY, "编辑:方某", line]))
        assert removed(report, "meta-lines.input-placeholder") == [line], line
        assert texts(doc) == BODY, line


def test_a_sentence_asking_the_reader_to_type_stays():
    guide = ["自助缴费机使用说明", "第一步，在屏幕上选择缴费项目。",
             "请输入户号后按确认键。", "第二步，核对户名和金额，无误后付款。"]
    doc, report = clean("\n".join(guide))
    assert not removed(report, "meta-lines.input-placeholder")
    assert "请输入户号后按确认键。" in texts(doc)
    # A bare step naming what to type, no box's vocabulary in it, stays too.
    guide = ["系统登录操作说明", "第一步，打开浏览器，进入登录页面。", "请输入用户名和密码",
             "第二步，点击登录按钮，进入系统首页。"]
    doc, report = clean("\n".join(guide))
    assert not removed(report, "meta-lines.input-placeholder")
    assert "请输入用户名和密码" in texts(doc)


def test_the_posters_field_alone_under_the_title_goes():
    for line in ("发布人:护理部", "录入者：办公室", "發布人:護理部"):
        doc, report = clean("\n".join([TITLE, line, *BODY]))
        assert removed(report, "meta-lines.poster-field-alone") == [line], line
        assert texts(doc) == BODY, line
        assert report.title == TITLE


def test_a_documents_own_signer_field_under_the_title_stays():
    lines = ["关于调整值班安排的请示", "签发人：周某", "区应急管理局：",
             "因人员调整，现申请将本月值班安排作如下变动，请予批准。"]
    doc, report = clean("\n".join(lines))
    assert not removed(report, "meta-lines.poster-field-alone")
    assert "签发人：周某" in texts(doc)


def test_a_posts_header_further_down_the_page_goes():
    answer = ["答：先写本年度完成的主要工作，再写存在的不足，最后写明年的打算。",
              "每一部分都要有具体事例，不要只写空话。"]
    second = "热心网友 时间:2023-12-05 21:37"
    doc, report = clean("\n".join(["村干部述职报告怎么写？", *answer, second,
                                   "可以先列提纲，再按提纲逐条展开，篇幅控制在两千字左右。"]))
    # forum.answer-box (fo39) names an anonymous answerer with its time first; either rule takes it.
    assert [r["rule"] for r in report.removed if r["text"] == second] in (
        ["meta-lines.poster-and-stamp"], ["forum.answer-box"])
    assert texts(doc) == [*answer, "可以先列提纲，再按提纲逐条展开，篇幅控制在两千字左右。"]


def test_a_records_own_dated_field_stays():
    for field in ("会议时间 2023-05-06 14:00", "会议时间：2023-05-06 14:00", "签到时间:2023-05-06 13:30"):
        minutes = ["青禾社区居委会第三次工作例会记录", "参会人员：社区两委成员",
                   "会议讨论了夏季防汛物资储备和独居老人走访安排。", field,
                   "地点：社区二楼会议室", "主持人：方某"]
        doc, report = clean("\n".join(minutes))
        assert not removed(report, "meta-lines.poster-and-stamp"), field
        assert any(field[-10:] in line for line in texts(doc)), field


def test_a_one_step_crumb_glued_to_the_home_page_goes():
    for line in ("首页>单位政务公开", "首頁>>快訊 >", "首页→通知公告"):
        doc, report = clean("\n".join([line, TITLE, *BODY]))
        assert removed(report, "meta-lines.home-crumb-one-step") == [line], line
        assert texts(doc) == BODY, line
        assert report.title == TITLE, line


def test_a_guides_step_naming_the_home_page_stays():
    guide = ["网上缴费操作指南", "首页>我的账单，在这里可以查看本月应缴金额。",
             "核对金额无误后，点击“立即缴费”完成支付。"]
    doc, report = clean("\n".join(guide))
    assert not removed(report, "meta-lines.home-crumb-one-step")
    assert len(texts(doc)) == 2


def test_a_newspaper_cms_property_block_left_as_a_line_goes():
    debris = "2025-12-03 青禾镇 1 1 青禾日报 content_52817.html 1 消防宣传进社区 /enpproperty-->"
    doc, report = clean("\n".join([TITLE, debris, *BODY]))
    assert removed(report, "meta-lines.cms-property-debris") == [debris]
    assert texts(doc) == BODY


def test_the_articles_words_glued_after_the_cms_block_stay():
    debris = "2025-12-03 青禾日报 content_52817.html 1 消防宣传进社区 /enpproperty-->"
    doc, report = clean("\n".join([TITLE, debris + BODY[0], *BODY[1:]]))
    assert removed(report, "meta-lines.cms-property-debris") == [debris]
    assert texts(doc) == BODY
