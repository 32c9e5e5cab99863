"""Chrome lines told by their form, not their wording (issue 18, seventh round): lines of
separators, lines made only of page facts (chrome words, links, machine dates, counts), a name
beside a machine-printed date, rules matched on the simplified form of a traditional line.
Fixtures are written for the project in the forms real pages take."""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

BODY = [f"第{n}部分：我们扎实推进各项工作，群众满意度稳步提高。" for n in range(1, 13)]


def page(*, head=(), tail=(), title="2024年社区服务工作总结"):
    return "\n".join([title, *head, *BODY, *tail])


def test_lines_of_separators_go_at_the_top_and_the_foot():
    doc, report = clean(page(head=["｜", "| |"], tail=["/", "\u203a"]))
    assert texts(doc) == BODY
    assert removed(report, "meta-lines.separator-line") == ["｜", "| |", "/", "\u203a"]


def test_a_table_row_drawn_with_bars_is_no_separator_line():
    row = "| 项目 | 完成情况 |"
    doc, report = clean(page(tail=[row]))
    assert row in texts(doc)
    assert not removed(report, "meta-lines.separator-line")


def test_lines_made_only_of_page_facts_go():
    head = ["【收藏】 【复制链接】 | 12", "+ 加入清单"]
    tail = ["【顶】 12 【踩】 3", "相关新闻 |"]
    doc, report = clean(page(head=head, tail=tail))
    assert texts(doc) == BODY
    assert removed(report, "meta-lines.page-facts-head") == head
    assert removed(report, "meta-lines.page-facts-tail") == tail


def test_a_line_with_a_word_of_the_document_beside_the_counts_stays():
    # "下载" and a count, but "课件" and "份" tell of the document: the coverage test fails.
    line = "全年共下载课件 320 份"
    doc, _ = clean(page(head=[line]))
    assert line in texts(doc)


def test_a_name_beside_a_machine_printed_date_at_the_top_goes():
    head = ["某某日报 2018-6-3", "城南社区网 http://www.example.org/ 2019-04-02 08:15:40 【阅读】"]
    doc, report = clean(page(head=head))
    assert texts(doc) == BODY
    assert removed(report, "meta-lines.name-and-stamp") == head


def test_a_dated_field_of_the_document_itself_stays():
    fields = ["会议时间 2023-05-06 14:00", "填报日期 2024-01-05"]
    doc, _ = clean(page(head=fields))
    assert texts(doc)[:2] == fields


def test_a_machine_date_with_the_column_name_goes_and_a_date_in_words_stays():
    doc, report = clean(page(head=["2021-09-14总结报告"]))
    assert texts(doc) == BODY
    assert removed(report, "meta-lines.stamp-and-column") == ["2021-09-14总结报告"]
    signed = ["城南街道办事处", "2024年1月5日"]
    doc, _ = clean(page(tail=signed))
    assert texts(doc)[-2:] == signed


def test_the_last_button_of_a_cut_share_row_goes():
    doc, report = clean(page(head=["｜ 微博3"]))
    assert texts(doc) == BODY
    assert removed(report, "meta-lines.bar-fragment") == ["｜ 微博3"]


def test_traditional_lines_are_matched_by_the_simplified_rules():
    # 註 was missing from the fold table: "轉載請註明出處" did not read as 转载请注明出处.
    note = "本站文章版權屬於原作者，轉載請註明出處"
    doc, report = clean(page(tail=[note]))
    assert texts(doc) == BODY
    assert removed(report, "footer.reprint-note") == [note]


SAMPLES = ["第一部分：我们扎实推进各项工作，群众满意度稳步提高。", "第二部分：我们认真落实各项制度，安全形势保持平稳。"]


def test_a_genre_definition_above_the_first_sample_goes():
    definition = "应急预案是针对可能发生的突发事件预先制定的行动方案，它明确了谁来做、怎样做。"
    text = "\n".join(["社区应急预案3篇", definition, "社区应急预案篇1", *SAMPLES, "社区应急预案篇2", *SAMPLES])
    doc, report = clean(text)
    assert removed(report, "lead-in.definition-before-samples") == [definition]
    assert texts(doc)[0] == "社区应急预案篇1"


def test_a_definition_opening_the_document_itself_stays():
    # No sample marker under it: the body's first sentence defines its subject.
    definition = "网格化管理是把社区划成若干网格、每格配一名网格员的工作方法，今年我们全面推行。"
    doc, report = clean("\n".join(["社区网格化管理工作总结", definition, *SAMPLES]))
    assert texts(doc)[0] == definition
    assert not removed(report, "lead-in.definition-before-samples")


def test_the_fold_table_covers_the_traditional_forms_hanziconv_lacked():
    from reportfmt.passes.script import to_simplified

    assert to_simplified("轉載請註明本週羣衆爲併証滙鑑") == "转载请注明本周群众为并证汇鉴"
    # Mapped as OpenCC does: hanziconv had 崃, 泸, 钖, 谘, 迳 for these.
    assert to_simplified("峽濾錫諮逕") == "峡滤锡咨径"
    # 著 is a simplified character too (显著, 著作): never folded to 着.
    assert to_simplified("顯著") == "显著"


def test_a_counter_printed_as_its_word_over_its_number_goes():
    head = ["阅读", "2315", "下载", "47"]
    tail = ["全部评论", "6"]
    doc, report = clean(page(head=head, tail=tail))
    assert texts(doc) == BODY
    # The bare counts at the top go by meta-lines.count-alone already; their words go beside them.
    assert [r["text"] for r in report.removed if r["rule"] in {"meta-lines.count-label", "meta-lines.count-alone"}] == [
        *head, *tail]
    assert removed(report, "meta-lines.count-label") == ["阅读", "下载", "全部评论", "6"]


def test_a_counter_word_without_a_count_beside_it_stays():
    # "评论" heading a part of the document, a number inside the body: neither is a counter.
    body = [*BODY[:6], "评论", "同事们对这项工作给予了较高评价。", "2", *BODY[6:]]
    doc, report = clean("\n".join(["2024年社区服务工作总结", *body]))
    assert texts(doc) == body
    assert not removed(report, "meta-lines.count-label")


def test_the_source_named_alone_after_the_text_goes_and_a_sentence_about_sources_stays():
    doc, report = clean(page(tail=["文章来源：某某晚报"]))
    assert texts(doc) == BODY
    assert removed(report, "meta-lines.source-at-the-end") == ["文章来源：某某晚报"]
    funding = "来源：区财政拨款，已于三月全部到位。"
    doc, _ = clean(page(tail=[funding]))
    assert texts(doc)[-1] == funding


def test_a_forum_reply_counter_after_the_text_goes():
    doc, report = clean(page(tail=["2 回复", "回复 1"]))
    assert texts(doc) == BODY
    assert removed(report, "meta-lines.page-facts-tail") == ["2 回复", "回复 1"]
