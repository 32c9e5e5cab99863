"""A joint 发文机关标志 whose first issuer stands on its own line above the line that carries
"文件" ("青川市教育局" / "青川市财政局文件"): both names are printed in the 公文 layout's 红头 (the
first line was lost: gm39 saw it) and both are the document's issuers. Made-up notice."""

from __future__ import annotations

from outputs import docx_paragraphs
from reportfmt.api import convert_text

NOTICE = "\n".join([
    "青川市教育局", "青川市财政局文件", "青教发〔2026〕7号", "关于做好2026年春季学期学生资助工作的通知",
    "各县（区）教育局、财政局，市直各学校：", "为做好春季学期学生资助工作，现将有关事项通知如下。",
    "一、提高认识", "各地要把学生资助工作作为重要民生工作抓紧抓实。", "青川市教育局　　青川市财政局", "2026年2月20日"])


def test_both_issuers_of_a_joint_mark_are_printed(tmp_path):
    path = tmp_path / "joint.docx"
    path.write_bytes(convert_text(NOTICE, to="docx", options={"layout": "gongwen"}))
    texts = [text for _, text in docx_paragraphs(path)]
    number = texts.index("青教发〔2026〕7号")
    head = "".join(texts[:number])
    assert "青川市教育局" in head and "青川市财政局" in head and "文件" in head


def test_both_are_the_documents_issuers():
    front = convert_text(NOTICE, to="md").split("---")[1]
    assert "issuer:\n- 青川市教育局\n- 青川市财政局\n" in front
    assert "issuer_mark: 青川市教育局青川市财政局文件\n" in front
