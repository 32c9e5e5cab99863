"""A site's note after the text on where the text came from and whose its rights are (issue 18),
in any site's wording: a line about the text saying how it reached the site and then that its
rights are the author's, or what to do if it infringes. A report's own last line on where its
figures came from stays. Fixtures are written for the project in the forms the real pages take."""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

BODY = ["今年以来，公司认真落实安全生产责任制，全年未发生安全事故。",
        "一是加强培训，组织全员安全培训六次。",
        "二是排查隐患，整改问题四十余项。",
        "三是完善制度，修订安全操作规程十二项。"]
RULE = "footer.credit-and-rights"


def test_notes_on_the_texts_source_and_rights_go_after_the_text():
    notes = ["本文《安全工作总结》由作者某某转载提供，版权归原作者所有。",
             "本文由某某公文网用户投稿，版权归原作者所有。",
             "文章来源于网络，若有侵权请告知删除。",
             "以上内容均转载自网络，版权归原作者所有，如有侵权请联系删除。"]
    for note in notes:
        doc, report = clean("\n".join(["某某公司安全生产工作总结", *BODY, note]))
        assert texts(doc) == BODY, note
        assert removed(report, RULE) == [note]


def test_a_reports_own_note_on_its_figures_stays():
    for line in ["本文数据来源于县统计局，由办公室整理。", "以上内容由各科室提供，如有遗漏请及时补充。"]:
        doc, _ = clean("\n".join(["某某公司安全生产工作总结", *BODY, line]))
        assert line in texts(doc)
