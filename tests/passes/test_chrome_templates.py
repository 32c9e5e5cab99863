"""Template-site notes the rules learned from fresh7 and fresh8's pages (issue 18, eighth round):
a note that the text was cut "for reasons of length" (two sites), and a site boasting that it
"carefully chose" the samples before inviting the reader in (two sites). Each test keeps a
document line of a nearby shape. Fixtures are written for the project in the forms the real
pages take, not copied from them."""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

BODY = [f"第{n}部分：我们扎实推进各项工作，群众满意度稳步提高。" for n in range(1, 9)]


def page(*, head=(), tail=(), title="年度安全生产工作总结"):
    return "\n".join([title, *head, *BODY, *tail])


def test_a_cut_for_length_note_goes_at_the_top_or_the_foot():
    notes = ["因为篇幅原因无法全部展示,点击查看完整内容", "由于篇幅有限，不能完整显示。"]
    doc, report = clean(page(head=notes[:1], tail=notes[1:]))
    assert texts(doc) == BODY
    assert removed(report, "paywall.cut-for-length") == notes


def test_a_sentence_about_length_in_the_body_stays():
    sentence = "由于篇幅有限，本文只讨论安全培训，不能全部显示的数据见附表。"
    doc, report = clean(page(tail=[sentence]))
    assert texts(doc)[-1] == sentence
    assert removed(report, "paywall.cut-for-length") == []


def test_a_site_that_carefully_chose_the_samples_loses_its_lead_in():
    lead_ins = ["本站编辑为您精心挑选了安全生产工作总结范文，希望这些文章能给您一些思路。欢迎品读并收藏。",
                "导读：某某文秘网精心整理了安全工作总结例文供您参考和借鉴，欢迎阅读。"]
    for lead_in in lead_ins:
        doc, report = clean(page(head=[lead_in]))
        assert texts(doc) == BODY
        assert len(removed(report, "lead-in.carefully-chosen-samples")) == 1


def test_a_document_saying_it_prepared_materials_keeps_the_sentence():
    # The author's own report of the work: no sample texts, no invitation closing the line.
    own = "办公室精心准备了培训资料，组织全体职工认真学习，参训人数达三百人次。"
    doc, report = clean(page(head=[own]))
    assert texts(doc)[0] == own
    assert removed(report, "lead-in.carefully-chosen-samples") == []


def test_an_article_box_with_empty_recommender_and_source_fields_goes():
    # The box's labels print even when the site left their values empty; 推荐人 (who
    # recommended the article) is a site's label like 来源.
    box = "推荐人： 来源： 阅读： 3.15W 次"
    doc, report = clean(page(head=[box]))
    assert texts(doc) == BODY
    assert removed(report, "meta-lines.field-line") == [box]
    # A document's own form with a recommender's name is no box of fields: it stays.
    own = "推荐人：王建国"
    doc, _ = clean(page(head=[own]))
    assert texts(doc)[0] == own


def test_a_site_naming_itself_the_compiler_with_a_wish_for_the_reader_loses_its_lead_in():
    # Issue 18 (fresh13): no 小编, no 为大家: the site names itself with 由…整理 and invites or
    # wishes the reader well.
    lead_ins = ["请欣赏安全生产工作总结(精选4篇),由某某范文网整理,希望能够帮助到大家。",
                "安全生产工作总结三篇由某某文库收集,希望对你有用。"]
    for lead_in in lead_ins:
        doc, report = clean(page(head=[lead_in]))
        assert texts(doc) == BODY
        assert removed(report, "lead-in.site-voice-lead-in") == [lead_in]


def test_a_record_compiled_by_an_office_for_its_departments_stays():
    # The document's own sentence: an office compiles, the departments (no reader) are to use it.
    own = "本次检查记录由安全办公室整理汇总，希望各部门对照整改。"
    doc, report = clean(page(head=[own]))
    assert texts(doc)[0] == own
    assert removed(report, "lead-in.site-voice-lead-in") == []
