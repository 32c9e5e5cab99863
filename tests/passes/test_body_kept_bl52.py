"""Round 52 (bl52): a table flattened one cell a line, bar lines between its cells, keeps its cells.

Some scrapes print a table (a blank form's labels, a disclosure catalogue's rows) one cell a line,
each cell closed by a line of bare bars ("|", "||||"). The bar lines go as debris; the short cells
between them are the document's, not a site's tabs between two lines of chrome (between.py) nor a
gap at the page's edge (edge_gaps.py). A menu printed with bar lines between its short items still
goes. (Made-up pages in the forms seen; passes/boilerplate/bar_cells.py.)
"""

from __future__ import annotations

from helpers import clean, texts

FORM = ("志愿服务报名表\n"
        "学院: 班级: __________\n"
        "基本信息 |\n姓 名 |\n|\n年 级 |\n|\n籍 贯 |\n|\n||||\n"
        "服务意向 |\nA、社区敬老 B、图书整理 C、赛会引导 D、环境清洁 |\n||||\n"
        "每周空闲时段 |\n|\n特长爱好 |\n||||\n"
        "本人签名 __________\n"
        "说明:\n"
        "1.报名表请于周五前交至团委办公室,逾期不再受理,请各班相互转告。\n"
        "2.每人限报一项服务,服务时长计入综合测评,由团委统一审核认定。\n")

CATALOGUE = ("青石镇基层政务公开目录\n类别\n|\n公开内容\n|\n公开时限\n|\n"
             "机构职能类\n|\n镇领导班子成员分工、各站所职责和办事电话\n|\n长期公开\n|\n"
             "财务收支类\n|\n镇级年度预算决算和专项资金使用情况\n|\n每年公开\n|\n"
             "惠农补贴类\n|\n耕地保护补贴和农机购置补贴的发放标准\n|\n每季度公开\n|\n")

NOTICE = ("关于做好春季防火工作的通知\n"
          "|\n首页\n|\n机构概况\n|\n新闻中心\n|\n政务公开\n|\n办事服务\n|\n"
          "各村(社区):\n"
          "当前正值春季防火关键期,气候干燥,风力较大,野外用火增多,火灾风险明显上升,现就有关事项通知如下。\n"
          "一、严格管控野外用火,禁止焚烧秸秆和垃圾。\n"
          "二、加强巡查值守,发现火情及时报告处置。\n"
          "青石镇人民政府\n2025年3月10日\n")


def _removed(report) -> list[tuple[str, str]]:
    return [(r["rule"], r["text"]) for r in report.removed]


def test_a_forms_cells_between_bar_lines_stay():
    doc, report = clean(FORM)
    body = texts(doc)
    for cell in ("年级 |", "籍贯 |", "每周空闲时段 |", "特长爱好 |",
                 "A、社区敬老 B、图书整理 C、赛会引导 D、环境清洁 |"):
        assert cell in body
    removed = _removed(report)
    assert ("meta-lines.separator-line", "||||") in removed
    assert not any(rule in ("meta-lines.word-between-chrome", "meta-lines.edge-gap") for rule, _ in removed)


def test_a_catalogues_short_cells_between_bar_lines_stay():
    doc, report = clean(CATALOGUE)
    body = texts(doc)
    assert body[:3] == ["类别", "公开内容", "公开时限"]
    for cell in ("机构职能类", "长期公开", "财务收支类", "每年公开", "惠农补贴类", "每季度公开"):
        assert cell in body
    assert {text for rule, text in _removed(report) if rule != "metadata.title"} == {"|"}


def test_a_menu_between_bar_lines_still_goes():
    doc, report = clean(NOTICE)
    body = texts(doc)
    assert body[0] == "各村（社区）:"
    removed = _removed(report)
    for word in ("机构概况", "新闻中心", "政务公开", "办事服务"):
        assert ("meta-lines.word-between-chrome", word) in removed


PAPER = ("乡镇财政资金监管的做法与思考\n"
         "周某\n"
         "摘要:乡镇财政资金点多面广,监管力量薄弱。本文结合两个乡镇的做法,提出分级审核和公开公示的建议。\n"
         "关键词:  乡镇财政;资金监管;公开公示\n"
         "一、问题的提出\n"
         "近年来,上级转移支付资金逐年增加,乡镇一级的管理力量却没有相应增加,监管的难度随之加大。\n")


def test_a_papers_keyword_label_over_semicolon_keywords_stays():
    # A paper's 关键词 line lists its terms parted by semicolons: label and terms are its own.
    doc, report = clean(PAPER)
    assert "关键词：乡镇财政；资金监管；公开公示" in texts(doc)
    assert not any(rule.startswith("document-site.") for rule, _ in _removed(report))


def test_a_document_sites_keyword_box_still_goes():
    # A 文库 box's label over its keywords set apart by blanks: both the site's.
    page = PAPER.replace("关键词:  乡镇财政;资金监管;公开公示\n", "").replace(
        "周某\n", "周某\n上传人:林某 文档编号:20731 页数:4\n关键词:\n乡镇 财政 资金 监管\n")
    doc, report = clean(page)
    body = texts(doc)
    assert "关键词:" not in body and "乡镇 财政 资金 监管" not in body
    assert ("document-site.summary-label", "关键词:") in _removed(report)
