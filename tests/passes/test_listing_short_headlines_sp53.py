"""A news listing whose short headlines read as bare section names too (helper sp53): a local news
blog's archive or a broadcaster's news list prints each item as its headline over a lead opening
with the reporter's credit ("【记者某某/某地报导】…"), a date line between some of them. Its short
headlines ("桥头国小运动会登场") are read as the page's bare sections first; the longer ones
("清溪乡公所推动垃圾分类 每周设置回收站点"), which only their leads retelling them prove, were
then never read, so half the items came out as text. Both readings together are the page's items.
An article's bare section names, over paragraphs that do not retell them, stay what they were.
Fixtures written for the project (made-up names and content)."""

from __future__ import annotations

from helpers import clean, outline

LISTING = [
    "本站快讯",
    "2023年5月9日星期二",
    "河湾社区举办防诈讲座 长者踊跃参加",
    "【记者方晓岚/清溪报导】河湾社区5月8日上午在活动中心举办防诈讲座，由派出所民警讲解常见诈骗手法，六十多位长者踊跃参加。",
    "清溪乡公所推动垃圾分类 每周设置回收站点",
    "【记者方晓岚/清溪报导】清溪乡公所本月起推动垃圾分类，在各村设置回收站点，每周二、周五由清洁队收运，村民反应热烈。",
    "2023年5月8日星期一",
    "桥头国小运动会登场",
    "【记者方晓岚/清溪报导】桥头国小5月7日举行运动会，全校师生与家长齐聚操场，大队接力赛最受欢迎。",
    "消防分队添购救援器材",
    "【记者方晓岚/清溪报导】县消防局清溪分队获企业捐赠救援器材一批，5月6日举行捐赠仪式，分队长代表致谢。",
]


def test_every_item_of_a_listing_is_a_heading_the_long_headlines_too():
    doc, _report = clean("\n".join(LISTING))
    assert outline(doc) == [
        (1, "河湾社区举办防诈讲座长者踊跃参加"),
        (1, "清溪乡公所推动垃圾分类每周设置回收站点"),
        (1, "桥头国小运动会登场"),
        (1, "消防分队添购救援器材"),
    ]


ARTICLE = [
    "社区读书角建设情况",
    "今年以来，我们利用闲置的活动室建起了社区读书角，居民借阅十分踊跃，下面把有关情况简要说明。",
    "图书从哪里来",
    "图书主要来自居民捐赠和街道图书馆的流动书箱，目前共有各类图书一千二百多册，每季度更换一次。",
    "谁来管理",
    "读书角由六名退休教师志愿者轮流值守，每天下午开放三个小时，借还登记全部采用纸质台账。",
]


def test_an_articles_bare_sections_over_their_own_paragraphs_stay_its_sections():
    doc, report = clean("\n".join(ARTICLE))
    assert report.title == "社区读书角建设情况"
    assert outline(doc) == [(1, "图书从哪里来"), (1, "谁来管理")]
