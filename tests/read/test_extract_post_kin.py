"""Posts built differently (post_kin.py): siblings of different shapes are one thread's posts
when they print their author line in a part of the same shape; a blog entry and a comment,
each with a byline in a part named apart, are not."""

from __future__ import annotations

import lxml.html

from reportfmt.read.extraction.post_kin import kin_group, with_kin_nearby


def _answer(box: str, who_class: str, who: str, when: str, words: str) -> str:
    return (f'<div class="{box}"><div class="{who_class}"><a href="/people/{who}">{who}</a> '
            f'<span>{when}</span></div><div class="words"><p>{words}</p></div>'
            f'<div class="ops"><a href="/up">有用</a> <a href="/flag">举报</a></div></div>')


def _parent(*children: str):
    return lxml.html.fragment_fromstring(f'<div class="col">{"".join(children)}</div>')


def test_a_best_answer_and_a_differently_boxed_answer_are_kin():
    col = _parent(_answer("pick", "who", "老周", "2024-04-09 21:03", "先停水，等土干了再浇透一次。"),
                  _answer("row", "who", "小陈", "2024-04-10 07:48", "也可能是光线太暗了，挪到窗边试试。"))
    assert [k.get("class") for k in kin_group(col)] == ["pick", "row"]


def test_bylines_in_parts_named_apart_are_not_kin():
    col = _parent(_answer("entry", "entry-meta", "小林", "2024-03-02 09:00", "今天讲讲怎么把旧电脑改成文件服务器。"),
                  _answer("talk", "talk-who", "阿明", "2024-03-03 08:22", "请问远程登录用的是密码还是密钥？"))
    assert kin_group(col) == []


def test_siblings_of_one_shape_are_left_to_the_shape_groups():
    col = _parent(_answer("row", "who", "老周", "2024-04-09 21:03", "先停水，等土干了再浇透一次。"),
                  _answer("row", "who", "小陈", "2024-04-10 07:48", "也可能是光线太暗了，挪到窗边试试。"))
    assert kin_group(col) == []


def test_a_list_of_one_beside_the_list_of_the_others_gives_its_item():
    def item(who: str, words: str) -> str:
        return f'<li class="it">{_answer("ans", "who", who, "2024-05-21 10:42", words)}</li>'
    page = lxml.html.fragment_fromstring(
        f'<div class="all"><ul class="lst best">{item("志愿者", "先看合同里怎么写扣押金的情形。")}</ul>'
        f'<h3>其他回答</h3><ul class="lst">{item("阿宽", "拿着照片跟房东一项项对。")}'
        f'{item("小何", "可以打维权热线问问看。")}</ul>'
        '<ul class="lst"><li class="it">热门问题列表</li></ul></div>')
    others = list(page.findall("ul")[1])
    found = with_kin_nearby(others)
    assert [" ".join(e.text_content().split())[:3] for e in found] == ["志愿者", "阿宽 ", "小何 "]


def test_a_best_answer_in_a_box_of_its_own_above_the_answers_box_joins_them():
    best = _answer("top-pick", "who", "老周", "2024-04-09 21:03", "先停水，等土干了再浇透一次。")
    rows = "".join(_answer("ans", "who", w, "2024-04-10 07:48", t) for w, t in
                   [("小陈", "也可能是光线太暗了，挪到窗边试试。"), ("阿宽", "换个透气的盆，底下垫点陶粒。")])
    question = _answer("ask", "ask-by", "提问的人", "2024-04-09 20:00", "绿萝的叶子为什么一直发黄呢？")
    page = lxml.html.fragment_fromstring(
        f'<div class="col">{question}<div id="best">{best}</div>'
        f'<div class="others"><div class="wrap">{rows}</div></div></div>')
    found = with_kin_nearby(list(page.find_class("wrap")[0]))
    assert [e.get("class") for e in found] == ["top-pick", "ans", "ans"]


def _comment(box: str, who: str, when: str, words: str) -> str:
    # A news comment: a location-and-nickname line without a profile link (not "signed").
    return (f'<div class="{box}"><div class="from"><a href="#">某地网友</a> [{who}] <span>{when}</span></div>'
            f'<p class="words">{words}</p><div class="ops"><a href="#">顶</a> <a href="#">回复</a></div></div>')


def test_a_second_list_of_the_same_comments_joins_the_first():
    page = lxml.html.fragment_fromstring(
        '<div class="wrap"><div class="hot"><h3>热门跟帖</h3>'
        + _comment("reply", "夜班护士", "2024-04-02 08:11", "终于等到末班车延长了，以前只能打车。")
        + _comment("reply", "老司机", "2024-04-02 08:35", "司机的排班也得跟上，安全最要紧。")
        + '</div><div class="new"><h3>最新跟帖</h3>'
        + _comment("reply", "路过看看", "2024-04-02 10:20", "能不能把发车间隔也公布出来？")
        + '</div></div>')
    hot = page.find("div[@class='hot']").findall("div")
    found = with_kin_nearby(hot)
    assert ["".join(p.find("p").text_content().split()) for p in found] == [
        "终于等到末班车延长了，以前只能打车。", "司机的排班也得跟上，安全最要紧。", "能不能把发车间隔也公布出来？"]


def test_unnamed_boxes_are_nobody_s_twins():
    page = lxml.html.fragment_fromstring(
        '<div><div class="list">'
        + _comment("", "夜班护士", "2024-04-02 08:11", "终于等到末班车延长了，以前只能打车。")
        + _comment("", "老司机", "2024-04-02 08:35", "司机的排班也得跟上，安全最要紧。")
        + '</div><div class="side">' + _comment("", "小编", "2024-04-02 09:00", "本站跟帖规则请看这里。")
        + '</div></div>')
    listed = page.find("div[@class='list']").findall("div")
    assert with_kin_nearby(listed) == listed
