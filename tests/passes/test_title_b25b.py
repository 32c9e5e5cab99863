"""Title lines by form (round 25, second wave): the repeat of a title is cleaned like the title
line; a series' part number after a genre word still ends a document's name; a site's menu (a run
of short item lines) is no title, but a short title may end the run. Fixtures written
for the project (made-up names and content)."""

from __future__ import annotations

import panflute as pf
import pytest

from helpers import clean, texts
from reportfmt.passes.boilerplate.ruleset import load_rules
from reportfmt.passes.title_anchors import notice_title_start
from reportfmt.passes.title_core import title_core
from reportfmt.passes.title_forms import clean_title, names_genre, never_title
from reportfmt.passes.title_menus import in_menu_run
from reportfmt.passes.title_neighbours import numbers_a_series
from reportfmt.passes.title_shape import exclaimed_title, title_shaped


@pytest.mark.parametrize(("name", "genre"), [
    ("会议纪要-2", True),
    ("迎新晚会策划书( 三 )", True),
    ("读书心得(3)", True),
    ("社区消防演练方案（二）", True),
    # A number that is no part number, or no genre before it.
    ("会议室-2", False),
    ("三年级(2)", False),
])
def test_a_part_number_after_the_genre_word_still_names_a_document(name, genre):
    assert names_genre(name) is genre


def test_a_name_before_a_colon_goes_before_a_numbered_part():
    assert clean_title("某某星耀手游:会议纪要-2") == "会议纪要-2"


def test_the_repeat_under_a_path_line_is_cleaned_as_a_title():
    # The page's path ends with its title line, which the page prints again alone under it.
    _, report = clean("\n".join(["办公词汇 > 词条释义:工作计划", "词条释义:工作计划",
                                   "工作计划是单位或个人对一定时期的工作预先作出安排和打算的书面材料。",
                                   "它的写法大体分为标题、正文和落款三部分。"]))
    assert report.title == "工作计划"


# A site's menu over the title: a run of short item lines, whatever their words.
MENU = ["首页", "资讯", "专题", "社区"]
ARTICLE = "临江镇推行村务公开栏“每月一更”"
TEXT = "今年以来，临江镇在全镇十二个村推行村务公开栏每月更新制度，群众反映的问题少了一半。"


def test_a_menu_run_over_the_title_is_looked_past():
    doc, report = clean("\n".join([*MENU, ARTICLE, TEXT]))
    assert report.title == ARTICLE
    assert texts(doc) == [TEXT]  # the menu's items go with the lines above the title


def test_a_bulleted_menu_with_bars_between_its_items_is_looked_past():
    lines = ["• 南湾法律服务中心", "• |", "• 企业合规咨询室", "• |", "• 仲裁代理部", ARTICLE, TEXT]
    _, report = clean("\n".join(lines))
    assert report.title == ARTICLE


def test_a_short_title_ends_the_run_when_the_text_starts_under_it():
    # "帐 号" / "密 码": a login box's labels, then the essay's short title over its first paragraph.
    _, report = clean("\n".join(["帐 号", "密 码", "河边柳树", TEXT]))
    assert report.title == "河边柳树"


def test_a_page_of_short_lines_with_no_title_keeps_them():
    poem = ["花儿红了", "草儿绿了", "燕子来了", "春天到了"]
    doc, report = clean("\n".join(poem))
    assert report.title is None
    assert texts(doc) == poem
    # Lines of five characters or more are no menu's items: a song's first line is its title.
    song = ["春天的歌", "小河流呀流", "小鱼游呀游", "太阳出来了", "我们去春游"]
    doc, report = clean("\n".join(song))
    assert report.title == "春天的歌"
    assert texts(doc) == song[1:]


@pytest.mark.parametrize(("blocks", "menu"), [
    (["首页", "学习", "活动", "社区首页 > 专栏 > 述职的几点体会"], [True, True, True, False]),
    # Its last item over the text is left to the title search: a short title may end the run.
    (["首页", "学习", "活动", "正文在这里，很长的一句话。"], [True, True, False, False]),
    (["帐 号", "密 码", "河边柳树", TEXT], [True, True, False, False]),
    (["帐 号", "密 码", "河边的柳树", TEXT], [False, False, False, False]),  # two items: no run
    # A numbered part of the text is never a menu's item ("第 六 章 经 费" spaced out).
    (["第 六 章 经 费", "第卅五条", "会员福利", TEXT], [False, False, False, False]),
    (["工作总结", "张三", TEXT], [False, False, False]),  # a title and a byline: two lines, no run
])
def test_which_lines_are_a_menus_items(blocks, menu):
    doc = pf.Doc(*[pf.Para(pf.Str(line)) for line in blocks])
    assert [in_menu_run(doc.content, at) for at in range(len(blocks))] == menu


def test_a_chapter_spaced_out_is_no_title():
    assert not title_shaped("第 六 章 经 费")
    assert title_shaped("第六届读书节活动方案")


def test_a_question_title_with_a_comma_is_proven_by_the_meta_line_under_it():
    question = "请示和报告,到底差在哪里?"
    lines = ["公文小屋", question, "admin2024-03-0912",
             "有读者问，单位让写请示，交上去的却是报告，被退回来重写。下面分开来说。"]
    _, report = clean("\n".join(lines))
    assert report.title == question
    assert exclaimed_title(question)


@pytest.mark.parametrize("line", [
    "你知道吗,今天的会议改到几点了?",  # (a sentence asking: no anchor under it, see below)
    "请示和报告,到底差在哪里?还有什么区别?",  # two questions: a sentence
])
def test_a_question_with_commas_alone_is_no_title(line):
    _, report = clean("\n".join([line, "会议改到下午三点，地点不变，请大家相互转告，准时参加。"]))
    assert report.title is None


RULES = tuple(r for r in load_rules() if r.action == "drop" and not r.profile)


@pytest.mark.parametrize(("lines", "start"), [
    # issuer / 关于 + matter / matter's end + genre: the title's head starts at the issuer
    (["通知公告", "北岭市政府办公室", "关于开展2023年度档案工作", "考评的通知"], 1),
    (["通知公告", "关于开展2023年度档案工作", "考评的通知"], 1),
    # The line above holds no 关于: a channel's name, no head of the title.
    (["通知公告", "政务公开", "档案工作考评的通知"], None),
    # The line found holds the 关于 itself, or ends in no genre.
    (["北岭市政府办公室", "关于开展档案工作考评的通知"], None),
    (["关于开展2023年度档案工作", "考评工作安排"], None),
])
def test_a_notice_title_broken_over_lines_starts_at_its_head(lines, start):
    doc = pf.Doc(*[pf.Para(pf.Str(line)) for line in lines])
    assert notice_title_start(doc, len(lines) - 1, RULES) == start


@pytest.mark.parametrize(("line", "never"), [
    ("×", True),  # a close button
    ("• ×", True),
    ("^ ]", True),  # a scrape's debris
    # A masked line is kept: never looked past as debris.
    ("***", False),
    ("××", False),
])
def test_a_line_with_no_written_character_is_never_a_title(line, never):
    assert never_title(line) is never


def test_the_first_of_a_numbered_series_is_no_title():
    first, second = "第7/2023号局长批示", "第8/2023号局长批示"
    text = "局长根据有关规定作出本批示，自公布之日起生效。"
    doc, report = clean("\n".join([first, text, "延长工作小组存续期一年。", second, text]))
    assert report.title is None
    assert texts(doc)[0] == first
    assert numbers_a_series(first, [pf.Para(pf.Str(line)) for line in [text, second]])
    assert not numbers_a_series("2024年工作总结", [pf.Para(pf.Str("2024年工作总结"))])


def test_a_title_printed_again_in_book_marks_is_its_repeat():
    assert title_core("《三年级语文《小小的船》教学设计》") == title_core("三年级语文小小的船教学设计")
    doc, report = clean("\n".join(["课例资源站", "收录一线教师的课例和说课稿,欢迎投稿交流",
                                   "三年级语文小小的船教学设计", "《三年级语文《小小的船》教学设计》",
                                   "一、教学目标", "认识本课生字，正确朗读课文。"]))
    assert report.title == "三年级语文小小的船教学设计"
    assert texts(doc)[0] == "一、教学目标"


@pytest.mark.parametrize(("line", "title"), [
    ("星光直播:揭秘:“晨读打卡”活动从何而来?", "揭秘:“晨读打卡”活动从何而来?"),
    # One colon: the headline's own topic stays.
    ("揭秘:“晨读打卡”活动从何而来?", "揭秘:“晨读打卡”活动从何而来?"),
])
def test_a_tag_before_a_headline_with_its_own_colon_goes(line, title):
    assert clean_title(line) == title


def test_the_line_over_a_path_is_the_sites_the_title_stands_over_the_pages_facts():
    lines = ["欢迎访问:某某办公网", "办公软件知识门户", "位置:某某办公网 > 资讯中心 > word > 文章详情",
             "表格页码怎么设置", "作者:某某办公网", "156人看过",
             "表格的页码和正文的页码设置方法不同，下面分三步来说。"]
    _, report = clean("\n".join(lines))
    assert report.title == "表格页码怎么设置"


def test_a_dashed_line_with_the_title_printed_again_under_it_is_no_subtitle():
    lines = ["珍惜粮食", "——高一年级国旗下的讲话", "珍惜粮食", "林晓", "亲爱的老师、同学们:",
             "今天我国旗下讲话的题目是《珍惜粮食》。"]
    doc, report = clean("\n".join(lines))
    assert report.title == "珍惜粮食"
    assert "——高一年级国旗下的讲话" in texts(doc)
    # Without the repeat, the dashed line is the title's subtitle (printed under the title).
    doc, report = clean("\n".join(["珍惜粮食", "——写给高一年级的同学们", "亲爱的同学们:", "今天我想说说粮食。"]))
    assert report.title == "珍惜粮食"
    assert pf.stringify(doc.metadata["subtitle"]) == "——写给高一年级的同学们"


def test_a_title_printed_again_with_another_year_is_no_series():
    following = [pf.Para(pf.Str(line)) for line in ["下面是整理的工作总结。", "2022年工作总结"]]
    assert not numbers_a_series("2023年工作总结", following)
