"""A page's foot (a menu row between bars, contact fields under the closing chrome), a news
summary repeating the article after its dateline, and a sample's text kept before a glued
outro (issue 18, round 27). Fixtures written for the project, with made-up names."""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

NEWS = ["5月19日，我院组织全科医学科医护人员走进城区开展义诊宣传活动，为市民免费测量血压、血糖。",
        "活动当天，副院长带领医护人员在人民广场设立咨询台，讲解慢性病防治知识。",
        "当日下午，家庭医生团队还来到东关社区，为行动不便的签约老人上门随访。"]


def test_a_foot_menu_of_link_words_between_bars_goes():
    doc, report = clean("\n".join(["我院开展义诊活动", *NEWS, "| 医院概况| 联系我们| 在线留言|"]))
    assert texts(doc) == NEWS
    assert removed(report, "footer.footer-link-row") == ["| 医院概况| 联系我们| 在线留言|"]


def test_a_table_row_between_bars_in_the_text_stays():
    row = "| 科室 | 人数 | 服务人次 |"
    doc, report = clean("\n".join(["我院开展义诊活动", *NEWS, row]))
    assert row in texts(doc)
    assert removed(report, "footer.footer-link-row") == []


def test_contact_fields_under_the_closing_chrome_go():
    foot = ["上一篇：我院召开护理质量分析会", "下一篇：我院举办消防安全培训",
            "电话：0571-00000000（白天）", "地址：某某省某某县人民路1号"]
    doc, report = clean("\n".join(["我院开展义诊活动", *NEWS, *foot]))
    assert texts(doc) == NEWS
    assert removed(report, "footer.contact-line-beside-chrome") == foot[2:]


def test_a_notices_own_contact_fields_under_its_signature_stay():
    notice = ["关于开展义诊活动的通知", "各科室：",
              "为做好“世界家庭医生日”宣传，医院定于5月19日开展义诊活动，请各科室做好准备。",
              "医务科", "2024年5月10日", "联系电话：0571-00000000", "地址：门诊楼三楼医务科"]
    doc, report = clean("\n".join(notice))
    assert texts(doc)[-2:] == notice[-2:]
    assert removed(report, "footer.contact-line-beside-chrome") == []


def test_a_summary_repeating_the_article_after_its_dateline_goes():
    summary = "为推动诉源治理向村居延伸，近日，溪口县人民法院召开法官联系村居工作推进会。"
    article = ["溪口新闻网讯（通讯员 林某 王某）" + summary + "会议通报了上半年法官进网格的成效。",
               "会上，该院院长指出，法官联系村居不是挂名字、走过场，要把驻村接待日坚持下来。",
               "会议还就考核办法征求了意见。"]
    doc, report = clean("\n".join(["溪口法院推进法官联系村居工作", summary, *article]))
    # (the typography pass closes the blanks between Chinese words in the credit)
    assert ["".join(text.split()) for text in texts(doc)] == ["".join(text.split()) for text in article]
    assert removed(report, "repeat.teaser") == [summary]


def test_a_samples_sentences_before_a_glued_outro_are_not_taken_for_genre_talk():
    sample = ("今年以来，社区坚持把为民服务放在首位，先后走访困难家庭四十余户。"
              "在环境整治方面，社区拆除违规搭建十二处。下一步，社区将继续完善网格化管理。")
    outro = "以上是小编为大家整理的社区工作总结，希望对大家有所帮助。"
    more = "新的一年，社区还将新建一处老年活动室，配齐桌椅和书报。"
    doc, report = clean("\n".join(["社区工作总结", sample + outro + more,
                                   "社区共开展志愿服务活动三十六次，参与居民八百余人次。"]))
    assert removed(report, "lead-in.lead-in-glued-to-text") == []
    assert any(sample in text for text in texts(doc))


def test_a_bare_comment_word_closing_the_text_goes():
    doc, report = clean("\n".join(["我院开展义诊活动", *NEWS, "评论"]))
    assert texts(doc) == NEWS
    assert removed(report, "comments.bare-comment-label") == ["评论"]


def test_a_section_named_comment_with_its_text_under_it_stays():
    page = ["读书会简报", *NEWS, "评论", "这次读书会选题贴近实际，讨论热烈，值得推广。"]
    doc, report = clean("\n".join(page))
    assert "评论" in texts(doc)
    assert removed(report, "comments.bare-comment-label") == []


def test_a_sites_foot_block_goes_under_its_copyright_line():
    foot = ["Copyright © 某某县人民医院 版权所有", "主办：某某县人民医院　承办：院办公室",
            "某某县人民医院 地址：某某县人民路1号 电话：0571-00000000", "邮编：310000",
            "增值电信业务经营许可证：浙B2-00000000"]
    doc, report = clean("\n".join(["我院开展义诊活动", *NEWS, *foot]))
    assert texts(doc) == NEWS
    assert len(report.removed) == 1 + len(foot)  # the title taken, and every foot line


def test_an_event_plans_own_host_fields_stay():
    plan = ["青禾社区邻里节活动方案", "一、活动时间：2024年5月18日上午。", "二、活动地点：社区文化广场。",
            "主办单位：青禾社区居委会", "承办单位：青禾社区志愿者协会",
            "三、活动内容：邻里美食分享、旧物交换、亲子游戏。"]
    doc, report = clean("\n".join(plan))
    assert "主办单位：青禾社区居委会" in texts(doc)
    assert removed(report, "footer.contact-line-beside-chrome") == []
