"""Meta lines by their form, and the document's own lines that looked like them (issue 18, round 42).

- A page's posting date with the act named before 日期/时间 (张贴, 公告, 刊登, 上版, 建档, an update)
  and a machine date after it goes; the same label with a date in words is a document's field.
- A close button with what it closes or its cross ("关闭×", "文档预览关闭") goes, and so does the pair of
  previous and next links alone on a line ("上一則公告 下一則公告").
- A date written one piece a line ("2020" / "年" / "3" / "月" / "22" / "日") under a letter is the
  letter's: no piece is a counter or a tab's word.
- A table printed one cell a line: its row number "1 |" over the row's cells is the table's.
- A form's blank fields under the text's last sentence ("承诺人:" / "班级:" / "日期:") stay, and a
  list of the text's labels each over its explanation ("- 署名:", "- 日期:", "- 位置:") stays.
- The line after a quoted sample's closing fence ("```") is the text going on, not a tab.
Fixtures are the project's own: made-up names and units."""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "青禾新区部署秋季消防安全检查"
BODY = [f"第{n}条：青禾新区各社区要对辖区内的老旧小区逐一开展消防安全检查，并登记需要整改的隐患。"
        for n in range(1, 7)]


def test_a_posting_date_with_its_act_goes():
    for line in ("张贴日期: 2025-05-16 11:54:53", "公告日期：2023/05/06", "刊登日期：2023-05-06",
                 "最後更新日期：2023-05-06 14:22", "建檔日期：112-05-06"):
        doc, report = clean("\n".join([TITLE, line, *BODY]))
        assert texts(doc) == BODY, line
        assert removed(report, "meta-lines.posting-date-field") == [line]


def test_a_posting_label_with_a_date_in_words_or_a_meeting_date_stays():
    for line in ("公告日期：2025年5月16日", "会议日期：2023-05-06"):
        doc, report = clean("\n".join([TITLE, *BODY[:2], line, *BODY[2:]]))
        assert line in texts(doc), line
        assert removed(report, "meta-lines.posting-date-field") == []


def test_a_close_button_with_its_cross_or_its_object_goes():
    for line in ("关闭×", "× 关闭", "文档预览关闭", "關閉此視窗", "关闭本页"):
        doc, report = clean("\n".join([TITLE, *BODY, line]))
        assert texts(doc) == BODY, line
        assert removed(report, "meta-lines.close-button") == [line]


def test_a_date_written_one_piece_a_line_under_a_letter_stays():
    letter = ["节约用水倡议书", "亲爱的同学们：",
              "我们发现学校洗手池的水龙头常常没有拧紧，水一滴一滴地白白流走，十分可惜。",
              "希望大家洗手后随手关紧水龙头，发现漏水及时告诉老师。", "五年级二班 全体同学"]
    pieces = ["2020", "年", "3", "月", "22", "日"]
    doc, _ = clean("\n".join([*letter, *pieces, "——来源网络整理，仅供学习参考"]))
    assert texts(doc)[-6:] == pieces


def test_a_flattened_tables_row_number_stays():
    rows = ["序号 |", "公开事项 |", "公开内容 |", "公开时限 |", "||||", "1 |", "机构信息 |",
            "机构设置、办公地址、办公时间、联系电话 |", "信息形成或变更之日起二十个工作日内 |", "|||", "2 |",
            "财政预决算 |", "部门预算、决算及说明 |", "批复后二十日内 |"]
    doc, _ = clean("\n".join(["青禾街道基层政务公开标准目录", *rows]))
    kept = texts(doc)
    assert "1 |" in kept and "2 |" in kept


def test_a_forms_blank_fields_under_the_text_stay():
    pledge = ["期末考试诚信承诺书", "我是初二学生，这一学期学得怎么样，我想让试卷上的每一个字来回答。",
              "1. 提前十分钟到达考室，照座位表坐好，桌面上只留文具和学生证。",
              "2. 手机和复习资料一律放进教室后排的储物柜，不带在身上。",
              "上面哪一条我没有做到，由学校按校规处理，我没有怨言。", "承诺人:", "班级:", "日期:"]
    doc, report = clean("\n".join(pledge))
    assert texts(doc)[-3:] == ["承诺人:", "班级:", "日期:"]
    assert removed(report, "meta-lines.field-label-alone") == []


def test_a_sites_bare_labels_under_the_title_still_go():
    box = ["来源:", "日期:"]
    doc, report = clean("\n".join([TITLE, *box, *BODY]))
    assert texts(doc) == BODY
    # 日期 alone is the beside-chrome rule's (a form's label too): it goes beside the box's 来源.
    assert removed(report, "meta-lines.field-label-alone") == ["来源:"]
    assert removed(report, "meta-lines.field-label-alone-beside-chrome") == ["日期:"]


def test_a_list_of_the_texts_labels_each_over_its_explanation_stays():
    guide = ["感谢信的落款怎么写", "落款这几行最能看出写信人是否用心，下面分几项说一说，供大家参考。",
             "- 署名:", "写全名，名字前可以加上身份，如患者家属、毕业生。",
             "- 日期:", "阿拉伯数字和汉字都可以用，但全文要统一。",
             "- 位置:", "落款放在正文右下方，署名在上，日期在下。"]
    doc, report = clean("\n".join(guide))
    kept = "".join(texts(doc))
    for label in ("日期:", "位置:"):
        assert label in kept, label
    assert removed(report, "meta-lines.field-label-alone") == []
    assert removed(report, "meta-lines.breadcrumb") == []


def test_a_heading_after_a_quoted_samples_closing_fence_stays():
    page = ["感谢信的落款怎么写", "落款这几行最能看出写信人是否用心，下面举一个例子，供大家参考。", "```",
            "再次感谢贵队在暴雨当晚的及时救援！", "此致", "敬礼！", "青石湾社区居民委员会", "2024年5月20日", "```",
            "注意事项", "- 位置:", "落款放在正文右下方，署名在上，日期在下，打印出来以后最好再亲笔签一次。",
            "寄出之前，再核对一遍对方单位的名称有没有错字。"]
    doc, report = clean("\n".join(page))
    assert "注意事项" in texts(doc)
    assert removed(report, "meta-lines.word-between-chrome") == []


def test_the_previous_and_next_links_as_a_pair_go():
    for line in ("上一則公告 下一則公告", "« 上一则 | 下一则 »", "上一页 下一页"):
        doc, report = clean("\n".join([TITLE, *BODY, line]))
        assert texts(doc) == BODY, line
        assert removed(report, "meta-lines.previous-next-links") == [line]


def test_a_sentence_naming_the_next_part_stays():
    line = "上一篇说了周报为什么总写成流水账，下一篇说说怎么改。"
    doc, _ = clean("\n".join([TITLE, *BODY[:3], line, *BODY[3:]]))
    assert line in texts(doc)
