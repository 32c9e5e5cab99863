"""A breadcrumb that ends on the line right under it (round 48): "当前位置:首页 > 杂文 > 某某" over
"某某". The page's name, printed by its crumb and again alone under it, is the title even when it
calls out with a comma ("某某,致敬…!") or a site's menu stands above the crumb (31 own-tune sites
print this layout). A crumb ending on "正文" or a column's name, one ending on its channel whose
name heads the page over the item's title, or one whose last step is not the line under it, proves
nothing. Fixtures written for the project (made-up names and content)."""

from __future__ import annotations

from helpers import clean
from reportfmt.passes.title_forms import crumb_leaf

TEXT = ("每天清晨五点,青柳街道的二十多名保洁员已经把主干道扫过一遍,下雪的夜里还要提前到坡道上撒防滑料,"
        "一年到头很少有完整的休息日。")
REST = ["这篇短文想替他们说一句:辛苦了。", "也请大家把垃圾分好类再扔,见面时点个头、问声好。"]


def test_an_exclaimed_line_the_crumb_ends_on_is_the_title():
    title = "保洁班组,致敬清晨五点的街巷守护者!"
    _doc, report = clean("\n".join([f"当前位置:首页 > 随笔杂谈 > {title}", title, "来源:某某随笔网", TEXT, *REST]))
    assert report.title == title


def test_the_crumb_named_line_is_the_title_under_a_menu():
    title = "驻村日记:给村里的老人拍一张合影"
    _doc, report = clean("\n".join(["各地", "资讯", f"当前位置:某某备考网 >> 驻村干部 >> {title}", title,
                                    "某某备考网    2020-03-02", TEXT, *REST]))
    assert report.title == title


def test_a_crumb_ending_elsewhere_proves_no_exclaimed_line():
    _doc, report = clean("\n".join(["当前位置:首页 > 随笔杂谈 > 正文", "保洁班组,致敬清晨五点的街巷守护者!",
                                    TEXT, *REST]))
    assert report.title is None


def test_the_crumb_leaf():
    assert crumb_leaf("当前位置:首页 > 随笔杂谈 > 某某短文") == "某某短文"
    assert crumb_leaf("您的位置: 首页 » 学校概况 » 学校 简介") == "学校简介"
    assert crumb_leaf("当前位置:首页 > 新闻 > 正文") is None
    assert crumb_leaf("某某短文") is None
    assert crumb_leaf("x" * 3_000_000) is None


def test_a_crumb_ending_on_its_channel_over_the_title_proves_no_channel():
    title = "青柳小学举行春季田径运动会"
    _doc, report = clean("\n".join(["当前位置:首页 > 学校概况 > 校园生活", "校园生活", title,
                                    "发布时间:2024-04-12", TEXT, *REST]))
    assert report.title == title
