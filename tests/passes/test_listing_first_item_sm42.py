"""A listing that shows no title (a blog's category page, a news column): its first line, shaped
like the headlines proven below it, is the first item's headline (issue 18, helper sm42). Fixtures
written for the project (made-up posts and news)."""

from __future__ import annotations

from helpers import clean, outline, paras
from reportfmt.passes.headings.news_items import untitled_first_item

POSTS = [
    "读书会第一年：我们学到的三件事",
    "去年秋天，社区图书室的读书会成立时只有五个人，一年下来固定来的已经有十几位，大家最爱聊的是书里的某句话。",
    "这篇想记下三件事：选书别太难、每次有人带问题来、散会前约好下次时间。",
    "志愿者培训心得：怎样陪老人说话",
    "上周参加了街道办的关爱志愿者培训，老师第一句话就说，陪伴不是聊天，是让对方愿意说。",
    "练习时才发现，我总急着接话、急着给建议，老人重复讲一个故事时，要当第一次听。",
    "社区小报第十二期编后记",
    "这一期小报比预定晚了两周，因为巷口老店的访谈稿改了三次，店主每改一次就请我们再念一遍给他听。",
    "写的是邻居，读的也是邻居，这大概就是社区小报存在的意义。",
]


def test_the_first_line_of_an_untitled_listing_heads_its_first_item():
    # (each post cut after its opening paragraphs by a read-more link, as listings print them)
    doc, report = clean("\n".join([*POSTS[:3], "阅读全文", *POSTS[3:6], "阅读全文", *POSTS[6:], "阅读全文"]))
    assert report.title is None
    assert [text for _, text in outline(doc)] == [POSTS[0], POSTS[3], POSTS[6]]
    assert POSTS[1] in paras(doc)


def test_a_first_line_unlike_the_headlines_below_is_not_taken():
    free = lambda i: True  # noqa: E731
    texts = ["各位邻居：", *POSTS[1:]]
    # a salutation (it ends on a colon) opens no item
    assert untitled_first_item(texts, [3, 6], free) is None
    # a sentence
    assert untitled_first_item(["今天说三件事。", *POSTS[1:]], [3, 6], free) is None
    # one proven headline is no listing
    assert untitled_first_item(POSTS, [3], free) is None
    assert untitled_first_item(POSTS, [3, 6], free) == 0


def test_an_articles_longer_title_over_its_short_section_names_is_no_item():
    free = lambda i: True  # noqa: E731
    texts = ["社区服务心得：走进邻里，温暖彼此平凡的日常", POSTS[1],
             "从陌生到熟悉", POSTS[4], "责任在小事中变清晰", POSTS[7]]
    assert untitled_first_item(texts, [2, 4], free) is None


def test_an_articles_title_over_sections_its_text_does_not_retell_is_no_item():
    # the title comes back in the lead, but the section names do not in theirs: an article
    free = lambda i: True  # noqa: E731
    texts = ["青河镇开展冬季防火宣传", "入冬以来，青河镇组织各村开展冬季防火宣传，把安全用火的常识送到农户家中。",
             "上门走访排查隐患", "镇村干部分组走进农户家中，查看灶台和电线，发现问题当场提醒整改。",
             "集中培训教会扑救", "镇里请来消防员给村民讲灭火器怎么用，并在村委会门前做了演示。"]
    assert untitled_first_item(texts, [2, 4], free) is None
