"""readability's whitespace squeeze, run with fewer regex passes (issue 17), answers as
readability's own definition does, on texts written for each of its branches."""

from __future__ import annotations

import re
import types

import pytest

from reportfmt.read.extraction import readability_speed
from reportfmt.read.extraction.readability_speed import clean, install


def _definition(text: str) -> str:
    """readability-lxml 0.9's clean, written out."""
    text = re.sub(r"\s{255,}", " " * 255, text)
    text = re.sub(r"\s*\n\s*", "\n", text)
    text = re.sub(r"\t|[ \t]{2,}", " ", text)
    return text.strip()


TEXTS = [
    "",
    "没有空白的一行正文",
    " 首尾各一个空格 ",
    "两个  空格在中间",
    "制表\t在中间",
    "空格\t 制表混在一起 \t 的地方",
    "第一行\n第二行",
    "第一行 \u3000\n\xa0 第二行",  # Unicode blanks next to a newline go with it
    "全角\u3000\u3000空格不是两个半角空格",  # kept: `[ \t]{2,}` is ASCII only
    "\r\n\r\n只有回车换行\r\n",
    "x" + " " * 254 + "y",  # one short of a long run
    "x" + " " * 255 + "y",  # a long run of plain spaces: squeezed by the last step
    "x" + "\xa0 " * 140 + "y",  # a long run with no two spaces in a row: made 255 spaces, then one
    "x" + "\u3000" * 300 + "y",  # long, no newline, no ASCII space: 255 spaces, then one
    "a" + " \n " * 100 + "b",  # a long run with newlines: made spaces in the first step
    "行首\x0b\x0c垂直制表和换页\x1c\x1d\x1e\x1f",
    "\n",
    "\t",
    "  ",
    "末尾有换行\n",
]


@pytest.mark.parametrize("text", TEXTS)
def test_clean_answers_as_readabilitys_definition(text):
    assert clean(text) == _definition(text)


def test_a_long_run_is_squeezed_to_one_space():
    assert clean("x" + "\xa0 " * 140 + "y") == "x y"
    assert clean("a" + " \n " * 100 + "b") == "a b"  # its newlines went in the first step


def test_install_replaces_only_a_clean_that_agrees():
    agrees = types.SimpleNamespace(clean=_definition)
    before = list(readability_speed.REPLACED)
    assert install(agrees) and agrees.clean is clean
    del readability_speed.REPLACED[len(before):]  # (this test's stand-in is no readability)
    assert install(agrees)  # already in place
    differs = types.SimpleNamespace(clean=lambda text: text.strip())
    assert not install(differs) and differs.clean is not clean
    assert not install(types.SimpleNamespace())


def test_the_probes_reach_every_branch():
    assert any(len(p) >= 255 and "\n" in p for p in readability_speed.PROBES)
    assert any(len(p) >= 255 and "\n" not in p and "  " not in p for p in readability_speed.PROBES)
    assert any("\t" in p for p in readability_speed.PROBES)


def test_readabilitys_own_clean_is_the_definition_above():
    # Guards the written-out definition: if readability changes, install keeps its clean,
    # and this test says the definition above needs reading again.
    import readability.readability as module

    from reportfmt.read.extraction.second_opinion import _document_class

    _document_class()  # installs the replacement, if it has not been already
    assert module.clean is clean
    own = readability_speed.REPLACED[0]
    assert own is not clean and own.__module__ == "readability.readability"
    assert all(own(text) == _definition(text) for text in TEXTS)
