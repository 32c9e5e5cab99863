"""Chrome of news and government pages by form (issue 18, round 33): the skip and back-to-top
controls of Taiwan's accessible government sites in the forms their templates print them, and a
date in the Republic's years under its bare label. The near misses stay: a manual's step naming
the Enter key, a minutes' date in the Western years, a sentence with a date in it.
Fixtures are written for the project in the forms real pages take, with made-up words."""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "青禾國小舉辦秋季運動會"
BODY = ["本校於10月9日舉辦秋季運動會，全校師生及家長共同參與。",
        "校長致詞時勉勵同學發揮運動精神，並感謝家長會的協助。"]


def test_the_skip_and_back_to_top_controls_go_in_their_template_forms():
    heads = (["跳到主要內容區塊 Go To Center block"],
             ["facebook 青禾縣政府全球資訊網 按 Enter 到主內容區"],
             ["按Enter鍵到主內容區"])
    for head in heads:
        doc, report = clean("\n".join([*head, TITLE, *BODY]))
        assert texts(doc) == BODY, head
        assert removed(report, "meta-lines.web-ui-string") == head
    for tail in ("快速回到頁首按鈕", "回到頁首按鈕"):
        doc, report = clean("\n".join([TITLE, *BODY, tail]))
        assert texts(doc) == BODY, tail
        assert removed(report, "meta-lines.web-ui-string") == [tail]


def test_a_manuals_step_naming_the_keys_stays():
    steps = ["一、開啟系統後，按 Enter 鍵進入主畫面。",
             "二、輸入帳號密碼，按Enter到下一步。",
             "三、完成設定後回到頁首，檢查各欄位是否正確。"]
    doc, report = clean("\n".join(["青禾縣差勤系統操作說明", *steps]))
    assert texts(doc) == steps
    assert not removed(report, "meta-lines.web-ui-string")


def test_a_date_in_the_republics_years_under_its_bare_label_goes():
    for line in ("日期：112-10-09", "時間：112/10/09 14:30"):
        doc, report = clean("\n".join([TITLE, line, *BODY]))
        assert texts(doc) == BODY, line
        assert removed(report, "meta-lines.roc-dated-update") == [line]


def test_a_minutes_date_or_a_dated_sentence_stays():
    minutes = ["時間：2023年10月9日下午2時", "地點：本校會議室", "主持人：林校長",
               "日期：112年10月9日", "會議決議：運動會如期舉行。"]
    doc, report = clean("\n".join(["青禾國小運動會籌備會議紀錄", *minutes]))
    assert texts(doc) == minutes
    assert not removed(report, "meta-lines.roc-dated-update")
    line = "本案自112-10-09起實施，請各處室配合辦理。"
    doc, report = clean("\n".join([TITLE, *BODY, line]))
    assert line in texts(doc)


NOTICE_TITLE = "青禾县人民政府办公室关于做好秋冬季森林防火工作的通知"
NOTICE = ["青政办发〔2023〕21号",
          "各乡镇人民政府，县直有关单位：",
          "为切实做好今年秋冬季森林防火工作，经县政府同意，现将有关事项通知如下。",
          "联系人：王芳 电话：0591-1234567",
          "青禾县人民政府办公室",
          "2023年10月9日"]


def test_a_disclosure_box_with_letter_spaced_labels_goes():
    box = ["索   引   号：11350000/2023-00123",
           "发 布 机 构 青禾县人民政府办公室 发 文 日 期 2023-10-09",
           "文  号：青政办发〔2023〕21号 成文日期：2023-10-09"]
    doc, report = clean("\n".join([*box, NOTICE_TITLE, *NOTICE]))
    assert texts(doc) == NOTICE
    # The record holds a line with its runs of blanks made one.
    assert removed(report, "meta-lines.government-index") == [" ".join(box[0].split())]
    assert removed(report, "meta-lines.disclosure-row") == [" ".join(line.split()) for line in box[1:]]


def test_a_notices_number_contact_and_a_letter_spaced_line_stay():
    spaced = "发 扬 优 良 传 统 2023"
    doc, report = clean("\n".join([NOTICE_TITLE, *NOTICE[:3], spaced, *NOTICE[3:]]))
    # The letter-spacing of the text's own line is closed up (typography), the line stays.
    assert texts(doc) == [*NOTICE[:3], "发扬优良传统 2023", *NOTICE[3:]]
    assert not removed(report, "meta-lines.disclosure-row")


NEWS_TITLE = "青禾商会召开三季度会长办公会"
NEWS = ["10月9日，青禾商会在会所召开三季度会长办公会，会长及各副会长出席。",
        "会议听取了秘书处的工作汇报，研究了年底会员大会的筹备事项。"]


def test_a_columns_name_with_its_english_over_the_title_goes():
    for head in (["商会动态", "News and information"], ["商会动态 News Center"], ["公司新闻Company News"]):
        doc, report = clean("\n".join([*head, NEWS_TITLE, *NEWS]))
        assert report.title == NEWS_TITLE, head
        assert texts(doc) == NEWS, head
        assert removed(report, "meta-lines.above-title") == head


def test_an_english_lines_in_a_lesson_plan_stay():
    lesson = ["Unit 3 My School", "教学目标：学生能用英语介绍自己的学校。",
              "Good morning, boys and girls!", "教学过程：先复习上节课的单词。"]
    doc, report = clean("\n".join(["三年级英语第三单元教案", *lesson]))
    assert report.title == "三年级英语第三单元教案"
    assert texts(doc) == lesson


PAPER_TITLE = "青禾镇召开秋季安全生产工作会议"
PAPER = ["10月9日，青禾镇召开秋季安全生产工作会议，镇班子成员及各村负责人参加会议。",
         "会议要求各村加强隐患排查，落实包保责任，确保辖区安全形势平稳。"]


def test_an_epapers_masthead_and_list_of_pages_go():
    head = ["青禾日报2023.10.10星期二", "01版：要闻", "02版：要闻", "03版：综合"]
    doc, report = clean("\n".join([*head, PAPER_TITLE, *PAPER]))
    assert texts(doc) == PAPER
    assert removed(report, "meta-lines.paper-masthead-line") == head[:1]
    assert removed(report, "meta-lines.paper-page-label") == head[1:]
    head = ["1957年7月20日青禾日报 第3版", "第3版()"]
    doc, report = clean("\n".join([*head, PAPER_TITLE, *PAPER]))
    assert texts(doc) == PAPER
    assert removed(report, "meta-lines.paper-masthead-line") == head[:1]
    assert removed(report, "meta-lines.paper-page-label") == head[1:]


def test_a_letters_date_and_a_sentence_about_the_paper_stay():
    letter = ["尊敬的青禾日报编辑部：", "贵报2023年10月9日青禾日报第3版刊发了我镇的经验做法，特此致谢。",
              "青禾镇人民政府", "2023年10月10日星期二"]
    doc, report = clean("\n".join(["感谢信", *letter]))
    assert texts(doc) == letter
    assert not removed(report, "meta-lines.paper-masthead-line")


def test_a_page_regions_label_alone_goes_and_is_no_title():
    # (round 54) A Taiwan template's label for its banner, its marquee or a card's lead picture,
    # printed alone above the content: the page's region, never its title.
    for label in ("橫幅", "跑馬燈", "首圖", "横幅"):
        doc, report = clean("\n".join([label, TITLE, *BODY]))
        assert texts(doc) == BODY, label
        assert removed(report, "meta-lines.web-ui-string") == [label]
        assert report.title == TITLE, label


def test_a_sentence_naming_a_banner_stays():
    lines = ["活動當天在校門口懸掛橫幅一條，並於跑馬燈播放活動訊息。",
             "首圖由攝影社同學拍攝，刊登於校刊封面。"]
    doc, report = clean("\n".join([TITLE, *lines]))
    assert texts(doc) == lines
    assert not removed(report, "meta-lines.web-ui-string")
