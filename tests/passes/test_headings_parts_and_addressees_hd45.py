"""Round 45 (issue 18): an outline's parts left empty between parts over body text, addressees named
by their scope, a list of chapters inside a part. Fixtures written for the project: made-up text in
the forms real pages take."""

from __future__ import annotations

from helpers import clean, outline


def lines(*rows: str) -> str:
    return "\n".join(rows)


def test_empty_parts_between_parts_over_body_text_are_the_outline():
    doc, _ = clean(lines(
        "某某镇2024年政务公开工作年度报告",
        "一、总体情况",
        "今年我镇把政务公开列入年度重点工作，由党政办专人负责信息的采集、审核和发布，全年公开信息一百余条。",
        "二、主动公开政府信息情况",
        "三、收到和处理政府信息公开申请情况",
        "四、政府信息公开行政复议情况",
        "五、存在的主要问题及改进情况",
        "公开栏的内容更新不够及时，部分材料的文字偏多。下一步将改用图表和大字版，方便群众阅读。",
    ))
    assert [text for _, text in outline(doc)] == [
        "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
        "四、政府信息公开行政复议情况", "五、存在的主要问题及改进情况"]


def test_a_list_under_a_part_is_no_outline():
    doc, _ = clean(lines(
        "某某社区志愿服务活动方案",
        "一、活动内容",
        "本次志愿服务分为以下几项，由各楼栋志愿者分头负责，活动当天上午九点在社区广场集合。",
        "1、清理楼道杂物",
        "2、擦洗健身器材",
        "3、看望独居老人",
        "二、活动要求",
        "志愿者统一穿戴红马甲，注意安全，活动结束后到社区办公室登记服务时长。",
    ))
    assert [text for _, text in outline(doc)] == ["一、活动内容", "二、活动要求"]


def test_addressees_named_by_their_scope_and_kind_are_no_colon_section():
    doc, _ = clean(lines(
        "关于评选2024年度“阅读之星”的通知",
        "全校各班级：",
        "为推动书香校园建设，学校决定在全校开展2024年度“阅读之星”评选活动，现将有关事项通知如下。",
        "评选条件：",
        "本学年借阅图书不少于二十册，并在班级读书会上作过一次读书分享。",
        "报送材料：",
        "推荐表一份、读书笔记两篇，由班主任签署意见后交至图书馆。",
    ))
    assert [text for _, text in outline(doc)] == ["评选条件：", "报送材料："]


def test_a_list_of_chapters_inside_a_part_parents_nothing():
    doc, _ = clean(lines(
        "《某某街道2024年工作要点》解读",
        "一、为什么要定工作要点",
        "街道每年年初都要把全年的重点工作列出来，分到各科室和社区，年底对照检查，居民也能据此监督。",
        "二、要点写了哪些内容",
        "要点共分三章：",
        "第一章 上年工作回顾",
        "第二章 今年工作思路",
        "第三章 八项重点任务",
        "其中第三章是居民最关心的部分，包括加装电梯、改造菜市场和新建口袋公园等。",
        "三、怎样落实到位",
        "每项任务都明确了牵头科室和完成时间，街道每季度通报一次进度，年底请居民代表逐项评议。",
    ))
    assert [text for _, text in outline(doc)] == ["一、为什么要定工作要点", "二、要点写了哪些内容", "三、怎样落实到位"]
