"""rc43 (issue 18): a forum thread's head, by form. A breadcrumb whose label follows a few words
of the account bar on its line ("» 游客 当前位置：…"), and a post header with the poster's IP field
between 发表于 and the time, go; a sentence naming the paper where an article was published on a
date stays. Fixtures are made up, in the forms real forum pages take."""

from __future__ import annotations

from helpers import clean, removed_by, texts

BODY = ["把会议讨论的情况和议定的事项归纳成几个方面，逐条写明，适合议题比较集中的办公会。",
        "按议题先后分成几个部分，每部分加一个小标题，先写讨论情况再写议定意见。"]


def test_a_crumb_after_the_account_bars_words_goes():
    for crumb in ("» 游客 当前位置： 论坛首页 » 写作交流区 » 公文写作版 »",
                  "欢迎访问！ 您的位置： 首页 > 通知公告 > 正文"):
        doc, report = clean("\n".join(["会议纪要的几种写法", crumb, "发布时间：2024-03-02", *BODY]))
        assert removed_by(report, "meta-lines.breadcrumb") == [" ".join(crumb.split())], crumb
        assert texts(doc) == BODY


def test_a_post_header_with_the_posters_ip_field_goes():
    header = "发表于: IP:已记录 2015-04-02 14:06:38 | [全部帖] [楼主帖] 楼主"
    doc, report = clean("\n".join(["[转帖]会议纪要的几种写法", "查看: 2107 | 回复: 2", "[复制链接]", header, *BODY]))
    assert header in removed_by(report, "forum.post-header")
    assert texts(doc) == BODY


def test_an_article_published_in_a_paper_on_a_date_stays():
    line = "这篇调研文章发表于《基层治理》2021-05-12期，引起了较大反响。"
    doc, report = clean("\n".join(["社区治理调研报告", "发布时间：2024-03-02", *BODY, line, *BODY]))
    assert not removed_by(report, "forum.post-header")
    assert line in texts(doc)
