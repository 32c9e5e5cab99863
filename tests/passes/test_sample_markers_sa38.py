"""The first sample's marker on a 范文 page (the title's words numbered 1) is kept as the first
sample's heading, not taken for the page's title printed again. Fixtures written for the project."""

from __future__ import annotations

import panflute as pf

from helpers import clean
from reportfmt.passes.elements import block_text


def outline(doc):
    return [(b.level, block_text(b)) for b in doc.content if isinstance(b, pf.Header)]


def test_the_first_samples_marker_under_a_short_line_is_no_half_of_a_wrapped_title():
    # Once the lead-in and the title again are gone, "手机阅读" stands over "…总结1": read together
    # they resemble the title, but the second line is the first sample's marker (the title's words
    # numbered 1), no half of the title hard-wrapped.
    doc, _ = clean("\n".join([
        "首页 > 工作总结 > 街道食堂年度工作总结",
        "街道食堂年度工作总结",
        "来源:某某网    阅读: 1.3W 次",
        "字号:",
        "扫描二维码 在手机上继续阅读",
        "手机阅读",
        "一年的工作做完了，摊开来看看，哪些做得稳，哪些还要补。以下是小编整理的街道食堂年度工作总结，仅供参考。",
        "街道食堂年度工作总结",
        "街道食堂年度工作总结1",
        "这一年，食堂每天供应两餐，全年没有发生一起食品安全事故，老人们的满意度比去年高了不少。",
        "采购上坚持每天早上验收，肉菜当天进当天用，过期的调料一律报损，账目每月公示一次。",
        "街道食堂年度工作总结2",
        "回顾一年的工作，我们把心思花在了菜品和服务上，下面分几个方面简要总结一下。",
        "一是调整菜单，每周换一次花样，少油少盐，给血糖高的老人单独备餐。",
    ]))
    assert outline(doc) == [(1, "街道食堂年度工作总结1"), (1, "街道食堂年度工作总结2")]
    assert "扫描二维码" not in "".join(block_text(b) for b in doc.content)
