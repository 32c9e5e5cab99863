"""Lines joined by a slash are no bare section names (issue 18, false headings): a credit
("小作者/某某小学 王某", "文/张三"), a cast or a book's credits ("某甲 / 某乙"), a menu pair
("登录/注册"). Fixtures written for the project."""

from __future__ import annotations

from helpers import clean, outline

# A contest page: the group label, the work's title, the young writer's credit, then the page's
# two bare sections, each over its paragraph.
CONTEST_PAGE = [
    "高年级组获奖作品",
    "",
    "外公的渡船",
    "",
    "小作者/青石镇中心小学 陈晓岚",
    "",
    "作品简介",
    "",
    "暑假里我跟着外公在河边摆渡，看他一趟趟把赶集的人送到对岸。外公的船很旧，可他说只要桨还握得住，渡口就不会没人守着。",
    "",
    "作者背景",
    "",
    "晓岚平时话不多，却喜欢在本子上记下身边的小事。这篇文章她改了四遍，每改一遍就念给外公听一遍。",
]


def test_a_credit_with_a_slash_is_no_section():
    doc, _ = clean("\n".join(CONTEST_PAGE))
    headings = [text for _level, text in outline(doc)]
    assert "作品简介" in headings
    assert "作者背景" in headings
    assert not any("/" in text for text in headings)


# A film list: each entry names a film, then its two leads, then a paragraph on it.
CAST_LINES = [
    "暑期片单",
    "河流的尽头",
    "林小雨 / 陈一舟",
    "一个孩子沿着河走到海边，一路上遇见的人都给了他一点帮助，结尾很温暖。",
    "山那边的集市",
    "周启明 / 何嘉禾",
    "小镇集市一年四季的变化，镜头很慢，适合和家人一起安静地看。",
]


def test_cast_lines_of_a_film_list_are_no_sections():
    doc, _ = clean("\n".join(CAST_LINES))
    assert not any("/" in text for _level, text in outline(doc))
