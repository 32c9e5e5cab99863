"""The first sample's marker on a 范文 page (the title's words numbered 1) is kept as the first
sample's heading, not taken for the page's title printed again. Fixtures written for the project."""

from __future__ import annotations

import panflute as pf

from helpers import clean
from reportfmt.passes.elements import block_text
from reportfmt.passes.headings.samples import announces_samples, title_sample_lines


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


def test_two_samples_announced_in_words_are_headed_by_the_bare_title():
    # "两篇" (and "兩篇") counts the samples as "2篇" does; "一两篇" is a guess, not a count.
    assert announces_samples(["这里收了两篇家长会发言稿"]) and announces_samples(["本期刊出兩篇習作"])
    assert not announces_samples(["每周写一两篇随笔"])
    doc, _ = clean("\n".join([
        "佳作#12-我的课余生活",
        "本期刊出五年级小作者的两篇习作，欢迎在下方留言给他们鼓励。",
        "我的课余生活",
        "放学以后，我最喜欢去小区的篮球场。刚开始我连球都拍不稳，现在已经能和大哥哥们打半场了。",
        "周末我还跟着奶奶学包饺子，虽然包得歪歪扭扭，可是全家人都说好吃。",
        "我的课余生活",
        "我的课余生活离不开画笔。每天写完作业，我都会画一张小画，记下当天看到的有趣事情。",
        "上个月，我画的一只橘猫还被老师贴在了教室后面的展板上，我高兴了好几天。",
    ]))
    assert outline(doc) == [(1, "我的课余生活"), (1, "我的课余生活")]


def test_bare_copies_of_the_title_on_a_page_numbering_its_samples_are_no_samples():
    lines = ["爱护树木倡议书", "相关推荐", "爱护树木倡议书",
             "春天到了，各个小区都在组织植树护绿。这里收了两篇爱护树木的倡议书，一篇面向居民，一篇面向学生。",
             "爱护树木倡议书", "爱护树木倡议书1", "各位居民朋友：",
             "小区里的每一棵树都是大家的共同财产，夏天为我们遮阴，四季为我们净化空气。",
             "请不要在树上钉钉子、拉绳子晒被子，也不要往树根处倒脏水。",
             "爱护树木倡议书2", "亲爱的同学们：",
             "校园里的树陪伴我们一天天长大，请大家不攀折树枝，不在树干上刻字，一起做护绿小卫士。"]
    texts = [*lines]
    assert title_sample_lines(texts, "爱护树木倡议书", announced=True) == frozenset()
    doc, _ = clean("\n".join(lines))
    assert outline(doc) == [(1, "爱护树木倡议书1"), (1, "爱护树木倡议书2")]


def test_a_count_of_ten_and_more_ending_in_one_announces_samples():
    # "十一篇" and "二十一篇" are counts like "十二篇": the 一 closing a ten's count is no "一篇".
    assert announces_samples(["秋季运动会广播稿精选十一篇"]) and announces_samples(["读书心得(通用二十一篇)"])
    assert announces_samples(["环保倡议书十二篇"])
    assert not announces_samples(["写好一篇广播稿不难"]) and not announces_samples(["第十一篇 读书心得"])
