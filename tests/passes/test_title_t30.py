"""Title lines by form (round 30): a document's own field lines at its top are never its title.
Fixtures written for the project (made-up names and content)."""

from __future__ import annotations

import panflute as pf

from helpers import clean, texts

MINUTES = ["时间：2024年3月5日上午9:00", "地点：公司三楼会议室", "主持人：王总", "参会人员：各部门负责人",
           "记录人：李娜", "会议内容：", "一、王总通报了一季度销售情况。", "二、各部门汇报工作进展。"]


def test_minutes_opening_with_their_fields_have_no_title_and_lose_no_line():
    # The meeting's time over its place: the minutes' own fields, not a site's date over a title.
    doc, report = clean("\n".join(MINUTES))
    assert not report.title
    assert texts(doc)[:5] == MINUTES[:5]
    assert not report.removed


def test_minutes_titled_over_their_fields_keep_them():
    doc, report = clean("\n".join(["第一季度工作例会会议记录", *MINUTES]))
    assert report.title == "第一季度工作例会会议记录"
    assert texts(doc)[:5] == MINUTES[:5]


CONTRACT = ["甲方：青溪市某某商贸有限公司", "乙方：王立新",
            "根据有关法律法规，甲乙双方在平等、自愿的基础上，就房屋租赁事宜达成如下协议：",
            "第一条 甲方将位于青溪市东湖路18号的房屋出租给乙方使用。"]


def test_a_contracts_number_over_its_title_is_no_title():
    doc, report = clean("\n".join(["合同编号：QX-2024-018", "房屋租赁合同", *CONTRACT]))
    assert report.title == "房屋租赁合同"
    assert texts(doc)[:3] == ["合同编号：QX-2024-018", *CONTRACT[:2]]


def test_a_contracts_parties_over_its_name_are_no_title():
    doc, report = clean("\n".join(["合同编号：QX-2024-018", *CONTRACT[:2], "房屋租赁合同", *CONTRACT[2:]]))
    assert report.title in (None, "", "房屋租赁合同")
    kept = texts(doc)
    assert ["合同编号：QX-2024-018", *CONTRACT[:2]] == kept[:3]
    assert CONTRACT[2] in kept


def test_a_title_with_a_colon_over_the_pages_facts_is_still_the_title():
    # One colon line over the site's author/date line: the title, its facts under it (no field run).
    lines = ["专题：乡村振兴的几点思考", "作者：李明",
             "近年来，我县围绕乡村振兴做了大量工作，现将几点思考整理如下。"]
    _, report = clean("\n".join(lines))
    assert report.title == "专题：乡村振兴的几点思考"


SPEECH = ["同志们：", "今天召开全镇乡村振兴推进会，我讲三点意见。", "一、提高认识", "乡村振兴是一项长期任务。"]


def test_a_speechs_main_title_over_its_dashed_subtitle_is_the_title():
    # "——在…上的讲话" names the document, but it is the subtitle: the line above is the title.
    doc, report = clean("\n".join(["扎实推进乡村振兴", "——在全镇乡村振兴推进会上的讲话", "镇党委书记 李红", *SPEECH]))
    assert report.title == "扎实推进乡村振兴"
    assert pf.stringify(doc.metadata["subtitle"]) == "——在全镇乡村振兴推进会上的讲话"
    assert texts(doc)[:2] == ["镇党委书记李红", SPEECH[0]]


def test_an_institutions_name_over_its_documents_name_is_part_of_the_title():
    # The school's name alone over its plan's name: one title in two lines, the name not dropped.
    lines = ["青溪县第一中学", "2024年秋季学期工作计划", "一、指导思想", "以立德树人为根本任务，全面提高教育质量。"]
    doc, report = clean("\n".join(lines))
    assert report.title == "青溪县第一中学2024年秋季学期工作计划"
    assert texts(doc)[:2] == lines[2:]


def test_a_resume_or_a_lesson_plan_opening_with_its_fields_keeps_them():
    # Each first field was taken for the title (and left the text); the fields are the document's.
    for lines in (["姓名：张三", "性别：男", "出生年月：1995年6月", "求职意向：小学语文教师",
                   "自我评价：为人踏实，工作认真。"],
                  ["课题：小蝌蚪找妈妈", "课时：2课时", "教学目标：", "1.认识12个生字。", "2.正确朗读课文。"]):
        doc, report = clean("\n".join(lines))
        assert not report.title
        assert texts(doc)[:3] == lines[:3]


def test_a_notices_signature_over_its_date_is_no_title_and_the_notice_stays():
    # The issuer over the closing date looks like a title over its meta line; the notice's text
    # above it had begun (its lead-in clause), so it is the signature: nothing above it goes.
    lines = ["关于拟推荐优秀共产党员人选的公示", "经支部推荐、党委研究，拟推荐以下同志为优秀共产党员人选：",
             "张华、刘明、王丽", "公示时间：2024年6月20日至6月26日", "联系电话：0123-4567890",
             "中共青溪县某某局委员会", "2024年6月20日"]
    doc, report = clean("\n".join(lines))
    assert report.title == lines[0]
    kept = texts(doc)
    for line in lines[1:6]:
        assert line in kept


def test_a_short_notice_ending_in_its_issuer_and_date_keeps_its_text():
    # The issuer over the last line, a date: the notice's signature, not a title over its facts.
    for lines in (["停水通知", "尊敬的住户：", "因管道维修，本小区定于5月8日上午8时至下午5时停水", "请各位住户提前储水",
                   "某某物业服务中心", "2024年5月6日"],
                  ["寻物启事", "本人于5月5日在学校操场丢失黑色钱包一个", "内有身份证及银行卡",
                   "拾到者请联系：13800000000", "李明", "2024年5月6日"]):
        doc, report = clean("\n".join(lines))
        assert report.title == lines[0]
        assert texts(doc)[:3] == lines[1:4]


def test_a_letter_whose_addressee_stands_above_the_signature_keeps_its_text():
    # "某某公司：" opens the letter's text: the issuer over the date further down signs it.
    lines = ["表扬信", "某某公司：", "贵公司员工张华拾金不昧", "特此表扬", "青溪县某某中学", "2024年5月6日",
             "（联系人：王老师）"]
    doc, report = clean("\n".join(lines))
    assert report.title == lines[0]
    assert texts(doc)[:4] == lines[1:5]


def test_a_diarys_date_and_weather_line_is_no_title():
    for head in ("2024年5月6日 星期一 晴", "5月6日 星期一 晴", "10月3日 周四 多云"):
        lines = [head, "今天学校组织我们去春游，大家都很开心。", "我们参观了植物园，看到了许多美丽的花。"]
        doc, report = clean("\n".join(lines))
        assert not report.title, head
        assert texts(doc)[1:] == lines[1:]
        assert "".join(texts(doc)[0].split()) == "".join(head.split())


def test_a_title_under_a_portals_date_line_is_still_found():
    lines = ["今天是2024年5月6日 星期一", "我校举行春季运动会", "发布时间：2024-05-06",
             "5月6日，我校举行春季运动会，全校师生参加。"]
    _, report = clean("\n".join(lines))
    assert report.title == "我校举行春季运动会"
