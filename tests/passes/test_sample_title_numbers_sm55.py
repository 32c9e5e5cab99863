"""A sample's copy of the title numbered in a way the title-and-number forms did not read (round
55, helper sm55): the number in corner brackets after the title's words ("…作文比赛【一】", a
作文 page's samples; "…事迹材料汇编【一】" under a lead-in that names the compilation, no title
shown), and a bare numeral right after the whole title when the title ends in its own bracketed
count ("读后感【精选7篇】一"). Each is a sample's marker, its 一、 heads and its text kept under
it. Fixtures written for the project (made-up names and texts)."""

from __future__ import annotations

import panflute as pf

from helpers import clean, outline, paras
from reportfmt.passes.headings.samples import numbered_title, sample_marker

ESSAY_ONE = "那年秋天，外公带我去河边钓鱼，他一坐就是一下午，鱼没钓到几条，话却说了不少。"
ESSAY_TWO = "放学路上有一家小小的修鞋摊，摊主是个不爱说话的老人，补好的鞋总是比新鞋还结实。"
LETTER = "他在村卫生室一干就是二十年，白天看病，晚上还要挨家挨户去给行动不便的老人量血压。"


def sample_heads(doc: pf.Doc) -> list[str]:
    return [pf.stringify(b) for b in doc.content if isinstance(b, pf.Header) and "sample" in b.classes]


def test_a_name_numbered_in_corner_brackets_is_a_sample_marker():
    assert sample_marker("难忘的一次比赛【一】").number == 1
    assert sample_marker("柳溪镇优秀护林员事迹材料汇编【二】").number == 2
    # (too short to be a name, a word that is no number, a numbered part, a year)
    assert sample_marker("参考文献【1】") is None
    assert sample_marker("报名须知【必看】") is None
    assert sample_marker("一、学习范文【一】") is None
    assert sample_marker("活动安排表【2024】") is None


def test_a_bare_numeral_after_the_titles_own_count_numbers_a_sample():
    title = "观后感【精选6篇】"
    assert numbered_title("观后感【精选6篇】一", title) == 1
    assert numbered_title("观后感【精选6篇】三", title) == 3
    # (a title without a count: its last word may end in a numeral)
    assert numbered_title("社区工作统一", "社区工作统") is None
    # (only the whole title: a word added before the numeral is no copy of it)
    assert numbered_title("观后感【精选6篇】第一", title) is None


def test_essays_under_corner_bracketed_numbers_become_samples():
    doc, _ = clean("\n".join([
        "难忘的一次比赛(校园征文获奖作品)",
        "难忘的一次比赛【一】",
        ESSAY_ONE,
        "外公说，钓鱼钓的是耐心，做人也是一样，急不得。",
        "难忘的一次比赛【二】",
        ESSAY_TWO,
        "后来我才知道，他年轻时是镇上最好的鞋匠。",
    ]))
    assert sample_heads(doc) == ["难忘的一次比赛【一】", "难忘的一次比赛【二】"]
    kept = paras(doc)
    assert ESSAY_ONE in kept and ESSAY_TWO in kept


def test_a_compilations_first_sample_numbered_in_corner_brackets_with_no_title_shown():
    doc, _ = clean("\n".join([
        "柳溪镇优秀护林员事迹材料汇编【一】",
        "某某，男，中共党员，五十岁，柳溪镇护林员。",
        LETTER,
        "村民们都说，有他在，山上的树就放心。",
    ]))
    assert sample_heads(doc) == ["柳溪镇优秀护林员事迹材料汇编【一】"]
    assert LETTER in paras(doc)


def test_samples_numbered_after_the_titles_count_keep_their_parts_below_them():
    doc, _ = clean("\n".join([
        "观后感【精选6篇】",
        "看完一部好电影，总有些话想说。下面是小编整理的观后感【精选6篇】，欢迎阅读。",
        "观后感【精选6篇】一",
        "一、影片讲了什么",
        ESSAY_ONE,
        "二、我想到了什么",
        "耐心是一种很难得的品质，我要慢慢学。",
        "观后感【精选6篇】二",
        "一、影片讲了什么",
        ESSAY_TWO,
    ]))
    assert sample_heads(doc) == ["观后感【精选6篇】一", "观后感【精选6篇】二"]
    assert outline(doc) == [
        (1, "观后感【精选6篇】一"), (2, "一、影片讲了什么"), (2, "二、我想到了什么"),
        (1, "观后感【精选6篇】二"), (2, "一、影片讲了什么"),
    ]
    kept = paras(doc)
    assert ESSAY_ONE in kept and ESSAY_TWO in kept
