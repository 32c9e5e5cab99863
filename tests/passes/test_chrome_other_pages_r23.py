"""Other pages' titles and the site's framing by form (issue 18, round 23): a run of headlines
right under an item whose last sentence closes with a bracketed credit (no label over them), a
box's label left alone at the page's end, and the site's introduction right above sample 1 of a
page of several samples. Near misses stay: a poem or a signature after a plain last sentence, a
unit's name closing a notice, an introduction above a page's only sample.
Fixtures are written for the project in the forms real pages take, with made-up words."""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "河湾镇举办首届农民丰收节"
BODY = ["九月二十二日，河湾镇在镇文化广场举办首届农民丰收节，来自全镇十二个村的农户带来了自家的特产。",
        "活动现场设置了农产品展销、农耕体验和文艺演出三个区域，吸引了周边两千多名群众参加。",
        "镇党委负责人表示，今后将把丰收节办成河湾镇的一张名片，带动更多农户增收。"]
CREDITED = [*BODY[:-1], BODY[-1] + "（本网编辑周一帆）"]
HEADLINES = ["北岭县召开秋季森林防火工作推进会", "石桥社区开展独居老人上门走访活动",
             "县市场监管局抽检中秋月饼质量", "“冒充客服”电话又来了？"]


def test_headlines_under_an_items_closing_credit_go():
    doc, report = clean("\n".join([TITLE, *CREDITED, *HEADLINES]))
    # The glued credit itself goes too (meta-lines.credit-glued-after-text), the sentence kept whole.
    assert texts(doc) == BODY
    assert removed(report, "meta-lines.credit-glued-after-text") == ["（本网编辑周一帆）"]
    assert removed(report, "recommendations.title-list") == HEADLINES


def test_short_lines_after_a_plain_last_sentence_stay():
    # No credit closes the text, no label or chrome stands over them: the document's own lines.
    poem = ["稻浪翻过河湾的时候", "我们站在田埂上数着谷穗", "风把笑声送到很远的地方"]
    signature = ["河湾镇人民政府办公室", "河湾镇农业综合服务中心", "2024年9月23日"]
    for tail in (poem, signature, HEADLINES[:2]):
        doc, report = clean("\n".join([TITLE, *CREDITED[:-1], BODY[-1], *tail]))
        assert texts(doc)[-len(tail):] == tail, tail
        assert not removed(report, "recommendations.title-list"), tail
    # Two headlines under a credit are no list.
    doc, report = clean("\n".join([TITLE, *CREDITED, *HEADLINES[:2]]))
    assert texts(doc)[-2:] == HEADLINES[:2]


def test_a_boxs_label_alone_at_the_end_goes():
    for label in ("相关资讯", "相關新聞", "最新公告", "本站相关服务和产品介绍链接:"):
        doc, report = clean("\n".join([TITLE, *BODY, label]))
        assert texts(doc) == BODY, label
        # (a relation-and-kind heading is related-kind-box's, rc36, with or without titles under it)
        taken = removed(report, "recommendations.dangling-label") + removed(report, "recommendations.related-kind-box")
        assert taken == [label]


def test_a_boxs_label_over_the_sites_contact_lines_goes():
    contact = ["电话：0571-88886666", "地址：某市某区河湾路18号"]
    doc, report = clean("\n".join([TITLE, *BODY, "相关新闻", *contact]))
    # (related-kind-box takes a relation-and-kind label with what is under it, rc36)
    assert "相关新闻" in removed(report, "recommendations.related-kind-box")
    assert "相关新闻" not in texts(doc)


def test_a_documents_own_last_short_line_stays():
    # A signature, an attachment label, a heading the document goes on under, a sentence.
    # (also a button's bare word: "推荐", "更多")
    # A reader's closing question naming 推荐 (a thread's last post) is no box label either.
    for tail in (["河湾镇人民政府"], ["附件：相关材料清单"], ["相关链接是否有效，请读者自行核实。"],
                 ["推荐"], ["更多"], ["大家有推荐的路线吗？要不要带孩子？"], ["有没有最新的时间表？"]):
        doc, report = clean("\n".join([TITLE, *BODY, *tail]))
        assert texts(doc)[-1] == tail[-1], tail
        assert not removed(report, "recommendations.dangling-label"), tail
    doc, report = clean("\n".join([TITLE, *BODY, "相关政策", BODY[0]]))
    assert "相关政策" in texts(doc)


SAMPLE_ONE = ["第1篇：晚自习迟到的检讨书", "昨天晚自习我迟到了二十分钟，耽误了同学们的学习，我向老师和同学们道歉。",
              "今后我一定按时到校，请老师监督。"]
SAMPLE_TWO = ["第2篇：忘交作业的检讨书", "这周我两次没有按时交数学作业，辜负了老师的信任。"]
# (an anecdote that leads to the samples, with no word of the offer the lead-in rules know)
INTRO = "上学期班主任说过一句话：认错不丢人，说不清楚错在哪里才丢人。写检讨也是这个道理。"


def test_an_introduction_above_sample_one_goes():
    doc, report = clean("\n".join(["检讨书范文", INTRO, *SAMPLE_ONE, *SAMPLE_TWO]))
    assert removed(report, "lead-in.introduction-before-samples") == [INTRO]
    assert texts(doc)[1:3] == SAMPLE_ONE[1:]
    # A page whose title counts its samples, only the first shown.
    doc, report = clean("\n".join(["检讨书范文(2篇)", INTRO, *SAMPLE_ONE]))
    assert removed(report, "lead-in.introduction-before-samples") == [INTRO]


def test_text_above_a_lone_sample_or_a_later_one_stays():
    # One sample and no count: the paragraph may be the page's own text.
    doc, report = clean("\n".join(["检讨书范文", INTRO, *SAMPLE_ONE]))
    assert INTRO in texts(doc)
    # Above sample 2 (sample 1 has no marker shown): the paragraph is sample 1's.
    doc, report = clean("\n".join(["检讨书范文", SAMPLE_ONE[1], *SAMPLE_TWO, "第3篇：上课说话的检讨书", SAMPLE_ONE[2]]))
    assert SAMPLE_ONE[1] in texts(doc)
    # A line with no sentence's end (a heading, a name) is no introduction.
    doc, report = clean("\n".join(["检讨书范文", "学生检讨书写作要点", *SAMPLE_ONE, *SAMPLE_TWO]))
    assert not removed(report, "lead-in.introduction-before-samples")


# The site's framing sentences by what they talk about: the page and its reader, not the subject.
TEXT = "同学们：新学期开始了，希望大家把假期里养成的好习惯带到课堂上来。"


def test_the_editor_pointing_ahead_to_the_reader_is_cut():
    line = "写好开头并不难，下面小编告诉大家几个常用的办法。" + TEXT
    doc, report = clean("\n".join(["开学讲话", line, "第二段正文，讲的是作息时间的安排。"]))
    assert removed(report, "lead-in.editor-points-ahead") == ["写好开头并不难，下面小编告诉大家几个常用的办法。"]
    assert texts(doc)[0] == TEXT
    # A writer pointing ahead in their own voice stays.
    line = "下面我向大家汇报三个方面的情况。" + TEXT
    doc, report = clean("\n".join(["开学讲话", line, "第二段正文，讲的是作息时间的安排。"]))
    assert texts(doc)[0] == line


def test_a_channel_presenting_the_piece_is_cut():
    line = "讲话稿频道《秋季开学典礼校长讲话》，希望大家喜欢。" + TEXT
    doc, report = clean("\n".join(["开学讲话", line, "第二段正文，讲的是作息时间的安排。"]))
    assert removed(report, "lead-in.channel-presents-piece") == ["讲话稿频道《秋季开学典礼校长讲话》，希望大家喜欢。"]
    assert texts(doc)[0] == TEXT
    # A speaker recommending a book by its title names no channel: stays.
    line = "今天我给大家推荐《乡土中国》，希望大家喜欢。" + TEXT
    doc, report = clean("\n".join(["读书分享", line, "第二段正文，讲的是读书的方法。"]))
    assert texts(doc)[0] == line


def test_an_appeal_to_comment_on_the_page_goes():
    note = "本期选登两篇五年级同学的习作，读完觉得不错的话，欢迎在下方留言给小作者们加油。"
    essay = ["秋天的校园", "操场边的银杏叶黄了，风一吹就落下一地金色。", "我和同学们捡了好多叶子，夹进书里做书签。"]
    doc, report = clean("\n".join(["习作选登", note, *essay]))
    assert removed(report, "lead-in.appeal-to-comment") == [note]
    assert texts(doc)[-2:] == essay[1:]
    # A notice asking people to leave their views in a box on site talks about no page: stays.
    line = "欢迎各位家长在校门口的意见箱留言，提出宝贵建议。"
    doc, report = clean("\n".join(["致家长的一封信", line, *essay[1:]]))
    assert line in texts(doc)


def test_a_closing_pointer_to_more_elsewhere_goes():
    body = ["会议记录要写明时间、地点、主持人和出席人员。", "讨论的要点和决定的事项要逐条记下，会后由主持人核对签字。"]
    pointer = "想看更多会议记录范例，您可以参考以下网站："
    doc, report = clean("\n".join(["会议记录怎么写", *body, pointer]))
    assert removed(report, "lead-in.more-elsewhere") == [pointer]
    assert texts(doc) == body
    # A document's own line pointing to its list below (a colon, the items follow) stays.
    own = "具体要求如下："
    doc, report = clean("\n".join(["会议记录怎么写", *body, own, "一、时间写到分钟。"]))
    assert own in texts(doc)


LETTER = ["尊敬的学院领导：", "我因家中老人病重，需要回家照料，特申请休学一学期，恳请批准。", "此致", "敬礼！",
          "申请人：XXX", "日期：XXXX年XX月XX日"]


def test_the_sites_comment_after_a_sample_letters_date_goes():
    comment = "这份样稿先说事由，再说打算，大家参考时把家里的情况换成自己的即可。"
    doc, report = clean("\n".join(["休学申请书", *LETTER, comment]))
    assert removed(report, "lead-in.comment-after-letter") == [comment]
    assert texts(doc)[-1] == "日期：XXXX年XX月XX日"


def test_what_follows_a_letters_date_and_is_the_pages_own_stays():
    # A story going on after the letter (no word to the reader), an attachment line, a second sample.
    story = "信寄出后的第三天，学院回了信，同意了他的申请。"
    attachment = "附：医院诊断证明一份，请大家核对。"
    for tail in ([story], [attachment], ["第2篇", LETTER[1]]):
        doc, report = clean("\n".join(["休学申请书", *LETTER, *tail]))
        assert texts(doc)[-len(tail):] == tail, tail
        assert not removed(report, "lead-in.comment-after-letter"), tail


PLAN = ["学校安全工作计划", "一、每月开展一次校园安全大检查，发现问题当天登记、限期整改。",
        "二、每学期组织两次应急疏散演练，做到人人熟悉路线。"]


def test_a_domain_in_styled_letters_stamped_into_the_text_is_cut():
    stamp = "𝓢𝒊𝓽𝓮𝓝𝓪𝓶𝓮.𝑪𝒪ⓜ"
    doc, report = clean("\n".join([PLAN[0], PLAN[1] + " " + stamp, PLAN[2]]))
    assert removed(report, "injected.styled-letter-stamp") == [stamp]
    assert texts(doc)[0] == PLAN[1]
    # A formula's italic letters, full-width letters and a plain address stay.
    # (written as escapes: math italic S, a, b; full-width www.xxx.com)
    formula = "设面积为\U0001D446，则\U0001D446=\U0001D44E×\U0001D44F，单位为平方米。"
    full_width = "本校网址为\uff57\uff57\uff57.\uff58\uff58\uff58.\uff43\uff4f\uff4d，欢迎访问。"
    for line in (formula, full_width, "详见www.example.com。"):
        doc, report = clean("\n".join([PLAN[0], line, PLAN[2]]))
        assert texts(doc)[0] == line, line
        assert not removed(report, "injected.styled-letter-stamp"), line


def test_a_whole_styled_address_goes_with_its_www_and_scheme():
    # Round 42: the "www." before the name, a scheme and a slash, dots written as "。" or with
    # blanks, parenthesized letters: the whole stamp goes, none of it left in the sentence.
    # (escapes: math bold italic, double-struck, circled and parenthesized letters)
    def styled(text: str, base: int) -> str:
        return "".join(chr(base + ord(c) - ord("a")) if c.isalpha() else c for c in text)
    stamps = [styled("www.maplewen.com", 0x1D482), styled("https://www.maplewen.com/", 0x1D482),
              styled("www", 0x1D552) + " . " + styled("maplewen", 0x1D552) + " . " + styled("com", 0x1D552),
              styled("www", 0x1D41A) + "。" + styled("maplewen", 0x1D41A) + "。" + styled("com", 0x1D41A),
              styled("maple.com", 0x249C)]
    for stamp in stamps:
        doc, report = clean("\n".join([PLAN[0], PLAN[1] + " " + stamp, PLAN[2]]))
        assert removed(report, "injected.styled-letter-stamp") == [stamp.strip()], stamp
        assert texts(doc)[0] == PLAN[1], stamp
    # A price in bold digits has no letters after its dot: it stays.
    price = "单价为\U0001D7CF\U0001D7D0.\U0001D7D3\U0001D7CE元。"  # 12.50 in bold digits
    doc, report = clean("\n".join([PLAN[0], price, PLAN[2]]))
    assert not removed(report, "injected.styled-letter-stamp")


def test_an_advert_slots_label_after_the_text_goes():
    doc, report = clean("\n".join([*PLAN, "广告专区"]))
    assert removed(report, "injected.advert-slot-label") == ["广告专区"]
    assert texts(doc) == PLAN[1:]
    # Numbered or in a sentence: the document's own.
    for line in ("三、广告", "广告牌要定期检查，防止大风天气坠落。"):
        doc, report = clean("\n".join([*PLAN, line]))
        assert texts(doc)[-1] == line, line
