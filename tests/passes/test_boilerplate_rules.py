"""In-body rules per concept: exact text kept and removed, on small hand-written pages."""

from __future__ import annotations

from helpers import clean, texts

BODY = [f"第{n}段：我们认真落实各项工作，取得了明显成效。" for n in range(1, 9)]


def page(*, head=(), tail=()):
    return "\n".join(["2023年工作总结", *head, *BODY, *tail])


def removed_rules(report):
    return [r["rule"] for r in report.removed]


def test_meta_lines_at_the_top_go_with_their_rule_names():
    head = ["当前位置：首页 > 工作总结 > 正文", "来源：某某网 作者：张三", "浏览次数：1234", "字号：大 中 小"]
    doc, report = clean(page(head=head))
    assert texts(doc) == BODY
    assert removed_rules(report)[1:] == [
        "meta-lines.breadcrumb", "meta-lines.source-author-line", "meta-lines.view-count",
        "meta-lines.font-size-switch",
    ]


def test_responsible_editor_line_at_the_end_goes():
    doc, report = clean(page(tail=["本文来源：汇通网 责任编辑：NF011"]))
    assert texts(doc) == BODY
    assert "meta-lines.responsible-editor" in removed_rules(report)


def test_a_body_sentence_mentioning_the_source_is_kept():
    sentence = "资金来源：主要由财政拨款和社会捐助两部分组成，其中财政拨款占比超过六成，社会捐助逐年增加。"
    doc, _ = clean(page(head=[sentence]))
    assert sentence in texts(doc)


def test_document_site_chrome_goes():
    tail = ["下载本文档，文档为doc格式", "已阅读5页,还剩27页未读 继续免费阅读"]
    doc, report = clean(page(tail=tail))
    assert texts(doc) == BODY
    assert removed_rules(report)[1:] == ["document-site.download-this", "paywall.read-rest-for-free"]


def test_preview_ended_drops_its_line_and_what_follows_stays():
    # 文库 pages print it above the document's own summary text: nothing after it is dropped
    # for following it (other rules judge those lines).
    doc, report = clean(page(tail=["全文预览已结束", "第9段：这一段是文档的简介正文。"]))
    assert texts(doc) == [*BODY, "第9段：这一段是文档的简介正文。"]
    assert [r["text"] for r in report.removed[1:]] == ["全文预览已结束"]


def test_paywall_tail_is_cut_and_the_sentence_before_it_stays():
    last = "第八段：我们将继续努力。……(…省略854字,正式会员可完整阅读)"
    doc, report = clean("\n".join(["2023年工作总结", *BODY[:7], last]))
    assert texts(doc)[-1] == "第八段：我们将继续努力。……"
    assert report.removed[-1]["rule"] == "paywall.paywall-tail"


def test_a_watermark_stamped_on_every_chunk_is_cut_mid_word_keeping_bold():
    import panflute as pf

    from reportfmt.options import build_options
    from reportfmt.passes.elements import para
    from reportfmt.pipeline import run_passes

    rest = "落实各项工众一秘书网www.zyqmx.com作，取得了明显成效。"
    bold = pf.Para(pf.Str("第2段：我们"), pf.Strong(pf.Str("认真")), pf.Str(rest))
    doc = pf.Doc(para("2023年工作总结"), para(BODY[0]), bold, para(BODY[2]),
                 para("第4段：群众满意度众一秘书网 www.zyqmx.com持续提高。"))
    report = run_passes(doc, build_options())
    assert texts(doc)[1] == "第2段：我们认真落实各项工作，取得了明显成效。"
    assert texts(doc)[3] == "第4段：群众满意度持续提高。"
    assert isinstance(doc.content[1].content[1], pf.Strong)  # formatting kept around the cut
    cut = [r for r in report.removed if r["rule"] == "injected.site-watermark"]
    assert [r["text"] for r in cut] == ["众一秘书网www.zyqmx.com", "众一秘书网 www.zyqmx.com"]


def test_a_site_named_once_in_a_sentence_stays():
    sentence = "详情请登录中国政府网www.gov.cn查询，或拨打服务热线咨询。"
    doc, _ = clean(page(tail=[sentence]))
    assert sentence in texts(doc)


def test_page_chunk_marker_is_cut_and_the_word_rejoined():
    doc, report = clean(page(head=["我们要进一步加强管第2页 共3页理，提高工作效率。"]))
    assert "我们要进一步加强管理，提高工作效率。" in texts(doc)
    assert {"text": "第2页 共3页", "rule": "injected.page-of-pages"} in report.removed


def test_forum_jammer_noise_is_cut_and_a_formula_is_not():
    doc, report = clean(page(head=["今天我们去公园看了花展。v$ ^ A q& N1 Y)", "面积公式为 S = a * b + 1 c。"]))
    assert "今天我们去公园看了花展。" in texts(doc)
    assert "面积公式为 S = a * b + 1 c。" in texts(doc)
    assert [r["text"] for r in report.removed if r["rule"] == "forum.jammer"] == ["v$ ^ A q& N1 Y)"]


def test_a_teaser_repeating_the_body_start_goes_and_the_body_stays():
    teaser = "摘要：第1段：我们认真落实各项工作，取得…"
    doc, report = clean(page(head=[teaser]))
    assert texts(doc) == BODY
    assert {"text": teaser, "rule": "repeat.teaser"} in report.removed


def test_title_plus_first_characters_of_the_body_is_a_teaser():
    teaser = "2023年工作总结第1段：我们认真落实各项工作，取得了明"
    doc, report = clean(page(head=[teaser]))
    assert texts(doc) == BODY
    assert [r["rule"] for r in report.removed] == ["metadata.title", "repeat.teaser"]


def test_a_definition_before_the_xiaobian_lead_in_goes_with_it():
    definition = "工作总结是对一定时期内的工作加以回顾、分析和研究的书面材料。"
    lead_in = "下面是小编为大家整理的2023年工作总结，供大家参考。"
    doc, report = clean(page(head=[definition, lead_in]))
    assert texts(doc) == BODY
    assert removed_rules(report)[1:] == ["lead-in.definition-before-lead-in", "lead-in.xiaobian-lead-in"]


def test_a_definition_without_a_lead_in_is_body_text():
    definition = "工作总结是对一定时期内的工作加以回顾、分析和研究的书面材料。"
    doc, _ = clean(page(head=[definition]))
    assert definition in texts(doc)


def test_breadcrumbs_with_any_separator_go():
    # Half- and full-width separators (U+00BB, U+FF1E, U+203A), and none at all.
    crumbs = ["首页 \u00bb 工作总结 \u00bb 正文", "首页\uff1e工作总结\uff1e党建工作总结",
              "首页 \u203a 范文 \u203a 正文", "首页工作总结正文"]
    for crumb in crumbs:
        doc, report = clean(page(head=[crumb]))
        assert texts(doc) == BODY, crumb
        assert "meta-lines.breadcrumb" in removed_rules(report)


def test_page_chunk_numbers_glued_mid_word_are_cut_when_they_run_from_two():
    head = ["我们要进一步加强管2、理，提高工作效率。", "同时要完善各项制3、度，确保落实到位。"]
    doc, report = clean(page(head=head))
    assert "我们要进一步加强管理，提高工作效率。" in texts(doc)
    assert "同时要完善各项制度，确保落实到位。" in texts(doc)
    assert [r["text"] for r in report.removed if r["rule"] == "injected.page-chunk-number"] == ["2、", "3、"]


def test_an_inline_list_starting_at_one_is_not_a_chunk_marker():
    line = "主要措施包括1、加强管理2、完善制度，取得了良好效果。"
    doc, _ = clean(page(head=[line]))
    assert line in texts(doc)
    first_at_start = "1、加强管理2、完善制度，取得了良好效果。"
    doc, _ = clean(page(head=[first_at_start]))
    assert first_at_start in texts(doc)


def test_a_body_paragraph_about_the_copyright_holder_is_kept():
    sentence = ("其次，播客使版权问题更加复杂。有些歌曲可能会出现数千个版本，这有可能引发纠纷。"
                "唱片工会表示：“使用音乐时，一定要获得版权所有者或制作人的许可。”")
    doc, _ = clean(page(tail=[sentence]))
    assert sentence in texts(doc)


def test_comment_prompts_read_counts_and_escaped_markup_go():
    head = ['<SCRIPT LANGUAGE="JavaScript1.1" SRC="http://ad.example.com/show?user=x&db=y">']
    tail = ["(本文发表于首页批评与建议, 已被阅读178次)", "本文通告引用(Trackback)链接: /wp-trackback.php?p=1700",
            "《2023年工作总结》已有1件评论", "发表评论"]
    doc, report = clean(page(head=head, tail=tail))
    assert texts(doc) == BODY
    assert removed_rules(report)[1:] == [
        "markup.escaped-tag", "meta-lines.read-count-note", "meta-lines.trackback",
        "comments.comment-count-heading", "comments.comment-prompt",
    ]


def test_a_rule_from_its_cached_row_reads_its_pattern_texts_as_written():
    from reportfmt.passes.boilerplate import ruleset

    # Made up: a pattern with Chinese and full-width marks, whose rule form differs from it.
    rule = ruleset.Rule(name="made-up", concept="meta-lines", source="^来源：某某网$", where="head",
                        action="drop", max_chars=40, example="来源：某某网", form_source="^来源:某某网$")
    restored = ruleset._rule_from_row(ruleset._row_of(rule))
    assert "source" not in vars(restored)  # held as the row's bytes until read
    assert (restored.source, restored.form_source) == ("^来源：某某网$", "^来源:某某网$")
    assert type(restored.source) is str and restored == rule
    assert restored.form_pattern.search("来源:某某网") and not restored.form_pattern.search("来源：某某网")


def test_a_rules_row_leaves_out_its_default_fields_and_the_rule_reads_them_from_the_class():
    import re

    from reportfmt.passes.boilerplate import ruleset

    # Made up: a drop rule with one field set away from its default, its flags re's int.
    rule = ruleset.Rule(name="made-up-count", concept="meta-lines", source="^阅读[:：]\\d+$", where="anywhere",
                        action="drop", max_chars=30, example="阅读：12", beside_chrome=True, flags=int(re.I),
                        literals=("阅读",))
    row = ruleset._row_of(rule)
    assert set(row) == {"name", "concept", "_utf8_source", "_utf8_form_source", "where", "action", "max_chars",
                        "_utf8_example", "beside_chrome", "flags", "_utf8_literals"}
    assert type(row["flags"]) is int  # not the default's RegexFlag, so kept: the rule reads what was stored
    restored = ruleset._rule_from_row(row)
    assert restored == rule and restored.prose is False and restored.profile == "" and restored.needs == ""
    assert type(restored.flags) is int and restored.literals == ("阅读",)
    assert restored.__dict__ is not row  # each rule its own dict: a row read twice makes two rules
    assert restored.search("阅读：12") and not restored.search("阅读：十二")


def test_a_rule_from_its_cached_row_reads_its_literals_and_example_as_built():
    """The row holds a rule's literals joined in one UTF-8 bytes object and its example as UTF-8
    (decoded when read): a line reads the literals of the few rules it makes candidates."""
    from reportfmt.passes.boilerplate import ruleset

    # Made up: a footer rule with three literals, one of them Latin.
    rule = ruleset.Rule(name="made-up-footer", concept="footer", source="(?:版权所有|转载请注明|Copyright)",
                        where="tail", action="drop", max_chars=60, example="版权所有 某某文库",
                        literals=("版权所有", "转载请注明", "copyright"))
    row = ruleset._row_of(rule)
    assert row["_utf8_literals"] == "版权所有\0转载请注明\0copyright".encode()
    assert row["_utf8_example"] == "版权所有 某某文库".encode() and "literals" not in row and "example" not in row
    restored = ruleset._rule_from_row(row)
    assert "literals" not in vars(restored) and "example" not in vars(restored)  # not decoded until read
    assert restored.literals == ("版权所有", "转载请注明", "copyright") and restored.example == "版权所有 某某文库"
    assert vars(restored)["literals"] is restored.literals  # decoded once, then the rule's own field
    assert restored == rule and hash(restored) == hash(rule)
    assert restored.search("本文版权所有") and not restored.search("本文由网友上传")
    # No literals (always search), none at all, and one holding the joiner: kept as they are.
    for literals in (None, (), ("某\0某",)):
        other = ruleset.Rule(name="made-up-other", concept="footer", source="某某", where="tail", action="drop",
                             max_chars=20, example="某某", literals=literals)
        other_row = ruleset._row_of(other)
        assert "_utf8_literals" not in other_row and other_row.get("literals") == literals
        assert ruleset._rule_from_row(other_row).literals == literals


def test_every_shipped_rule_has_a_name_of_its_own():
    # A user's rule file replaces a shipped rule by naming it again (load_rules); inside the
    # shipped files a repeated name would silently drop the earlier rule instead.
    from collections import Counter

    from reportfmt.passes.boilerplate import ruleset

    files = tuple(ruleset._rule_files(()))
    _, rows = ruleset.parsed_rule_files(files)
    names = Counter(ruleset._rule_from_row(row).name for file_rows in rows for row in file_rows)
    assert [name for name, count in names.items() if count > 1] == []
    assert len(names) > 100
