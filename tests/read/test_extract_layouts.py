"""Board layouts named by nothing a rule knows (tests/data/threads4): the starter's post kept,
the board's chrome gone, and under `extract.replies: sections` each reply headed by its own
author and time, the starter's post not headed."""

from __future__ import annotations

import sys
from pathlib import Path

import lxml.html
import pytest

from reportfmt.batch.job import process_bytes
from reportfmt.options import build_options
from reportfmt.passes.elements import block_text
from reportfmt.read.encodings import decode
from reportfmt.read.extract import extract_main, short_by_request
from reportfmt.read.extraction.audit import Removal
from reportfmt.read.html import clean_tree

PAGES = Path(__file__).resolve().parents[1] / "data" / "threads4"
sys.path.insert(0, str(PAGES.parents[1] / "eval"))
from scoring import char_score  # noqa: E402

# What each layout prints around the posts: none of it may survive the default conversion.
CHROME = {
    "tablefloors": ["注册时间", "积分", "发表于", "只看该作者", "种花种菜", "举报", "快速回复", "版权所有"],
    "floorbar": ["本吧达人", "来自Android", "2楼", "只看楼主", "本吧热议", "发表回复", "贴吧协议"],
    "askbest": ["最佳答案", "擅长", "赞同", "其他3条回答", "相关问题", "浏览"],
    "askpair": ["提问者采纳", "园艺师", "有用", "阳台上的小番茄", "浏览 432 次", "相关问题", "免责声明"],
    "bestabove": ["厨房里的老魏", "优质答主", "做了二十年面点", "采纳数", "向TA提问", "活跃答主", "答题量",
                  "一日三餐都认真吃", "3个回答", "其他类似问题"],
    "acceptedlist": ["采纳的回答", "回答于", "提问于", "支持 33", "3 个其他回答", "相似问题", "用户协议"],
    "mobilethread": ["打开App", "楼主", "全部回复", "3天前", "赞 9", "大家都在看", "用户协议"],
    "flatposts": ["发表于", "豆沙包子", "早起的猫", "王阿姨", "浏览 512 次", "登录后才能回复", "版权所有"],
    "floorlabels": ["楼主", "沙发", "板凳", "地板", "5#", "评分", "参与人数", "自己种自己吃", "生活不止眼前",
                    "的帖子",
                    "帖子 38", "举报", "热门帖子"],
    "blogcomments": ["阅读 2,310", "标签", "上一篇", "周末不加班", "拆电池这个提醒", "发表评论", "近期文章"],
    "gridcolumns": ["铁马冰河", "356", "编辑", "收藏", "最新回复", "主题数", "版块信息", "交流区", "回复内容",
                    "Copyright"],
    "relativetimes": ["城南生活圈", "打开App", "阿强", "全部回复", "老陈家的猫", "今天 08:12", "半小时前", "赞回复"],
    "outweighed": ["作者：阿禾", "标签", "腌了一罐糖蒜", "评论：", "种菜的老孙", "小白虫", "肥皂水", "打个折扣",
                   "发表评论", "最新微语", "备案号"],
}
# The replies' headings under extract.replies: sections, in order (the starter's post has none).
HEADINGS = {
    "tablefloors": ["老园丁阿福 · 2024-6-3 22:40", "青椒炒肉丝 · 2024-6-4 07:05", "晴天的向日葵 · 2024-6-4 12:31"],
    "floorbar": ["骑单车的阿杰 · 2024-05-06 13:02", "桂花酒酿圆子 · 2024-05-06 13:40", "夜猫子小周 · 2024-05-07 09:15"],
    "flatposts": ["早起的猫 · 2024-02-11 10:02", "王阿姨 · 2024-02-11 12:40", "豆沙包子 · 2024-02-11 13:05"],
    "askbest": ["修车的老张 · 2023-12-18 10:02", "冬天骑车的人 · 2023-12-18 11:30", "电池小白 · 2023-12-19 09:07",
                "路过的网友 · 2023-12-20 17:55"],
    "bestabove": ["厨房里的老魏 · 2023-01-21", "爱包饺子的猫 · 2023-01-21", "北方的小馄饨 · 2023-01-22",
                  "周末下厨 · 2023-01-23"],
    "askpair": ["种花三十年 · 2024-04-09 21:03", "窗台养绿植 · 2024-04-10 07:48"],
    "acceptedlist": ["社区法律志愿者 · 2024-05-21 09:10", "搬过五次家 · 2024-05-21 10:42",
                     "老城区的房东 · 2024-05-21 13:05", "路过看看 · 2024-05-22 18:27"],
    "floorlabels": ["老菜农 · 2024-03-02 20:35", "小院里的春天 · 2024-03-03 08:02", "葱姜蒜爱好者 · 2024-03-03 09:40",
                    "路过打酱油 · 2024-03-04 12:20"],
    "relativetimes": ["老陈家的猫 · 今天 08:12", "楼下的阿静 · 今天 09:30", "跑步的小李 · 半小时前"],
    "mobilethread": ["走走停停 · 3天前", "三木的背包 · 2天前", "海风吹过的夏天 · 2天前", "秋秋爱吃鱼 · 1天前"],
}


def _flat(text: str) -> str:
    return "".join(text.split())


def _convert(name: str, **options) -> str:
    page = PAGES / f"{name}.html"
    processed = process_bytes(page.read_bytes(), page.name, build_options(options or None))
    return "\n".join(block_text(b) for b in processed.doc.content)


@pytest.mark.parametrize("name", sorted(CHROME))
def test_each_layout_keeps_every_post_and_loses_its_chrome(name):
    text = _convert(name)
    gold = (PAGES / f"{name}.txt").read_text(encoding="utf-8")
    for line in gold.splitlines():
        assert _flat(line) in _flat(text), line
    for chrome in CHROME[name]:
        assert _flat(chrome) not in _flat(text), chrome
    assert char_score(text, gold).f1 >= 0.98


@pytest.mark.parametrize("name", sorted(HEADINGS))
def test_replies_as_sections_carry_their_own_author_and_time(name):
    page = decode((PAGES / f"{name}.html").read_bytes())
    found = extract_main(clean_tree(page), replies="sections")
    headings = [" ".join(h.text_content().split()) for h in found.article.iter("h2") if h.get("class") == "reply"]
    assert headings == HEADINGS[name]
    starter = (PAGES / f"{name}.txt").read_text(encoding="utf-8").splitlines()[0]
    assert _flat(starter) in _flat(found.text)


def test_a_members_second_post_keeps_its_author_though_the_panel_went_as_a_copy():
    page = decode((PAGES / "tablefloors.html").read_bytes())
    found = extract_main(clean_tree(page), replies="sections")
    assert any(r.rule == "extract.repeat" and "青椒炒肉丝" in r.text for r in found.removed)
    assert "青椒炒肉丝 · 2024-6-4 07:05" in [" ".join(h.text_content().split()) for h in found.article.iter("h2")]


def test_drop_keeps_the_first_floor_under_the_title_box_as_the_starter():
    text = _flat(_convert("floorbar", extract={"replies": "drop"}))
    assert "以前在老电影院后面那条巷子口" in text
    assert "搬到新桥菜市场二楼了" not in text


def _one_post(name: str, first_reply: str, after_posts: str) -> str:
    """The layout's page cut to its starter's post (a thread nobody answered yet), from a board
    whose generator line says it is one."""
    page = (PAGES / f"{name}.html").read_text(encoding="utf-8")
    page = page[:page.index(first_reply)] + page[page.index(after_posts):]
    return page.replace("<head>", '<head><meta name="generator" content="Discuz! X3.5">')


@pytest.mark.parametrize(("name", "first_reply", "after_posts", "chrome"), [
    ("tablefloors", '<div id="fl_5502">', '</div>\n<div class="pager">', ["注册时间", "积分", "发表于", "种花种菜"]),
    ("floorbar", '<div class="flr" data-info=\'{"author":{"name":"骑单车', '<div class="pg">',
     ["来自Android", "1楼", "2024-05-06", "本吧达人"]),
])
def test_a_thread_of_one_post_loses_its_panel_byline_and_tail(name, first_reply, after_posts, chrome):
    page = _one_post(name, first_reply, after_posts)
    text = _flat(extract_main(clean_tree(page)).text)
    for line in (PAGES / f"{name}.txt").read_text(encoding="utf-8").splitlines()[:2]:
        assert _flat(line) in text
    for word in chrome:
        assert _flat(word) not in text, word


def test_reply_headings_survive_the_whole_pipeline():
    """A heading "王阿姨 · 2024-02-11 12:40" near the top reads like a page's byline to the
    boilerplate pass: the reply headings extraction made are left alone."""
    text = _convert("flatposts", extract={"replies": "sections"})
    assert [_flat(line) for line in text.splitlines() if "·" in line] == [_flat(h) for h in HEADINGS["flatposts"]]


def test_question_and_answers_printed_as_term_and_description_pairs_are_posts():
    pairs = "".join(
        f'<dt><a href="/people/{i}">{name}</a> 回答于 2023-0{i}-1{i} 1{i}:20</dt><dd>{words}</dd>'
        for i, (name, words) in enumerate([
            ("山间小路", "先把路由器恢复出厂设置，再用网线连上电脑重新配置一遍，一般就好了。"),
            ("蓝色的鲸", "也可能是光猫的问题，打客服电话让他们远程重启一下光猫试试看。"),
            ("阿宽", "换个信道，晚上邻居多的时候二点四G干扰很严重。")], start=1))
    page = ('<html><head><title>家里无线网晚上特别卡怎么办 - 问答社区</title></head><body>'
            '<div class="nv"><a href="/">首页</a> <a href="/q">问题</a> <a href="/login">登录</a></div>'
            '<h1>家里无线网晚上特别卡怎么办</h1><p class="qd">白天网速正常，一到晚上八点以后视频就一直转圈，'
            '重启路由器也只能好一会儿，请问是哪里的问题？</p>'
            f'<dl class="al">{pairs}</dl><div class="ft">问答社区 版权所有</div></body></html>')
    found = extract_main(clean_tree(page), replies="sections")
    text = _flat(found.text)
    for words in ("白天网速正常", "先把路由器恢复出厂设置", "也可能是光猫的问题", "换个信道"):
        assert words in text
    assert "回答于" not in "".join(h.text_content() for h in found.article.iter("dd"))
    assert [" ".join(h.text_content().split()) for h in found.article.iter("h2")] == [
        "山间小路 · 2023-01-11 11:20", "蓝色的鲸 · 2023-02-12 12:20", "阿宽 · 2023-03-13 13:20"]


@pytest.mark.parametrize(("name", "best", "other"), [
    ("askbest", "锂电池在低温下内阻变大", "开春就回来了"),
    ("askpair", "最先表现出来的就是老叶发黄", "放到明亮的散射光下面"),
    ("acceptedlist", "钉子眼一般算合理损耗", "拿着照片跟房东一项项对"),
])
def test_a_best_answer_built_apart_is_an_answer_like_the_others(name, best, other):
    """The best answer, printed from a template of its own (a box named apart, or a list of one
    beside the others' list), is one of the answers: dropped with them, the question kept."""
    text = _flat(_convert(name, extract={"replies": "drop"}))
    question = (PAGES / f"{name}.txt").read_text(encoding="utf-8").splitlines()[0]
    assert _flat(question) in text
    assert best not in text
    assert other not in text


def test_a_short_question_under_drop_is_kept_alone_not_handed_to_the_second_extractor():
    """The question (33 characters) is shorter than an article the extraction trusts, but the
    answers were asked away: the question alone, from our pass, without any answer or panel."""
    page = decode((PAGES / "bestabove.html").read_bytes())
    found = extract_main(clean_tree(page), replies="drop")
    question = (PAGES / "bestabove.txt").read_text(encoding="utf-8").splitlines()[0]
    assert _flat(found.text) == "煮饺子怎么才能不破皮？" + _flat(question)  # the title h1, then the question
    assert _flat(_convert("bestabove", extract={"replies": "drop"})) == _flat(question)
    assert found.extractor.startswith("reportfmt")
    assert [r.rule for r in found.removed].count("extract.reply") == 4


def test_a_title_alone_is_no_starter_post_and_the_page_still_falls_back():
    """Never empty: with the answers asked away, a title with no words of the starter's own
    under it does not hold the page back from the second extractor (the conversion takes the
    title out of the body); some words of the starter's own do."""
    answers = [Removal("extract.reply", "把交房时的照片和转账凭证都留好，先发一条书面催告。" * 3)]
    title_only = lxml.html.fromstring("<div><h1>押金不退怎么办？</h1><div></div></div>")
    assert not short_by_request(title_only, answers)
    with_words = lxml.html.fromstring("<div><h1>押金不退怎么办？</h1><p>房东拖了两个月了。</p></div>")
    assert short_by_request(with_words, answers)
    assert not short_by_request(with_words, [])


def test_the_boards_reply_to_line_goes_and_the_reply_keeps_its_words():
    """"回复 2# name 的帖子" above a reply (inline parts and a line break, or a paragraph of its
    own) is the board's line, not the author's: it goes, the words under it stay."""
    posts = [("钓友甲", "最近天气暖和了，想周末带孩子去钓鱼，城郊有没有人少水好的地方推荐一下？"),
             ("钓友乙", "北边水库那里不错，周末人也不算多，门口能停车，就是要收二十块钱的钓鱼费。"),
             ("钓友甲", '回复 <a href="/redirect?pid=2">2#</a> <i>钓友乙</i> 的帖子<br>'
                        '二十块能接受，那里有卖鱼饵的小店吗？'),
             ("钓友丙", "<p>回复 3楼 钓友甲 的帖子</p><p>有的，进门左手边就有一家，蚯蚓和商品饵都有。</p>")]
    floors = "".join(f'<div class="post"><div class="by"><a href="/space-uid-{i}.html">{name}</a> 发表于 2024-5-1 '
                     f'1{i}:00</div><div class="body"><div class="tf">{words}</div></div></div>'
                     for i, (name, words) in enumerate(posts))
    page = (f'<html><head><meta name="generator" content="Discuz! X3.4"><title>钓鱼</title></head><body>'
            f'<div class="thread"><h1>周末去哪里钓鱼比较好</h1>{floors}</div>'
            f'<div class="ft">版权所有</div></body></html>')
    found = extract_main(clean_tree(page))
    text = _flat(found.text)
    assert "的帖子" not in text and "2#" not in text
    for words in ("二十块能接受，那里有卖鱼饵的小店吗？", "有的，进门左手边就有一家", "北边水库那里不错"):
        assert words in text
    assert [r.text for r in found.removed if "的帖子" in r.text] == ["回复 2# 钓友乙 的帖子", "回复 3楼 钓友甲 的帖子"]


def test_readers_comments_that_outweigh_a_short_post_are_still_its_comments():
    """A short blog post (3 paragraphs) under which seven readers' comments, listed after a
    "评论：" label, hold twice its prose: the post is the page, the comments go as comments.
    The same list on a page that says it is a discussion (a board's generator line) stays
    the thread: there the comments are the posts."""
    page = (PAGES / "outweighed.html").read_text(encoding="utf-8")
    post = [_flat(line) for line in (PAGES / "outweighed.txt").read_text(encoding="utf-8").splitlines()]
    found = extract_main(clean_tree(page))
    assert _flat(found.text).endswith(post[-1]) and all(line in _flat(found.text) for line in post)
    assert "小白虫" not in _flat(found.text)
    board = extract_main(clean_tree(page.replace("<head>", '<head><meta name="generator" content="Discuz! X3.5">')))
    assert "小白虫" in _flat(board.text) and "打个折扣" in _flat(board.text)


def test_a_grids_main_and_side_columns_are_not_two_posts():
    """A thread nobody answered yet, printed in a grid: the main column ("col-lg-9", the
    starter's card with its dated byline) and the side column ("col-lg-3", the author's card
    with a profile link) fold into one shape and both read as posts. They are the page's
    columns: the starter's post is kept without the side column, on a board and on a page
    that does not say it is one, and with a third, dated column on the left."""
    page = (PAGES / "gridcolumns.html").read_text(encoding="utf-8")
    starter = _flat((PAGES / "gridcolumns.txt").read_text(encoding="utf-8"))
    left = ('<div class="col-lg-2 d-none d-lg-block left"><div class="card"><div class="card-header">分类</div><ul>'
            '<li><a href="/c/1">维修</a> <span>2024-04-01</span></li>'
            '<li><a href="/c/2">改装</a> <span>2024-03-11</span></li></ul></div></div>')
    three = page.replace('<div class="col-lg-9 main">', left + '<div class="col-lg-7 main">')
    assert three != page
    for html in (page, page.replace("论坛", ""), three):
        text = _flat(extract_main(clean_tree(html)).text)
        assert starter in text
        assert "交流区" not in text and "主题数" not in text and "改装" not in text


@pytest.mark.parametrize("today", ["今天 08:12", "今天08:12", "半小时前", "半个小时前"])
def test_relative_times_printed_beside_yesterdays_are_stamps_too(today):
    """Replies stamped only by the relative times a board's time formatter prints ("今天 08:12",
    "半小时前" beside "昨天 08:12", "3小时前"), with no profile link or floor label to sign them,
    are posts whichever form their stamps take: the same page reads the same with either."""
    page = (PAGES / "relativetimes.html").read_text(encoding="utf-8")
    yesterday = page.replace("今天 08:12", "昨天 08:12").replace("今天 09:30", "昨天 09:30").replace(
        "半小时前", "3小时前").replace("今天 07:40", "前天 07:40")
    assert "今天" not in yesterday
    varied = page.replace("今天 08:12", today)
    assert _flat(extract_main(clean_tree(varied)).text) == _flat(extract_main(clean_tree(yesterday)).text)
    assert "赞回复" not in _flat(extract_main(clean_tree(varied)).text)


@pytest.mark.parametrize(("post", "author"), [
    ('<div><span>老陈</span><span>今天 08:12</span><p>好的，周末去看看。</p></div>', "老陈"),
    ('<div><b>阿禾 </b><br /><span>2024-07-29 12:40</span><div>用肥皂水喷叶子背面。</div></div>', "阿禾"),
    ('<div><span>3楼</span><span>今天 08:12</span><p>好的，周末去看看。</p></div>', ""),
    ('<div><p>没有名字的一段话写在这里</p><span>今天 08:12</span></div>', ""),
])
def test_a_name_printed_without_a_link_just_before_the_stamp_is_the_author(post, author):
    """A reply whose author is printed as plain text (no profile link) in the byline element
    before its stamp: that name heads the reply; a floor label or a paragraph there does not."""
    from reportfmt.read.extraction.bylines import post_author

    assert post_author(lxml.html.fromstring(post)) == author
