"""Meta lines by form (issue 18, round 26): rows of page facts however a site orders and parts
them, a few names before a machine date, a share bar, a bracketed or clocked machine date at the
page's edges; and beside each, a body line of the same shape that stays (a notice's own time and
place, a range of dates, a table's row of numbers, a signature's date in words).
Fixtures are written for the project in the forms real pages take, with made-up words."""

from __future__ import annotations

import pytest

from helpers import clean, texts

TITLE = "北岭县社区志愿服务工作总结"
BODY = ["今年以来，北岭县各社区围绕居民需求开展志愿服务，登记志愿者比去年增加三成。",
        "一、主要做法",
        "各社区把志愿者按楼栋编组，每周固定时间走访独居老人，记录需求后及时转交社区处理。",
        "二、存在的问题",
        "部分志愿者参与不够稳定，活动记录还不够规范，下一步要完善登记和激励办法。",
        "三、下一步打算",
        "一是扩大志愿者队伍，把年轻居民吸引进来，让服务覆盖更多楼栋和家庭。",
        "二是建立服务积分制度，积分可在社区超市兑换日用品，调动长期参与的积极性。",
        "三是做好活动记录和资料归档，每次活动都有签到表和简要小结，年底汇总形成服务台账。",
        "四是加强与辖区学校、医院和企业的联系，共同开展节日慰问、义诊和法律咨询等活动，让志愿服务更贴近居民的日常生活。",
        "五是定期组织志愿者培训，邀请专业社工讲解沟通技巧、应急救护和安全常识，提升志愿者的服务能力。"]


def rules_taking(line: str, at: str = "head") -> list[str]:
    """The rules that removed the line, put under the title (head) or after the text (tail)."""
    page = [TITLE, line, *BODY] if at == "head" else [TITLE, *BODY, line]
    _, report = clean("\n".join(page))
    squeezed = "".join(line.split())
    return [r["rule"] for r in report.removed if "".join(r["text"].split()) == squeezed]


@pytest.mark.parametrize("line", [
    "公文写作 来源：晓风文稿 作者：林晓风 2023-02-11 10:05 次阅读",
    "信息来源：北岭县教育局  发布日期：2023-04-12  字体：[大 中 小]",
    "发布于：2022-09-30 15:12 | 阅读(326) | 评论(2)",
    "整理：青禾范文2019-11-02",
    "转载自：公文学习园地 作者：王小禾",
    "原文地址：个人述职报告怎么写 作者：春山",
    "發布時間：2021-03-02 瀏覽次數：356 來源：本站",
])
def test_a_row_of_page_facts_goes(line):
    assert rules_taking(line)


def test_the_row_rule_takes_rows_no_older_rule_took():
    for line in ("公文写作 来源：晓风文稿 作者：林晓风 2023-02-11 10:05 次阅读",
                 "发布于：2022-09-30 15:12 | 阅读(326) | 评论(2)",
                 "整理：青禾范文2019-11-02"):
        assert rules_taking(line) == ["meta-lines.fact-row"]
    assert rules_taking("本文来源：晓风文稿  更新时间：2020-05-06", at="tail")


@pytest.mark.parametrize("line", [
    "时间：2023-05-06至2023-05-20",          # a range: the notice's own time
    "报名时间：2023-05-06至2023-05-20",
    "时间：2023-05-06 09:00 地点：县文化馆三楼",  # a field the page never prints (地点)
    "关键词：5G 基站 乡村 2023",               # a paper's own keywords
    "学会阅读 学会分享 2023",                  # chrome words inside words are no buttons
    "阅读 2 今年以来各社区围绕居民需求开展志愿服务活动参与人数比去年明显增加",
    "联系电话：0571-88886666 邮箱：service@example.com",
])
def test_a_body_line_of_the_same_shape_stays(line):
    doc, report = clean("\n".join([TITLE, *BODY[:2], line, *BODY[2:]]))
    assert "".join(line.split()) in ["".join(t.split()) for t in texts(doc)]
    assert not [r for r in report.removed if r["rule"] == "meta-lines.fact-row"]


def test_names_before_a_machine_date_go_at_the_top_a_signature_stays_at_the_end():
    assert rules_taking("工作总结    青禾写作网    2021-07-09    356") == ["meta-lines.names-and-stamp"]
    signature = ["北岭县民政局", "2023年5月6日"]
    doc, _ = clean("\n".join([TITLE, *BODY, *signature]))
    assert texts(doc)[-2:] == signature


def test_a_share_bar_goes_a_sentence_about_sharing_stays():
    assert rules_taking("分享到：微信好友 朋友圈 新浪微博") == ["meta-lines.share-bar"]
    assert rules_taking("分享至 微信 QQ 微博", at="tail") == ["meta-lines.share-bar"]
    line = "分享到朋友圈的内容要真实健康，不转发未经核实的消息。"
    doc, _ = clean("\n".join([TITLE, *BODY[:2], line, *BODY[2:]]))
    assert line in texts(doc)


def test_a_bracketed_machine_date_goes_a_speech_date_in_words_stays():
    assert rules_taking("【2022-10-11】") == ["meta-lines.bracketed-date"]
    assert rules_taking("[ 2022-10-11 ]") == ["meta-lines.bracketed-date"]
    speech = "（2023年5月6日）"
    doc, _ = clean("\n".join([TITLE, speech, *BODY]))
    assert speech in texts(doc)


def test_a_clocked_machine_date_after_the_text_goes_a_dated_signature_stays():
    assert rules_taking("2023-05-06 10:21:33", at="tail") == ["meta-lines.stamp-at-the-end"]
    doc, _ = clean("\n".join([TITLE, *BODY, "北岭县民政局", "二〇二三年五月六日"]))
    assert texts(doc)[-2:] == ["北岭县民政局", "二〇二三年五月六日"]


def test_a_table_row_of_numbers_under_a_counter_label_stays():
    row = "阅读量 1200 1500 1800"
    doc, _ = clean("\n".join([TITLE, *BODY, "各季度公众号数据如下：", row, BODY[0]]))
    assert row in texts(doc)
    # One count after the label is a counter still.
    assert rules_taking("阅读量 1200", at="tail")


def test_a_row_parted_by_lone_question_marks_goes_a_question_stays():
    # A separator dot the scrape could not encode: no sentence ends at a "?" between blanks.
    row = "安全生产社区 ? 来源：未知 ? 2022-09-07 10:12 ? 次阅读"
    assert rules_taking(row) == ["meta-lines.fact-row"]
    question = "为什么要建志愿者档案？因为积分兑换要有依据。"
    doc, _ = clean("\n".join([TITLE, *BODY[:2], question, *BODY[2:]]))
    assert question in texts(doc)


def test_a_row_with_a_clock_and_a_crumb_goes():
    assert rules_taking("今天是：2024年09月23日 星期一  您现在位于： 首页 → 新闻中心 → 通知公告")
    assert rules_taking("青禾小编 · 2023-05-06 · 1.2万阅读") == ["meta-lines.fact-row"]


def test_a_written_date_with_a_count_goes_at_the_top():
    assert rules_taking("2025 年 6 月 10 日58") == ["meta-lines.written-date-and-count"]
    # The same date ending a 公文 under its issuer stays.
    doc, _ = clean("\n".join([TITLE, *BODY, "北岭县民政局", "2025年6月10日"]))
    assert texts(doc)[-1] == "2025年6月10日"


def test_a_pinyin_gloss_in_full_width_brackets_is_folded():
    from reportfmt.passes.script import fold_script
    assert fold_script("微信公眾號（hào）") == "微信公众号"
    assert fold_script("權(quán)利") == "权利"
    assert fold_script("（一）总体要求") == "（一）总体要求"


def test_account_labels_in_a_run_of_short_lines_under_a_meta_line_go():
    page = [TITLE, "2024-03-14 09:20:00 来源：青禾社区报 作者：林一", "青禾社区报", "微信公众号",
            "官方微博", *BODY]
    doc, report = clean("\n".join(page))
    gone = [r["text"] for r in report.removed]
    assert "微信公众号" in gone and "官方微博" in gone
    assert texts(doc)[-len(BODY):] == BODY


def test_a_run_of_short_lines_of_the_text_under_a_meta_line_stays():
    # A poem's short lines under the page's date: no line of the run is chrome by any rule.
    poem = ["春风吹过山岗", "桃花开满田野", "孩子们在奔跑", "笑声飞向远方"]
    doc, _ = clean("\n".join([TITLE, "2024-03-14 09:20:00 来源：青禾社区报", *poem, *BODY]))
    assert texts(doc)[:4] == poem


def test_a_time_relative_to_now_goes_a_sentence_opening_with_one_stays():
    assert rules_taking("刚刚 · 青禾写作") == ["meta-lines.posted-relative"]
    assert rules_taking("发布于 3 天前", at="tail") == ["meta-lines.posted-relative"]
    line = "3天前，我们社区开展了一次消防演练。"
    doc, _ = clean("\n".join([TITLE, line, *BODY]))
    assert line in texts(doc)


def test_an_edited_at_footer_goes_a_forum_header_stays_the_forum_rules():
    assert rules_taking("编辑于 2023-05-06 10:12 · 著作权归作者所有", at="tail") == ["meta-lines.edited-at"]
    header = "发表于 2023-5-2 20:11 | 显示全部楼层 |阅读模式"
    assert rules_taking(header) != ["meta-lines.edited-at"]


def test_a_date_widget_goes_a_diary_date_line_stays():
    assert rules_taking("2023年05月06日 星期六 农历三月十七") == ["meta-lines.date-widget"]
    assert rules_taking("2023-05-06 周六 晴 12℃") == ["meta-lines.date-widget"]
    diary = "2023年5月6日 星期六 晴"
    doc, _ = clean("\n".join(["我的周末日记", diary, *BODY]))
    assert "".join(diary.split()) in ["".join(t.split()) for t in texts(doc)]


def test_crumbs_and_tag_boxes_in_other_wordings_go():
    assert rules_taking("你现在的位置：首页 / 心得体会") == ["meta-lines.breadcrumb"]
    assert rules_taking("网站首页 范文大全 公文写作 作文大全 教案课件") == ["meta-lines.home-crumb"]
    assert rules_taking("热门标签：工作总结 述职报告 心得体会", at="tail") == ["meta-lines.tags"]
    assert rules_taking("本文已被浏览 1203 次", at="tail") == ["meta-lines.read-count-note"]
    # The place of a project, a document's own field, stays where it is not the page's head.
    line = "位置在县城东区，占地约三十亩。"
    doc, _ = clean("\n".join([TITLE, *BODY[:3], line, *BODY[3:]]))
    assert line in texts(doc)


def test_a_row_of_furniture_words_goes_a_row_of_the_texts_words_stays():
    assert rules_taking("会员中心 创作中心 消息") == ["meta-lines.furniture-row"]
    assert rules_taking("搜索 | 登录", at="tail") == ["meta-lines.furniture-row"]
    line = "学习 工作 生活"
    doc, _ = clean("\n".join([TITLE, *BODY[:3], line, *BODY[3:]]))
    assert "学习工作生活" in ["".join(t.split()) for t in texts(doc)]



def test_a_list_of_names_under_the_page_facts_stays():
    names = ["一等奖", "王小明", "李红梅", "张建国"]
    doc, _ = clean("\n".join([TITLE, "当前位置：首页 > 社区 > 正文", *names, *BODY]))
    assert texts(doc)[:4] == names


def test_reporters_run_together_with_the_source_go_a_sentence_about_a_reporter_stays():
    assert rules_taking("记者林一禾周二来源：青禾网") == ["meta-lines.credit-glued-to-source"]
    line = "记者从县教育局了解到，今年全县新增学位一千二百个，来源：县教育局统计。"
    doc, _ = clean("\n".join([TITLE, *BODY[:3], line, *BODY[3:]]))
    assert line in texts(doc)
