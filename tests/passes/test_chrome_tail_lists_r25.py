"""A list of other pages' titles closing the page (tail_lists.py, issue 18, round 25): its label
goes with it when a rule took the list's first titles already (a 范文 site's related titles
repeat the page's title, and the repeat rule takes them), and a label as long as a short title
("看了本文的人还看了") heads the list under the document's last sentence. Near misses stay: a
signature under the last sentence, a short heading the document goes on under.
Fixtures are written for the project, words made up."""

from __future__ import annotations

import pytest

from helpers import clean, texts

TITLE = "2024年度个人工作总结"
BODY = ["今年以来，我在科室领导的带领下，认真履行岗位职责，较好地完成了各项工作任务。",
        "全年参加业务培训六次，撰写学习笔记两万余字，业务水平有了明显提高。",
        "今后我将继续努力，查找不足，争取在新的一年里取得更好的成绩。"]
# Other pages' titles, the first and the last repeating the page's title in their words.
ITEMS = ["2024年教师个人工作总结范文", "医院护士年终工作总结精选", "公司行政人员个人工作总结"]


@pytest.mark.parametrize("label", ["大家都在看", "网友关注", "阅读排行", "看了本文的人还看了", "您可能感兴趣的文章"])
def test_the_label_goes_with_a_list_whose_first_titles_went(label):
    for items in (ITEMS, [f"• {item}" for item in ITEMS]):
        doc, report = clean("\n".join([TITLE, *BODY, label, *items]))
        assert texts(doc) == BODY, label
        assert label in [r["text"] for r in report.removed]


def test_the_documents_own_end_stays():
    signature = ["河湾镇人民政府办公室", "河湾镇农业综合服务中心", "2024年9月23日"]
    doc, _report = clean("\n".join([TITLE, *BODY, *signature]))
    assert texts(doc)[-3:] == signature
    section = ["下一步工作打算", "继续加强业务学习，提高服务水平。"]
    doc, _report = clean("\n".join([TITLE, *BODY, *section]))
    assert texts(doc)[-2:] == section
