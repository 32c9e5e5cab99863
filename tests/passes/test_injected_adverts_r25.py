"""Injected lines and strings by form (issue 18, round 25): a casino's name written where a unit's
name stood (a lucky word, a game, a venue), the site's contact handle, its scan-to-join offer and
copy button, its paid-submissions lines after the text. Near misses stay: a lottery office's
"体育彩票网点", a notice's "扫码进群" with nothing offered, a telephone line, an article on 稿酬.
Fixtures are written for the project, words made up."""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "学校开展春季消防安全演练"
BODY = ["三月十五日上午，学校组织全体师生开展春季消防安全疏散演练。",
        "警报响起后，各班在老师带领下沿指定路线有序撤离，三分钟内全部到达操场。",
        "演练结束后，校长对本次演练进行了点评，并对下一步安全教育工作提出要求。"]


def page(*lines: str, at: int = 1):
    return clean("\n".join([TITLE, *BODY[:at], *lines, *BODY[at:]]))


@pytest.mark.parametrize(("sentence", "brand"), [
    ("本次演练由鸿运彩乐园团委组织，全体学生参加。", "鸿运彩乐园"),
    ("金龙棋牌城校长在总结时强调，安全教育要常抓不懈。", "金龙棋牌城"),
])
def test_a_casino_name_in_a_units_place_is_cut_the_sentence_kept(sentence, brand):
    doc, report = page(sentence)
    assert removed(report, "injected.casino-venue-name") == [brand]
    assert sentence.replace(brand, "") in texts(doc)


def test_a_lottery_offices_words_stay():
    line = "全市体育彩票网点同步开展了消防安全检查，共排查隐患十二处。"
    doc, _report = page(line)
    assert line in texts(doc)


def test_the_sites_contact_block_goes():
    block = ["小助手:497206318", "扫码进群，每周更新写作素材", "点击复制"]
    doc, report = page(*block)
    assert removed(report, "injected.site-contact-handle") == [block[0]]
    assert removed(report, "injected.scan-to-join-offer") == [block[1]]
    assert removed(report, "injected.copy-button") == [block[2]]
    assert texts(doc) == BODY


@pytest.mark.parametrize("line", ["请家长扫码进群，以便及时接收学校通知。", "联系电话：0571-88886666",
                                  "客服：4008001234"])
def test_a_notices_own_contact_lines_stay(line):
    doc, _report = page(line, at=3)
    assert texts(doc)[-1] == line


def test_paid_submissions_lines_after_the_text_go():
    lines = ["原创作文每篇稿酬1元-5元", "作文投稿有什么好处?"]
    doc, report = page(*lines, at=3)
    assert removed(report, "injected.paid-submissions") == lines
    assert texts(doc) == BODY
    own = "稿酬按每千字100元支付，税款由本社代扣。"
    doc, report = page(own, at=3)
    assert texts(doc)[-1] == own


@pytest.mark.parametrize("heading", ["二、投稿方式", "投稿须知", "投稿方式"])
def test_a_call_for_papers_own_headings_stay(heading):
    # (round 30: the numbered heading went, the number's exception guarding one half of the rule)
    lines = [heading, "请将稿件发送至校报编辑部邮箱，邮件标题注明投稿字样。"]
    doc, _report = page(*lines, at=3)
    assert texts(doc)[-2:] == lines


@pytest.mark.parametrize("line", ["本届运动会在市万博体育馆举行，全校共有800余名运动员参加比赛。",
                                  "颁奖仪式在金沙娱乐中心广场举行，各代表队依次领奖。"])
def test_a_venue_named_like_a_betting_brand_stays(line):
    # (round 30: "万博体育" was cut out of 万博体育馆)
    doc, _report = page(line, at=3)
    assert texts(doc)[-1] == line
