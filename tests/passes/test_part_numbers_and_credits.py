"""A bare number beside the page's facts is a counter unless the text goes on counting its
parts (issue 18, seventeenth round). Fixtures are written for the project."""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

PARTS = ["院墙边那棵枣树是祖父栽下的，每到秋天，满树的枣子压弯了枝头，我们几个孩子总是围着它打转。",
         "后来祖父老了，摘枣的活儿落到了父亲身上，他搬来竹梯，一颗一颗地摘，从不舍得用竿子打。",
         "去年回乡，枣树已经砍掉了，院子里铺上了水泥，只有墙角还留着一圈浅浅的树根印子。"]


def test_a_part_number_under_the_pages_facts_stays():
    page = ["院里的枣树", "2023-04-12随笔散文周小禾", "1", PARTS[0], "2", PARTS[1], "3", PARTS[2]]
    doc, report = clean("\n".join(page))
    assert texts(doc)[-6:] == ["1", PARTS[0], "2", PARTS[1], "3", PARTS[2]]
    assert not removed(report, "meta-lines.count-beside-chrome")


def test_a_counter_beside_the_pages_facts_goes():
    page = ["院里的枣树", "2023-04-12随笔散文周小禾", "1", *PARTS]
    doc, report = clean("\n".join(page))
    assert removed(report, "meta-lines.count-beside-chrome") == ["1"]
    assert texts(doc)[-3:] == PARTS
    assert "1" not in texts(doc)


def test_two_counters_side_by_side_are_no_parts():
    # "0" likes then "1" comment: no paragraph stands between the number and its successor.
    page = ["院里的枣树", "2023-04-12随笔散文周小禾", "0", "1", *PARTS]
    doc, report = clean("\n".join(page))
    assert removed(report, "meta-lines.count-beside-chrome") == ["0", "1"]
    assert texts(doc)[-3:] == PARTS
