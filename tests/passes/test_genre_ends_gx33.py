"""Whole documents a user writes, short enough to be all "head" to the chrome rules: a closing date
under the notice's contact line or under a row of signers side by side, a log's first dated entry
opening on the day's fields, a log's head row of its own fields with the date among them. Each is
the document's own line and stays. Fixtures written for the project (made-up names and numbers)."""

from __future__ import annotations

import pytest

from helpers import clean, removed_by, texts


@pytest.mark.parametrize("contact", [
    "联系电话：137XXXX5521",
    "联系人：韩某某    电话：137XXXX5521",
    "联系人：韩先生",
])
def test_a_notices_date_under_its_contact_line_stays(contact):
    lines = ["寻狗启事",
             "本人于十月五日傍晚在柳湾公园走失一只柯基犬，名叫豆豆，脖子上系红色项圈。如有拾到者请与我联系，必有重谢！",
             contact, "2025年10月6日"]
    doc, report = clean("\n".join(lines))
    assert report.title == "寻狗启事"
    assert texts(doc)[-2:] == [" ".join(contact.split()), "2025年10月6日"]
    assert not removed_by(report, "meta-lines.date-line-written")


def test_a_date_under_signers_side_by_side_stays():
    lines = ["外祖母某某，因病于2025年3月8日在家中去世，享年八十九岁。定于3月10日上午在村中举行告别仪式，特此讣告。",
             "长子：某某    次女：某某    率全家敬告", "2025年3月8日"]
    doc, report = clean("\n".join(lines))
    assert texts(doc)[-1] == "2025年3月8日"
    assert not removed_by(report, "meta-lines.date-line-written")


def test_a_sites_date_under_a_finished_article_with_no_field_still_reads_as_before():
    # The widening asks for a field or a signer between the text and the date; a date under a
    # bare sentence is date-line-written's exception already (it stays), and a date over the text
    # is the page's (it goes).
    lines = ["秋季运动会圆满落幕", "2024年10月20日",
             "10月18日至19日，我校第十二届秋季运动会在新建的塑胶操场举行，全校一千余名师生参加。"]
    _, report = clean("\n".join(lines))
    assert removed_by(report, "meta-lines.date-line-written") == ["2024年10月20日"]


LOG = ["施工日志",
       "工程名称：柳岸小区2号楼    记录人：喻青山",
       "2025年6月3日  星期二",
       "天气：晴    气温：21—30℃",
       "今日完成三层顶板钢筋绑扎，监理验收合格，明日浇筑混凝土。",
       "2025年6月4日  星期三",
       "天气：阴    气温：20—27℃",
       "三层顶板浇筑混凝土约九十立方米，至傍晚完成，已安排洒水养护。"]


def test_a_logs_first_dated_entry_over_the_days_fields_stays_with_the_head_row():
    doc, report = clean("\n".join(LOG))
    assert report.title == "施工日志"
    assert texts(doc)[:3] == ["工程名称：柳岸小区2号楼 记录人：喻青山", "2025年6月3日 星期二", "天气：晴 气温：21—30℃"]
    assert not removed_by(report, "meta-lines.facts-under-title")


def test_a_single_date_over_a_field_line_is_still_the_pages():
    # One date over a field is no log: the entries need their second date of the same shape.
    lines = ["学校开展消防演练", "2024年11月9日", "地点：城东实验小学",
             "为提高师生应急避险能力，我校于11月8日下午组织全校师生开展消防疏散演练，全程用时四分钟。"]
    _, report = clean("\n".join(lines))
    assert "2024年11月9日" in removed_by(report, "meta-lines.date-line-written")


@pytest.mark.parametrize("head", ["日期：2025年11月3日    姓名：钱某某    岗位：客服专员",
                                  "日期：2025年11月3日    天气：多云"])
def test_a_date_field_beside_the_documents_own_fields_stays(head):
    lines = [head, "今日完成：", "1.接听来电四十余通，处理在线咨询八十余条；", "2.回访上周投诉客户五位。"]
    doc, report = clean("\n".join(lines))
    assert texts(doc)[0] == " ".join(head.split())
    assert report.date is None


def test_a_date_field_beside_the_sites_labels_is_still_the_pages_date():
    lines = ["日期：2025-11-03    作者：某某    来源：某某网",
             "今日我们来谈谈怎样写好一份客服工作日志，先从格式说起，再看几个常见的写法。"]
    doc, report = clean("\n".join(lines))
    assert report.date == "2025-11-03"
    assert not texts(doc)[0].startswith("日期")


# Titles: the first line a user's document opens on.

@pytest.mark.parametrize("title", ["贺　信", "贺  信"])
def test_a_spaced_letter_title_over_its_addressee_is_the_title(title):
    # Its two characters read as a spaced name too (a byline's), but a byline stands under a
    # title, never over the addressee a letter opens on.
    lines = [title, "青溪师范学院：", "欣闻贵校即将迎来建校六十周年，我院全体师生向贵校致以热烈的祝贺！",
             "六十年来，贵校为地方培养了数万名优秀教师，我们两校的合作也日益深入。"]
    doc, report = clean("\n".join(lines))
    assert report.title == "贺信"
    assert texts(doc)[0] == "青溪师范学院："


def test_a_spaced_name_under_a_title_is_still_a_byline_not_the_title():
    lines = ["春天的脚步", "贺 新", "春风吹过田野，柳枝抽出了新芽，燕子也从南方飞回来了。"]
    _, report = clean("\n".join(lines))
    assert report.title == "春天的脚步"


@pytest.mark.parametrize("field", ["获奖者：邵明川（装配车间班组长）", "述职人：邵明川"])
def test_a_person_under_the_role_the_document_gives_is_no_title(field):
    lines = [field, "他是车间里的“老黄牛”，十年如一日守在生产线上，带出的徒弟个个都是技术骨干。"]
    doc, report = clean("\n".join(lines))
    assert not report.title
    assert texts(doc)[0] == field


def test_a_colon_title_naming_a_subject_is_still_the_title():
    lines = ["喜报：华南大区荣获年度服务之星", "在公司年度表彰大会上，华南大区以满意度第一的成绩荣获年度服务之星。"]
    _, report = clean("\n".join(lines))
    assert report.title == "喜报：华南大区荣获年度服务之星"


@pytest.mark.parametrize("file_line", ["村企合作协议书范本.doc  第1页/共2页",
                                       "年会邀请请柬模板（可编辑word版）  下载",
                                       "工作日志样本.docx  免费下载"])
def test_a_file_line_with_the_viewers_page_or_download_button_goes_and_is_no_title(file_line):
    lines = [file_line, "请  柬", "尊敬的钟云峰先生：",
             "兹定于二〇二六年一月十日下午三时在滨江酒店举行年会，敬请光临。"]
    doc, report = clean("\n".join(lines))
    assert removed_by(report, "document-site.file-name-with-facts") == [" ".join(file_line.split())]
    assert report.title == "请柬"
    assert texts(doc)[0] == "尊敬的钟云峰先生："


def test_a_documents_line_naming_a_download_in_words_stays():
    lines = ["关于报送年度统计报表的通知", "各单位：",
             "请于1月20日前将年度统计报表报送至局办公室，报表模板可在局网站“通知公告”栏目下载。"]
    doc, _ = clean("\n".join(lines))
    assert texts(doc)[-1] == lines[-1]


# Structure: a roster's rows, a log's dated days, bracketed labels over fields.

ROSTER = ["日期        带班领导      值班人员          联系电话",
          "5月1日      葛长青        邬蓝、费舟        138XXXX1101",
          "5月2日      黎思远        卜丹、甘航        139XXXX7516",
          "5月3日      葛长青        祁月、骆成        137XXXX0348",
          "5月4日      黎思远        邬蓝、甘航        138XXXX1101",
          "5月5日      卢明哲        卜丹、骆成        136XXXX9025"]


def test_a_flattened_rosters_rows_are_not_joined_as_a_wrapped_paragraph():
    lines = ["城西街道2026年劳动节值班安排", "各科室：", "现将劳动节假期值班安排如下：", *ROSTER,
             "请值班人员按时到岗。"]
    doc, _ = clean("\n".join(lines))
    assert [" ".join(line.split()) for line in ROSTER[1:]] == [t for t in texts(doc) if t.startswith("5月")]


def test_a_line_spaced_letter_by_letter_is_no_table_row():
    from reportfmt.passes.typography import table_row
    assert not table_row("第 六 章 经 费")
    assert table_row("5月1日 葛长青 邬蓝、费一舟 138XXXX1101")
    assert not table_row("联系人：邬蓝 电话：138XXXX1101 地址：城西路")


def test_a_logs_dates_with_their_weekday_over_the_days_weather_are_its_sections():
    from helpers import outline
    doc, _ = clean("\n".join(LOG))
    assert outline(doc) == [(1, "2025年6月3日 星期二"), (1, "2025年6月4日 星期三")]


def test_a_closing_date_with_a_weekday_alone_heads_nothing():
    from helpers import outline
    lines = ["关于调整作息时间的通知", "各班级：", "自下周一起，学校下午到校时间调整为两点。", "教务处",
             "2025年9月26日 星期五"]
    doc, _ = clean("\n".join(lines))
    assert outline(doc) == []


def test_bracketed_labels_over_their_fields_are_sections():
    from helpers import outline
    lines = ["寻狗启事：白色比熊“雪球”走失", "【走失经过】", "10月2日傍晚在滨河公园散步时走失，当时未系牵引绳。",
             "【特征】", "毛色：纯白", "体型：约五公斤", "【联系方式】", "电话：135XXXX7788", "有线索者必有重谢！"]
    doc, _ = clean("\n".join(lines))
    assert outline(doc) == [(1, "【走失经过】"), (1, "【特征】"), (1, "【联系方式】")]


def test_a_runin_closed_by_a_short_clause_introducing_its_points_runs_in_like_its_siblings():
    from helpers import runins
    lines = ["二、工作设想",
             "（一）抓常规，夯实基础。做到：", "①开齐开足课程；", "②每月检查一次教案。",
             "（二）抓教研，提升效率。以年级组为单位开展集体备课，每两周确定一个研究主题。",
             "（三）抓队伍，促进成长。为每名新教师配一名导师，建立骨干教师工作室。"]
    doc, _ = clean("\n".join(lines))
    assert runins(doc)[:3] == ["（一）抓常规，夯实基础。", "（二）抓教研，提升效率。", "（三）抓队伍，促进成长。"]


def test_a_short_clause_with_no_points_below_is_no_runin():
    from helpers import runins
    lines = ["二、工作设想",
             "（一）抓常规，夯实基础。做到：", "开齐开足课程，每月检查一次教案，发现问题及时整改。",
             "（二）抓教研，提升效率。以年级组为单位开展集体备课，每两周确定一个研究主题。",
             "（三）抓队伍，促进成长。为每名新教师配一名导师，建立骨干教师工作室。"]
    doc, _ = clean("\n".join(lines))
    assert "（一）抓常规，夯实基础。" not in runins(doc)
