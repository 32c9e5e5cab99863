"""An essay (读后感, 观后感, 作文) as school and 范文 sites print it: its title, then the pupil's
class and name ("六年级（2）班 张子涵"). The title is the title; the class-and-name line is the
author's byline, never the title, and stays with the text. Fixtures written for the project
(made-up names)."""

from __future__ import annotations

import pytest

from helpers import clean, texts

BODY = ["暑假里，我读了一本关于航海的书，书中主人公不畏艰险的精神深深打动了我。",
        "读完这本书，我明白了做事要有恒心，遇到困难不能退缩。"]


@pytest.mark.parametrize("byline", ["六年级（2）班 张子涵", "初二（3）班 李明", "某某小学五年级2班 王芳"])
def test_the_title_over_a_pupils_class_and_name_stays_the_title(byline):
    doc, report = clean("\n".join(["读《航海记》有感", byline, *BODY]))
    assert report.title == "读《航海记》有感"
    assert texts(doc) == ["".join(byline.split()), *BODY]  # (typography drops the blank between two words)
    assert [r["rule"] for r in report.removed] == ["metadata.title"]
