"""A title printed twice under more chrome than a title line is looked for under (round 50): a region
picker and a breadcrumb ending on "正文" over a 范文 page's headline, its facts, and the headline
again over the text; an e-paper's advert, issue date, page and shelf lines over the article's
headline, its photo's caption, and the headline again. The repeat anchors the title as it does
among the first lines; the lines above it must all be short (a paragraph above stops the search).
Fixtures written for the project (made-up names and content)."""

from __future__ import annotations

from helpers import clean

TEXT = ("孩子随父母搬家到外地,中途转学的手续并不复杂,但材料要提前备齐,否则来回跑几趟也办不完,"
        "开学前一个月就该着手准备。")
REST = ["一、先和转入学校联系,确认有没有学位。", "二、再到转出学校开具学籍证明和成绩单。"]


def test_a_headline_printed_twice_under_a_region_picker_and_a_crumb():
    title = "小学生转学需要办哪些手续"
    _doc, report = clean("\n".join(["全省", "当前位置:", "• 热门城市:", "• 选择城市:", "• ×",
                                    "当前位置: 某某升学网 > 升学指南 > 正文", title,
                                    "2021-05-10 10:20:30 文/林小禾", TEXT, title, *REST]))
    assert report.title == title


def test_an_epaper_headline_printed_twice_under_its_issue_lines():
    title = "青禾社区重阳敬老宴五百长者同乐"
    _doc, report = clean("\n".join(["某某银行联名信用卡", "2024年10月12日", "第A05版:本地", "某某电子书房",
                                    title, "宴会上志愿者为长者送上长寿面", title,
                                    "【本报讯】青禾社区昨日中午在社区食堂举办重阳敬老宴,五百余名长者到场。",
                                    "社区主任表示,下半年将把送餐服务扩展到周边三个小区。"]))
    assert report.title == title


def test_a_paragraph_above_stops_the_deeper_search():
    title = "小学生转学需要办哪些手续"
    _doc, report = clean("\n".join(["全省", TEXT, "当前位置: 某某升学网 > 升学指南 > 正文", "某某", "某某某",
                                    title, "2021-05-10 10:20:30 文/林小禾", title, *REST]))
    assert report.title != title


def test_a_units_letterhead_printed_again_as_its_signature_is_no_title():
    # The 公文's letterhead under the page's facts, its name again as the signer: the unit's, no title.
    title = "县人民政府关于印发《青禾县政府采购管理办法》的通知"
    _doc, report = clean("\n".join(["省政府网 市政府网 繁体中文", "当前位置:首页 > 法规公文 > 政府文件",
                                    "索引号: 0012345 / 2025-00100 主题分类:",
                                    "发布机构: 青禾县人民政府 发文日期: 2025-03-12", f"文件标题: {title}",
                                    "文 号: 青政发〔2025〕4号", "青禾县人民政府", title, "青政发〔2025〕4号",
                                    "各乡镇人民政府,县政府各部门:",
                                    "《青禾县政府采购管理办法》已经县人民政府常务会议审议通过,现予印发,请认真贯彻执行。",
                                    "青禾县人民政府", "2025年3月10日"]))
    assert report.title != "青禾县人民政府"


def test_a_widget_row_printed_again_right_under_it_is_no_title():
    title = "单位让我替同事签到,这样算不算违纪"
    _doc, report = clean("\n".join(["出差补贴标准是按天算还是按次算", f"{title} - 某某法律咨询网", "您的位置:",
                                    "该问题已关闭", *["的回复获得勋章一枚"] * 4,
                                    title, "某省&03-28 09:41&&悬赏 0&&发布者:ask123",
                                    "我在一家公司做文员,主管让我每天早上替一位同事在考勤机上签到,我心里一直不踏实。",
                                    "这种情况如果被发现,我要承担什么责任?"]))
    assert report.title == title
