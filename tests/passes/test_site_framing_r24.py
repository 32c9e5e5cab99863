"""The site's framing sentences by form (issue 18, round 24): a last sentence sending the reader to
the site for more, an intro pointing down at "the sample below" it offers, a know-how page's
closing "以上为…的一般写法", and a summary box standing between the page's title and the title
printed again over the text. Near misses stay: a report's own last sentence about more work, a
speaker's first-person "下面我…", a writer's "以上是我的…", a paragraph above a repeated title that
announces nothing. Fixtures are written for the project with made-up words."""

from __future__ import annotations

from helpers import clean, outline, texts
from helpers import removed_by as removed

TITLE = "校园开放日活动怎么组织"
BODY = ["开放日前两周，要先确定参观路线和讲解人员，路线上的每个点位都安排一名学生志愿者。",
        "当天上午九点开始签到，家长凭预约码入校，志愿者按组带领参观，每组不超过二十人。",
        "活动结束后发放问卷，收集家长对课程和校园环境的意见，整理后在校务会上通报。"]


def test_a_last_sentence_sending_the_reader_to_the_site_is_cut():
    closing = "想了解更多校园活动方案，可以关注青禾教育网的其他文章。"
    doc, report = clean("\n".join([TITLE, *BODY[:-1], BODY[-1] + closing]))
    assert texts(doc) == BODY
    assert removed(report, "lead-in.more-from-the-site") == [closing]


def test_a_reports_own_last_sentence_about_more_stays():
    for last in ("明年我们将争取让更多家长走进校园。",
                 "如需了解更多情况，请与学校办公室联系。"):
        doc, report = clean("\n".join([TITLE, *BODY[:-1], BODY[-1] + last]))
        assert texts(doc)[-1] == BODY[-1] + last, last
        assert not removed(report, "lead-in.more-from-the-site"), last


LETTER = ["尊敬的班主任：", "您好！我是三年级二班的学生，因为下周要随父母去外地参加亲戚的婚礼，需要请假三天。",
          "请假期间我会按时完成老师布置的作业，回校后再把落下的课补上。", "恳请批准。", "此致", "敬礼！",
          "请假人：某某", "2024年5月8日"]


def test_an_intro_pointing_at_the_sample_below_goes():
    intro = ("请假条虽短，事由、时间和保证三样一样都不能少。"
             "下面这份请假条样稿，可供需要请假的同学对照修改。")
    doc, report = clean("\n".join([intro, *LETTER]))
    # (the signed date may be taken for the page's date: the metadata pass's matter)
    assert texts(doc)[:len(LETTER) - 1] == LETTER[:-1]
    assert removed(report, "lead-in.sample-pointed-below") == [intro]


def test_a_first_person_pointer_and_a_colon_pointer_stay():
    for intro in ("这次请假的事由比较特殊，下面我把自己写的请假条样稿附上，供老师参考。",
                  "请假条一般包括称呼、事由、时间和落款四个部分，下面的范文可供参考："):
        doc, report = clean("\n".join([intro, *LETTER]))
        assert texts(doc)[0] == intro, intro
        assert not removed(report, "lead-in.sample-pointed-below"), intro


GUIDE = ["请示是下级机关向上级机关请求指示或批准时使用的文书，格式主要包括以下几个部分：",
         "标题：一般写成“关于某某事项的请示”。", "主送机关：只写一个直接的上级机关。",
         "正文：写明请示的缘由、事项和要求，一文一事。", "结语：常用“妥否，请批示”等惯用语。"]


def test_a_know_how_pages_closing_line_on_the_usual_way_of_writing_goes():
    for outro in ("以上是请示的一般写法，各单位另有规定的从其规定。", "以上為請示的基本格式。"):
        doc, report = clean("\n".join(["请示的格式", *GUIDE, outro]))
        assert texts(doc) == GUIDE, outro
        assert removed(report, "lead-in.writing-outro") == [outro]


def test_a_writers_own_closing_line_stays():
    for outro in ("以上是我的述职报告，请各位领导和同事评议。", "以上报告，请审议。",
                  "以上格式要求自印发之日起执行。"):
        doc, report = clean("\n".join(["请示的格式", *GUIDE, outro]))
        assert texts(doc)[-1] == outro, outro
        assert not removed(report, "lead-in.writing-outro"), outro


PAGE_TITLE = "新生入学要准备哪些材料"
META = "2024-08-20 10:05:12 来源:某某教育网"
SECTIONS = ["报到前要准备什么", "录取通知书、身份证和户口本复印件要提前备好，证件照按学校要求的尺寸多洗几张。",
            "报到当天的流程", "先到所在学院签到领取材料，再到宿舍楼办理入住，最后到校医院完成入学体检。",
            "1.缴费", "学费可以在报到前通过学校缴费平台在线缴纳，保留好缴费凭证。",
            "2.领取校园卡", "校园卡在学院签到处统一发放，首次使用前需要在自助机上激活。"]


def test_a_summary_between_the_title_and_its_repeat_goes():
    summary = ("每年八月底，不少新生和家长都在问报到要带什么。"
               "本文从报到前的准备和报到当天的流程两方面介绍一下。")
    doc, report = clean("\n".join([PAGE_TITLE, META, summary, PAGE_TITLE, *SECTIONS]))
    assert removed(report, "lead-in.summary-between-titles") == [summary]
    assert texts(doc) == SECTIONS
    # The bare section names stay headings, the first one now the document's first line.
    assert outline(doc)[:2] == [(1, "报到前要准备什么"), (1, "报到当天的流程")]


def test_a_paragraph_above_the_repeated_title_that_announces_nothing_stays():
    opening = "每年八月底，学校都会迎来一批新面孔，校园里一下子热闹了起来。"
    doc, report = clean("\n".join([PAGE_TITLE, META, opening, PAGE_TITLE, *SECTIONS]))
    assert not removed(report, "lead-in.summary-between-titles")
    assert texts(doc)[0] == opening


NEWS = ["某县教育局今天在县实验小学举行校园阅读角揭牌仪式，首批五十所学校的阅读角同时启用。",
        "县教育局负责人表示，今年将再投入专项经费，为乡村小学补充图书一万册。"]
RELATED = "相关新闻"
ITEM = "某县中小学寒假托管服务下周开始报名"
TEASER = "某县教育局今天公布寒假托管服务安排，各校将开设为期两周的托管班，家长可自愿报名。"


def test_a_related_box_cut_after_its_first_item_goes():
    for tail, above in (([RELATED, ITEM, TEASER], []), ([RELATED, ITEM], []),
                        ([RELATED, ITEM, TEASER], ["校园 阅读"])):
        doc, report = clean("\n".join(["某县校园阅读角揭牌", *NEWS, *above, *tail]))
        # (the tag line stays, the blank between its Chinese words closed by typography)
        assert texts(doc) == [*NEWS, *("".join(line.split()) for line in above)], tail
        # (related-kind-box takes a relation-and-kind label and the item under it, rc36)
        assert removed(report, "recommendations.related-kind-box") == tail


def test_a_documents_own_closing_lines_under_no_box_label_stay():
    # A unit's name and a sentence; a label that names no relation; a sentence under the label.
    for tail in (["某县教育局办公室", TEASER], ["工作安排", ITEM, TEASER],
                 [RELATED, "请各校在下周五前报送托管班的开设情况，逾期不再受理。"]):
        doc, report = clean("\n".join(["某县校园阅读角揭牌", *NEWS, *tail]))
        assert texts(doc)[-len(tail):] == tail, tail
        assert not removed(report, "recommendations.box-first-item"), tail


DAY_LIST = ["乡村小学该不该合并?", "老城区停车难怎么解", "从一场暴雨看城市排水"]
COLUMN = ["每到学年结束，乡村小学合并的消息就会出现在地方新闻里，赞成和反对的声音都不少。",
          "其实，合并与否不必二选一，把空教室开放给社区，学校也能成为村子的公共空间。"]


def test_other_titles_between_the_title_and_its_repeat_go():
    # The day's list of articles, the page's own first: taken for the title, printed again below.
    doc, report = clean("\n".join([*DAY_LIST, DAY_LIST[0], "☉某某", *COLUMN]))
    assert removed(report, "recommendations.titles-between-copies") == DAY_LIST[1:]
    assert texts(doc)[-2:] == COLUMN


def test_the_pages_own_title_forms_between_the_copies_stay():
    # A sample marker and the sample's own title name the page's title: the document's.
    page = "公司车辆管理制度(精选8篇)"
    doc, report = clean("\n".join([page, "公司车辆管理制度 篇1", "公司车辆管理制度", page,
                                   "第一条为加强公司车辆管理，保障行车安全，制定本制度。"]))
    assert not removed(report, "recommendations.titles-between-copies")
    assert texts(doc)[:2] == ["公司车辆管理制度篇1", "公司车辆管理制度"]


def test_a_numbered_contents_list_between_the_copies_stays():
    page = "2024年安全生产文件汇编"
    contents = ["1.关于开展安全生产大检查的通知", "2.关于做好汛期安全防范工作的通知"]
    doc, report = clean("\n".join([page, *contents, page,
                                   "为进一步做好安全生产工作，现将今年印发的有关文件汇编如下，供各单位学习使用。"]))
    assert not removed(report, "recommendations.titles-between-copies")
    assert texts(doc)[:2] == contents
