"""A short Q&A page (issue 13 round 25): a one-sentence question and one answer, beside a box of
related questions whose links and summary sentences outweigh both. On a thread page a box
named as related reading goes whatever its share of the article: no post is printed in one
(extraction/pruning.py). Made-up pages (tests/data/threads6/shortqa.html and below)."""

from __future__ import annotations

from pathlib import Path

import lxml.html

from reportfmt.batch.job import process_bytes
from reportfmt.options import build_options
from reportfmt.passes.elements import block_text
from reportfmt.read.extraction.audit import Audit
from reportfmt.read.extraction.pruning import cut_chrome_blocks

PAGE = Path(__file__).resolve().parents[1] / "data" / "threads6" / "shortqa.html"
QUESTION = "阳台上的薄荷叶子发黄了，是浇水太多还是晒得太少？"
ANSWER = "薄荷喜欢湿润但怕积水，盆底要有排水孔。叶子从下往上黄多半是根泡烂了。"
SUMMARIES = ["气温低于五度时建议搬进室内，放在有光照的窗边，浇水次数也要减少，避免冻伤根系。",
             "通常是光线不足或者很久没有换盆，土里的养分用完了，可以换新土再加一点缓释肥。",
             "空气太干或者施肥过量都会这样，剪掉枯尖，往叶面喷水，暂停施肥一段时间。"]


def _box() -> lxml.html.HtmlElement:
    related = "".join(f'<li><a href="/q/{i}">第{i}个相关问题</a><p>{s}</p></li>' for i, s in enumerate(SUMMARIES))
    return lxml.html.fragment_fromstring(
        f'<div class="main"><div class="q">{QUESTION}</div><div class="a">{ANSWER}</div>'
        f'<div class="related-box"><ul>{related}</ul></div></div>')


def test_related_box_outweighing_a_thread_goes() -> None:
    box = _box()
    cut_chrome_blocks(box, Audit(), frozenset({box}))  # a thread read as one box, the article
    assert QUESTION in box.text_content() and SUMMARIES[0] not in box.text_content()


def test_related_box_outweighing_an_article_stays() -> None:
    box = _box()
    cut_chrome_blocks(box, Audit())  # no thread: the name may describe a layout wrapper
    assert SUMMARIES[0] in box.text_content()


def test_short_qa_page_keeps_question_and_answer_only() -> None:
    processed = process_bytes(PAGE.read_bytes(), PAGE.name, build_options())
    text = "\n".join(block_text(b) for b in processed.doc.content)
    gold = PAGE.with_suffix(".txt").read_text(encoding="utf-8").splitlines()
    assert all(line in text for line in gold)
    assert "相关问题" not in text and "大面积脱落" not in text


RELATED = [("多肉植物冬天要不要搬进屋里？",
            "气温低于五度时建议搬进室内，放在有光照的窗边，浇水次数也要减少，避免冻伤根系……"),
           ("绿萝的新叶为什么越长越小？",
            "通常是光线不足或者很久没有换盆，土里的养分用完了，可以换新土再加一点缓释肥……"),
           ("吊兰叶尖发干发黑怎么处理？", "空气太干或者施肥过量都会这样，剪掉枯尖，往叶面喷水，暂停施肥一段时间……"),
           ("家里的月季总长蚜虫怎么办？", "少量蚜虫可以用清水冲掉，多了就用稀释的肥皂水喷，注意叶子背面也要喷到……")]


def test_lone_post_climb_stops_at_the_body() -> None:
    """A small discussion page whose only stamped, signed box is the whole document: the climb
    for a lone post once ended at <html>, a box outside the body, and the extraction raised."""
    from reportfmt.read.extract import extract_main

    answer = ANSWER + "先停水几天，把发黄的枝条剪掉。"
    related = "".join(f'<li><a href="/q/{i}">{title}</a><p class="summary">{summary}</p><span>{i + 2}个回答</span></li>'
                      for i, (title, summary) in enumerate(RELATED))
    html = ("<html><head><title>薄荷叶子发黄怎么办_某某问答</title></head><body>"
            '<div class="hd"><a href="/">某某问答</a> <a href="/ask">我要提问</a></div>'
            '<div class="main"><div class="qbox"><h1>薄荷叶子发黄怎么办</h1>'
            f'<div class="qtext">{QUESTION}</div><div class="qinfo">2022-04-02 09:15</div></div>'
            '<div class="answers"><div class="answer">'
            '<div class="ainfo"><a href="/u/5">种花的阿姨</a> 2022-04-02 10:40</div>'
            f'<div class="atext">{answer}</div><div class="aop"><a>赞同 3</a><a>评论</a></div></div></div>'
            f'<div class="related-box"><div class="hd2">相关问题</div><ul>{related}</ul></div></div>'
            '<div class="ft">关于我们 | 帮助</div></body></html>')
    assert answer in extract_main(html).text


def test_short_qa_page_with_meaningless_names_drops_its_related_questions() -> None:
    """The same page with every class and id word replaced by a meaningless one (a site whose
    stylesheet is generated): no box is named as related reading, but the related questions are
    still a feed (each item a linked question and its summary: teasers.py), and a thread read
    as one box, the article itself, protects no feed inside it (pruning.cut_link_blocks)."""
    import re

    words: dict[str, str] = {}

    def rename(match: re.Match) -> str:
        names = " ".join(words.setdefault(w, f"z{len(words)}q") for w in match.group(2).split())
        return f'{match.group(1)}="{names}"'

    html = re.sub(r'\b(class|id)="([^"]*)"', rename, PAGE.read_text(encoding="utf-8"))
    assert "related" not in html and "class=\"answer" not in html
    processed = process_bytes(html.encode("utf-8"), PAGE.name, build_options())
    text = "\n".join(block_text(b) for b in processed.doc.content)
    gold = PAGE.with_suffix(".txt").read_text(encoding="utf-8").splitlines()
    assert all(line in text for line in gold)
    assert "大面积脱落" not in text
