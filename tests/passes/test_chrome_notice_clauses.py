"""A 文库 page's numbered download notice in any wording (issue 18): the clauses under its label
go whatever they say, a clause under a label a document prints too only when it speaks of the
site's files; the document's own numbered items stay. Fixtures are written for the project in
the forms the real pages take."""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

RULES = ["第一条 为规范公司考勤管理，严肃工作纪律，结合公司实际，制定本办法。",
         "第二条 本办法适用于公司全体在岗员工。",
         "第三条 员工应按时上下班，不得迟到早退。",
         "第四条 员工请假应提前填写请假单，经部门负责人批准。"]
# Two document-site markers: the profile is on.
FILE_HEAD = ["员工考勤管理办法.docx", "上传人:w****8 文档编号:33120 上传时间:2024-03-02 格式:DOCX 页数:6 大小:18KB"]
CLAUSES = ["1、所有资料如无特别说明，均需在电脑上安装相应软件才能打开。",
           "2、题目类文件若标题里没有注明附答案，则不附答案。",
           "3、演示文稿中的音频、视频不随文件提供，仅供在线观看。",
           "4、所有资料的权益归原作者所有，如有异议请与我们联系。",
           "5、上传者对作品的准确性负责，我们仅提供存储空间。"]



def file_page(*tail: str) -> str:
    return "\n".join([*FILE_HEAD, *RULES, *tail])


# --- a download notice's clauses, whatever they say -----------------------------------------

def test_every_clause_under_a_download_notice_goes_whatever_its_wording():
    doc, report = clean(file_page("【下载须知】", *CLAUSES))
    assert texts(doc) == RULES
    assert removed(report, "document-site.download-notice-label") == ["【下载须知】"]
    assert removed(report, "document-site.notice-clause") == CLAUSES


def test_under_a_label_a_document_prints_too_only_the_clauses_about_the_sites_files_go():
    # "温馨提示" may be a document's own: a clause goes when it speaks of uploads, rights, the
    # site, the reader's software; the chain stops at the first that does not.
    doc, report = clean(file_page("温馨提示", CLAUSES[4], CLAUSES[0], "3、请携带相关资料按时参加。"))
    assert removed(report, "document-site.notice-clause-on-topic") == [CLAUSES[4], CLAUSES[0]]
    assert "3、请携带相关资料按时参加。" in texts(doc)


def test_the_documents_own_numbered_items_after_its_title_stay():
    items = ["1、各部门要高度重视考勤工作。", "2、考勤结果与绩效挂钩。"]
    doc, _ = clean("\n".join([*FILE_HEAD, "【下载须知】", CLAUSES[3], "员工考勤管理办法", *items, *RULES]))
    assert items == texts(doc)[:2]


def test_without_the_document_site_profile_the_notice_stays():
    doc, _ = clean("\n".join(["员工考勤管理办法", *RULES, "下载须知", CLAUSES[0]]))
    assert CLAUSES[0] in texts(doc)
