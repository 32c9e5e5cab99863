"""A bare number beside the page's facts is a counter unless the text goes on counting its
parts (issue 18, seventeenth round). Fixtures are written for the project."""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

PARTS = ["院墙边那棵枣树是祖父栽下的，每到秋天，满树的枣子压弯了枝头，我们几个孩子总是围着它打转。",
         "后来祖父老了，摘枣的活儿落到了父亲身上，他搬来竹梯，一颗一颗地摘，从不舍得用竿子打。",
         "去年回乡，枣树已经砍掉了，院子里铺上了水泥，只有墙角还留着一圈浅浅的树根印子。"]


def test_a_part_number_under_the_pages_facts_stays():
    page = ["院里的枣树", "2023-04-12随笔散文周小禾", "1", PARTS[0], "2", PARTS[1], "3", PARTS[2]]
    doc, report = clean("\n".join(page))
    assert texts(doc)[-6:] == ["1", PARTS[0], "2", PARTS[1], "3", PARTS[2]]
    assert not removed(report, "meta-lines.count-beside-chrome")


def test_a_counter_beside_the_pages_facts_goes():
    page = ["院里的枣树", "2023-04-12随笔散文周小禾", "1", *PARTS]
    doc, report = clean("\n".join(page))
    assert removed(report, "meta-lines.count-beside-chrome") == ["1"]
    assert texts(doc)[-3:] == PARTS
    assert "1" not in texts(doc)


def test_two_counters_side_by_side_are_no_parts():
    # "0" likes then "1" comment: no paragraph stands between the number and its successor.
    page = ["院里的枣树", "2023-04-12随笔散文周小禾", "0", "1", *PARTS]
    doc, report = clean("\n".join(page))
    assert removed(report, "meta-lines.count-beside-chrome") == ["0", "1"]
    assert texts(doc)[-3:] == PARTS


# --- a news desk's production credits under the text -----------------------------------------

NEWS = [f"第{n}项：学院组织各教研室对本学期的课程建设、教学检查和学生竞赛工作逐项作了回顾，并排定了下学期任务。"
        for n in range(1, 9)]


def news_page(*tail):
    return "\n".join(["外语学院召开学期工作总结会", *NEWS, *tail])


def test_credits_one_a_line_with_spaced_labels_and_bars_go():
    tail = ["文 字丨某某学院办公室", "图 片丨某某学院宣传组", "美 编丨孙小雨", "责 编丨何一鸣", "终 审丨严 宁"]
    doc, report = clean(news_page(*tail))
    assert texts(doc)[-8:] == NEWS
    assert removed(report, "meta-lines.production-credits") == tail


def test_credits_chained_on_one_line_go():
    tail = ["撰稿:林某某 初审:韩某 复审:杜某某 终审:蒲某", "文字:赵某 孙某 校审:张某"]
    doc, report = clean(news_page(*tail))
    assert texts(doc)[-8:] == NEWS
    assert removed(report, "meta-lines.production-credits") == tail


def test_a_sentence_or_a_signing_field_under_the_text_stays():
    # A role word opening a sentence has no mark after it; a 公文's own 审核/签发 fields are
    # not the desk's credits.
    tail = ["摄影比赛的获奖作品将在图书馆一楼展出一个月。", "审核：周某", "签发：吴某"]
    doc, report = clean(news_page(*tail))
    assert texts(doc)[-3:] == tail
    assert not removed(report, "meta-lines.production-credits")


# --- the page's title printed again over several short lines ---------------------------------

NOTICE_BODY = ["各镇人民政府，区政府各部门：",
               "经区政府同意，现将《青石区城区公共停车场管理细则》印发给你们，请结合实际认真执行。",
               "青石区人民政府办公室",
               "2022年3月8日",
               "青石区城区公共停车场管理细则",
               "为规范城区公共停车场的建设和管理，方便群众出行，结合本区实际，制定本细则。",
               "一、本细则所称公共停车场，是指为社会车辆提供停放服务的场所。",
               "二、区住房城乡建设局负责全区公共停车场的统筹规划和监督管理。"]


def test_a_title_set_over_three_lines_under_the_headline_goes():
    lines = ["青石区人民政府办公室关于印发青石区", "城区公共停车场管理", "细则的通知"]
    page = ["青政办发[2022]7号青石区城区公共停车场管理细则的通知", "时间:2022-03-09 来源: 作者:",
            *lines, *NOTICE_BODY]
    doc, report = clean("\n".join(page))
    assert removed(report, "title.repeated-title") == lines
    assert texts(doc) == NOTICE_BODY


def test_short_lines_holding_the_title_among_other_words_stay():
    # The title's words inside a sentence set in short lines: more than an issuer and its
    # "关于印发" stand before them, so they are the text's, not the title again.
    lines = ["区里今天召开专题会议研究部署青石区城区", "公共停车场管理细则的通知", "下发后的落实工作"]
    page = ["青政办发[2022]7号青石区城区公共停车场管理细则的通知", "时间:2022-03-09 来源: 作者:",
            *lines, *NOTICE_BODY]
    doc, report = clean("\n".join(page))
    assert not removed(report, "title.repeated-title")
    assert texts(doc)[:3] == lines


# --- a link to the rest of an item ----------------------------------------------------------

def test_a_more_link_in_brackets_is_cut_and_the_words_before_it_kept():
    teasers = ["1.冬季用电要注意插座不能超负荷，出门前检查电器是否关闭...[详情]",
               "2.发现烟雾要弯腰低姿沿墙撤离，不要乘坐电梯...【点此查看详细内容】"]
    doc, report = clean(news_page(*teasers, "点击加载更多评论>>"))
    assert removed(report, "meta-lines.more-link") == ["[详情]", "【点此查看详细内容】", "点击加载更多评论>>"]
    # (the teaser's "..." goes too: the text's words are what stay)
    assert texts(doc)[-2:] == ["1.冬季用电要注意插座不能超负荷，出门前检查电器是否关闭",
                               "2.发现烟雾要弯腰低姿沿墙撤离，不要乘坐电梯"]


def test_asking_to_see_details_in_a_sentence_stays():
    line = "报名方式见学院通知，可登录教务系统点击查看详情。"
    doc, report = clean(news_page(line))
    assert texts(doc)[-1] == line
    assert not removed(report, "meta-lines.more-link")


# --- the title stamped in brackets before the first section ---------------------------------

def test_a_bracketed_title_glued_before_a_short_first_heading_goes():
    page = ["社区消防演练方案", "【社区消防演练方案】一、演练目的",
            "通过演练让居民熟悉疏散路线，掌握灭火器的使用方法，提高应对火灾的能力。",
            "二、演练时间", "本月第三个星期六上午九点，在小区中心广场集合。"]
    doc, report = clean("\n".join(page))
    assert removed(report, "title.repeated-title") == ["【社区消防演练方案】"]
    assert texts(doc)[0] == "一、演练目的"
    assert texts(doc)[2] == "二、演练时间"


def test_a_bracketed_other_name_before_a_heading_stays():
    page = ["社区消防演练方案", "【附件】一、演练分组名单",
            "通过演练让居民熟悉疏散路线，掌握灭火器的使用方法，提高应对火灾的能力。"]
    doc, report = clean("\n".join(page))
    assert not removed(report, "title.repeated-title")
    assert texts(doc)[0] == "【附件】一、演练分组名单"
