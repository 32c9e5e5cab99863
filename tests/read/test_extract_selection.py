"""The choice between our text and readability-lxml's (read/extraction/selection.py): taken only
when readability's article lies within ours and ours holds much more, never on a thread."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

from reportfmt.read.encodings import decode
from reportfmt.read.extract import extract_main
from reportfmt.read.extraction import second_opinion, selection
from reportfmt.read.extraction.selection import OURS, READABILITY, Features, contained, decide, grams, shared
from reportfmt.read.extraction.votes import cjk_count
from reportfmt.read.html import clean_tree

THREADS4 = Path(__file__).resolve().parents[1] / "data" / "threads4"
PARAGRAPHS = [f"社区图书角第{n}次开放日，志愿者整理了旧书，居民带来自己读完的书交换，孩子们在角落里安静地翻看绘本，"
              "管理员说下个月还会再办一次。" for n in range(6)]
TEASERS = [f"邻里小事{n}" for n in range(4)]
# An article whose container ends in a box of other items (named "promo", which readability-lxml
# drops and our pass does not name): ours keeps the box, readability's article is the paragraphs.
PAGE = ("<html><head><title>图书角开放日</title></head><body><div class='wrap'><div class='main'>"
        "<h1>图书角开放日</h1>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
        + "<div class='promo'>" + "".join(f"<div><b>{t}</b><span>楼下的花坛重新种上了月季，物业说夏天会有专人浇水，"
                                          "大家路过时不要踩踏。</span></div>" for t in TEASERS)
        + "</div></div></div></body></html>")


@pytest.fixture(autouse=True)
def unforced():
    selection.force(None)
    yield
    selection.force(None)


def test_a_box_readability_leaves_out_of_our_article_goes_with_its_text():
    found = extract_main(clean_tree(PAGE))
    assert found.extractor == READABILITY
    assert all(p in found.text for p in PARAGRAPHS)
    assert not any(t in found.text for t in TEASERS)
    dropped = [r.text for r in found.removed if r.rule == "extract.selection"]
    assert [text[:5] for text in dropped] == TEASERS


def test_forcing_ours_keeps_the_box():
    selection.force(OURS)
    found = extract_main(clean_tree(PAGE))
    assert found.extractor == "reportfmt"
    assert all(t in found.text for t in TEASERS)


def test_a_thread_keeps_ours_without_asking_readability(monkeypatch):
    def refuse(page):
        raise AssertionError("readability asked on a thread")

    monkeypatch.setattr(selection, "second_article", refuse)
    found = extract_main(clean_tree(decode((THREADS4 / "floorbar.html").read_bytes())))
    assert found.posts > 0
    assert found.extractor.startswith("reportfmt")


# A page that boxes every paragraph twice over (made up): readability-lxml takes the box of its
# longest paragraph, one piece of four; the article is the column holding all four.
BOXED = ["今年春天，街道组织了一次旧物交换集市，居民们把家里用不上的书本、玩具和小家电带到广场，"
         "贴上自己写的小标签，换回需要的东西。",
         "集市从早上九点开始，不到十点广场上已经摆满了摊位，几位退休教师还专门设了一个修理角，帮大家免费修补雨伞和台灯，队伍一直排到中午。",
         "负责筹备的社工小周说，最初只准备了二十张桌子，没想到报名的家庭超过六十户，只好临时向附近的学校借来折叠桌，才让每户都有地方摆放。",
         "活动结束后，剩下没有换出去的衣物被统一打包，送往社区的爱心驿站，由志愿者清洗整理后，再转交给有需要的困难家庭和外来务工人员。"]
BOXED_PAGE = ("<html><head><title>旧物交换集市</title></head><body><div class='nav'><a href='/'>首页</a> "
              "<a href='/n'>社区新闻</a></div><div class='col'><h1>旧物交换集市</h1>"
              + "".join(f"<div class='blk'><div class='blk-in'><p>{p}</p></div></div>" for p in BOXED)
              + "</div><div class='foot'>联系我们 | 网站地图</div></body></html>")


def test_readabilitys_one_box_of_a_run_of_boxed_paragraphs_does_not_replace_the_article():
    page = clean_tree(BOXED_PAGE)
    assert second_opinion.second_article_text(page).strip() == BOXED[1]  # readability's piece
    found = extract_main(page)
    assert found.extractor == "reportfmt"
    assert all(p in found.text for p in BOXED)
    assert not [r for r in found.removed if r.rule == "extract.selection"]


def test_prose_left_out_counts_our_sentences_readability_leaves_out():
    ours = "".join(BOXED) + "相关阅读 更多新闻"
    left_out = sum(cjk_count(p) for p in (BOXED[0], BOXED[2], BOXED[3]))
    assert selection.prose_left_out(ours, grams(BOXED[1])) == left_out
    assert selection.prose_left_out(ours, grams("".join(BOXED))) == 0
    assert selection.prose_left_out("短句。也短。", grams("")) == 0  # under SENTENCE_CHARS: labels, not prose


def _features(**given) -> Features:
    values = {"ours": 500, "fell_back": False, "posts": 0, "second": 300, "ours_in_second": 0.6,
              "second_in_ours": 1.0}
    return Features(**(values | given))


def test_decide_takes_readability_only_when_its_text_lies_within_ours_and_ours_holds_more():
    assert decide(_features()) == READABILITY
    assert decide(_features(ours_in_second=0.79, second_in_ours=0.75)) == READABILITY
    assert decide(_features(ours_in_second=0.8)) == OURS  # ours holds little beside readability's text
    assert decide(_features(second_in_ours=0.74)) == OURS  # readability kept text ours has not: they disagree
    assert decide(_features(posts=3)) == OURS  # a thread: readability keeps one post
    assert decide(_features(fell_back=True)) == OURS
    assert decide(_features(second=49)) == OURS
    assert decide(_features(prose_left_out=299)) == READABILITY  # a box beside it: less prose than the article
    assert decide(_features(prose_left_out=300)) == OURS  # readability's is one piece of the prose


def test_grams_and_containment_count_repeats():
    assert grams("ab cd\nef") == {"abcd": 1, "bcde": 1, "cdef": 1}
    assert not grams("abc")
    assert contained(grams("abcdabcd"), grams("abcd")) == 0.2  # abcd once of twice, bcda cdab dabc not
    assert contained(grams("abcd"), grams("abcdabcd")) == 1.0
    assert contained(grams("ab"), grams("abcd")) == 1.0


def test_shared_grams_are_the_intersections_size_either_way():
    # Counts matched: "abcd" twice in the first, once in the second -> 1 (as Counter's &).
    a, b = grams("abcdabcd甲乙丙丁"), grams("abcd 甲乙丙丁戊 甲乙丙丁")
    # abcd (2 vs 1), 甲乙丙丁 (1 vs 2) and the three grams across "abcd甲乙丙丁": one each.
    assert shared(a, b) == shared(b, a) == sum((a & b).values()) == 5
    assert shared(a, grams("")) == shared(grams(""), a) == 0
    assert shared(grams("xyzw" * 3), grams("xyzw" * 5)) == sum((grams("xyzw" * 3) & grams("xyzw" * 5)).values())
    # The share each way from one shared count, as from the intersection itself.
    assert contained(a, b, shared(a, b)) == contained(a, b) == sum((a & b).values()) / sum(a.values())


def test_readabilitys_article_is_computed_once_per_page_and_handed_out_as_copies(monkeypatch):
    calls = []
    real = second_opinion._readability_article
    monkeypatch.setattr(second_opinion, "_readability_article", lambda page: calls.append(page) or real(page))
    page = clean_tree(PAGE)
    first, again = second_opinion.second_article(page), second_opinion.second_article(page)
    assert len(calls) == 1
    assert first is not again
    assert lxml.html.tostring(first) == lxml.html.tostring(again)
    first.clear()  # the caller cuts its copy: the next one is whole
    assert PARAGRAPHS[5] in second_opinion.second_article(page).text_content()
    second_opinion.second_article(clean_tree(PAGE))  # another tree of the same page: run again
    assert len(calls) == 2


def test_the_articles_text_is_read_from_the_kept_article_and_equals_a_copys(monkeypatch):
    calls = []
    real = second_opinion._readability_article
    monkeypatch.setattr(second_opinion, "_readability_article", lambda page: calls.append(page) or real(page))
    page = clean_tree(PAGE)
    text = second_opinion.second_article_text(page)
    copy_of_it = second_opinion.second_article(page)
    assert len(calls) == 1
    assert text == copy_of_it.text_content() and PARAGRAPHS[5] in text
    copy_of_it.clear()  # cutting a copy leaves the kept article's text as it was
    assert second_opinion.second_article_text(page) == text
    assert second_opinion.second_text(page) == "".join(text.split())
    monkeypatch.setattr(second_opinion, "_readability_article", lambda page: None)
    other = clean_tree(PAGE)
    assert second_opinion.second_article_text(other) is None and second_opinion.second_text(other) == ""


# A notice set the way WeChat-style editors set it: every line in a box of its own (<section>),
# many of them short (a greeting, a label, a list item): readability-lxml's cleaner drops a box
# of under 25 characters without a picture, so its article is ours with lines cut from its middle.
NOTICE_LINES = ["各位居民：", "您好！", "本周日上午，小区物业将在中心花园举办旧物交换集市，欢迎大家带上闲置物品参加。",
                "时间安排：", "上午八点半开始布置摊位", "九点正式开市", "十一点半结束并清扫场地",
                "物业提醒大家，易碎物品请自行包装好，贵重物品请随身携带，现场不设寄存处。",
                "咨询方式：", "物业服务中心前台", "祝大家周末愉快！",
                "集市结束后，未交换出去的旧衣物可以投放到小区门口的回收箱，由街道统一处理。"]
NOTICE = ("<html><head><title>旧物交换集市通知</title></head><body><div class='k1'><div class='k2'>"
          "<h1>旧物交换集市通知</h1><div class='k3'><span>物业服务中心</span> <em>2024-05-08</em></div>"
          "<div class='k4'>" + "".join(f"<section><p><span>{line}</span></p></section>" for line in NOTICE_LINES)
          + "</div><div class='k5'><a href='#'>阅读原文</a> 阅读 860 <a href='#'>赞</a> 9</div>"
          "</div></div></body></html>")


def test_lines_readability_cuts_from_the_middle_of_our_article_stay():
    page = clean_tree(NOTICE)
    second = second_opinion.second_article_text(page)
    assert "您好！" not in second and "九点正式开市" not in second  # readability cut the short boxes
    found = extract_main(page)
    assert found.extractor.startswith(OURS)
    text = "".join(found.text.split())
    for line in NOTICE_LINES:
        assert line in text
    assert not [r for r in found.removed if r.rule == "extract.selection"]


def test_cut_within_counts_line_boxes_between_kept_blocks_only():
    article = lxml.html.fragment_fromstring(
        "<div><p>左侧栏目的说明文字一段</p><p>正文第一段写的是开市时间安排</p><p>短行甲乙丙丁</p>"
        "<div class='k9'>播放速度两倍</div><table><tr><td>表格里的短格子</td></tr></table>"
        "<p>正文第二段写的是物品包装要求</p></div>")
    second = grams("正文第一段写的是开市时间安排正文第二段写的是物品包装要求")
    # Left out: the first line (before the first kept block: an edge), and between the kept ones
    # a short line, a label box and a cell. Only the line counts as cut from within: it is built
    # as the kept lines are; the label box is built otherwise, the cell is the table's.
    left_out = cjk_count("左侧栏目的说明文字一段短行甲乙丙丁播放速度两倍表格里的短格子")
    assert selection.cut_within(article, second) == (1, 6, left_out)


def test_decide_keeps_ours_when_readability_cut_lines_from_within():
    assert decide(_features(cut_within=3, cut_within_chars=50, left_out_chars=100)) == OURS
    assert decide(_features(cut_within=2, cut_within_chars=50, left_out_chars=100)) == READABILITY  # too few
    assert decide(_features(cut_within=3, cut_within_chars=49, left_out_chars=100)) == READABILITY  # mostly an edge box
