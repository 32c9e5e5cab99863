"""A short title line with the same name told in full right beside it (round 46): "章程" over
"某某协会章程", "演讲稿:某某" over "演讲稿": the fuller line is the title. A fuller line that only adds
what the site sells the page as ("…范文集锦6篇", "…(通用5篇)") is the site's variant, and the short
name stays the title; so does a short name over a line that opens with it.
Fixtures written for the project (made-up names and content)."""

from __future__ import annotations

from helpers import clean, texts
from reportfmt.passes.title_fuller import fuller_name

RULES = ["訂立日期:一○九年三月一日", "第一章 總則", "第一條 本會定名為青溪社區讀書會。",
         "第二條 本會以推廣社區閱讀、增進鄰里交流為宗旨。"]
ARTICLE = ["借出工具時只口頭約定,歸還時常為損壞由誰負責爭執不下。本文整理借用單該寫的欄位與寫法,供鄰里互助社參考。",
           "一、借用單必備的五個欄位", "借用人、物品名稱、借出日期、約定歸還日期與物品現況,缺一不可。"]
SPEECH = ["2021/6/8", "尊敬的各位評委、各位同事:", "大家好!",
          "我在檔案室工作了八年,每天和一排排卷宗打交道。今天我來競聘辦公室副主任,想說說我對細心二字的理解。"]


def test_a_genre_line_over_the_unit_s_full_name_gives_the_full_name():
    _doc, report = clean("\n".join(["章程", "青溪社區讀書會章程", *RULES]))
    assert report.title == "青溪社區讀書會章程"


def test_a_short_name_over_a_line_opening_with_it_stays_the_title():
    _doc, report = clean("\n".join(["工具借用單範本", "工具借用單範本怎麼寫?五個欄位一次看懂", *ARTICLE]))
    assert report.title == "工具借用單範本"


def test_a_titled_speech_over_its_genre_line_and_date():
    doc, report = clean("\n".join(["競聘演講稿:細心是一種本事", "競聘演講稿", *SPEECH]))
    assert report.title == "競聘演講稿:細心是一種本事"
    assert "競聘演講稿" not in texts(doc)


def test_the_site_s_selling_variant_is_no_fuller_name():
    assert fuller_name("保密协议书", "保密协议书范文集锦6篇", above=True) is None
    assert fuller_name("工作制度", "工作制度(通用5篇)", above=True) is None
    assert fuller_name("活动方案", "活动方案范本", above=True) is None
    assert fuller_name("章程", "首页 > 关于我们 > 章程", above=True) is None
    assert fuller_name("章程", "青溪社区读书会章程", above=False) == "青溪社区读书会章程"


def test_a_line_that_does_not_hold_the_short_name_whole_is_no_fuller_name():
    assert fuller_name("读书会章程", "青溪社区读书会简章", above=True) is None
    assert fuller_name("章程", "章程", above=True) is None
