"""Replies printed inside the post they answer from the post's own template (an answer's
comments on a Q&A page, a comment's replies in a tree): each keeps its words; its byline,
counter and vote bar go like the post's (extraction/post_body.py, issue 13 round 24).
Made-up pages in the form of a code host's discussion page."""

from __future__ import annotations

import pytest

from reportfmt.batch.job import process_bytes
from reportfmt.options import build_options
from reportfmt.passes.elements import block_text


def _body(html: str) -> str:
    processed = process_bytes(html.encode("utf-8"), "page.html", build_options())
    return "\n".join(block_text(b) for b in processed.doc.content)


def _comment(who: str, when: str, words: list[str], kind: str = "", inner: str = "") -> str:
    paras = "".join(f"<p>{w}</p>" for w in words)
    return (f'<div class="timeline-comment {kind}"><div class="comment-header"><a class="author" href="/u/{who}">'
            f'{who}</a> <span>{when}</span></div><div class="vote"><button>▲</button><span>3</span></div>'
            f'<div class="comment-body">{paras}</div>{inner}</div>')


def _replies(*replies: str) -> str:
    return f'<div class="nested-replies"><div class="count">{len(replies)} 条回复</div>{"".join(replies)}</div>'


QUESTION = ["我在测试机上装好以后，服务启动就退出，日志里只有一行端口被占用。", "换了端口还是一样，应该从哪里查起？"]
ANSWER = ["先用系统自带的端口查看命令看看是谁占着这个端口，多半是上次没退干净的旧进程。",
          "把旧进程结束掉再启动就可以了。"]
REPLY = "果然是旧进程，结束以后正常了。"
OTHER = "另外配置里的监听地址别写成全零，测试机上容易和别的服务抢端口。"
REPLY2 = "这个也记下了。"

PAGE = ("<html><head><title>服务启动后马上退出 · 讨论 #7 · demo/tool</title></head><body>"
        '<header><a href="/">首页</a> <a href="/explore">探索</a> <a href="/login">登录</a></header>'
        '<div class="main"><h1>服务启动后马上退出</h1>'
        + _comment("xiaoma", "4天前", QUESTION, inner=_replies())
        + '<h2>2 个回答</h2>'
        + _comment("laoli", "3天前", ANSWER, "answer", _replies(_comment("xiaoma", "2天前", [REPLY], "reply")))
        + _comment("ahua", "2天前", [OTHER], "answer", _replies(_comment("xiaoma", "1天前", [REPLY2], "reply")))
        + '</div><div class="sidebar"><h3>参与者</h3><a>xiaoma</a> <a>laoli</a> <a>ahua</a></div>'
        '<footer>© 2024 示例代码托管 · <a>条款</a> · <a>隐私</a></footer></body></html>')


# The replies printed from the post's own template, or from one of their own.
PAGES = [PAGE, PAGE.replace('class="timeline-comment reply"', 'class="reply-item"')]


@pytest.mark.parametrize("page", PAGES)
def test_an_answers_nested_replies_keep_their_words_in_order(page: str) -> None:
    text = _body(page)
    words = [*QUESTION, *ANSWER, REPLY, OTHER, REPLY2]
    positions = [text.find(w) for w in words]
    assert -1 not in positions and positions == sorted(positions)


@pytest.mark.parametrize("page", PAGES)
def test_the_nested_replies_bylines_counters_and_bars_go(page: str) -> None:
    text = _body(page)
    for furniture in ["xiaoma", "laoli", "ahua", "天前", "条回复", "▲", "参与者", "条款", "探索"]:
        assert furniture not in text
