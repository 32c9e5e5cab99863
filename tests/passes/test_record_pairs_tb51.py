"""Round 51 (tb51): a record or form the site flattened one cell a line (label over value)
between the document's prose keeps every line (record_pairs.py); a page's facts box of its own
counters still goes, under the title, between sentences or after the text. Made-up records."""

from __future__ import annotations

import panflute as pf
import pytest

from helpers import clean, texts
from reportfmt.passes.boilerplate.record_pairs import EXAMPLE, record_pair_lines

TITLE = "柳塘镇第二季度环境整治工作会议记录"
ABOVE = "为推进全镇环境整治工作，镇政府于近日召开专题会议，现将会议有关情况记录如下。"
BELOW = ["会议指出，各村要落实属地责任，把垃圾清运和河道保洁抓紧抓实。",
         "会议要求，各村于本月底前报送整治进展。"]

RECORDS = {
    "meeting": ["会议时间", "2023年4月18日", "会议地点", "镇政府二楼会议室", "参会人数", "27",
                "缺席人数", "3", "主持人", "范青松", "记录人", "欧阳小禾"],
    "register": ["姓名", "程子墨", "性别", "女", "出生年月", "1991年2月", "政治面貌", "中共党员",
                 "工作单位", "柳塘镇农业服务中心"],
    "basic": ["单位名称", "柳塘竹艺专业合作社", "成立时间", "2016年9月", "社员人数", "146",
              "年销售额", "2100万元", "负责人", "邝明远"],
}


@pytest.mark.parametrize("name", sorted(RECORDS))
def test_a_record_printed_label_over_value_between_prose_keeps_every_line(name):
    record = RECORDS[name]
    doc, _report = clean("\n".join([TITLE, ABOVE, *record, *BELOW]))
    kept = texts(doc)
    assert [line for line in record if line not in kept] == []


FACTS = ["阅读", "315", "评论", "4", "点赞", "9"]


@pytest.mark.parametrize("lines", [
    [TITLE, *FACTS, ABOVE, *BELOW],
    [TITLE, ABOVE, *BELOW, *FACTS, "写得很实在，我们村也准备照着这个办法做，感谢分享。"],
    [TITLE, ABOVE, *FACTS, *BELOW],
], ids=["head", "tail", "between"])
def test_a_page_facts_box_of_its_own_counters_still_goes(lines):
    doc, _report = clean("\n".join(lines))
    assert [line for line in texts(doc) if line in FACTS] == []


def test_the_example_run_between_sentences_is_a_record():
    blocks = [pf.Para(pf.Str(t)) for t in (ABOVE, *EXAMPLE, BELOW[0])]
    assert record_pair_lines(blocks) == {id(b) for b in blocks[1:-1]}


def test_two_pairs_or_no_prose_around_them_are_no_record():
    two = [pf.Para(pf.Str(t)) for t in (ABOVE, *EXAMPLE[:4], BELOW[0])]
    bare = [pf.Para(pf.Str(t)) for t in (TITLE, *EXAMPLE, "参加")]
    assert record_pair_lines(two) == set() and record_pair_lines(bare) == set()
