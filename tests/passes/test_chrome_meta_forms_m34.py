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


def test_a_reporters_byline_naming_the_outlet_goes_at_the_top_and_at_the_end():
    heads = ("青禾日报记者王某宏张某攀", "本报实习生 刘某栋 周某", "苏某宜 青禾报·青禾网记者 宋某颖",
             "梅岭日报记者：钟某琳", "青禾网新闻频道 记者 王某 李某芬")
    for line in heads:
        # under a column's label the page keeps, the text below it
        doc, report = clean("\n".join([TITLE, "【新春走基层】", line, *BODY]))
        assert texts(doc)[-3:] == BODY and "".join(line.split()) not in "".join(texts(doc)), line
        assert removed(report, "meta-lines.reporter-byline-by-form") == [line], line
    patrols = (f"第{n}组巡查人员每天上山两次，沿防火通道查看火源，发现隐患当场处置并登记。" for n in "一二三四五六")
    long_body = [*BODY, *patrols]
    for line in ("本报记者 汪某萍", "县融媒体中心记者 何某某"):
        doc, report = clean("\n".join([TITLE, *long_body, line]))
        assert texts(doc) == long_body, line
        assert removed(report, "meta-lines.reporter-byline-at-the-end") == [line], line


def test_a_bare_or_a_filed_from_byline_a_commendation_and_an_interview_stay():
    for line in ("记者 王某某", "青禾网记者 孙某鸣 通讯员 郑某 日照报道"):
        doc, report = clean("\n".join([TITLE, line, *BODY]))
        assert [t.replace(" ", "") for t in texts(doc)] == ["".join(line.split()), *BODY], line
        assert not removed(report, "meta-lines.reporter-byline-by-form"), line
    honours = ["青禾县融媒体中心关于表扬2023年度优秀通讯员的通报",
               "各乡镇、县直各单位：",
               "一年来，各单位通讯员积极供稿，宣传了全县的工作成绩。经研究，决定对以下同志予以通报表扬。",
               "优秀通讯员：王某某、李某某、张某某",
               "特约通讯员 周某 吴某",
               "希望受到表扬的同志再接再厉。",
               "青禾县融媒体中心",
               "2024年1月5日"]
    doc, report = clean("\n".join(honours))
    assert texts(doc) == honours[1:]
    assert not removed(report, "meta-lines.reporter-byline-by-form")
