"""Made-up whole documents whose own lines look like a page's chrome (round 31): a letter's
contact lines under its signer and over its closing date, … Fixtures written for the project,
with made-up names; each keeps the document's lines and still drops the page's chrome beside it."""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed
from reportfmt.passes.boilerplate.scored_guards import never_scored

INVITATION = ["尊敬的钱先生：", "本社定于十月十八日在城东书院举办秋季读书分享会，诚邀您莅临并作主题发言。"]


@pytest.mark.parametrize("close", [["敬请回复为盼。"], ["此致", "敬礼！"]])
@pytest.mark.parametrize("contacts", [
    ["电话：0571-80001234"],
    ["联系人：何晓雨", "电话：0571-80001234"],
    ["联系人：何晓雨", "联系电话：13800001111", "邮箱：heyu@example.org"],
])
@pytest.mark.parametrize("date", ["2024年9月30日", "2024.9.30"])
def test_a_letters_contact_lines_under_its_signer_and_over_its_date_stay(close, contacts, date):
    # Signer, then who to call, then the date: the letter's own close, however many contact fields.
    lines = [*INVITATION, *close, "青禾读书社", *contacts, date]
    doc, report = clean("\n".join(["邀请函", *lines]))
    assert texts(doc) == lines
    assert removed(report, "footer.contact-line-beside-chrome") == []


def test_a_sites_contact_lines_under_its_closing_chrome_still_go_over_a_date():
    # The site's foot: its contact fields under a 上一篇 link, a date under them, no signer.
    foot = ["上一篇：本社举办春季读书会", "电话：0571-80001234", "地址：某某市城东路1号"]
    doc, report = clean("\n".join(["读书分享会邀请", *INVITATION, *foot, "2024年9月30日"]))
    assert texts(doc)[:2] == INVITATION
    assert removed(report, "footer.contact-line-beside-chrome") == foot[1:]


RECORD = ["本次活动围绕作业设计展开讨论，大家一致认为要减少机械抄写。", "会议决定下周起各年级试行分层作业。"]


@pytest.mark.parametrize("time", ["时间：2024年10月12日", "时间：2024年10月12日下午3:00",
                                  "会议时间：2024年10月12日上午"])
@pytest.mark.parametrize("sign_off", [
    ["整理：孙月", "审核：刘平"],
    ["记录人：方晴", "审核：何东"],
    ["记录：方晴", "校对：何东", "2024年10月13日"],
])
def test_a_records_sign_off_under_its_time_alone_stays(time, sign_off):
    # Minutes headed by their time and no place or chair: the roles signing them off are theirs.
    doc, _ = clean("\n".join(["教研组第二次活动记录", time, *RECORD, *sign_off]))
    assert texts(doc)[-len(sign_off):] == sign_off


def test_a_news_items_lone_editor_under_a_time_line_still_goes():
    news = ["9月22日，我县在城南广场举办农民丰收节，展销各乡镇特色农产品。", "活动吸引了上万名群众参加。"]
    doc, report = clean("\n".join(["我县举办农民丰收节", "时间：2024年9月22日", *news, "编辑：赵一"]))
    assert texts(doc) == news
    assert [r["text"] for r in report.removed if r["rule"].startswith("meta-lines.")] == ["编辑：赵一"]


SONG = ["家乡的小河弯又长，", "家乡的稻田金灿灿。"]


@pytest.mark.parametrize("refrain", [["我爱我的家乡，", "我爱我的家乡。"], ["我爱我的家乡，", "我爱我的家乡！"]])
def test_a_songs_refrain_in_the_titles_words_stays(refrain):
    # The refrain sings the song's name mid-sentence: a line of the song, each time it comes back.
    lines = [*SONG, *refrain, "家乡的山坡牛羊壮，", "家乡的人们笑声朗。", *refrain]
    doc, report = clean("\n".join(["我爱我的家乡", *lines]))
    assert texts(doc) == lines
    assert removed(report, "title.repeated-title") == []


def test_the_title_printed_again_as_a_name_still_goes():
    lines = ["家乡的小河弯又长，家乡的稻田金灿灿。", "家乡的山坡牛羊壮，家乡的人们笑声朗。"]
    doc, report = clean("\n".join(["我爱我的家乡", "我爱我的家乡", *lines]))
    assert texts(doc) == lines
    assert removed(report, "title.repeated-title") == ["我爱我的家乡"]


LETTER_BODY = ["县财政局：", "我局起草了今年种植补贴方案，现随函送上，请于三月底前提出修改意见。",
               "青山县农业农村局", "2024年3月18日"]


@pytest.mark.parametrize("address", ["青山县人民路12号 邮编310000", "地址：青山县人民路12号 电话：0571-66668888",
                                     "电话：0571-66668888 传真：0571-66668889"])
def test_a_letterhead_address_is_no_part_of_the_title(address):
    # Unit's name, its address line, then the 函's title: the title alone is the title, the
    # letterhead's two lines stay in the text.
    title = "关于征求种植补贴方案意见的函"
    doc, report = clean("\n".join(["青山县农业农村局", address, title, *LETTER_BODY]))
    assert report.title == title
    assert texts(doc)[0] == "青山县农业农村局"
    assert "".join(texts(doc)[1].split()) == "".join(address.split())
    assert texts(doc)[2:] == LETTER_BODY


LESSON = ["教学目标", "体会父爱的深沉。", "教学过程", "朗读课文，分析父亲买橘子的段落。"]


def test_a_lesson_plans_own_extended_reading_section_stays():
    # "拓展阅读" alone, then what to read and why: the plan's section, and the sections after it.
    lines = [*LESSON, "拓展阅读", "课后阅读朱自清的《匆匆》，体会作者对时间的感受。",
             "作业布置", "写一篇写父亲的短文。"]
    doc, report = clean("\n".join(["《背影》教案", *lines]))
    assert texts(doc) == lines
    assert removed(report, "recommendations.extended-reading") == []


def test_a_sites_extended_reading_box_of_titles_still_goes():
    box = ["拓展阅读", "初中语文背影教学反思", "背影说课稿范文"]
    doc, report = clean("\n".join(["《背影》教案", *LESSON, *box]))
    assert texts(doc) == LESSON
    assert removed(report, "recommendations.extended-reading") == box


PLAN = ["一、检查范围", "全校教学楼、宿舍楼和食堂。", "二、检查内容", "消防器材、用电线路和安全通道都要逐项检查。"]


@pytest.mark.parametrize("cited", [
    ["相关文件：", "《中小学幼儿园安全管理办法》", "《学校食堂与学生集体用餐卫生管理规定》"],
    ["相关文件", "1.《城市生活垃圾分类管理办法》", "2.《本市生活垃圾分类实施细则》", "3.《街道环境卫生工作考核办法》"],
    ["相关文件：", "《某某县校园安全管理规定》（某教发〔2023〕5号）", "《某某县学校消防工作细则》"],
])
def test_a_plans_own_list_of_cited_documents_stays(cited):
    # The documents the plan rests on, each named whole in book-title marks: the plan's list.
    doc, report = clean("\n".join(["校园安全检查实施方案", *PLAN, *cited]))
    assert texts(doc) == [*PLAN, *cited]
    assert removed(report, "recommendations.title-list") == []


def test_a_related_box_of_bare_titles_still_goes():
    # (under a label no rule names, as the tail list finds it)
    box = ["安全教育", "某某小学开展消防安全疏散演练活动", "某某中学召开秋季开学安全工作会议",
           "某某县教育局部署冬季校园安全工作"]
    doc, report = clean("\n".join(["校园安全检查实施方案", *PLAN, *box]))
    assert texts(doc) == PLAN
    assert removed(report, "recommendations.title-list") == box


@pytest.mark.parametrize("salutation", ["各位家长：", "尊敬的业主朋友们："])
@pytest.mark.parametrize("date", ["2024-04-10", "2024年4月10日", "2024.4.10"])
def test_an_unsigned_notes_date_under_its_last_sentence_stays(salutation, date):
    lines = [salutation, "本周五下午学校组织春游，请为孩子准备好饮用水和午餐。", date]
    doc, report = clean("\n".join(lines))
    assert texts(doc) == lines
    assert report.removed == []


def test_a_pages_date_under_a_short_item_with_no_salutation_still_goes():
    item = ["本周五下午学校组织春游，全校师生将前往城西森林公园。"]
    doc, report = clean("\n".join(["学校组织春游", *item, "2024-04-10"]))
    assert texts(doc) == item
    assert removed(report, "meta-lines.date-line") == ["2024-04-10"]


@pytest.mark.parametrize("salutation", ["王老师：", "李经理：", "尊敬的物业公司："])
@pytest.mark.parametrize("text", ["明天的课调到下午第二节", "孩子今天发烧，上午请假半天，下午按时到校。"])
def test_a_note_to_someone_has_no_title_and_keeps_its_lines(salutation, text):
    # Addressee, one line of text, the date: no title in it, and all three stay.
    lines = [salutation, text, "2024年3月5日"]
    doc, report = clean("\n".join(lines))
    assert report.title is None
    assert texts(doc) == lines


ITEM = ["我镇开展安全生产大检查", "5月6日，镇安监站联合派出所对辖区企业开展检查，发现隐患十二处，已全部整改。"]


@pytest.mark.parametrize("masthead", [
    ["（第3期）", "主办：镇安监站", "2024年5月8日"],
    ["第3期", "镇安监站编　2024年5月8日"],
    ["第3期（总第27期）", "镇安监站", "2024年5月8日"],
])
def test_a_bulletins_masthead_is_its_title_and_its_lines(masthead):
    # Name, issue, issuer, date: the name is the title, the rest of the masthead stays with the item.
    doc, report = clean("\n".join(["安全生产简报", *masthead, *ITEM]))
    assert report.title == "安全生产简报"
    assert texts(doc) == [*masthead, *ITEM]


@pytest.mark.parametrize("transition", ["下面将本季度工作情况汇报如下：", "现将有关事项通知如下：",
                                        "下面我把上半年工作简要汇报如下："])
def test_a_documents_own_transition_between_its_title_and_the_repeat_stays(transition):
    # The text's own "…如下：" under the title, the page printing the title again under it.
    body = ["一、主要成绩", "销售额同比增长百分之十二。"]
    doc, report = clean("\n".join(["第一季度销售工作汇报", transition, "第一季度销售工作汇报", *body]))
    assert texts(doc) == [transition, *body]
    assert removed(report, "title.repeated-title") == ["第一季度销售工作汇报"]


def test_a_row_of_facts_between_the_title_and_its_repeat_still_goes():
    body = ["一、主要成绩", "销售额同比增长百分之十二。"]
    doc, report = clean("\n".join(["第一季度销售工作汇报", "工作汇报 2024-04-02", "第一季度销售工作汇报", *body]))
    assert texts(doc) == body
    assert [r["text"] for r in report.removed if r["rule"].startswith("meta-lines.")] == ["工作汇报 2024-04-02"]


@pytest.mark.parametrize("opening", ["一年来，在领导关心下，我们较好地完成了任务。下面将一年来的工作总结如下。",
                                     "今年以来，科室各项工作稳步推进。下面简要介绍如下："])
def test_a_reports_own_opening_handing_over_between_the_titles_stays(opening):
    body = ["一、主要工作", "全年完成产值八千万元。"]
    doc, report = clean("\n".join(["2023年度工作总结", opening, "2023年度工作总结", *body]))
    assert texts(doc) == [opening, *body]
    assert removed(report, "lead-in.summary-between-titles") == []


def test_a_sites_summary_between_the_titles_still_goes():
    summary = "年终总结人人要写。本文从结构和写法两方面介绍怎么写好一份总结。"
    body = ["一、主要工作", "全年完成产值八千万元。"]
    doc, report = clean("\n".join(["2023年度工作总结", summary, "2023年度工作总结", *body]))
    assert texts(doc) == body
    assert removed(report, "lead-in.summary-between-titles") == [summary]


NOTICE = ["各中小学：", "为切实做好学生防溺水工作，现就有关事项通知如下：", "一、开展一次专题教育。",
          "县教育局", "2024年6月1日"]


@pytest.mark.parametrize("hotline", ["举报电话：12345", "（举报电话：12345）", "监督电话：0571-12345678"])
def test_a_notices_hotline_under_its_title_stays(hotline):
    doc, _ = clean("\n".join(["关于开展夏季防溺水安全教育的通知", hotline, *NOTICE]))
    assert texts(doc) == [hotline, *NOTICE]


@pytest.mark.parametrize("hotline", ["举报电话：12345", "监督电话：0571-12345678", "咨询热线：0571-88886666、88886667"])
def test_the_learned_scorer_never_takes_a_notices_hotline_over_its_text(hotline):
    lines = ["关于开展夏季防溺水安全教育的通知", hotline, *NOTICE]
    assert never_scored(lines, 1, prose_follows=True)
    assert not never_scored(["某某网", "违法和不良信息举报电话：12377"], 1, prose_follows=False)


@pytest.mark.parametrize("address", [["地址：某市城东路18号 邮编：310000"], ["某市城东路18号"],
                                     ["地址：某市城东路18号", "电话：0571-80001234"]])
@pytest.mark.parametrize("title", ["商洽函", "询价函"])
def test_a_letterhead_over_a_short_letters_title_is_no_title(address, title):
    # The company's name and address head the page; the letter's title is the line under them.
    body = ["某某印刷厂：", "我公司拟印制宣传册五千份，现就有关事宜与贵厂商洽，请于本月底前回复。",
            "青禾文化传媒有限公司", "2024年3月18日"]
    doc, report = clean("\n".join(["青禾文化传媒有限公司", *address, title, *body]))
    assert report.title == title
    expected = ["青禾文化传媒有限公司", *address, *body]
    assert ["".join(t.split()) for t in texts(doc)] == ["".join(t.split()) for t in expected]


def test_a_notices_hotline_under_the_pages_date_stays_with_the_text_below():
    # The page's date went; the hotline under it heads the notice's text, which goes on below.
    lines = ["监督电话：0571-12345678", "各中小学：",
             "为切实做好学生防溺水工作，确保广大学生度过一个平安的暑假，经研究，决定在全县开展防溺水专题教育。",
             "县教育局", "2024年6月1日"]
    doc, report = clean("\n".join(["关于开展夏季防溺水安全教育的通知", "2024-06-01", *lines]))
    assert texts(doc) == lines
    assert removed(report, "meta-lines.date-line") == ["2024-06-01"]


@pytest.mark.parametrize("signer", ["患者家属：吴女士", "3栋业主：刘芳"])
@pytest.mark.parametrize("contact", [["联系电话：139XXXX1234"], ["联系电话：139XXXX1234", "邮箱：wu@example.com"]])
def test_a_letters_date_under_its_labelled_signer_and_contact_stays(signer, contact):
    lines = ["市第二医院：", "贵院外科张医生医术精湛、待人热情，在我母亲住院期间给予了悉心照料，特此表扬。",
             signer, *contact, "2024年8月15日"]
    doc, report = clean("\n".join(["表扬信", *lines]))
    assert texts(doc) == lines
    assert [r["rule"] for r in report.removed] == ["metadata.title"]


@pytest.mark.parametrize("fields", [["地点：学校报告厅"],
                                    ["地点：学校报告厅", "联系人：王老师", "电话：0571-87650000"]])
def test_a_letters_date_under_its_fields_and_signer_stays(fields):
    # Its last sentence, then where and whom to call, then the signer and the date: all the letter's.
    lines = ["亲爱的家长：", "您好！兹定于本周六上午九点召开家长会，请您准时参加。", *fields,
             "二年级组", "2024年10月8日"]
    doc, report = clean("\n".join(["家长会邀请函", *lines]))
    assert texts(doc) == lines
    assert [r["rule"] for r in report.removed] == ["metadata.title"]


@pytest.mark.parametrize("fields", [["学生姓名：赵阳", "家访时间：2024年11月2日", "家访教师：王芳"],
                                    ["检查日期：2024年5月6日", "检查人：孙平", "检查部位：一号楼"]])
def test_a_records_name_over_its_own_fields_is_its_title(fields):
    lines = [*fields, "情况记录：与家长交流孩子的学习习惯，家长表示会配合学校督促孩子按时完成作业。"]
    doc, report = clean("\n".join(["家访记录", *lines]))
    assert report.title == "家访记录"
    assert texts(doc) == lines


def test_a_poems_refrain_without_punctuation_is_no_repeated_title():
    # Short lines, no prose: the line that comes back in each stanza is the poem's own.
    lines = ["小时候", "乡愁是一枚小小的邮票", "我在这头", "母亲在那头",
             "长大后", "乡愁是一张窄窄的船票", "我在这头", "新娘在那头"]
    doc, report = clean("\n".join(["乡愁", *lines]))
    assert report.title == "乡愁"
    assert texts(doc) == lines


@pytest.mark.parametrize("foot", [["本期编辑：李雪"], ["报：县委办公室", "送：各乡镇", "共印30份"]])
def test_a_bulletins_foot_stays_with_its_masthead(foot):
    lines = ["第2期", "团委办公室　2024年3月6日", "学雷锋志愿服务进社区",
             "3月5日，校团委组织五十名志愿者走进社区开展义务劳动，打扫楼道，清理小广告。", *foot]
    doc, report = clean("\n".join(["学雷锋活动简报", *lines]))
    assert report.title == "学雷锋活动简报"
    assert ["".join(t.split()) for t in texts(doc)] == ["".join(t.split()) for t in lines]


def test_a_news_items_editor_with_no_masthead_still_goes():
    item = ["3月5日，校团委组织五十名志愿者走进社区开展义务劳动，打扫楼道，清理小广告。"]
    doc, report = clean("\n".join(["学雷锋志愿服务进社区", *item, "本期编辑：李雪"]))
    assert texts(doc) == item
    assert [r["text"] for r in report.removed if r["rule"].startswith("meta-lines.")] == ["本期编辑：李雪"]


@pytest.mark.parametrize("page", ["一", "家访记录"])
def test_a_page_of_one_short_line_is_cleaned_without_error(page):
    # (the check for the document's own fields under a title looks at the next line, if any)
    doc, _ = clean(page)
    assert isinstance(texts(doc), list)
