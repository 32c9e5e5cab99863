"""Posts found when the layout boxes every block of the column alike (repeated_posts.lone_child):
the title, each post, the pager and the reply form each in a `<div class="row">` of its own. The
page is made up, in the shape of a grid-layout forum theme."""

from __future__ import annotations

import lxml.html

from reportfmt.read.extract import extract_main
from reportfmt.read.extraction.repeated_posts import lone_child
from reportfmt.read.html import clean_tree

POSTS = [("老周", "2024-03-02 20:15", "新买的铸铁锅第一次开锅，用猪皮擦了三遍，还是有点粘，是不是我火开得太大了？"),
         ("小林", "2024-03-02 21:40", "火不用大，中小火慢慢烧，每次擦完油都要烧到冒烟再擦下一遍，一般五六遍就好。"),
         ("阿珍", "2024-03-03 07:05", "我是用菜籽油开的锅，最后炒一盘韭菜把铁腥味带走，之后天天用就越来越好用了。")]


def _post(name: str, stamp: str, words: str) -> str:
    return (f"<div class='topic-item'><div class='who'><a href='/user/{len(name)}'>{name}</a>"
            f"<span>{stamp}</span></div><div class='said'>{words}</div></div>")


PAGE = ("<html><head><title>铸铁锅开锅求助</title></head><body><div class='menu'><a href='/'>首页</a> "
        "<a href='/f'>厨房版</a> <a href='/login'>登录</a></div><div class='col'>"
        "<div class='row'><h2>铸铁锅开锅求助</h2></div>"
        + "".join(f"<div class='row'>{_post(*p)}</div>" for p in POSTS)
        + "<div class='row'><div class='pager'><a href='?p=1'>1</a> <a href='?p=2'>2</a>"
        " <a href='?p=2'>下一页</a></div></div>"
        "<div class='row'><form><textarea></textarea><button>发表回复</button></form></div>"
        "<div class='row'><div class='hint'>请文明发言</div></div>"
        "</div><div class='foot'>关于我们 联系方式</div></body></html>")


def test_posts_boxed_alike_with_the_blocks_around_them_are_found_as_a_thread():
    found = extract_main(clean_tree(PAGE))
    assert found.posts == 3
    flat = "".join(found.text.split())
    assert all("".join(words.split()) in flat for _, _, words in POSTS)
    assert "下一页" not in flat


def test_a_bare_wrapper_is_looked_through_and_a_box_with_words_of_its_own_is_not():
    row = lxml.html.fromstring("<div class='row'> <div class='post'>正文</div> </div>")
    assert lone_child(row).get("class") == "post"
    assert lone_child(lxml.html.fromstring("<div class='row'>标题<div>正文</div></div>")) is None
    assert lone_child(lxml.html.fromstring("<div class='row'><div>一</div><div>二</div></div>")) is None
    assert lone_child(lxml.html.fromstring("<div class='row'><div>一</div>尾巴</div>")) is None
