"""Typography pass: an identity pass until the typography rules land."""

from __future__ import annotations

import io

import panflute as pf

from reportfmt.passes import typography
from reportfmt.read import read_plain_text


def dump(doc):
    stream = io.StringIO()
    pf.dump(doc, stream)
    return stream.getvalue()


def test_typography_is_an_identity_pass_for_now():
    doc = read_plain_text("发布时间:2023-03-03 19:55:05\n过去*年,**践行“****”发展思路 ,  建设 城区。")
    before = dump(doc)
    typography.main(doc)
    assert dump(doc) == before
