"""Meta lines of forms that stayed on pages nobody tuned on (issue 18, round 44, mt44): a listing's
next items' dates, each between its headline and its lead, of the shape of the first item's date
the rules took (meta-lines.item-date); the posting office and the original link as Taiwan's and
Hong Kong's bulletins label them (發佈單位, 發佈部門, 原始連結). A letter's closing date under its
signer, a log's dates under each day's text and a notice's own fields stay. Fixtures are made up.
"""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed

HEADLINES = ["青禾水务开展汛前供水管网巡查", "青禾水务举办用水报装服务开放日", "青禾水务完成城东加压泵站改造"]
LEADS = ["四月十日起，青禾水务组织管网所对城区主干管网开展为期一周的巡查，对发现的隐患建立台账。",
         "三月二十一日，青禾水务在营业大厅举办开放日，邀请企业代表现场体验新的报装流程。",
         "城东加压泵站改造工程近日完工，新换的两台水泵让周边小区高峰时段的水压明显回升。"]
DATES = ["2025.04.11", "2025.03.22", "2025.03.02"]


def test_a_listings_item_dates_go_with_the_first():
    from reportfmt.passes.boilerplate import echoes
    (first, _rule), (headline, date, lead) = echoes.DATE_ECHO_EXAMPLE
    assert echoes._date_shape(first) == echoes._date_shape(date)
    assert echoes._item_headline(headline)
    lines = [line for item in zip(HEADLINES, DATES, LEADS, strict=True) for line in item]
    doc, report = clean("\n".join(lines))
    assert [t for t in texts(doc) if t in DATES] == []
    assert removed(report, "meta-lines.item-date") == DATES[1:]
    for lead in LEADS:
        assert lead in texts(doc)


def test_a_date_of_another_shape_in_the_listing_stays():
    # Only the shape the rules took is the listing's: a date written in words is the text's own.
    lines = [HEADLINES[0], DATES[0], LEADS[0], HEADLINES[1], "2025年3月22日", LEADS[1]]
    doc, report = clean("\n".join(lines))
    assert "2025年3月22日" in texts(doc)
    assert not removed(report, "meta-lines.item-date")


def test_a_letters_closing_date_under_its_signer_stays():
    # Two sample letters on one page: each closes with its unit and its date, the next one's text
    # right under it. The unit is a signer, no headline.
    letter = ["亲爱的同学们：",
              "上周课间我们在洗手池边数了数，一共有三个龙头没有拧紧，水一滴一滴地往下掉。",
              "请大家洗手后随手关紧龙头，发现漏水及时告诉老师，让每一滴水都用在该用的地方。"]
    lines = ["节约用水倡议书", "2025.03.02", *letter, "青禾县第一中学团委办公室", "2025.03.22",
             *letter[1:], "青禾县第二中学学生会", "2025.03.23"]
    doc, report = clean("\n".join(lines))
    assert "2025.03.22" in texts(doc) and "2025.03.23" in texts(doc)
    assert not removed(report, "meta-lines.item-date")


def test_a_logs_dates_under_each_days_text_stay():
    days = ["今天第一次跟着师傅巡线，走了六公里，记下了十四个阀门井的位置和编号。",
            "上午整理昨天的巡线记录，下午跟师傅学习用听漏仪判断管道有没有暗漏。",
            "独立巡查了东区的两条支管，发现一处井盖松动，已经报给班组长安排维修。"]
    lines = ["实习日志", "2025.03.02", days[0], "2025.03.03", days[1], "2025.03.04", days[2]]
    doc, report = clean("\n".join(lines))
    assert "2025.03.03" in texts(doc) and "2025.03.04" in texts(doc)
    assert not removed(report, "meta-lines.item-date")


@pytest.mark.parametrize("line", ["發佈單位:某某鄉", "发布单位：教务处", "發佈部門:", "原始連結:https://example.gov.tw/News.aspx?n=8"])
def test_a_bulletins_posting_office_and_original_link_go(line):
    notice = ["某某鄉辦理長者健康檢查交通費補助", "發佈日期:2025-03-14 00:00:00", line,
              "為鼓勵偏遠聚落長者定期接受健康檢查，本所編列預算補助交通費，請符合資格者於公告期間內申請。",
              "申請時請檢附健康檢查收據影本及存摺封面影本各一份，逾期不再受理。"]
    doc, _report = clean("\n".join(notice))
    assert line not in texts(doc)
    assert texts(doc)[-2:] == notice[-2:]


def test_an_activity_plans_own_unit_fields_stay():
    plan = ["端午节社区活动方案", "一、活动主题：粽香飘万家，邻里共端午", "二、主办单位：某某社区居委会",
            "三、承办单位：某某社区文化站", "四、活动内容：包粽子比赛、猜灯谜、给独居老人送粽子。"]
    doc, _report = clean("\n".join(plan))
    assert texts(doc)[-4:] == plan[1:]


# The page's box between its facts and the title printed again over the article (edge_gaps.py,
# REPEATED_TITLE): a consultation's fields, a reader's buttons.
PAGE_TITLE = "青川县水利局关于征求河道管理办法修改意见的函"
ARTICLE = ["各乡镇人民政府、县直有关部门：为进一步规范全县河道管理，我局起草了河道管理办法（征求意见稿），现征求意见。",
           "请于四月五日前将书面意见反馈我局办公室，逾期未反馈的视为无意见。"]


def test_a_box_between_the_pages_facts_and_the_title_again_goes():
    box = ["时限:", "截止:2024-04-05", "征集状态:", "已结束 查看征集结果", "结果反馈日期:"]
    doc, report = clean("\n".join([PAGE_TITLE, "来源：县水利局 发布时间：2024-03-21", *box, PAGE_TITLE, *ARTICLE]))
    assert removed(report, "meta-lines.edge-gap") == box
    assert texts(doc) == ARTICLE


def test_a_notices_issuers_over_a_piece_of_its_title_stay():
    # A 公文's joint issuers over its title: a unit's name is the document's, whatever stands below it.
    issuers = ["中共青川县某某镇委员会", "青川县某某镇人民政府"]
    title = "关于印发某某镇农村人居环境整治工作方案的通知"
    doc, report = clean("\n".join([f"{issuers[1]}{title}", "来源：某某镇 发布时间：2024-02-29",
                                   *issuers, title, *ARTICLE]))
    assert issuers[0] in texts(doc)
    assert not removed(report, "meta-lines.edge-gap")


def test_more_than_a_boxs_lines_over_the_title_again_stay():
    lines = ["时限:", "截止:2024-04-05", "征集状态:", "已结束", "结果反馈日期:", "意见数量:", "反馈方式:"]
    _doc, report = clean("\n".join([PAGE_TITLE, "来源：县水利局 发布时间：2024-03-21", *lines, PAGE_TITLE, *ARTICLE]))
    assert not removed(report, "meta-lines.edge-gap")


def test_a_box_under_the_lines_the_title_pass_took_over_the_title_again_goes():
    # The page's date, its unit and its column over the title went with the title pass
    # (meta-lines.above-title): they anchor the box under them, down to the title's copy.
    head = ["今天是:2024年03月21日", "青川县水利局", "征集调查", "主题:", PAGE_TITLE]
    box = ["时限:", "截止:2024-04-05", "征集状态:", "已结束 查看征集结果", "结果反馈日期:"]
    doc, report = clean("\n".join([*head, *box, PAGE_TITLE, *ARTICLE]))
    assert removed(report, "meta-lines.edge-gap") == box
    assert texts(doc) == ARTICLE


def test_an_essays_own_title_over_the_page_titles_copy_stays():
    # Nothing above it went as the page's chrome: the line under the page's title is the essay's.
    lines = ["纪录片《山路上的信》观后感", "把平凡的路走成信念", "——纪录片《山路上的信》观后感",
             "看完这部纪录片，我久久不能平静，一个乡村邮递员三十年走了几十万公里山路。",
             "他说信送到了，乡亲们的心就踏实了，这句话让我想了很久。"]
    doc, report = clean("\n".join(lines))
    assert "把平凡的路走成信念" in texts(doc)
    assert not removed(report, "meta-lines.edge-gap")
