"""A casino's brand written where a unit's name stood, as its adverts print it — a number code, the
brand, its slogan or hall words — is cut out of the sentence whole, the sentence kept (round 52);
a year or a count before a company's name stays. Fixtures are written for the project, words made up."""

from __future__ import annotations

from helpers import clean, removed_by, texts

TITLE = "关于开展学生干部培训的通知"
LEAD = "为提升学生干部的组织协调能力，经研究，决定于本月下旬开展集中培训，现将有关事项通知如下。"


def _cleaned(line: str):
    doc, report = clean("\n".join([TITLE, LEAD, line, "请各班按时参加。"]))
    return texts(doc), report


def test_a_coded_brand_and_its_welcome_go_from_the_sentence():
    kept, report = _cleaned("3月5日，8866永利欢迎光临团委在报告厅召开学生干部大会。")
    assert kept == [LEAD, "3月5日，团委在报告厅召开学生干部大会。", "请各班按时参加。"]
    assert removed_by(report, "injected.code-led-casino-slogan") == ["8866永利欢迎光临"]


def test_a_coded_brand_with_letters_and_its_hall_words_go_whole():
    kept, _report = _cleaned("会议由520xy必赢会员中心党委书记主持。")
    assert kept[1] == "会议由党委书记主持。"


def test_a_sign_offs_unit_keeps_its_own_name():
    kept, _report = _cleaned("7788金冠娱乐诚信至上学生工作处")
    assert kept[1] == "学生工作处"


def test_a_year_or_a_count_before_a_companys_name_stays():
    for line in ["2019银河集团年会在市体育馆举行。", "本次捐赠共计300万博物馆建设资金。"]:
        kept, _report = _cleaned(line)
        assert kept[1] == line
