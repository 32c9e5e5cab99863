"""A 范文 site's quality word in 【】 after the title (round 52): "某某规范精选【精】",
"某某心得体会范文2【精选范文】". The same words stand in 【】 before the title on other 范文 hosts
("【精华】…", "【精品】…", "【精】…"); after it, they are no more the title's. Taken off when the title is
taken (not when lines are weighed). A count ("【6篇】"), a theme inside the title and a round bracket
("(精选)", "(试行)") stay. Fixtures written for the project (made-up names and content)."""

from __future__ import annotations

from helpers import clean, texts
from reportfmt.passes.title_forms import without_trailing_quality_tag

TEXT = ("为规范门店收银工作，提升顾客结账体验，结合本店实际，制定以下服务要求，请各班组对照执行，"
        "店长每周抽查一次并在例会上通报。")
REST = ["1、上岗前检查钱箱、扫码枪和小票纸是否齐备。", "2、结账时唱收唱付，找零当面点清。"]


def test_a_quality_word_after_the_title_goes():
    doc, report = clean("\n".join(["柳溪便利店收银员服务规范是怎样的精选【精】", "时间:2024-03-01 10:20:30",
                                    TEXT, *REST]))
    assert report.title == "柳溪便利店收银员服务规范是怎样的精选"
    assert texts(doc) == [TEXT, *REST]


def test_a_sample_numbered_title_keeps_its_number():
    title = "2025年团员参观红色教育基地心得体会范文2"
    _doc, report = clean("\n".join(["当前位置:首页 > 范文大全 > 心得体会 >", f"{title}【精选范文】",
                                    "时间:2025-05-20 09:10:11 来源:网友投稿", TEXT, *REST]))
    assert report.title == title


def test_the_trailing_quality_tag():
    assert without_trailing_quality_tag("柳溪便利店收银员服务规范【精】") == "柳溪便利店收银员服务规范"
    assert without_trailing_quality_tag("团员心得体会范文2【精选范文】") == "团员心得体会范文2"
    assert without_trailing_quality_tag("青禾社区工作总结【精品】") == "青禾社区工作总结"
    # A count of samples, a theme inside the title, a round bracket and a short title stay.
    assert without_trailing_quality_tag("入伙协议书范本大全【6篇】") == "入伙协议书范本大全【6篇】"
    assert without_trailing_quality_tag("仓库租赁合同【精品6篇】") == "仓库租赁合同【精品6篇】"
    assert without_trailing_quality_tag("中秋节【月下家书】征文活动方案") == "中秋节【月下家书】征文活动方案"
    assert without_trailing_quality_tag("垃圾分类倡议书(精选)") == "垃圾分类倡议书(精选)"
    assert without_trailing_quality_tag("总结【精】") == "总结【精】"
    assert without_trailing_quality_tag("x" * 100_000 + "【") == "x" * 100_000 + "【"
