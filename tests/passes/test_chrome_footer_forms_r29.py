"""A site's contact fields at its foot, by form (footer.contact-line-beside-chrome, round 29): the
field's kind (邮箱, 电话, 热线, 信箱, QQ, 微信…) after a word of whom or what for ("举报邮箱",
"客服微信", "投稿信箱"), or "联系我们:", under the other chrome that closes the page. A notice's own
contact line under its text and signature stays.
Fixtures are written for the project, words and addresses made up."""

from __future__ import annotations

import pytest

from helpers import clean, removed_by, texts

TITLE = "关于开展社区环境卫生整治活动的通知"
BODY = ["各居民小组：",
        "为进一步改善社区人居环境，经研究，决定于本月开展环境卫生集中整治活动，请各小组认真组织落实。",
        "整治活动结束后，各小组要及时总结经验，建立长效管理机制。"]
RULE = "footer.contact-line-beside-chrome"


@pytest.mark.parametrize("field", ["举报邮箱：tip@example.org", "客服微信：helpdesk2024",
                                   "投稿信箱：submit@example.org", "商务合作QQ：12345678",
                                   "联系我们：service@example.org"])
def test_a_contact_field_of_any_kind_goes_under_the_sites_foot(field):
    foot = ["违法和不良信息举报电话：010-00000000", field, "Copyright © 2020-2024 示例范文网 All Rights Reserved"]
    doc, report = clean("\n".join([TITLE, *BODY, *foot]))
    assert texts(doc) == BODY
    assert field in removed_by(report, RULE)


def test_the_notices_own_contact_line_stays():
    own = ["联系人：王某某", "联系邮箱：office@example.org", "河湾社区居委会", "2024年5月6日"]
    doc, _report = clean("\n".join([TITLE, *BODY, *own]))
    assert texts(doc) == BODY + own


# --- footer.copyright never takes a document's sentence about copyright ---------------------------

@pytest.mark.parametrize("line", ["三、乙方保证对该作品享有完整的版权所有权，不存在任何权属争议。",
                                  "一、各部门网站页面底部须注明“版权所有：某某学校”字样，并标注备案号。"])
def test_a_documents_own_item_on_copyright_stays(line):
    text = "\n".join(["作品授权使用协议", "甲方：某某文化传播有限公司", "乙方：张某某",
                      "二、甲方应在作品旁注明作者姓名，不得擅自修改作品内容。", line,
                      "四、本协议一式两份，甲乙双方各执一份，自双方签字之日起生效。",
                      "甲方（盖章）：", "乙方（签字）："])
    doc, _report = clean(text)
    assert line in texts(doc)


@pytest.mark.parametrize("line", ["示例范文网 版权所有", "版权所有：示例学校 2005-2024 未经授权禁止复制",
                                  "Copyright © 2020-2024 示例范文网 All Rights Reserved"])
def test_the_sites_copyright_line_still_goes(line):
    doc, report = clean("\n".join([TITLE, *BODY, line]))
    assert texts(doc) == BODY
    assert line in removed_by(report, "footer.copyright")


# --- injected rules never cut a person's name or a call for papers' own item -----------------------

def test_a_teachers_name_like_a_brand_stays_whole():
    line = "开幕式由王伟德体育老师负责组织，入场式整齐有序。"
    doc, _report = clean("\n".join(["校园文化艺术节总结", "本届艺术节历时一个月，全校师生积极参与，取得圆满成功。",
                                    line, "明年我们将继续办好艺术节，让更多学生展示才艺。"]))
    assert line in texts(doc)


def test_a_betting_brand_where_a_units_name_stood_is_still_cut():
    doc, report = clean("\n".join(["校园文化艺术节总结",
                                   "11月22日,best365官方网站登录入口督导员汪某某给学员上党课。",
                                   "本届艺术节历时一个月，全校师生积极参与，取得圆满成功。"]))
    assert removed_by(report, "injected.gambling-brand") == ["best365官方网站登录入口"]
    assert "督导员汪某某给学员上党课" in "".join(texts(doc))


def test_a_calls_own_fee_item_stays():
    item = "三、稿酬：每篇稿件稿酬50元"
    lines = ["校刊征稿启事", "为展示学生风采，校刊编辑部现面向全校师生征集稿件。",
             "一、征稿内容：散文、诗歌、随笔、书画作品等。", "二、稿件要求：内容积极向上，字数在3000字以内。",
             item, "四、投稿方式：请将稿件交至各班语文老师处。", "校刊编辑部"]
    doc, _report = clean("\n".join(lines))
    assert item in texts(doc)


# --- a contact field with its number partly crossed out is a filled-in template's own -------------

@pytest.mark.parametrize("field", ["联系电话：139XXXX0815", "手机：186****2047", "联系QQ：10XXXXX73"])
def test_a_masked_contact_field_under_a_signature_stays_beside_chrome(field):
    # A site prints its own phone in full; a number with crosses or stars in it is a template's
    # field, kept (and marked) even where a recommendation list follows it.
    body = ["尊敬的学院领导：", "我叫范小北，家中父母务农，今年家里果园遭了冻害，特申请家庭经济困难认定，恳请批准。",
            "申请人：范小北"]
    foot = ["相关推荐", "困难补助申请书范文", "家庭经济困难申请书怎么写"]
    doc, report = clean("\n".join(["家庭经济困难认定申请书", *body, field, *foot]))
    assert texts(doc) == [*body, field]
    assert field not in removed_by(report, RULE)
    assert report.masks


# --- round 56: the numbers under the line naming the notice's contact person are the notice's -----

@pytest.mark.parametrize("run", [
    ["联系人：周老师 联系电话：0512-6000000", "韩晓岑 联系电话：13900000000"],
    ["聯絡人：某某區公所 鄭小姐", "聯絡電話：02-20000000分機123"],
])
def test_a_notices_contact_run_stays_beside_chrome(run):
    # The line under the run is chrome (an injected brand, then the site's copyright): the run's
    # second line stands beside it, and is still the notice's own.
    foot = ["永利棋牌官网登录入口", "Copyright © 2020-2024 示例范文网 All Rights Reserved"]
    doc, report = clean("\n".join([TITLE, *BODY, *run, *foot]))
    # (the blank between a name and its field is folded away between Chinese characters)
    assert [line.replace(" ", "") for line in texts(doc)] == [line.replace(" ", "") for line in BODY + run]
    assert removed_by(report, RULE) == []


def test_a_sites_phone_under_its_copyright_still_goes():
    foot = ["Copyright © 2020-2024 示例范文网 All Rights Reserved", "客服电话：400-000-0000"]
    doc, report = clean("\n".join([TITLE, *BODY, *foot]))
    assert texts(doc) == BODY
    assert "客服电话：400-000-0000" in removed_by(report, RULE)
