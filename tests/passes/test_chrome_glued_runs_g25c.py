"""Chrome glued inside a body line (issue 18, round 25): the run is cut where it meets the
sentence, the sentence stays whole; a body sentence of the same shape stays as it is.
Fixtures are written for the project in the forms real pages take, with made-up words."""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "北岭县文化惠民月活动综述"
OPENING = "今年的文化惠民月共举办讲座六场，参与群众超过两千人。"


def test_a_site_editors_credit_glued_after_the_last_sentence_is_cut():
    last = "活动结束后，各村将把好的做法固定下来，形成长效机制。"
    for credit in ("(本站编辑 何某某摘编)", "（本網編輯 何某某摘編）"):
        doc, report = clean("\n".join([TITLE, OPENING, last + credit]))
        assert texts(doc) == [OPENING, last]
        assert removed(report, "meta-lines.credit-glued-after-text") == [credit]


def test_a_sentence_about_the_sites_editor_stays_whole():
    line = "这份材料经本站编辑何某某整理后（共三篇）转给了各村。"
    doc, report = clean("\n".join([TITLE, OPENING, line]))
    assert texts(doc) == [OPENING, line]
    assert not removed(report, "meta-lines.credit-glued-after-text")


def test_a_picture_credit_glued_after_a_caption_is_cut():
    pairs = (("某某县委报道组供图", "村支书在文化广场录制微党课视频。"),
             ("某某縣委報(bào)道組供圖", "村支書在文化廣場錄(lù)制視頻。"))
    for credit, glossed in pairs:
        doc, report = clean("\n".join([TITLE, OPENING, glossed + credit]))
        assert texts(doc)[1].replace("（", "(").replace("）", ")") == glossed
        assert removed(report, "meta-lines.credit-glued-after-text") == [credit]


def test_a_sentence_saying_who_gave_the_pictures_stays_whole():
    lines = [OPENING, "这组照片由县委报道组供图，共三十幅。", "活动照片由县委报道组供图"]
    doc, report = clean("\n".join([TITLE, *lines]))
    assert texts(doc) == lines
    assert not removed(report, "meta-lines.credit-glued-after-text")


def test_a_thread_excerpts_more_link_is_cut_and_the_excerpt_stays():
    excerpt = "3、公务电话记录：电话交办事项后，为留存依据而作的记录，一式两份..."
    line = excerpt + " 查看完整内容 |"
    doc, report = clean("\n".join(["公务文书的种类与用途", OPENING, line]))
    assert removed(report, "forum.excerpt-more-link") == ["查看完整内容 |"]
    assert texts(doc)[1].startswith("3、公务电话记录")


def test_a_sentence_asking_to_read_the_whole_text_stays():
    line = "请大家登录系统后查看完整内容。"
    doc, report = clean("\n".join([TITLE, OPENING, line]))
    assert texts(doc) == [OPENING, line]
    assert not removed(report, "forum.excerpt-more-link")


def test_a_marked_byline_glued_after_the_last_sentence_is_cut():
    last = "职教中心举办了技能展示会，吸引了不少家长驻足观看。"
    byline = "□北岭晚报 | 教育周刊 记者 何某某"
    doc, report = clean("\n".join([TITLE, OPENING, f"{last} {byline}"]))
    assert texts(doc) == [OPENING, last]
    assert removed(report, "meta-lines.credit-glued-after-text") == [byline]


def test_a_sentence_naming_a_reporter_stays_whole():
    lines = [OPENING, "展示会后，□组记者何某某采访了几位家长。", "职教中心举办了展示会。记者何某某"]
    doc, report = clean("\n".join([TITLE, *lines]))
    assert texts(doc) == lines
    assert not removed(report, "meta-lines.credit-glued-after-text")


def test_a_summary_label_run_into_the_files_first_words_is_cut():
    first = "2024版小学科学三年级上册单元教学设计第一单元·水"
    doc, report = clean("\n".join(["小学科学三年级上册教学设计", "资源简介" + first, "第一课时：认识水的特点。"]))
    assert texts(doc)[0] == first
    assert removed(report, "document-site.summary-label-run-in") == ["资源简介"]


def test_a_documents_own_summary_section_stays():
    line = "资源简介：本课件共二十页，配有三段实验视频。"
    doc, report = clean("\n".join(["小学科学三年级上册教学设计", line, "第一课时：认识水的特点。"]))
    assert line in texts(doc)
    assert not removed(report, "document-site.summary-label-run-in")


def test_a_live_feed_tag_glued_after_a_sentence_is_cut():
    last = "会议听取了常委会工作报告。"
    doc, report = clean("\n".join(["人代会第二次全体会议侧记", OPENING, last + "某某网现场直播"]))
    assert texts(doc) == [OPENING, last]
    assert removed(report, "meta-lines.credit-glued-after-text") == ["某某网现场直播"]


def test_a_sentence_about_a_live_broadcast_stays_whole():
    line = "今年的迎春晚会由某某网现场直播。"
    doc, report = clean("\n".join([TITLE, OPENING, line]))
    assert texts(doc) == [OPENING, line]
    assert not removed(report, "meta-lines.credit-glued-after-text")


def test_a_tab_label_echoed_by_its_section_is_cut():
    doc, report = clean("\n".join(["药学专业知识模拟题", "单项选择题||| 一、单项选择题(共20题,每题1分)",
                                   "第1题下列哪一项说法是正确的？"]))
    assert removed(report, "meta-lines.tab-label-echoed") == ["单项选择题|||"]
    assert not [t for t in texts(doc) if "|" in t]


def test_bars_between_other_words_stay():
    line = "甲方||乙方签字后生效。"
    doc, report = clean("\n".join([TITLE, OPENING, line]))
    assert texts(doc) == [OPENING, line]
    assert not removed(report, "meta-lines.tab-label-echoed")
