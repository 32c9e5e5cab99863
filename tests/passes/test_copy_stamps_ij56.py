"""Injected strings told by form (round 56): the source stamp a site's or blog platform's copy
handler appended to every copy of its text (injected.clipboard-source-stamp), and the
attribution a Q&A or blog platform appends (作者, 链接, 来源, then its rights sentence;
injected.copy-attribution-stamp), pasted into a repost glued after a sentence. Each test keeps a
document line that speaks of its source or its rights in words of its own. Fixtures are made up
for the project in the forms real pages take."""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "某某社区开展夏季防汛演练活动的总结"
BODY = [f"第{n}项：各网格按照分工扎实推进演练工作，居民参与热情较高。" for n in range(1, 9)]
SOURCE = "injected.clipboard-source-stamp"
ATTRIBUTION = "injected.copy-attribution-stamp"


def page(*lines: str) -> str:
    return "\n".join([TITLE, *BODY[:4], *lines, *BODY[4:]])


def test_an_old_handlers_source_stamp_glued_after_a_stop_goes():
    stamp = "本文来自: 青苗办公网(http://www.qingmiao-bg.com) 详细出处参考：http://www.qingmiao-bg.com/html/zj/2011/0612-3381.html"
    doc, report = clean(page("演练期间共发放宣传册三百余份。" + stamp))
    assert "演练期间共发放宣传册三百余份。" in texts(doc)
    assert removed(report, SOURCE) == [stamp]


def test_the_stamp_with_its_request_inside_goes_and_the_text_after_it_stays():
    stamp = "本文来自: 绿禾论坛(Www.lvhe-lt.com) 详细出处参考(转载请保留本链接)：http://www.lvhe-lt.com/html/a/15433.html"
    doc, report = clean(page("下一步还要加强宣传。" + stamp + " 各网格要认真落实。"))
    assert "下一步还要加强宣传。各网格要认真落实。" in texts(doc)
    assert removed(report, SOURCE) == [stamp]


def test_a_blog_platforms_reprint_stamps_with_their_address_go():
    csdn = "本文来自CSDN博客，转载请标明出处：http://blog.csdn.net/qingmiao2009/archive/2009/06/12/4263511.aspx"
    cto = "本文出自 “青苗小站” 博客，请务必保留此出处http://qingmiao.blog.51cto.com/123456/789012"
    doc, report = clean(page("本次演练共有三十名居民参加。" + csdn, "演练结束后大家交流了体会。" + cto))
    assert "本次演练共有三十名居民参加。" in texts(doc)
    assert "演练结束后大家交流了体会。" in texts(doc)
    assert removed(report, SOURCE) == [csdn, cto]


def test_a_sentence_naming_its_source_without_an_address_stays():
    lines = ["本文出自我在社区服务中心的工作日记，记录了演练的全过程。",
             "详细情况请参考区应急管理局网站www.qingmiao.gov.cn发布的通知。"]
    doc, report = clean(page(*lines))
    for line in lines:
        assert line in texts(doc)
    assert not removed(report, SOURCE)


def test_a_platforms_attribution_glued_on_one_line_goes_whole():
    stamp = ("作者：某某人 链接：https://www.example.com/p/3f2a1b4c5d6e 来源：某某社区 "
             "著作权归作者所有。商业转载请联系作者获得授权，非商业转载请注明出处。")
    doc, report = clean(page("第二天我们又去了敬老院。" + stamp + "活动结束后大家合影留念。"))
    assert "第二天我们又去了敬老院。活动结束后大家合影留念。" in texts(doc)
    assert removed(report, ATTRIBUTION) == [stamp]


def test_the_attributions_rights_line_goes_with_its_labelled_lines():
    lines = ["作者：青山不语", "链接：https://www.example.com/question/31234567/answer/98765432",
             "来源：某某问答", "著作权归作者所有。商业转载请联系作者获得授权，非商业转载请注明出处。"]
    doc, report = clean(page("我们帮助老人打扫房间，陪他们聊天。", *lines))
    assert "我们帮助老人打扫房间，陪他们聊天。" in texts(doc)
    assert not any("著作权" in text for text in texts(doc))
    assert removed(report, ATTRIBUTION) == [lines[-1]]


def test_a_contracts_rights_clause_stays():
    line = "第三条 作品著作权归作者所有。"
    doc, report = clean(page(line))
    assert line in texts(doc)
    assert not removed(report, ATTRIBUTION)


def test_a_video_sites_attribution_glued_after_a_stop_goes_with_its_stop():
    stamp = "作者：某某人 https://www.example.com/read/cv87654321 出处：examplesite。"
    doc, report = clean(page("第二天我们又去了敬老院。" + stamp + "大家都很高兴。"))
    assert "第二天我们又去了敬老院。大家都很高兴。" in texts(doc)
    assert removed(report, ATTRIBUTION) == [stamp]


def test_the_labelled_triple_glued_without_its_rights_sentence_goes():
    stamp = "作者：某某人 链接：https://www.example.com/p/1a2b 来源：某某社区"
    doc, report = clean(page("活动很成功。" + stamp))
    assert "活动很成功。" in texts(doc)
    assert removed(report, ATTRIBUTION) == [stamp]


def test_a_sentence_naming_its_author_and_where_it_came_from_stays():
    line = "本次总结作者：团支部 https://www.example.org 来源于一线实践。"
    doc, report = clean(page(line))
    assert line in texts(doc)
    assert not removed(report, ATTRIBUTION)
