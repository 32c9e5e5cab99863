"""Lines that look like numbered headings and are none, by their form (issue 18, round 39, fh39).
Fixtures written for the project."""

from __future__ import annotations

from helpers import clean, outline, paras
from reportfmt.passes.headings.code_lines import is_code


def test_a_scripts_numbered_lines_are_code_not_sections():
    # A help post pastes its script with the line numbers the forum printed: the numbers are a
    # code block's, the words a program's; the post's own parts are named in Chinese.
    doc, _ = clean("\n".join([
        "求助：怎样把文件夹里的照片按日期改名",
        "家里的照片越攒越多，文件名都是相机自动起的，想按拍摄日期重新命名，自己写了几行：",
        "1. @echo off",
        "2. set n=0",
        "3. for %%a in (*.jpg) do ren \"%%a\" \"%%~ta.jpg\"",
        "4. pause",
        "运行以后提示文件名语法不正确，应该是日期里的斜杠和冒号不能用在文件名里，请问怎么处理？",
        "一、我试过的办法",
        "把日期里的斜杠替换成短横线，但冒号还是去不掉，改名仍然失败。",
        "二、想要的效果",
        "文件名改成年月日加原来的名字，例如二〇二四年三月的照片排在一起。",
    ]))
    assert outline(doc) == [(1, "一、我试过的办法"), (1, "二、想要的效果")]
    assert "4. pause" in paras(doc)


def test_markup_debris_numbered_by_a_list_is_no_heading():
    # A scraped page kept two empty tags of its template inside a numbered list's markup.
    doc, _ = clean("\n".join([
        "社区夜校开课通知",
        "1. <span id=\"kq3x\"></span>",
        "2. <em class=\"dot\"></em>",
        "社区夜校本周四晚上七点开课，第一课讲手机支付的安全常识，欢迎居民带上手机来听。",
        "上课地点在社区活动中心二楼，请提前十分钟到场签到，现场有志愿者协助操作。",
    ]))
    assert outline(doc) == []


def test_code_reads_the_words_after_the_number():
    assert is_code("1. @echo off")
    assert is_code("3. pause")
    assert is_code("2. <ins id=\"a1\"></ins>")
    # A Chinese name with an English term in it, and a capitalised English heading, are words.
    assert not is_code("1. os.system()函数的用法")
    assert not is_code("1. Introduction")
    assert not is_code("2.X X X")
    assert not is_code("一、活动主题")
