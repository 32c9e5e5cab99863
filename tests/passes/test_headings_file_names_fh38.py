"""Lines naming a file ("报名表.docx") are links, not sections; an "附件：" label over them heads
nothing on the page (file_names.py). Fixtures written for the project (issue 18, false headings)."""

from __future__ import annotations

from helpers import clean, outline, paras

# A notice's attachments as numbered file names under the label, then the signature.
NUMBERED_FILES = [
    "关于举办青年教师说课比赛的通知",
    "各学校：",
    "为提高青年教师的课堂教学能力，教研室决定举办一次说课比赛，请各校认真组织，择优推荐选手参赛。",
    "一、参赛对象",
    "教龄五年以内的在职教师，每校推荐两名。",
    "二、比赛时间",
    "四月中旬，具体时间另行通知。",
    "附件：",
    "1.说课比赛报名表.docx",
    "2.说课比赛评分标准.pdf",
    "县教研室",
]


def test_numbered_file_names_and_their_label_are_no_headings():
    doc, _ = clean("\n".join(NUMBERED_FILES))
    assert outline(doc) == [(1, "一、参赛对象"), (1, "二、比赛时间")]
    lines = [p.replace(" ", "") for p in paras(doc)]
    assert "1.说课比赛报名表.docx" in lines
    assert "2.说课比赛评分标准.pdf" in lines


# One file under the label, ending the page.
ONE_FILE = [
    "关于河滨公园夜间闭园时间调整的公告",
    "为方便市民夏季夜间休闲，自七月一日起，河滨公园闭园时间由晚上九点推迟到十点半，其他管理规定不变。",
    "调整后的各出入口开放时间见附件。",
    "附件：",
    "河滨公园各出入口开放时间表.xlsx",
]


def test_a_label_over_one_file_name_is_no_heading():
    doc, _ = clean("\n".join(ONE_FILE))
    assert outline(doc) == []
    assert "河滨公园各出入口开放时间表.xlsx" in [p.replace(" ", "") for p in paras(doc)]


# The attachment carried on the page: its title under the label stays its heading.
CARRIED = [
    "关于开展文明楼栋评比的通知",
    "各楼栋长：",
    "为营造整洁和睦的居住环境，社区决定在全体楼栋中开展文明楼栋评比，评比办法见附件。",
    "附件",
    "文明楼栋评比办法",
    "评比每季度进行一次，由居民代表和社区工作人员共同打分，得分前三名的楼栋在公开栏表扬。",
]


def test_an_attachment_carried_keeps_its_title_heading():
    doc, _ = clean("\n".join(CARRIED))
    assert [text for _, text in outline(doc)] == ["文明楼栋评比办法"]


def test_a_file_name_is_no_sentence():
    from reportfmt.passes.headings.file_names import is_file_name

    assert is_file_name("工作方案（定稿）.docx")
    assert is_file_name("2.汇总表.xlsx（18KB）")
    assert not is_file_name("请把报名表填好后发到邮箱。文件名写成学校名.docx")
    assert not is_file_name("一、加强组织领导")


def test_attachment_label_over_names_then_the_signature_heads_nothing():
    # (round 46: a notice names what it attaches before its signer and date; the text, when carried,
    # comes after the date)
    for names, date in ((["评选办法；推荐汇总表"], "二〇二四年三月五日"),
                        (["评选办法", "推荐汇总表"], "2024-03-05")):
        doc, _ = clean("\n".join([
            "关于开展社区志愿服务之星评选的通知",
            "各网格：",
            "为表彰在志愿服务中表现突出的居民，社区决定开展志愿服务之星评选，请各网格认真组织推荐。",
            "推荐时间为本月十日至二十日，逾期不再受理，请各网格按时报送。",
            "附件：",
            *names,
            "某某街道某某社区居民委员会",
            date,
        ]))
        assert "附件：" not in [text for _, text in outline(doc)]
        assert names[-1] in "".join(paras(doc))


def test_attachment_label_over_the_attachments_text_after_the_date_still_heads_it():
    doc, _ = clean("\n".join([
        "关于开展社区志愿服务之星评选的通知",
        "各网格：",
        "为表彰在志愿服务中表现突出的居民，社区决定开展志愿服务之星评选，请各网格认真组织推荐。",
        "某某社区居民委员会",
        "二〇二四年三月五日",
        "附件：",
        "评选对象为本社区登记在册、全年参加志愿服务不少于四十小时的居民，每个网格推荐两名。",
        "推荐材料包括推荐表和服务记录，由网格长签字后报社区办公室。",
    ]))
    assert "附件：" in [text for _, text in outline(doc)]
