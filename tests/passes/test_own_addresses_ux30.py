"""A document's own web addresses: an address given as a field's value (`报名网址：www.….cn`,
`招聘邮箱：…@….com`) or beside its unit's name (`市人社局网站 www.….gov.cn`, `某某有限公司
www.….com`) is the notice's, the announcement's or the company's own, wherever it stands; a
site's address stands alone at the foot, or beside its ICP and copyright lines, and still goes.
Fixtures written for the project (made-up names and addresses, several genres)."""

from __future__ import annotations

import pytest

from helpers import clean, texts

NOTICE = ["各有关单位：",
          "为做好今年职业技能培训补贴的申领工作，现将有关事项通知如下，请各单位认真组织，按时完成申报。",
          "申领人应当提交身份证复印件、培训合格证书等材料，并对所提交材料的真实性负责。"]
HIRING = ["某某新能源集团因业务发展需要，现面向2026届高校毕业生公开招聘研发、工艺和市场岗位人员若干名。",
          "应聘者请将个人简历发送至招聘邮箱，并在邮件标题中注明应聘岗位，我们将在五个工作日内回复。"]
COMPANY = ["本公司成立于2008年，专业从事园林绿化工程的设计与施工，承建了多项市级重点工程，深受客户好评。",
           "欢迎社会各界朋友莅临指导，洽谈合作。"]


@pytest.mark.parametrize("title,body,own", [
    ("关于职业技能培训补贴申领的通知", NOTICE,
     ["报名网址：www.pxbt2026.cn", "市人社局网站 www.shrsj.gov.cn", "咨询电话：0571-87654321"]),
    ("关于职业技能培训补贴申领的通知", NOTICE,
     ["申报平台：http://sb.rsj-demo.gov.cn/apply", "市就业服务中心 www.jyfw-demo.cn"]),
    ("2026年春季校园招聘公告", HIRING,
     ["招聘邮箱：hr@moumoukj.com", "报名网址：www.moumoukj.com/join", "某某科技有限公司 www.moumoukj.com"]),
    ("公司简介", COMPANY,
     ["电话：025-66778899", "南京青梅园林工程有限公司 www.qingmeiyl.com", "官网：www.qingmeiyl.com"]),
])
def test_a_documents_own_addresses_at_its_end_stay(title, body, own):
    # Fields and unit names with their addresses close the document: its own contact block.
    doc, report = clean("\n".join([title, *body, *own]))
    assert texts(doc) == [*body, *own]
    assert [r["rule"] for r in report.removed] == ["metadata.title"]


@pytest.mark.parametrize("chrome", [
    ["网址：www.moumoufw.com", "Copyright © 2024 某某范文网 版权所有", "备案号：京ICP备12345678号"],
    ["网址：http://www.moumoufw.com/fanwen/1234.html"],
])
def test_a_sites_address_at_the_foot_still_goes(chrome):
    # The page's own address, labelled bare, beside its copyright and ICP lines: the site's.
    body = COMPANY
    doc, report = clean("\n".join(["公司简介", *body, *chrome]))
    assert texts(doc) == body
    assert [r["text"] for r in report.removed][1:] == chrome


@pytest.mark.parametrize("line,own", [
    ("报名网址：www.pxbt2026.cn", True),
    ("市人社局网站 www.shrsj.gov.cn", True),
    ("某某科技有限公司 www.moumoukj.com", True),
    ("招聘邮箱：hr@moumoukj.com", True),
    ("报名网址：某某人才网（http://www.rencai-demo.com/）", True),
    # A site's own: its name ends in 网, or it says 本站, or the address stands alone, or other
    # facts share its line.
    ("某某范文网 www.moumoufw.com", False),
    ("本站网址：www.moumoufw.com", False),
    ("www.moumoufw.com", False),
    ("网址：www.moumoufw.com 联系QQ：12345678", False),
])
def test_the_scorer_leaves_a_documents_own_address(line, own):
    from reportfmt.passes.boilerplate.scored_guards import is_own_address

    assert is_own_address(line) is own


@pytest.mark.parametrize("letterhead", ["杭州云帆信息技术有限公司 www.yunfan-demo.com",
                                        "某某市第二人民医院 http://www.eryuan-demo.cn"])
def test_a_letterhead_with_its_address_stays_in_the_text(letterhead):
    # A unit's name and its address over a 函: the letter's own head, not the page's title (which
    # took it out of the text). (The 函's own name under it is not yet found as the title.)
    body = ["报价函", "致：某某市第一中学",
            "贵校所需的多媒体教室设备，我公司经认真核算，现报价如下，报价有效期为三十天，如有疑问请随时联系。",
            "杭州云帆信息技术有限公司", "2026年4月2日"]
    doc, report = clean("\n".join([letterhead, *body]))
    assert texts(doc)[0] == letterhead
    assert report.title != letterhead
