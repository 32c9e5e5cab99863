"""Chrome told by its shape at a page's edges (issue 18, seventeenth round): a preview's shown/total
count, the expand button's 展开全部, a know-how page's closing wish, a site intro under a 引论 label,
a collection offered by its count of pieces, a forum's quote header, archive page list, attachment
prompt, login-box close button and lone post buttons. Each test keeps a document line of a nearby
shape. Fixtures are written for the project in the forms real pages take, with made-up content."""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

BODY = ["今年以来，我镇围绕垃圾分类开展了三轮入户宣传，居民知晓率明显提高。",
        "各村设立了分类投放点，聘请了保洁员，建立了每周检查、每月通报的制度。",
        "下一步，我们将继续完善收运体系，确保分类成果巩固。"]


def page(*, head=(), tail=(), title="某某镇垃圾分类工作情况汇报"):
    return "\n".join([title, *head, *BODY, *tail])


def test_a_shown_of_total_count_under_the_text_goes():
    for note in ("仅显示356字,全文共1204字", "全文共4页，当前显示1页", "（已显示800字/全文2600字）"):
        doc, report = clean(page(tail=[note]))
        assert removed(report, "paywall.shown-of-total") == [note]
        assert texts(doc) == BODY


def test_a_sentence_about_a_length_stays():
    # The text's own words on a length: more than two amounts and a word of showing.
    lines = [*BODY, "本方案全文共分五个部分，约3000字。", "调查问卷共20题，已回收586份。"]
    doc, report = clean("\n".join(["某某镇垃圾分类工作情况汇报", *lines]))
    assert not removed(report, "paywall.shown-of-total")
    assert texts(doc) == lines


def test_the_expand_all_button_goes_in_its_variants():
    for button in ("展开全部", "点击展开全部", "展开全部内容", "展开剩余全文"):
        doc, report = clean(page(tail=[button]))
        assert removed(report, "paywall.expand-button") == [button]
        assert texts(doc) == BODY
    # A heading that opens with the word and goes on stays.
    doc, report = clean(page(tail=["展开全部工作的三点打算", "一是抓宣传，二是抓设施，三是抓考核。"]))
    assert not removed(report, "paywall.expand-button")


def test_a_know_how_page_closing_wish_goes():
    close = "以上就是各类请示的基本写法，希望能对你的日常写作有所帮助。"
    doc, report = clean(page(tail=[close]))
    assert removed(report, "lead-in.outro") == [close]
    assert texts(doc) == BODY


def test_a_speaker_closing_in_the_first_person_stays():
    lines = [*BODY, "以上是我的几点体会，希望对大家有所帮助。"]
    doc, report = clean("\n".join(["在经验交流会上的发言", *lines]))
    assert not removed(report, "lead-in.outro")
    assert texts(doc)[-1] == "以上是我的几点体会，希望对大家有所帮助。"
    lines = [*BODY, "以上就是我的述职报告，希望各位领导批评指正。"]
    doc, report = clean("\n".join(["述职报告", *lines]))
    assert texts(doc)[-1] == "以上就是我的述职报告，希望各位领导批评指正。"


def test_a_site_intro_under_an_yinlun_label_goes():
    # Its last sentence praises the samples without the site's voice, so only the label tells it.
    intro = "引论:我们为您整理了3篇社区养老调研范文。这几篇角度各不相同,都值得一读。"
    doc, report = clean(page(head=[intro]))
    assert removed(report, "lead-in.site-labelled-intro") == [intro]
    assert texts(doc) == BODY
    # A paper's own 引论 section, in its own voice, stays.
    own = "引论:社区养老服务是应对人口老龄化的重要抓手,本文从供给和需求两方面加以分析。"
    doc, report = clean(page(head=[own]))
    assert not removed(report, "lead-in.site-labelled-intro")


NOTICE = ["关于本版发帖的几点要求", "一、发帖请写明小区名称和事由，标题不写清楚的由版主修改。",
          "二、同一件事请在原帖下补充，不要重复开帖，重复的帖子合并处理。",
          "三、涉及个人电话和住址的内容请私信联系，不要公开发布。"]


def test_a_quoted_reply_opens_the_replies_which_go_to_the_end():
    replies = ["Originally posted by 小周 at 2007-4-2 20:15:", "那二手物品转让也算重复开帖吗?",
               "转让帖每周顶一次就行,不算重复。", "页:", "[1] 2"]
    doc, report = clean("\n".join([*NOTICE, *replies]))
    # All go; the page list's label is recorded under its own family.
    assert removed(report, "comments.quote-header") == [*replies[:3], replies[4]]
    assert removed(report, "forum.archive-pages") == ["页:"]
    assert texts(doc) == NOTICE[1:]
    chinese = ["以下是引用老街坊在2009-8-1 10:02:00的发言:", "这个早该管管了。"]
    doc, report = clean("\n".join([*NOTICE, *chinese]))
    assert removed(report, "comments.quote-header") == chinese
    assert texts(doc) == NOTICE[1:]


def test_a_code_quote_box_naming_no_one_stays():
    lines = [*NOTICE[1:], "以下是引用片段:", "四、违反以上要求的，版主将视情节删帖或禁言。"]
    doc, report = clean("\n".join([NOTICE[0], *lines]))
    assert not removed(report, "comments.quote-header")
    assert texts(doc) == lines


def test_a_forum_archive_page_list_goes_on_one_line_or_two():
    doc, report = clean("\n".join([*NOTICE, "页: [1] 2 3"]))
    assert removed(report, "forum.archive-pages") == ["页: [1] 2 3"]
    assert texts(doc) == NOTICE[1:]
    doc, report = clean("\n".join([*NOTICE, "页:", "[1] 2 3"]))
    assert removed(report, "forum.archive-pages") == ["页:"]
    assert removed(report, "forum.archive-page-numbers") == ["[1] 2 3"]
    assert texts(doc) == NOTICE[1:]


def test_a_reference_number_alone_stays_without_the_page_label():
    lines = [*NOTICE[1:], "[1]", "四、违反以上要求的，版主将视情节删帖或禁言。"]
    doc, report = clean("\n".join([NOTICE[0], *lines]))
    assert not removed(report, "forum.archive-page-numbers")
    assert "[1]" in texts(doc)


ESSAY = ["上个月，学校组织我们到烈士陵园开展清明祭扫活动。",
         "站在纪念碑前，听讲解员讲述先烈的故事，我心里久久不能平静。"]


def test_a_collection_offered_by_its_count_goes_with_its_genre_talk():
    intro = "祭扫心得怎样写才真挚感人？多看几篇好的样文会有帮助，下面分享【清明祭扫心得体会精选6篇】，供你选择参考。"
    doc, report = clean("\n".join(["清明祭扫心得体会", intro, *ESSAY]))
    assert removed(report, "lead-in.collection-offered") == [intro]
    assert texts(doc) == ESSAY
    # Without a title's count: "几篇", and 这里 for 下面.
    intro = "清明祭扫心得该从哪里写起？这里整理了几篇范文，一起来看看吧。"
    doc, report = clean("\n".join(["清明祭扫心得体会", intro, *ESSAY]))
    assert removed(report, "lead-in.collection-offered") == [intro]
    assert texts(doc) == ESSAY


def test_a_speaker_offering_two_pieces_in_the_first_person_stays():
    line = "今天的交流会，下面我分享两篇学生的习作。"
    doc, report = clean("\n".join(["在语文教研会上的发言", line, *ESSAY]))
    assert not removed(report, "lead-in.collection-offered")
    assert texts(doc)[0] == line


THREAD_HEAD = ["查看: 812|回复: 3", "[复制链接]", "某网友 发表于 2019-6-3 21:10:45 | 显示全部楼层 |阅读模式"]


def test_a_forum_posts_attachment_prompt_close_button_and_split_buttons_go():
    tail = ["本帖子中包含更多资源", "您需要 登录 才可以下载或查看,没有账号?立即注册", "×", "回复", "使用道具 举报"]
    doc, report = clean("\n".join([NOTICE[0], *THREAD_HEAD, *NOTICE[1:], *tail]))
    assert removed(report, "forum.login-prompt") == tail[:2]
    assert removed(report, "forum.login-box-close") == ["×"]
    assert removed(report, "forum.button-alone") == ["回复"]
    assert texts(doc) == NOTICE[1:]


def test_a_button_word_left_after_the_last_post_goes_on_a_forum_page_only():
    doc, report = clean("\n".join([NOTICE[0], *THREAD_HEAD, *NOTICE[1:], "点评"]))
    assert removed(report, "forum.button-alone") == ["点评"]
    assert texts(doc) == NOTICE[1:]
    # A report's own one-word heading, on a page with no forum marks, stays.
    lines = ["本月共收到群众来信12件，已全部登记。", "回复", "对来信逐件进行了回复，回复率100%。"]
    doc, report = clean("\n".join(["关于群众来信的处理情况", *lines]))
    assert not removed(report, "forum.button-alone")
    assert texts(doc) == lines


def test_a_jammer_drawing_two_symbols_and_three_letter_digit_pairs_is_cut():
    item = "二、同一件事请在原帖下补充，不要重复开帖。"
    doc, report = clean("\n".join([NOTICE[0], NOTICE[1], item + "5 Q% k2 d7 W. M4 e", NOTICE[3]]))
    assert removed(report, "forum.jammer") == ["5 Q% k2 d7 W. M4 e"]
    assert texts(doc) == [NOTICE[1], item, NOTICE[3]]


def test_cell_names_and_a_formula_stay():
    lines = ["请在 A1 B2 C3 单元格输入 =SUM(A1:C3) 即可。", "本次检测依据 ISO 9001:2015 GB/T 19001 进行。"]
    doc, report = clean("\n".join(["表格填写说明", *lines]))
    assert not removed(report, "forum.jammer")
    assert texts(doc) == lines
