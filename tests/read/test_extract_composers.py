"""The form a reader types a reply into goes from a thread, however its box is named
(composers.py): marked by its text area before cleaning removes the control, dropped as
`extract.composer`. A page-wide form (ASP.NET wraps the whole page in one) stays. The pages
are written for these tests in the forms forum and Q&A templates print, with made-up words."""

from __future__ import annotations

from reportfmt.read.extract import extract_main
from reportfmt.read.html import clean_tree

ANSWERS = [
    ("山间小路", "2024-03-02 09:15",
     "先看墙面有没有空鼓，敲一敲声音发闷的地方要铲掉重新找平，再刷界面剂，不然新刷的漆用不了一年就会起皮。"),
    ("老木匠", "2024-03-02 10:40",
     "我家去年也是这个情况，最后是把旧腻子全部铲掉，晾了一个礼拜才重新批的，现在看着还挺平整。"),
    ("阳台种菜", "2024-03-03 21:08",
     "如果只是局部发黄，用砂纸打磨一下再补两遍面漆就行，没必要整面墙都返工，省钱也省时间。"),
]
QUESTION = "老房子的墙面刷漆前要不要把原来的腻子全部铲掉？墙上有几处发黄起皮，想自己动手翻新一下。"
# The composer's furniture: labels, hints, a picker of emoji, a counter.
FORM_WORDS = ["写下你的回答", "请遵守社区公约，友善发言，不要发布广告和无关内容。", "😀😁😂🤣😃😄😅😆😉😊😋😎😍😘",
              "还可以输入500字", "匿名回答"]


def _answer(name: str, stamp: str, words: str) -> str:
    return (f'<div class="item"><div class="meta"><a href="/u/{name}">{name}</a> <span>{stamp}</span></div>'
            f'<div class="text"><p>{words}</p></div>'
            '<div class="acts"><a href="#">赞同</a> <a href="#">举报</a></div></div>')


def _composer(form_class: str = "box form") -> str:
    return (f'<form class="{form_class}" method="post" action="/answers/new">'
            f'<div class="field"><label>{FORM_WORDS[0]}</label><textarea name="body"></textarea></div>'
            f'<div class="tip">{FORM_WORDS[1]}</div>'
            f'<div class="picker"><div class="items">{FORM_WORDS[2]}</div></div>'
            f'<div class="row"><span>{FORM_WORDS[3]}</span><label><input type="checkbox">{FORM_WORDS[4]}</label>'
            '<button type="submit">提交</button></div></form>')


def _qa_page(composer: str, answers: str = "") -> str:
    answers = answers or "".join(_answer(*a) for a in ANSWERS)
    return ('<html><head><title>老房子墙面翻新 - 家居问答</title></head><body>'
            '<div class="top"><a href="/">首页</a> <a href="/questions">问题</a> <a href="/tags">标签</a></div>'
            f'<div class="main"><h1>老房子墙面翻新要不要铲腻子</h1><div class="desc"><p>{QUESTION}</p></div>'
            f'<div class="list"><div class="count">3 个回答</div>{answers}{composer}</div></div>'
            '<div class="bottom">家居问答 版权所有</div></body></html>')


def _flat(text: str) -> str:
    return "".join(text.split())


def test_an_answer_form_named_by_nothing_goes_and_the_answers_stay():
    found = extract_main(clean_tree(_qa_page(_composer())))
    text = _flat(found.text)
    assert _flat(QUESTION) in text
    for _, _, words in ANSWERS:
        assert _flat(words) in text
    for words in FORM_WORDS:
        assert _flat(words) not in text
    recorded = [r.text for r in found.removed if r.rule == "extract.composer"]
    assert len(recorded) == 1 and all(_flat(w) in _flat(recorded[0]) for w in FORM_WORDS)


def test_a_quick_reply_form_under_each_post_goes_with_its_post_kept():
    # a quick reply box printed inside every post (a reply-in-place template)
    answers = "".join(_answer(*a).replace('<div class="acts">', f'{_composer("in-form")}<div class="acts">')
                      for a in ANSWERS)
    found = extract_main(clean_tree(_qa_page("", answers)))
    text = _flat(found.text)
    for _, _, words in ANSWERS:
        assert _flat(words) in text
    for words in FORM_WORDS:
        assert _flat(words) not in text
    assert len([r for r in found.removed if r.rule == "extract.composer"]) == len(ANSWERS)


def test_a_form_without_a_text_area_is_no_composer():
    # a poll's options and a search box are not where a reader types a reply
    poll = ('<form class="box form" method="post" action="/poll"><div class="field"><label>你会自己动手刷墙吗</label>'
            '<label><input type="radio" name="v">会，自己动手更放心</label>'
            '<label><input type="radio" name="v">不会，请师傅</label>'
            '</div></form>')
    found = extract_main(clean_tree(_qa_page(poll)))
    assert not [r for r in found.removed if r.rule == "extract.composer"]


def test_a_page_wide_form_with_a_comment_box_keeps_the_article():
    paras = [
        "本市今年将对二十个老旧小区的外墙和楼道进行整修，资金由市区两级财政共同承担，居民不需要出钱。",
        "整修内容包括外墙保温、楼道照明、雨水管更换和单元门禁，施工期间每栋楼会提前一周张贴通知。",
        "街道办表示，施工队进场前会挨家挨户征求意见，居民对方案有疑问可以到社区服务站当面咨询。",
    ]
    body = "".join(f"<p>{p}</p>" for p in paras)
    page = ('<html><head><title>老旧小区整修</title></head><body>'
            '<form method="post" action="./news.aspx?id=12" id="form1">'
            '<div class="head"><a href="/">首页</a> <a href="/news">新闻</a></div>'
            f'<div class="content"><h1>二十个老旧小区今年整修</h1>{body}</div>'
            '<div class="say"><span>我要留言</span><textarea name="msg"></textarea>'
            '<input type="submit" value="提交"></div>'
            '</form></body></html>')
    found = extract_main(clean_tree(page))
    text = _flat(found.text)
    for para in paras:
        assert _flat(para) in text
    assert not [r for r in found.removed if r.rule == "extract.composer"]


def test_the_mark_is_set_on_the_form_around_a_text_area_only():
    root = clean_tree('<html><body><form id="a"><textarea></textarea></form><form id="b"><input name="q"></form>'
                      '<div id="c"><textarea></textarea></div></body></html>')
    from reportfmt.read.extraction.composers import COMPOSER_MARK

    marked = [e.get("id") for e in root.iter() if isinstance(e.tag, str) and COMPOSER_MARK in e.attrib]
    assert marked == ["a"]
    assert not root.xpath("//textarea|//input")


def test_a_marked_form_holding_a_long_line_is_somebody_s_text():
    from reportfmt.read.extraction.audit import Audit
    from reportfmt.read.extraction.composers import cut_composers

    long_line = ("这一段话写的是社区今年为老人办的十件实事，从加装电梯到开设老年食堂，"
                 "每一件都经过居民代表大会讨论，再由街道和物业一起落实到每一栋楼。")
    others = "".join(f"<p>{words}</p>" for _, _, words in ANSWERS)
    for inside, cut in ((f"<p>{long_line}</p>", False), (f"<p>{FORM_WORDS[1]}</p>", True)):
        root = clean_tree(f'<html><body><div id="a">{others}{others}<form class="f">{inside}'
                          '<textarea></textarea></form></div></body></html>')
        article = root.get_element_by_id("a")
        audit = Audit()
        cut_composers(article, audit)
        assert bool(article.xpath(".//form")) is not cut, inside
        assert [r.rule for r in audit.removed] == (["extract.composer"] if cut else [])
