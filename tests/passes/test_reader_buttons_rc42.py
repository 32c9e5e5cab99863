"""A 文库 reader's buttons under the page's text (issue 18, round 42, rc42): its pager's previous
and next buttons alone on a line, and the download button naming the full document. A sentence
asking the reader to download an attachment stays. Fixtures are made up."""

from __future__ import annotations

import pytest

from helpers import clean, texts

TITLE = "食堂管理制度汇编"
BODY = ["1.食堂从业人员每年进行一次健康检查，取得健康证明后方可上岗。",
        "2.患有发热、腹泻等症状的，应立即离岗，痊愈后方可重新上岗。"]


@pytest.mark.parametrize("line", ["上一页 下一页", "【上一页】【下一页】", "首页 上一页 下一页 尾页",
                                  "下载高清无水印完整版文档", "下载完整版文档", "点击下载完整文档"])
def test_the_reader_s_buttons_go(line):
    doc, _ = clean("\n".join([TITLE, *BODY, line]))
    assert texts(doc) == BODY


def test_a_sentence_asking_to_download_stays():
    ask = "请各单位下载完整版文档后认真填写，于本月底前报送。"
    doc, _ = clean("\n".join([TITLE, *BODY, ask]))
    assert ask in texts(doc)
