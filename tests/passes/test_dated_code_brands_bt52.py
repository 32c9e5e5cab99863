"""bt52 (issue 18): a coded brand (a name glued to a lowercase Latin tag with digits) printed twice
where a youth league's name stood, with the notice's year glued before it ("举办2024年某某abc1234567
第五届…"): the brand goes from the title and the sentence, the year stays; a seven-digit tag counts as
a code; a contact's account ("qq1234567") printed twice stays. Fixtures are made up, in the forms
real hijacked pages take."""

from __future__ import annotations

from helpers import clean, removed_by, texts
from reportfmt.passes.boilerplate.repeated_brands import repeated_brands

TITLE = "关于举办2025年青潭湾xyz7730521第三届青年讲师宣讲比赛的通知"
LINES = ["各分团委：",
         "为深化青年理论学习，经校团委研究，决定举办2025年青潭湾xyz7730521第三届青年讲师宣讲比赛。",
         "一、比赛时间", "初赛定于4月中旬进行。"]


def test_the_year_before_a_coded_brand_is_the_sentences_own():
    assert repeated_brands([TITLE, LINES[1]]) == ["青潭湾xyz7730521"]


def test_the_brand_goes_from_title_and_text_the_year_stays():
    doc, report = clean("\n".join([TITLE, *LINES]))
    assert report.title == "关于举办2025年第三届青年讲师宣讲比赛的通知"
    assert "为深化青年理论学习，经校团委研究，决定举办2025年第三届青年讲师宣讲比赛。" in texts(doc)
    assert removed_by(report, "injected.brand-copy") == ["青潭湾xyz7730521"]


def test_a_contact_account_printed_twice_stays():
    assert repeated_brands(["报名请加入交流群qq1234567咨询。", "未尽事宜请加入交流群qq1234567询问。"]) == []
    lines = ["报名请加入交流群qq1234567咨询。", "未尽事宜请加入交流群qq1234567询问。"]
    doc, report = clean("\n".join(["学院团委开展志愿服务", "为弘扬志愿精神，团委组织志愿者走进社区。", *lines]))
    assert not removed_by(report, "injected.brand-copy")
    for line in lines:
        assert line in texts(doc)
