"""rc45 (issue 18): a hijacked school page's betting brand written where the college's or the
league committee's name stood, by form: a lower-case code glued before the brand's Chinese name
and its way in ("…官网登录", "…娱乐场", "…集团官方网站"), or a lucky hall name with a long code
glued after it. The brand goes, the sentence and the unit's own words stay; a product's version
before its maker's site, a cited site after a verb, a year or a phone number stay. Fixtures are
made up, in the forms real pages take."""

from __future__ import annotations

from helpers import clean, removed_by, texts

TITLE = "关于举办第三届校园读书分享会的通知"
OPENING = "为营造浓厚的读书氛围，经研究，决定举办本届读书分享会，现将有关事项通知如下："
ITEM = "一、活动时间"
WHEN = "2024年4月23日下午。"
DATE = "2024年4月10日"


def _page(*lines: str) -> str:
    return "\n".join([TITLE, "各学院团委：", OPENING, ITEM, WHEN, *lines, DATE])


def test_a_code_led_brand_in_the_sign_off_goes():
    doc, report = clean(_page("共青团qr36青禾集团官方网站委员会"))
    assert removed_by(report, "injected.code-led-brand-inline") == ["qr36青禾集团官方网站"]
    assert "共青团委员会" in texts(doc)


def test_a_code_led_gaming_hall_goes_whole():
    # the code goes with the hall's name, not left behind when the hall's name is known
    doc, report = clean(_page("请各班于本周内报名，zt77cn金鼎娱乐城团委负责汇总。"))
    assert removed_by(report, "injected.code-led-brand-inline") == ["zt77cn金鼎娱乐城"]
    assert "请各班于本周内报名，团委负责汇总。" in texts(doc)


def test_a_lucky_name_with_its_code_goes():
    doc, report = clean(_page("本次活动得到鸿福八方667788学生会的大力支持。"))
    assert removed_by(report, "injected.lucky-name-code") == ["鸿福八方667788"]
    assert "本次活动得到学生会的大力支持。" in texts(doc)


def test_versions_citations_years_and_phones_stay():
    lines = ["安装前请先到win10系统官网下载补丁。", "报名请访问ab12学堂官网查看详情。",
             "金沙江2023年汛期水位偏高。", "报名截止前可致电鸿福社区服务站13800001111咨询。"]
    doc, report = clean(_page(*lines))
    assert not removed_by(report, "injected.code-led-brand-inline")
    assert not removed_by(report, "injected.lucky-name-code")
    for line in lines:
        assert line in texts(doc)
