"""A letter's or an application's own end, which on a short page lies in the page's head (its
first characters) and looks like a page's facts: the date under the signer after the closing
greeting (此致 / 敬礼), under a signer whose label is no 申请人 (家属：…), whose name is masked
or left blank; a labelled date (日期：…) under a signature block's fields; a date whose month
and day are left blank for the reader. Fixtures written for the project (made-up names)."""

from __future__ import annotations

import pytest

from helpers import clean, texts

BODY = ["尊敬的学院领导：",
        "我是会计专业二年级学生周小梅，今年家中遭受水灾，房屋受损，特申请困难补助，恳请领导批准。"]


@pytest.mark.parametrize("greeting", ["敬礼", "此致——敬礼", "敬礼。"])
def test_the_date_under_a_signer_after_the_closing_greeting_stays(greeting):
    # "敬礼" without its "！" ends the letter as a finished sentence does.
    close = ["此致", greeting] if not greeting.startswith("此致") else [greeting]
    doc, report = clean("\n".join(["困难补助申请书", *BODY, *close, "申请人：周小梅", "2024年3月12日"]))
    assert texts(doc) == [*BODY, *close, "申请人：周小梅", "2024年3月12日"]
    assert [r["rule"] for r in report.removed] == ["metadata.title"]


@pytest.mark.parametrize("signer", ["患者家属：孙立", "家属：孙立（女儿）", "申请人：***", "申请人：XXX",
                                    "申请人：___", "申请人："])
def test_the_date_under_any_labelled_or_masked_signer_stays(signer):
    body = ["尊敬的医院领导：", "家父住院期间，心内科医护人员精心治疗、悉心照料，使他转危为安，我们全家深表感谢！"]
    doc, report = clean("\n".join(["感谢信", *body, signer, "2024年5月6日"]))
    assert texts(doc) == [*body, signer, "2024年5月6日"]
    assert [r["rule"] for r in report.removed] == ["metadata.title"]


@pytest.mark.parametrize("fields", [["承诺人（签名）：", "班级："], ["申请人：XXX"], ["单位（盖章）：", "经办人："]])
def test_a_labelled_date_under_the_signature_fields_stays(fields):
    body = ["本人郑重承诺：", "一、自觉遵守考试纪律，服从监考人员管理。", "二、如有违纪，自愿接受学校处理。"]
    doc, report = clean("\n".join(["诚信考试承诺书", *body, *fields, "日期：2024年6月20日"]))
    assert texts(doc) == [*body, *fields, "日期：2024年6月20日"]
    assert [r["rule"] for r in report.removed] == ["metadata.title"]


def test_a_labelled_date_over_the_text_is_still_the_pages():
    # A site's date field under the title, over the text, is the page's fact.
    text = "本人郑重承诺：自觉遵守考试纪律，服从监考人员管理，如有违纪，自愿接受学校处理。"
    doc, report = clean("\n".join(["诚信考试承诺书", "日期：2024年6月20日", text]))
    assert texts(doc) == [text]
    assert report.date == "2024-06-20"


@pytest.mark.parametrize("date", ["2024年  月  日", "2024年 月 日"])
def test_a_date_with_its_month_and_day_left_blank_keeps_its_blanks(date):
    body = ["兹证明李明同志系我单位正式职工，自2018年3月起在我单位工作至今。", "特此证明！", "单位（盖章）："]
    doc, _ = clean("\n".join(["工作证明", *body, date]))
    assert texts(doc)[-1] == "2024年 月 日"


@pytest.mark.parametrize("issuer", ["XX小学", "××县实验中学"])
def test_the_date_under_a_masked_issuers_name_stays(issuer):
    # A letter signed by a body whose name the template masks: the date under it is the letter's,
    # and the name is no heading over what follows (a reply slip under a rule).
    body = ["尊敬的各位家长：", "暑假即将来临，为确保孩子们度过一个安全、快乐的假期，请您注意以下几点：",
            "1.防溺水安全。", "2.交通安全。", "感谢您对学校工作的支持与配合！"]
    slip = ["回执", "我已认真阅读致家长的信，将切实履行监护责任。", "家长签名："]
    doc, report = clean("\n".join(["致全体家长的一封信", *body, issuer, "2024年7月5日", *slip]))
    assert texts(doc)[len(body):len(body) + 2] == [issuer, "2024年7月5日"]
    assert [r["rule"] for r in report.removed] == ["metadata.title"]


@pytest.mark.parametrize("name", ["申请书", "贺信", "祝酒词", "任命书", "申诉书"])
def test_a_letters_kind_opening_with_a_surname_is_its_title(name):
    # "申请书" opens with the surname 申 but names no one: it is no byline, it is the title.
    body = ["尊敬的领导：", "本人因工作需要，申请调入财务部工作，望领导批准。"]
    doc, report = clean("\n".join([name, *body]))
    assert report.title == name
    assert texts(doc) == body


def test_each_sample_letters_date_stays_on_a_page_of_several():
    # On a page of several letters the text goes on under a letter's date: the next sample's.
    first = ["篇一：给物业的感谢信", "尊敬的物业公司：", "暴雨那夜，物业员工连夜抽水排险，保住了业主的车辆。特此致谢！",
             "3栋业主：刘芳", "2024年7月20日"]
    second = ["篇二：给老师的感谢信", "敬爱的王老师：",
              "感谢您一年来对孩子的悉心教导，孩子的成绩和习惯都有了很大进步。",
              "学生家长：陈军", "2024年6月30日"]
    third = ["篇三：给志愿者的感谢信", "各位志愿者：",
             "在本次马拉松赛事中，你们不畏酷暑，热情服务，展现了城市的风采。谨致谢意！",
             "赛事组委会", "2024年4月15日"]
    doc, report = clean("\n".join(["感谢信范文（精选3篇）", *first, *second, *third]))
    assert texts(doc) == [*first, *second, *third]
    assert [r["rule"] for r in report.removed] == ["metadata.title"]
