"""Round 54 (cs54): where a hijacked page's betting brand ends. The brand stands where a school's
or a unit's name stood; its code goes with it, but not the number the unit's own sentence goes on
with (the year of its event, a class's year, a count), and not half of its code either (the
lower-case letters after a lucky hall's digits). Fixtures are made up, in the forms real pages take.
"""

from __future__ import annotations

from helpers import clean, removed_by, texts

TITLE = "明川大学团委关于举办冬季长跑接力赛的通知"
OPENING = "各学院团委："
TAIL = ["请各学院认真组织，按时报名。", "明川大学团委", "2024年11月20日"]


def _page(*lines: str) -> str:
    return "\n".join([TITLE, OPENING, *lines, *TAIL])


def test_the_year_after_a_brands_sales_words_stays():
    doc, report = clean(_page("开云app官网入口下载2024年校园冬季长跑接力赛定于12月6日在东区田径场举行。"))
    assert removed_by(report, "injected.gambling-brand") == ["开云app官网入口下载"]
    assert "2024年校园冬季长跑接力赛定于12月6日在东区田径场举行。" in texts(doc)


def test_a_class_year_and_a_count_after_the_brand_stay():
    doc, report = clean(_page("金沙官网2021届毕业生座谈会同期举办。", "永利官网300余名志愿者参与服务保障。"))
    assert removed_by(report, "injected.gambling-brand") == ["金沙官网", "永利官网"]
    body = texts(doc)
    assert "2021届毕业生座谈会同期举办。" in body
    assert "300余名志愿者参与服务保障。" in body


def test_a_code_glued_after_the_sales_words_still_goes():
    doc, report = clean(_page("比赛由金沙官网abc88团委主办。"))
    assert removed_by(report, "injected.gambling-brand") == ["金沙官网abc88"]
    assert "比赛由团委主办。" in texts(doc)


def test_a_lucky_names_code_goes_with_its_letters():
    line = "决赛中，威尼斯556677kx以三比一战胜文学院，文学院和威尼斯556677kx的队员赛后合影留念。"
    doc, report = clean(_page(line))
    # (one record for the line, its cut pieces joined by a blank)
    assert removed_by(report, "injected.lucky-name-code") == ["威尼斯556677kx 威尼斯556677kx"]
    assert "决赛中，以三比一战胜文学院，文学院和的队员赛后合影留念。" in texts(doc)


def test_a_lucky_name_before_a_word_keeps_the_word():
    # letters that run on into a longer Latin word are not the code's: the cut stops at the digits
    doc, report = clean(_page("本届赛事由鸿福八方667788sports学生会承办。"))
    assert removed_by(report, "injected.lucky-name-code") == ["鸿福八方667788"]
    assert any("sports学生会承办" in text for text in texts(doc))


# A college's news and rules pages on hijacked domains, their gaming brand written with a middle
# dot where the college's name stood. Made-up brands and college.
NEWS = ["比赛分说课和现场授课两个环节，十二名青年教师参加角逐。",
        "经评委评审，三名教师获一等奖，将代表学院参加学校决赛。"]


def test_a_dotted_brand_with_a_latin_name_goes_with_its_copies():
    line = "4月9日下午，lucky·皇冠官网2024年青年教师讲课比赛在报告厅举行。"
    judges = "比赛邀请了lucky·皇冠官网的三位教授担任评委。"
    doc, report = clean("\n".join(["青年教师讲课比赛举行", line, *NEWS, judges]))
    assert removed_by(report, "injected.dotted-gaming-brand")[0] == "lucky·皇冠官网"
    body = texts(doc)
    assert "4月9日下午，2024年青年教师讲课比赛在报告厅举行。" in body
    assert not any("皇冠" in text or "lucky" in text for text in body)


def test_a_dotted_brand_with_its_game_after_the_dot_goes():
    line = "本次知识竞赛由青鲤·体育(中国)官方网站学生会主办，共有二十支队伍报名。"
    doc, report = clean("\n".join(["学生会举办知识竞赛", line, *NEWS]))
    assert removed_by(report, "injected.dotted-gaming-brand") == ["青鲤·体育(中国)官方网站"]
    assert "本次知识竞赛由学生会主办，共有二十支队伍报名。" in texts(doc)


def test_a_masthead_with_a_dotted_brand_takes_its_copies_from_the_title_and_text():
    page = ["云岫体育·(中国)冠军杯官方网站|2024最新",
            "您的位置: 首页 >> 党建工作 >> 规章制度 >> 正文",
            "云岫体育信息发布审核制度(试行)",
            "来源:   编辑:佚名   查看:",
            "云岫体育信息发布审核制度(试行)",
            "为进一步规范学院信息发布工作，确保信息真实准确，云岫体育结合工作实际，特制定本制度。",
            "一、审核范围",
            "学院网站、新媒体、宣传栏等发布的信息。"]
    doc, report = clean("\n".join(page))
    assert report.title == "信息发布审核制度(试行)"
    body = texts(doc)
    assert "为进一步规范学院信息发布工作，确保信息真实准确，结合工作实际，特制定本制度。" in body
    assert "学院网站、新媒体、宣传栏等发布的信息。" in body


def test_dots_in_a_documents_own_words_stay():
    lines = ["本届运动会设田径·体育舞蹈·拔河三个大项。", "详情请登录学院·体育部官网查询。",
             "北京·中国体育博物馆官网发布了开放时间。", "据北京·体育官网公布的名单，我院两名同学入选。"]
    doc, report = clean("\n".join(["学院第十届运动会开幕", *lines, *NEWS]))
    assert not removed_by(report, "injected.dotted-gaming-brand")
    for line in lines:
        assert line in texts(doc)
