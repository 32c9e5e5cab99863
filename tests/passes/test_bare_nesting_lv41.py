"""Levels among a page's bare (unnumbered) section names: a name right over another name, with no
text of its own, holds the names below it (nesting.py). Fixtures written for the project: made-up
text."""

from __future__ import annotations

from helpers import clean, outline


def lines(*rows: str) -> str:
    return "\n".join(rows)


def test_a_bare_name_right_over_another_holds_the_names_below_it():
    doc, _ = clean(lines(
        "乡村书屋使用情况调查",
        "调查缘起",
        "村里的书屋建成三年，借阅的人却不多，我们想弄清其中的原因。",
        "调查做法",
        "我们走访了四个行政村，和管理员、村民分别座谈，并查看了借阅登记本。",
        "调查发现",
        "书目构成",
        "农技类图书占了一半以上，儿童读物和文学作品很少，更新也慢。",
        "开放时间",
        "书屋大多只在工作日白天开门，外出务工的年轻人回来时正赶上关门。",
        "借阅习惯",
        "老人更愿意把书带回家看，孩子则喜欢放学后在书屋里翻阅绘本。",
    ))
    assert outline(doc) == [
        (1, "调查缘起"), (1, "调查做法"), (1, "调查发现"),
        (2, "书目构成"), (2, "开放时间"), (2, "借阅习惯"),
    ]


def test_the_next_parent_is_the_first_parents_sibling():
    doc, _ = clean(lines(
        "新生入学指南",
        "报到之前",
        "材料准备",
        "请带齐录取通知书、身份证原件和四张一寸照片，档案由原学校寄送。",
        "行李准备",
        "被褥可以在校内超市购买，不必从家里带，衣物按当地气候准备即可。",
        "报到当天",
        "办理手续",
        "先到体育馆领取报到单，再依次办理缴费、住宿和校园卡手续。",
        "熟悉校园",
        "学长会带新生走一遍教学楼、食堂和图书馆，认一认常去的地方。",
    ))
    assert outline(doc) == [
        (1, "报到之前"), (2, "材料准备"), (2, "行李准备"),
        (1, "报到当天"), (2, "办理手续"), (2, "熟悉校园"),
    ]


def test_a_name_written_as_the_parent_goes_back_to_its_level():
    doc, _ = clean(lines(
        "社团招新安排",
        "招新工作每年九月开学后进行，由社团联合会统一组织。",
        "★前期筹备★",
        "场地",
        "向学校申请操场东侧的两排摊位，并提前一天布置好桌椅。",
        "物料",
        "准备宣传单五百份、报名表两百份，另备签字笔和展板。",
        "★现场招新★",
        "招新当天各社团轮流上台展示，每个节目不超过五分钟，结束后到摊位报名。",
    ))
    assert outline(doc) == [(1, "★前期筹备★"), (2, "场地"), (2, "物料"), (1, "★现场招新★")]


def test_one_name_over_all_the_others_leaves_them_flat():
    # The line under the headline names the case: the page's subtitle, not a part holding the rest.
    doc, _ = clean(lines(
        "邻居装修漏水纠纷的处理",
        "刘某诉王某相邻关系纠纷案",
        "基本案情",
        "王某装修卫生间时破坏了防水层，楼下刘某家的天花板多处渗水发霉。",
        "法院认为",
        "王某施工不当造成损害，应当承担修复费用并赔偿刘某的合理损失。",
        "案件启示",
        "装修前应当查看房屋的防水情况，施工后做闭水试验，避免殃及邻居。",
    ))
    assert outline(doc) == [
        (1, "刘某诉王某相邻关系纠纷案"), (1, "基本案情"), (1, "法院认为"), (1, "案件启示"),
    ]


def test_the_rest_of_a_wrapped_line_opens_no_part():
    # "…两位队员写的" / "心得体会摘编" is one sentence wrapped in two: the names under its rest are
    # read from the top level again.
    doc, _ = clean(lines(
        "社区志愿服务季度简报",
        "活动回顾",
        "启动仪式",
        "三月初，街道在社区广场举行志愿服务季启动仪式，两百多名居民到场。",
        "志愿服务队队员在活动结束以后写下了各自的感受和体会，下面摘录两位队员写的",
        "心得体会摘编",
        "帮厨的一天",
        "每周三到老年食堂帮厨送餐，忙到下午才吃上饭，可老人们的笑脸让人觉得值。",
        "理发的收获",
        "第一次给老人理发时手直抖，现在一次能理十几个，老人们都叫我小师傅。",
    ))
    assert [level for level, text in outline(doc) if text in ("帮厨的一天", "理发的收获")] == [1, 1]


def test_a_paragraph_naming_the_names_below_it_makes_them_its_headings_parts():
    doc, _ = clean(lines(
        "感谢信的写法",
        "适用场合",
        "受到别人帮助以后，用书面形式表达谢意，就可以写一封感谢信。",
        "基本格式",
        "感谢信一般由称呼、正文和署名三部分组成。",
        "称呼",
        "顶格写被感谢的单位或个人，后面加冒号。",
        "正文",
        "写清对方在什么时候、什么事情上给了帮助，再表达感激之情。",
        "署名",
        "在右下方写上感谢人的姓名和写信的日期。",
        "常见问题",
        "有的感谢信只说空话，不讲具体事情，读来缺少分量，要尽量避免。",
    ))
    assert outline(doc) == [
        (1, "适用场合"), (1, "基本格式"), (2, "称呼"), (2, "正文"), (2, "署名"), (1, "常见问题"),
    ]


def test_one_label_after_the_last_of_parts_dividing_nothing_closes_the_page():
    doc, _ = clean(lines(
        "新员工入职第一周怎么过",
        "一、先认人",
        "把部门同事的名字和分工记下来，午饭时主动坐到不熟的同事旁边。",
        "二、再认事",
        "向带你的同事要一份手头工作的清单，弄清哪些事自己可以先接过来。",
        "三、勤记录",
        "每天下班前花十分钟写下学到的东西和没弄懂的问题，第二天找人请教。",
        "几句心里话",
        "回头看自己的第一周，有几条体会想说给后来的同事：",
        "不懂就问，没有人会笑话新人；",
        "答应的事当天给个回音，哪怕只是说还在办。",
    ))
    assert outline(doc) == [
        (1, "一、先认人"), (1, "二、再认事"), (1, "三、勤记录"), (1, "几句心里话"),
    ]
