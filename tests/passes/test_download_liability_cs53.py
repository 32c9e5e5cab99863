"""A download notice's clause that the site bears no harm a download brings (round 53, cs53).

A 文库 page's numbered notice prints "本站不保证下载资源的准确性、安全性和完整性, 同时也不承担…" with a
blank after the comma: the clause after it goes with the notice, not kept as the text's prose.
A user agreement's own article naming who refuses stays. Fixtures are made up.
"""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

BODY = ["第一章 岗位设置。本中心按照服务窗口的数量设置岗位，每个岗位明确一名负责人。",
        "第二章 考核办法。考核分为月度考核和年度考核，结果与绩效挂钩，由办公室汇总公布。"]
CLAUSE = "同时也不承担用户因使用这些下载资源对自己和他人造成任何形式的伤害或损失。"


def test_the_clause_after_the_comma_goes_with_its_notice():
    notice = ["下载须知", "1: 本站所有资源如无特殊说明,都需要本地电脑安装OFFICE2007和PDF阅读器。",
              "5. 本站仅提供交流平台,并不能对任何下载内容负责。",
              "7. 本站不保证下载资源的准确性、安全性和完整性, " + CLAUSE]
    doc, report = clean("\n".join(["某某服务中心岗位管理办法", *BODY, *notice]))
    assert texts(doc) == BODY
    assert not any(CLAUSE[:12] in text for text in texts(doc))
    assert removed(report, "document-site.numbered-notice")


def test_a_user_agreements_own_article_stays():
    agreement = ["某某网用户服务协议", "第九条 用户应妥善保管账号和密码，因用户保管不善造成的损失由用户承担。",
                 "第十条 本平台不承担用户因使用下载资源对自己造成的损失，但因平台过错造成的除外。",
                 "第十一条 本协议自用户注册之日起生效。"]
    doc, _ = clean("\n".join(agreement))
    assert texts(doc) == agreement[1:]
