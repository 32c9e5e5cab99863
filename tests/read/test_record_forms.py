"""A letter box's record printed as rows of boxes ("<li><span>来信时间：</span>…</li>"), not a
table: the letter and the reply stay, the form's labels and short fields go; rows of questions
and answers, or a report's field lines, are words (extraction/record_forms.py, issue 13 round
24). Made-up pages."""

from __future__ import annotations

import lxml.html

from reportfmt.batch.job import process_bytes
from reportfmt.options import build_options
from reportfmt.passes.elements import block_text
from reportfmt.read.extraction.audit import Audit
from reportfmt.read.extraction.record_forms import unwrap_record_forms

LETTER = "我家楼下的烧烤店每天营业到凌晨两点，油烟直接排进居民楼的天井，家里窗户都不敢开。希望有关部门上门查一查。"
REPLY = "您好！收到来信后，街道执法队于5月9日到店检查，责令其加装油烟净化设备并将营业时间调整到晚上十一点前。"


def _row(label: str, value: str, tag: str = "li") -> str:
    return f'<{tag} class="row"><span class="lab">{label}</span><span class="val">{value}</span></{tag}>'


def _page(rows: str) -> str:
    return ("<html><head><title>烧烤店油烟扰民 - 书记信箱</title></head><body>"
            '<div class="nav"><a href="/">首页</a> <a href="/hd">互动</a> <a href="/xx">书记信箱</a></div>'
            f'<div class="detail"><h2>烧烤店油烟扰民</h2>{rows}</div>'
            '<div class="foot">主办：某县人民政府办公室 备案号：某ICP备00000000号</div></body></html>')


def _body(html: str) -> list[str]:
    processed = process_bytes(html.encode("utf-8"), "page.html", build_options())
    return [t for t in (block_text(b) for b in processed.doc.content) if t.strip()]


FIELDS = ('<ul class="info">' + _row("信件编号：", "SJ20240506012") + _row("来信时间：", "2024-05-06")
          + _row("来信人：", "赵**") + _row("处理状态：", "已办结") + "</ul>")


def test_a_letter_printed_as_rows_keeps_the_letter_and_the_reply_alone() -> None:
    rows = FIELDS + _row("来信内容：", LETTER, "div") + _row("答复单位：", "城关街道办事处", "div") \
        + _row("答复内容：", REPLY, "div")
    assert _body(_page(rows)) == ["来信人：赵**", LETTER, REPLY]  # a masked value stays


def _unwrapped(html: str) -> tuple[str, list[str]]:
    article = lxml.html.fromstring(f"<div>{html}</div>")
    audit = Audit()
    unwrap_record_forms(article, audit)
    return " ".join(article.text_content().split()), [r.rule for r in audit.removed]


def test_rows_of_questions_and_answers_are_words() -> None:
    # Every value holds a sentence: no short field beside them, so no form.
    pairs = [("问：", LETTER), ("答：", REPLY), ("问：", LETTER.replace("凌晨两点", "深夜")), ("答：", REPLY[3:])]
    html = "".join(_row(label, text, "p") for label, text in pairs)
    before = " ".join(lxml.html.fromstring(f"<div>{html}</div>").text_content().split())
    assert _unwrapped(html) == (before, [])


def test_a_reports_field_lines_with_one_sentence_are_words() -> None:
    html = _row("时间：", "2024年5月6日上午", "p") + _row("地点：", "县政府三楼会议室", "p") \
        + _row("主持：", "王副县长", "p") + _row("内容：", LETTER, "p")
    before = " ".join(lxml.html.fromstring(f"<div>{html}</div>").text_content().split())
    assert _unwrapped(html) == (before, [])
