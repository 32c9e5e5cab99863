"""A news item's opening credit run into its first sentence (issue 18, round 25, c25b): the outlet's
讯 or its source in brackets, reporters and correspondents with their names, then the dateline
that opens the report. The credit is cut, the report's sentence stays; a sentence of the report
that starts with 记者 and goes on with what they did stays whole, and so does the printed form,
the credit in brackets after 本报讯. Words and names made up."""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "街道共享书架正式启用"
LAST = "街道负责人表示，今后将定期更新书目，让书架成为居民身边的小图书馆。"


@pytest.mark.parametrize(("line", "credit", "kept"), [
    ("本网讯通讯员:孟晓琳、邵越4月23日世界读书日，街道的共享书架正式启用，首批图书一千余册。",
     "本网讯通讯员:孟晓琳、邵越", "4月23日世界读书日，街道的共享书架正式启用，首批图书一千余册。"),
    ("「本文来源:职工日报」职工日报客户端记者许文涛通讯员陈丽娟杨志刚8月15日上午，县总工会助学活动启动。",
     "「本文来源:职工日报」职工日报客户端记者许文涛通讯员陈丽娟杨志刚", "8月15日上午，县总工会助学活动启动。"),
    ("青山融媒客户端记者韩松 通讯员林青近日，区里举办社区志愿服务展示活动，二十余支服务队参加。",
     "青山融媒客户端记者韩松 通讯员林青", "近日，区里举办社区志愿服务展示活动，二十余支服务队参加。"),
])
def test_credit_before_the_dateline_is_cut(line, credit, kept):
    doc, report = clean("\n".join([TITLE, line, LAST]))
    assert removed(report, "meta-lines.credit-before-dateline") == [credit]
    assert texts(doc)[0] == kept


@pytest.mark.parametrize("line", [
    "记者从市教育局获悉，今年全市新增学位一万个。",
    "记者近日走访了多个社区，发现加装电梯进展顺利。",
    "本报讯（记者 韩松）近日，区里举办社区志愿服务展示活动，二十余支服务队参加。",
])
def test_a_sentence_starting_with_the_reporter_stays(line):
    doc, report = clean("\n".join([TITLE, line, LAST]))
    assert "".join(texts(doc)[0].split()) == "".join(line.split())  # (typography: no blank between CJK)
    assert not removed(report, "meta-lines.credit-before-dateline")
