"""A unit's name alone is never the page's title (round 45): the masthead of a hospital's or a
school's news page over its headline, the issuer's cell of a government page's table of facts
printed one cell a line, a company's letterhead over a rule document with no title line.
Fixtures written for the project (made-up names and content)."""

from __future__ import annotations

from helpers import clean, texts

NEWS = ["为提升药学服务水平，医院药剂科近日举办岗位技能比武，全科三十余名药师参加了理论考试和处方审核两项比赛。",
        "比武结束后，科室对成绩优秀的药师进行了表彰，并将比武中暴露的薄弱环节列入下一阶段的培训计划。"]


def test_a_unit_name_over_a_headline_is_the_masthead():
    doc, report = clean("\n".join(["青川市第三人民医院", "练技能 比服务 药师岗位大比武", "  • 文:药剂科", *NEWS]))
    assert report.title == "练技能 比服务 药师岗位大比武"
    assert "青川市第三人民医院" not in texts(doc)


REPORT = ["县委第二巡察组：", "按照巡察反馈意见，我局逐项制定整改措施，现将整改情况报告如下。"]


def test_a_unit_name_over_its_document_name_is_no_title_and_stays():
    doc, report = clean("\n".join(["某某县市场监督管理局", "关于食品安全专项检查整改情况的报告", *REPORT]))
    assert report.title == "关于食品安全专项检查整改情况的报告"
    assert "某某县市场监督管理局" in texts(doc)


def test_a_unit_name_over_its_document_number_is_its_letterhead():
    doc, report = clean("\n".join(["某某县市场监督管理局", "某市监〔2025〕12号", "关于食品安全专项检查整改情况的报告",
                                   *REPORT]))
    assert report.title == "关于食品安全专项检查整改情况的报告"
    assert "某某县市场监督管理局" in texts(doc)


def test_a_unit_name_over_a_chapter_leaves_the_page_untitled():
    doc, report = clean("\n".join(["青禾新材料股份有限公司", "第一章 总 则",
                                   "第一条 为规范公司对外担保行为，防范经营风险，结合公司实际，制定本制度。",
                                   "第二条 本制度适用于公司及其控股子公司。"]))
    assert not report.title
    assert "青禾新材料股份有限公司" in texts(doc)


FACTS = ["政策文件 > 部门文件", "索引号:", "AB-0101-2024-00021", "发布机构:", "某某县教育局", "文号:",
         "某教发〔2024〕8号", "发布日期:", "2024-03-02"]


def test_the_issuer_cell_of_a_table_of_facts_is_no_title():
    _doc, report = clean("\n".join([*FACTS, "某某县教育局关于印发《2024年校园安全工作要点》的通知", "各中小学校:",
                                    "现将《2024年校园安全工作要点》印发给你们，请认真贯彻落实。"]))
    assert report.title == "某某县教育局关于印发《2024年校园安全工作要点》的通知"


def test_a_title_under_an_empty_cell_is_still_the_title():
    # "有效性:" with its cell empty: the line under it is the title, no value of the label.
    _doc, report = clean("\n".join(["索引号:", "AB-0101-2024-00021", "有效性:", "某某镇2024年主动公开基本目录",
                                    "为做好政府信息主动公开工作，现将本镇主动公开基本目录公布如下。"]))
    assert report.title == "某某镇2024年主动公开基本目录"

