"""Body lines the lead-in rules took for the site's voice (issue 18, round 28: nothing is lost).
Each test holds the document's own sentence that resembles a site's lead-in, and the site's
lead-in itself where it still goes. Fixtures are written for the project, words made up."""

from __future__ import annotations

from helpers import clean, texts

PARAGRAPH = "社区今年办了不少实事，居民们都说好。每个周末都有志愿者在广场上组织活动，孩子们玩得很开心。"


def removed_by(report, rule: str) -> list[str]:
    return [item["text"] for item in report.removed if item["rule"] == rule]


def test_a_newsletters_let_us_look_at_its_own_subject_stays():
    own = "小区新建了图书角，下面一起来看看都有哪些书吧。"
    shelf = "第一类是儿童绘本，共有两百多本，放在最下面两层。"
    for lines in (["社区简讯", own, shelf, PARAGRAPH], ["社区简讯", PARAGRAPH, own, shelf, PARAGRAPH]):
        doc, report = clean("\n".join(lines))
        assert texts(doc) == lines[1:]
        assert removed_by(report, "lead-in.compiled-for-you") == []
    # Near the end too, with the text's paragraph under it: it introduces that paragraph.
    lines = ["社区简讯", PARAGRAPH, own, shelf]
    doc, report = clean("\n".join(lines))
    assert texts(doc) == lines[1:]
    # The site's "下面一起来看看" beside what it offers (how to write the page's genre) still goes.
    site = "不少朋友问请假条怎么写，下面就一起来看看吧！"
    doc, report = clean("\n".join(["请假条", site, PARAGRAPH]))
    assert texts(doc) == [PARAGRAPH]
    assert removed_by(report, "lead-in.compiled-for-you") == [site]


SITE_LEAD = "下面是小编为大家整理的个人工作总结，欢迎阅读参考"
FIRST = "今年以来，我在科室领导的带领下，认真完成了各项工作任务，取得了一定成绩。"


def test_the_first_paragraph_glued_to_the_sites_lead_in_without_a_full_stop_stays():
    for site in (SITE_LEAD, SITE_LEAD + "，希望对你有帮助"):
        doc, report = clean("\n".join(["个人工作总结", site + FIRST, PARAGRAPH]))
        assert texts(doc) == [FIRST, PARAGRAPH]
        assert removed_by(report, "lead-in.xiaobian-lead-in") == [site]
    # The lead-in alone on its line still goes whole, and so does one whose rest is the site's too.
    for alone in (SITE_LEAD + "，希望对你有帮助！", SITE_LEAD + "更多精彩内容请关注本站。"):
        doc, report = clean("\n".join(["个人工作总结", alone, FIRST, PARAGRAPH]))
        assert texts(doc) == [FIRST, PARAGRAPH]
        assert removed_by(report, "lead-in.xiaobian-lead-in") == [alone]


# A long report: enough paragraphs of finished sentences that its middle is neither head nor end.
REPORT = [f"第{n}批老旧小区改造完成后，外墙保温和楼道照明都换了新的，住户反映冬天暖和多了。"
          f"这件事议事会讨论了{n + 1}次，最后才定了下来。" for n in range(1, 21)]


def test_a_papers_own_sentence_on_what_it_does_in_its_middle_stays():
    own = "本文将通过三个案例介绍社区议事会的做法，希望对大家有所帮助。"
    for at in (10, 15):
        lines = ["社区议事会的实践", *REPORT[:at], own, *REPORT[at:]]
        doc, report = clean("\n".join(lines))
        assert texts(doc) == lines[1:]
        assert removed_by(report, "lead-in.article-to-reader") == []
    # After the text, the site's sentence about the article to its reader still goes.
    outro = "如果觉得这篇文章对你有帮助，欢迎转发给更多的朋友。"
    doc, report = clean("\n".join(["社区议事会的实践", *REPORT, outro]))
    assert texts(doc) == REPORT
    assert removed_by(report, "lead-in.article-to-reader") == [outro]


def test_a_paper_opening_on_the_plan_it_follows_keeps_its_first_line():
    # "本文将通过…介绍…": the paper's own plan, by its form, even with a wish for its readers.
    for own in ("本文将通过三个案例介绍社区议事会的做法，希望对大家有所帮助。",
                "本文拟从三个方面向大家介绍社区议事会的做法，供各位参考。"):
        lines = ["社区议事会的实践", own, *REPORT]
        doc, report = clean("\n".join(lines))
        assert texts(doc) == lines[1:]
        assert removed_by(report, "lead-in.reader-address") == []
    # The site's address above the text, saying what it collected for the reader, still goes.
    site = "本文为大家整理了几篇社区议事会的经验材料，希望对你有所帮助。"
    doc, report = clean("\n".join(["社区议事会的实践", site, *REPORT]))
    assert texts(doc) == REPORT
    assert report.removed and site in [item["text"] for item in report.removed]


def test_a_speechs_salutation_glued_to_the_sites_sentence_stays():
    greeting = "尊敬的各位领导、同事们：大家好！"
    opening = "一年来，我在局党组的领导下，认真履行岗位职责，较好地完成了各项工作。"
    for site in ("下面是小编为大家整理的述职报告，供大家参考借鉴", "下面是小编为大家整理的述职报告，供大家参考。"):
        doc, report = clean("\n".join(["个人述职报告", site + greeting + opening, PARAGRAPH]))
        assert texts(doc) == [greeting + opening, PARAGRAPH]
        assert [item["text"] for item in report.removed if item["rule"].startswith("lead-in.")] == [site]


def test_a_speakers_let_us_study_it_together_stays_in_the_head():
    own = "下面，我们一起来学习这份文件的主要精神。"
    text = "文件一共分为五个部分，第一部分讲的是今年的总体目标，第二部分讲的是重点任务。"
    lines = ["支部学习会讲稿", own, text, PARAGRAPH]
    doc, report = clean("\n".join(lines))
    assert texts(doc) == lines[1:]
    # "下面是我们为大家整理的…" glued before the text is still the site's.
    site = "下面是我们为大家整理的学习材料，供大家参考。"
    doc, report = clean("\n".join(["支部学习会讲稿", site + text, PARAGRAPH]))
    assert texts(doc) == [text, PARAGRAPH]
    assert removed_by(report, "lead-in.lead-in-before-text") == [site]
