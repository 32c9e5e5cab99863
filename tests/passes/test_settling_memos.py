"""The steps that remember a page they found nothing on (speed, round 34): asked again, they
answer as if they had read it again, whatever changed in between."""

from __future__ import annotations

import re

import panflute as pf

from reportfmt.passes import regex_cache
from reportfmt.passes.boilerplate import reader_address
from reportfmt.passes.boilerplate.followers import _pattern
from reportfmt.passes.boilerplate.ruleset import RULE_FLAGS

BODY = ["今年以来，青禾社区坚持把为民服务放在首位，先后走访困难家庭四十余户，解决实际问题二十多件。",
        "社区全年共组织志愿服务活动三十六次，参与居民一千二百余人次",
        "在环境整治方面，社区组织志愿者清理楼道杂物，拆除违规搭建十二处，居民满意度明显提升。",
        "下一步，社区将继续完善网格化管理，让居民办事更方便、更舒心。"]
TITLE = "青禾社区年度工作总结"


def _blocks(lines: list[str]) -> list[tuple[int, pf.Block]]:
    return [(number, pf.Para(pf.Str(line))) for number, line in enumerate(lines)]


def test_reader_address_reads_again_when_asked_for_a_new_address():
    blocks = _blocks(BODY)
    kept, removed = reader_address.drop_reader_address(blocks, frozenset(), [], TITLE)
    assert removed == [] and kept == blocks
    # The same blocks, now with a lead-in removed elsewhere that the page prints again.
    kept, removed = reader_address.drop_reader_address(blocks, frozenset(), [BODY[1]], TITLE)
    assert [text for _, text, _ in removed] == [BODY[1]]
    assert [block for _, block in kept] == [blocks[0][1], blocks[2][1], blocks[3][1]]


def test_reader_address_reads_a_paragraph_changed_in_place_again():
    address = "以上就是小编为大家整理的社区工作总结范文内容"
    blocks = _blocks(BODY)
    assert reader_address.drop_reader_address(blocks, frozenset(), [address], TITLE)[1] == []
    blocks[1][1].content = [pf.Str(address)]  # the same block, its text now the address
    assert [text for _, text, _ in reader_address.drop_reader_address(blocks, frozenset(), [address], TITLE)[1]] \
        == [address]


def test_reader_address_keeps_a_kept_block_however_it_was_asked_before():
    blocks = _blocks(BODY)
    assert reader_address.drop_reader_address(blocks, frozenset(), [], TITLE)[1] == []
    assert reader_address.drop_reader_address(blocks, frozenset({id(blocks[1][1])}), [BODY[1]], TITLE)[1] == []


def test_a_followers_pattern_is_built_on_first_use_only_when_re_knows_it():
    known = r"^已知的跟随行[:：]\S+$"
    re.compile(known, RULE_FLAGS)  # now in re's cache
    regex_cache.seed()
    lazy = _pattern(known)
    assert isinstance(lazy, regex_cache.LazyPattern)
    assert isinstance(_pattern(r"^从未编译过的跟随行\d{3}$"), re.Pattern)  # checked at once
    assert lazy.search("已知的跟随行:某某") is not None and lazy.search("别的行") is None
    try:
        _pattern(r"^坏的(跟随行$")
    except re.error:
        pass
    else:
        raise AssertionError("a bad follower's pattern must fail when the followers load")
