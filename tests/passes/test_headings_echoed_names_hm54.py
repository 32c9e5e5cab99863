"""A part's name glued to a body that opens with the name's own first words again, "一、封面封面的
正面由…", "2、设想设想是计划中最粗略的一种", "二、平台的责任平台应当履行…" (issue 18, round 54:
文库 and document-site extractions that lost the line break after the name, read on the pages of
docduoduo.com, boteman.cn and 360docs.net; how-to pages on readke.com, mdkpw.com and liebaike.com
print the same habit with the break kept: "正文" over "正文一般分为…"). Two characters met again far
into a long line are a word the sentence uses twice, no name: a longer name is echoed by its first
four characters at least. Fixtures written for the project, with made-up content."""

from __future__ import annotations

from helpers import clean, outline, paras


def test_parts_whose_bodies_open_with_their_names_are_cut_there():
    doc, _ = clean("\n".join([
        "述职材料写作格式",
        "述职材料一般由三部分组成。",
        "一、标题标题写在第一页正中，由述职人姓名、任职时段和文种组成。",
        "二、正文正文先交代岗位职责，再写完成的主要工作和存在的不足。",
        "三、落款落款写述职人姓名和日期，放在正文右下方。",
    ]))
    headings = outline(doc)
    assert (1, "一、标题") in headings
    assert (1, "二、正文") in headings
    assert (1, "三、落款") in headings
    body = paras(doc)
    assert "标题写在第一页正中，由述职人姓名、任职时段和文种组成。" in body
    assert "正文先交代岗位职责，再写完成的主要工作和存在的不足。" in body


def test_a_long_name_echoed_by_its_subject_is_cut_before_the_subject():
    doc, _ = clean("\n".join([
        "青苗社区图书角管理办法",
        "一、社区图书角的开放时间社区图书角每周二至周日开放，上午九点至下午五点。",
        "二、社区图书角管理员的职责社区图书角管理员负责图书的借还登记、上架整理和每月的盘点。",
        "三、读者须知读者借书须出示借阅卡，每次限借两册。",
    ]))
    headings = [text for _, text in outline(doc)]
    assert "一、社区图书角的开放时间" in headings
    assert "二、社区图书角管理员的职责" in headings
    assert "社区图书角管理员负责图书的借还登记、上架整理和每月的盘点。" in paras(doc)


def test_numbered_points_echoing_their_names_are_cut_too():
    doc, _ = clean("\n".join([
        "周报月报怎么写",
        "单位内部常用的报告有两种。",
        "1、周报周报是每周五下班前交给部门负责人的简短报告，写明本周完成的事项和下周打算。",
        "2、月报月报是每月最后一个工作日提交的报告，除了列出完成情况，还要附上主要数据。",
    ]))
    headings = [text for _, text in outline(doc)]
    assert "1、周报" in headings
    assert "2、月报" in headings
    assert "月报是每月最后一个工作日提交的报告，除了列出完成情况，还要附上主要数据。" in paras(doc)


def test_a_flattened_page_cuts_its_echoed_part_from_the_body():
    doc, _ = clean("\n".join([
        "征文稿件排版要求",
        "参赛稿件由封皮和正文两部分组成，如需附上照片或图表，可在正文相应位置注明，另页附在正文之后。"
        "全文统一使用宋体，A4 纸单面打印，具体要求如下： 一、 封皮封皮印征文名称、作者姓名、所在班级和"
        "指导老师，名称用二号黑体居中，其余各项用三号宋体，依次排在名称下方，封皮背面不印任何内容。 "
        "二、 正文正文用小四号宋体，行距固定为二十磅，每段开头空两格，"
        "全文不少于一千五百字，不超过三千字，引用的材料注明出处。",
    ]))
    headings = [text for _, text in outline(doc)]
    assert "一、 封皮" in headings or "一、封皮" in headings
    assert "二、 正文" in headings or "二、正文" in headings
    cover = ("封皮印征文名称、作者姓名、所在班级和指导老师，名称用二号黑体居中，其余各项用三号宋体，"
             "依次排在名称下方，封皮背面不印任何内容。")
    assert cover in paras(doc)


def test_a_word_met_again_far_into_a_long_part_line_cuts_nothing():
    # "用户" comes back twenty characters on, inside the sentence: no name echoed by its subject.
    doc, _ = clean("\n".join([
        "云帆平台用户服务规定",
        "一、平台的服务范围平台为注册用户提供资料存储和在线编辑服务。",
        "二、用户权益保护云帆平台应当保护用户的合法权益：1. 不泄露用户资料；2. 及时处理投诉。",
        "三、平台的免责事项平台对不可抗力造成的中断不承担责任。",
    ]))
    headings = [text for _, text in outline(doc)]
    assert not any(text.startswith("二、用户权益保护云帆平台应当保护") for text in headings)
    body = "\n".join(paras(doc))
    assert "用户的合法权益" in body


def test_a_short_name_ending_in_a_name_word_is_echoed_by_its_first_word():
    # "一、选题要求选题应…": the body names the subject of the part, not the whole name.
    doc, _ = clean("\n".join([
        "毕业论文写作规范",
        "一、选题要求选题应结合所学专业和实习岗位，题目不宜过大，一人一题。",
        "二、格式要求格式按学院统一模板排版，正文用小四号宋体，行距二十磅。",
        "三、提交时间论文初稿于五月十日前交指导老师，定稿于五月三十日前提交。",
    ]))
    headings = [text for _, text in outline(doc)]
    assert "一、选题要求" in headings
    assert "二、格式要求" in headings
    assert "选题应结合所学专业和实习岗位，题目不宜过大，一人一题。" in paras(doc)


def test_a_rules_numbered_articles_opening_two_clauses_alike_stay_whole():
    # A statute's articles numbered 1. 2. are sentences; one may open two clauses with the same
    # words ("值班人员…值班时…") without a name glued to a body: a numbered point is cut only when
    # its whole name is echoed ("2、月报月报是…" above).
    articles = [
        "6.巡查工作由各街道统一安排，每月不少于两次。",
        "7.巡查人员巡查时应佩戴工作证件，并如实填写巡查记录。",
        "8.报名参加巡查可以委托社区代为报名。社区代为报名的，应当留存本人签字的委托书。",
        "9.巡查中发现的问题，应在三个工作日内报送街道办公室。",
    ]
    doc, _ = clean("\n".join(["溪岸街道河道巡查工作细则", *articles]))
    assert outline(doc) == []
    assert paras(doc)[-4:] == articles
