"""A document's own 网址 line where its readers apply, over the rest of its section or its
signer and date, stays; a page's own address after its text (only the site's lines, or nothing,
below it) goes (round 36). Fixtures written for the project, with made-up names."""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

NOTICE_HEAD = ["关于举办青禾区第二届手工艺大赛的通知", "各街道、各有关单位：",
               "为展示群众手工艺成果，经研究，决定举办青禾区第二届手工艺大赛。现将有关事项通知如下：",
               "一、参赛对象", "年满十六周岁、在本区居住或工作的手工艺爱好者。",
               "二、报名方式", "参赛者请登录大赛报名平台填写报名表。"]
SIGNATURE = ["青禾区文化服务中心", "2026年5月10日"]


def test_a_notices_apply_address_over_its_signature_stays():
    lines = [*NOTICE_HEAD, "网址：www.qinghe-craft-demo.cn", "报名截止时间为2026年6月30日。", *SIGNATURE]
    doc, report = clean("\n".join(lines))
    assert "网址：www.qinghe-craft-demo.cn" in texts(doc)
    assert texts(doc)[-2:] == SIGNATURE
    assert removed(report, "meta-lines.address-at-the-end") == []


def test_a_notices_address_before_its_next_numbered_section_stays():
    lines = [*NOTICE_HEAD, "网址：www.qinghe-craft-demo.cn", "三、联系方式", "联系人：周老师"]
    doc, report = clean("\n".join(lines))
    assert "网址：www.qinghe-craft-demo.cn" in texts(doc)
    assert removed(report, "meta-lines.address-at-the-end") == []


def test_contact_fields_beside_a_kept_address_stay_too():
    lines = [*NOTICE_HEAD, "邮箱：apply@qinghe-craft-demo.cn", "网址：www.qinghe-craft-demo.cn", *SIGNATURE]
    doc, report = clean("\n".join(lines))
    assert texts(doc)[-4:] == lines[-4:]
    assert removed(report, "footer.contact-line-beside-chrome") == []


def test_a_pages_own_address_after_the_text_still_goes():
    article = ["青禾区举办手工艺大赛",
               "5月18日，青禾区第二届手工艺大赛在区文化馆举行，来自各街道的六十余名选手同台竞技。",
               "比赛设编织、剪纸、木作三个项目，评委从创意、工艺和实用性三方面打分。"]
    foot = ["地址：http://www.qinghe-news-demo.cn/news/20260518.html"]
    doc, report = clean("\n".join([*article, *foot]))
    assert texts(doc) == article[1:]
    assert removed(report, "meta-lines.address-at-the-end") == foot


def test_numbered_ways_to_apply_with_an_address_stay():
    ways = ["1. 电话报名：0000-24681357", "2. 网上报名，网址：www.lianhua-demo.cn",
            "3. 邮箱报名：stage@lianhua-demo.cn"]
    lines = ["莲花社区消夏晚会报名通知", "各位居民：", "社区将于八月举办消夏晚会，现面向居民征集节目。", "报名方式：",
             *ways, "莲花社区居委会", "2026年7月1日"]
    doc, report = clean("\n\n".join(lines))
    for way in ways:
        assert way in texts(doc)
    assert removed(report, "meta-lines.open-fact-row") == removed(report, "meta-lines.open-fact-row-tail") == []
