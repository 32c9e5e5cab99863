"""A mobile page's unlabelled stamp under its title ("2026-04-12 09:30  阅读 1203"): the date with its
clock time, a view counter at most beside it, is the page's date (it went as chrome, the date lost);
a dated line saying anything more is no stamp."""

from __future__ import annotations

from helpers import clean, texts

PAGE = """返回
分享
社区开展旧衣回收进小区活动
{stamp}
为方便居民处理闲置衣物，社区在三个小区设置了旧衣回收箱，并安排志愿者现场讲解回收流程。
回收的衣物经过分拣，一部分捐给困难家庭，一部分交由正规企业再利用。
点赞 8
"""


def test_a_stamp_with_its_clock_and_counter_is_the_pages_date():
    for stamp in ("2026-05-09 18:05  阅读 388", "2026年5月9日 18:05", "2026/05/09 18:05:31 浏览量：12"):
        doc, report = clean(PAGE.format(stamp=stamp))
        assert report.date == "2026-05-09", stamp
        assert stamp.split()[0] not in "".join(texts(doc))  # (gone by the rules that know it, as before)


def test_a_dated_line_saying_more_is_no_stamp():
    _doc, report = clean(PAGE.format(stamp="2026-05-09 18:05 志愿者到达现场布置回收箱"))
    assert report.date is None  # (what becomes of the line is the boilerplate rules' business, as before)
    assert "metadata.date" not in [r["rule"] for r in report.removed]
