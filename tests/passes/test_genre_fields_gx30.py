"""A whole document's own fields, signer lines and dates, which lie in the page's head (its first
characters) and look like a page's facts or its contact chrome: a signature block holding more
fields than the signer's (学号, 班级, 联系电话), a signer's line under the title with its date, an
agreement with no title opening on its parties and dated under a row of two signatures.
Fixtures written for the project (made-up names, other genres than the evaluation's)."""

from __future__ import annotations

import pytest

from helpers import clean, texts
from reportfmt.passes.elements import block_text

LETTER = ["尊敬的公司领导：", "我因家中老人住院需要陪护，特申请休假五天，期间工作已交由同事代为处理，恳请批准。"]


@pytest.mark.parametrize("close", [["此致", "敬礼！"], ["恳请领导批准。"]])
@pytest.mark.parametrize("fields", [
    ["请假人：韩小棠", "部门：仓储部", "联系电话：139XXXX2087"],
    ["申请人：邹明", "班级：2022级物流1班", "学号：2022XXXX31", "手机：150XXXX4412"],
    ["承诺人：蒋丽", "联系方式：186XXXX7390"],
])
@pytest.mark.parametrize("date", ["2023年11月2日", "2023.11.2", "2023-11-02", "2023年11月2日（星期四）"])
def test_a_signature_block_with_a_contact_field_and_its_date_stay(close, fields, date):
    # The fields under the signer's (its class, number, telephone) are the letter's own, and the
    # date under them closes it, however written: neither is a site's contact line nor the page's date.
    lines = [*LETTER, *close, *fields, date]
    doc, report = clean("\n".join(["请假申请", *lines]))
    assert texts(doc) == lines
    assert [r["rule"] for r in report.removed] == ["metadata.title"]


@pytest.mark.parametrize("signer", ["汇报人：营销部经理 方志远", "述职人：后勤处 石婉", "报告人：马腾飞"])
def test_a_signers_line_under_the_title_and_its_date_stay(signer):
    # "述职人：…" then the date under the title: the report's own head, not a row of the page's
    # facts over a publication date.
    body = ["尊敬的各位领导：", "今年以来，我在处党委的领导下，认真履行岗位职责，较好地完成了全年各项工作任务。"]
    doc, report = clean("\n".join(["2023年度工作汇报", signer, "2024年1月6日", *body]))
    assert texts(doc) == [signer, "2024年1月6日", *body]
    assert report.title == "2023年度工作汇报"


def test_a_page_date_under_its_title_still_goes():
    # A date alone under the title, nothing naming a signer above it: the page's date.
    body = ["今年以来，我在处党委的领导下，认真履行岗位职责，较好地完成了全年各项工作任务。"]
    doc, _ = clean("\n".join(["2023年度工作汇报", "2024年1月6日", *body]))
    assert texts(doc) == body


@pytest.mark.parametrize("parties", [
    ["甲方（委托人）：彭建华", "乙方（受托人）：某某家政服务部"],
    ["甲方：某某设计工作室", "乙方：江小鱼"],
    ["出卖人（以下简称甲方）：XXX", "买受人（以下简称乙方）：XXX"],
])
def test_an_agreement_with_no_title_keeps_its_parties(parties):
    # No title line: the first party's field is no title, and it stays in the text.
    clauses = ["乙方受甲方委托，于2024年6月1日至6月30日提供保洁服务，服务费共计三千元，服务结束后一次付清。"]
    ending = ["甲方（签字）：彭建华    乙方（签字）：某某家政服务部", "2024年5月28日"]
    doc, report = clean("\n".join([*parties, *clauses, *ending]))
    assert report.title is None
    kept = texts(doc)
    assert kept[:3] == [*parties, *clauses] and kept[-1] == "2024年5月28日" and len(kept) == 5
    assert "".join(kept[3].split()) == "".join(ending[0].split())
    assert [r["rule"] for r in report.removed] == []


@pytest.mark.parametrize("fields", [
    ["性别：男  身份证号码：5101XXXXXXXXXXXX47", "现住址：某某市高新区长林路12号"],
    ["性别：女  出生年月：1996年8月", "身份证号：3205XXXXXXXXXXXX60", "联系电话：158XXXX0931"],
])
def test_a_partys_fields_at_an_agreements_head_stay(fields):
    # The fields under a party's label (its sex, identity number, address) are the agreement's
    # own, however a scorer reads a line of fields at the page's top.
    head = ["甲方（聘用单位）：某某物业管理有限公司", "法定代表人：钱立群", "乙方（受聘人）：华晓晨", *fields]
    clauses = ["根据国家有关法律法规，甲乙双方在平等自愿、协商一致的基础上，签订本聘用合同，共同遵守。",
               "一、聘用期限自2024年3月1日起至2026年2月28日止。"]
    doc, report = clean("\n".join(["物业服务人员聘用合同", *head, *clauses]))
    assert ["".join(t.split()) for t in texts(doc)[:len(head)]] == ["".join(t.split()) for t in head]
    assert [r["rule"] for r in report.removed] == ["metadata.title"]


def test_run_in_heads_of_two_clauses_one_naming_a_person_with_yi_ge_stay_whole():
    # "不让一个孩子掉队": "一个" is the article, no amount making a rule of the head; the three heads
    # of one shape prove each other and run in whole, up to their full stop.
    heads = ["以站为家，守好一方平安", "以情暖人，不让一个老人孤单", "以学促干，提升服务水平"]
    bodies = ["站里只有四名工作人员，他一人承担巡查、调解和宣传三项工作，常年吃住在站里。",
              "辖区独居老人多，他为每位老人建立了联系卡，每周上门走访一次，帮助解决生活困难。",
              "他坚持学习法律知识，取得了调解员资格，所在站点连续多年被评为先进集体。"]
    lines = [f"{n}、{h}。{b}" for n, h, b in zip("一二三", heads, bodies, strict=True)]
    intro = "韦志强，男，1975年出生，某某镇综治服务站站长。他扎根基层十五年，把群众的事当成自己的事。"
    doc, _ = clean("\n".join(["扎根基层十五载 守护一方百姓平安", intro, *lines]))
    runins = [b.content[0] for b in doc.content[1:] if b.content and getattr(b.content[0], "classes", None)]
    assert [block_text(span) for span in runins] == [f"{n}、{h}。" for n, h in zip("一二三", heads, strict=True)]


@pytest.mark.parametrize("facts", ["共5页  4.5分（20人评价）", "共12页", "86KB  302人已下载"])
def test_a_file_name_with_its_facts_over_the_document_is_no_title(facts):
    # "….docx  共5页 …" names the uploaded file with the site's facts about it: the document's
    # own title is the line under it.
    body = ["为规范公司员工考勤管理，严肃工作纪律，根据国家有关规定，结合公司实际，制定本制度。",
            "第一条 本制度适用于公司全体员工。"]
    doc, report = clean("\n".join([f"员工考勤管理制度范本.docx  {facts}", "员工考勤管理制度", *body]))
    assert report.title == "员工考勤管理制度"
    assert texts(doc) == body


NEWS = ["区图书馆今天上午举办“书香满城”亲子阅读活动，120组家庭参加了绘本共读和故事接龙。",
        "馆长表示，今后将每月举办一次亲子阅读活动，让更多孩子爱上阅读。"]


@pytest.mark.parametrize("label", ["相关新闻", "相关报道", "延伸阅读"])
def test_two_titles_under_a_relation_label_closing_a_news_item_go(label):
    # A box of other items cut to two titles under its label, after the item's last sentence.
    box = ["区文化馆举办春季书法作品展", "区科技馆开展青少年科普周活动"]
    doc, report = clean("\n".join(["区图书馆举办亲子阅读活动", *NEWS, label, *box]))
    assert texts(doc) == NEWS
    assert [r["text"] for r in report.removed[1:]] == [label, *box]


def test_two_short_lines_under_a_label_naming_no_relation_stay():
    # "活动剪影" over two captions: the item's own lines, not a box of other pages.
    own = ["活动剪影", "家长和孩子共读绘本故事", "小读者参加故事接龙比赛"]
    doc, _ = clean("\n".join(["区图书馆举办亲子阅读活动", *NEWS, *own]))
    assert texts(doc) == [*NEWS, *own]


@pytest.mark.parametrize("name, signer", [("思想汇报", "汇报人：第二党支部 韩雪梅"), ("入党申请书", "申请人：方圆"),
                                          ("工作汇报", "报告人：XXX")])
def test_a_short_name_over_its_signers_line_is_the_title(name, signer):
    # The signer's line under a short document name is the document's own head, not a title
    # under a channel's label.
    body = ["敬爱的党组织：", "最近一段时间，我认真学习了党的理论知识，对党员的责任有了更深的认识。"]
    doc, report = clean("\n".join([name, signer, "2024年11月20日", *body]))
    assert report.title == name
    assert texts(doc) == [signer, "2024年11月20日", *body]
