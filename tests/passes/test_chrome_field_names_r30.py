"""A site's facts printed one field a line at the top, a name as a field's value (round 30,
issue 18): "录入者：某某" among "发布时间：…", "点击：", "来源：本站原创"; "• 发布人：某某" over
"• 时间：…". Beside the page's other facts they go; a document's own fields of the same shape
(a form's, minutes') stay. Fixtures are written for the project in the forms real pages take."""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "我校召开校报工作座谈会"
BODY = ["座谈会上，办公室主任回顾了校报十余年来的工作，对各位编辑老师的付出表示感谢。",
        "与会学生代表结合阅读体会，对校报的栏目设置和版面设计提出了意见和建议。",
        "会议要求，编辑部要及时采编校园新闻，把校报办成师生喜闻乐见的读物。"]


def test_a_name_field_among_the_page_facts_goes():
    head = ["发布时间:2013-10-18", "点击:", "来源:本站原创", "录入者:杨某"]
    doc, report = clean("\n".join([TITLE, *head, *BODY]))
    assert texts(doc) == BODY
    assert report.title == TITLE
    # (the poster's field goes by its own rule since round 39, beside chrome or not)
    assert removed(report, "meta-lines.poster-field-alone") == ["录入者:杨某"]


def test_the_poster_field_over_a_bulleted_box_goes_and_the_title_stays():
    # Left, the poster's field was taken for the title and the real title went as a line above it.
    head = ["  • 发布人:王某", "  • 时间:2020-04-08", "  • 点击:", "  • 来源:", "  • 打印"]
    doc, report = clean("\n".join([TITLE, *head, *BODY]))
    assert report.title == TITLE
    assert texts(doc) == BODY
    assert removed(report, "meta-lines.poster-field-alone") == ["• 发布人:王某"]


def test_a_forms_own_fields_stay():
    form = ["请假申请单", "申请人：张某", "部门：办公室", "类型：事假",
            "事由：家中老人住院，需要陪护三天，工作已交由同事代办。", "审批人：李某"]
    doc, report = clean("\n".join(form))
    assert not removed(report, "meta-lines.field-name-beside-chrome")
    kept = "\n".join(texts(doc))
    for line in form[1:]:
        assert line.split("：")[1] in kept


def test_minutes_fields_under_their_title_stay():
    minutes = ["支部委员会会议记录", "时间：2023年5月6日上午9时", "地点：三楼会议室", "主持人：王某",
               "记录人：赵某", "会议内容：传达学习上级会议精神，研究部署下阶段工作。",
               "王某传达了上级会议精神，要求全体党员认真学习，抓好落实。"]
    doc, report = clean("\n".join(minutes))
    assert not removed(report, "meta-lines.field-name-beside-chrome")
    kept = "\n".join(texts(doc))
    for line in minutes[1:]:
        assert line.split("：")[-1] in kept


# --- a whole field in one pair of brackets (line_form) ------------------------------------------

def test_a_bracketed_field_is_read_bare():
    from reportfmt.passes.boilerplate.line_form import rule_forms
    assert rule_forms("【发布时间：2023-02-24】") == ("【发布时间:2023-02-24】", "发布时间:2023-02-24")
    assert rule_forms("[来源：某某网]")[-1] == "来源:某某网"
    # a row of bracketed buttons, or a bracketed label before its value, is not one field
    assert rule_forms("【打印】【关闭】") == ("【打印】【关闭】",)
    assert rule_forms("【来源】某某网")[-1] == "来源:某某网"


def test_a_bracketed_date_field_under_the_title_goes():
    doc, report = clean("\n".join([TITLE, "【发布时间：2023-02-24】", *BODY]))
    assert texts(doc) == BODY
    assert removed(report, "meta-lines.field-fact") == ["【发布时间：2023-02-24】"]


def test_a_records_bracketed_fields_stay():
    record = ["支部主题党日活动记录", "【时间：2024年3月5日下午】", "【地点：村党群服务中心】", "【主持人：王某】",
              "【参加人员：全体党员18人】", "王某带领全体党员重温入党誓词，并结合村里实际谈了学习体会。"]
    doc, report = clean("\n".join(record))
    assert texts(doc) == record[1:]
    assert report.title == record[0]
