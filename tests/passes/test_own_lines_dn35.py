"""A hand-written document's own lines kept by form (round 35, dn35): a letter dated at its top
over whom it is written to, a meeting's fields under its minutes' title with a credit line under
them, one labelled question over its answer. Each beside a look-alike of the page's that still
goes. Fixtures are written for the project, names, places and dates made up."""

from __future__ import annotations

import pytest

from helpers import clean, removed_by, texts

# --- a letter dated at its top (dated_entries.dates_a_letter) -----------------------------------

LETTER = ["您好！开学已经一个多月了，我在学校一切都好，请您放心。",
          "食堂的饭菜很合口味，室友们也都很友善。天冷了，您要多穿衣服。",
          "祝您身体健康！", "您的女儿：小禾"]


@pytest.mark.parametrize(("date", "salutation"), [("2025年10月8日", "亲爱的妈妈："),
                                                  ("2025-10-08", "尊敬的周老师："),
                                                  ("2025.10.8", "林爷爷："),
                                                  ("2025年10月8日", "小禾："),
                                                  ("2025年10月8日", "各位同事：")])
def test_a_date_over_a_letters_salutation_stays(date, salutation):
    lines = [date, salutation, *LETTER]
    doc, report = clean("\n".join(lines))
    assert texts(doc) == lines
    assert report.title is None


def test_a_news_pages_date_over_its_headline_still_goes():
    page = ["2025年10月8日", "青石镇举办秋季运动会",
            "本报讯 10月7日，青石镇第十届秋季运动会在镇文体中心开幕，八百余名运动员参加比赛。",
            "比赛将持续五天，设田径、游泳等十个大项，闭幕式定于10月12日举行。"]
    doc, report = clean("\n".join(page))
    assert report.title == "青石镇举办秋季运动会"
    assert "2025年10月8日" in removed_by(report, "meta-lines.date-line-written")
    assert texts(doc) == page[2:]


def test_a_pages_date_under_a_letters_headline_over_its_salutation_still_goes():
    # (the headline taken above it: the date stands under a headline, as a page prints its own)
    lines = ["尊敬的家长：", "您好！暑假即将来临，为了让孩子度过一个安全、愉快的假期，请您注意以下事项。",
             "青石小学", "2025年6月20日"]
    doc, report = clean("\n".join(["致全体家长的一封信", "2025-06-20", *lines]))
    assert report.title == "致全体家长的一封信"
    assert removed_by(report, "meta-lines.date-line") == ["2025-06-20"]
    assert texts(doc) == lines


# --- a meeting's fields under its minutes' title (facts_under_title._meeting_fields) ------------

MINUTES_BODY = ["会议听取了项目组的进展汇报，研究了下一阶段的工作安排。",
                "一、关于进度", "各组按计划推进，月底前完成第一阶段任务。"]


@pytest.mark.parametrize("fields", [["时间：2026年3月5日下午", "地点：公司三楼会议室"],
                                    ["时间: 2026年3月5日 上午9:00", "地点: 公司三楼会议室"],
                                    ["时间：2026年3月5日 地点：公司三楼会议室"],
                                    ["日期：2026年3月5日", "主持：李某"]])
def test_a_meetings_fields_over_a_credit_line_stay(fields):
    # ("整理：…" under them goes as a production credit: its rule is not this one's.)
    doc, report = clean("\n".join(["项目推进会会议纪要", *fields, "整理：孙某", *MINUTES_BODY]))
    assert removed_by(report, "meta-lines.facts-under-title") == []
    kept = texts(doc)
    # (the text is read with its colons full-width and "日 上午" closed up)
    assert [_folded(line) for line in kept[:len(fields)]] == [_folded(field) for field in fields]
    assert kept[-1] == MINUTES_BODY[-1]


def _folded(line: str) -> str:
    return "".join(line.split()).replace(":", "：")


def test_a_sites_row_of_facts_under_a_title_still_goes():
    page = ["期末复习安排", "心得 2026-01-05 12人看过", "期末复习安排",
            "本学期最后两周安排复习，各科老师将分单元梳理重点，并组织两次模拟测验。"]
    doc, report = clean("\n".join(page))
    assert report.title == "期末复习安排"
    assert removed_by(report, "meta-lines.facts-under-title") == ["心得 2026-01-05 12人看过"]
    assert texts(doc) == page[3:]


# --- one labelled question over its answer (title_neighbours.heads_series) ----------------------

@pytest.mark.parametrize(("question", "answer"), [
    ("问：单位没有给我缴纳社保怎么办？", "答：可以先与单位协商，协商不成的可以向劳动保障监察部门投诉或申请仲裁。"),
    ("Q: 租房合同到期后押金多久退还？", "A: 合同没有约定的，房东应在交还房屋、结清费用后及时退还押金。"),
])
def test_one_labelled_question_over_its_answer_is_no_title(question, answer):
    lines = [question, answer, "需要准备劳动合同、工资流水等证据材料。"]
    doc, report = clean("\n".join(lines))
    assert report.title is None
    assert texts(doc) == lines


def test_a_forums_question_title_with_its_site_suffix_is_still_taken():
    page = ["单位没有给我缴纳社保怎么办？-某某法律问答网",
            "答：可以先与单位协商，协商不成的可以向劳动保障监察部门投诉，也可以申请仲裁。",
            "需要准备劳动合同、工资流水等证据材料。"]
    doc, report = clean("\n".join(page))
    assert report.title == "单位没有给我缴纳社保怎么办？"
    assert texts(doc) == page[1:]


# --- a field line over an issue line is no bulletin's name (title_line._masthead_name) ----------

def test_a_field_over_an_issue_line_is_no_title():
    lines = ["时间：2026年3月5日", "地点：公司三楼会议室", "（第3期）", *MINUTES_BODY]
    doc, report = clean("\n".join(["会议纪要", *lines]))
    assert report.title == "会议纪要"
    assert texts(doc) == lines


def test_a_bulletins_name_over_its_issue_line_is_still_the_title():
    lines = ["（第5期）", "本周学校举行了春季运动会，全校师生积极参与，展现了良好的精神风貌。"]
    doc, report = clean("\n".join(["青石小学校园简报", *lines]))
    assert report.title == "青石小学校园简报"
    assert texts(doc) == lines


def test_a_sites_row_under_a_minutes_title_still_goes():
    page = ["班委会会议纪要", "纪要 2026-01-05 8人看过", "班委会会议纪要",
            "本次会议讨论了期末复习安排，同学们积极发言，形成三点意见。"]
    doc, report = clean("\n".join(page))
    assert report.title == "班委会会议纪要"
    assert removed_by(report, "meta-lines.facts-under-title") == ["纪要 2026-01-05 8人看过"]
    assert texts(doc) == page[3:]


def test_a_labelled_question_with_a_site_suffix_is_still_the_pages_title():
    page = ["问：单位没有给我缴纳社保怎么办？_某某知道",
            "答：可以先与单位协商，协商不成的可以向劳动保障监察部门投诉或申请仲裁。", "需要准备劳动合同等证据材料。"]
    doc, report = clean("\n".join(page))
    assert report.title is not None and report.title.endswith("怎么办？")
    assert texts(doc) == page[1:]


# --- a signer's field with its label spaced out is no title (title_shape._label_closed_up) -----

@pytest.mark.parametrize("field", ["述 职 人：王某某", "汇 报 人：王某某"])
def test_a_signers_spaced_field_opening_the_text_is_no_title(field):
    lines = [field, "过去一年，我在领导的支持下认真履行岗位职责，现将工作情况报告如下。",
             "一、工作回顾", "全年按计划推进各项工作，完成了预定目标任务，得到了同事们的认可。"]
    doc, report = clean("\n".join(lines))
    assert report.title is None
    assert "".join(texts(doc)[0].split()) == "".join(field.split())
    assert len(texts(doc)) == len(lines)


# --- minutes with no title line open on their own fields (title_shape, title_line._meeting_time) ---

@pytest.mark.parametrize("fields", [["时间：2026年3月5日下午2:30", "地点：公司三楼会议室"],
                                    ["会议时间：2026年3月5日", "地点：公司三楼会议室", "（第3期）"],
                                    ["时间：2026年3月5日（星期四）下午", "主持人：李某"]])
def test_minutes_opening_on_their_fields_keep_them_and_take_no_title(fields):
    doc, report = clean("\n".join([*fields, *MINUTES_BODY]))
    assert report.title is None
    assert texts(doc) == [*fields, *MINUTES_BODY]


# --- a minutes' recorder under its fields (production-credits' not_after, round 35) -----------

MINUTES_TEXT = ["会议听取了社区服务中心关于养老服务站选址和建设进度的汇报，经讨论，形成如下意见：",
                "一、服务站选址确定在花园社区原活动中心一楼。", "二、改造工程由街道城建科牵头，五月底前完成。"]


@pytest.mark.parametrize("credit", ["整理：孙丽", "撰稿：孙丽", "校对：孙丽"])
def test_a_minutes_recorder_under_its_fields_stays(credit):
    fields = ["时间：2025年3月12日下午", "地点：街道办事处三楼会议室", "主持人：王建平"]
    doc, report = clean("\n".join(["社区养老服务站建设专题会议纪要", *fields, credit, *MINUTES_TEXT]))
    assert report.title == "社区养老服务站建设专题会议纪要"
    assert texts(doc) == [*fields, credit, *MINUTES_TEXT]


def test_a_news_desks_credit_under_the_text_still_goes():
    news = ["近日，青禾街道在花园社区召开养老服务站建设推进会，十余名居民代表参加。",
            "会上，街道城建科介绍了改造方案，居民代表就开放时间和助餐价格提出了建议。"]
    doc, report = clean("\n".join(["青禾街道召开养老服务站建设推进会", *news, "整理：孙丽"]))
    assert texts(doc) == news
    assert removed_by(report, "meta-lines.production-credits") == ["整理：孙丽"]
