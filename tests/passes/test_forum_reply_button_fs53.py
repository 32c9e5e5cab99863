"""A forum post's reply button is no comment box's label (round 53, fs53).

Discuz prints under each post of a thread its reply button ("回复") over "使用道具 举报"; on a
forum thread's page (forum.button-alone takes the button there) the next post, under its poster's
header, is the thread's text: it stays, the header and the buttons go. A comment box's bare label
on a blog page still heads its comments. Fixtures are made up.
"""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

QUESTION = "村里的议事记录要怎么保存比较好？"
FIRST = "我们村是按年装订成册，放在村委的档案柜里。"
SECOND = "建议纸质和电子各留一份，电子版按月份建文件夹，每次会后三天内整理完。"


def thread(*, second_header: str = "石桥老周 | 2019-4-6 09:12:40 | 显示全部楼层") -> str:
    return "\n".join([
        QUESTION, "", "[复制链接]",
        "查看: 87 | 回复: 2 | 2019-4-5 20:31:08 | 显示全部楼层 |阅读模式",
        FIRST, "回复", "", "使用道具 举报", "",
        second_header, SECOND, "回复", "", "使用道具 举报"])


def test_the_next_post_under_a_reply_button_stays():
    doc, report = clean(thread())
    assert texts(doc) == [FIRST, SECOND]
    assert removed(report, "comments.comment-thread") == []
    assert "回复" in removed(report, "forum.button-alone")


def test_the_poster_header_with_fa_biao_yu_goes_and_the_post_stays():
    doc, _ = clean(thread(second_header="石桥老周 发表于 2019-4-6 09:12:40 | 显示全部楼层"))
    assert texts(doc) == [FIRST, SECOND]


def test_a_blog_comment_box_label_still_heads_its_comments():
    body = ["今年社区图书室共招募志愿者十八名，按周排班，每天下午开放四个小时。",
            "下半年准备增加周末的开放时间，并和附近小学合办两次读书会。"]
    comment = "周末开放这个想法好，孩子们放学后正好能去。"
    doc, report = clean("\n".join(["图书室志愿服务小结", *body, "5 条评论", "青禾 2024-07-02 19:26", comment,
                                   "回复", "小周 2024-07-03 08:05", "请问还招人吗？"]))
    assert texts(doc) == body
    assert comment in removed(report, "comments.comment-thread")
