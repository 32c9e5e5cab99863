"""Lines that look like numbered headings and are none, by their form (issue 18, round 39, fh39).
Fixtures written for the project."""

from __future__ import annotations

from helpers import clean, outline, paras
from reportfmt.passes.headings.addressees import addresses_readers
from reportfmt.passes.headings.code_lines import is_code
from reportfmt.passes.headings.rules import decide


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


def test_a_motto_under_the_title_is_no_section_beside_the_short_ones_below():
    # A club's page: its motto right under its name (the title, metadata already), the
    # introduction, then sections named in a few words each over their text. The motto says a
    # phrase three times as long as any of them: the page's head, no section.
    texts = [
        "让每一本好书都遇见愿意读它的人",
        "青禾读书会由街道图书馆的几位老读者发起，每月第二个周六在馆内活动室聚会，已经坚持了六年。",
        "读书会不设门槛，居民带上正在读的书就可以参加，旁听也同样欢迎。",
        "活动内容",
        "每次聚会先由一位会员介绍一本书，再分组讨论，最后推荐下个月的共读书目。",
        "加入方式",
        "在图书馆服务台登记姓名和联系电话即可，会员不收任何费用。",
    ]
    decisions = decide(texts, title="青禾读书会简介")
    assert sorted(i for i, d in decisions.items() if d.kind == "heading") == [3, 5]


def test_a_short_first_section_above_the_first_paragraph_stays():
    # "前言" above the first paragraph is as short as the sections below it: the first of them.
    doc, _ = clean("\n".join([
        "社区菜园种植手册",
        "前言",
        "社区菜园开放两年来，报名认领菜地的居民越来越多，这本手册把大家积累的种植经验整理在一起。",
        "选种",
        "春季适合种植叶菜和豆类，选种时优先考虑本地常见、抗病性强的品种，出苗后要及时间苗。",
        "浇水",
        "夏季早晚各浇一次水，避开正午高温，雨后要检查菜地是否积水，及时开沟排涝。",
    ]))
    assert outline(doc) == [(1, "前言"), (1, "选种"), (1, "浇水")]


def test_a_letters_addressees_are_no_part_over_its_numbered_points():
    # "尊敬的家长：" / the lead sentence / "1、…" over its paragraph: the line above the list's lead
    # names the letter's readers, not the part the points belong to.
    doc, _ = clean("\n".join([
        "致家长的一封信",
        "尊敬的家长：",
        "寒假即将来临，为了让孩子度过一个平安愉快的假期，请您配合做好以下几点：",
        "1、注意交通安全",
        "教育孩子遵守交通规则，不乘坐无牌无证车辆，外出时由大人陪同。",
        "2、注意用火用电安全",
        "教育孩子不玩火，不私自燃放烟花爆竹，不触摸电源插座。",
        "祝您全家新年快乐！",
    ]))
    assert outline(doc) == [(1, "1、注意交通安全"), (1, "2、注意用火用电安全")]
    assert "尊敬的家长：" in paras(doc)


def test_a_notices_units_addressed_are_no_part_either():
    doc, _ = clean("\n".join([
        "关于开展消防安全检查的通知",
        "各科室：",
        "根据上级要求，决定开展一次消防安全检查，具体事项如下：",
        "（一）检查时间",
        "5月10日至5月20日，各科室先自查，再由办公室组织抽查。",
        "（二）检查内容",
        "消防器材、用电线路及易燃物品的存放情况。",
    ]))
    assert outline(doc) == [(1, "（一）检查时间"), (1, "（二）检查内容")]


def test_addressees_read_by_their_form():
    assert addresses_readers("各学院、各有关部门：")
    assert addresses_readers("各乡镇（街道）、各有关单位：")
    assert addresses_readers("亲爱的同学们:")
    assert addresses_readers("各位党员同志：")
    # a part's name ending in a colon names no readers
    assert not addresses_readers("各部门职责：")
    assert not addresses_readers("活动安排：")
    assert not addresses_readers("各小组分工：")
