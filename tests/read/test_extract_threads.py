"""Forum threads, comment pages and short articles (issue 13's mechanisms), and the audit of
what DOM extraction drops. The pages are written for these tests in the shape of real ones."""

from __future__ import annotations

import json

import lxml.html
import pytest

from reportfmt.cli import run
from reportfmt.read.extract import extract_main
from reportfmt.read.html import clean_tree

NAV = ('<div id="toptb"><a href="/">论坛首页</a> <a href="/r">立即注册</a> <a href="/l">登录</a>'
       ' <a href="/h">帮助</a></div>')


def _post(pid: int, author: str, stamp: str, words: str, floor: str) -> str:
    return (f'<div id="post_{pid}"><table class="plhin"><tr>'
            f'<td class="pls"><a href="/u/{pid}">{author}</a> 当前离线 积分{pid % 7} 新手上路'
            f'<div class="tip">新手上路, 积分 {pid % 7}, 距离下一级还需 {40 + pid % 7} 积分</div></td>'
            f'<td class="plc"><div class="pi">{floor} 发表于 {stamp} | 只看该作者</div>'
            f'<div class="pct"><p>{words}</p></div><div class="po"><a href="#">回复</a> <a href="#">举报</a></div>'
            "</td></tr></table></div>")


STARTER = "我的显示器分辨率调高以后，游戏里的菜单有一半跑到屏幕外面去了，换了几种窗口模式都不行，请问该怎么设置？"
REPLY = "把游戏的缩放比例改回百分之百就好，我以前也遇到过。"
COPYRIGHT = ("<div class='copyRight'><a href='/a'>关于我们</a> <a href='/b'>联系我们</a> <a href='/c'>隐私政策</a>"
             "<p>某某网络科技有限公司 版权所有 | 不良信息举报电话：010-12345678 | 文化市场举报电话：12318</p>"
             "<p>Copyright 2024 Example Games Corporation and partners. Licensed to Example Network Technology"
             " Co., Ltd. All rights reserved. Game content and materials are trademarks of their owners.</p></div>")
THREAD = ('<html><head><meta name="generator" content="Discuz! X3.4"><title>显示问题 - 官方论坛</title></head><body>'
          f'{NAV}<div id="wp"><div id="postlist">'
          '<table><tr><td class="vwthd"><h1>显示问题，求助！</h1></td></tr></table>'
          f'{_post(101, "玩家甲", "2024-5-18 19:27:00", STARTER, "楼主")}'
          f'{_post(102, "玩家乙", "2024-5-19 08:02:11", REPLY, "沙发")}</div></div>{COPYRIGHT}</body></html>')


def _extract(page: str, **kwargs):
    return extract_main(clean_tree(page), **kwargs)


def _flat(text: str) -> str:
    return "".join(text.split())


def test_a_discuz_thread_keeps_its_posts_and_loses_the_forum_chrome():
    found = _extract(THREAD)
    text = _flat(found.text)
    assert _flat(STARTER) in text and _flat(REPLY) in text
    for chrome in ("当前离线", "距离下一级", "只看该作者", "举报", "版权所有", "立即注册"):
        assert chrome not in text, chrome
    rules = {r.rule for r in found.removed}
    assert {"extract.post-meta", "extract.footer"} <= rules
    assert found.extractor == "reportfmt"


def test_replies_as_sections_carry_author_and_time_and_drop_keeps_the_starter():
    sections = _extract(THREAD, replies="sections")
    headings = [" ".join(h.text_content().split()) for h in sections.article.iter("h2")]
    assert headings == ["玩家乙 · 2024-5-19 08:02:11"]
    dropped = _extract(THREAD, replies="drop")
    assert _flat(STARTER) in _flat(dropped.text) and _flat(REPLY) not in _flat(dropped.text)
    assert any(r.rule == "extract.reply" and _flat(REPLY) in _flat(r.text) for r in dropped.removed)


REVIEWS = ["细节拍得很真实，两位主演的对手戏让人看得很投入。", "前半段节奏慢，后面越来越好看。",
           "台词写得太好了", "配乐一般，但故事让我想起了自己的二十多岁。", "值得一看"]


def test_a_page_of_short_reviews_keeps_every_review_without_the_bylines():
    items = "".join(
        f'<div class="comment-item"><h3><span class="votes">{900 - i}</span> 有用 <a href="/p/{i}">观众{i}号</a>'
        f' 看过 <span class="comment-time">2024-04-0{i + 1} 1{i}:19:20</span> 上海</h3>'
        f'<p class="comment-content">{words}</p></div>'
        for i, words in enumerate(REVIEWS))
    page = (f"<html><head><title>某剧 短评</title></head><body>{NAV}<div id='content'><h1>某剧 短评</h1>"
            f"<div class='mod-hd'><a href='/w'>我来写短评</a> <a href='/h'>热门</a> <a href='/n'>最新</a></div>"
            f"<div class='mod-bd' id='comments'>{items}</div></div>"
            f"<div class='footer'>© 2005-2024 某某网 版权所有</div></body></html>")
    text = _flat(_extract(page).text)
    assert all(_flat(words) in text for words in REVIEWS)
    assert "有用" not in text and "看过" not in text and "2024-04-01" not in text and "论坛首页" not in text


def test_a_short_topic_with_replies_beats_the_profile_sidebar():
    comments = "".join(
        f'<div class="comment"><div class="comment-meta"><a href="/u/{i}">网友{i}</a>'
        f'<time>2021-01-0{i} 10:3{i}:52</time></div><div class="comment-content"><p>{words}</p></div>'
        f'<div class="comment-actions"><span>点赞</span><span>评论</span></div></div>'
        for i, words in enumerate(["周末我们也放两天，好好休息一下。", "提前祝大家新年快乐！", "羡慕，我们还要加班呢。",
                                   "放假前把手头的工作都交接好了。"], start=1))
    page = (f"<html><head><title>放假了</title></head><body><nav class='navbar'><a href='/'>话题</a></nav>"
            f"<div class='left-container'><article class='topic-detail'><h1>又要放假了</h1>"
            f"<div class='topic-content'>提前祝大家节日快乐！</div></article>"
            f"<div class='comment-component'><div class='comments'>{comments}</div></div></div>"
            f"<div class='right-container'><div class='user-simple'>本质上是个笨蛋，但只要努力就一定能做到。"
            f"积分1493 话题108</div></div></body></html>")
    text = _flat(_extract(page).text)
    assert "提前祝大家节日快乐！" in text and "羡慕，我们还要加班呢。" in text
    assert "放假前把手头的工作都交接好了。" in text
    assert "笨蛋" not in text and "点赞" not in text


def test_a_short_article_among_link_lists_is_kept_and_the_page_tree_is_not_cut():
    related = "".join(f"<li><a href='/n{i}'>第{i}条相关新闻的标题写得比较长一些</a></li>" for i in range(12))
    body = ("记者从有关部门获悉，今年一季度本市新增就业岗位一万二千个，同比增长百分之八，就业形势总体稳定。"
            "有关负责人表示，下一步将继续落实稳岗政策，帮助高校毕业生等重点群体尽快找到工作。")
    page = (f"<html><head><title>一季度新增就业</title></head><body><div class='head'><a href='/'>首页</a></div>"
            f"<div class='main'><div class='article'><h2>一季度新增就业一万二千个</h2><div class='article-content'>"
            f"<p>{body}</p></div><div class='about'><h3>相关阅读</h3><ul>{related}</ul></div></div>"
            f"<div class='main_rt'><ul>{related}</ul></div></div></body></html>")
    root = clean_tree(page)
    before = lxml.html.tostring(root)
    found = extract_main(root)
    assert body in _flat(found.text) and "相关新闻" not in found.text
    assert lxml.html.tostring(root) == before  # extraction works on a copy


@pytest.mark.parametrize("replies", ["keep", "sections", "drop"])
def test_the_replies_option_is_validated_and_reaches_extraction(tmp_path, replies):
    page = tmp_path / "thread.html"
    page.write_text(THREAD, encoding="utf-8")
    out = tmp_path / "out"
    assert run(["convert", str(page), "-o", str(out), "--to", "plain", "-M", f"extract.replies={replies}"]) == 0
    plain = (out / "thread.txt").read_text(encoding="utf-8")
    assert (_flat(REPLY) in _flat(plain)) == (replies != "drop")
    assert ("玩家乙·2024-5-1908:02:11" in _flat(plain)) == (replies == "sections")
    assert run(["convert", str(page), "-o", str(out), "-M", "extract.replies=all"]) == 2


def test_manifest_and_dry_run_list_what_extraction_dropped(tmp_path, capsys):
    page = tmp_path / "thread.html"
    page.write_text(THREAD, encoding="utf-8")
    out = tmp_path / "out"
    assert run(["convert", str(page), "-o", str(out), "--to", "plain", "--no-review"]) == 0
    record = json.loads((out / "manifest.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert record["extractor"] == "reportfmt"
    extracted = [r for r in record["removed"] if r["rule"].startswith("extract.")]
    assert any(r["rule"] == "extract.footer" and r["text"].startswith("关于我们") for r in extracted)
    assert all(len(r["text"]) <= 80 for r in extracted)
    capsys.readouterr()
    assert run(["convert", str(page), "-o", str(tmp_path / "dry"), "--dry-run"]) == 0
    printed = capsys.readouterr().out
    # The footer's family as the rules name it goes beside the extract rule (test_extract_families.py).
    assert "[extract.footer -> footer] 关于我们" in printed and "[extract.post-meta]" in printed


TECH_PARAS = ["在实际项目中，路由文件往往会越写越长，维护起来非常困难。",
              "下面介绍一种按模块拆分路由的方法，每个模块单独一个文件。"]
TECH_REPLIES = ["感谢分享，这个办法很实用。我们项目里也遇到过同样的问题，当时是把路由按照业务拆成了十几个文件。",
                "请问拆分以后路由缓存还能正常使用吗？我试了一下好像有点问题，命令执行以后报错说找不到控制器。",
                "楼上的问题我也碰到过，检查一下命名空间是不是写错了，大多数时候都是这个原因，改完重新缓存就好。",
                "学习了，准备在下一个版本里按照这个思路重构一下，顺便把中间件也按模块整理清楚。"]


def _code(k: int) -> str:
    lines = "\n".join(f"$router->get('/m{k}/{n}', [Module{k}Controller::class, 'show{n}']);" for n in range(10))
    return f"<pre><code>{lines}</code></pre>"


def test_a_community_article_keeps_its_text_and_code_before_longer_replies():
    text = "".join(f"<p>{words}</p>{_code(k)}" for k, words in enumerate(TECH_PARAS))
    replies = "".join(
        f'<div class="comment-item"><div class="meta"><a href="/users/{n}">用户{n}</a> <span>{n} 年前</span></div>'
        f'<div class="comment-body"><p>{words}</p></div><div class="actions"><a href="#">回复</a> <a href="#">赞</a>'
        f"</div></div>" for n, words in enumerate(TECH_REPLIES, start=1))
    others = "".join(f'<div class="item"><a href="/articles/{n}">作者的文章标题第{n}篇</a><span>{n} 个月前</span></div>'
                     for n in range(1, 8))
    page = (f"<html><head><title>按模块拆分路由 | 某某 社区</title></head><body>{NAV}<div class='main'>"
            f"<div class='article-col'><div class='article'><h1>按模块拆分路由</h1>"
            f"<div class='markdown-body'>{text}</div></div>"
            f"<div class='replies-box'><div class='count'>讨论数量: 4</div>{replies}</div></div>"
            f"<div class='right-col'><h3>作者的其他文章</h3>{others}</div></div></body></html>")
    found = _extract(page)
    flat = _flat(found.text)
    assert all(_flat(words) in flat for words in TECH_PARAS + TECH_REPLIES)
    assert "Module0Controller::class,'show9'" in flat and "Module1Controller" in flat  # the code stays
    assert "作者的文章标题" not in flat and "年前" not in flat
    assert found.extractor == "reportfmt"


ANSWERS = ["一般来说预警信息会比地震波早到几秒到几十秒，距离震中越远，提前的时间越多。",
           "预警不是预报，它是在地震已经发生以后抢在破坏性的横波到达之前发出提醒。",
           "我们这里收到过两次提醒，都比实际的震感早了十来秒，还是挺有用的。"]


def test_answers_whose_classes_add_state_words_are_one_template():
    states = ["answer answer-fold", "answer answer-hide answer-fold", "answer answer-last answer-hide answer-fold"]
    answers = "".join(
        f'<div class="{state}"><div class="replyer"><a href="/u/{n}">答主{n}号</a> 2021-10-1{n} · 回答量：{n}0 '
        f'采纳率：9{n}%</div><div class="content">{words}</div><div class="bar">评论 举报</div></div>'
        for n, (state, words) in enumerate(zip(states, ANSWERS, strict=True), start=1))
    page = (f"<html><head><title>地震预警能提前多久？_百度知道</title></head><body>{NAV}<article id='qb-content'>"
            f"<h1>地震预警能提前多久？</h1><div id='wgt-answers'><div class='wrap'>{answers}</div></div></article>"
            "<aside class='side'><a href='/x'>特别推荐一条广告</a></aside></body></html>")
    text = _flat(_extract(page).text)
    assert all(_flat(words) in text for words in ANSWERS)
    assert "回答量" not in text and "采纳率" not in text and "举报" not in text


# Round 4's mechanisms, each on a page written for it in the form the engines share.

STORY = ["上个周末我们一家去城郊的湿地公园骑车，一圈下来二十多公里，孩子第一次骑完全程。",
         "公园里新修了木栈道，骑行道和步道分开，周末人虽然多，但一点也不挤，租车点也很好找。",
         "中午在园区的小餐厅吃了一碗面，价格公道，唯一的缺点是下午风太大，回程骑得有点累。"]
REMARKS = ["请问租车要押金吗？", "我们上个月也去了，秋天的芦苇特别好看。", "园区里有没有给小朋友的儿童座椅？"]


def _remarks(label: str) -> str:
    items = "".join(f'<li class="item"><a href="/member/{n}">读者{n}</a> <span>2024-10-0{n} 1{n}:30</span>'
                    f"<p>{words}</p></li>" for n, words in enumerate(REMARKS, start=1))
    return f"<div class='below'><h3>{label}</h3><ul class='list'>{items}</ul></div>"


def _story_page(label: str) -> str:
    story = "".join(f"<p>{p}</p>" for p in STORY)
    return (f"<html><head><title>湿地公园骑行记</title></head><body>{NAV}<div class='main'>"
            f"<div class='story'><h1>湿地公园骑行记</h1>{story}</div>{_remarks(label)}</div></body></html>")


def test_comments_under_an_article_are_not_the_page_but_replies_to_a_topic_are():
    found = _extract(_story_page("已有 3 条评论"))
    text = _flat(found.text)
    assert all(_flat(p) in text for p in STORY)
    assert not any(_flat(r) in text for r in REMARKS)
    assert any(_flat(REMARKS[0]) in _flat(r.text) for r in found.removed)  # recorded, not lost
    # The same list introduced as replies to a topic is the thread's content.
    replies = _flat(_extract(_story_page("全部回复")).text)
    assert all(_flat(r) in replies for r in REMARKS) and all(_flat(p) in replies for p in STORY)


def test_a_page_of_comments_without_an_article_keeps_them():
    page = (f"<html><head><title>读者留言</title></head><body>{NAV}<div class='main'><h1>读者留言</h1>"
            f"{_remarks('全部评论')}</div></body></html>")
    text = _flat(_extract(page).text)
    assert all(_flat(r) in text for r in REMARKS)


QUESTION = "家里的绿萝叶子边缘发黄卷起来了，浇水也不多，是怎么回事？"
REPLIES_QA = ["多半是空气太干或者晒到了直射的太阳，挪到明亮但不直晒的地方，平时往叶子上喷点水。",
              "也可能是盆太小根长满了，倒出来看一下，根缠成一团就该换大一号的盆。",
              "我家的也是这样，换了盆以后新叶子就正常了。"]


def _qa_page() -> str:
    answers = "".join(
        f'<div class="bd answer"><div class="line info"><a href="/p/u{n}">答主{n}</a>'
        f"<span>擅长：绿植养护</span><span>2024-06-0{n} 10:1{n}</span></div>"
        f'<div class="line content"><div class="answer-text">{words}</div></div>'
        f'<div class="line info"><span class="eva">{n}2</span> 评论 举报</div></div>'
        for n, words in enumerate(REPLIES_QA, start=1))
    return ("<html><head><title>绿萝叶子发黄怎么办_百度知道</title></head><body>"
            f"{NAV}<article class='qb'><div class='ask'><h1>绿萝叶子发黄怎么办</h1>"
            f"<div class='q-content'><span>{QUESTION}</span></div><div class='meta'>浏览 902 次</div></div>"
            f"<div class='answers'><div class='hd'>全部回答 共3条</div>{answers}</div></article>"
            "<aside class='side'><a href='/x'>特别推荐一条广告</a></aside></body></html>")


def test_a_question_and_its_answers_keep_the_question_and_lose_each_answers_bars():
    found = _extract(_qa_page())
    text = _flat(found.text)
    assert _flat(QUESTION) in text  # the question survives the readability vote
    assert all(_flat(words) in text for words in REPLIES_QA)
    for chrome in ("擅长", "评论", "举报", "共3条", "浏览902次"):
        assert chrome not in text, chrome
    rules = {" ".join(r.text.split()): r.rule for r in found.removed}
    assert rules.get("全部回答 共3条") == "extract.post-meta", rules


def _listed_thread() -> str:
    posts = [("水友甲", "我家的鱼缸水总是发绿，换水以后过两天又绿了，是光照太强吗？", ""),
             ("养鱼老手", "鱼缸别放在窗边，灯每天开六个小时就够，再放几只吃藻的螺。", ""),
             ("水友甲", "我把鱼缸挪开了窗户，看看效果。", ("养鱼老手", "鱼缸别放在窗边"))]
    items = "".join(
        f'<li class="postcontainer" id="post_{n}"><div class="posthead"><span class="date">2024-07-0{n} 2{n}:10</span>'
        f'<a class="postcounter" href="#post{n}">#{n}</a></div>'
        f'<div class="userinfo"><a href="/member.php?u={n}">{who}</a></div>'
        f'<div class="postbody"><blockquote class="postcontent">'
        + (f'<div class="bbcode_quote"><div class="postedby">最初由 <strong>{quote[0]}</strong> 发表</div>'
           f'<div class="message">{quote[1]}</div></div>' if quote else "")
        + f"{words}</blockquote></div></li>"
        for n, (who, words, quote) in enumerate(posts, start=1))
    return (f"<html><head><title>鱼缸水发绿 - 水族论坛</title></head><body>{NAV}<div id='postlist'>"
            f"<ol id='posts' start='1'>{items}</ol></div></body></html>")


def test_posts_rendered_as_list_items_read_as_blocks_and_quote_bylines_go():
    found = _extract(_listed_thread())
    assert not list(found.article.iter("ol", "li"))  # pandoc would number each post "1.", "2."
    text = _flat(found.text)
    assert "鱼缸别放在窗边" in text and "我把鱼缸挪开了窗户" in text  # the quote keeps its words
    assert "最初由" not in text and "#2" not in text
    assert any(r.rule == "extract.post-meta" and "最初由" in r.text for r in found.removed)


def test_a_panel_field_whose_value_differs_per_post_is_the_template():
    levels = ["新手上路", "资深会员", "版主"]
    words = ["周末想和朋友去郊外露营，第一次去，除了帐篷以外还需要准备哪些东西？有没有什么要特别注意的地方？",
             "帐篷、防潮垫和睡袋是必需的，再带一个头灯和几节备用电池，山里天黑得早，晚上没有灯很不方便。",
             "营地最好提前预约，节假日人很多；晚上山里温差大，记得带件厚外套，垃圾一定要自己带下山。"]
    posts = "".join(
        f'<div class="floor"><div class="side"><a href="/u/{n}">露营{n}号</a><p>级别: {level}</p></div>'
        f'<div class="main"><span>发表于 2024-08-0{n} 09:3{n}</span><div class="msg">{w}</div>'
        + ('<div class="sig">喜欢户外，也喜欢安静</div>' if n == 1 else "") + "</div></div>"
        for n, (level, w) in enumerate(zip(levels, words, strict=True), start=1))
    page = (f"<html><head><title>第一次露营 - 户外论坛</title></head><body>{NAV}"
            f"<div class='thread'>{posts}</div></body></html>")
    text = _flat(_extract(page).text)
    assert all(_flat(w) in text for w in words)
    assert "级别" not in text and "喜欢户外" not in text


def test_the_topic_box_loses_its_button_labels_and_counters():
    comments = "".join(
        f'<div class="comment"><a href="/user/{n}">网友{n}</a> <span>2021-01-0{n} 10:3{n}:52</span>'
        f'<div class="comment-text">{words}</div><div class="bar">点赞 评论</div></div>'
        for n, words in enumerate(["周末一起去爬山吧，天气预报说是晴天。", "好啊好啊，记得带够水和吃的！",
                                   "我也想去，算我一个，几点在哪里集合？"], start=1))
    page = (f"<html><head><title>周末爬山 - 某某社区</title></head><body>{NAV}<div class='main'><article>"
            "<div class='head'><a href='/user/9'>发起人</a><span class='meta'> 发布于 "
            "<time datetime='2020-12-30 19:24:15'>2020-12-30 19:24:15</time></span>"
            "<span role='button'>管理</span></div><h1>周末爬山</h1>"
            "<div class='topic-text'><p>有人一起去爬山吗？</p></div>"
            "<div class='actions'><span>浏览</span><span> (640) </span><span>点赞</span><span> (5) </span>"
            f"<span>收藏</span></div></article><div class='comments'><div>3条评论</div>{comments}</div></div>"
            "</body></html>")
    found = _extract(page)
    text = _flat(found.text)
    assert "有人一起去爬山吗？" in text and "好啊好啊，记得带够水和吃的！" in text
    for furniture in ("发布于", "管理", "浏览", "(640)", "收藏"):
        assert furniture not in text, furniture
    assert any(r.rule == "extract.starter-meta" and "浏览" in r.text for r in found.removed)


# Replies that print their author and floor but no time (a board that shows the time only on
# hover, through a script): the template repeats them all the same.
FLOOR_REPLIES = ["我用的是旧版驱动，装回去以后黑屏就没有再出现过了，可以试试。",
                 "电源功率不够也会这样，满载的时候电压掉下来，显卡就会掉驱动。",
                 "谢谢两位，我先换驱动看一下，不行再去借一个大一点的电源来试。"]


def _floor_thread(reply_form: str = "") -> str:
    starter = ("<div class='topic'><h1>玩游戏半小时就黑屏</h1><div class='topic-body'><p>显卡是去年买的，"
               "玩大型游戏半个小时左右屏幕就会突然黑掉，风扇还在转，重启以后一切正常，温度看着也不高。</p>"
               "<p>请问有没有人遇到过同样的情况，应该先从哪里查起？</p></div></div>")
    replies = "".join(
        f"<div class='reply'><div class='reply-head'><a href='/space/uid-{n}'>玩家{n}</a>"
        f"<span>{n + 1}楼</span></div><div class='reply-body'>{words}</div>"
        f"<div class='reply-bar'><a href='#r{n}'>回复</a> <a href='#j{n}'>举报</a></div></div>"
        for n, words in enumerate(FLOOR_REPLIES, start=1))
    side = "".join(f"<li><a href='/t/{n}'>本版热门帖子标题第{n}条</a></li>" for n in range(8))
    return (f"<html><head><title>黑屏求助</title></head><body>{NAV}<div class='wrap'>"
            f"<div class='main'>{starter}<div class='replies'>{replies}{reply_form}</div></div>"
            f"<div class='side'><ul>{side}</ul></div></div></body></html>")


def test_replies_with_an_author_and_floor_but_no_time_are_the_thread():
    found = _extract(_floor_thread())
    text = _flat(found.text)
    assert "显卡是去年买的" in text and "应该先从哪里查起" in text
    assert all(_flat(words) in text for words in FLOOR_REPLIES)
    assert "热门帖子" not in text and "举报" not in text


def test_the_reply_form_with_a_login_link_is_not_a_post():
    form = ("<div class='reply'><div class='composer'><a href='/user/login'>登录</a>以后才可以参与这个讨论。"
            "</div></div>")
    text = _flat(_extract(_floor_thread(form)).text)
    assert all(_flat(words) in text for words in FLOOR_REPLIES)
    assert "参与这个讨论" not in text


# A board whose template names nothing a rule knows (class words like "k3fa"): a quote box is
# a div among divs, known only by its byline's words.
UNNAMED_QUOTES = """<html><head><title>阳台种番茄总是掉花 - 园艺小站</title></head><body>
<div class="k91a"><a href="/">首页</a> <a href="/b">园艺</a></div>
<div class="k20c">
{posts}
</div>
<div class="k7e1">关于我们 联系方式</div>
</body></html>"""
POST = """<div class="k5d_{n}"><div class="k0b"><a href="/u/{n}">{who}</a> 2024-04-0{n} 08:1{n}</div>
<div class="k3f">{words}</div></div>"""


def test_an_unnamed_quote_box_loses_its_byline_and_keeps_the_quoted_words():
    posts = "\n".join(POST.format(n=n, who=who, words=words) for n, who, words in (
        (1, "阿青", "<p>阳台朝东，每天只有半天太阳，番茄开了十几朵花，结果掉了一大半，想知道原因。</p>"),
        (2, "老周", "<p>花期温度太高或者太低都会掉花，夜里低于十五度就容易这样，可以夜里搬进屋。</p>"),
        (3, "小林", "<div class=\"k8c\"><div>引用第2楼老周发表的：</div>"
                    "<div>花期温度太高或者太低都会掉花。</div></div><p>同意，另外开花时轻轻摇一摇花枝帮它授粉。</p>"),
    ))
    found = extract_main(UNNAMED_QUOTES.format(posts=posts))
    text = "".join(found.text.split())
    assert "引用第2楼" not in text and "发表的：" not in text
    assert "花期温度太高或者太低都会掉花。同意，另外开花时轻轻摇一摇花枝帮它授粉。" in text
    assert "阳台朝东" in text and "夜里搬进屋" in text
    assert ("extract.post-meta", "引用第2楼老周发表的：") in [
        (r.rule, " ".join(r.text.split())) for r in found.removed]


TOPIC_WORDS = "小区楼下新开了一家羽毛球馆，场地和灯光都不错，就是周末要提前两天订场。"
TOPIC_REPLIES = ["我上周去过，地板是专业的运动地胶，打起来膝盖舒服不少。",
                 "停车不太方便，建议骑车过去，门口有地方放自行车。",
                 "工作日晚上人少，八点以后基本不用排队。"]


def _topic_page(header: str) -> str:
    # class words that name nothing a rule knows (an engine nobody tuned for)
    replies = "".join(
        f'<div class="qz7"><div class="vb2"><a href="/u/{n}">球友{n}</a><span>2024-05-0{n} 21:0{n}</span></div>'
        f'<div class="wc9">{words}</div></div>' for n, words in enumerate(TOPIC_REPLIES, start=1))
    return ("<html><head><title>新球馆怎么样 - 社区</title></head><body>"
            f"{NAV}<div class='xk1'><h1>新球馆怎么样</h1><div class='tp4'>{TOPIC_WORDS}</div>"
            f"<div class='rr3'><div class='hh8'>{header}</div><div class='ll5'>{replies}</div></div></div>"
            "</body></html>")


def test_the_label_row_heading_the_replies_goes_whatever_its_box_is_named():
    found = _extract(_topic_page("<span>全部回复</span><span>只看楼主 | 按时间</span>"))
    text = _flat(found.text)
    assert _flat(TOPIC_WORDS) in text and all(_flat(w) in text for w in TOPIC_REPLIES)
    assert "只看楼主" not in text and "按时间" not in text
    rules = {_flat(r.text): r.rule for r in found.removed}
    assert rules.get("全部回复只看楼主|按时间") == "extract.list-header", rules


def test_a_short_line_of_the_starter_before_the_replies_stays():
    found = _extract(_topic_page("附近还有别的球馆吗"))
    assert "附近还有别的球馆吗" in _flat(found.text)
