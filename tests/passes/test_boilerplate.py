"""Boilerplate pass: chrome goes, body text stays, every removal is recorded with its rule."""

from __future__ import annotations

import pytest

from helpers import clean, texts
from reportfmt.errors import ReportfmtError
from reportfmt.passes.boilerplate.ruleset import load_rules

BODY = ["今年以来，我们坚持以党建为引领。", "一、加强组织建设", "全年完成投资**亿元。"]


def page(*, head=(), tail=()):
    return "\n".join(["2023年工作总结", *head, *BODY, *tail])


def test_lead_in_and_repeated_title_are_removed():
    doc, report = clean(page(head=["下面是小编为大家整理的2022年工作总结,供大家参考。", "2022年工作总结"]))
    assert texts(doc) == BODY
    rules = [r["rule"] for r in report.removed]
    assert rules == ["metadata.title", "lead-in.xiaobian-lead-in", "title.repeated-title"]


def test_the_issuer_over_the_closing_date_is_a_signature_not_a_repeated_title():
    # A short 通告 page: the 落款 repeats most of the title but closes the document.
    doc, report = clean("XX县人民政府通告\n全县各单位要在三月底前完成春季防火检查。\n特此通告。\n"
                        "XX县人民政府\n二〇二四年三月八日")
    assert texts(doc)[-2:] == ["XX县人民政府", "二〇二四年三月八日"]
    assert [r["rule"] for r in report.removed] == ["metadata.title"]
    # The page repeating its title above the body goes, even with a date line under it (the
    # bare date line at the top of a page is its publication date: issue 18's meta line).
    doc, report = clean("XX县人民政府通告\nXX县人民政府通告\n2024年3月8日\n全县各单位要在三月底前完成春季防火检查。")
    assert [r["rule"] for r in report.removed] == ["metadata.title", "title.repeated-title",
                                                   "meta-lines.date-line-written"]
    assert texts(doc) == ["全县各单位要在三月底前完成春季防火检查。"]


def test_a_date_under_the_signer_that_closes_a_short_letter_is_the_letters_own():
    # A short 倡议书 signed by an office or a group whose name ends in no word of the date
    # rule's not_after ("…办", "…志愿队"): under a finished sentence and a name alone, with no
    # paragraph after it, the date closes the letter and stays.
    letter = ["各位居民朋友:", "为了让小区更整洁，我们倡议大家按时分类投放垃圾，不在楼道和门前堆放杂物，"
              "看到乱扔的垃圾随手捡起来。",
              "让我们一起行动起来！"]
    for signer in ("区创卫办", "绿色家园志愿队"):
        doc, report = clean("\n".join(["垃圾分类倡议书", *letter, signer, "2024年6月3日", "来源:社区服务站"]))
        assert texts(doc)[-2:] == [signer, "2024年6月3日"]
        assert [r["rule"] for r in report.removed if "date" in r["rule"]] == []
    # The same name and date above the letter's paragraphs are its byline: the date goes.
    doc, report = clean("\n".join(["垃圾分类倡议书", "社区通知。", "绿色家园志愿队", "2024年6月3日", *letter]))
    assert "2024年6月3日" not in texts(doc)


def test_a_short_letters_signer_under_its_close_is_the_letters_own():
    # On a short page the head (its first characters) reaches the letter's end: a person's name
    # alone, or with the date, under "敬礼！" or a wish is the signature, not a byline among the
    # page's facts (byline-names and name-and-date took it).
    letter = ["各位老师：", "新学期开始了，感谢大家一年来的辛勤付出，希望大家保重身体。"]
    for close, signature in ((["此致", "敬礼！"], ["李明华", "2024年9月1日"]),
                             (["祝新春快乐！"], ["王小红 2024-01-20"])):
        doc, report = clean("\n".join(["致全体教职工的一封信", *letter, *close, *signature]))
        assert texts(doc) == [*letter, *close, *signature]
        assert [r["rule"] for r in report.removed] == ["metadata.title"]
    # The same names under the title, above the text, are its byline among the page's facts.
    doc, report = clean("\n".join(["致全体教职工的一封信", "来源:校办", "李明华", *letter]))
    assert "李明华" not in texts(doc)


def test_recommendations_end_the_document_and_everything_after_is_recorded():
    tail = ["推荐访问:", "2021年工作总结", "版权所有:某某网 2005-2024", "备案号:辽ICP备05005627号-1"]
    doc, report = clean(page(tail=tail))
    assert texts(doc) == BODY
    assert [r["text"] for r in report.removed[1:]] == tail


def test_a_reading_tip_above_the_article_takes_only_its_own_line():
    # A short page whose "推荐阅读:" line repeats the opening of the article under it: on a
    # short page that line falls in the tail half, but the article is no list of other pages.
    article = ["今年暑期，我们学院的实践分队前往山区小学开展了为期两周的支教活动，队员们白天上课，晚上备课，"
               "虽然条件艰苦，但每个人都坚持了下来。",
               "出发前大家做了周密准备，分工负责课程、安全和宣传，每人都写好了教案，还向有经验的老师请教了"
               "课堂管理的办法。",
               "在支教点，我们和当地老师交流了教学方法，也走访了十几户学生家庭，了解到孩子们最需要的是"
               "有人陪伴和鼓励。",
               "两周时间很快过去，离开那天孩子们把自己画的画送给我们，这段经历让我们更加懂得了责任的分量。"]
    tip = "推荐阅读:今年暑期，我们学院的实践分队前往山区小学开展支教"
    doc, report = clean("\n".join(["暑期支教心得", tip, *article]))
    assert texts(doc) == article
    assert [r["text"] for r in report.removed if r["rule"].startswith("recommendations.")] == [tip]
    # Teasers cut short with "…" are still a list: everything from the heading on goes.
    teasers = ["推荐阅读:", "2023年支教心得体会范文 今年暑期我们来到了山区，在那里度过了难忘的…",
               "大学生暑期社会实践报告 在这个暑假里，我参加了学院组织的社会实践活动，收获很多…"]
    doc, report = clean(page(tail=teasers))
    assert texts(doc) == BODY
    assert [r["text"] for r in report.removed[1:]] == teasers


def test_footer_lines_without_recommendations():
    tail = ["Powered by 某某网 © All Rights Reserved.", "版权所有 未经授权禁止复制"]
    doc, _ = clean(page(tail=tail))
    assert texts(doc) == BODY


def test_body_sentence_mentioning_copyright_in_the_middle_is_kept():
    body = ["第一段。"] * 20
    body[3] = "我们加强版权保护，严厉打击侵犯版权所有者权益的行为。"
    doc, report = clean("\n".join(["工作总结", *body]))
    assert body[3] in texts(doc)
    assert all(r["rule"] == "metadata.title" for r in report.removed)


def test_boilerplate_can_be_switched_off():
    doc, _ = clean(page(tail=["推荐访问:"]), **{"boilerplate.enabled": False})
    assert texts(doc)[-1] == "推荐访问:"


def test_every_shipped_rule_matches_its_own_example():
    for rule in load_rules():
        assert rule.example, rule.name
        assert rule.pattern.search(rule.example), rule.name


def test_user_rule_file_overlays_shipped_rules(tmp_path):
    extra = tmp_path / "mine.yaml"
    extra.write_text(
        "concept: site\nrules:\n  - name: site-slogan\n    example: 本站口号\n"
        "    match: '^本站口号'\n    where: anywhere\n    action: drop\n",
        encoding="utf-8",
    )
    doc, report = clean(page(head=["本站口号"]), **{"boilerplate.rules": [str(extra)]})
    assert "本站口号" not in texts(doc)
    assert "site.site-slogan" in [r["rule"] for r in report.removed]


# --- the parsed-rules cache (issue 17): a new or edited rule file is read, a damaged cache rebuilt

RULE_FILE = """concept: house
rules:
  - name: motto
    example: "{motto}"
    match: '{motto}'
    where: anywhere
"""


def fresh_rules(extra) -> dict[str, str]:
    load_rules.cache_clear()  # as a new process would
    try:
        return {r.name: r.pattern.pattern for r in load_rules(tuple(str(p) for p in extra))}
    finally:
        load_rules.cache_clear()


def test_parsed_rules_are_cached_and_an_edited_rule_file_is_read_again(tmp_path, monkeypatch):
    monkeypatch.setenv("REPORTFMT_CACHE_DIR", str(tmp_path / "cache"))
    extra = tmp_path / "house.yaml"
    extra.write_text(RULE_FILE.format(motto="本站口号"), encoding="utf-8")
    first = fresh_rules([extra])
    assert first["motto"] == "本站口号"
    assert len(list((tmp_path / "cache").glob("rules-*.marshal"))) == 1
    assert fresh_rules([extra]) == first  # from the cache: the same rules
    extra.write_text(RULE_FILE.format(motto="欢迎光临"), encoding="utf-8")
    assert fresh_rules([extra])["motto"] == "欢迎光临"  # new contents, new key: not the stale rule
    assert len(list((tmp_path / "cache").glob("rules-*.marshal"))) == 2


def test_a_damaged_rules_cache_is_rebuilt_not_trusted(tmp_path, monkeypatch):
    monkeypatch.setenv("REPORTFMT_CACHE_DIR", str(tmp_path / "cache"))
    expected = fresh_rules([])
    (blob,) = (tmp_path / "cache").glob("rules-*.marshal")
    blob.write_bytes(blob.read_bytes()[:-20] + b"\x00" * 20)
    assert fresh_rules([]) == expected
    assert len(expected) >= 20 and "copyright" in expected


def test_a_broken_rule_file_names_itself_cache_or_not(tmp_path, monkeypatch):
    monkeypatch.setenv("REPORTFMT_CACHE_DIR", str(tmp_path / "cache"))
    bad = tmp_path / "bad.yaml"
    bad.write_text("rules:\n  - name: x\n    match: '(unclosed'\n", encoding="utf-8")
    for _ in range(2):  # the second time the parsed file comes from the cache
        with pytest.raises(ReportfmtError, match=r"bad\.yaml"):
            fresh_rules([bad])
