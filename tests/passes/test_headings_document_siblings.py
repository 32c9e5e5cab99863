"""Lines judged by the lines like them across the document (issue 18): a run of items read like the
item lists beside it, a bracketed number ending the page (no sample under it), samples headed by
the same words and each one's name. Fixtures written for the project."""

from __future__ import annotations

from helpers import clean, outline, paras, runins

# A lesson plan: each (一)/(二) part holds two short items; under (二) of part 一 a note follows
# the last item instead of the next part.
LESSON_PLAN = [
    "《小树苗》教学设计",
    "一、教学目标",
    "（一）识字目标",
    "1. 认识“苗、壮、浇”等8个生字，会写“土、长”两个字",
    "2. 能用自己的话说出小树苗是怎样长大的",
    "（二）朗读目标",
    "1. 读准字音，把句子读通顺，注意句中的停顿",
    "2. 分角色读出小树苗和园丁爷爷说话时的语气",
    "教师提示：朗读时可请学生边读边做动作。",
    "二、教学过程",
    "（一）猜谜导入（3分钟）",
    "1. 出示谜语，请学生猜一猜说的是什么植物",
    "2. 板书课题，全班齐读两遍",
    "（二）学习生字（15分钟）",
    "1. 同桌互相认读生字卡片，读错的互相纠正",
    "2. 开火车读词语，教师随机正音",
    "三、课后作业",
    "回家给家里的花草浇一次水，说说它现在长什么样子。",
]


def test_items_followed_by_a_note_are_a_list_when_the_runs_beside_them_are_lists():
    doc, _ = clean("\n".join(LESSON_PLAN))
    assert outline(doc) == [
        (1, "一、教学目标"), (2, "（一）识字目标"), (2, "（二）朗读目标"),
        (1, "二、教学过程"), (2, "（一）猜谜导入（3分钟）"), (2, "（二）学习生字（15分钟）"),
        (1, "三、课后作业"),
    ]
    assert "2.分角色读出小树苗和园丁爷爷说话时的语气" in [p.replace(" ", "") for p in paras(doc)]
    assert any(p.startswith("教师提示") for p in paras(doc))


def test_numbered_points_each_above_its_own_paragraph_stay_sections():
    # The same family under the same parents, but every point opens a paragraph: sections.
    doc, _ = clean("\n".join([
        "社区志愿服务工作总结",
        "一、主要做法",
        "（一）组织建设",
        "1. 建立队伍",
        "全年新招募志愿者四十余人，按楼栋分成六个小组，每组推选一名组长负责日常联络。",
        "2. 完善制度",
        "制定了服务登记和积分兑换办法，志愿者每次服务后由组长登记时长，年底统一兑换。",
        "（二）服务开展",
        "1. 关爱老人",
        "每周二上门看望独居老人，帮助打扫卫生、代购生活用品，并陪老人聊天。",
        "2. 环境整治",
        "每月组织一次楼道清理活动，清除堆放杂物，张贴文明养犬和垃圾分类提示。",
        "二、存在不足",
        "志愿者以退休人员为主，年轻人参与较少，部分活动形式还比较单一。",
    ]))
    assert [text for _level, text in outline(doc)] == [
        "一、主要做法", "（一）组织建设", "1. 建立队伍", "2. 完善制度",
        "（二）服务开展", "1. 关爱老人", "2. 环境整治", "二、存在不足",
    ]


def test_a_bracketed_number_ending_a_forum_page_is_no_sample_marker():
    doc, _ = clean("\n".join([
        "关于本版发帖的几点要求",
        "一、发帖前请先搜索，已经有人问过的问题不要重复发帖，可以在原帖下面跟帖讨论。",
        "二、标题要写清楚问题的内容，不要只写“求助”“急”之类的字眼，否则版主有权移动或锁定。",
        "三、广告帖一律删除，屡次发布的账号禁言处理。",
        "收到，支持版主的管理。",
        "页:",
        "[1]",
    ]))
    assert "[1]" not in [text for _level, text in outline(doc)]
    assert all(level for level, _text in outline(doc))


def test_a_bracketed_sample_number_with_its_sample_under_it_still_opens_the_sample():
    doc, _ = clean("\n".join([
        "班会主持词(精选3篇)",
        "【一】",
        "尊敬的老师、亲爱的同学们：大家好！今天我们在这里召开以“珍惜时间”为主题的班会，下面请第一组同学表演小品。",
        "【二】",
        "各位同学：新学期开始了，今天的班会我们一起来聊一聊怎样安排好自己的课余时间，先请班长讲话。",
    ]))
    assert [text for _level, text in outline(doc)][:2] == ["【一】", "【二】"]


ESSAY_A = ("傍晚的河堤上总有散步的人，柳枝垂到水面，风一吹，整条河都跟着轻轻晃动起来。"
           "远处的渡船慢慢靠岸，船工把缆绳一圈圈绕在木桩上。")
ESSAY_B = ("奶奶的针线筐里什么都有，碎布头、旧纽扣、缠得整整齐齐的线团，每一样都舍不得扔。"
           "我小时候的棉袄，就是她在灯下一针一针缝出来的。")


def test_samples_headed_by_the_same_words_and_each_ones_name_are_sections():
    doc, _ = clean("\n".join([
        "写家乡的优美散文_河堤上的黄昏",
        "写家乡的散文：河堤上的黄昏",
        ESSAY_A,
        "天黑下来，路灯一盏一盏亮了，散步的人也慢慢走回了家。",
        "写家乡的散文：奶奶的针线筐",
        ESSAY_B,
    ]))
    assert outline(doc) == [(1, "写家乡的散文：河堤上的黄昏"), (1, "写家乡的散文：奶奶的针线筐")]


def test_samples_an_authors_part_holds_sit_under_that_part():
    doc, _ = clean("\n".join([
        "一、周明远的代表散文",
        "周明远散文《河堤》",
        ESSAY_A,
        "周明远散文《针线筐》",
        ESSAY_B,
        "二、周明远散文的语言",
        "他的句子不长，多用口语，读起来像听一位老邻居慢慢讲过去的事情，亲切而不做作。",
    ]))
    assert outline(doc) == [(1, "一、周明远的代表散文"), (2, "周明远散文《河堤》"), (2, "周明远散文《针线筐》"),
                            (1, "二、周明远散文的语言")]


def test_one_field_line_or_fields_with_a_sentence_under_them_are_no_samples():
    doc, _ = clean("\n".join([
        "社区读书会活动通知",
        "活动主题安排：共读一本好书",
        ESSAY_A,
        "活动主题安排：分享读书心得",
        "欢迎大家参加。",
    ]))
    assert outline(doc) == []


def test_a_sample_marker_with_the_samples_own_name_after_a_colon_is_its_heading():
    doc, _ = clean("\n".join([
        "关于坚持的作文",
        "关于坚持的作文篇1：跑完最后一圈",
        ESSAY_A,
        "关于坚持的作文篇2：练字的冬天",
        ESSAY_B,
    ]))
    assert outline(doc) == [(1, "关于坚持的作文篇1：跑完最后一圈"), (1, "关于坚持的作文篇2：练字的冬天")]


def test_parts_glued_after_sentences_numbered_in_order_across_the_page_run_in():
    # A page resuming mid-list: its breaks lost, each 一、 part glued after the sentence before it.
    doc, _ = clean("\n".join([
        "图书馆读者服务工作计划",
        "（3）借阅证遗失的，读者应及时挂失并补办新证，挂失前造成的损失由读者本人承担。"
        "三、开展阅读推广活动。每学期举办两次读书分享会，邀请校内外作者与读者面对面交流。"
        "四、改善阅览环境。暑假期间更换阅览室灯具，增加二十个自习座位，并增设饮水设备。",
        "新书上架后在馆内公告栏公布书目，方便读者查找。五、加强馆员培训。每季度组织一次业务学习，内容包括分类编目和咨询服务。",
    ]))
    assert runins(doc) == ["三、开展阅读推广活动。", "四、改善阅览环境。", "五、加强馆员培训。"]
    assert any(p.startswith("（3）借阅证遗失的") for p in paras(doc))


def test_one_numbered_phrase_glued_after_a_sentence_is_no_part():
    doc, _ = clean("\n".join([
        "图书馆读者服务工作计划",
        "新书上架后在馆内公告栏公布书目，方便读者查找。三、四月份是借阅高峰，各岗位要保证有人值班，不得随意调换。",
        "暑假期间更换阅览室灯具，增加二十个自习座位，并增设饮水设备，改善读者的学习条件。",
    ]))
    assert runins(doc) == []
    assert outline(doc) == []
