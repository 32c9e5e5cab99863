"""Round 43 (bl43): a document's own lines never go as the site's (issue 18: body kept 100 %).

A notice's close (its signer over its written date, a letter's 此致/敬礼) stays when a picture or an
editor's credit stands between it and the text; a document's own labels over its title ("附件2",
"第3期", "内部资料", 份号, 密级, 紧急程度, "签发人：…") are neither the site's lines above the title nor
a piece of the title.
"""

from __future__ import annotations

from helpers import clean, texts

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
