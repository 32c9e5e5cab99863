"""Injected strings told by form (round 54): a site's address stamped once into the text where a
clause ends (injected.address-stamp-after-clause), and a betting brand's
Latin code cut whole after a list's 、 (injected.gaming-brand-inline). Each test keeps a document
line that cites a site or names a program. Fixtures are made up for the project in the forms real
pages take."""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "某某街道开展夏季消防安全检查的实施方案"
BODY = [f"第{n}项：各社区按照分工扎实推进检查工作，群众满意度稳步提高。" for n in range(1, 9)]
RULE = "injected.address-stamp-after-clause"


def page(*lines: str) -> str:
    return "\n".join([TITLE, *BODY[:4], *lines, *BODY[4:]])


def test_a_mixed_case_address_glued_after_a_comma_goes_and_the_sentence_closes_again():
    doc, report = clean(page("去年冬天我请了好几次假，qingShu52.Net每次都是同事替我顶班。"))
    assert "去年冬天我请了好几次假，每次都是同事替我顶班。" in texts(doc)
    assert removed(report, RULE) == ["qingShu52.Net"]


def test_a_site_name_and_address_in_brackets_after_a_full_stop_go():
    doc, report = clean(page("每一次坚持都是一次成长。( 松风阅读网:www.songfengyd.net )"))
    assert "每一次坚持都是一次成长。" in texts(doc)
    assert removed(report, RULE) == ["( 松风阅读网:www.songfengyd.net )"]


def test_an_address_with_its_columns_promise_after_a_comma_goes():
    doc, report = clean(page("这样才能得出一个比较周全的结论,http://m.qingzw.cn/suibi/ 随笔栏目为您提供优美随笔。"))
    assert "这样才能得出一个比较周全的结论," in texts(doc)
    assert removed(report, RULE) == ["http://m.qingzw.cn/suibi/ 随笔栏目为您提供优美随笔。"]


def test_an_address_closing_a_headings_line_stays():
    doc, report = clean(page("四、网上报名 www.baiyunbm.net", "居民可在网上填写报名表，也可到社区现场报名。"))
    assert "四、网上报名 www.baiyunbm.net" in texts(doc)
    assert not removed(report, RULE)


def test_a_sentence_citing_a_site_keeps_its_address():
    lines = ["请于本月底前登录www.qingyun.gov.cn查询检查结果。",
             "检查结果同步在区政府网站，www.qingyun.gov.cn上公布。",
             "报名网址，www.baoming-qy.cn。",
             "通过某某市政府采购网（www.qyzfcg.gov.cn）发布采购公告。",
             "欢迎居民访问 www.qingyun.gov.cn",
             "系统采用ASP.NET开发，运行稳定。"]
    doc, report = clean(page(*lines))
    for line in lines:
        assert line in texts(doc)
    assert not removed(report, RULE)


def test_a_betting_code_after_a_lists_mark_goes_whole():
    line = "会上，全国人大代表、kq体育官网校长王某某传达了会议精神。"
    doc, report = clean(page(line))
    assert "会上，全国人大代表、校长王某某传达了会议精神。" in texts(doc)
    assert removed(report, "injected.gaming-brand-inline") == ["kq体育官网"]
