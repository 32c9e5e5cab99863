"""Items numbered on through a document's parts (issue 18, round 34): "一、…" over "1." "2.", then
"二、…" over "3." — a 公文 may number its second-level items continuously across the parts, so the
first item under a part goes on from the last one under the part before. Fixtures written for the
project in the forms such pages print; each with a look-alike that must stay as it was."""

from __future__ import annotations

from helpers import clean, outline, paras, runins


def test_an_item_numbered_on_under_the_next_part_runs_in_like_its_siblings():
    doc, _ = clean("\n".join([
        "社区夜市整治工作方案",
        "为改善夜市周边环境，街道决定用三个月时间开展夜市整治，具体安排如下。",
        "一、场地改造",
        "1.更换照明设施。对夜市沿街的二十盏路灯全部更换，灯杆上加装应急插座，方便摊主用电。",
        "2.划定摊位界线。按照熟食、百货、小吃分区划线编号，摊位间留出一米宽的通道。",
        "二、秩序管理",
        "3.清理占道摊点。城管中队每晚巡查两次，劝离摆到机动车道上的摊点，三次不改的取消摊位。",
        "三、工作要求",
        "各社区要明确一名联络员，每周五前把整治进展报街道城管办。",
    ]))
    assert [text for _level, text in outline(doc)] == ["一、场地改造", "二、秩序管理", "三、工作要求"]
    assert runins(doc) == ["1.更换照明设施。", "2.划定摊位界线。", "3.清理占道摊点。"]


def test_a_list_numbered_afresh_under_the_next_part_is_no_continuation():
    # "1." under the second part starts its own list again; a lone "3." after a part's line that
    # does not go on from the "1." "2." above it (a "5.") is prose as before.
    doc, _ = clean("\n".join([
        "社区夜市整治工作方案",
        "为改善夜市周边环境，街道决定用三个月时间开展夜市整治，具体安排如下。",
        "一、场地改造",
        "1.更换照明设施。对夜市沿街的二十盏路灯全部更换，灯杆上加装应急插座，方便摊主用电。",
        "2.划定摊位界线。按照熟食、百货、小吃分区划线编号，摊位间留出一米宽的通道。",
        "二、秩序管理",
        "5.清理占道摊点。城管中队每晚巡查两次，劝离摆到机动车道上的摊点，三次不改的取消摊位。",
        "三、工作要求",
        "各社区要明确一名联络员，每周五前把整治进展报街道城管办。",
    ]))
    assert [text for _level, text in outline(doc)] == ["一、场地改造", "二、秩序管理", "三、工作要求"]
    assert runins(doc) == ["1.更换照明设施。", "2.划定摊位界线。"]
    assert "5.清理占道摊点。城管中队每晚巡查两次，劝离摆到机动车道上的摊点，三次不改的取消摊位。" in paras(doc)


def test_headed_items_numbered_on_across_parts_are_headings_at_one_level():
    doc, _ = clean("\n".join([
        "学校食堂管理办法",
        "一、采购管理",
        "（一）定点采购",
        "米面油和肉类由学校与两家定点供应商签订年度合同，每批货附检验合格证明。",
        "（二）验收登记",
        "食材到校后由食堂管理员和值班教师共同验收，数量、质量逐项登记。",
        "二、加工管理",
        "（三）生熟分开",
        "加工间的刀具、砧板、容器按生熟分色使用，用后分开存放。",
        "三、附则",
        "本办法自下学期开学起施行。",
    ]))
    assert outline(doc) == [(1, "一、采购管理"), (2, "（一）定点采购"), (2, "（二）验收登记"),
                            (1, "二、加工管理"), (2, "（三）生熟分开"), (1, "三、附则")]
