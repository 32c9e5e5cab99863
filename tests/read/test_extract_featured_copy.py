"""A community topic that prints its accepted solution twice: in a banner above the thread and
in the post where it was written. The banner is the copy (candidates.listed_copy): the thread
reads in its order, the solution between the question and the thanks. The page is written for
this test in the form of a support community's topic page, with made-up words."""

from __future__ import annotations

from reportfmt.read.extract import extract_main
from reportfmt.read.html import clean_tree

QUESTION = "新买的电热水壶烧开水以后总有一股塑料味，放了三天还是有，这正常吗？"
ANSWER = "先别急着退货，装满清水加两勺白醋煮开，倒掉以后再用清水煮两遍，大多数异味就没有了。"
OTHER = "我买的那只也有味道，用了一个星期左右自己就散了，开盖通风会快一些。"
THANKS = "按白醋的办法煮了三遍，味道基本闻不到了，谢谢大家。"


def _page() -> str:
    def post(uid: int, name: str, when: str, words: str) -> str:
        return (f'<div class="msg-wrap"><div class="msg-author"><a href="/user/{uid}">{name}</a>'
                f'<span class="rank">普通会员</span></div><div class="msg-date">{when}</div>'
                f'<div class="msg-body"><p>{words}</p></div><div class="msg-bar">点赞 回复</div></div>')
    posts = (post(1, "小周", "2024-03-01 09:12", QUESTION) + post(2, "老陈", "2024-03-01 10:40", OTHER)
             + post(3, "家电顾问", "2024-03-01 11:05", ANSWER) + post(1, "小周", "2024-03-02 08:30", THANKS))
    return ('<html><head><title>电热水壶有塑料味 - 示例家电社区</title></head><body>'
            '<div class="crumbs"><a href="/">社区首页</a> <a href="/k">厨房电器</a></div>'
            '<div class="topic"><h1>电热水壶有塑料味</h1>'
            f'<div class="solved-banner"><b>已解决</b><div class="solved-text"><p>{ANSWER}</p></div>'
            '<a href="#m3">在原帖中查看</a></div>'
            f'<div class="msgs">{posts}</div></div><div class="foot">© 示例家电社区</div></body></html>')


def test_a_solution_printed_above_the_thread_reads_in_its_place() -> None:
    found = extract_main(clean_tree(_page()))
    text = "".join(found.text.split())
    places = [text.find(words) for words in (QUESTION, OTHER, ANSWER, THANKS)]
    assert -1 not in places and places == sorted(places)
    assert text.count(ANSWER) == 1


LEAD = "今年全市新增公共充电桩一万两千个，老旧小区的充电难问题将在年底前基本解决。"
REST = ["市发展改革委介绍，新建的充电桩将优先布置在停车位紧张的老旧小区和农贸市场周边。",
        "每个新建站点都会配备快充和慢充两种桩，居民可以通过手机查询空闲的充电位。"]


def test_an_article_whose_lead_a_teaser_list_repeats_keeps_its_lead() -> None:
    teasers = "".join(f'<li><a href="/n/{i}">本市第{i}批公共充电站点名单公布详情</a><p>{LEAD}</p>'
                      f'<span>2024-05-0{i + 1} 10:00</span></li>' for i in range(3))
    page = ('<html><head><title>全市新增公共充电桩一万两千个 - 示例新闻网</title></head><body>'
            '<div class="article"><h1>全市新增公共充电桩一万两千个</h1>'
            f'<div class="content"><p>{LEAD}</p>' + "".join(f"<p>{r}</p>" for r in REST)
            + f'</div></div><div class="more"><h3>相关新闻</h3><ul>{teasers}</ul></div></body></html>')
    found = extract_main(clean_tree(page))
    text = "".join(found.text.split())
    assert text.startswith(LEAD) and text.count(LEAD) == 1
    assert all(r in text for r in REST)
