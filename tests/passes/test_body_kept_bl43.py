"""Round 43 (bl43): a document's own lines never go as the site's (issue 18: body kept 100 %).

A notice's close (its signer over its written date, a letter's 此致/敬礼) stays when a picture or an
editor's credit stands between it and the text; a document's own labels over its title ("附件2",
"第3期", "内部资料", 份号, 密级, 紧急程度, "签发人：…") are neither the site's lines above the title nor
a piece of the title.
"""

from __future__ import annotations

from helpers import clean, texts
from reportfmt.passes.gongwen.patterns import head_label

NOTICE_TEXT = ("各村（社区）：\n"
               "为改善人居环境，经研究，决定在全镇开展春季卫生清洁活动，现将有关事项通知如下。\n"
               "一、清理房前屋后的杂物，做到垃圾日产日清。\n"
               "二、加强宣传发动，引导群众主动参与。\n")


def _removed(report) -> list[tuple[str, str]]:
    return [(r["rule"], r["text"]) for r in report.removed]


def test_signer_and_written_date_under_a_picture_stay():
    page = ("关于开展春季卫生清洁活动的通知\n" + NOTICE_TEXT
            + "图片\n青石镇人民政府\n二〇二五年三月十日\n扫一扫在手机打开当前页\n")
    doc, report = clean(page)
    body = texts(doc)
    assert body[-2:] == ["青石镇人民政府", "二〇二五年三月十日"]
    removed = _removed(report)
    assert ("markup.picture-placeholder", "图片") in removed
    assert ("meta-lines.page-button", "扫一扫在手机打开当前页") in removed


def test_signer_and_date_under_an_editors_credit_stay():
    page = ("关于开展春季卫生清洁活动的通知\n" + NOTICE_TEXT
            + "（责任编辑：林某）\n青石镇人民政府\n2025年3月10日\n扫一扫在手机打开当前页\n")
    doc, report = clean(page)
    assert texts(doc)[-2:] == ["青石镇人民政府", "2025年3月10日"]
    assert ("meta-lines.responsible-editor", "（责任编辑：林某）") in _removed(report)


def test_a_letters_close_between_buttons_stays():
    page = ("致家长的一封信\n"
            "发布时间：2025-03-10 浏览次数：88\n"
            "尊敬的家长：\n"
            "春季是传染病高发期，请您每天早晨为孩子测量体温，发现异常及时就医。\n"
            "感谢您的支持与配合！\n"
            "【打印本页】【关闭窗口】\n"
            "此致\n敬礼\n青石小学\n二〇二五年三月十日\n"
            "分享到：\n")
    doc, report = clean(page)
    assert texts(doc)[-4:] == ["此致", "敬礼", "青石小学", "二〇二五年三月十日"]
    removed = _removed(report)
    assert ("meta-lines.share-line", "分享到：") in removed
    assert not any(rule in ("meta-lines.edge-gap", "meta-lines.word-between-chrome") for rule, _ in removed)


def test_site_tabs_between_chrome_still_go():
    # The site's tab words at the foot, between its buttons and its footer, still go.
    page = ("关于开展春季卫生清洁活动的通知\n" + NOTICE_TEXT
            + "扫一扫在手机打开当前页\n政务\n微信\n政务\n微博\n皖公网安备 34110000000000号\n")
    doc, report = clean(page)
    body = texts(doc)
    assert body[-1] == "二、加强宣传发动，引导群众主动参与。"
    assert [text for rule, text in _removed(report) if rule == "meta-lines.word-between-chrome"] == [
        "政务", "微信", "政务", "微博"]


def test_head_label_forms():
    for line in ("附件", "附件2", "附件1：", "第3期", "（第3期）", "〔2025〕第4期", "2025年第3期", "总第45期",
                 "内部资料注意保存", "000123", "机密★1年", "特急", "签发人：周某某"):
        assert head_label(line), line
    for line in ("123456", "★", "第一章", "附件：春季任务分解表", "第3期工作简报", "工作简报"):
        assert not head_label(line), line


def test_attachment_label_over_a_title_stays_in_the_text():
    for head in ("", "发布时间：2025-03-14 09:12  来源：本站  浏览：128次\n", "某某范文网\n首页 > 公文 > 通知\n"):
        page = (head + "附件1\n关于开展春季卫生清洁活动的通知\n" + NOTICE_TEXT
                + "青石镇人民政府办公室\n2025年3月12日\n")
        doc, _ = clean(page)
        assert doc.get_metadata("title") == "关于开展春季卫生清洁活动的通知", head
        assert texts(doc)[0] == "附件1", head


def test_masthead_marks_over_a_title_stay_under_a_page_meta_line():
    page = ("发布时间：2025-03-14 09:12  来源：本站  浏览：128次\n"
            "000123\n机密★1年\n特急\n"
            "关于开展春季卫生清洁活动的通知\n" + NOTICE_TEXT)
    doc, report = clean(page)
    assert doc.get_metadata("title") == "关于开展春季卫生清洁活动的通知"
    assert texts(doc)[:3] == ["000123", "机密★1年", "特急"]
    assert not any(rule == "meta-lines.above-title" for rule, _ in _removed(report))


def test_a_bulletins_issue_and_a_signer_line_are_no_piece_of_the_title():
    for label in ("第3期", "签发人：周某某", "内部资料 注意保存"):
        page = ("某某范文网\n首页 > 公文 > 通知\n" + label + "\n关于开展春季卫生清洁活动的通知\n" + NOTICE_TEXT
                + "青石镇人民政府办公室\n2025年3月12日\n")
        doc, report = clean(page)
        assert doc.get_metadata("title") == "关于开展春季卫生清洁活动的通知", label
        assert "".join(texts(doc)[0].split()) == "".join(label.split()), label
        # the site's lines above still go
        assert ("meta-lines.above-title", "某某范文网") in _removed(report), label


def test_a_bulletins_masthead_keeps_its_issue_line():
    page = ("工作简报\n第3期\n青石镇人民政府办公室编  2025年3月12日\n"
            "关于开展春季卫生清洁活动的通知\n" + NOTICE_TEXT)
    doc, _ = clean(page)
    assert doc.get_metadata("title") == "工作简报"
    assert texts(doc)[0] == "第3期"


def test_numbered_stanzas_under_the_facts_stay():
    # A sequence of short poems, each under its bare number, right under the page's facts.
    page = ("春天的小诗（组诗）\n作者：林小禾  发布时间：2025-03-10\n"
            "1\n柳枝发了芽\n燕子回了家\n2\n田里的油菜花\n开成一片黄\n3\n我和小伙伴\n在风里奔跑\n")
    doc, report = clean(page)
    assert texts(doc) == ["1", "柳枝发了芽", "燕子回了家", "2", "田里的油菜花", "开成一片黄",
                          "3", "我和小伙伴", "在风里奔跑"]
    assert ("meta-lines.source-author-line", "作者：林小禾 发布时间：2025-03-10") in _removed(report)
    assert not any(rule == "meta-lines.count-beside-chrome" for rule, _ in _removed(report))


def test_a_lone_counter_beside_the_facts_still_goes():
    page = ("社区开展垃圾分类宣传活动\n2025-10-21 09:15  来源：青石新闻网\n1\n"
            "十月以来，青石街道组织各社区志愿者走进小区，向居民讲解垃圾分类的方法。\n"
            "活动共发放宣传册两千余份。\n")
    doc, report = clean(page)
    assert texts(doc)[0].startswith("十月以来")
    assert ("meta-lines.count-beside-chrome", "1") in _removed(report)
