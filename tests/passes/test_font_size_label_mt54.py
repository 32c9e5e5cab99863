"""A font-size switch whose size buttons the scrape lost or split off (issue 18, round 54: meta
lines on pages nobody tuned for): its label alone among the page's facts ("字號" under a 來源
line, "文字級數:" under a reporter's row, "字体大小：【" over the buttons). Own-tune
big5.taiwan.cn, www.myaena.net, www.ygy999.com. Fixtures are the project's own: made-up names and
units, the lines' forms only."""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

RULE = "meta-lines.font-size-label-alone"
TITLE = "青禾社区开设长者食堂 每天为两百位老人送餐"
TEXT = [
    "青禾社区把闲置多年的旧仓库改成长者食堂，每天上午十点开始为辖区独居和高龄老人准备午餐。",
    "食堂由十多位退休居民轮流掌勺，街道提供场地和设备，年轻志愿者骑车分片把饭菜送到老人家中。",
    "社区负责人说，下一步将在周末增加晚餐供应，并请营养师每月调整一次菜单。",
]


def test_a_font_size_label_alone_among_the_facts_goes():
    for label in ("字號", "字体大小：【", "文字级数：", "【字体"):
        head = ["2024-10-12 09:40:00", "来源：青禾日报", label]
        doc, report = clean("\n".join([TITLE, *head, *TEXT]))
        assert texts(doc) == TEXT, label
        assert removed(report, RULE) == [label], label


def test_a_firms_trade_name_field_and_a_style_guides_line_stay():
    form = ["企业名称预先核准申请书", "申请企业名称：青禾（示例）商贸有限公司", "字号", "青禾",
            "行业：商贸", "一、申请人承诺所提交的材料真实有效，并对其真实性负责。"]
    doc, _ = clean("\n".join(form))
    assert "字号" in texts(doc)
    guide = ["公文格式的几点要求", "一、纸张和字体", "字体", "正文一般使用仿宋体，标题可使用小标宋体。",
             "字号", "正文用三号字，标题用二号字。"]
    doc, _ = clean("\n".join(guide))
    assert texts(doc)[texts(doc).index("字体") + 1] == "正文一般使用仿宋体，标题可使用小标宋体。"
    assert "字号" in texts(doc)


def test_a_bare_text_credit_label_is_no_switch():
    # "文字：" over its writer's name is a credit, not a font-size switch without its sizes: under
    # the editor's line (chrome beside it) this rule leaves it to the credit rules.
    page = [TITLE, "2024-10-12 09:40:00", "来源：青禾日报", *TEXT, "责任编辑：王某", "文字：", "林某某"]
    _doc, report = clean("\n".join(page))
    assert removed(report, RULE) == []
