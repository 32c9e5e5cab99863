"""The site's lines around a document and the document's own lines in the same places, in new
words (issue 18, round 30). A probe of made-up wordings of each form, put at the places a 范文/文库
page prints them (above the text between two copies of the title, above the first of several
samples, at a sample's end before the next, at the page's end), found the rules of form catching
37 of 41 lead-in and outro wordings, 55 of 60 文库 furniture lines, 12 of 20 paywall notes and 17
of 21 footer lines, and keeping every one of 60 document sentences of the same shapes (a speech's
希望大家…, a notice's 欢迎…参加, a unit sharing its own way). These cases hold both sides, so that
a rule widened later keeps the documents' lines and a rule narrowed later still takes the site's.
Fixtures are written for the project, words made up."""

from __future__ import annotations

import unicodedata

import pytest

from helpers import clean, texts

TITLE = "社区志愿服务工作总结"
TEXT = ["今年以来，我社区在街道党工委的领导下，组织志愿者开展各类服务活动三十余次，服务居民两千多人次。",
        "一、主要做法", "（一）建立队伍。全社区登记志愿者一百二十人，分为五个小组。",
        "二、存在问题", "部分志愿者参与活动不够经常，服务内容还比较单一。",
        "三、下一步打算", "明年我们将继续扩大队伍，丰富服务项目，让更多居民受益。"]
SECOND = ["这一年，我们社区的志愿服务有了新起色。", "一、做了哪些事", "组织了八次环境整治和四次义诊。"]


def page(where: str, line: str) -> str:
    if where == "head":  # between the page's title and the title printed again over the text
        lines = [TITLE, line, TITLE, *TEXT]
    elif where == "samples":  # above the first of the page's samples
        lines = [f"{TITLE}（精选2篇）", line, f"{TITLE}篇1", *TEXT, f"{TITLE}篇2", *SECOND]
    elif where == "between":  # a sample's end, before the next sample's marker
        lines = [f"{TITLE}（精选2篇）", f"{TITLE}篇1", *TEXT, line, f"{TITLE}篇2", *SECOND]
    else:  # the page's end
        lines = [TITLE, *TEXT, line]
    return "\n".join(lines)


def squeezed(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


def kept(where: str, line: str) -> list[str]:
    doc, _report = clean(page(where, line))
    return [squeezed(text) for text in texts(doc)]


SITE_LINES = [
    ("head", "工作总结怎么写？很多人都犯难。本文收录了几篇优秀的工作总结，可供各位参考。"),
    ("head", "导读：又到年底了，各单位都在忙着写总结，看看别人是怎么写的吧。"),
    ("head", "为了方便大家写作，本站特别整理了多篇工作总结，仅供参考使用。"),
    ("head", "这是一篇关于社区志愿服务的工作总结范文，写得很实在，推荐给有需要的朋友。"),
    ("head", "《社区志愿服务工作总结》是一篇好的范文，感觉写得不错，希望对您有帮助，重新编辑了一下发到本站。"),
    ("head", "温馨提示：本文为范文，仅供参考，请勿直接照抄。"),
    ("head", "社区志愿服务工作总结由热心网友投稿，经本站编辑整理发布，欢迎阅读。"),
    ("head", "编者按：志愿服务总结如何避免写成流水账？下面这篇总结也许能给你一些启发。"),
    ("samples", "一段时间的志愿服务结束了，回头看看，有收获也有遗憾，是时候坐下来写一份总结了。"),
    ("samples", "志愿服务总结是社区对一年志愿工作的盘点，既要写做法，也要写问题和打算。"),
    ("samples", "你知道社区志愿服务工作总结怎么写吗？下面是两篇范文。"),
    ("samples", "前言：年终将至，怎样把一年的志愿服务做法和成效写清楚，是不少社工关心的事。"),
    ("tail", "以上就是这篇工作总结的全部内容，觉得不错记得收藏哦。"),
    ("tail", "更多精彩范文，请持续关注本网站。"),
    ("tail", "本文仅供参考，具体请结合本单位实际情况修改。"),
    ("tail", "感谢您的阅读，本文由某某范文网整理，转载请保留出处。"),
    ("tail", "因篇幅问题不能全部显示，请点此查看更多更全内容"),
    ("tail", "已阅读3页，还剩9页未读，继续免费阅读"),
    ("tail", "版权说明：本文档由网友上传，收益归上传者所有，如有侵权请举报"),
    ("tail", "温馨提示：当前文档最多只能预览5页，若需完整版请下载"),
    ("tail", "Copyright © 2012-2024 某某范文网 版权所有"),
    ("tail", "建议使用1920×1080分辨率、IE9以上浏览器访问本站"),
]

OWN_LINES = [
    ("head", "下面，我就今年的志愿服务工作向大家作简要汇报。"),
    ("head", "为了总结经验、查找不足，现将我社区今年志愿服务工作情况总结如下。"),
    ("head", "各位领导、各位同事，大家好！下面我向大家汇报一年来的工作情况，请予评议。"),
    ("head", "为了让大家更好地了解本次活动，现将活动方案介绍如下，请大家认真阅读。"),
    ("head", "本方案供各村参考执行，各村可结合实际制定具体办法。"),
    ("head", "以下是我们社区这几年摸索出来的做法，供大家参考。"),
    ("head", "为了写好这份总结，社区召开了三次座谈会，听取了志愿者的意见。"),
    ("between", "以上是第一社区的情况，下面介绍第二社区的情况。"),
    ("tail", "希望大家在新的一年里再接再厉，为社区发展作出更大贡献。谢谢大家！"),
    ("tail", "欢迎广大居民踊跃报名参加志愿服务。"),
    ("tail", "以上就是我的述职报告，请各位领导和同事批评指正。"),
    ("tail", "以上内容如有变动，以社区最新通知为准。"),
    ("tail", "更多活动详情，请关注社区公众号或拨打服务电话咨询。"),
    ("tail", "希望这些经验能给兄弟单位带来一些启发，不妥之处敬请指正。"),
    ("tail", "以上是我们的一些粗浅体会，仅供大家参考。"),
    ("tail", "本次培训的课件可在单位内网下载，请大家及时学习。"),
    ("tail", "未经允许，任何单位和个人不得转载本报告内容。"),
    ("tail", "本协议一式两份，甲乙双方各执一份，自签字之日起生效。"),
]


@pytest.mark.parametrize(("where", "line"), SITE_LINES)
def test_the_sites_line_goes_and_the_text_stays(where, line):
    left = kept(where, line)
    middle = squeezed(line)[4:16]  # not a piece of it left either
    assert not any(middle in text for text in left)
    assert all(squeezed(own) in left for own in TEXT[:1] + TEXT[2:3] + TEXT[4:5])


@pytest.mark.parametrize(("where", "line"), OWN_LINES)
def test_the_documents_line_in_the_same_place_stays(where, line):
    assert squeezed(line) in kept(where, line)
