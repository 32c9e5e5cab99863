"""A working group signs as an office: "某某调研组", "课题组", "工作组" are centred over the date
(GB/T 9704 §7.3.5.1) like any office's name, not right-aligned as a person's. A numbered or
picked-out group ("第二组", "甲组") is no office and signs as a person does."""

from __future__ import annotations

import pytest

from outputs import docx_paragraphs
from reportfmt.api import convert_text
from reportfmt.passes.gongwen.patterns import ORG_NAME

REPORT = """青禾镇社区书屋使用情况调研报告

今年春季，我们走访了全镇八个社区书屋，与管理员和读者座谈，了解开放时间和借阅情况。

建议每季度更新一次图书，并在周末延长开放时间，方便上班的读者借阅。

{signer}

2026年4月18日
"""


@pytest.mark.parametrize("signer", ["青禾镇书屋调研组", "课题组", "县文化旅游局驻村工作组"])
def test_docx_group_signs_as_an_office(signer, tmp_path):
    path = tmp_path / "a.docx"
    path.write_bytes(convert_text(REPORT.format(signer=signer), to="docx"))
    assert docx_paragraphs(path)[-2:] == [("ClosingSigner", signer), ("ClosingDate", "2026年4月18日")]


@pytest.mark.parametrize("signer", ["第二组", "甲组"])
def test_docx_numbered_group_signs_as_a_person(signer, tmp_path):
    path = tmp_path / "b.docx"
    path.write_bytes(convert_text(REPORT.format(signer=signer), to="docx"))
    assert docx_paragraphs(path)[-2:] == [("Closing", signer), ("Closing", "2026年4月18日")]


def test_group_name_forms():
    for name in ("星河镇调研组", "课题组", "专家评审组", "市人大代表联络组"):
        assert ORG_NAME.match(name), name
    for name in ("第一组", "第3组", "乙组", "各组", "分组", "三组"):
        assert not ORG_NAME.match(name), name
