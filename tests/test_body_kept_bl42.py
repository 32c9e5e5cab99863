"""Round 42 (bl42): a document's own words never go as chrome (issue 18: body kept 100 %)."""

from __future__ import annotations

from helpers import clean, texts


def _removed(report) -> list[tuple[str, str]]:
    return [(r["rule"], r["text"]) for r in report.removed]


def test_a_sentence_about_reporting_at_a_meeting_is_no_outro():
    # "会上述职" reads 会上 + 述职, never the pointer 上述: the blogger's own sentence stays.
    page = ("仓库主管的一点年终回顾\n"
            "今年是我管仓库的第二年。单位要求各位主管年底在全员会上述职五分钟，我把讲稿整理了一下贴在这里，留个底。\n"
            "一、做成了的事\n"
            "库位重新编了号，拣货路线缩短了一半，盘点差错从每月七八件降到两三件。\n"
            "二、没做好的事\n"
            "叉车司机的培训一直拖着，直到年底才排上。\n")
    doc, report = clean(page)
    body = "\n".join(texts(doc))
    assert "在全员会上述职五分钟，我把讲稿整理了一下贴在这里，留个底。" in body
    assert not any(rule == "lead-in.outro" for rule, _ in _removed(report))


def test_the_sites_outro_pointing_back_still_goes():
    page = ("门卫岗位述职\n"
            "一年来我坚持按时交接班，外来车辆全部登记在册。\n"
            "明年我会把巡逻记录做得更细。上述就是小编为大家整理的门卫述职，希望对大家有所帮助！\n")
    doc, report = clean(page)
    body = "\n".join(texts(doc))
    assert "明年我会把巡逻记录做得更细。" in body
    assert "小编" not in body
    assert any(rule == "lead-in.outro" for rule, _ in _removed(report))


def test_a_pledges_blank_date_under_its_signer_stays():
    page = ("当前位置：某某学习网 > 承诺书 > 正文\n"
            "食堂就餐文明承诺书\n"
            "更新：2024-05-02 09:30:11 某某学习网\n"
            "我是高一（三）班的学生，为了让食堂更整洁，我愿意做到以下几点。\n"
            "1. 按顺序排队打饭，不插队、不替人占位。\n"
            "2. 吃多少打多少，不剩饭菜。\n"
            "3. 用餐后把餐盘送到回收处，桌面不留垃圾。\n"
            "以上几条如有违反，我愿意接受班级的批评。\n"
            "承诺人：\n"
            "班级：\n"
            "日期：\n")
    doc, report = clean(page)
    body = texts(doc)
    assert body[-3:] == ["承诺人：", "班级：", "日期："]
    assert not any(rule == "meta-lines.field-label-alone" for rule, _ in _removed(report))


def test_a_sites_bare_date_label_among_its_facts_still_goes():
    page = ("社区义诊活动简讯\n"
            "来源：\n"
            "发布日期：\n"
            "本周六上午，社区卫生站的医生在小区广场为居民免费量血压、测血糖，共服务八十余人。\n"
            "医生还给老人们讲了夏季防暑的注意事项。\n")
    doc, report = clean(page)
    body = "\n".join(texts(doc))
    assert "发布日期" not in body
    assert ("meta-lines.field-label-alone", "发布日期：") in _removed(report)


def test_a_guides_bare_position_label_is_no_breadcrumb():
    page = ("请假条的格式\n"
            "请假条不长，但有几处要写对，下面分开来说。\n"
            "一、抬头\n"
            "顶格写请假对象的称呼，后加冒号。\n"
            "二、落款\n"
            "- 位置：\n"
            "放在正文的右下方，先写请假人，再写日期。\n"
            "- 日期：\n"
            "写请假当天的日期，年、月、日写全。\n")
    doc, report = clean(page)
    body = "\n".join(texts(doc))
    assert "位置：" in body and "日期：" in body
    assert not any(rule in ("meta-lines.breadcrumb", "meta-lines.field-label-alone",
                            "meta-lines.field-label-alone-beside-chrome") for rule, _ in _removed(report))


def test_a_bare_time_label_under_the_title_among_the_sites_lines_still_goes():
    page = ("欢迎来到某某文书网，写作路上的好帮手！\n"
            "车库租赁合同\n"
            "时间：\n"
            "车库租赁合同【精选5篇】\n"
            "出租方（甲方）：某某\n"
            "承租方（乙方）：某某\n"
            "甲乙双方就车库租赁事宜，经协商一致，订立本合同。\n"
            "一、甲方将自有车库一间出租给乙方使用。\n"
            "二、租期一年，租金每月三百元。\n")
    doc, report = clean(page)
    assert "时间：" not in texts(doc)
    assert ("meta-lines.field-label-alone-beside-chrome", "时间：") in _removed(report)


def test_a_tables_number_cell_beside_an_empty_row_stays():
    page = ("某某社区便民服务事项清单\n"
            "序号 |\n"
            "服务事项 |\n"
            "办理地点 |\n"
            "||||\n"
            "1 |\n"
            "老年证办理 |\n"
            "社区服务大厅 |\n"
            "||\n"
            "2 |\n"
            "居住证明开具 |\n"
            "社区服务大厅 |\n")
    doc, report = clean(page)
    body = "\n".join(texts(doc))
    assert "1 |" in body and "2 |" in body
    assert not any(rule == "meta-lines.count-beside-chrome" for rule, _ in _removed(report))


def test_a_pieces_number_in_angle_marks_is_no_title():
    # "〈一〉" over the first of several reflections: the piece's number, kept as its heading.
    page = ("〈一〉\n"
            "这个暑假我跟着学院的服务队去城郊社区陪伴独居老人，每周去三次，一共去了六周。\n"
            "刚开始我总想着替老人干点活，后来才明白，老人更需要的是有人坐下来听他们说话。\n"
            "〈二〉\n"
            "我参加的是支教队，在一所村小给四年级的孩子上了两周自然课，最难忘的是带他们看星星。\n")
    doc, report = clean(page)
    assert report.title is None
    body = texts(doc)
    assert "〈一〉" in body and "〈二〉" in body
    assert not any(text == "〈一〉" for _, text in _removed(report))


def test_a_bare_chinese_numeral_over_the_first_part_is_no_title():
    page = ("一\n"
            "镇上的老街去年完成了改造，青石板路重新铺过，沿街的店铺统一换了木质招牌。\n"
            "改造期间，街道办每周开一次协调会，听取商户和居民的意见。\n"
            "二\n"
            "改造完成后，老街的客流比去年同期多了三成，周末常有外地游客专程来逛。\n")
    doc, report = clean(page)
    assert report.title is None
    assert "一" in texts(doc)
