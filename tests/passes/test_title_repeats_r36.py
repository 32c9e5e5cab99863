"""The page's title repeated with the count of its samples named ("(通用范文12篇)", "【精品6篇】"),
and a site's greeting naming its address in brackets (issue 18, round 36). The near misses stay:
a part numbered 第…篇, a sample's own marker. Fixtures are written for the project with made-up
words."""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed
from reportfmt.passes.boilerplate.titles import repeats_title
from reportfmt.passes.title_core import title_core

LEAD = "春天到了，正是带孩子们亲近泥土的好时候。下面分享几篇小区植树活动方案，供大家参考。"
SAMPLE = ["小区植树活动方案篇1", "活动目标:", "让居民了解树木的生长过程，一起为小区添一片绿色。"]


def test_a_count_of_named_samples_is_an_affix_of_the_title():
    for text in ("小区植树活动方案(通用范文12篇)", "小区植树活动方案【精品6篇】", "小区植树活动方案（精选范例5篇）"):
        assert title_core(text) == "小区植树活动方案", text
        assert repeats_title(text, "小区植树活动方案", True), text


def test_a_part_numbered_with_pian_is_no_count():
    assert title_core("读书笔记第三篇") != title_core("读书笔记")
    assert not repeats_title("小区植树活动方案篇1", "小区植树活动方案", True)


def test_the_title_repeated_with_its_count_goes_and_the_samples_stay():
    for repeat in ("小区植树活动方案(通用范文12篇)", "小区植树活动方案【精品6篇】"):
        doc, report = clean("\n".join(["小区植树活动方案", repeat, LEAD, *SAMPLE]))
        assert removed(report, "title.repeated-title") == [repeat], repeat
        assert texts(doc)[-3:] == SAMPLE, repeat


def test_a_greeting_naming_the_sites_address_in_brackets_goes():
    greeting = "欢迎访问青禾文书【www.example.cn】,您身边的写作好帮手!"
    doc, report = clean("\n".join([greeting, "小区植树活动方案", LEAD, *SAMPLE]))
    assert removed(report, "meta-lines.site-greeting") == [greeting]
    assert report.title == "小区植树活动方案"
    assert texts(doc)[-3:] == SAMPLE


def test_a_welcome_sentence_of_the_text_stays():
    speech = ["在新生开学典礼上的致辞", "亲爱的同学们：",
              "欢迎来到青禾中学（我们的新家），从今天起你们就是青禾人了。",
              "希望大家在这里度过充实而快乐的三年。"]
    doc, report = clean("\n".join(speech))
    assert not removed(report, "meta-lines.site-greeting")
    assert texts(doc)[-2:] == speech[-2:]
