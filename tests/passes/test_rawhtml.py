"""Raw HTML pass: <sup>/<sub> as pandoc's elements, active content removed and recorded."""

from __future__ import annotations

import io

import panflute as pf

from reportfmt.options import build_options
from reportfmt.passes import rawhtml
from reportfmt.state import get_state
from reportfmt.write.pandoc import run_pandoc


def markdown_doc(text: str) -> pf.Doc:
    return pf.load(io.StringIO(run_pandoc(["-f", "markdown", "-t", "json"], text.encode()).decode()))


def run(doc: pf.Doc, **options) -> pf.Doc:
    get_state(doc, base=build_options(options))
    rawhtml.main(doc)
    return doc


def elements(doc: pf.Doc, kind: type) -> list[str]:
    found = []
    doc.walk(lambda e, _d: found.append(pf.stringify(e)) if isinstance(e, kind) else None)
    return found


def test_sup_and_sub_become_elements_every_writer_keeps():
    doc = run(markdown_doc("范围是 -(2<sup>n - 1</sup>) 到 2<sup>7</sup>，水是 H<sub>2</sub>O。"))
    assert elements(doc, pf.Superscript) == ["n - 1", "7"]
    assert elements(doc, pf.Subscript) == ["2"]
    assert elements(doc, pf.RawInline) == []
    assert pf.stringify(doc).strip() == "范围是 -(2n - 1) 到 27，水是 H2O。"


def test_other_raw_html_and_unpaired_tags_stay():
    doc = run(markdown_doc("按 <kbd>Ctrl</kbd> 键，上标 2<sup>8 没有闭合。"))
    assert [e.text for e in doc.content[0].content if isinstance(e, pf.RawInline)] == ["<kbd>", "</kbd>", "<sup>"]
    assert elements(doc, pf.Superscript) == []


def test_active_content_is_removed_and_recorded():
    doc = run(markdown_doc('正文。\n\n<script>alert(1)</script>\n\n<a href="javascript:go()">点</a>'
                           '<img src="a.png" onerror="x()"> 与 <img src="b.png">'))
    assert get_state(doc).report.removed == [
        {"text": "<script>alert(1)</script>", "rule": "html.unsafe"},
        {"text": '<a href="javascript:go()">', "rule": "html.unsafe"},
        {"text": "</a>", "rule": "html.unsafe"},  # its closing tag goes with it: no stray </a>
        {"text": '<img src="a.png" onerror="x()">', "rule": "html.unsafe"},
    ]
    assert len(doc.content) == 2 and pf.stringify(doc.content[0]).strip() == "正文。"
    assert [e.text if isinstance(e, pf.RawInline) else pf.stringify(e) for e in doc.content[-1].content] == [
        "点", " ", "与", " ", '<img src="b.png">']


def test_the_pass_can_be_switched_off():
    doc = run(markdown_doc("2<sup>7</sup>"), **{"rawhtml.enabled": "false"})
    assert elements(doc, pf.Superscript) == []


def test_video_and_frame_leave_a_link_to_what_they_play():
    doc = run(markdown_doc(
        '录像如下。\n\n<video src="media/drill.mp4" controls></video>\n\n'
        '<iframe src="https://player.example.net/embed/42" title="演练回放" onload="spy()"></iframe>\n\n'
        '<video controls>\n<source src="clips/b.webm" type="video/webm">\n</video>\n\n'
        '行内 <video src="c.mp4">请用新浏览器</video> 也行，<iframe src="javascript:bad()"></iframe>这里没有。'))
    links = []
    doc.walk(lambda e, _d: links.append((pf.stringify(e), e.url)) if isinstance(e, pf.Link) else None)
    assert links == [("视频：media/drill.mp4", "media/drill.mp4"),
                     ("嵌入内容：演练回放", "https://player.example.net/embed/42"),
                     ("视频：clips/b.webm", "clips/b.webm"),
                     ("视频：c.mp4", "c.mp4")]
    assert elements(doc, pf.RawBlock) == [] and elements(doc, pf.RawInline) == []
    last = pf.stringify(doc.content[-1])
    assert "请用新浏览器" in last and "javascript" not in last  # the fallback text stays; no unsafe link
    rules = [r["rule"] for r in get_state(doc).report.removed]
    # Every tag recorded: 2 + 2 + 3 (the <source>) block tags, 2 + 2 inline ones.
    assert rules == ["html.embedded"] * 11
