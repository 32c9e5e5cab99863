"""Lines that look like numbered headings and are none, by their form (issue 18, round 39, fh39).
Fixtures written for the project."""

from __future__ import annotations

import pytest

from helpers import clean, outline, paras
from reportfmt.passes.headings.addressees import addresses_readers
from reportfmt.passes.headings.code_lines import is_code
from reportfmt.passes.headings.rules import decide


def test_a_scripts_numbered_lines_are_code_not_sections():
    # A help post pastes its script with the line numbers the forum printed: the numbers are a
    # code block's, the words a program's; the post's own parts are named in Chinese.
    doc, _ = clean("\n".join([
        "求助：怎样把文件夹里的照片按日期改名",
        "家里的照片越攒越多，文件名都是相机自动起的，想按拍摄日期重新命名，自己写了几行：",
        "1. @echo off",
        "2. set n=0",
        "3. for %%a in (*.jpg) do ren \"%%a\" \"%%~ta.jpg\"",
        "4. pause",
        "运行以后提示文件名语法不正确，应该是日期里的斜杠和冒号不能用在文件名里，请问怎么处理？",
        "一、我试过的办法",
        "把日期里的斜杠替换成短横线，但冒号还是去不掉，改名仍然失败。",
        "二、想要的效果",
        "文件名改成年月日加原来的名字，例如二〇二四年三月的照片排在一起。",
    ]))
    assert outline(doc) == [(1, "一、我试过的办法"), (1, "二、想要的效果")]
    assert "4. pause" in paras(doc)


def test_markup_debris_numbered_by_a_list_is_no_heading():
    # A scraped page kept two empty tags of its template inside a numbered list's markup.
    doc, _ = clean("\n".join([
        "社区夜校开课通知",
        "1. <span id=\"kq3x\"></span>",
        "2. <em class=\"dot\"></em>",
        "社区夜校本周四晚上七点开课，第一课讲手机支付的安全常识，欢迎居民带上手机来听。",
        "上课地点在社区活动中心二楼，请提前十分钟到场签到，现场有志愿者协助操作。",
    ]))
    assert outline(doc) == []


def test_code_reads_the_words_after_the_number():
    assert is_code("1. @echo off")
    assert is_code("3. pause")
    assert is_code("2. <ins id=\"a1\"></ins>")
    # A Chinese name with an English term in it, and a capitalised English heading, are words.
    assert not is_code("1. os.system()函数的用法")
    assert not is_code("1. Introduction")
    assert not is_code("2.X X X")
    assert not is_code("一、活动主题")


def test_a_motto_under_the_title_is_no_section_beside_the_short_ones_below():
    # A club's page: its motto right under its name (the title, metadata already), the
    # introduction, then sections named in a few words each over their text. The motto says a
    # phrase three times as long as any of them: the page's head, no section.
    texts = [
        "让每一本好书都遇见愿意读它的人",
        "青禾读书会由街道图书馆的几位老读者发起，每月第二个周六在馆内活动室聚会，已经坚持了六年。",
        "读书会不设门槛，居民带上正在读的书就可以参加，旁听也同样欢迎。",
        "活动内容",
        "每次聚会先由一位会员介绍一本书，再分组讨论，最后推荐下个月的共读书目。",
        "加入方式",
        "在图书馆服务台登记姓名和联系电话即可，会员不收任何费用。",
    ]
    decisions = decide(texts, title="青禾读书会简介")
    assert sorted(i for i, d in decisions.items() if d.kind == "heading") == [3, 5]


def test_a_short_first_section_above_the_first_paragraph_stays():
    # "前言" above the first paragraph is as short as the sections below it: the first of them.
    doc, _ = clean("\n".join([
        "社区菜园种植手册",
        "前言",
        "社区菜园开放两年来，报名认领菜地的居民越来越多，这本手册把大家积累的种植经验整理在一起。",
        "选种",
        "春季适合种植叶菜和豆类，选种时优先考虑本地常见、抗病性强的品种，出苗后要及时间苗。",
        "浇水",
        "夏季早晚各浇一次水，避开正午高温，雨后要检查菜地是否积水，及时开沟排涝。",
    ]))
    assert outline(doc) == [(1, "前言"), (1, "选种"), (1, "浇水")]


def test_a_letters_addressees_are_no_part_over_its_numbered_points():
    # "尊敬的家长：" / the lead sentence / "1、…" over its paragraph: the line above the list's lead
    # names the letter's readers, not the part the points belong to.
    doc, _ = clean("\n".join([
        "致家长的一封信",
        "尊敬的家长：",
        "寒假即将来临，为了让孩子度过一个平安愉快的假期，请您配合做好以下几点：",
        "1、注意交通安全",
        "教育孩子遵守交通规则，不乘坐无牌无证车辆，外出时由大人陪同。",
        "2、注意用火用电安全",
        "教育孩子不玩火，不私自燃放烟花爆竹，不触摸电源插座。",
        "祝您全家新年快乐！",
    ]))
    assert outline(doc) == [(1, "1、注意交通安全"), (1, "2、注意用火用电安全")]
    assert "尊敬的家长：" in paras(doc)


def test_a_notices_units_addressed_are_no_part_either():
    doc, _ = clean("\n".join([
        "关于开展消防安全检查的通知",
        "各科室：",
        "根据上级要求，决定开展一次消防安全检查，具体事项如下：",
        "（一）检查时间",
        "5月10日至5月20日，各科室先自查，再由办公室组织抽查。",
        "（二）检查内容",
        "消防器材、用电线路及易燃物品的存放情况。",
    ]))
    assert outline(doc) == [(1, "（一）检查时间"), (1, "（二）检查内容")]


def test_addressees_read_by_their_form():
    assert addresses_readers("各学院、各有关部门：")
    assert addresses_readers("各乡镇（街道）、各有关单位：")
    assert addresses_readers("亲爱的同学们:")
    assert addresses_readers("各位党员同志：")
    # a part's name ending in a colon names no readers
    assert not addresses_readers("各部门职责：")
    assert not addresses_readers("活动安排：")
    assert not addresses_readers("各小组分工：")


# Numbered lists that are no sections, one page of each form (made up for the project). Each
# stands as a guard: a rule that finds more headings must not make these items headings.
LIST_FORMS = {
    "sentence items under a colon": [
        "关于做好暑期安全工作的通知",
        "暑假即将来临，为确保学生度过一个安全愉快的假期，现将有关事项通知如下：",
        "1、各班要在放假前召开一次安全主题班会，讲清防溺水、防交通事故等注意事项。",
        "2、班主任要逐一与家长签订安全责任书，并收回回执存档备查。",
        "3、假期中要保持通讯畅通，遇到突发情况及时向学校报告。",
        "特此通知。",
    ],
    "short rules under a colon": [
        "实验室使用须知",
        "进入实验室的同学请注意以下几点：",
        "1、保持安静",
        "2、不得带入食物",
        "3、用完器材放回原处",
        "4、离开时关闭水电",
        "实验室管理员每天检查使用情况，发现问题及时登记。",
    ],
    "two short items under a colon": [
        "周末活动安排",
        "本周六社区组织两项活动，欢迎居民报名参加：",
        "1、义务理发",
        "2、健康咨询",
        "报名请到社区服务站登记，名额有限，报满为止。",
    ],
    "a questionnaire's questions and options": [
        "居民满意度调查问卷",
        "为了解居民对社区服务的意见，请您抽出几分钟填写本问卷，谢谢合作。",
        "1、您的年龄段是？",
        "A. 30岁以下 B. 30至50岁 C. 50岁以上",
        "2、您对社区环境卫生满意吗",
        "A. 满意 B. 一般 C. 不满意",
        "3、您最希望社区增加哪些服务",
        "A. 老年食堂 B. 儿童托管 C. 文体活动",
    ],
    "steps of a procedure": [
        "如何在网上办理居住证",
        "办理流程其实并不复杂，按下面的步骤操作即可：",
        "1. 打开政务服务网站并登录个人账号",
        "2. 在首页搜索居住证办理",
        "3. 填写个人信息并上传照片",
        "4. 提交后等待审核短信",
        "审核通过后，持身份证到派出所窗口领取证件即可。",
    ],
    "the clauses of a pledge": [
        "安全生产承诺书",
        "为落实安全生产责任，本人郑重承诺：",
        "一、严格遵守国家安全生产法律法规和公司各项规章制度。",
        "二、认真参加安全教育培训，熟练掌握本岗位操作规程。",
        "三、正确佩戴和使用劳动防护用品，不违章作业。",
        "四、发现事故隐患立即报告，不隐瞒不拖延。",
    ],
    "an initiative's short calls": [
        "文明出行倡议书",
        "文明出行是城市文明的重要体现。为此，我们向全市市民发出如下倡议：",
        "一、自觉遵守交通规则",
        "二、主动礼让行人",
        "三、拒绝酒后驾车",
        "让我们携起手来，从我做起，共同营造安全文明的出行环境！",
    ],
    "an agenda": [
        "年度表彰大会议程",
        "会议议程：",
        "1、主持人宣布大会开始",
        "2、总经理作年度工作报告",
        "3、宣读表彰决定",
        "4、为先进个人颁奖",
    ],
    "a table's rows flattened to lines": [
        "第一季度考核结果公示",
        "经考核小组评议，现将结果公示如下：",
        "序号 姓名 部门 得分",
        "1 张某 办公室 95",
        "2 李某 财务科 92",
        "3 王某 业务科 90",
        "公示期为五个工作日，如有异议请向人事科反映。",
    ],
    "a list of names": [
        "优秀志愿者名单",
        "经评选，以下同志被评为年度优秀志愿者：",
        "1. 张晓明 城东社区",
        "2. 李红梅 城西社区",
        "3. 王建国 南街社区",
        "希望受表彰的同志再接再厉。",
    ],
    "page numbers inside a sentence": [
        "某某公司年度工作总结",
        "今年公司在市场拓展方面取得了新进展，全年新增客户一百二十家，在内部管理方面，公司修订了财务报销",
        "1",
        "制度和考勤制度，管理水平进一步提高。在队伍建设方面，公司组织各类培训二十余次，员工业务能力",
        "2",
        "明显增强。明年，公司将力争实现销售额增长百分之二十的目标。",
    ],
    "related links after the text": [
        "社区志愿服务工作总结",
        "今年以来，社区志愿服务队围绕环境整治、助老扶幼等开展活动四十余次，参与志愿者六百多人次。",
        "下一步，我们将继续完善志愿服务积分制度，吸引更多居民参与进来。",
        "1、社区志愿服务工作计划范文",
        "2、社区志愿者表彰大会主持词",
    ],
}


@pytest.mark.parametrize("form", sorted(LIST_FORMS))
def test_numbered_lists_of_each_form_make_no_heading(form):
    doc, _ = clean("\n".join(LIST_FORMS[form]))
    assert outline(doc) == []
