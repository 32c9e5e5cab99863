"""Title lines of web pages by form (round 34): lines that are the text's own never become the
title, and a title's second line is never lost. Fixtures written for the project (made-up names
and content)."""

from __future__ import annotations

from helpers import clean, texts

NEWS = ["滨河新闻网讯 入冬以后，青石镇把各村的护林员请到镇上，开了一场只谈问题的座谈会。",
        "护林员们轮流发言，说起巡山路上的难处，也提出在路口增设防火提示牌的建议。"]


def test_a_byline_behind_a_papers_mark_is_no_title_and_stays():
    # "□通讯员 某某 报道": regional papers print a box before the byline; the scrape lost the
    # title above it and left question marks where the indents were.
    bylines = (("□通讯员 李晓云 报道", "李晓云"), ("??? □通訊員 李曉雲 報(bào)道", "李曉雲"), ("■记者 周文", "周文"))
    for byline, name in bylines:
        doc, report = clean("\n".join([byline, *NEWS]))
        assert not report.title, byline
        kept = ["".join(t.split()) for t in texts(doc)]  # (typography drops blanks between ideographs)
        assert kept[-2:] == ["".join(line.split()) for line in NEWS]
        # (the byline stays, or goes recorded as a meta line: the meta-lines pass's call, not the title's)
        removed = {r["text"]: r["rule"] for r in report.removed}
        assert (any(name in t for t in kept)
                or removed.get(byline.lstrip("? "), "").startswith("meta-lines")), byline


def test_a_line_cut_inside_a_markdown_bold_run_is_no_title():
    lines = ["每次开大会前，办公室都要赶出一份座次表，我以前用 **Excel",
             "** 手工画格子，一画就是一上午；后来改用 **邮件合并** 的办法，名单一换表就出来了。",
             "座次表看着简单，要求却不少：要按单位分页，每页留出签名栏。"]
    doc, report = clean("\n".join(lines))
    assert not report.title
    assert len(texts(doc)) == 3
    assert "Excel" in texts(doc)[0]


REPORT = ["本报讯（记者 孙立）12日下午，十多位市政协委员来到城北区槐树巷社区，围坐一圈谈养老服务。",
          "座谈会由市政协副主席钱某某主持，社区负责人和两位老人代表也谈了自己的想法。"]


def test_a_headline_in_two_lines_over_the_facts_keeps_both():
    # The upper line is the title; the lower one its subtitle (metadata), never lost as the title
    # taking the place of the upper line, which went as a menu's item.
    lines = ["首页 > 界别活动", "市政协社会福利界别在社区开座谈会", "委员们带着走访笔记谈明年的选题",
             "2023-12-13 09:30 | 作者：孙立 | 来源：某市政协网", *REPORT]
    doc, report = clean("\n".join(lines))
    assert report.title == "市政协社会福利界别在社区开座谈会"
    assert doc.get_metadata("subtitle") == "委员们带着走访笔记谈明年的选题"
    assert texts(doc)[-2:] == [line.replace("（记者 孙立）", "（记者孙立）") for line in REPORT]
    removed = {r["text"]: r["rule"] for r in report.removed}
    assert removed["委员们带着走访笔记谈明年的选题"] == "metadata.subtitle"


def test_a_kicker_line_over_the_headline_is_its_first_line():
    lines = ["暖心服务进社区 志愿活动常态化", "槐树巷社区开展“邻里帮帮团”志愿服务月活动",
             "发布日期：2025-03-02 10:18 信息来源：某区民政局", *REPORT]
    doc, report = clean("\n".join(lines))
    assert report.title == "暖心服务进社区 志愿活动常态化"
    assert doc.get_metadata("subtitle") == "槐树巷社区开展“邻里帮帮团”志愿服务月活动"


def test_a_column_name_over_the_title_is_no_headline_line():
    speech = ["各位茶友、各位会员：", "大家好！", "今年春天雨水来得早，山上的茶树比往年早发芽了十来天。"]
    lines = ["重要讲话", "周某某会长在第五届春茶品鉴会上的致辞", "2024年4月12日", *speech]
    doc, report = clean("\n".join(lines))
    assert report.title == "周某某会长在第五届春茶品鉴会上的致辞"
    assert "subtitle" not in doc.metadata
    assert texts(doc)[-3:] == speech


def test_a_speech_run_into_a_later_lead_in_is_not_taken_as_its_genre_talk():
    # A page printed as one line: a channel's lead, the first speech from its salutation, then the
    # site's 小编 sentence glued in the middle before the next sample. The speech is no genre talk
    # before the site's sentence (a salutation's colon opens a text): it stays whole.
    speech = ("老师们、同学们：金秋十月，我们在新操场上举行第八届田径运动会。"
              "希望每一位运动员赛出风格、赛出水平。预祝本届运动会圆满成功！")
    line = ("讲话稿频道《小学田径运动会开幕式讲话稿》，希望大家喜欢。" + speech
            + "下面是小编整理的关于小学田径运动会开幕式讲话稿的内容，欢迎阅读借鉴。"
            + "小学田径运动会开幕式讲话稿范文2 亲爱的同学们：运动场上，汗水是最好的勋章。")
    doc, report = clean(line)
    kept = "".join("".join(t.split()) for t in texts(doc))
    assert "希望每一位运动员赛出风格、赛出水平。预祝本届运动会圆满成功！" in kept
    assert "运动场上，汗水是最好的勋章。" in kept
    assert not any("赛出风格" in r["text"] for r in report.removed)
