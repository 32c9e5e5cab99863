"""Meta lines of news pages by form (issue 18, round 34): an e-paper's page label in the forms
paper sites print it (a lettered page, the page's name in brackets, the issue's date and the
page-turning links beside it, the reader's current pages); an interview's question under the
reporter's label is what was said, not a credit. The near misses stay: a document's version
line, a bare page number, a source line of a news item's own head.
Fixtures are written for the project in the forms real pages take, with made-up words."""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "青禾镇召开秋季森林防火工作部署会"
BODY = ["10月11日，青禾镇召开秋季森林防火工作部署会，镇村两级干部参加会议。",
        "会议通报了上一年度防火工作情况，对今年秋冬季防火重点任务作了安排。",
        "会议要求，各村要落实网格化巡查制度，严防野外违规用火，确保全镇森林资源安全。"]


def test_an_epaper_page_label_goes_in_the_forms_paper_sites_print_it():
    for line in ("第B03版：县两会·现场", "第A1版:封面", "第6版(国际)", "第1版（要闻）专栏：",
                 "第A1版:封面 2021年02月23日 ·A02·", "第02版:要闻 上一版3 4下一版", "当前版:04-05版"):
        doc, report = clean("\n".join([line, TITLE, *BODY]))
        assert texts(doc) == BODY, line
        assert removed(report, "meta-lines.paper-page-label") == [line], line


def test_a_documents_version_line_or_a_bare_page_number_stays():
    for line in ("第2版（修订）", "第3版（试行稿）", "第3版", "本规范第2版:2023年5月发布"):
        doc, report = clean("\n".join(["青禾县政务服务事项办理指南", line, *BODY]))
        assert texts(doc) == [line, *BODY], line
        assert not removed(report, "meta-lines.paper-page-label")


def test_an_interviews_question_under_the_reporters_label_stays():
    talk = ["记者：王局长，今年的防火工作有哪些新举措？",
            "王某某：我们今年主要抓了三件事，一是巡查，二是宣传，三是演练。",
            "记者：群众反映的问题怎么解决？",
            "王某某：我们建立了台账，逐项销号。"]
    doc, report = clean("\n".join(["青禾县林业局局长谈秋冬防火", *talk]))
    assert texts(doc) == talk
    assert not removed(report, "meta-lines.source-author-line")


def test_a_reporters_and_a_sources_field_under_the_title_still_go():
    for line in ("记者：王某某", "来源：青禾日报", "作者：李某 来源：青禾网"):
        doc, report = clean("\n".join([TITLE, line, *BODY]))
        assert texts(doc) == BODY, line
        assert removed(report, "meta-lines.source-author-line") == [line], line
