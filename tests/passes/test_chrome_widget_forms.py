"""Page chrome by the widget it is left from (round 22, issue 18): a blog's sidebar boxes, a share
box, its QR code and the site's follow links, a login box, a print button, a desk's credits. Each
form goes wherever a site prints it, recorded in the removal log under its rule; the document's
own lines that look like one stay. Every line here was written for this test."""

from __future__ import annotations

from helpers import clean, removed_by, texts

BODY = ["今年以来，社区围绕老旧小区改造开展了入户走访，共收集居民意见一百二十余条。",
        "针对停车难、照明差等问题，社区联合物业制定了分批整改清单，目前已完成六项。",
        "下一步，社区将把整改进度按月公示，接受居民监督。"]


def test_a_blogs_sidebar_boxes_go():
    head = ["• 博文数量: 57", "• 注册时间: 2015-04-02 10:20", "个人简介", "文章分类", "全部博文(57)",
            "文章存档", "2021年(12)", "2020年(30)", "‘工作随笔’ 分类的存档"]
    doc, report = clean("\n".join([*head, *BODY]))
    assert texts(doc) == BODY
    assert removed_by(report, "meta-lines.profile-box-label") == ["个人简介"]
    # (the profile's figures, the boxes' names, the archive's entries and heading: one form)
    assert removed_by(report, "meta-lines.blog-sidebar-line") == [line for line in head if line != "个人简介"]


def test_a_profile_heading_and_a_year_in_the_text_stay():
    # A 竞聘 speech heads a part "个人简介" between its own paragraphs: no chrome beside it.
    # (brackets full-width: the typography pass prints them so)
    lines = [BODY[0], "个人简介", "本人2009年参加工作，先后在办公室、综合科任职。",
             "2021年（12）个项目全部完工。", BODY[2]]
    doc, _report = clean("\n".join(lines))
    assert texts(doc) == lines


def test_share_box_and_follow_widgets_go():
    tail = ["扫描二维码分享到微信", "公众号二维码", "官方微博", "微信公众号"]
    doc, report = clean("\n".join([*BODY, *tail]))
    assert texts(doc) == BODY
    assert removed_by(report, "meta-lines.share-qr-prompt") == ["扫描二维码分享到微信"]
    assert removed_by(report, "meta-lines.qr-code-caption") == ["公众号二维码"]
    assert removed_by(report, "meta-lines.follow-accounts-label") == ["官方微博", "微信公众号"]


def test_an_accounts_name_heading_its_part_of_the_text_stays():
    # A 宣传 work summary names its channels: among its own lines, no chrome beside them.
    lines = [BODY[0], "微信公众号", "全年推送稿件二百一十篇，关注人数增加三千人。", BODY[2]]
    doc, _report = clean("\n".join(lines))
    assert texts(doc) == lines


def test_a_notices_own_qr_code_line_stays():
    # Registering by the code is what the notice asks for, not a share box.
    lines = [BODY[0], "扫描二维码报名", "请扫描二维码填写回执，截止时间为本月20日。", BODY[2]]
    doc, _report = clean("\n".join(lines))
    assert texts(doc) == lines


def test_a_login_box_goes():
    head = ["× 没有某某作文网帐号？", "某某作文网帐号直接登录", "帐 号", "密 码"]
    doc, report = clean("\n".join([*head, *BODY]))
    assert texts(doc) == BODY
    assert removed_by(report, "meta-lines.login-box-line") == head[:2]
    assert removed_by(report, "meta-lines.login-box-field") == head[2:]


def test_a_login_boxs_fields_with_their_links_go():
    # Round 58: under a news item's comment prompt, the box's login rows lost their inputs: each
    # field's name with the box's own link beside it (register, recover, redraw the code).
    tail = ["我要评论", "用户名 注册新用户", "密码 忘记密码？", "验证码：看不清？换一张"]
    doc, report = clean("\n".join([*BODY, *tail]))
    assert texts(doc) == BODY
    assert removed_by(report, "meta-lines.login-box-field") == tail[1:]


def test_a_guides_password_field_with_its_rule_stays():
    # A guide's field names its rule after it: no link of a box, the guide's own line.
    lines = [BODY[0], "我要评论", "密码：不少于八位，须含字母和数字", BODY[2]]
    doc, _report = clean("\n".join(lines))
    assert "密码：不少于八位，须含字母和数字" in texts(doc)


def test_an_account_field_of_the_text_stays():
    # A letter's bank fields: "账号：" among the text's own lines is the letter's blank.
    lines = [BODY[0], "户名：某某街道社区居民委员会", "账号：", "开户行：某某银行城东支行", BODY[2]]
    doc, _report = clean("\n".join(lines))
    assert texts(doc) == lines


def test_a_news_desks_credits_under_the_text_go():
    tail = ["撰稿：孙某 编辑：韩某梅 审阅：赵某", "视觉：吕某远", "全媒体记者：宋某 叶某青"]
    doc, report = clean("\n".join([*BODY, *tail]))
    assert texts(doc) == BODY
    assert removed_by(report, "meta-lines.media-credits-tail") == tail


def test_a_plans_own_design_field_stays():
    # "视觉：" naming no person is a plan's own field, wherever it stands, not a desk's credit.
    lines = [BODY[0], "视觉：简洁明快，以蓝白为主色", BODY[2]]
    doc, _report = clean("\n".join(lines))
    assert texts(doc) == lines


def test_a_print_button_beside_the_breadcrumb_goes_alone_in_the_text_it_stays():
    doc, report = clean("\n".join(["当前位置：首页 > 工作动态", "打印", *BODY]))
    assert texts(doc) == BODY
    assert removed_by(report, "meta-lines.print-button") == ["打印"]
    lines = [BODY[0], "打印", "复印件须加盖公章后方可使用。", BODY[2]]
    doc, _report = clean("\n".join(lines))
    assert texts(doc) == lines
