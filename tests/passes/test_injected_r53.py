"""Jammer glyphs a page scatters inside its words (issue 18, round 53, ij53).

forum.yaml's emoji-jammer cuts the glyphs such a jammer draws from other Unicode blocks where a
page holds three or more of them. Round 53 adds two kinds it drew too: a letter of a script no
Chinese page writes a word of (Thai, Georgian, Armenian…) and a star, each alone and glued inside
a word, a Chinese character after it. A 简报's star-led heads, a rating's row of stars, a quoted
word of a foreign script and a page with one such glyph stay. (A lone letter of those scripts
quoted inside a sentence, on a page that also holds three jammer glyphs, would go with them: no
page of the dev sets holds one.) Fixtures are made up.
"""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "少儿合唱团汇报演出主持词"
HEAD = "各位家长、各位来宾，大家晚上好！"
TAIL = "演出到此结束，谢谢大家！"


def test_foreign_letters_and_a_star_glued_inside_words_go_where_they_recur():
    noisy = ["台下坐满了早早赶来的家长，台上的小歌手站得笔ღ直。",
             "第一首歌，他们一遍遍练到唱得整ค齐响亮，",
             "也感谢一路陪♀伴他们的老师，☆让我们把掌声送给他们。"]
    doc, report = clean("\n".join([TITLE, HEAD, *noisy, TAIL]))
    assert texts(doc) == [HEAD, "台下坐满了早早赶来的家长，台上的小歌手站得笔直。",
                          "第一首歌，他们一遍遍练到唱得整齐响亮，",
                          "也感谢一路陪伴他们的老师，让我们把掌声送给他们。", TAIL]
    assert removed(report, "forum.emoji-jammer") == ["ღ", "ค", "♀ ☆"]


def test_one_such_glyph_alone_on_the_page_stays():
    line = "台上的小歌手站得笔ღ直，唱得整齐响亮。"
    doc, report = clean("\n".join([TITLE, HEAD, line, TAIL]))
    assert texts(doc) == [HEAD, line, TAIL]
    assert removed(report, "forum.emoji-jammer") == []


def test_heads_ratings_and_quoted_foreign_words_stay():
    lines = ["☆红色课堂", "本月各支部共开展主题党课六场，参学党员二百余人。",
             "☆志愿先锋", "青年志愿者走进社区，开展义诊和政策宣讲。",
             "读者评分：★★★★☆", "泰语问候时说สวัสดี，意思是你好；格鲁吉亚语的“谢谢”写作მადლობა。",
             "会上，主持人↙宣读了表彰名单〓，", "大家为获奖者鼓掌◣。"]
    doc, report = clean("\n".join(["第三期工作简报", *lines]))
    kept = texts(doc)
    for line in lines[:6]:
        assert line in kept
    assert removed(report, "forum.emoji-jammer") == ["↙ 〓", "◣"]
