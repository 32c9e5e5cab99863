"""Lines that look like headings and are none, by their form (issue 18, round 40, fh40).
Fixtures written for the project."""

from __future__ import annotations

from helpers import clean, outline, paras, runins
from reportfmt.passes.headings.labels import unnumbered_shape


def test_a_masked_closing_date_and_its_signer_are_no_sections():
    # A know-how page on a certificate: its parts named alone on their lines, then a sample whose
    # signer and closing date the template masks. The date is a date with its digits hidden, the
    # line above it the signature it dates: neither names a section.
    doc, _ = clean("\n".join([
        "工作证明的写法",
        "开工作证明要把几部分写全,顺序也不要弄乱。",
        "称呼",
        "称呼写接收证明的单位,不知道具体单位的,可以写致有关单位。",
        "正文",
        "正文写明员工的姓名、入职时间和现任岗位,末尾写上特此证明。",
        "范例",
        "致有关单位:",
        "兹证明XXX同志自XXXX年XX月起在本单位工作,现任XX岗位。",
        "特此证明。",
        "XX商贸有限公司",
        "XXXX年XX月XX日",
        "注意事项",
        "开具前先核对人事档案,日期和岗位不能写错,打印后加盖公章才有效。",
    ]))
    heads = [text for _level, text in outline(doc)]
    assert "XXXX年XX月XX日" not in heads
    assert "XX商贸有限公司" not in heads
    assert {"称呼", "正文", "注意事项"} <= set(heads)
    assert "XXXX年XX月XX日" in paras(doc)


def test_a_date_masked_with_crosses_signs_a_sample_and_its_part_still_counts():
    # Two samples of a holiday notice: the first signed by a masked office over a masked date, the
    # second with one part of its own named alone between two paragraphs.
    doc, _ = clean("\n".join([
        "中秋节放假通知范文两篇",
        "中秋节放假通知 篇1",
        "各部门:",
        "现将20xx年中秋节放假事宜通知如下:",
        "20xx年×月××日至×月××日放假,共3天。",
        "放假前请各部门关好门窗、切断电源,值班人员保持电话畅通。",
        "××××公司综合部",
        "20xx年×月××日",
        "中秋节放假通知 篇2",
        "中秋节放假安排:×月××日放假,与周末连休,共三天。",
        "中秋节的习俗",
        "中秋节这天,人们赏月、吃月饼,一家人团聚在一起,各地还有不同的庆祝方式。",
    ]))
    heads = [text for _level, text in outline(doc)]
    assert "20xx年×月××日" not in heads
    assert "××××公司综合部" not in heads
    assert "中秋节的习俗" in heads


def test_a_masked_date_has_no_bare_headings_shape():
    for line in ("XXXX年XX月XX日", "20xx年×月××日", "20XX年X月", "____年__月__日"):
        assert not unnumbered_shape(line), line
    assert unnumbered_shape("注意事项")


def test_a_rule_books_sentence_items_run_in_nowhere_at_their_commas():
    # A company's attendance rules: each numbered item one sentence, some opening with a short
    # clause before a comma. The clause is no run-in heading: its siblings are plain sentences.
    doc, _ = clean("\n".join([
        "车间值班管理规定",
        "为保证夜间生产安全,结合车间实际,制定本规定。",
        "一、本规定适用于车间全体值班人员。",
        "二、车间实行三班轮换,早班七点接班,中班十五点接班,夜班二十三点接班。",
        "三、值班人员须提前十分钟到岗,不得迟到,交接时当面清点工具和记录本。",
        "四、值班期间发现设备异常的,应立即停机并报告班长。",
        "五、本规定由车间办公室负责解释,自印发之日起执行。",
    ]))
    assert runins(doc) == []
    assert outline(doc) == []
    assert any(p.startswith("二、车间实行三班轮换") for p in paras(doc))


def test_comma_run_ins_drop_one_after_another_along_a_list_of_sentences():
    # A dormitory's rules numbered 1. to 5.: the first three could each be cut at the comma, the
    # last two cannot (too short after it); the sentences beside them show all five are provisions.
    doc, _ = clean("\n".join([
        "学生公寓管理办法",
        "为营造安静整洁的住宿环境,特制定本办法。",
        "1.学生应按时返回公寓,晚上十点半统一关闭楼门。",
        "2.宿舍内禁止使用电炉,查到一次没收并通报到学院。",
        "3.保持房间卫生,每天由值日同学打扫,每周五宿管员检查评比。",
        "4.爱护公共设施,损坏的按价赔偿。",
        "5.访客进入公寓须登记,不得留宿。",
    ]))
    assert runins(doc) == []


def test_comma_run_ins_that_name_each_point_still_run_in():
    # Every item of the list names its point before the comma: no sentence beside them.
    doc, _ = clean("\n".join([
        "防汛应急预案要点",
        "汛期将至,各村按以下要点做好准备。",
        "一、预警发布,气象部门发出暴雨预警后,镇防汛办半小时内通知到各村。",
        "二、人员转移,低洼地带的住户由村干部逐户通知,转移到村委会和学校。",
        "三、物资保障,沙袋、水泵和救生衣提前放到各村的仓库,专人看管。",
    ]))
    assert runins(doc) == ["一、预警发布,", "二、人员转移,", "三、物资保障,"]
