"""The page title on sites nobody tuned for (issue 18, round 40, ti40).

Forms found on three sites or more: a hijacked page's own keyword <title> over the text (a pirate
video or gaming site's selling words in parts joined by "_", "|" or commas) is no title, the
headline under it is. Fixtures are made up.
"""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed

LETTER_TITLE = "一位老住户写给物业的感谢信"
LETTER = ["物业服务中心的各位师傅：",
          "上个月楼里的水管半夜爆裂，你们二十分钟就赶到了现场，一直忙到天亮。",
          "特此致谢！"]


@pytest.mark.parametrize("line", [
    "星河影院免费在线看_高清片源天天更新_手机观看不用安装",
    "星河影視免費在線看_最新片源每日更新_手機觀看無需安裝",
    "云澜娱乐最新网址,云澜娱乐热门入口|云澜娱乐官方推荐",
    "深夜电影在线观看_高清剧集一次看完_热门综艺抢先看",
])
def test_a_streaming_keyword_title_over_the_page_is_no_title(line):
    doc, report = clean("\n".join([line, LETTER_TITLE, *LETTER]))
    assert report.title == LETTER_TITLE
    assert texts(doc) == LETTER
    assert removed(report, "injected.streaming-keyword-title") == [line]


@pytest.mark.parametrize("title", [
    "社区电影放映活动方案_活动方案_青禾范文网",  # a real page title: its channel and its site
    "关于开展免费观影进社区活动的通知",
    "影视行业在线娱乐平台发展报告_第1页",
])
def test_a_page_title_naming_films_stays_the_title(title):
    _doc, report = clean("\n".join([title, *LETTER]))
    assert not removed(report, "injected.streaming-keyword-title")
    assert report.title


BODY = ["今年以来，社区党委把支部建在楼栋上，全年办结居民诉求三百余件。",
        "一、主要做法",
        "推行楼栋党小组和单元联络员制度，情况一周一汇总。"]


@pytest.mark.parametrize(("line", "title"), [
    ("2025年社区党委工作总结6篇(全文完整)", "2025年社区党委工作总结6篇"),
    ("倉管員年度工作總結2篇[必備]", "倉管員年度工作總結2篇"),
    ("村级防汛目标责任书 『范文1』", "村级防汛目标责任书"),
    ("物业服务年度工作总结【完整版】", "物业服务年度工作总结"),
])
def test_a_selling_tag_after_the_title_is_not_the_title(line, title):
    doc, report = clean("\n".join([line, *BODY]))
    assert report.title == title
    assert texts(doc) == BODY


@pytest.mark.parametrize("title", [
    "社区居民公约(试行)",
    "社区党委工作总结(通用5篇)",
    "文明养犬倡议书(精选)",
    "青川市人民政府工作报告(摘要)",
])
def test_a_bracketed_part_of_the_title_or_its_count_stays(title):
    _doc, report = clean("\n".join([title, *BODY]))
    assert report.title == title
