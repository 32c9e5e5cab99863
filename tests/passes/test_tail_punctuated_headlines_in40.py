"""A box of other items' headlines closing the page may hold news headlines with a clause's mark
inside ("天气转凉，…", "专家解读：…", "重磅！…") among plain ones (round 40, tail_lists._listed_title):
under a box's label after the document's last sentence, the run goes whole. Near misses stay: a
run whose every line holds a mark (the document's fields, a poem's or a slogan's lines), a line
ending in a stop or a mark.
Fixtures are written for the project, words made up."""

from __future__ import annotations

from helpers import clean, texts

BODY = ["今年以来，社区围绕居民关心的小事开展了十余项服务，老旧楼道照明改造全部完成，居民满意度明显提高。",
        "明年我们将继续做好养老服务和垃圾分类两项重点工作，努力让居民生活更方便。"]
PLAIN = "青禾街道开展夏季防溺水宣传活动"


def kept_after(lines: list[str]) -> list[str]:
    doc, _report = clean("\n".join(["社区工作总结", *BODY, *lines]))
    return texts(doc)


def test_punctuated_headlines_among_plain_ones_go_with_their_label():
    for box in (["热点新闻", "委员林晓：让社区食堂开到每个街道", PLAIN, "专家解读：老旧小区加装电梯怎么补"],
                ["本栏目最新文章", "天气转凉，这些养生知识请收好", PLAIN, "暑期将至，防溺水安全提示来了"],
                ["更多社区新闻", "重磅！北岭镇新建三所幼儿园", PLAIN, "好消息！社区食堂开始供应晚餐"]):
        assert kept_after(box) == BODY, box[0]


def test_fields_poems_and_finished_lines_stay():
    fields = ["报名方式", "报名时间：五月十日至五月十五日", "报名地点：社区服务中心二楼", "咨询方式：社区服务中心前台"]
    poem = ["春天来了", "春风轻轻吹，柳枝轻轻摇", "小鸟叽叽叫，花儿朵朵开", "孩子们笑着，跑进了春天"]
    stops = ["热点新闻", "天气转凉，请大家注意保暖。", PLAIN, "暑期将至，请注意防溺水；"]
    for lines in (fields, poem):
        assert kept_after(lines) == [*BODY, *lines], lines[0]
    kept = kept_after(stops)
    assert "天气转凉，请大家注意保暖。" in kept
