"""A bare section name framed by paragraphs on a page numbering its parts (issue 18, round 28:
framed_lines.py), one level below the numbered heading above it, and the near misses that stay
body: a letter's closing word over its "敬礼！", a line printed twice, a number in the line, a
line the next words wrap on to. Fixtures written for the project: made-up text in the forms
real pages take."""

from __future__ import annotations

from helpers import clean, outline, paras


def lines(*rows: str) -> str:
    return "\n".join(rows)


PAGE_HEAD = (
    "关于做好社区图书角管理工作的说明",
    "为方便居民借阅，社区在活动中心开设了图书角，现将有关安排说明如下。",
    "一、开放安排",
    "图书角每周二至周日开放，节假日照常开放，开放时间在门口公示。",
)


def test_a_bare_line_between_a_sentence_and_its_paragraph_is_a_subsection_when_a_sibling_heads_a_list():
    doc, _ = clean(lines(
        *PAGE_HEAD,
        "借阅手续",
        "居民凭社区服务卡借阅，每次最多借三本，借期两周，可以续借一次。",
        "二、管理要求",
        "图书角由两名志愿者轮流值守，每月底清点一次图书并登记在册。",
        "值守人员职责",
        "1.开放时间内整理书架，登记借还。",
        "2.闭馆前检查门窗和电源。",
    ))
    assert outline(doc) == [(1, "一、开放安排"), (2, "借阅手续"), (1, "二、管理要求"), (2, "值守人员职责")]


def test_framed_lines_none_of_which_heads_a_list_stay_body():
    # A picture's caption between two paragraphs is framed alike; a caption never heads a list.
    doc, _ = clean(lines(
        *PAGE_HEAD,
        "借阅手续",
        "居民凭社区服务卡借阅，每次最多借三本，借期两周，可以续借一次。",
        "二、管理要求",
        "图书角由两名志愿者轮流值守，每月底清点一次图书并登记在册。",
    ))
    assert outline(doc) == [(1, "一、开放安排"), (1, "二、管理要求")]
    assert "借阅手续" in paras(doc)


def test_a_bare_line_over_a_lists_first_item_or_its_introducer_is_a_subsection():
    doc, _ = clean(lines(
        *PAGE_HEAD,
        "捐书办法",
        "1.捐赠的图书应当内容健康，八成新以上。",
        "2.捐书时在登记本上写明书名和册数。",
        "二、管理要求",
        "图书角由两名志愿者轮流值守，每月底清点一次图书并登记在册。",
        "值守人员职责",
        "值守人员在开放时间内应当做好以下几件事：",
        "整理书架，登记借还，提醒读者保持安静。",
    ))
    assert outline(doc) == [(1, "一、开放安排"), (2, "捐书办法"), (1, "二、管理要求"), (2, "值守人员职责")]


def test_a_bare_line_above_every_numbered_part_stands_above_them():
    doc, _ = clean(lines(
        "关于做好社区图书角管理工作的说明",
        "为方便居民借阅，社区在活动中心开设了图书角，现将有关安排说明如下。",
        "图书角的基本情况",
        "图书角现有藏书以下几类：",
        "少儿读物约占三成，报刊十余种，其余为文学、历史和生活类图书。",
        "一、开放安排",
        "图书角每周二至周日开放，节假日照常开放，开放时间在门口公示。",
        "二、管理要求",
        "图书角由两名志愿者轮流值守，每月底清点一次图书并登记在册。",
    ))
    assert outline(doc) == [(1, "图书角的基本情况"), (2, "一、开放安排"), (2, "二、管理要求")]


def test_a_letters_closing_word_over_its_salute_stays_body():
    doc, _ = clean(lines(
        *PAGE_HEAD,
        "二、管理要求",
        "图书角由两名志愿者轮流值守，每月底清点一次图书并登记在册。",
        "此致",
        "敬礼！",
    ))
    assert outline(doc) == [(1, "一、开放安排"), (1, "二、管理要求")]
    assert "此致" in paras(doc)


def test_lines_printed_twice_or_holding_a_number_stay_body():
    doc, _ = clean(lines(
        *PAGE_HEAD,
        "表2 借阅情况统计",
        "上半年共借出图书八百余册，其中少儿读物占了将近一半，报刊借阅较少。",
        "二、管理要求",
        "图书角由两名志愿者轮流值守，每月底清点一次图书并登记在册。",
        "社区服务中心",
        "图书角由两名志愿者轮流值守，每月底清点图书并登记。",
        "社区服务中心",
    ))
    assert outline(doc) == [(1, "一、开放安排"), (1, "二、管理要求")]
    assert "表2 借阅情况统计" in paras(doc)


def test_a_line_the_next_words_wrap_on_to_stays_body():
    doc, _ = clean(lines(
        *PAGE_HEAD,
        "开放期间请居民自觉",
        "保持安静。",
        "二、管理要求",
        "图书角由两名志愿者轮流值守，每月底清点一次图书并登记在册。",
    ))
    assert outline(doc) == [(1, "一、开放安排"), (1, "二、管理要求")]


def test_a_bare_line_over_a_first_top_part_stays_body():
    # Over "一、" stands a document's own title as often as a part's name (the next document of a
    # compilation): only a part's own list ("1.", "（1）") proves the line above it a name.
    doc, _ = clean(lines(
        *PAGE_HEAD,
        "二、管理要求",
        "图书角由两名志愿者轮流值守，每月底清点一次图书并登记在册。",
        "社区志愿服务队工作安排",
        "一、服务时间",
        "志愿服务队每周六上午集中开展活动，其余时间按各自报名的班次值守。",
    ))
    assert "社区志愿服务队工作安排" in paras(doc)
