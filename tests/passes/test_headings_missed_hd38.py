"""Headings the rules missed (issue 18, round 38): forms found on three sites or more.
Fixtures written for the project: made-up text in the forms real pages take."""

from __future__ import annotations

from helpers import clean, outline, runins
from reportfmt.passes.headings.glosses import glosses_page, unglossed
from reportfmt.passes.headings.news_items import news_items
from reportfmt.passes.headings.samples import sample_marker


def lines(*rows: str) -> str:
    return "\n".join(rows)


# -- a converted page's pinyin glosses: the heading rules read the line without them -----------

def test_glossed_unnumbered_heads_are_read_as_their_words():
    doc, _ = clean(lines(
        "寫好調(diào)查報告的兩個(gè)要點(diǎn)",
        "單位里常要寫調(diào)查報告,讀者多半只看小標題,所以小標題擬得好不好,關(guān)系到整篇報告能不能被讀懂。",
        "要緊扣主題,不要東拉西扯",
        "報告的大標題點(diǎn)明調(diào)查的主題,小標題分頭回答主題的一個(gè)方面,不能各寫各的,讀者看完小標題就該知道結論。",
        "要拿數字說(shuō)話(huà),不要空喊口號",
        "小標題最好帶著調(diào)查得來(lái)的數字或事實(shí),比如走訪了多少戶、問題集中在哪幾類,讓讀者一眼看出分量。",
    ))
    assert outline(doc) == [
        (1, "要緊扣主題，不要東拉西扯"), (1, "要拿數字說（shuō）話（huà），不要空喊口號")]


def test_a_glossed_runin_keeps_its_glosses_on_the_heading_side_of_the_cut():
    doc, _ = clean(lines(
        "鄉(xiāng)村學校家長會調(diào)查報告",
        "一、主要發(fā)現(xiàn)",
        "(一)接送總體有保障,但交通安全教育不足。多數(shù)家長能按時接送孩子,但很少和孩子講過(guò)馬路的規矩,路口也少有人看護。",
        "(二)作業輔導(dǎo)普遍缺位,課後時(shí)間浪費較多。家長白天多在外務工,晚上回家已經很累,孩子的作業大多沒有人檢查。",
    ))
    assert runins(doc) == [
        "（一）接送總體有保障，但交通安全教育不足。", "（二）作業輔導（dǎo）普遍缺位，課後時（shí）間浪費較多。"]


def test_letters_in_brackets_without_tone_marks_do_not_make_a_glossing_page():
    assert not glosses_page(["方案(a)由各班自行组织", "附表(b)和附表(c)另发", "见图(d)"])
    assert glosses_page(["報(bào)告", "關(guān)于", "說(shuō)明"])
    assert unglossed(["關(guān)于印發(fā)", None]) == (["關于印發", None], {0: ([0, 7, 8, 9], 14)})


# -- a listing page's news items: each headline over its lead, which retells it ------------------

def test_news_items_over_their_dates_and_leads_are_the_pages_sections():
    doc, _ = clean(lines(
        "公司动态",
        "青川供热公司完成城北管网冬前试压",
        "2025.10.18",
        "为保证按时供暖,青川供热公司组织维修班组对城北管网分段试压,共排查阀门一百二十处,更换老化阀门九处。",
        "青川供热公司开设供暖报修夜间专线",
        "2025.10.09",
        "即日起,青川供热公司开设供暖报修夜间专线,晚上十点后来电由值班工程师直接受理,两小时内上门。",
    ))
    assert outline(doc) == [(1, "青川供热公司完成城北管网冬前试压"), (1, "青川供热公司开设供暖报修夜间专线")]


def test_news_items_over_their_leads_and_links_are_the_pages_sections():
    doc, _ = clean(lines(
        "本地新闻",
        "河湾镇第一小学举办秋季趣味运动会 家长志愿者全程参与",
        "河湾镇第一小学昨天举办秋季趣味运动会,全校六个年级参加拔河、跳绳和接力等项目,四十多位家长志愿者帮忙计时。",
        "https://news.example.org/school/1023",
        "河湾镇图书室延长周末开放时间 新添少儿绘本五百册",
        "从本月起,河湾镇图书室周末开放时间延长到晚上八点,新添的五百册少儿绘本放在一楼阅览区。",
        "https://news.example.org/town/1019",
        "河湾镇卫生院开通老年人就诊绿色通道 七十岁以上免排队",
        "河湾镇卫生院本周开通老年人就诊绿色通道,七十岁以上老人持身份证可直接到专用窗口挂号取药。",
        "https://news.example.org/town/1012",
    ))
    # (the first headline is taken for the page's title)
    assert outline(doc) == [
        (1, "河湾镇图书室延长周末开放时间新添少儿绘本五百册"),
        (1, "河湾镇卫生院开通老年人就诊绿色通道七十岁以上免排队"),
    ]


def test_long_bare_lines_under_an_articles_opening_paragraph_are_no_news_items():
    items = [
        "志愿服务队为独居老人上门理发送餐",
        "志愿服务队每月两次为独居老人上门理发送餐,老人们说现在不出门也能把头发剪好。",
        "志愿服务队为小区楼道更换感应灯",
        "志愿服务队收集居民反映的楼道照明问题,为十二个楼道更换感应灯。",
    ]
    assert news_items(items, lambda i: True) == [0, 2]
    opening = "今年以来,社区志愿服务队围绕居民最关心的小事开展服务,参与志愿者的人数比去年多了一倍。"
    assert news_items([opening, *items], lambda i: True) == []


def test_a_line_wrapped_inside_its_sentence_is_no_headline_over_the_rest_of_it():
    assert news_items(
        ["教育局为鼓励各校结合社区资源开展服务学习活动推动学生", "走进社区参与服务,特制定本办法。",
         "各校每年可申报两个服务学习项目经教育局审查后给予补助", "补助经费专款专用,不得挪作他用。"],
        lambda i: True) == []


# -- a sample numbered in square brackets, as in round ones ---------------------------------------

def test_a_sample_numbered_in_square_brackets_is_a_sample_not_the_title_again():
    assert sample_marker("社区植树活动倡议书[篇1]") == sample_marker("社区植树活动倡议书(篇1)")
    assert sample_marker("社区植树活动倡议书［篇2］") is not None
    doc, _ = clean(lines(
        "社区植树活动倡议书[精选3篇]",
        "社区植树活动倡议书[篇1]",
        "亲爱的居民朋友们:",
        "春天到了,社区准备在河边空地种下一百棵树,欢迎大家带上家人一起来,种下一棵树,留下一片绿。",
        "社区植树活动倡议书[篇2]",
        "各位业主:",
        "小区西侧的绿化带空了好几年,物业和业委会商量后决定在本月组织补种,请有空的业主报名参加。",
    ))
    assert [text for _, text in outline(doc)] == ["社区植树活动倡议书[篇1]", "社区植树活动倡议书[篇2]"]
