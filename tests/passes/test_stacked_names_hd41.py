"""Names stacked two by two: a part's name right over its first sub-section's name, pair after pair,
each pair over text of its own (stacked_names.py). Fixtures written for the project: made-up text."""

from __future__ import annotations

from helpers import clean, outline


def lines(*rows: str) -> str:
    return "\n".join(rows)


def test_pairs_of_names_built_alike_are_parts_and_their_subsections():
    doc, _ = clean(lines(
        "年度图书馆志愿者风采",
        "今年全区图书馆共评出优秀志愿者四十名，下面介绍其中三位，看看他们在书架之间的日常。",
        "优秀志愿者 周明远",
        "风雨无阻 十年如一",
        "周明远退休后每周三到馆里整理书架，十年来从没缺过一次班，读者都认得这位戴老花镜的老先生。",
        "优秀志愿者 蒋小禾",
        "巧手修书 旧貌换新",
        "蒋小禾是一名大学生，她跟着老馆员学会了修补破损图书，一个暑假修好了两百多本旧书。",
        "服务之星 温立行",
        "耐心讲解 热心帮扶",
        "温立行在电子阅览室教老人用手机借书，他把步骤写成大字卡片，贴在每台电脑旁边。",
    ))
    assert outline(doc) == [
        (1, "优秀志愿者周明远"), (2, "风雨无阻十年如一"),
        (1, "优秀志愿者蒋小禾"), (2, "巧手修书旧貌换新"),
        (1, "服务之星温立行"), (2, "耐心讲解热心帮扶"),
    ]


def test_colon_closed_names_over_their_subtitles():
    doc, _ = clean(lines(
        "各乡镇办好民生小事",
        "今年以来，各乡镇围绕群众身边的小事难事想办法、出实招，一批问题得到解决。",
        "南岭镇：",
        "菜市场有了遮阳棚",
        "南岭镇的露天菜市场夏天晒、雨天淋，镇里筹钱搭起了遮阳棚，摊主和顾客都说方便多了。",
        "北湾镇：",
        "渡口装上了护栏",
        "北湾镇的老渡口台阶陡，镇里给台阶装上护栏、铺上防滑条，老人过河不再担心滑倒。",
    ))
    assert outline(doc) == [
        (1, "南岭镇："), (2, "菜市场有了遮阳棚"),
        (1, "北湾镇："), (2, "渡口装上了护栏"),
    ]


def test_one_pair_alone_and_a_lead_in_stay_text():
    # one stacked pair is a headline over its subtitle; a line leading in to a list is no name,
    # nor is a salutation closed by a colon
    doc, _ = clean(lines(
        "社区读书会小记",
        "上周六，社区读书会在活动室举行，二十多位居民带着自己喜欢的书来分享。",
        "书香满楼道",
        "邻里共阅读",
        "读书会结束后，大家商量把家里读过的书放进楼道的共享书架，方便邻居借阅。",
        "尊敬的各位居民：",
        "读书会的活动安排包括以下几个方面",
        "每月第一个周六下午举行，地点在社区活动室，欢迎大家参加。",
    ))
    assert outline(doc) == []
