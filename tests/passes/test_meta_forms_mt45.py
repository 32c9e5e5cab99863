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
