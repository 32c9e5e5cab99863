"""Made-up whole documents whose own lines were lost or mistaken (round 37, gx37): a bulletin's
masthead printed on one line with its year, and the number line under a certificate's title.
Fixtures written for the project, with made-up names."""

from __future__ import annotations

import pytest

from helpers import clean, texts
from reportfmt.passes.title_forms import doc_number_line

NEWS = ["社区书屋延长开放时间", "11月起，社区书屋每天开放到晚上八点，方便下班的居民借书还书。",
        "老年合唱团参加区里汇演", "11月20日，社区老年合唱团在区文化馆演唱了两首歌曲，获得优秀节目奖。"]


@pytest.mark.parametrize("issue", [
    "2024年第7期    柳岸社区居委会编    2024年11月28日",
    "2024年第7期 2024年11月28日",
    "第7期 柳岸社区居委会编",
])
@pytest.mark.parametrize("foot", [["编辑：齐小川    校对：温若"], ["报：街道党工委", "送：各网格", "编辑：齐小川"]])
def test_a_bulletins_one_line_masthead_keeps_its_foot(issue, foot):
    # The issue with its year, perhaps the issuer and the date beside it: the bulletin's masthead,
    # so its foot (editor, proof-reader, whom it goes to) is its own, no news site's credit.
    lines = [issue, *NEWS, *foot]
    doc, report = clean("\n".join(["柳岸社区简讯", *lines]))
    assert report.title == "柳岸社区简讯"
    assert ["".join(t.split()) for t in texts(doc)] == ["".join(t.split()) for t in lines]


def test_a_news_items_editor_line_with_no_masthead_still_goes():
    doc, _ = clean("\n".join(["柳岸社区书屋延长开放时间", NEWS[1], "编辑：齐小川    校对：温若"]))
    assert texts(doc) == [NEWS[1]]


def test_a_sentence_or_a_journal_beside_the_issue_is_no_masthead():
    # "第7期" opening a news sentence: a line of the text, not the masthead's fields.
    from reportfmt.passes.boilerplate.placement import _issue_line
    assert _issue_line("2024年第7期 柳岸社区居委会编 2024年11月28日")
    assert not _issue_line("第7期 培训班今天开班，学员们来自全区各个社区的网格员队伍。")
    assert not _issue_line("2024年工作总结")
    assert not _issue_line("2023年第6期 城市管理研究")  # a journal's issue line names the journal


@pytest.mark.parametrize("number", [
    "柳岸社区（2024）证字第〇〇5号",
    "（2024）某01民初123号",
    "某劳人仲案字〔2023〕第15号",
    "某政办发〔2024〕6号",
])
def test_a_series_number_is_a_number_line(number):
    assert doc_number_line(number)


@pytest.mark.parametrize("line", ["关于做好（2024）年度工作的通知", "第七期培训班结业", "2024年第3号台风防御工作总结"])
def test_a_title_with_a_year_in_brackets_is_no_number_line(line):
    assert not doc_number_line(line)


CERTIFICATE = ["兹证明温若同学于2024年7月在我社区参加志愿服务，累计服务三十小时，表现良好。",
               "特此证明。", "柳岸社区居民委员会", "2024年8月2日"]


@pytest.mark.parametrize("number", ["柳岸社区（2024）证字第〇〇5号", "柳岸社区（2024）证字第005号"])
def test_the_number_under_a_certificates_title_is_never_the_title(number):
    # Before: the number line was read as the headline under a channel's label, and the title went.
    doc, report = clean("\n".join(["志愿服务证明", number, *CERTIFICATE]))
    assert report.title == "志愿服务证明"
    assert ["".join(t.split()) for t in texts(doc)][1:] == ["".join(t.split()) for t in CERTIFICATE]
    assert "".join(texts(doc)[0].split()).startswith("柳岸社区（2024）证字第")

