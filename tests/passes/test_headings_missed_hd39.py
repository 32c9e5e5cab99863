"""Headings the rules missed (issue 18, round 39): forms found on three sites or more.
Fixtures written for the project: made-up text in the forms real pages take."""

from __future__ import annotations

from helpers import clean, outline, runins, texts


def lines(*rows: str) -> str:
    return "\n".join(rows)


# -- an 意见's principles as dashed points: "——名称。说明…" ------------------------------------------

def test_dashed_principles_run_in_under_their_section():
    doc, _ = clean(lines(
        "关于推进社区食堂建设的实施意见",
        "为方便老年人和上班族就近用餐,结合本区实际,提出如下意见。",
        "一、基本原则",
        "——方便就近。食堂优先设在社区服务站和老年活动室附近,步行十分钟内能够到达。",
        "——保本微利。由街道提供场地、减免租金,菜价不高于周边同类餐馆的九成。",
        "——安全卫生。严格执行食品经营许可和留样制度,后厨全程视频公开。",
        "二、保障措施",
        "区财政每年安排专项资金,对运营满一年且评价良好的食堂给予补助。",
    ))
    assert outline(doc) == [(1, "一、基本原则"), (1, "二、保障措施")]
    assert runins(doc) == ["——方便就近。", "——保本微利。", "——安全卫生。"]


def test_a_dashed_line_that_is_one_sentence_or_a_subtitle_is_no_point():
    doc, _ = clean(lines(
        "把小事办实",
        "——在街道基层干部座谈会上的讲话",
        "同志们,今天请大家来,就是想听听大家在一线遇到的难处,把群众的小事一件件办实。",
        "——请各社区把收集到的问题在周五前报街道。",
        "——请各科室认领问题并在月底前答复。",
    ))
    assert runins(doc) == []


def test_one_dashed_point_alone_proves_nothing():
    doc, _ = clean(lines(
        "春季植树活动小结",
        "三月十二日,全校师生在后山种下樱花和银杏共两百余株,各班分片包干,浇水培土。",
        "——这是我们第一次把植树和劳动课结合起来。今后每学期都将安排一次这样的活动,让同学们亲手照料自己种下的树。",
        "活动结束后,各班把照片和感想贴在走廊的展板上。",
    ))
    assert runins(doc) == []
    assert any(t.startswith("——这是我们第一次") for t in texts(doc))


# -- a section's points counted by words: "第一、…。" "其一，…。" ------------------------------------

def test_ordinal_points_inside_a_numbered_section_run_in():
    doc, _ = clean(lines(
        "家长会的三份材料",
        "一、签到表",
        "签到表放在教室门口,由班干部负责提醒家长签名,会后交班主任存档。",
        "二、发言稿",
        "发言稿由班主任准备,讲本学期的进步、存在的问题和下学期的安排。",
        "三、三份材料怎样配合",
        "第一、先签后讲。家长签到以后再开始发言,迟到的家长由班干部带到座位上。",
        "第二、讲后再谈。发言结束后留出半小时,让家长和任课老师单独交流。",
    ))
    assert outline(doc) == [(1, "一、签到表"), (1, "二、发言稿"), (1, "三、三份材料怎样配合")]
    assert runins(doc) == ["第一、先签后讲。", "第二、讲后再谈。"]


def test_qi_ordinals_run_in_and_a_speakers_sentences_do_not():
    doc, _ = clean(lines(
        "议事规则要落到每一次会议上。有的村把讨论程序印成流程卡,会前核对议题,会上逐人表态并记录在案。",
        "其一,“先议后定”要成为硬规矩。清单内的事项未经会议讨论不得实施,紧急处置的事后要补充表决。",
        "其二,会议记录要当场签字。事后补写的记录失去了监督意义,乡镇每季度抽查一次。",
    ))
    assert runins(doc) == ["其一，“先议后定”要成为硬规矩。", "其二，会议记录要当场签字。"]
    doc, _ = clean(lines(
        "竞选班长演讲稿",
        "一、我的想法",
        "第一,我想在教室后面设一个失物招领箱。常常有人的文具找不到,有了箱子就方便多了。",
        "第二,我会每天提早五分钟到校。帮老师把作业本发好,让大家一进教室就能早读。",
    ))
    assert runins(doc) == []


# -- points named by clauses with a quoted catchword --------------------------------------------

def test_quoted_clause_heads_three_in_a_row_run_in():
    doc, _ = clean(lines(
        "区里今年的警示教育少开大会、多下基层,重点做了三件事。",
        "编写身边案例读本,组织“一案一议”小组学习。把近几年查处的典型案件写成短文,发到每个支部讨论。",
        "邀请家属一起听课,开展“清风家访”活动。机关干部分组走访新提拔的干部家庭,送上一封家书。",
        "借助区电视台,开设“以案说纪”栏目。每月选一起本地案例,由纪检干部讲清违反了哪条纪律。",
    ))
    assert runins(doc) == [
        "编写身边案例读本，组织“一案一议”小组学习。",
        "邀请家属一起听课，开展“清风家访”活动。",
        "借助区电视台，开设“以案说纪”栏目。",
    ]


def test_two_quoted_clause_heads_or_heads_of_mixed_clauses_are_sentences():
    doc, _ = clean(lines(
        "秋游记",
        "早上八点,我们在校门口集合,老师说今天去“百草园”。大巴车开了一个小时才到,一路上大家唱个不停。",
        "进了园子,大家直奔“百果林”。树上挂满了梨和柿子,管理员叔叔让我们每人摘了两个带回家。",
        "中午在草地上吃午饭。妈妈给我准备了饭团和水果,我分了一半给同桌。",
    ))
    assert runins(doc) == []


# -- split off as headings (headings.split_runin), the points stand one level below their section -

POINTS_IN_TWO_SECTIONS = lines(
    "关于推进社区食堂建设的实施意见",
    "为方便老年人和上班族就近用餐,结合本区实际,提出如下意见。",
    "一、基本原则",
    "——方便就近。食堂优先设在社区服务站和老年活动室附近,步行十分钟内能够到达。",
    "——保本微利。由街道提供场地、减免租金,菜价不高于周边同类餐馆的九成。",
    "二、几项配合",
    "第一、先登记后用餐。老人第一次来用餐时先登记身份和饮食禁忌,由社工录入台账。",
    "第二、先试点后推开。每个街道先办一家,运营满半年评估后再决定是否增设。",
)


def test_split_points_of_both_kinds_stand_under_their_sections():
    doc, _ = clean(POINTS_IN_TWO_SECTIONS, **{"headings.split_runin": True})
    assert outline(doc) == [
        (1, "一、基本原则"), (2, "——方便就近。"), (2, "——保本微利。"),
        (1, "二、几项配合"), (2, "第一、先登记后用餐。"), (2, "第二、先试点后推开。"),
    ]


def test_points_marked_once_stay_as_they_are_on_a_second_run():
    doc, _ = clean(POINTS_IN_TWO_SECTIONS)
    again, _ = clean("\n".join(texts(doc)))
    assert runins(again) == runins(doc) == [
        "——方便就近。", "——保本微利。", "第一、先登记后用餐。", "第二、先试点后推开。"]
