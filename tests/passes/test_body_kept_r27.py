"""Body lines the rules took for chrome on pages they were not written for (issue 18, round 27:
every word of the document kept). Each test holds a near miss of a chrome form that is the
document's own text, and the chrome form itself where it still goes.
Fixtures are written for the project, words made up."""

from __future__ import annotations

from helpers import clean, texts
from reportfmt.passes.boilerplate.head_boxes import drop_head_box
from reportfmt.passes.elements import block_text
from reportfmt.read.text import read_plain_text

PARAGRAPH = ("这学期我们把每周的作业本都摊开来看了一遍，发现重复的题目占了三成，于是决定换一种办法。"
             "每周五留出半小时，和备课组一起挑出下周真正需要练的几样东西。")


def head_box(lines: list[str], title: str = "") -> list[str]:
    doc = read_plain_text("\n".join(lines))
    blocks = list(enumerate(doc.content))
    _left, gone = drop_head_box(blocks, blocks, frozenset(), title)
    return [text for _, text, _ in gone]


def test_an_authors_name_over_the_posts_held_is_no_box_of_headlines():
    author = ["柳青禾", "北湾区教研室小学语文教研员", "北湾区第二实验小学副校长", "南岭师范学院兼职硕士生导师"]
    assert head_box([*author, "作业里的三个老问题", PARAGRAPH]) == []
    doc, _report = clean("\n".join(["作业里的三个老问题", *author, PARAGRAPH]))
    kept = [block_text(b) for b in doc.content]
    assert kept[:len(author)] == author
    # The box of headlines still goes.
    box = ["快讯", "北湾区新建两所公办幼儿园", "南岭市地铁三号线开通试运营", "西山街道举办社区邻里节活动"]
    assert head_box([*box, "作业里的三个老问题", PARAGRAPH]) == box


ORGANS = ["会员大会", "由全体会员推选的代表组成，每两年开会一次，遇有重大事项可以临时召集。",
          "董事会", "由会长、副会长和董事九人组成，每季度开会一次，董事应当亲自出席。",
          "稽核组", "由组长一人和组员两人组成，负责查核账目，每半年向会员大会报告一次。"]


def test_a_page_opening_on_the_first_of_its_parts_names_has_no_title_line():
    doc, report = clean("\n".join(ORGANS))
    assert report.title is None
    assert texts(doc) == ORGANS
    # A title over its introduction, then sections with lists under them: the title is taken.
    page = ["社团干事工作手册", "干事是社团里上传下达的人，做好这份工作，既要有热心，也要讲方法。",
            "日常事务", "每周例会之前，干事要把议题收齐，提前一天发给大家。",
            "  • 记录：会议记录当天整理，第二天上传群文件。", "  • 通知：通知发出后要确认每个人都收到。",
            "对外联络", "与学院各部门联系时，先说明来意，再约定时间。"]
    doc, report = clean("\n".join(page))
    assert report.title == "社团干事工作手册"
    # A subject over a paragraph naming it again, then sections by turns: a wiki's article, titled.
    wiki = ["稽核组", "稽核组是会员大会下设的查账机构，成立于十年前。", *ORGANS[:4]]
    _doc, report = clean("\n".join(wiki))
    assert report.title == "稽核组"
    # A sample's names repeat the title's first words: the title is taken.
    samples = ["社团干事述职", ORGANS[1], "社团干事述职2", ORGANS[3], "社团干事述职3", ORGANS[5]]
    _doc, report = clean("\n".join(samples))
    assert report.title == "社团干事述职"


def test_a_reporters_credit_in_brackets_opens_the_report_and_is_no_title():
    lead = "【东岭日报／记者 方晓岚／河口报导】河口镇第二小学今(9)日举办建校四十周年运动会，家长和校友到场同乐。"
    page = [lead, "校长表示，学校这些年陆续修好了操场和图书室，今后还要开设更多社团课程。"]
    doc, report = clean("\n".join(page))
    assert report.title is None
    # (typography sets the brackets full width and closes the blank between Chinese words)
    assert texts(doc) == [lead.replace("记者 ", "记者").replace("(9)", "（9）"), page[1]]
    # A bracketed title opening the text still goes to metadata, the rest of the line stays.
    doc, report = clean("\n".join(["【河口镇第二小学运动会致辞】各位老师、同学们：今天我们在这里……", page[1]]))
    assert report.title == "河口镇第二小学运动会致辞"
    assert texts(doc)[0] == "各位老师、同学们：今天我们在这里……"


NOTICE = ["各系、各部门：", "学校定于下周一开展消防安全大检查，请各单位提前做好自查，并将自查表于周五前交保卫处。"]


def test_a_notices_date_under_its_issuers_short_name_stays():
    for issuer, date in (("评建办", "2023年10月27日"), ("校团委", "2023-10-27"), ("保卫处", "2023-10-27")):
        doc, report = clean("\n".join([*NOTICE, issuer, date]))
        assert texts(doc)[-2:] == [issuer, date], issuer
        assert not report.removed
    # The page's date under its title still goes.
    doc, report = clean("\n".join(["关于开展消防安全大检查的通知", "2023-10-27", *NOTICE]))
    assert texts(doc) == NOTICE
    assert report.removed[-1] == {"text": "2023-10-27", "rule": "meta-lines.date-line"}


def test_a_documents_sentence_pointing_back_to_its_own_terms_is_no_outro():
    closing = ["各小组对照上述条件逐一审核，条件不符的，不列入推荐名单。", "以上为本次推荐工作的全部安排。"]
    page = ["关于推荐优秀学员的通知", "各小组：", "本学期将推荐一批优秀学员，条件如下：", "1、按时完成全部课程；",
            *closing]
    doc, report = clean("\n".join(page))
    assert texts(doc)[-2:] == closing
    assert not [r for r in report.removed if r["rule"].startswith("lead-in")]
    # The site's closing sentence still goes, the text's last sentence stays.
    outro = "以上就是小编为大家整理的推荐通知，希望对大家有所帮助。"
    # (far enough down the page for the tail: a short page's head reaches its end)
    doc, report = clean("\n".join([*page[:-1], *[PARAGRAPH] * 6, closing[1] + outro]))
    assert texts(doc)[-1] == closing[1]
    assert [r["rule"] for r in report.removed if r["text"] == outro] == ["lead-in.outro"]
