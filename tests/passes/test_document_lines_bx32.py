"""Made-up whole documents whose own lines looked like a page's chrome or a section's name
(round 32): a signer under a report's end mark, a work log's first dated entry, a note's slash
date, a blank form's last field, a résumé's first section. Fixtures written for the project, with
made-up names; each keeps the document's lines and still drops the page's chrome beside it."""

from __future__ import annotations

import pytest

from helpers import clean, outline, texts
from helpers import removed_by as removed

REPORT = ["按照区里的部署，我街道十月开展了两周的消防安全检查，共查商铺一百二十家。",
          "下一步，我们将建立常态化巡查机制。"]


@pytest.mark.parametrize("end", ["（完）", "【完】", "-完-", "——完——", "（全文完）"])
@pytest.mark.parametrize("signer", [["周海"], ["周海、林可"], []])
def test_a_reports_signer_and_date_under_its_end_mark_stay(end, signer):
    # The end mark closes the text as a full stop does: the name and the date under it sign it.
    lines = [*REPORT, end, *signer, "2024年10月28日"]
    doc, _ = clean("\n".join(["东湖街道消防检查情况报告", *lines]))
    assert texts(doc) == lines


def test_a_byline_over_the_text_still_goes():
    doc, report = clean("\n".join(["东湖街道消防检查情况报告", "来源：某某网", "周海、林可", *REPORT]))
    assert texts(doc) == REPORT
    assert removed(report, "meta-lines.byline-names") == ["周海、林可"]


NOTE = ["各位家长：", "本周五下午三点在三楼会议室开家长会，请各位准时参加。"]


@pytest.mark.parametrize("date", ["2024/4/10", "2024/04/10", "2024-4-10"])
@pytest.mark.parametrize("signer", [[], ["三年级二班"]])
def test_a_notes_slash_date_under_its_text_stays(date, signer):
    # Numbers parted by slashes are a date, no crumb of a site's path: dated as with dashes.
    lines = [*NOTE, *signer, date]
    doc, _ = clean("\n".join(["家长会通知", *lines]))
    assert texts(doc) == lines


def test_a_crumb_parted_by_slashes_still_goes():
    doc, report = clean("\n".join(["家长会通知", "首页/通知公告/家长会通知", *NOTE]))
    assert texts(doc) == NOTE
    assert removed(report, "meta-lines.breadcrumb") == ["首页/通知公告/家长会通知"]


DAYS = ["今天第一天到公司报到，人事部的同事带我熟悉了办公环境。",
        "上午参加新员工培训，下午跟着师傅整理客户资料。",
        "独立完成了第一份周报的排版，师傅指出了几处格式问题。"]


@pytest.mark.parametrize("dates", [
    ["2024年3月4日 星期一", "2024年3月5日 星期二", "2024年3月6日 星期三"],
    ["2024年3月4日", "2024年3月5日", "2024年3月6日"],
    ["2024.3.4", "2024.3.5", "2024.3.6"],
    ["2024-03-04", "2024-03-05", "2024-03-06"],
])
@pytest.mark.parametrize("count", [2, 3])
def test_a_logs_first_dated_entry_stays(dates, count):
    # Each entry headed by its date, printed the same way: the first is the log's, as the others.
    lines = [line for date, day in zip(dates[:count], DAYS[:count], strict=True) for line in (date, day)]
    doc, _ = clean("\n".join(["实习工作日志", *lines]))
    assert [t.replace(" ", "") for t in texts(doc)] == [t.replace(" ", "") for t in lines]


ARTICLE = ["本周我校开展了读书月活动，各班同学踊跃参加，共借阅图书八百余册。",
           "活动期间还举办了读书分享会，十位同学交流了自己的读书体会。"]


def test_a_pages_posting_date_over_its_article_still_goes():
    doc, report = clean("\n".join(["我校开展读书月活动", "2024年3月4日", *ARTICLE]))
    assert texts(doc) == ARTICLE
    assert removed(report, "meta-lines.date-line-written") == ["2024年3月4日"]


def test_a_posting_date_over_a_list_of_other_pages_dated_alike_still_goes():
    # Other pages' dates over their titles at the foot: no entry of a log (no prose under them).
    foot = ["2024年3月5日", "我校举办春季运动会", "2024年3月6日", "我校召开家长会"]
    doc, report = clean("\n".join(["我校开展读书月活动", "2024年3月4日", *ARTICLE, *foot]))
    assert texts(doc)[:2] == ARTICLE
    assert removed(report, "meta-lines.date-line-written")[:1] == ["2024年3月4日"]


def test_a_list_of_news_items_dated_under_their_headlines_still_loses_its_dates():
    # Headline / date / teaser, again and again: each date stands under a headline, no entry's text.
    items = ["我公司开展汛前管网巡查", "2025.04.11", "为确保汛期供水安全，我公司组织人员对主干管网进行了全面巡查。",
             "我公司举办报装服务开放日", "2025.03.22", "开放日当天，工作人员向来访群众介绍了用水报装的办理流程。"]
    doc, report = clean("\n".join(items))
    assert removed(report, "meta-lines.date-line-written")[:1] == ["2025.04.11"]
    assert items[2] in texts(doc) and items[5] in texts(doc)


@pytest.mark.parametrize("fields", [
    ["1、姓名：", "2、联系电话：", "3、家庭住址：", "4、服务意向："],
    ["（1）单位名称：", "（2）联系人：", "（3）需求说明："],
])
def test_a_blank_forms_last_field_over_its_closing_sentence_is_no_heading(fields):
    # (numbered as parts, "一、…：" … "四、會議內容：" over text, the last is a record's part:
    # test_headings_flattened_forms)
    lines = [*fields, "请如实填写以上信息，我们将在三个工作日内与您联系。"]
    doc, _ = clean("\n".join(["家政服务需求登记表", *lines]))
    assert outline(doc) == []
    assert texts(doc) == lines


def test_a_templates_parts_with_text_under_them_stay_headings():
    lines = ["一、活动时间：", "二、活动地点：", "三、活动内容：", "各班组织学生到社区开展清扫活动，并做好记录。",
             "四、活动要求：", "注意安全，听从指挥，活动结束后各班上交总结。"]
    doc, _ = clean("\n".join(["社区清扫活动方案", *lines]))
    assert outline(doc) == [(1, "三、活动内容："), (1, "四、活动要求：")]


RESUME = ["基本信息", "姓名：张晓雯", "性别：女", "联系电话：13900001234",
          "教育背景", "2017.09-2021.06 某某师范大学 汉语言文学专业 本科",
          "工作经历", "2021.07-至今 某某中学 语文教师",
          "自我评价", "性格开朗，责任心强，善于与学生沟通，热爱教育事业。"]


def test_a_resumes_sections_over_fields_and_dated_entries_are_headings():
    doc, _ = clean("\n".join(["个人简历", *RESUME]))
    assert [text for _, text in outline(doc)] == ["基本信息", "教育背景", "工作经历", "自我评价"]


@pytest.mark.parametrize("signer", ["青禾读书社", "何晓雨"])
def test_a_signer_over_its_contact_fields_is_no_heading(signer):
    lines = ["各位会员：", "本社定于十月十八日在城东书院举办秋季读书分享会，欢迎大家参加。",
             "活动安排", "时间：10月18日下午", "地点：城东书院",
             "报名方式", "电话：0571-80001234", "邮箱：club@example.org",
             signer, "联系人：何晓雨", "手机：13800001111"]
    doc, _ = clean("\n".join(["读书分享会通知", *lines]))
    assert [text for _, text in outline(doc)] == ["活动安排", "报名方式"]
    assert signer in texts(doc)


def test_a_post_among_speakers_fields_coming_round_is_no_heading():
    lines = ["本周五，我校三位教师为全体党员讲授了微党课，大家反响热烈。",
             "主讲人：林某", "语文教研组组长", "主题：做学生喜爱的老师",
             "主讲人：何某", "初二年级组组长", "主题：身边的榜样",
             "学校要求把微党课常态化开展下去，让党员在备课讲课中提高理论水平。"]
    doc, _ = clean("\n".join(["我校开展微党课活动", *lines]))
    assert outline(doc) == []
    assert texts(doc) == lines


SPEECH = ["暑假结束了，我们又回到了熟悉的校园。新的学期，新的开始，希望大家带着梦想出发。",
          "让我们一起努力，迎接更好的自己！"]


@pytest.mark.parametrize("title", ["你好，新学期！", "再见了，我的小学！"])
@pytest.mark.parametrize("salutation", ["亲爱的同学们：", "尊敬的各位老师、亲爱的同学们："])
def test_a_called_out_title_over_a_salutation_is_the_speechs(title, salutation):
    doc, _ = clean("\n".join([title, salutation, *SPEECH]))
    assert doc.get_metadata("title") == title
    assert texts(doc) == [salutation, *SPEECH]


def test_the_speakers_greeting_over_a_salutation_is_no_title():
    lines = ["大家好，我是林小雨！", "各位老师：", *SPEECH]
    doc, _ = clean("\n".join(lines))
    assert doc.get_metadata("title") is None
    assert texts(doc) == lines


def test_a_forms_first_field_stays_a_field_and_names_no_title():
    # "活动名称：…" opens the form's own fields: taken as the title, its label would be lost from the
    # text (or the name printed twice, as title and field); it stays, the document has no title line.
    lines = ["活动名称：书香校园读书月", "活动时间：2024年4月1日至4月30日", "活动地点：学校图书馆",
             "活动内容：开展好书推荐活动，每班推荐三本好书。"]
    doc, _ = clean("\n".join(lines))
    assert doc.get_metadata("title") is None
    assert texts(doc) == lines


@pytest.mark.parametrize("close", ["感谢您的支持与配合！", "再次感谢大家的支持！", "感谢各位家长的支持！"])
def test_thanks_for_support_closing_a_notice_or_a_speech_stay(close):
    lines = ["各位家长：", "本周六学校开放日，欢迎各位家长来校参观孩子们的学习成果。", close]
    doc, _ = clean("\n".join(["开放日通知", *lines]))
    assert texts(doc) == lines


def test_a_sites_thanks_for_reading_is_still_cut():
    lines = ["本周六学校开放日，欢迎各位家长来校参观孩子们的学习成果。"]
    doc, report = clean("\n".join(["开放日通知", *lines, "感谢您的阅读！"]))
    assert texts(doc) == lines
    assert removed(report, "lead-in.outro") == ["感谢您的阅读！"]


@pytest.mark.parametrize("fields", [
    ["书名：《青草湾》", "作者：方远", "好词：金色的阳光 波光粼粼"],
    ["题目：我的家乡", "作者：林小雨", "学校：城南小学"],
])
def test_an_author_field_among_the_documents_own_fields_stays(fields):
    lines = [*fields, "读了这本书，我懂得了坚持的意义。"]
    doc, _ = clean("\n".join(["读书笔记", *lines]))
    assert lines[1] in texts(doc)


def test_a_pages_author_beside_its_source_still_goes():
    lines = ["我的家乡在江南水乡，那里有小桥流水。"]
    doc, report = clean("\n".join(["我的家乡", "作者：佚名", "来源：网络", *lines]))
    assert texts(doc) == lines
    assert removed(report, "meta-lines.source-author-line") == ["作者：佚名", "来源：网络"]


PLAN = ["2024年是全面推进乡村振兴的关键之年。为做好今年工作，特制定本要点。", "一、发展特色产业",
        "重点发展茶叶、食用菌等特色产业。"]


@pytest.mark.parametrize(("head", "title"), [
    (["某某县2024年", "乡村振兴工作要点"], "某某县2024年乡村振兴工作要点"),
    (["青禾公司2024年度", "工作总结"], "青禾公司2024年度工作总结"),
])
def test_a_title_wrapped_after_its_year_is_one_title(head, title):
    # (the second line names what the body names, "本要点": the title's anchor under the menu)
    doc, _ = clean("\n".join([*head, *PLAN]))
    assert doc.get_metadata("title") == title
    assert texts(doc) == PLAN


NOTES = ["通过这次为期一周的业务培训，我收获很大，主要有以下几点体会。", "总之，这次培训让我受益匪浅。"]


def test_the_authors_affiliation_in_brackets_under_the_text_stays():
    lines = [*NOTES, "（作者单位：某某县财政局）"]
    doc, _ = clean("\n".join(["学习心得体会", *lines]))
    assert texts(doc) == lines


def test_a_news_items_unit_and_writer_in_brackets_still_go():
    doc, report = clean("\n".join(["学习心得体会", *NOTES, "（某某县残联：王某某）"]))
    assert texts(doc) == NOTES
    assert removed(report, "meta-lines.credit-in-brackets") == ["（某某县残联：王某某）"]


@pytest.mark.parametrize("teacher", ["（指导教师：孙丽）", "（指导老师：孙丽）"])
def test_a_pupils_teacher_in_brackets_under_the_essay_stays(teacher):
    lines = ["秋天来了，树叶黄了，一片片叶子从树上落下来。", "我爱秋天！", teacher]
    doc, _ = clean("\n".join(["秋天来了", *lines]))
    assert texts(doc) == lines


SCRIPT = ["尊敬的各位领导、老师们：", "金秋九月，我们迎来了教师节。首先，请允许我向老师们致以节日的问候！",
          "下面进行第一项：请校长致辞。"]


def test_a_hosts_elision_over_the_scripts_closing_sentence_stays():
    lines = [*SCRIPT, "……", "庆祝大会到此结束，谢谢大家！"]
    doc, _ = clean("\n".join(["教师节庆祝大会主持词", *lines]))
    assert texts(doc) == lines


@pytest.mark.parametrize("below", [["下载全文"], ["喜欢就收藏吧！"], []])
def test_a_sites_cut_over_its_buttons_or_its_outro_still_goes(below):
    doc, report = clean("\n".join(["教师节庆祝大会主持词", *SCRIPT, "……", *below]))
    assert texts(doc) == SCRIPT
    assert removed(report, "paywall.dots-alone") == ["……"]


def test_a_records_name_over_its_time_place_and_chair_is_its_title():
    lines = ["班会主题：安全伴我行", "时间：2024年9月20日", "地点：初一（2）班教室", "主持人：班长 刘洋",
             "首先，班长介绍了本次班会的主题；然后，同学们分组讨论了校园安全隐患。", "记录人：陈静"]
    doc, _ = clean("\n".join(["班会记录", *lines]))
    assert doc.get_metadata("title") == "班会记录"
    assert [t.replace(" ", "") for t in texts(doc)] == [t.replace(" ", "") for t in lines]


def test_the_stamps_over_a_threads_answers_are_no_log_entries():
    # Date and time over each answer: a Q&A page's posts, stamped; the stamps are not kept as entries.
    answers = ["放冰水里效果更好，热胀冷缩，蛋白会收缩离开蛋壳。", "用勺子沿着缝轻轻一撬，整个壳就下来了。"]
    doc, _ = clean("\n".join(["煮鸡蛋怎么剥壳不粘", "每次剥壳都会连着蛋白撕下一大块，有什么诀窍吗？",
                                   "2024-03-19 08:05", answers[0], "2024-03-20 12:47", answers[1]]))
    assert "2024-03-19 08:05" not in texts(doc)
    assert all(answer in texts(doc) for answer in answers)
