"""文库 page chrome by form (issue 18, round 36): a mobile 文库 page's viewer (the preview reaching
its last page, the download help's label over its numbered clauses, the page counters), the notice
that the file is a user's upload glued before the document's first words, and a note between
samples that the texts come from the web for study only. The near misses stay: a help document's
own heading, a sentence about data from the web, a plan's numbered items on downloading.
Fixtures are written for the project with made-up words."""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

PLEDGE = ["商户消防安全承诺书",
          "为落实沿街商户消防安全责任，本店经营者作出如下承诺：",
          "一、店内不存放易燃易爆物品，不私拉乱接电线。",
          "二、每日营业结束后检查电器和燃气阀门，确认关闭后再离店。",
          "三、保持疏散通道畅通，不在门口堆放杂物。",
          "承诺人：某某便利店"]


def test_a_mobile_wenku_viewer_goes_and_the_glued_notice_is_cut():
    viewer = ["1/3", "2/3", "3/3", "免费预览已到最后一页,下载后可离线查看和编辑", "下载遇到问题?请先看以下说明:",
              "1、本站部分文档需消耗积分下载,下载前请查看账户积分余额",
              "2、同一账号重复下载已付费文档,不再另行扣除积分"]
    notice = "本文档来自网友分享如涉及版权问题请联系上传人处理。文档仅供学习交流使用。"
    doc, report = clean("\n".join([PLEDGE[0], *viewer, notice + PLEDGE[1], *PLEDGE[2:]]))
    assert removed(report, "document-site.preview-at-last-page") == viewer[3:4]
    assert removed(report, "document-site.download-help-label") == viewer[4:5]
    assert removed(report, "document-site.page-counter") == viewer[:3]
    assert removed(report, "document-site.shared-by-users-notice") == [notice]
    assert texts(doc) == PLEDGE[1:]


def test_a_note_that_the_texts_come_from_the_web_goes():
    for note in ("——来源网络整理,仅供学习参考", "（来源：网络，仅供参考）", "摘自互联网，仅供学习交流"):
        doc, report = clean("\n".join([*PLEDGE, note, "第二篇", *PLEDGE[1:]]))
        assert removed(report, "document-site.web-sourced-for-study") == [note], note
        assert note not in texts(doc)


def test_a_help_documents_heading_and_a_sentence_about_web_data_stay():
    lines = ["系统使用常见问题解答", "下载遇到问题",
             "如果附件无法打开，请先确认电脑已安装相应的办公软件。",
             "来源网络的数据显示，今年用户访问量比去年增长三成。",
             "1、各科室要在月底前下载新版报表模板，按要求填报。"]
    doc, report = clean("\n".join(lines))
    assert texts(doc) == lines[1:]
    assert not [r for r in report.removed if r["rule"].startswith("document-site.")]
