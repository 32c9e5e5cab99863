"""A listing of excerpts (issue 18, helper nw51): a tag page or a news column printing three posts or
more, each its headline over the first words of its text, which the site cut and marked ("……",
"...", "[…] More"), perhaps a date under it. The repeated shape proves the page a listing, so a
headline holding one colon or question mark is a post's headline too, and the first one is no
page title. An article whose paragraphs are not cut keeps its title and its colon lines as text.
Fixtures written for the project (made-up names and content)."""

from __future__ import annotations

from helpers import clean, outline, texts
from reportfmt.passes.headings.news_items import excerpt_listing, is_headline

POSTS = [
    ("青山社区：楼道微更新要让居民先开口",
     "青山社区党委书记周明表示，今年的楼道微更新先发问卷再定方案，已收集居民意见四百多条，下一步将分批施工……"),
    ("旧书换新知活动怎么参加？三步就能完成",
     "旧书换新知活动本周六在社区图书角举行，居民带两本旧书即可换一本新书，换下的旧书将送往山区学校……"),
    ("社区食堂推出长者午餐套餐",
     "社区食堂自下月起推出长者午餐套餐，七十岁以上老人凭卡就餐可减免三元，行动不便的可预约送餐……"),
]


def _page(posts, date="2025-03-02"):
    lines = ["标签：社区服务"]
    for headline, excerpt in posts:
        lines += [headline, excerpt, date]
    return "\n".join(lines)


def test_posts_over_cut_excerpts_are_samples_and_the_first_is_no_title():
    doc, report = clean(_page(POSTS))
    assert not report.title
    heads = [text for _level, text in outline(doc)]
    for headline, _excerpt in POSTS:
        assert any(text.replace("：", ":").replace("？", "?") == headline.replace("：", ":").replace("？", "?")
                   for text in heads), (headline, heads)
    assert any(POSTS[0][1][:20] in text for text in texts(doc))


def test_two_posts_do_not_prove_a_listing():
    lines = [line for headline, excerpt in POSTS[:2] for line in (headline, excerpt)]
    assert not excerpt_listing(lines)


def test_paragraphs_not_cut_by_the_site_prove_no_listing():
    lines = [line for headline, excerpt in POSTS for line in (headline, excerpt.rstrip("…") + "。")]
    assert not excerpt_listing(lines)


def test_a_colon_headline_is_a_headline_only_where_asked():
    assert not is_headline(POSTS[0][0])
    assert is_headline(POSTS[0][0], 1)
    # a sentence's close is never a headline's
    assert not is_headline("社区食堂推出长者午餐套餐。老人可减免三元", 1)


def test_a_long_line_without_cut_marks_is_read_quickly():
    line = "字" * 3_000_000
    assert not excerpt_listing([POSTS[0][0], line, POSTS[1][0], line, POSTS[2][0], line])
