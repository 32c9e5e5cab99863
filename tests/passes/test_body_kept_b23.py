"""Body lines and masks the title chooser took (issue 18, round 23): a contract's first field line
with its blank to fill ("甲方：______（出租方）") taken for the page's title, the blank then cut
as if it were a site name after a separator; a choice question's options line, the first line a
page cut from an exam keeps, taken for its title. Both are the document's own lines: they stay,
and the blank stays a mask. Fixtures are made up for the project in the forms real pages take."""

from __future__ import annotations

import panflute as pf
import pytest

from helpers import clean, texts
from helpers import removed_by as removed
from reportfmt.passes.title_shape import title_shaped
from reportfmt.passes.title_suffixes import strip_site_suffix

CONTRACT = ["甲方：__________（出租方）",
            "乙方：__________（承租方）",
            "经双方友好协商，甲方将位于城东仓库的两间库房出租给乙方使用，订立本合同。",
            "一、租赁期限",
            "租赁期限自合同签订之日起计算，共计两年，期满后双方可另行协商续租。"]

EXAM = ["語 (A)春風 (B)秋雨 (C)冬雪 (D)夏雷",
        "    解答 B",
        "( )8.下列哪一個詞語用得最恰當？ (A)雨過天晴 (B)風和日麗 (C)天寒地凍 (D)烈日當空",
        "    解答 A",
        "( )9.下列哪一句沒有錯別字？ (A)他一向按部就班 (B)大家再接再勵 (C)老師諄諄教悔 (D)事情迫在眉捷"]


def squeezed(text: str) -> str:
    return "".join(text.split()).translate(str.maketrans("（）", "()"))


def test_a_field_line_with_its_blank_is_no_title_and_keeps_its_mask():
    doc, report = clean("\n".join(CONTRACT))
    assert report.title is None
    assert texts(doc)[:2] == CONTRACT[:2]
    assert [m["text"] for m in report.masks] == ["__________", "__________"]
    assert not [r for r in report.removed if r["rule"] == "metadata.title"]


def test_the_title_over_field_lines_is_still_taken():
    doc, report = clean("\n".join(["库房租赁合同", *CONTRACT]))
    assert report.title == "库房租赁合同"
    assert texts(doc)[:2] == CONTRACT[:2]


def test_a_field_with_a_blank_is_not_title_shaped_but_a_title_with_a_colon_is():
    assert not title_shaped("甲方：__________（出租方）")
    assert not title_shaped("联系人:_____")
    assert title_shaped("揭秘：社区食堂为何越办越红火")


def test_three_underscores_or_more_are_a_blank_not_a_site_separator():
    assert strip_site_suffix("关于______的通知") == "关于______的通知"
    assert strip_site_suffix("甲方:__________(出租方)") == "甲方:__________(出租方)"
    assert strip_site_suffix("年度工作总结_某某范文网") == "年度工作总结"
    assert strip_site_suffix("年度工作总结__工作总结频道_某某网") == "年度工作总结"


def test_a_choice_questions_options_line_is_no_title_and_stays():
    doc, report = clean("\n".join(EXAM))
    assert report.title is None
    # (typography writes the brackets full-width between Chinese characters)
    assert squeezed(texts(doc)[0]) == squeezed(EXAM[0])
    assert not title_shaped("語 (A)春風 (B)秋雨 (C)冬雪 (D)夏雷")
    # One lettered bracket is no options line: "(A)" may mark a title's part.
    assert title_shaped("附件(A)项目申报说明")


# --- a line of underscores under a field's label ------------------------------------------------

def test_a_line_of_underscores_under_a_numbered_label_is_its_blank():
    page = ["设备租赁合同", "第一条 租赁设备", "1.设备名称、规格", "______________________________",
            "2.设备数量：______台", "经双方协商一致，订立本合同，双方共同遵守。"]
    _, report = clean("\n".join(page))
    assert [m["text"] for m in report.masks] == ["______________________________", "______"]


def test_lines_of_underscores_under_a_label_ending_in_its_colon_are_blanks():
    page = ["设备租赁合同", "经双方协商一致，订立本合同，双方共同遵守。", "第九条 其他约定：",
            "________________________", "________________________", "本合同一式两份，双方各执一份。"]
    doc, report = clean("\n".join(page))
    # (Twice running, a blank line was dropped as a teaser of the next or a title printed again.)
    assert texts(doc).count("________________________") == 2
    assert not report.removed[1:]
    assert [m["text"] for m in report.masks] == ["________________________"] * 2


def test_a_line_of_underscores_under_a_sentence_stays_a_separator():
    page = ["设备租赁合同", "经双方协商一致，订立本合同，双方共同遵守。", "本合同一式两份，双方各执一份。",
            "________________________", "附件：设备清单"]
    doc, report = clean("\n".join(page))
    assert report.masks == []
    assert "________________________" in texts(doc)


# --- a broken page's hash left inside a word ---------------------------------------------------

def test_a_hex_string_inside_a_word_is_cut_and_the_word_rejoined():
    line = "请柬的落款写在右下方，日期9c1e4b7a2f6d08写在落款下面，字迹要工整。"
    doc, report = clean("\n".join(["请柬的写法", line, "请柬一般提前一周送达。"]))
    assert texts(doc)[0] == "请柬的落款写在右下方，日期写在落款下面，字迹要工整。"
    assert removed(report, "markup.hex-debris") == ["9c1e4b7a2f6d08"]


def test_a_code_after_its_label_or_a_number_inside_a_word_stays():
    lines = ["安装包的校验码：9c1e4b7a2f6d08e3，下载后请核对。", "本批次共计123456789012件产品已经入库。",
             "文件编号ABCDEF123456对应的是旧版本。"]
    doc, report = clean("\n".join(["软件下载说明", *lines]))
    assert texts(doc) == lines
    assert not removed(report, "markup.hex-debris")


# --- a numbered section's name is no channel over a title ----------------------------------------

def test_a_numbered_section_name_opening_the_page_is_no_channel_and_its_line_no_title():
    page = ["（一）适用范围", "向下级单位布置工作、提出要求", "（二）通知与通报的区别", "1、行文目的不同",
            "2、行文时间不同", "（三）写法", "1、标题", "2、正文"]
    doc, report = clean("\n".join(page))
    assert report.title is None
    assert texts(doc)[:2] == page[:2]
    assert not report.removed


# --- the first of a series of part names in one form ------------------------------------------

PARAGRAPH = "这一部分说明写作时最常遇到的情况，并给出一个简单的例子，方便大家对照着动手写。"


def test_the_first_of_bracketed_part_names_is_no_title_and_stays():
    page = ["【感谢信的结构】", PARAGRAPH, "1.标题：写明感谢信三个字。", "2.称谓：顶格写对方的名称。",
            "【感谢信的注意事项】", PARAGRAPH]
    doc, report = clean("\n".join(page))
    assert report.title is None
    assert "".join(texts(doc)[0].split()) == "【感谢信的结构】"


def test_the_first_of_question_part_names_is_no_title_and_stays():
    page = ["什么是工作日志", PARAGRAPH, "为什么要坚持写工作日志", PARAGRAPH, "怎样写好工作日志", PARAGRAPH]
    doc, report = clean("\n".join(page))
    assert report.title is None
    assert texts(doc)[0] == "什么是工作日志"


def test_a_question_title_over_its_first_part_name_is_still_taken():
    page = ["工作日志怎么写", "什么是工作日志", PARAGRAPH, "为什么要坚持写工作日志", PARAGRAPH]
    doc, report = clean("\n".join(page))
    assert report.title == "工作日志怎么写"
    assert texts(doc)[0] == "什么是工作日志"


def test_a_title_over_its_paragraph_with_no_part_name_of_its_form_below_is_still_taken():
    page = ["工作日志怎么写？", PARAGRAPH, "一、写清日期", PARAGRAPH, "二、写清事项", PARAGRAPH]
    _, report = clean("\n".join(page))
    assert report.title == "工作日志怎么写？"


# --- a lone label among the text's own part names -----------------------------------------------

def test_a_lone_date_label_among_the_texts_part_names_stays():
    page = ["借条的写法", "借条虽然简单，写的时候也要把几个要素交代清楚，免得日后说不清。", "标题：",
            "在第一行正中写借条两个字，字号比正文稍大一些。", "日期：", "写明借款的具体日期，年、月、日都要写全。",
            "落款：", "借款人亲笔签名，并按上手印。"]
    doc, report = clean("\n".join(page))
    assert "".join(texts(doc)).count("日期") == 2
    assert not removed(report, "meta-lines.field-label-alone")


def test_a_lone_site_label_in_the_pages_box_still_goes():
    page = ["借条的写法", "来源：", "更新日期：2023-11-06",
            "借条虽然简单，写的时候也要把几个要素交代清楚，免得日后说不清。", "第一行正中写借条两个字。"]
    _, report = clean("\n".join(page))
    assert removed(report, "meta-lines.field-label-alone") == ["来源："]


# --- a reporter's bracketed credit opening a news item; a code that is no count ---------------------

NEWS = ["3月5日，某某港区召开第三届职工代表大会第二次会议，应到代表96名，实到91名。",
        "会上，总经理代表公司作了工作报告，代表们分组讨论并提出了意见和建议。"]


def test_a_bracketed_reporter_credit_opening_the_item_stays():
    doc, report = clean("\n".join(["某某港区召开职代会", "（通讯员 林某某）" + NEWS[0], NEWS[1]]))
    assert "".join(texts(doc)[0].split()) == "（通讯员林某某）" + NEWS[0]  # (typography: no blank between CJK)
    assert not removed(report, "meta-lines.glued-correspondent")


def test_a_labelled_or_an_outlets_correspondent_credit_is_still_cut():
    for credit in ("（通讯员：林某、王某）", "某某网（通讯员 林某某）"):
        doc, report = clean("\n".join(["某某港区召开职代会", credit + NEWS[0], NEWS[1]]))
        assert texts(doc)[0] == NEWS[0], credit
        assert removed(report, "meta-lines.glued-correspondent") == [credit]


def test_a_zero_led_code_under_the_title_is_no_count():
    body = ["申请人可以通过以下渠道提出申请，各渠道的编号见下表。", "现场申请", "信函申请"]
    doc, report = clean("\n".join(["某某县政府信息公开申请规程", "0101", *body]))
    assert texts(doc)[0] == "0101"
    doc, report = clean("\n".join(["某某县政府信息公开申请规程", "356", *body]))
    assert removed(report, "meta-lines.count-alone") == ["356"]


# --- the title over a step label and the steps' bare numbers; a title wholly in 《》 ---------------

def test_a_title_over_a_label_and_bare_step_numbers_is_taken_not_the_label():
    page = ["工作简报的写法", "方法/步骤", "1", "一、先确定简报的主题。简报一事一报，主题要集中，不要面面俱到。", "2",
            "二、再安排简报的结构。标题、导语、主体、结尾各有写法，下面分别说明。", "3", "三、最后核对事实和数字。"]
    _, report = clean("\n".join(page))
    assert report.title == "工作简报的写法"


def test_a_title_wholly_in_book_title_marks_loses_them():
    page = ["《借条应该怎么写》", "借条虽然简单，写的时候也要把几个要素交代清楚，免得日后说不清。",
            "一、标题", "二、正文"]
    _, report = clean("\n".join(page))
    assert report.title == "借条应该怎么写"


# --- a site's banner printed twice running above the title ---------------------------------------

def test_a_banner_printed_twice_over_the_title_and_its_count_is_no_title():
    page = ["青木文案-陪你写好每一篇", "青木文案-陪你写好每一篇", "工作总结的结构怎么安排", "128",
            "工作总结一般由标题、前言、主体和结尾四部分组成，下面分别说一说。", "一、标题", "二、前言"]
    doc, report = clean("\n".join(page))
    assert report.title == "工作总结的结构怎么安排"
    assert texts(doc)[0] == page[4]


def test_a_title_printed_twice_running_over_its_facts_is_still_the_title():
    page = ["绩效考核目标责任书范例", "绩效考核目标责任书范例", "发布时间：2024-03-05 10:21:08",
            "为明确工作目标，落实工作责任，经双方协商，签订本责任书。", "一、考核期限"]
    _, report = clean("\n".join(page))
    assert report.title == "绩效考核目标责任书范例"


# --- a 公文 title wrapped after its 关于 --------------------------------------------------------

def test_a_title_wrapped_after_its_guanyu_is_one_title():
    # (Traditional script, where the 公文 recogniser does not take the title lines itself.)
    page = ["東川省人民政府關于", "加快發展縣域物流體系的若干意見", "東政發〔2022〕18號",
            "各市、縣人民政府，省政府各部門：", "為補齊縣域物流短板，提出如下意見。", "一、總體要求"]
    doc, report = clean("\n".join(page))
    assert report.title == "東川省人民政府關于加快發展縣域物流體系的若干意見"
    assert texts(doc)[0] == "東政發〔2022〕18號"
    assert not removed(report, "meta-lines.above-title")


# --- a dated title: the date in 【】 before its words ------------------------------------------------

def test_a_bracketed_date_before_the_title_is_part_of_the_title_line():
    page = ["【2024年3月9日】西湖街道学雷锋志愿服务活动分享",
            "【学雷锋志愿服务】2024年3月9日，天气晴。街道12名志愿者参加了服务。", "志愿者先在社区广场摆好宣传展板。"]
    doc, report = clean("\n".join(page))
    assert report.title == "【2024年3月9日】西湖街道学雷锋志愿服务活动分享"
    assert texts(doc)[0].endswith("街道12名志愿者参加了服务。")


# --- the first of a Q&A page's labelled questions (round 35) -------------------------------------

QA_PAGE = ["问：单位的通知和通告有什么不同？",
           "答：通知发给特定的单位或人员，要求办理或知晓；通告向社会公开发布，告知应当遵守的事项。",
           "问：通知的标题可以省略发文机关吗？",
           "答：可以。在不致引起误解时，标题可以只写事由和文种。"]


@pytest.mark.parametrize("label", ["问：", "問:", "Q：", "提问："])
def test_the_first_of_labelled_questions_is_no_title_and_stays(label):
    page = [line.replace("问：", label) if line.startswith("问：") else line for line in QA_PAGE]
    doc, report = clean("\n".join(page))
    assert report.title is None
    assert texts(doc)[0].startswith(label[0])
    assert texts(doc)[0].endswith("有什么不同？")
    assert len(texts(doc)) == 4


def test_a_title_over_labelled_questions_is_still_taken():
    doc, report = clean("\n".join(["公文写作常见问题解答", *QA_PAGE]))
    assert report.title == "公文写作常见问题解答"
    assert texts(doc)[0].startswith("问")


# --- a rule's adoption note (题注) in brackets at the top (round 35) --------------------------------

@pytest.mark.parametrize("note", ["（2024年3月8日第二届会员大会第三次会议通过）",
                                  "(2024年3月8日理事会审议通过 2024年5月1日起施行)",
                                  "（2022年12月修订）"])
def test_an_adoption_note_opening_the_page_is_no_title_and_stays(note):
    page = [note, "第一章 总则", "第一条 为规范本会会员管理，制定本办法。", "第二条 本办法适用于全体会员。"]
    doc, report = clean("\n".join(page))
    assert report.title is None
    assert "".join(texts(doc)[0].split()) == "".join(note.replace("(", "（").replace(")", "）").split())
    assert texts(doc)[1:] == page[1:]


def test_an_adoption_note_under_the_rules_name_stays_under_it():
    page = ["某某摄影协会会员管理办法", "（2024年3月8日第二届会员大会第三次会议通过）", "第一章 总则",
            "第一条 为规范本会会员管理，制定本办法。"]
    doc, report = clean("\n".join(page))
    assert report.title == "某某摄影协会会员管理办法"
    # The note is the title block's subtitle (title_notes.py), printed under the title by every writer.
    assert pf.stringify(doc.metadata["subtitle"]) == page[1]
    assert texts(doc) == page[2:]


@pytest.mark.parametrize("title", ["（2024年1月—6月）社区工作总结", "2024年3月份安全检查通报"])
def test_a_title_with_a_month_in_it_is_still_a_title(title):
    _, report = clean("\n".join([title, "一、基本情况", "本月共检查门店十二家，发现问题五处，均已整改。"]))
    assert report.title == title


# --- a Taiwan-style 函's own header fields (round 35) -----------------------------------------------

def test_a_letters_addressee_and_roc_dated_issue_date_stay():
    page = ["函", "受文者：某某市政府教育局", "發文日期：中華民國114年3月5日",
            "主旨：檢送本校114學年度招生簡章一份，請查照。", "說明：依據貴局114年1月10日函辦理。"]
    doc, report = clean("\n".join(page))
    assert report.title == "函"
    assert [t.replace(":", "：") for t in texts(doc)[:2]] == page[1:3]
