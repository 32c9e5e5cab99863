"""文库 page forms (round 56): a download notice printed as an ordered list whose clauses carry their
own numbers ("1. 1、…"), and the clauses under a notice whose first clause is the site's talk of
its file (its page count) with no label above it: what the clauses below say of paying for the file,
of its rights and of complaints is the site's too. A document's own numbered lines after the notice
(its title between) stay. Fixtures are written for the project with made-up words and names."""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "青禾镇河道保洁工作方案.doc"
PAGE_COUNT = "1. 1、本文档共7页，可阅读全部内容。"
NOTICE = [
    ("2. 2、蓝鲸文档网文档一经付费（服务费），不代表取得该文档的版权，仅供个人学习、研究使用，"
     "未经许可不得转载或汇编，侵权必究。"),
    "3. 3、本站所有内容均由网友或合作方上传，本站不对文档内容的完整性和准确性作任何保证，付费前请自行甄别。",
    "4. 4、如文档侵犯您的著作权或商业秘密，请点击“版权申诉”，也可拨打举报电话：400-000-0000（工作日9:00-17:30）。",
]
BODY = ["青禾镇河道保洁工作方案",
        "为巩固河长制工作成效，持续改善全镇水环境质量，结合我镇实际，制定本方案。",
        "1、全镇12条河道实行常态化保洁，每天巡查不少于一次。",
        "2、各村配齐保洁员，保洁经费由镇财政统一保障。"]


def test_a_page_count_clause_numbered_twice_goes():
    doc, report = clean("\n".join([TITLE, PAGE_COUNT, *BODY]))
    assert removed(report, "document-site.document-page-count") == [PAGE_COUNT]
    assert texts(doc)[0] == BODY[1]


def test_the_clauses_under_the_page_count_clause_go():
    doc, report = clean("\n".join([TITLE, PAGE_COUNT, *NOTICE, *BODY]))
    # (the third clause, on who uploads, is uploaded-by-users' own; the run goes on under it)
    assert removed(report, "document-site.notice-clause-on-topic") == [NOTICE[0], NOTICE[2]]
    assert removed(report, "document-site.uploaded-by-users") == [NOTICE[1]]
    assert texts(doc) == BODY[1:]


def test_the_documents_own_numbered_lines_after_the_notice_stay():
    # The document's title ends the run: its "1、" "2、" lines below are its own, though the
    # second names a fund a notice could name.
    doc, _report = clean("\n".join([TITLE, PAGE_COUNT, *NOTICE, *BODY]))
    assert BODY[2] in texts(doc)
    assert BODY[3] in texts(doc)


def test_a_numbered_line_on_another_topic_under_the_page_count_stays():
    # The run goes on only while its clauses speak of files, uploads, rights or the site.
    own = "2、各村于每月5日前上报上月保洁台账，镇河长办汇总后通报。"
    doc, _report = clean("\n".join([TITLE, PAGE_COUNT, own, *BODY[1:]]))
    assert own in texts(doc)
