"""Meta lines of forms left on own-tune pages (issue 18, round 45, mt45): a school's or an office's
attachment box after the text, its files named with their extensions (附件：….pdf, a 附件档案 label
over a file's name, a 相关附件 link noting it downloads a file), and the reading-time note as a
repost site words it (本篇文章…字，读完约…分钟). A notice's own attachment line over its signer and
date, a 公文's attachment list by title and a file's name in the middle of a guide stay. Fixtures
are made up.
"""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

NOTICE = ["青禾县实验小学关于招聘代课教师的公告",
          "一、招聘岗位：语文代课教师二名、科学代课教师一名。",
          "二、报名时间：即日起至五月十日，每日上午八时至十一时。",
          "三、报名地点：学校行政楼二楼办公室，逾期不再受理。"]


def test_an_attachment_box_after_the_text_goes():
    files = ["附件：代课教师招聘简章.pdf", "附件：报名表及承诺书.docx"]
    doc, report = clean("\n".join([*NOTICE, *files]))
    assert removed(report, "meta-lines.attachment-file-line") == files
    for line in NOTICE[1:]:
        assert line in texts(doc)


def test_a_label_over_its_file_goes_with_it():
    _doc, report = clean("\n".join([*NOTICE, "附件档案：", "代课教师招聘简章20250428.pdf"]))
    assert removed(report, "meta-lines.attachment-label-over-files") == ["附件档案："]
    assert removed(report, "meta-lines.attachment-file-alone") == ["代课教师招聘简章20250428.pdf"]


def test_a_download_link_noting_its_window_goes():
    _doc, report = clean("\n".join([*NOTICE, "★相关附件：(另开视窗或档案下载)"]))
    assert removed(report, "meta-lines.new-window-link") == ["★相关附件：(另开视窗或档案下载)"]


def test_a_notices_attachment_over_its_signer_and_date_stays():
    lines = [*NOTICE, "附件1：代课教师报名汇总表.xlsx", "青禾县实验小学办公室", "2025-4-28"]
    doc, report = clean("\n".join(lines))
    assert "附件1：代课教师报名汇总表.xlsx" in texts(doc)
    assert not removed(report, "meta-lines.attachment-file-line")


def test_an_attachment_list_by_title_stays():
    lines = [*NOTICE, "附件：1.代课教师报名表", "2.诚信承诺书"]
    doc, _report = clean("\n".join(lines))
    assert "附件：1.代课教师报名表" in texts(doc)


def test_a_file_name_inside_a_guide_stays():
    # A guide naming a file in the middle of its text, no attachment label above it: the text's.
    lines = ["如何整理年度档案",
             "整理前先把去年的文件按月份分好，每个月建一个文件夹，再在里面按科室细分。",
             "年度目录2024.xlsx",
             "目录表按上面的名字保存在共享盘里，每次归档后当天更新，方便别人查找。"]
    doc, _report = clean("\n".join(lines))
    assert "年度目录2024.xlsx" in texts(doc)


def test_a_reading_time_note_in_a_repost_sites_words_goes():
    lines = ["市图书馆延长周末开放时间", "本篇文章523字，读完约2分钟",
             "从下月起，市图书馆周六、周日的闭馆时间由下午五点推迟到晚上八点。",
             "图书馆表示，延长开放时间后将增加两名值班馆员，自习区座位也会同步增加。"]
    doc, report = clean("\n".join(lines))
    assert removed(report, "document-site.reading-time") == ["本篇文章523字，读完约2分钟"]
    assert lines[2] in texts(doc)


ANSWER = ["通知的格式怎么写",
          "标题居中，一般写成“关于某某事项的通知”。",
          "落款写发文单位和日期，并加盖公章。"]


def test_an_answers_extension_label_opening_a_line_is_cut():
    line = "扩展资料：一、会议通知要写清时间、地点和参会人员。"
    doc, report = clean("\n".join([*ANSWER, line, "二、事项较多时要分条来写，便于对照落实。"]))
    assert removed(report, "meta-lines.extension-label-glued") == ["扩展资料："]
    assert "一、会议通知要写清时间、地点和参会人员。" in texts(doc)


def test_an_answers_extension_label_glued_after_a_sentence_is_cut():
    line = "落款写发文单位和日期，并加盖公章。擴展資料通知發出後要留存底稿，以便日後查閱。"
    doc, report = clean("\n".join([*ANSWER[:2], line]))
    assert removed(report, "meta-lines.extension-label-glued") == ["擴展資料"]
    assert "落款写发文单位和日期，并加盖公章。通知發出後要留存底稿，以便日後查閱。" in texts(doc)


def test_a_sentence_about_extension_material_stays():
    line = "扩展资料包括课文作者的生平和写作背景，课前发给学生预习。"
    doc, report = clean("\n".join(["《春》教学设计", "一、教学目标：会读会写本课生字，能有感情地朗读课文。", line]))
    assert line in texts(doc)
    assert not removed(report, "meta-lines.extension-label-glued")


def test_a_writing_sites_posted_label_with_its_date_goes():
    lines = ["如何写好活动策划书", "已发表：2024-03-12",
             "一份好的策划书要让审批的人一眼看懂：为什么办、怎么办、要花多少钱。",
             "下面按照策划书的几个部分逐一说明写法，并附一份空白模板。"]
    doc, _report = clean("\n".join(lines))
    assert "已发表：2024-03-12" not in texts(doc)
    assert lines[2] in texts(doc)


NEWS = ["青禾县举办首届乡村篮球联赛",
        "五月二十日，青禾县首届乡村篮球联赛在县体育馆开幕，来自十二个乡镇的球队参加比赛。",
        "本次联赛分小组赛和淘汰赛两个阶段，预计六月中旬决出冠军。"]


def test_a_photographers_credit_after_a_caption_stays_with_it():
    # News benchmarks' human gold keeps a caption's photographer credit as the article's text.
    # (A bare "某某 摄" after a caption was cut before round 45 by another rule, and still is.)
    captions = ["开幕式上，运动员代表宣誓。（记者 林某某 摄）", "比赛现场座无虚席。青禾日报记者 周某摄"]
    for caption in captions:
        doc, report = clean("\n".join([*NEWS[:2], caption, NEWS[2]]))
        # (the blanks between Chinese characters are the spacing pass's to drop)
        assert "".join(caption.split()) in texts(doc), caption
        assert not removed(report, "meta-lines.credit-glued-after-text"), caption


def test_a_sentence_ending_in_its_own_words_stays():
    # No blank before 摄 and no reporter's role: the words may be the sentence's own.
    line = "活动结束后大家合影留念。集体合影由校团委组织拍摄"
    doc, report = clean("\n".join([*NEWS[:2], line, NEWS[2]]))
    assert line in texts(doc)
    assert not removed(report, "meta-lines.credit-glued-after-text")


def test_a_reporter_taking_pictures_in_a_sentence_stays():
    line = "赛后球员们接受采访。记者现场拍摄"
    doc, _report = clean("\n".join([*NEWS[:2], line, NEWS[2]]))
    assert line in texts(doc)
