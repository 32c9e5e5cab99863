"""Numbering styles a new site may print its top level in (round 40, tests/eval/perturb_markers.py):
"一，" with a comma, the financial numerals "壹、", "1)" and "①". Fixtures written for the project:
made-up text in the forms real pages take."""

from __future__ import annotations

from helpers import clean, outline, paras
from reportfmt.passes.headings.numbering import parse_marker


def lines(*rows: str) -> str:
    return "\n".join(rows)


# -- "一，" with a comma ---------------------------------------------------------------------------

def test_a_comma_marker_with_a_blank_before_the_name_is_a_section_marker():
    marker = parse_marker("二， 报名办法")
    assert (marker.family, marker.number) == ("yi", 2)
    assert parse_marker("二， ，") is None


def test_comma_numbered_parts_each_over_its_paragraph_are_the_sections():
    doc, _ = clean(lines(
        "青禾小学读书节活动方案",
        "为营造书香校园,学校决定在四月举办第三届读书节,现将安排说明如下:",
        "一， 活动对象",
        "全校一至六年级学生,各班语文老师负责组织,家长可自愿参加亲子共读环节。",
        "二， 活动时间",
        "四月八日至四月二十九日,每周五下午第二节课为集中展示时间。",
        "三， 评比办法",
        "各班推荐两名“阅读小达人”,由语文组老师根据读书笔记和现场分享打分。",
    ))
    assert outline(doc) == [(1, "一，活动对象"), (1, "二，活动时间"), (1, "三，评比办法")]


def test_comma_numbered_parts_of_a_flattened_page_come_apart():
    doc, _ = clean(lines(
        "社区图书角开放情况的说明",
        "为方便居民借阅,社区在活动中心二楼设立了图书角,现将有关情况说明如下。一，开放时间每周二至周日上午九点至"
        "下午五点开放,节假日照常开放,周一整理图书暂停借阅。二，借阅办法居民凭身份证登记后即可借书,每人每次限借"
        "两本,借期两周,可续借一次。三，注意事项请爱护图书,不在书上涂画;逾期未还的,暂停借阅资格一个月。",
    ))
    # (cut where the line breaks were, as the same page numbered "一、" is)
    assert [p[:6] for p in paras(doc)] == ["为方便居民借", "一，开放时间", "二，借阅办法", "三，注意事项"]


def test_a_count_with_commas_in_running_text_stays_body():
    text = ("今年的工作可以概括为三句话：一，是把队伍带稳，二，是把制度立住，三，是把服务做细，"
            "这三句话说起来容易，真正做到需要每一位同事的坚持和付出，明年我们还要继续努力。")
    doc, _ = clean(lines(
        "办公室年度小结",
        text,
        "明年的重点是推进档案数字化,争取在年底前完成近五年文件的扫描和归档。",
    ))
    assert outline(doc) == []
    assert paras(doc)[0] == text


def test_a_numeral_word_before_a_comma_inside_a_sentence_cuts_nothing():
    text = ("全体职工思想统一，步调一致，是完成任务的前提。大家要心往一处想，劲往一处使，万一，遇到困难，"
            "要及时向部门负责人反映，统一，协调解决，不能各自为战，更不能互相推诿，影响整体工作进度和服务质量。")
    doc, _ = clean(lines("车间动员会发言", text, "让我们从今天做起,把每一道工序做好。"))
    assert outline(doc) == []
    assert paras(doc)[0] == text


# -- "壹、" as a page's top level -------------------------------------------------------------------

def test_capital_numbered_parts_glued_after_sentences_are_cut_and_run_in():
    doc, _ = clean(lines(
        "镇中心小学暑期安全工作计划",
        "为确保学生度过一个平安的暑假,结合本校实际,制定本计划。",
        "各班主任要在放假前召开一次安全主题班会,讲清防溺水、防交通事故和用电安全的要求。肆、防溺水专题教育。"
        "各班要在放假前一周集中开展一次防溺水教育,并向家长发放告知书。伍、假期家访安排。每位班主任至少走访五户"
        "留守儿童家庭,了解假期看护情况并做好记录。陆、返校安全检查。开学前一天,总务处对校舍和设施进行全面检查。",
    ))
    heads = [text for _, text in outline(doc)]
    assert heads[:0] == []  # (glued run-ins: cut out of the paragraph, marked where they start)
    joined = "\n".join(paras(doc))
    for name in ("肆、防溺水专题教育。", "伍、假期家访安排。", "陆、返校安全检查。"):
        assert any(p.startswith(name) for p in paras(doc)), joined


def test_the_points_of_a_regulation_numbered_with_capitals_stay_its_points():
    doc, _ = clean(lines(
        "某县图书馆志愿服务管理要点",
        "壹、为规范本馆志愿服务工作,保障志愿者和读者的权益,特订定本要点。",
        "贰、志愿者须年满十六周岁,经本馆培训合格后方可上岗。",
        "叁、志愿者每月服务时数以十二小时为原则,服务时应佩戴识别证。",
        "肆、本要点经馆务会议通过后实施,修正时亦同。",
    ))
    assert outline(doc) == []


def test_capital_parts_over_numbered_points_keep_the_points_under_them():
    doc, _ = clean(lines(
        "某区公务车辆管理要点",
        "壹、总则",
        "一、为加强本区各单位公务车辆的调派与保养,节约经费,特订定本要点。",
        "二、本要点所称公务车辆,指各单位编制内之小客车及货车。",
        "贰、车辆使用",
        "三、公务车辆以执行公务为限,不得作为私人用途。",
        "四、驾驶人出车前应检查车况,并填写派车单。",
    ))
    assert outline(doc) == [(1, "壹、总则"), (1, "贰、车辆使用")]


# -- "1)" and "①" ------------------------------------------------------------------------------------

def test_bold_labels_numbered_with_a_closing_bracket_lose_their_stars_as_dotted_ones_do():
    rows = ("## 一、本学期的重点",
            "本学期围绕阅读习惯培养开展三项工作,各年级结合实际分步推进。",
            "{n} **晨读打卡**:每天早读前十分钟由班长组织朗读,语文老师每周抽查一次。",
            "{m} **班级书架**:各班设立图书角,学生每人至少捐出一本课外书供大家借阅。",
            "## 二、需要注意的问题",
            "图书角要有专人管理,借还要登记,避免书籍丢失。")

    def body(first: str, second: str) -> list[str]:
        doc, _ = clean(lines(*(r.format(n=first, m=second) for r in rows)))
        return [p for p in paras(doc) if "晨读" in p or "书架" in p]

    dotted, bracketed = body("1.", "2."), body("1)", "2)")
    assert not any("**" in p for p in bracketed)
    assert [p.split(" ", 1)[-1] for p in bracketed] == [p.split(" ", 1)[-1] for p in dotted]


def test_a_circled_number_with_a_comma_mark_after_it_is_one_marker():
    marker = parse_marker("②、午间活动")
    assert (marker.family, marker.number) == ("circled", 2)
    assert "②、午间活动"[marker.end:] == "午间活动"
    assert parse_marker("①号楼的住户请注意") == parse_marker("①号楼的住户请注意")  # (a glyph alone: no 、 taken)
    assert parse_marker("①号楼的住户请注意").end == 1


def test_a_first_item_in_closing_brackets_after_a_blank_comes_off_its_heading():
    doc, _ = clean(lines(
        "村民文体活动月安排",
        "一、组织方式",
        "由村委会牵头,各村民小组推选一名联络员,负责报名和场地协调。",
        "二、活动项目",
        "（一）广场舞展演 1)八月八日晚在村文化广场集中展演,每个小组出一支队伍参加。",
        "2)八月十五日前各队提交参演曲目,由联络员统一汇总后报村委会。",
        "（二）趣味运动会 1)八月下旬举办拔河、跳绳和托球跑三个项目,以小组为单位组队。",
        "2)比赛规则由村委会另行通知,参赛人员须提前报名。",
    ))
    heads = [text for _, text in outline(doc)]
    assert "（一）广场舞展演" in heads and "（二）趣味运动会" in heads


def test_numbers_that_are_no_markers_stay_body():
    kept = ("1.5倍的加班工资按月结算，由部门负责人签字后报人事科核对。",
            "①号楼的住户请注意，本周六上午九点到十一点停水，请提前做好储水准备。")
    doc, _ = clean(lines("物业通知两则", *kept))
    assert outline(doc) == []
    assert paras(doc) == list(kept)


# -- false headings by form: a closing date with placeholder digits -------------------------------

def test_a_closing_date_written_with_placeholders_is_no_bare_heading():
    doc, _ = clean(lines(
        "停电通知怎么写",
        "称呼",
        "写“各位居民：”，比生硬的“全体住户”更亲近。",
        "正文",
        "说清停电的时间、范围和原因，比如线路检修要停电半天。",
        "落款",
        "写物业服务中心的名称，下面写日期。",
        "停电通知",
        "各位居民：",
        "因小区配电房检修，本周日上午八点至中午十二点全小区停电，请提前关闭家中电器，给您带来不便，敬请谅解。",
        "青松苑物业服务中心",
        "XXXX年XX月XX日",
        "停电通知的语气要客气，篇幅能短则短，贴在单元门口半页纸就够了。",
    ))
    assert outline(doc) == [(1, "称呼"), (1, "正文"), (1, "落款")]
    assert "XXXX年XX月XX日" in paras(doc)
