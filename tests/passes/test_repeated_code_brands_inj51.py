"""inj51 (issue 18): a hijacked page's brand told by its copies when it has no way in (官网…) but a
lucky-number code glued to its name ("某某8868团委…", "350VIP某某集团…"), printed twice or more where
the unit's name stood. Every copy goes (recorded `injected.brand-copy`), the sentences stay; a year,
a number that counts or names a thing, a number a label introduces, a maker's two-character name
and a code printed once stay. Fixtures are made up, in the forms real hijacked pages take."""

from __future__ import annotations

from helpers import clean, removed_by, texts
from reportfmt.passes.boilerplate.repeated_brands import repeated_brands

TITLE = "学院团委开展社区志愿服务"
OPENING = "为弘扬志愿服务精神，学院团委于上周末组织青年志愿者走进社区。"


def _page(*lines: str) -> str:
    return "\n".join([TITLE, OPENING, *lines, "2024年5月20日"])


def _all_kept(lines: list[str]) -> None:
    """No copy is cut and every line comes out as written."""
    doc, report = clean(_page(*lines))
    assert not removed_by(report, "injected.brand-copy")
    for line in lines:
        assert line in texts(doc)


def test_a_name_glued_to_a_code_printed_three_times_goes():
    lines = ["“陪老人学用手机”是青崖岭6678团委本学期的第一项志愿服务。",
             "市青年报也刊发了《青崖岭6678志愿者走进社区》一文。",
             "经表决一致通过青崖岭6678学生会工作报告。"]
    doc, report = clean(_page(*lines))
    assert removed_by(report, "injected.brand-copy") == ["青崖岭6678"] * 3
    assert "“陪老人学用手机”是团委本学期的第一项志愿服务。" in texts(doc)
    assert "经表决一致通过学生会工作报告。" in texts(doc)


def test_a_vip_code_before_the_name_goes_with_the_name_its_copies_share():
    assert repeated_brands(["于6月1日在520VIP澄湖集团东校区举行。",
                            "本次活动由520VIP澄湖集团青年志愿者协会主办。"]) == ["520VIP澄湖集团"]
    assert repeated_brands(["发布单位：澄湖集团1099vip", "介绍了澄湖集团1099vip在人才培养方面的做法。"]) == [
        "澄湖集团1099vip"]


def test_years_counts_labels_and_makers_numbers_stay():
    lines = ["落实健康城市2030行动纲要，编制健康城市2030行动计划。",
             "全镇学生1200余名，其中寄宿学生1200余名中有三成来自山区。",
             "市民可拨打12345热线反映问题，或拨打12345咨询办理进度。",
             "驻地61889部队官兵参加了植树活动，61889部队还派出了医疗队。",
             "采购联想7400打印机两台，联想7400打印机用于档案室。",
             "联系电话8868，咨询电话8868。"]
    _all_kept(lines)


def test_a_code_printed_once_stays():
    _all_kept(["本次活动由青崖岭6678团委组织。"])


def test_a_lowercase_latin_tag_with_digits_glued_to_the_name_goes_either_side():
    assert repeated_brands(["12月9日，青川集团xyz122cc第一届教代会召开。", "青川集团xyz122cc党委书记致开幕辞。",
                            "青川集团xyz122cc工会主席作报告。"]) == ["青川集团xyz122cc"]
    lines = ["7月14日，xyz8722青川书城党委会召开。", "会议审议了《xyz8722青川书城暑期安全工作方案》。"]
    doc, report = clean(_page(*lines))
    assert removed_by(report, "injected.brand-copy") == ["xyz8722青川书城"] * 2
    assert "会议审议了《暑期安全工作方案》。" in texts(doc)


def test_a_standards_or_a_models_code_stays():
    lines = ["学校通过ISO9001质量管理体系认证，ISO9001质量管理体系运行良好。",
             "执行GB50016建筑设计防火规范，GB50016建筑设计防火规范另有规定的从其规定。",
             "采购大疆m300无人机两架，大疆m300无人机用于巡检。"]
    _all_kept(lines)
