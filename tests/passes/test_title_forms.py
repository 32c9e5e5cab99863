"""Page titles by form (passes/title_forms.py) and through the metadata pass: what a site wraps
around a title goes, a guide's question is a title, the head's controls are never one."""

from __future__ import annotations

import panflute as pf
import pytest

from helpers import clean, texts
from reportfmt.passes.title_forms import (
    asks_question,
    calls_out,
    clean_title,
    names_occasion,
    names_site,
    never_title,
    tags_title,
)


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("【精品】社区志愿服务活动方案汇编6篇", "社区志愿服务活动方案汇编6篇"),
        ("[優(yōu)]倉庫消防管理規定", "倉庫消防管理規定"),
        ("【2021.07】乡镇数字治理的路径与对策", "乡镇数字治理的路径与对策"),
        ("• 县文化馆关于暑期公益培训的公告", "县文化馆关于暑期公益培训的公告"),
        ("全镇秋粮收购工作会议召开 |", "全镇秋粮收购工作会议召开"),
        ("为什么要按时交党费--", "为什么要按时交党费"),
        ("类型物业服务考核细则(通用8篇).docx", "物业服务考核细则(通用8篇).docx"),
        ("某政办发〔2020〕12号《某市关于加强校园食品安全管理的通知》", "某市关于加强校园食品安全管理的通知"),
        ("【社区网格员是做什么的】", "社区网格员是做什么的"),
        # A column's name before a bar, the title much longer after it.
        ("读者来稿|进入初中以后,我怎样安排自己的课余阅读", "进入初中以后,我怎样安排自己的课余阅读"),
        ("學生園地｜我和圖書館的第一次約會", "我和圖書館的第一次約會"),
        # A search's words in square brackets before the title; the page's number after it.
        ("[镇长在镇党委书记]镇长在全镇春耕生产动员会议上的讲话", "镇长在全镇春耕生产动员会议上的讲话"),
        ("我读《乡土中国》的几点体会327", "我读《乡土中国》的几点体会"),
        # A title without any of them stays as it is, "类型" inside a title included.
        ("乡村振兴远景目标2035", "乡村振兴远景目标2035"),
        ("[优选]考勤管理制度", "考勤管理制度"),
        ("岩石类型与分布调查报告", "岩石类型与分布调查报告"),
        # A government index table's title field: its label and the table's empty cells go.
        ("标题:某县教育局关于印发校车安全管理办法的通知 | |", "某县教育局关于印发校车安全管理办法的通知"),
        ("2022年度工会工作总结", "2022年度工会工作总结"),
        # A word or two in brackets before a title many times its length: the site's decoration.
        ("(精選)社區垃圾減量倡議書", "社區垃圾減量倡議書"),
        ("【必备】升旗仪式演讲稿范文汇编6篇", "升旗仪式演讲稿范文汇编6篇"),
        ("【高中部】毕业典礼上的寄语——某某中学学生代表发言", "毕业典礼上的寄语——某某中学学生代表发言"),
        # A section's number in brackets, a part's name, or a bracket as long as what follows stays.
        ("(一)加强组织领导建立责任体系", "(一)加强组织领导建立责任体系"),
        ("【摘要】乡村治理的三种路径", "【摘要】乡村治理的三种路径"),
        ("(新版)职工守则", "(新版)职工守则"),
    ],
)
def test_what_a_site_wraps_around_a_title_goes(line, title):
    assert clean_title(line) == title


@pytest.mark.parametrize(
    ("line", "never"),
    [
        ("登陆注册", True),
        ("加入w10", True),
        ("回覆列表", True),
        ("ImageVerifierCode 换一换", True),
        ("您所在的位置:首页»通知公告", True),
        ("设为首页|加入收藏", True),
        ("- 约 12页", True),
        ("- 5260字", True),
        ("ID:8812345", True),
        ("2020.06", True),
        ("某某读书网-读好书做好人", True),
        # A menu or a post's counters: three or more short items parted by bars.
        ("24h商城| | MyBlog| 登入", True),
        ("2021-03-02 10:11:12| 人氣2,315| 回應3 | 上一篇 | 下一篇", True),
        # A site's slogan, then its channels parted by blanks.
        ("某某范文网助您写好材料! 工作总结 述职报告 心得体会 活动方案 会议纪要", True),
        # A pupil's school and class under their name: a byline.
        ("台中市立某某國中二年五班", True),
        ("某某县实验小学五年级(3)班", True),
        # The site's customer service and its credit for the page.
        ("- 网站客服QQ:12345678", True),
        ("本文《学校后勤主任竞聘演讲稿》由某某学习网提供", True),
        # Titles, short ones and ones naming a 网 or a page included.
        ("注册会计师年度工作总结", False),
        ("首页设计规范", False),
        ("网络安全宣传周活动方案", False),
        ("关于做好校园网建设的通知", False),
        ("学习强国|科技强国", False),
        ("学习 思考 实践", False),  # three words: a title may be that
        ("初二年级三班主题班会方案", False),
        ("客服中心年度工作计划", False),
        # What a web page's machinery prints, in any site's words: a skip link, an untitled
        # page's name, a loading note.
        ("跳到主要內容區塊", True),
        ("跳至主要内容", True),
        ("Jump to the main content block", True),
        ("Skip to content", True),
        ("無標題文件", True),
        ("无标题文档", True),
        ("Untitled Document", True),
        ("正在加載......", True),
        ("Loading...", True),
        # Titles that only share a word with them.
        ("主要内容与工作思路", False),
        ("无标题的日记", False),
        ("加载机运行安全规程", False),
    ],
)
def test_lines_no_page_is_titled_with(line, never):
    assert never_title(line) is never


def test_a_bracket_holding_a_tag_or_a_parts_name_is_no_title():
    assert tags_title("精品")
    assert tags_title("导读")
    assert not tags_title("小学开学典礼校长致辞")


def test_a_short_question_is_a_title_a_sentence_is_not():
    assert asks_question("述职报告该怎么写?")
    assert asks_question("倡议书标准格式？")
    assert not asks_question("今年以来，我们的工作取得了哪些成绩，又有哪些不足，值得每个人认真想一想吗?")


def test_a_guide_titled_with_its_question_gets_it():
    doc, report = clean("会议纪要该如何写?\n会议纪要是记载会议情况的公文。\n一、标题\n标题写明会议名称。")
    assert report.title == "会议纪要该如何写?"
    assert texts(doc)[0] == "会议纪要是记载会议情况的公文。"


def test_controls_above_the_title_are_looked_past_and_dropped():
    doc, report = clean("登陆注册\n2233440001\n党员教育管理工作制度\n第一条 为加强党员教育管理，制定本制度。")
    assert report.title == "党员教育管理工作制度"
    assert texts(doc) == ["第一条 为加强党员教育管理，制定本制度。"]
    rules = {r["text"]: r["rule"] for r in report.removed}
    assert rules["登陆注册"] == "meta-lines.above-title"
    assert rules["2233440001"].startswith("meta-lines.")  # an ID alone: a chrome rule's or the title search's


def test_a_selling_tag_is_not_taken_for_the_title():
    doc, report = clean("【精品】学校食堂管理制度范文5篇\n为规范学校食堂管理，保障师生饮食安全，特制定本制度。")
    assert report.title == "学校食堂管理制度范文5篇"
    assert texts(doc) == ["为规范学校食堂管理，保障师生饮食安全，特制定本制度。"]


def test_a_parts_name_in_brackets_is_not_the_title():
    doc, report = clean("【前言】这份班会方案写给初一新生\n一、班会主题\n主题是珍爱生命。")
    assert report.title is None
    assert texts(doc)[0] == "【前言】这份班会方案写给初一新生"


def test_a_bracket_opening_a_run_of_bracketed_part_names_is_not_the_title():
    # A flattened 教案: "【本课学习目标】…【重点和难点】…" are the text's run-in part names; the first one
    # is no title, and the line keeps it.
    line = "【本课学习目标】1.会用直尺量线段的长度。2.能估计身边物体的长短。【重点和难点】量的时候要对齐零刻度。"
    doc, report = clean(f"{line}\n课上先让学生说一说量长短的办法，再动手量一量课桌。")
    assert report.title is None
    assert texts(doc)[0] == line
    # A bracketed title with the text glued after it, and a page count in brackets later, stays a title.
    doc, report = clean("【新学期班主任寄语】亲爱的同学们，新的学期开始了，希望大家【10篇】都有收获。")
    assert report.title == "新学期班主任寄语"


@pytest.mark.parametrize(
    ("line", "occasion"),
    [
        ("2019年5月14日在区政协九届四次常委会议上", True),
        ("——在全市教育工作会议上(2022年3月8日)", True),
        ("（2021年7月1日在县委中心组学习会上）", True),
        # A speech's title names the speech, and a guide's title asks how.
        ("在全市教育工作会议上的讲话", False),
        ("区长在区政协常委会议上的发言", False),
        ("如何在会议上做好记录", False),
    ],
)
def test_a_speechs_when_and_where_line_is_no_title(line, occasion):
    assert names_occasion(line) is occasion


@pytest.mark.parametrize(
    ("line", "site"),
    [("某某范文网", True), ("青松文库", True), ("某某資料網", True),
     ("关于做好校园网建设的通知", False), ("电网", True), ("智能电网建设方案", False)],
)
def test_a_sites_name_alone_has_the_form_of_one(line, site):
    assert names_site(line) is site


def test_a_sites_name_above_the_title_is_looked_past_and_dropped():
    page = ["某某范文网", "村级财务管理制度(通用5篇)", "为规范村级财务收支，特制定本制度。"]
    doc, report = clean("\n".join(page))
    assert report.title == "村级财务管理制度(通用5篇)"
    assert texts(doc) == ["为规范村级财务收支，特制定本制度。"]
    assert {"text": "某某范文网", "rule": "meta-lines.above-title"} in report.removed


def test_a_short_name_in_a_sites_form_with_no_title_below_is_still_the_title():
    # Only a title below proves the name the site's: alone above the text, it is the page's title.
    doc, report = clean("电网\n线路巡检要做到每周一次，发现隐患当天上报。")
    assert report.title == "电网"
    assert [r["rule"] for r in report.removed] == ["metadata.title"]
    assert texts(doc) == ["线路巡检要做到每周一次，发现隐患当天上报。"]


def test_a_speechs_occasion_line_at_the_top_stays_in_the_body_and_is_no_title():
    page = ["2019年5月14日在区政协九届四次常委会议上", "区财政局局长 某某某", "主席、各位副主席、各位常委:",
            "我受区政府委托，报告今年一季度的财政收支情况。"]
    doc, report = clean("\n".join(page))
    assert report.title is None
    assert texts(doc)[0] == "2019年5月14日在区政协九届四次常委会议上"


def test_a_column_before_a_bar_is_not_the_title_a_site_after_one_is_not_either():
    assert clean_title("书评投稿|升入高中以后,我如何重新爱上阅读") == "升入高中以后,我如何重新爱上阅读"
    # The part after the bar is the site's name, however long: the title stays before it.
    _, report = clean("工作总结|某某市范文写作学习网\n今年以来，我们认真落实各项工作。")
    assert report.title == "工作总结"


def test_a_line_opening_with_a_parts_name_and_a_colon_is_the_text_begun():
    doc, report = clean("引言:乡村教师培训的现状与问题\n近年来，乡村教师培训的机会越来越多。\n"
                        "一、培训内容\n内容偏重理论。")
    assert report.title is None
    assert texts(doc)[0] == "引言：乡村教师培训的现状与问题"


@pytest.mark.parametrize("first", ["目標：讓評審一眼看懂你的專長", "活动背景：秋季开学以来学生近视率上升"])
def test_a_line_opening_with_a_sections_run_in_name_is_the_text_begun(first):
    doc, report = clean(f"{first}\n每到学期初，不少同学都在问这件事该从哪里入手，下面分几点说一说。\n"
                        "其实并没有唯一的标准答案。")
    assert report.title is None
    assert texts(doc)[0] == first.replace(":", "：")


@pytest.mark.parametrize("title", ["南屏县：党员学习有了“直通车”", "公文写作之：会议纪要怎样写出条理"])
def test_a_title_naming_a_place_or_a_series_before_its_colon_is_still_the_title(title):
    _, report = clean(f"{title}\n今年以来，我们认真落实各项工作，取得了一定成效。")
    assert report.title == title


def test_a_pupils_name_and_class_above_an_essay_are_no_title():
    doc, report = clean("林某某\n台北市立某某國中二年三班\n打開一本書，就像推開一扇窗，窗外是我從未到過的地方。\n"
                        "書讓我明白，世界比我想像的大得多。")
    assert report.title is None
    # The school and class are the essay's byline (the author's, not the site's): they stay.
    school = texts(doc).index("台北市立某某國中二年三班")
    assert texts(doc)[school + 1] == "打開一本書，就像推開一扇窗，窗外是我從未到過的地方。"


@pytest.mark.parametrize("line", ["本篇文章274字,讀完約1分鐘", "全文3650字，阅读约9分钟",
                                  "共计40842个字,预计阅读时长137分钟。"])
def test_a_reading_time_note_is_never_a_title(line):
    assert never_title(line)


@pytest.mark.parametrize("line", ["全文共分三个部分", "本文的引言", "阅读推广活动方案"])
def test_a_title_speaking_of_reading_or_parts_is_still_one(line):
    assert not never_title(line)


def test_a_no_script_notice_and_an_accessibility_anchor_above_the_title_go():
    page = ["此網頁需要支援 JavaScript 才能正確運行，請先至你的瀏覽器設定中開啟 JavaScript。", "::: :::",
            "政策實務：從民眾關心的課題看施政方向|某某某", "某某研究中心助理研究員",
            "疫情降級解封後，民眾關心的課題方向值得我們關切。"]
    doc, report = clean("\n".join(page))
    assert report.title == "政策實務：從民眾關心的課題看施政方向"
    assert texts(doc)[0] == "某某研究中心助理研究員"
    assert {"text": "::: :::", "rule": "meta-lines.above-title"} in report.removed


def test_a_reading_time_note_at_the_top_goes_and_is_no_title():
    doc, report = clean("本篇文章312字,讀完約1分鐘\n記者某某報道，為做好秸稈禁燒工作，某某鄉積極行動，採取多項措施。\n"
                        "該鄉設立了禁燒指揮部，召開了動員會。")
    assert report.title is None
    assert texts(doc)[0].startswith("記者某某報道")
    # (named by its form since round 45: the reading-time note's wording 本篇文章…字，读完约…分钟)
    assert {"text": "本篇文章312字,讀完約1分鐘", "rule": "document-site.reading-time"} in report.removed


def test_a_parts_name_alone_on_the_first_line_is_the_text_begun_and_stays():
    doc, report = clean("引言\n国庆节是全体中华儿女共同庆祝的节日，支部借此开展主题党日活动。\n"
                        "一、活动主题\n主题：共庆华诞，凝聚力量")
    assert report.title is None
    assert texts(doc)[0] == "引言"


def test_the_sites_credit_above_the_title_line_is_no_title():
    doc, report = clean("本文《学校后勤主任竞聘演讲稿》由某某学习网提供\n学校后勤主任竞聘演讲稿\n"
                        "尊敬的各位领导，各位老师：\n大家好！今天我竞聘的岗位是后勤主任。")
    assert report.title == "学校后勤主任竞聘演讲稿"
    assert texts(doc)[0] == "尊敬的各位领导，各位老师："


def test_a_name_glued_before_the_title_the_page_repeats_below_is_not_the_title():
    doc, report = clean("某某体育彩票 校园节水宣传活动方案.docx\n某某体育真人\n校园节水宣传活动方案\n"
                        "一、活动目的\n让同学们养成随手关水的习惯。")
    assert report.title == "校园节水宣传活动方案"
    assert "某某体育彩票 校园节水宣传活动方案.docx" not in texts(doc)
    assert "让同学们养成随手关水的习惯。" in texts(doc)


def test_a_page_opening_on_a_later_sample_has_no_title():
    # The ninth sample opens the page (the article's second page): its marker is no title.
    doc, report = clean("社区环境整治活动方案9\n一、活动背景\n小区楼道杂物多，居民反映强烈。\n"
                        "二、活动时间\n本月最后一个周六。")
    assert report.title is None
    assert texts(doc)[0] == "社区环境整治活动方案9"


def test_a_first_sample_marker_with_a_site_id_is_still_a_title():
    # A number too large for a sample's place ("…之我见208") is the site's, not a later sample.
    doc, report = clean("谈谈班级图书角的管理之我见208\n一、图书的来源\n图书由同学们自愿捐出。")
    assert report.title is not None and report.title.startswith("谈谈班级图书角的管理")
    assert "谈谈班级图书角的管理之我见208" not in texts(doc)


def test_a_document_name_glued_to_its_first_article_is_the_title_and_the_article_stays():
    doc, report = clean("仓库安全管理规定第一条为保障仓库物资安全，制定本规定。第二条本规定适用于全体库管员。\n"
                        "发表评论")
    assert report.title == "仓库安全管理规定"
    # (the second article, glued after the first one's full stop, is a line of its own: article_runs)
    assert texts(doc)[:2] == ["第一条为保障仓库物资安全，制定本规定。", "第二条本规定适用于全体库管员。"]
    assert {"text": "仓库安全管理规定", "rule": "metadata.title"} in report.removed


def test_a_proposals_name_glued_to_its_salutation_is_the_title():
    doc, report = clean("节约用水倡议书 亲爱的同学们：水是生命之源，让我们从身边做起，节约每一滴水。")
    assert report.title == "节约用水倡议书"
    assert texts(doc)[0].startswith("亲爱的同学们：水是生命之源")


def test_a_line_that_is_no_documents_name_before_a_salutation_is_no_title():
    # "大家好" is no document's name: the line is the text itself.
    doc, report = clean("大家好 亲爱的同学们：今天我演讲的题目是《珍惜时间》。")
    assert report.title is None
    assert texts(doc)[0].startswith("大家好")


def test_the_text_size_switch_above_an_index_table_is_no_title():
    doc, report = clean("字体大小:【大】 【中】 【小】\n索引号:00123-4/2020-00011 | |\n"
                        "发文字号:某政办发〔2020〕8号 | 发文时间:2020-03-02 |\n"
                        "标题:某县人民政府办公室关于印发防汛应急预案的通知 | |\n"
                        "各乡镇人民政府，县直各单位：\n《防汛应急预案》已经县政府同意，现印发给你们。")
    assert report.title == "某县人民政府办公室关于印发防汛应急预案的通知"
    assert "字体大小:【大】 【中】 【小】" not in texts(doc)
    assert texts(doc)[0] == "各乡镇人民政府，县直各单位："


def test_a_districts_name_over_the_title_the_text_follows_is_the_channels():
    doc, report = clean("东城\n和平里社区“银龄”读书会开班\n3月2日，和平里社区“银龄”读书会在活动室开班。\n"
                        "二十多位老人报名参加，每周读书一次。")
    assert report.title == "和平里社区“银龄”读书会开班"
    assert "东城" not in texts(doc)
    assert {"text": "东城", "rule": "meta-lines.above-title"} in report.removed


def test_a_document_name_over_its_subtitle_stays_the_title():
    # A name ending in its genre keeps its place: the longer line under it is its subtitle.
    doc, report = clean("青年干部培训心得\n在实干中砥砺品格在学习中增长才干\n这次培训让我收获很多。")
    assert report.title == "青年干部培训心得"
    assert texts(doc)[0] == "在实干中砥砺品格在学习中增长才干"


def test_a_numbered_line_under_a_short_title_is_its_first_section():
    # (A line opening on a number is no title under a channel's name.)
    doc, report = clean("火灾处置\n1.1编制目的\n为了及时处置突发事件，制定本预案。")
    assert report.title == "火灾处置"
    assert texts(doc)[0] == "1.1编制目的"


def test_a_posters_name_between_the_title_and_the_date_is_no_title():
    doc, report = clean("如何写好一份班级活动总结\n热心读者\n发布时间:2024-05-06 10:20\n"
                        "写班级活动总结，先写活动概况，再写收获和不足。")
    assert report.title == "如何写好一份班级活动总结"
    assert "如何写好一份班级活动总结" not in texts(doc)
    assert texts(doc)[-1] == "写班级活动总结，先写活动概况，再写收获和不足。"


def test_a_title_over_the_date_stays_the_title_under_a_channel_name_as_short():
    # Twice as long is the bar: a channel's name of the same length over it proves nothing.
    doc, report = clean("校园动态\n春季运动会开幕\n发布时间:2024-05-06 10:20\n运动会今天上午开幕。")
    assert report.title == "春季运动会开幕"
    assert texts(doc) == ["运动会今天上午开幕。"]


def test_a_blogs_category_before_a_colon_over_a_document_name_is_no_title():
    doc, report = clean("行政类规章[3]:\n办公用品领用管理办法\n1、目的:\n规范办公用品的领用。")
    assert report.title == "办公用品领用管理办法"
    assert texts(doc)[0] == "1、目的:"
    assert {"text": "行政类规章[3]:", "rule": "meta-lines.above-title"} in report.removed


def test_a_salutation_over_the_text_is_never_looked_past_for_a_title():
    doc, report = clean("各位同事:\n下周一起执行新的考勤管理办法。\n请大家相互转告。")
    assert report.title is None
    assert texts(doc)[0] == "各位同事:"


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("读书笔记:别再抄书了,写出你自己的思考!", True),
        ("同学们:大家好!", False),
        ("尊敬的各位老师,亲爱的同学们:大家下午好!", False),
        ("某某网校正式上线了!", False),  # no topic before a colon: a notice, not a headline
        ("各位来宾:欢迎来到我们的校园开放日!", False),
    ],
)
def test_a_headline_may_end_in_an_exclamation_after_its_topic_and_colon(line, title):
    assert calls_out(line) is title


def test_a_headline_calling_out_is_the_pages_title():
    doc, report = clean("读书笔记:别再抄书了,写出你自己的思考!\n很多同学的读书笔记只是摘抄。\n这样的笔记很难留下印象。")
    assert report.title == "读书笔记:别再抄书了,写出你自己的思考!"
    assert texts(doc)[0] == "很多同学的读书笔记只是摘抄。"


@pytest.mark.parametrize(
    ("line", "offer"),
    [
        ("精品实用范文推荐", True),
        ("最新 范文 大全", True),
        ("年度工作总结范文", False),  # names its subject
        ("范文写作的三个要点", False),
    ],
)
def test_a_line_of_the_sites_selling_words_is_never_a_title(line, offer):
    assert never_title(line) is offer


def test_the_sites_offer_over_the_text_goes_and_leaves_no_title():
    doc, report = clean("精品实用范文推荐\n今年我被任命为园长，一年来我努力学习，团结同事。\n一、加强学习")
    assert report.title is None
    assert texts(doc)[0] == "今年我被任命为园长，一年来我努力学习，团结同事。"
    assert {"text": "精品实用范文推荐", "rule": "meta-lines.above-title"} in report.removed


def test_the_pages_facts_glued_after_its_title_go_to_the_facts():
    doc, report = clean("校园新闻\n|\n读书月活动有感——李华作者:李华浏览数:12次\n"
                        "我校开展了读书月活动,同学们读书,写心得,办小报,气氛很浓,我也读了三本书")
    assert report.title == "读书月活动有感——李华"
    assert texts(doc)[0].startswith("我校开展了读书月活动")


def test_a_heading_that_runs_the_title_into_its_subtitle_is_the_sites():
    # (Too long for a title: the site's heading joined the title and the subtitle's first lines.)
    doc, report = clean("在全镇秋季防火工作会议上的讲话守住底线筑牢防线共护绿水青山平安"
                        "以过硬作风打赢森林防火攻坚战确保全镇山林安全人人参与户户负责共同守护美丽家园\n"
                        "在全镇秋季防火工作会议上的讲话\n守住底线筑牢防线\n同志们:\n今天召开这次会议。")
    assert report.title == "在全镇秋季防火工作会议上的讲话"
    assert texts(doc)[0] == "守住底线筑牢防线"


def test_a_controlled_documents_header_gives_its_name_and_keeps_the_rest():
    doc, report = clean("文件名称:车间交接班管理制度版本号:B1批准审核页次:第1页共2页 1.目的:规范交接班,明确责任。")
    assert report.title == "车间交接班管理制度"
    # (The header's other fields are left to the chrome rules; the text after them stays.)
    assert texts(doc)[0].startswith("版本号:B1")
    assert texts(doc)[0].endswith("目的：规范交接班，明确责任。")


@pytest.mark.parametrize(
    ("line", "banner"),
    [
        ("某某党建网 学习园地心得体会", True),
        ("读书网-读万卷书行万里路", True),
        ("网络安全宣传周活动总结", False),
        ("上网 安全 须知", False),  # "网" alone is no site's name
    ],
)
def test_a_sites_name_and_a_blank_open_a_banner_never_a_title(line, banner):
    assert never_title(line) is banner


def test_a_colon_alone_under_a_short_line_is_no_category_and_no_crash():
    # (The fuzz test's fragment: stripping a category's colon left nothing to test for a title.)
    doc, _report = clean("一\n:\n正文第一段。")
    assert "正文第一段。" in texts(doc)


@pytest.mark.parametrize(("line", "never"), [("发布网友", True), ("热心网友", True), ("网友提问", True),
                                              ("匿名用户", True), ("致全市网友的一封信", False),
                                              ("网友留言办理情况通报", False)])
def test_a_posters_role_is_no_title(line, never):
    assert never_title(line) is never


def test_a_question_and_answer_page_under_its_posters_role_has_no_title():
    doc, report = clean("\n".join([
        "发起网友",
        "共2个回答",
        "热心网友",
        "我理解你说的年度总结可以分两种情况：一是部门的总结；二是个人的总结。",
        "如果是部门的总结，重点写全年完成的主要工作、取得的成绩和存在的问题。",
    ]))
    assert report.title is None
    assert texts(doc)[0].startswith("我理解你说的年度总结")


def test_a_plans_name_glued_to_its_forms_first_field_is_the_title():
    # A 文库 preview flattened into one line: the name, the form's fields, the text.
    doc, report = clean("高温天气施工安全专项方案项目名称:城东安置小区二期工程 建设地点:新城区滨河路北侧 "
                        "编制单位:某建设集团 一、编制目的 为防止施工人员中暑，保障工程顺利进行，特制定本方案。")
    assert report.title == "高温天气施工安全专项方案"
    assert texts(doc)[0].startswith("项目名称：城东安置小区二期工程")  # (typography: a full-width colon)


def test_a_news_title_set_off_by_a_blank_from_its_dated_lead_is_the_title():
    doc, report = clean("\n".join([
        "社区开展防汛应急演练 6月18日下午，某某社区联合街道应急办在小区广场开展防汛应急演练，"
        "居民和志愿者六十余人参加。演练模拟了地下车库进水的险情。",
    ]))
    assert report.title == "社区开展防汛应急演练"
    assert texts(doc)[0].startswith("6月18日下午，某某社区")


def test_a_sentence_opening_on_a_date_after_a_blank_gives_no_title():
    # The words before the blank end in a comma: a clause, not a title.
    _doc, report = clean("经研究决定， 6月18日下午，在社区广场开展防汛应急演练，请各网格员提前做好准备。")
    assert report.title is None


def test_the_sites_clock_under_its_name_does_not_anchor_the_title():
    # An e-paper's header: the reader's name over today's date and weekday; the article's title
    # stands over its own date line.
    doc, report = clean("\n".join([
        "数字报刊阅读平台",
        "2025-03-15",
        "星期六",
        "当前报纸名称:某某晚报",
        "春耕时节农机忙",
        "日期:03-14",
        "版面:第03版:三农",
        "近日，记者走进某某镇的田间地头，只见一台台拖拉机来回穿梭，农民们正抢抓农时开展春耕备播。",
    ]))
    assert report.title == "春耕时节农机忙"
    assert not any("数字报刊阅读平台" in t for t in texts(doc))


def test_a_title_over_its_own_dated_line_without_a_weekday_still_anchors():
    _doc, report = clean("\n".join([
        "街道召开安全生产工作会议",
        "2025-03-15",
        "3月14日，街道召开安全生产工作会议，部署近期重点工作，辖区四十余家企业负责人参加会议。",
    ]))
    assert report.title == "街道召开安全生产工作会议"


def test_a_skip_link_and_an_untitled_marker_above_the_title_are_looked_past():
    doc, report = clean("跳到主要內容區塊\n無標題文件\n教務會議\n本校教務會議每學期召開一次，由教務長主持。")
    assert report.title == "教務會議"
    assert texts(doc) == ["本校教務會議每學期召開一次，由教務長主持。"]
    rules = {r["text"]: r["rule"] for r in report.removed}
    # Both are web page strings wherever they stand (18c5's rule names them before the title
    # code's above-title record would).
    assert rules["跳到主要內容區塊"] == "meta-lines.web-ui-string"
    assert rules["無標題文件"] == "meta-lines.web-ui-string"


def test_a_title_printed_again_with_its_institution_before_it_is_the_title():
    doc, report = clean("某某大学教务处\n教务会议纪录\n113学年度第2次教务会议纪录\n某某大学113学年度第2次教务会议纪录\n"
                        "时间:2024年10月5日上午9时\n地点:行政楼第一会议室")
    assert report.title == "113学年度第2次教务会议纪录"
    # (the time line over the place is the minutes' head, not the page's date: round 29)
    assert texts(doc) == ["时间:2024年10月5日上午9时", "地点：行政楼第一会议室"]
    removed = {r["text"]: r["rule"] for r in report.removed}
    assert removed["某某大学教务处"] == "meta-lines.above-title"


def test_a_subtitle_opening_on_a_dash_stays_with_its_title():
    doc, report = clean("社区协商为何能化解矛盾?\n——以两个街道的调解实践为例\n"
                        "一、问题的提出\n近年来，社区协商日益受到重视。")
    # The dashed line is the title's subtitle: metadata `subtitle`, printed under the title.
    assert report.title == "社区协商为何能化解矛盾?"
    assert pf.stringify(doc.metadata["subtitle"]) == "——以两个街道的调解实践为例"
    assert texts(doc)[0] == "一、问题的提出"
    assert [r["rule"] for r in report.removed if r["text"].startswith("——")] == ["metadata.subtitle"]


def test_a_speechs_occasion_under_a_dash_is_no_subtitle():
    doc, report = clean("在全县春耕生产会议上的讲话\n——在全县春耕生产动员会议上\n同志们:\n今天我们召开这次会议。")
    assert report.title == "在全县春耕生产会议上的讲话"
    assert "——在全县春耕生产动员会议上" in texts(doc)


def test_a_title_with_a_subtitle_dash_over_a_byline_and_its_date_is_the_title():
    _doc, report = clean("【高中部】毕业前夜的嘱托——某某中学国旗下讲话\n高中部 李明远\n2022.6.6\n"
                         "尊敬的老师、亲爱的同学们:\n大家早上好!")
    assert report.title == "毕业前夜的嘱托——某某中学国旗下讲话"


def test_a_facts_boxs_heading_over_a_title_field_is_no_title():
    doc, report = clean("基本信息\n文件名称:社区防汛应急演练方案.docx\n文件大小:18.20 KB\n总页数:6 页\n"
                        "社区防汛应急演练方案\n为提高居民防汛避险能力，社区决定组织一次应急演练。")
    assert report.title == "社区防汛应急演练方案"
    assert "基本信息" not in texts(doc)
    assert texts(doc)[-1] == "为提高居民防汛避险能力，社区决定组织一次应急演练。"


def test_a_guides_title_field_explaining_a_title_is_no_title():
    _doc, report = clean("辞职信的格式\n标题:一般直接写“辞职信”,置于第一行正中。\n称呼:顶格写接收人的称呼。")
    assert report.title == "辞职信的格式"


def test_the_name_a_sites_credit_gives_opens_the_text_and_is_the_title():
    doc, report = clean("《某县中学关于国庆节放假的通知.docx》由会员分享,可在线阅读,更多相关内容请搜索。\n"
                        "某县中学关于国庆节放假的通知各处室:根据上级安排，现将国庆节放假事项通知如下。")
    assert report.title == "某县中学关于国庆节放假的通知"
    assert texts(doc) == ["各处室：根据上级安排，现将国庆节放假事项通知如下。"]


def test_an_exclaimed_headline_over_the_pages_meta_line_is_the_title():
    doc, report = clean("党建课堂| 关于转正申请,这几点要记牢!\n发布时间:2023-05-06 浏览次数:210\n"
                        "预备党员预备期满时，应当主动提交转正申请。")
    assert report.title == "关于转正申请,这几点要记牢!"
    assert texts(doc) == ["预备党员预备期满时，应当主动提交转正申请。"]


def test_an_exclamation_without_a_meta_line_under_it_is_no_title():
    _doc, report = clean("同学们一起加油吧!\n新学期开始了，我们要制定新的学习计划。")
    assert report.title is None


def test_a_titles_first_copy_wrapped_in_two_is_read_as_one_line():
    doc, report = clean("首页 > 问答\n开题报告里的文献\n综述该怎么写\n发布时间:2023-04-02\n"
                        "开题报告里的文献综述该怎么写\n文献综述要围绕选题，梳理已有研究的进展。")
    assert report.title == "开题报告里的文献综述该怎么写"
    assert texts(doc) == ["文献综述要围绕选题，梳理已有研究的进展。"]
    titled = [r["text"] for r in report.removed if r["rule"] == "metadata.title"]
    assert titled == ["开题报告里的文献综述该怎么写"]  # the halves, read as one line


def test_two_short_lines_whose_join_no_later_line_repeats_stay_apart():
    # "学校安全工作总结" is only the start of the line below: no repeat, no join.
    doc, report = clean("学校安全\n工作总结\n学校安全工作总结表彰名单\n今年全校师生共同努力，完成了各项任务。")
    assert report.title == "学校安全"
    assert texts(doc)[:2] == ["工作总结", "学校安全工作总结表彰名单"]


def test_the_anchors_read_a_line_without_the_bar_after_it():
    # Every chrome line of the head ends in a bar, as a flattened table leaves them.
    doc, report = clean("首页 |\n> 论文知识库 |\n首页 论文知识库 问答 |\n参考文献的格式要一致吗 |\n发布时间: |\n"
                        "参考文献的格式要一致吗\n要看期刊的要求，同一篇论文里应当统一。")
    assert report.title == "参考文献的格式要一致吗"
    assert texts(doc)[-1] == "要看期刊的要求，同一篇论文里应当统一。"


def test_the_anchors_read_a_line_without_the_bullet_before_it():
    _doc, report = clean("· 某章网 资料文库 县教育工作意见范文\n县教育工作意见范文\n"
                         "本站小编为你精心准备了县教育工作意见参考范文,愿这些范文能启发您的写作。欢迎深入阅读并收藏。\n"
                         "■县教育工作意见\n一、指导思想\n坚持立德树人。")
    assert report.title == "县教育工作意见范文"


def wide(text: str) -> str:
    """The text with its ASCII characters in their full-width forms, as some sites print them."""
    return text.translate({code: code + 0xFEE0 for code in range(0x21, 0x7F)})


@pytest.mark.parametrize(
    ("line", "title"),
    [
        # Read with widths folded, given back as the page writes it.
        (f"【{wide('2021.07')}】乡镇数字治理的路径与对策", "乡镇数字治理的路径与对策"),
        (f"{wide('[')}镇长在镇党委书记{wide(']')}镇长在全镇春耕生产动员大会上的讲话",
         "镇长在全镇春耕生产动员大会上的讲话"),
        (f"我读《乡土中国》的几点体会{wide('327')}", "我读《乡土中国》的几点体会"),
        (f"{wide('2022')}年度工会工作总结", f"{wide('2022')}年度工会工作总结"),
    ],
)
def test_a_titles_decoration_in_full_width_forms_goes_too(line, title):
    assert clean_title(line) == title


def test_a_lines_full_width_forms_do_not_hide_that_it_is_never_a_title():
    assert never_title(f"{wide('-')} {wide('5260')}字")
    assert never_title(wide("ID:8812345"))
    assert not never_title(f"{wide('2022')}年度工会工作总结")


def test_a_page_number_after_a_title_in_full_width_forms_goes():
    from reportfmt.passes.title_suffixes import strip_site_suffix
    written = f"村干部培训讲话汇编{wide('-8')}篇"
    assert strip_site_suffix(f"{written}（第{wide('2/3')}页）") == written


def test_a_journal_issue_in_full_width_forms_opening_the_title_line_is_no_title():
    _doc, report = clean(f"【{wide('2021.07')}】乡镇数字治理的路径与对策\n2021-08-02 来源:某某研究 作者:某某\n"
                         "数字治理正在改变乡镇的工作方式。")
    assert report.title == "乡镇数字治理的路径与对策"


# Issue 18: a news report's headline printed in two lines over its dateline, a reporter's byline,
# a site's hashtag before 导语.
@pytest.mark.parametrize(
    ("text", "title", "first"),
    [
        # A kicker (where) over the main line, the reporter's name alone over the dateline.
        ("北湖市西城区\n街道干部实行轮岗交流\n李青\n北湖讯 日前，西城区召开街道干部轮岗交流动员会。\n"
         "会上宣读了轮岗名单。",
         "北湖市西城区街道干部实行轮岗交流", "李青"),
        # The issuer's verb over the document's name in 《》.
        ("省委办公厅印发\n《机关公文处理工作细则》\n新华社南州4月12日电 近日，省委办公厅印发了细则。\n"
         "细则共五章。",
         "省委办公厅印发《机关公文处理工作细则》", "新华社南州4月12日电 近日，省委办公厅印发了细则。"),
        # The main line over its deck, then the paper's own dateline.
        ("做好秋粮收购的排头兵\n全县粮食系统秋粮收购工作推进会召开\n"
         "本报讯（记者 周明）昨日，全县秋粮收购工作推进会召开。\n会议部署了下一阶段工作。",
         "做好秋粮收购的排头兵全县粮食系统秋粮收购工作推进会召开",
         "本报讯（记者 周明）昨日，全县秋粮收购工作推进会召开。"),
    ],
)
def test_a_news_headline_in_two_lines_over_its_dateline_is_one_title(text, title, first):
    doc, report = clean(text)
    assert report.title == title
    assert "".join(texts(doc)[0].split()) == "".join(first.split())  # (blanks between CJK go: typography)


def test_two_short_lines_over_a_paragraph_without_a_dateline_keep_the_channel_reading():
    # Without a dateline the short line over the title is still the channel's (as before).
    doc, report = clean("南城\n青山社区读书角揭牌\n5月6日，青山社区读书角揭牌。\n居民可以免费借书。")
    assert report.title == "青山社区读书角揭牌"
    assert "南城" not in texts(doc)


@pytest.mark.parametrize(
    ("line", "never"),
    [
        ("本报记者王明", True),
        ("记者 张华 通讯员 刘一", True),
        ("本报通讯员 陈晓", True),
        ("记者节座谈会发言稿", False),
        ("通讯员工作制度", False),
    ],
)
def test_a_reporters_byline_is_never_a_title(line, never):
    assert never_title(line) is never


def test_a_page_opening_on_a_reporters_byline_has_no_title():
    doc, report = clean("本报记者赵一\n暑假里，河西社区的学生志愿者每天在门岗值守，劝导不文明行为。\n"
                        "社区为他们颁发了证书。")
    assert report.title is None
    # The byline is the report's own line (reporter credits convention, round 18): it stays.
    assert texts(doc)[0] == "本报记者赵一"
    assert texts(doc)[1].startswith("暑假里，河西社区")


def test_a_sites_hashtag_before_a_parts_name_is_a_tag_not_a_title():
    assert tags_title("#某某文档网# 导语")
    assert tags_title("#范文站#")
    assert not tags_title("#话题#社区志愿者的一天")  # a hashtag before a title's words: the bracket names more


def test_a_lead_in_under_a_hashtag_bracket_goes_and_the_next_line_is_the_title():
    doc, report = clean("【#某某文档网# 导语】以下是某某文档网的小编为您整理的《仓库安全管理制度》,欢迎阅读!\n\n"
                        "仓库安全管理制度\n一、目的\n为规范仓库安全管理，特制定本制度。")
    assert report.title == "仓库安全管理制度"
    assert texts(doc)[0] == "一、目的"


def test_the_documents_name_with_a_full_stop_under_the_title_goes_as_a_lead_in():
    doc, report = clean("秋季防火工作情况汇报范文\n秋季防火工作汇报。\n秋季防火工作汇报\n尊敬的各位领导：\n"
                        "我代表镇防火办汇报今年秋季防火工作。")
    assert report.title == "秋季防火工作情况汇报范文"
    assert "秋季防火工作汇报。" not in texts(doc)
    assert {"text": "秋季防火工作汇报。", "rule": "lead-in.name-as-sentence"} in report.removed
    assert texts(doc)[-1] == "我代表镇防火办汇报今年秋季防火工作。"


def test_a_short_sentence_under_the_title_not_repeated_below_stays():
    # The same shape, but the next line is not that name: the text's own first sentence.
    doc, report = clean("秋季防火工作情况汇报范文\n防火工作形势严峻。\n秋季防火工作汇报\n尊敬的各位领导：\n"
                        "我代表镇防火办汇报今年秋季防火工作。")
    assert "防火工作形势严峻。" in texts(doc)
    assert not [r for r in report.removed if r["rule"] == "lead-in.name-as-sentence"]


def test_a_long_line_is_folded_as_a_short_one_is():
    """A line past LONG_FOLD_CHARS is folded form by form (title_forms._folded): the same
    characters as translate gives, every full-width form and the ideographic blank included."""
    from reportfmt.passes.title_forms import LONG_FOLD_CHARS, _folded
    from reportfmt.passes.width import FULLWIDTH_ASCII

    forms = "".join(map(chr, FULLWIDTH_ASCII))
    line = ("某某工作总结，第１部分（草稿）：" + forms + "正文。") * (LONG_FOLD_CHARS // 50)
    assert len(line) > LONG_FOLD_CHARS
    assert _folded(line) == line.translate(FULLWIDTH_ASCII)
    assert _folded(line[:40]) == line[:40].translate(FULLWIDTH_ASCII)
    assert _folded("某某工作总结") == "某某工作总结"


def test_a_line_longer_than_any_title_line_is_text_and_no_title_is_read_off_it():
    """A page run together on one line past TITLE_LINE_MAX_CHARS: no title form is read on it
    (each scans the whole line: a 3 MB line took 4 s in them); shorter, its bracket is the title."""
    from reportfmt.passes.title_line import TITLE_LINE_MAX_CHARS

    sentence = "为规范学校食堂管理，保障师生饮食安全，特制定本制度。"
    _, report = clean("【学校食堂管理制度】" + sentence * 20)
    assert report.title == "学校食堂管理制度"
    line = "【学校食堂管理制度】" + sentence * (TITLE_LINE_MAX_CHARS // len(sentence) + 1)
    doc, report = clean(line)
    assert report.title is None
    assert "".join(texts(doc)) == line


# A 文库 or article page flattened so that the document's name and its opening sentence share the
# first line, parted by a blank: the name (ending in its genre) is the title, the sentence stays.
@pytest.mark.parametrize(("line", "title", "opening"), [
    ("滨河社区第二届邻里趣味运动会实施方案 为促进邻里往来，丰富居民业余生活，拟于九月在社区广场举办运动会。",
     "滨河社区第二届邻里趣味运动会实施方案", "为促进邻里往来，丰富居民业余生活"),
    ("2023暑期安全教育活动总结6篇 暑期将至，学校把安全教育作为头等大事，各班先后开展了主题班会和疏散演练。",
     "2023暑期安全教育活动总结6篇", "暑期将至，学校把安全教育"),
])
def test_a_document_name_glued_to_its_opening_sentence_is_the_title_and_the_sentence_stays(line, title, opening):
    doc, report = clean(line + "\n一、活动目的\n让居民在运动中相识相知，增进邻里感情。")
    assert report.title == title
    assert texts(doc)[0].startswith(opening)
    assert texts(doc)[0].endswith("。")
    assert "一、活动目的" in texts(doc)


def test_a_contracts_name_glued_to_its_first_party_is_the_title_and_the_parties_stay():
    doc, report = clean("房屋转租协议书 转租方(甲方):张某某 身份证号:____ 承租方(乙方):李某某 身份证号:____ "
                        "经双方协商一致，订立本协议。")
    assert report.title == "房屋转租协议书"
    assert texts(doc)[0].startswith("转租方")
    assert "经双方协商一致，订立本协议。" in texts(doc)[0]


@pytest.mark.parametrize("line", [
    # A clause that opens the text ends in a genre word by chance: no title.
    "根据公司年度工作计划 现将第三季度的安排说明如下，请各部门遵照执行，确保按时完成。",
    "按照上级的统一部署和要求 我们认真开展了自查自纠，现将有关情况报告如下，请审阅。",
    # Words before the blank that name no genre: the text itself.
    "今天天气很好 我们一家人去公园散步，看见了许多盛开的花朵，心里非常高兴。",
])
def test_a_clause_before_a_blank_is_never_taken_for_a_glued_title(line):
    doc, report = clean(line)
    assert report.title is None
    assert texts(doc)[0].startswith(line.split()[0])


@pytest.mark.parametrize("label", ["文本描述", "资源描述", "文檔簡介", "资料简介"])
def test_a_document_sites_preview_label_is_no_title_and_goes(label):
    # The 文库's label over the preview, then the agreement flattened onto one line from its name.
    doc, report = clean(f"{label}\n房屋转租协议书 转租方(甲方):张某某 身份证号:____ 承租方(乙方):李某某 "
                        "身份证号:____ 经双方协商一致，订立本协议。")
    assert report.title == "房屋转租协议书"
    assert {"text": label, "rule": "document-site.summary-label"} in report.removed
    assert texts(doc)[0].startswith("转租方")


def test_a_plan_named_the_taiwan_way_is_a_document_over_its_source_field():
    # (round 54) Taiwan writes a plan 計畫: "…年度施政計畫" names a document, so a source field
    # of slash-parted parts under it ("資料來源:某組 / 某小姐 / 電話") leaves it the title, and the
    # text's first heading stays in the body.
    heading = "本處113年度施政目標與重點"
    body = ["今年本處把經費集中在社區運動場地與志工培訓兩項。", "以下依施政目標分項說明:"]
    doc, report = clean("\n".join(["政府公開資訊", ":::", "113年度施政計畫",
                                   "• 資料來源:企劃組 / 陳小姐 / (02)2345-6789", "• 更新日期:2024/02/14",
                                   heading, *body]))
    assert report.title == "113年度施政計畫"
    assert texts(doc) == [heading, *body]
