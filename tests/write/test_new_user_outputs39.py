"""What a new user saw in the outputs (round 39): a web page whose title <h1> went to the
metadata kept its "一、" sections at level 2 (DOCX Heading2, the 楷体 of "（一）"); a markdown
note's pair of masks (走访了**个…看到了**%) came out neither bold nor marked (under `pandoc
--filter`: bold, the stars gone); in the 公文 layout the 附注 line's mask (联系人：张**) left the
body with its line and lost its mark; an English sentence with a semicolon on a bilingual page
was taken for script text and dropped; a page's <html lang="zh"> made pandoc warn of missing
translations."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import panflute as pf

from reportfmt.api import convert_text
from reportfmt.passes.masks import MASK_CLASS

PAGE = """<html><head><meta charset="utf-8"><title>青石镇上半年农业生产情况分析</title></head><body>
<h1>青石镇上半年农业生产情况分析</h1>
<div class="text">
<p>上半年，全镇农业生产总体平稳，主要农产品供给充足，农民收入稳步增长。</p>
<h2>一、粮食生产情况</h2>
<p>全镇夏粮播种面积与去年基本持平，单产略有提高，总产再创新高。</p>
<h2>二、特色产业情况</h2>
<p>茶叶、水果等特色产业发展势头良好，带动了一批农户增收致富。</p>
<h2>三、下一步打算</h2>
<p>抓好秋粮田间管理，做好防灾减灾各项准备工作。</p>
</div></body></html>
"""

NOTE = """# 参加乡村调研的几点体会

这次调研，我们先后走访了**个行政村，看到了**%的农户用上了新式农机。

全年走访**户，召开座谈会**次，收集意见建议若干条。

走访**户，开了**次会，**年度**目标全部完成。

调研让我明白，**做好基层工作要多听群众的意见**。
"""

NOTICE = """关于做好春季森林防火工作的通知

各村（社区）、镇直各单位：

春季是森林火灾易发期，为切实做好防火工作，现就有关事项通知如下。

一、落实责任。各村要明确专人负责，加强巡山护林。

二、加强宣传。通过广播、标语等方式，提醒群众不在林区用火。

青禾镇人民政府

2026年3月2日

（联系人：李**，电话：0000-0000000）
"""


def _document_xml(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return z.read("word/document.xml").decode("utf-8")


def _styles(xml: str) -> dict[str, str]:
    """Paragraph text -> its paragraph style."""
    found = {}
    for para in re.findall(r"<w:p>.*?</w:p>", xml, re.S):
        style = re.search(r'<w:pStyle w:val="([^"]+)"', para)
        found["".join(re.findall(r"<w:t[^>]*>([^<]*)", para))] = style.group(1) if style else ""
    return found


def _masked_runs(xml: str) -> list[str]:
    return re.findall(r'<w:rStyle w:val="Masked" /></w:rPr><w:t[^>]*>([^<]*)</w:t>', xml)


def test_page_sections_under_a_title_h1_become_level_1():
    styles = _styles(_document_xml(convert_text(PAGE, to="docx", input_format="html")))
    for heading in ("一、粮食生产情况", "二、特色产业情况", "三、下一步打算"):
        assert styles[heading] == "Heading1", (heading, styles[heading])
    assert styles["青石镇上半年农业生产情况分析"] == "Title"
    # Running the filter again changes nothing (the levels are settled).
    md = convert_text(PAGE, to="md", input_format="html")
    assert re.findall(r"^(#+) ", md, re.M) == ["#", "#", "#"]


def test_page_numbered_sections_at_two_levels_move_up_together():
    page = PAGE.replace("<h2>二、特色产业情况</h2>", "<h3>（一）特色产业情况</h3>")
    md = convert_text(page, to="md", input_format="html")
    assert re.findall(r"^(#+) (\S+)", md, re.M) == [("#", "一、粮食生产情况"), ("##", "（一）特色产业情况"),
                                                    ("#", "三、下一步打算")]


def test_markdown_notes_pair_of_masks_is_marked_not_dropped():
    md = convert_text(NOTE, to="md", input_format="markdown")
    assert "走访了[\\*\\*]{.masked" in md and "看到了[\\*\\*]{.masked" in md
    assert "全年走访[\\*\\*]{.masked" in md and "召开座谈会[\\*\\*]{.masked" in md
    # A short run between two masks: each run has its unit after it (户, 次).
    assert "走访[\\*\\*]{.masked" in md and "开了[\\*\\*]{.masked" in md
    # The author's own bold stays bold (no mask in it; 年度 is followed by no unit).
    assert "**做好基层工作要多听群众的意见**" in md and "**年度**目标" in md
    runs = _masked_runs(_document_xml(convert_text(NOTE, to="docx", input_format="markdown")))
    assert runs == ["**"] * 6


def test_gongwen_layout_keeps_the_notes_mask_marked():
    json_doc = convert_text(NOTICE, to="docx", options={"layout": "gongwen"})
    xml = _document_xml(json_doc)
    assert "联系人：李" in xml and _masked_runs(xml) == ["**"]
    # The report layout leaves the line in the body, marked there (and listed once).
    report = convert_text(NOTICE, to="md")
    assert report.count("[\\*\\*]{.masked") == 1


def test_moved_fields_name_the_gongwen_lines_only():
    from reportfmt.passes.masks import moved_fields

    removed = [{"rule": "gongwen.title", "text": "t"}, {"rule": "gongwen.note", "text": "n"},
               {"rule": "footer.copyright", "text": "c"}, {"rule": "gongwen.note", "text": "n2"},
               {"rule": "gongwen.recipients", "text": "r"}]
    assert moved_fields(removed) == ("note", "recipients")
    assert MASK_CLASS == "masked" and pf  # the class the writers style


BILINGUAL = """<html lang="zh"><head><meta charset="utf-8"><title>青石学院交换项目年度报告</title></head><body>
<h1>青石学院交换项目年度报告</h1>
<p>本报告介绍青石学院与海外伙伴学校交换项目在本年度的运行情况。</p>
<p>This report describes how the exchange programme with our partner schools ran this year.</p>
<h2>一、存在问题</h2>
<p>部分学生外语基础较弱，下一年度将开设语言辅导课程。</p>
<p>Some students need stronger language skills; a support course will start next year.</p>
<div class="foot">Copyright © 青石学院 | All rights reserved</div>
</body></html>
"""


def test_english_sentence_with_a_semicolon_is_prose_not_script():
    md = convert_text(BILINGUAL, to="md", input_format="html")
    assert "Some students need stronger language skills; a support course will start next year." in md
    assert "All rights reserved" not in md


def test_script_text_with_its_semicolons_still_weighs_as_code():
    from reportfmt.read.extraction.votes import CODE_WEIGHT, text_weight, visible_length

    script = "slides.forEach(run);start(slides);stop(slides);reset(all);go(now)"
    assert text_weight(script, in_link=False, in_chrome=False) == CODE_WEIGHT * visible_length(script)
    prose = "Some students need stronger language skills; a support course will start next year."
    assert text_weight(prose, in_link=False, in_chrome=False) == visible_length(prose)


def test_a_pages_own_chinese_language_tag_names_its_script():
    from reportfmt.options import Options
    from reportfmt.pipeline import run_passes
    from reportfmt.write.pandoc import read_with_pandoc

    for tag, expected in (("zh", "zh-Hans"), ("zh-CN", "zh-Hans"), ("zh_TW", "zh-Hant"), ("en", "en")):
        doc = read_with_pandoc(BILINGUAL.replace('lang="zh"', f'lang="{tag}"'), "html")
        run_passes(doc, Options())
        assert doc.get_metadata("lang") == expected, tag
    traditional = BILINGUAL.replace("本报告介绍青石学院与海外伙伴学校交换项目在本年度的运行情况。",
                                    "本報告介紹青石學院與海外夥伴學校交換項目在本年度的運行情況。")
    traditional = traditional.replace("部分学生外语基础较弱，下一年度将开设语言辅导课程。",
                                      "部分學生外語基礎較弱，下一年度將開設語言輔導課程。")
    doc = read_with_pandoc(traditional, "html")
    run_passes(doc, Options())
    assert doc.get_metadata("lang") == "zh-Hant"


def test_filter_gives_back_a_pair_of_masks_pandoc_read_as_bold(tmp_path):
    import json
    import subprocess
    import sys

    from reportfmt.write.pandoc import pandoc_path

    (tmp_path / "note.md").write_text(NOTE, encoding="utf-8")
    reportfmt = str(Path(sys.executable).with_name("reportfmt"))
    proc = subprocess.run([pandoc_path(), "note.md", "-t", "json", "--filter", reportfmt], cwd=tmp_path,
                          capture_output=True, timeout=120)
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    tree = json.loads(proc.stdout)
    spans = []

    def walk(node):
        if isinstance(node, dict):
            if node.get("t") == "Span" and "masked" in node["c"][0][1]:
                spans.append(node["c"][1][0]["c"])
            if node.get("t") == "Strong":
                spans.append(("bold", json.dumps(node["c"], ensure_ascii=False)))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(tree["blocks"])
    assert spans[:6] == ["**"] * 6
    assert len(spans) == 8 and spans[6][0] == "bold" and "年度" in spans[6][1]
    assert spans[7][0] == "bold" and "做好基层工作要多听群众的意见" in spans[7][1]
