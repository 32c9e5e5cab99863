"""A form's fill-in blanks (round 49): a field line whose value is a blank to fill is the
document's own and its blank is marked, wherever it stands; a line of underscores alone is a
blank only under a field's label. Fixtures are written for the project, in the forms real
application forms, receipts and contracts print (made-up names)."""

from __future__ import annotations

from helpers import clean, texts
from reportfmt.passes.boilerplate.form_blanks import form_blank_lines
from reportfmt.read.text import read_plain_text

BODY = [f"第{n}条：各班要按时组织学生报名，材料由班主任统一收齐后交团委。" for n in range(1, 9)]


def page(*tail: str, title: str = "关于开展青禾学院暑期志愿服务活动的通知") -> str:
    return "\n".join([title, *BODY, *tail])


def masks(report) -> list[str]:
    return [m["text"] for m in report.masks]


def test_a_receipts_contact_fields_with_blanks_stay_and_are_marked():
    # A site's contact line prints its values; a receipt's prints blanks for the reader to fill.
    tail = ["附：报名回执", "学院：________ 班级：________", "联系电话：__________ 邮箱：__________"]
    doc, report = clean(page(*tail))
    assert texts(doc)[-3:] == tail
    assert masks(report) == ["________"] * 2 + ["__________"] * 2
    assert not [r for r in report.removed if "__" in r["text"]]


def test_a_blank_author_field_is_no_author_and_stays():
    head = "作者：__________ 日期：____年__月__日"
    doc, report = clean("\n".join(["青禾学院学生社团骨干申请表", head, *BODY]))
    assert head in texts(doc)
    assert report.author is None
    assert "author" not in doc.metadata


def test_a_sites_author_line_with_its_values_still_goes():
    doc, _report = clean("\n".join(["青禾学院召开学期工作会议", "作者：李某某 来源：本站", *BODY]))
    assert "作者：李某某 来源：本站" not in texts(doc)


def test_only_a_blank_beside_words_keeps_a_line():
    doc = read_plain_text("\n\n".join([
        "姓名：________", "申请人签名 ________", "____年__月__日", "______________", "def __init__(self):",
        "青禾学院课件_第1页", "IMG_2023_0412.jpg", "编辑：lq_abc"]))
    kept = form_blank_lines(doc.content)
    # a line of underscores alone may be a page's rule; a joiner, a file's or an account's name
    # holds no blank
    assert [i for i, block in enumerate(doc.content) if id(block) in kept] == [0, 1, 2]


def test_several_blanks_on_a_line_under_a_label_are_marked():
    tail = ["家长意见：", "____________  ____________", "________ ________"]
    _doc, report = clean(page(*tail))
    assert masks(report) == ["____________"] * 2 + ["________"] * 2


def test_a_line_of_underscores_after_prose_stays_a_separator():
    _doc, report = clean(page("______________________"))
    assert masks(report) == []


def test_a_receipts_blanks_keep_their_mark_in_docx_epub_and_pdf(monkeypatch):
    import io
    import re
    import zipfile

    import reportfmt.write.pdf as pdf
    from reportfmt.api import convert_text

    text = page("附：报名回执", "联系电话：__________ 邮箱：__________", "家长意见：", "________  ________")
    with zipfile.ZipFile(io.BytesIO(convert_text(text, to="docx"))) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    runs = re.findall(r"<w:r>(.*?)</w:r>", xml, re.S)
    masked = ["".join(re.findall(r"<w:t[^>]*>([^<]*)", r)) for r in runs if 'w:rStyle w:val="Masked"' in r]
    assert masked == ["__________"] * 2 + ["________"] * 2
    with zipfile.ZipFile(io.BytesIO(convert_text(text, to="epub"))) as z:
        pages = "".join(z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xhtml"))
    assert len(re.findall(r'<span class="masked[ "][^>]*>_+</span>', pages)) == 4
    monkeypatch.setattr(pdf, "compile_pdf", lambda source, **_: source.encode("utf-8"))
    assert convert_text(text, to="pdf").decode("utf-8").count("#masked[\\_") == 4
