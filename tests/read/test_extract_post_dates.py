"""Posts dated without a clock: boards print a full date with 年月日, slashes or dots as often
as with hyphens (repeated_posts.STAMP), and comment widgets this year's posts by month and day
alone, in an element of their own (repeated_posts.bare_day). The pages are written for these tests in the form of a
community board and of a news page, with made-up words."""

from __future__ import annotations

import pytest

from reportfmt.read.extract import extract_main
from reportfmt.read.html import clean_tree

WORDS = ["小区门口新开的那家面馆味道怎么样？有没有人去吃过，想周末带孩子去试试。",
         "去过两次，牛肉面分量很足，汤有点咸，总体还行。",
         "排队的人太多了，我等了四十分钟才吃上。",
         "他家的凉菜不错，推荐拍黄瓜和卤豆干。",
         "价格比隔壁那家贵一点，不过环境干净。"]
# "month and day": this year's posts, stamped without the year, in an element of their own.
DATES = {"年月日": "2023年5月{}日", "slashes": "2023/05/0{}", "dots": "2023.05.0{}", "month and day": "5月{}日"}


def _board(form: str) -> str:
    # neutral class words: nothing in them says post, reply or comment
    items = "".join(f'<div class="item"><div class="hd"><span class="n">街坊{i}</span>'
                    f' <span class="d">{DATES[form].format(i + 3)}</span></div>'
                    f'<div class="bd">{w}</div><div class="ft"><span>赞</span> <span>回复</span></div></div>'
                    for i, w in enumerate(WORDS))
    side = "".join(f'<li><a href="/t/{i}">本周最受欢迎的第{i}个话题标题在这里</a></li>' for i in range(8))
    return ('<html><head><title>新开的面馆怎么样 - 某某小区社区</title></head><body>'
            '<div class="nav"><a href="/">首页</a> <a href="/g">小组</a></div>'
            f'<div class="wrap"><div class="left"><h1>新开的面馆怎么样</h1><div class="list">{items}</div></div>'
            f'<div class="right"><h3>热门话题</h3><ul>{side}</ul>'
            '<p>本社区由街坊们自发维护，欢迎大家文明发言，共同营造良好的交流氛围。</p></div></div></body></html>')


@pytest.mark.parametrize("form", sorted(DATES))
def test_posts_dated_without_a_clock_lose_their_bylines_and_bars(form):
    found = extract_main(clean_tree(_board(form)))
    lines = [" ".join(p.text_content().split()) for p in found.article.iter("div") if p.get("class") == "bd"]
    assert lines == WORDS
    text = "".join(found.text.split())
    for chrome in ("街坊0", DATES[form].format(3), "赞回复", "热门话题"):
        assert chrome not in text, chrome
    assert sum(r.rule == "extract.post-meta" for r in found.removed) == 2 * len(WORDS)


def test_a_news_page_with_dated_headlines_stays_an_article():
    body = "".join(f"<p>{w}</p>" for w in (
        "本市今年计划新建和改扩建中小学二十所，新增学位三万个，重点解决新建小区入学难的问题。",
        "教育部门有关负责人介绍，新建学校将统一按照省级标准配建操场、图书馆和实验室。",
        "今年秋季开学前，已建成的八所学校将投入使用，其余学校明年陆续完工。"))
    related = "".join(f'<li><a href="/n/{i}">本市第{i}批公办学校名单公布，家长可登录网站查询</a>'
                      f' <span>2023年4月{i + 1}日</span></li>' for i in range(6))
    page = ('<html><head><title>本市新建中小学二十所 - 某某新闻网</title></head><body>'
            f'<div class="article"><h1>本市新建中小学二十所</h1><div class="info">2023年5月8日 来源：某某日报</div>'
            f'<div class="content">{body}</div></div><div class="more"><h3>相关新闻</h3><ul>{related}</ul></div>'
            '</body></html>')
    found = extract_main(clean_tree(page))
    text = "".join(found.text.split())
    assert "新增学位三万个" in text and "其余学校明年陆续完工" in text
    assert "公办学校名单" not in text
