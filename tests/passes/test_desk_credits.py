"""A news desk's or a public account's credits under an item, in the roles sites print (issue 18,
round 18: surveyed on college, county, hospital and WeChat-mirror pages, not one page's words).
Fixtures are written for the project: made-up names, the credits' forms only."""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

NEWS = [f"第{n}项：社区组织志愿者对辖区内的老旧楼道、消防通道和公共绿地逐一作了清理，并登记了需要维修的设施。"
        for n in range(1, 9)]


def news_page(*tail):
    return "\n".join(["青柳社区开展环境整治周活动", *NEWS, *tail])


def test_editor_reviewer_and_producer_one_a_line_go():
    tail = ["编辑：钟小禾", "审核：潘立新", "监制：江海"]
    doc, report = clean(news_page(*tail))
    assert texts(doc)[-8:] == NEWS
    assert removed(report, "meta-lines.responsible-editor") == ["编辑：钟小禾"]
    assert removed(report, "meta-lines.desk-credit-beside-chrome") == ["审核：潘立新"]
    assert removed(report, "meta-lines.desk-credit-strong") == ["监制：江海"]


def test_several_desk_roles_on_one_line_go():
    tail = ["责任编辑：韦一舟 值班编辑：蓝若 主编：欧小川"]
    doc, report = clean(news_page(*tail))
    assert texts(doc)[-8:] == NEWS
    assert removed(report, "meta-lines.desk-credits-line") == tail


def test_a_named_editor_kind_alone_goes():
    tail = ["本期编辑丨苗一禾", "执行主编｜范青"]
    doc, report = clean(news_page(*tail))
    assert texts(doc)[-8:] == NEWS
    assert removed(report, "meta-lines.desk-credit-strong") == tail


def test_names_first_then_the_role_after_a_bar_go():
    tail = ["甘小路|图片", "柏 宁|文编", "谷一川|审核"]
    doc, report = clean(news_page(*tail))
    assert texts(doc)[-8:] == NEWS
    assert removed(report, "meta-lines.desk-credit-name-first") == tail


def test_a_forms_own_signing_fields_stay():
    # A 公文's or a form's own fields under its text: 审核 beside 签发, 编制/审核/批准 on one line.
    tail = ["审核：周某", "签发：吴某", "编制：林某 审核：许某 批准：郑某"]
    doc, report = clean(news_page(*tail))
    # (the blank before each next field's label stays: the fields do not run together)
    assert texts(doc)[-3:] == tail
    assert not removed(report, "meta-lines.desk-credit-beside-chrome")
    assert not removed(report, "meta-lines.desk-credits-line")


def test_a_plan_signed_by_its_planners_stays():
    # "策划"/"设计" are a plan's own signature: no desk role beside them.
    tail = ["策划：校学生会宣传部 设计：校团委"]
    doc, report = clean(news_page(*tail))
    assert texts(doc)[-1:] == tail  # (the blank before the next field's label stays)
    assert not removed(report, "meta-lines.desk-credits-line")


def test_a_books_editors_above_its_text_stay():
    # A book's own 主编/副主编 at its head are the document's, and a sentence naming the roles stays.
    page = ["乡土文化读本", "主编：任某某", "副主编：汤某 焦某",
            "主编和责任编辑对全书作了三次审读，校对工作由出版社完成。", *NEWS]
    doc, _report = clean("\n".join(page))
    assert "主编：任某某" in texts(doc)
    assert "副主编：汤某焦某" in texts(doc)  # the blank between two names is joined
    assert "主编和责任编辑对全书作了三次审读，校对工作由出版社完成。" in texts(doc)


def test_a_forms_empty_review_fields_at_the_top_stay():
    # An application form's own review boxes ("初审：", "复审：") above its text are the form's
    # (a page long enough that its top is no tail, where the desk's review-credits act).
    # (twenty-four items of their own: the same eight printed three times would be page debris)
    items = [line.replace("第1项", f"第{n}项", 1) for n in range(1, 25) for line in NEWS[:1]]
    page = ["职称评审申请表", "初审：", "复审：", *items]
    doc, report = clean("\n".join(page))
    assert not removed(report, "meta-lines.desk-credit-strong")
    assert "初审：" in texts(doc)
