"""Title lines the text never says (round 42): a page's first title-shaped line whose words come
back nowhere in the text under it (a site's shelf, a control, its slogan, an advertisement) is no
title. The title is looked for under it; with none there the page has none. Fixtures written for
the project (made-up names and content)."""

from __future__ import annotations

from helpers import clean, texts
from reportfmt.passes.title_talk import says_any, share_said

# A text saying enough to tell what it talks about (title_talk.TEXT_MIN_PAIRS different pairs).
_SPRING = ("春天到了，小区门口的花坛里开满了迎春花，一朵一朵黄澄澄的，像一串串小铃铛挂在枝头。"
           "每天放学经过花坛，我都要停下来看一看，数一数今天又多开了几朵。")
_FARM = ("外婆家门前有一块小菜园，每到春天外婆就在菜园里种上青菜、豆角和番茄，"
         "我放假回去最喜欢跟在外婆身后浇水拔草，看嫩绿的小苗一天天长高。")
_TEXT = [_SPRING, "有一天下了一场春雨，花瓣落了一地，我心里有点难过，妈妈告诉我明年春天它们还会再开。", _FARM,
         "傍晚的时候，外婆摘下几根豆角炒了一盘菜，那是我吃过最香的一顿晚饭，我盼着下一个假期早点到来。"]

# A diary's dated entries, which never say the words of its title "山里的日子——支教日记".
_DIARY = ["7月10日 晴",
          "坐了五个小时大巴，又走了四十分钟山路，终于到了石门坎村小，校长早早等在校门口，帮我们把行李扛进宿舍。",
          "7月11日 小雨", "第一次站上讲台，心里直打鼓。班上有十四个孩子，最小的才七岁，课后我们商量了接下来的安排。",
          "7月15日 阴", "一个女孩送给我一只自己编的草蚂蚱，说是感谢我教她折纸。我把它放在讲桌上，一整天都舍不得拿开。",
          "7月20日 多云", "傍晚带孩子们去河边捡石头，回来每人画了一幅画，贴满教室后墙，校长看了直夸好看。"]


def test_share_said_reads_the_lines_character_pairs_in_the_text():
    assert share_said("小区花坛", "".join(_TEXT)) == 2 / 3  # 小区 花坛 are said, 区花 is not
    assert share_said("手机看条目", "".join(_TEXT)) == 0.0
    assert share_said("2024", "".join(_TEXT)) is None  # no written characters: nothing to tell
    assert share_said("手机看条目", "春雨落了一地。") is None  # a text too short to tell
    assert share_said("手机看条目", "我们扎实推进各项工作。" * 30) is None  # one sentence over and over
    assert says_any("支教日记", ["支教日记（精选3篇）.docx 共2页"])
    assert not says_any("文章预览", ["首页 > 散文"])


def test_a_first_line_the_text_never_says_is_no_title():
    # The site's slogan over an essay with no title line: the page has none, and the slogan goes
    # as it went before, when it was taken for the title.
    doc, report = clean("\n".join(["科技点亮生活 智慧引领未来", *_TEXT]))
    assert not report.title
    assert texts(doc) == _TEXT
    assert {"text": "科技点亮生活 智慧引领未来", "rule": "meta-lines.above-title"} in report.removed


def test_the_title_is_looked_for_under_a_line_the_text_never_says():
    # A shelf the text never names, then the essay's title, which it does.
    doc, report = clean("\n".join(["更多专区", "花坛里的迎春花", *_TEXT]))
    assert report.title == "花坛里的迎春花"
    assert texts(doc) == _TEXT


def test_a_title_the_text_says_any_word_of_stays_the_title():
    doc, report = clean("\n".join(["外婆的菜园", *_TEXT]))
    assert report.title == "外婆的菜园"
    assert texts(doc) == _TEXT


def test_a_title_named_in_the_site_lines_above_it_stays_the_title():
    # A diary's title whose words its dated entries never repeat, under the file line of the 文库
    # that names the document: the page's own name, not a shelf.
    entries = _DIARY
    doc, report = clean("\n".join(["支教日记（精选3篇）.docx  共2页", "山里的日子——支教日记", *entries]))
    assert report.title == "山里的日子——支教日记"
    assert "".join(texts(doc)[0].split()) == "7月10日晴"  # the first entry's date stays, no title


def test_without_the_site_line_naming_it_the_diary_has_no_title_line():
    # The same diary with nothing above its title: the text never says its words, so no line is
    # taken for the title. The line goes as the page's first line the text never says (recorded,
    # as it went before when taken for the title), and the dated entries stay.
    entries = _DIARY
    doc, report = clean("\n".join(["山里的日子——支教日记", *entries]))
    assert not report.title
    assert {"text": "山里的日子——支教日记", "rule": "meta-lines.above-title"} in report.removed
    assert ["".join(t.split()) for t in texts(doc)] == ["".join(entry.split()) for entry in entries]


def test_a_title_of_a_word_or_two_is_no_line_the_text_never_says():
    # "喜报" names its kind; the good news under it never says the word, and need not.
    news = ["热烈祝贺我校初三年级在全市中学生科技创新大赛中荣获团体一等奖，三名同学的作品分获个人金奖和银奖。",
            "这次比赛共有四十多所学校参加，同学们利用课余时间反复试验，指导老师带着大家一次次修改方案。",
            "获奖作品包括一台能自动浇花的小装置、一份关于校园噪声的调查报告和一套节水宣传漫画。",
            "评委专家认为，作品选题贴近生活，数据扎实，展示环节表达清楚，体现了扎实的动手能力。",
            "希望全体师生以获奖同学为榜样，勤学好问、勇于探索，在今后的学习和比赛中再创佳绩！",
            "某某市第一中学", "2024年5月20日"]
    doc, report = clean("\n".join(["喜报", *news]))
    assert report.title == "喜报"
    assert [" ".join(t.split()) for t in texts(doc)][:5] == news[:5]


def test_a_letters_title_over_its_salutation_stays_though_the_text_never_repeats_it():
    # The letter's title names its addressee and genre (客户, 道歉信); its text says 歉意 and 致歉,
    # never the title's pairs. The salutation under it proves it is the letter's title.
    body = (
        "您于3月2日在本店订购的两把折叠椅，因仓库错发型号，延误了一周才送到您手上，给您添了麻烦，"
        "本店深表歉意。经核查，错发缘于出库单填写不清，我们已改为两人复核后再出库，并由专人回访每一笔订单。"
        "为表诚意，本店已退还全部运费，并附上一张五十元的代金券，请您查收。今后每逢新品上架，我们会提前"
        "短信告知，您若对椅子的做工或漆面有任何意见，欢迎随时来电，店长会亲自上门查看并负责维修。"
        "再次向您致歉，感谢您的谅解与一直以来的信任。"
    )
    lines = ["尊敬的孙先生：", body, "青苇家具城", "二〇二六年三月十日"]
    doc, report = clean("\n".join(["致顾客的赔礼函", *lines]))
    assert report.title == "致顾客的赔礼函"
    assert texts(doc) == lines
