"""Comment threads and title boxes closing the page, by form (issue 18, round 44, rc44).

A comment platform that prints each stamp under the comment's words (a blog platform's "NAME 提到..."
over the words and the dated time under them), and a thread or a box of other pages' titles so long
that its label stands above the page's tail, under a short document: they go. A reply letter's
"回复：" over its text and its signer's dated line, and a long list under a label that names no box,
stay. Fixtures are made up.
"""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "社区共餐点半年小结"
BODY = ["今年上半年，社区共餐点每周开餐三次，每次有四十多位老人来吃午饭。",
        "志愿者分成采买、掌勺和清洁三组，轮流值班，没有出过一次差错。",
        "下半年准备把开餐改成每周五次，并请卫生院的医生来讲一讲饮食。"]
WORDS = ["看了很感动，我们小区也想办一个。", "请问饭钱是老人自己出吗？"]


def test_comments_with_their_stamps_under_the_words_go():
    page = [TITLE, *BODY, "2 則留言：", WORDS[0], "2024年5月1日 上午10:12", WORDS[1],
            "2024年5月2日 晚上8:30", "回覆", "刪除"]
    doc, report = clean("\n".join(page))
    assert texts(doc) == BODY
    taken = removed(report, "comments.comment-thread")
    assert WORDS[0] in taken and WORDS[1] in taken and "回覆" in taken


def test_one_comment_with_its_stamp_under_it_goes_under_a_counted_label():
    page = [TITLE, *BODY, "1 條留言：", WORDS[0], "2024年5月1日 上午10:12"]
    doc, _ = clean("\n".join(page))
    assert texts(doc) == BODY


def test_a_reply_letter_under_a_bare_reply_word_stays():
    letter = ["经研究，同意你社区增加开餐次数，所需经费从社区服务经费中列支。", "某某街道办事处 2024年5月6日 09:00"]
    doc, _ = clean("\n".join([TITLE, *BODY, "回复：", *letter]))
    assert letter[0] in texts(doc)


def test_a_long_thread_whose_label_stands_above_the_tail_goes():
    names = ["小林", "阿青", "老周", "星星", "晨光", "青石", "小雨", "大海"]
    words = [f"共餐点办得好，第{n}次来吃饭，菜很合口味。" for n in range(1, 9)]
    thread = [line for name, word, day in zip(names, words, range(10, 18), strict=True)
              for line in (f"{name} 2024-07-{day} 08:12", word)]
    doc, report = clean("\n".join([TITLE, *BODY, "8 条评论", *thread]))
    assert texts(doc) == BODY
    assert removed(report, "comments.comment-thread") == words


def test_a_long_box_of_titles_under_a_short_document_goes():
    titles = [f"某某街道第{n}社区开展{kind}活动" for n, kind in
              enumerate(["垃圾分类宣传", "重阳节敬老", "防溺水教育", "消防疏散演练", "健康义诊",
                         "读书节启动", "河道清理", "邻里节联欢", "法律咨询", "文明交通劝导",
                         "夏季防汛", "科普进楼栋"], start=1)]
    doc, report = clean("\n".join([TITLE, *BODY, "相关新闻", *titles]))
    assert texts(doc) == BODY
    assert removed(report, "recommendations.title-list") == ["相关新闻", *titles]


def test_a_long_list_under_a_label_that_names_no_box_stays():
    # (fourteen: the list starts above the page's tail; a shorter one in the tail is
    # tail_lists' older reading, under any short label after the last sentence)
    items = [f"第{n}小组承办{kind}的午餐" for n, kind in
             enumerate(["周一", "周二", "周三", "周四", "周五", "周六", "周日", "节假日",
                        "生日会", "端午节", "中秋节", "重阳节", "元宵节", "冬至"], start=1)]
    doc, _ = clean("\n".join([TITLE, *BODY, "值班小组", *items]))
    assert items[0] in texts(doc) and items[-1] in texts(doc)


# The comment box's words as other templates print them (round 44): each alone on its line after
# the text goes, recorded under the comments family.
BOX_LINES = ["参与评论", "用户评论", "访客留言", "网友跟帖", "本文迴響", "發表回應", "共有 3 則留言", "0人参与 0条评论",
             "尚無留言", "本文暂无评论", "说两句吧", "我有话说", "发表你的看法", "已有0位网友发表了看法",
             "评论内容不能为空", "还可以输入500字", "请文明发言", "评论将在审核后显示",
             "请自觉遵守互联网相关的政策法规，发言前请三思。", "Leave a Reply", "Cancel reply",
             "No comments yet", "Comments are closed.", "3 thoughts on “社区共餐点半年小结”"]


@pytest.mark.parametrize("line", BOX_LINES)
def test_a_comment_box_line_after_the_text_goes(line):
    doc, report = clean("\n".join([TITLE, *BODY, line]))
    assert texts(doc) == BODY
    assert any(r["rule"].startswith("comments.") for r in report.removed if r["text"] == line)


@pytest.mark.parametrize("line", ["我有话说：", "群众回应", "请大家踊跃发言，畅所欲言。"])
def test_a_document_s_own_words_near_the_box_s_stay(line):
    # (a speech's "我有话说：" opening its part, a report's heading of what people answered, a host's
    # call to speak: none is the box's word alone)
    doc, _ = clean("\n".join([TITLE, *BODY[:2], line, BODY[2]]))
    assert line in texts(doc)


def test_a_download_page_s_archive_listing_stays_and_its_related_downloads_go():
    # (the listing's lines drawn as a tree are the archive's contents, no file name of the page's;
    # the 相关下载 box under it goes with its titles)
    listing = ["新教师培训心得汇编/", "├─01 第一次走上讲台.docx", "├─02 跟师傅听课二十节.docx", "└─说明.txt"]
    page = ["新教师培训心得汇编(12篇)", "资源大小:186KB 资源类型:文档 下载次数:37 上传时间:2023-11-02",
            "本区新教师岗前培训后交上来的体会，挑了写得实在的十二篇，供下一批新老师参考。",
            *listing, "相关下载", "见习期教师考核表模板", "校本研修记录表（空白）"]
    doc, report = clean("\n".join(page))
    for line in listing[1:]:
        assert line in texts(doc)
    assert removed(report, "recommendations.related-kind-box") == ["相关下载", "见习期教师考核表模板",
                                                                   "校本研修记录表（空白）"]
