"""A document whose sections each carry a date (a notice listing activities, a 工作简报's
entries, a 大事记) is no thread: no author marks its sections (dated_sections.py), so its
closing signer and date, and each section's own date, stay. Posts keep being read as posts by
what marks them: an author's byline beside the stamp, a clock on a line of its own. The pages
are written for these tests with made-up names and words, in the forms such pages take."""

from __future__ import annotations

import pytest

from reportfmt.read.extract import extract_main
from reportfmt.read.html import clean_tree

ACTIVITIES = [("2025年3月10日", "组织全校学生开展植树活动，每个班级认领一片绿地，由班主任带队完成栽种和浇水。"),
              ("2025年3月17日", "举办春季安全知识讲座，邀请消防队员讲解火灾逃生要领并现场演示灭火器的使用。"),
              ("2025年3月24日", "开展读书分享会，各年级推选两名同学上台介绍自己最喜欢的一本书。"),
              ("2025年3月31日", "进行校园环境大扫除，各班负责清理本班包干区域，学生会组织检查评比。")]
ENTRIES = [("4月2日", "局党组召开专题会议，研究部署全年安全生产工作，明确各科室的责任分工。"),
           ("4月9日", "局领导带队赴三个乡镇检查春耕备耕情况，协调解决化肥调运中的困难。"),
           ("4月16日", "举办全系统业务骨干培训班，六十余名干部参加了为期两天的集中学习。"),
           ("4月23日", "完成一季度统计数据的汇总上报，各项指标均按时报送，数据质量良好。")]
EVENTS = [("2024年1月15日", "公司召开年度工作会议，总结上一年经营情况，部署新一年的重点任务。"),
          ("2024年3月8日", "公司工会组织女职工开展健步走活动，两百多名职工参加。"),
          ("2024年6月20日", "新建的二号生产车间正式投产，年产能提高百分之三十。"),
          ("2024年9月12日", "公司通过质量管理体系复审认证，获得新的认证证书。"),
          ("2024年12月28日", "公司举办迎新年文艺汇演，各部门选送节目十余个。")]
# A schedule's clock times inside its sentences are the document's, not a post's moment.
SCHEDULE = [("5月6日上午9:00", "在学校礼堂举行开幕式，全体参赛选手和指导教师准时入场。"),
            ("5月6日下午2:30", "在实验楼进行初赛，每位选手限时四十分钟完成作品。"),
            ("5月7日上午8:30", "在图书馆报告厅进行决赛答辩，评委现场打分。"),
            ("5月7日下午4:00", "在学校礼堂举行闭幕式并公布获奖名单。")]


def _notice() -> tuple[str, list[str]]:
    # each activity in a box of its own, its date on a line of its own
    items = "".join(f'<div class="item"><p class="d">{d}</p><p>{t}</p></div>' for d, t in ACTIVITIES)
    page = ('<html><head><title>关于开展三月份主题活动的通知 - 某某实验小学</title></head><body>'
            '<div class="nav"><a href="/">首页</a> <a href="/n">通知公告</a></div>'
            '<div class="main"><h1>关于开展三月份主题活动的通知</h1><p>各班级、各位老师：</p>'
            '<p>为丰富校园生活，学校决定在三月份开展以下主题活动，现将安排通知如下。</p>'
            f'<div class="list">{items}</div><p>请各班认真组织，确保活动安全有序。</p>'
            '<p class="sign">某某实验小学教导处</p><p class="date">2025年3月5日</p></div>'
            '<div class="foot">版权所有 某某实验小学</div></body></html>')
    return page, ["某某实验小学教导处", "2025年3月5日", *(d for d, _ in ACTIVITIES)]


def _brief() -> tuple[str, list[str]]:
    # each entry opens with its month and day, in an element of its own, then the sentence
    items = "".join(f'<div class="entry"><span class="t">{d}</span><div class="c">{t}</div></div>' for d, t in ENTRIES)
    page = ('<html><head><title>工作简报第5期 - 某某县农业农村局</title></head><body>'
            '<div class="top"><a href="/">网站首页</a></div>'
            f'<div class="content"><h2>工作简报</h2><p>第5期</p>{items}'
            '<p>某某县农业农村局办公室</p><p>2025年4月30日</p></div></body></html>')
    return page, ["第5期", "某某县农业农村局办公室", "2025年4月30日", *(d for d, _ in ENTRIES)]


def _chronicle() -> tuple[str, list[str]]:
    rows = "".join(f'<div class="row"><div class="when">{d}</div><div class="what">{t}</div></div>' for d, t in EVENTS)
    page = ('<html><head><title>2024年大事记 - 某某机械有限公司</title></head><body>'
            f'<div class="wrap"><h1>2024年大事记</h1>{rows}'
            '<p>某某机械有限公司党政办公室</p><p>二〇二五年一月五日</p></div></body></html>')
    return page, ["某某机械有限公司党政办公室", "二〇二五年一月五日", *(d for d, _ in EVENTS)]


def _schedule() -> tuple[str, list[str]]:
    items = "".join(f'<div class="step"><p>{d}，{t}</p></div>' for d, t in SCHEDULE)
    page = ('<html><head><title>关于举办科技创新大赛的通知 - 某某中学</title></head><body>'
            f'<div class="article"><h1>关于举办科技创新大赛的通知</h1><p>各年级：</p>{items}'
            '<p>某某中学团委</p><p>2025年4月28日</p></div></body></html>')
    return page, ["某某中学团委", "2025年4月28日", *(d for d, _ in SCHEDULE)]


PAGES = {"notice": _notice, "brief": _brief, "chronicle": _chronicle, "schedule": _schedule}
WORDS = {"notice": ACTIVITIES, "brief": ENTRIES, "chronicle": EVENTS, "schedule": SCHEDULE}


@pytest.mark.parametrize("kind", sorted(PAGES))
@pytest.mark.parametrize("site", ["", " - 阳光社区"])  # a neighbourhood's site: its title says 社区
def test_dated_sections_keep_their_dates_and_the_closing_signer(kind, site):
    page, kept = PAGES[kind]()
    page = page.replace("</title>", f"{site}</title>", 1)
    found = extract_main(clean_tree(page))
    text = "".join(found.text.split())
    assert found.posts == 0
    for line in [*kept, *(t for _, t in WORDS[kind])]:
        assert line in text, line
    assert not [r.text for r in found.removed if r.rule in ("extract.post-meta", "extract.outside")]


REPLIES = ["各位有没有推荐的家用净水器？预算两千左右，家里有老人和小孩。",
           "我家用的是反渗透的，出水口感不错，就是滤芯换得勤。",
           "建议先测一下水质，硬度不高的话超滤就够了。",
           "别买太便宜的，售后很重要，装好以后记得定期冲洗。"]


def _thread(stamp: str) -> str:
    # no forum software, address or title says "discussion": the posts are told by their form
    posts = "".join(f'<div class="post"><div class="by"><span>网友小{"甲乙丙丁"[i]}</span> {stamp.format(i + 3)}</div>'
                    f'<div class="msg">{w}</div><div class="bar">回复 举报</div></div>' for i, w in enumerate(REPLIES))
    return ('<html><head><title>家用净水器怎么选 - 某某生活网</title></head><body>'
            '<div class="nav"><a href="/">首页</a></div>'
            f'<div class="box"><h1>家用净水器怎么选</h1><div class="posts">{posts}</div>'
            '<div class="pages">共 1 页</div><div class="back">返回列表</div></div></body></html>')


@pytest.mark.parametrize("stamp", ["发表于 2025-2-{} 10:20", "2025年2月{}日"])
def test_posts_on_bylines_still_lose_their_chrome(stamp):
    found = extract_main(clean_tree(_thread(stamp)))
    assert found.posts == len(REPLIES)
    text = "".join(found.text.split())
    for words in REPLIES:
        assert words in text
    for chrome in ("网友小甲", "网友小丁", "回复举报", "共1页", "返回列表"):
        assert chrome not in text, chrome
