"""Title lines by form (round 24): a 发文字号 alone is the document's own line, never its title; a
line of a law site's field block (three field lines or more, one of them a page fact) is no title
with its facts under it; a channel printed twice over a headline and its text is the channel's;
a line over a path of steps ("位置:某网 > 资讯 > …") is the site's when a later line stands over
the page's own facts. Fixtures written for the project (made-up names and content)."""

from __future__ import annotations

import pytest

from helpers import clean, texts

TEXT = ["各乡镇人民政府，县直有关单位:",
        "现将《东州县农村道路养护办法》印发给你们，请认真贯彻执行。",
        "东州县人民政府办公室"]
# (A scrape that lost the addressees' line: the number stands right over the notice's text.)
NOTICE = TEXT[1:]


@pytest.mark.parametrize("number", ["东(dong)府办〔2021〕12号", "东府办〔2021〕12号", "东府办[2021]12号"])
def test_a_document_number_alone_is_kept_and_never_the_title(number):
    doc, report = clean("\n".join([number, *NOTICE]))
    assert report.title is None
    assert texts(doc)[0].replace("（", "(").replace("）", ")") == number
    assert number not in [r["text"] for r in report.removed]


def test_the_title_under_a_document_number_is_still_taken():
    doc, report = clean("\n".join(["东府办〔2021〕12号", "东州县人民政府办公室关于印发农村道路养护办法的通知", *TEXT]))
    assert report.title == "东州县人民政府办公室关于印发农村道路养护办法的通知"
    assert "东府办〔2021〕12号" in texts(doc)


FIELDS = ["发布机关:东州县人民政府", "发布日期:2021年05月06日", "生效日期:2021年05月06日", "有效性 :现行有效"]


def test_no_line_of_a_law_sites_field_block_is_the_title():
    doc, report = clean("\n".join([*FIELDS, *TEXT]))
    assert report.title is None
    assert texts(doc)[-3:] == TEXT


def test_a_title_with_a_colon_over_its_facts_is_still_the_title():
    _, report = clean("\n".join(["专题:东州县校园安全月活动", "发布日期:2024年03月05日", *TEXT]))
    assert report.title == "专题:东州县校园安全月活动"


NEWS = ["东州市第二中学举行春季田径运动会",
        "4月12日，东州市第二中学第二十届春季田径运动会在学校操场开幕，全校师生参加。",
        "本届运动会设有径赛、田赛和趣味项目共二十余项。"]


def test_a_channel_printed_twice_over_the_headline_is_the_channels():
    doc, report = clean("\n".join(["校园动态", "校园动态", *NEWS]))
    assert report.title == NEWS[0]
    assert texts(doc) == NEWS[1:]
    assert [r["text"] for r in report.removed if r["rule"] != "metadata.title"] == ["校园动态", "校园动态"]


def test_the_line_over_a_path_of_steps_is_the_sites_when_a_title_stands_over_the_facts():
    doc, report = clean("\n".join(["东州学习资源门户", "位置:东州学习网 > 资讯中心 > 写作 > 文章详情",
                                   "工作总结的开头怎么写", "作者:东州学习网 发布时间:2024-05-06 10:20:31",
                                   "写工作总结，开头要先交代总结的时间范围和主要工作，让读者一眼看清全文要说什么。",
                                   "开头不宜过长，两三句话即可。"]))
    assert report.title == "工作总结的开头怎么写"
    assert "东州学习资源门户" not in texts(doc)
