"""A box of other pages' titles opening the page, by form (issue 18, round 25; head_boxes.py): a
short label as the page's first kept line (a few widget words may stand above it), three
headlines or more under it, the page's title, the text. Near misses stay: a table of contents
whose entries come again as headings, a title over its subtitle lines, a column label over one
headline, a page that holds nothing but the titles. The step is called on the page's lines
directly: which lines reach it depends on the title the metadata pass took (a right title takes
the lines above it as meta-lines.above-title already).
Fixtures are written for the project, words made up."""

from __future__ import annotations

from helpers import clean
from reportfmt.passes.boilerplate.head_boxes import RULE, drop_head_box
from reportfmt.passes.elements import block_text
from reportfmt.read.text import read_plain_text

WIDGETS = ["还原默认 保存", "设置"]
BOX = ["快讯", "• 北岭县地铁新票价下月起实施", "河湾市遭遇强降雨 两千人紧急转移", "东山区山火延烧两处社区发布撤离令"]
TITLE = "石桥市推出新一轮公务员培训计划"
DATELINE = "本报记者组／石桥14日电"
BODY = ["石桥市人事局日前公布今年公务人员培训计划，预计开办课程三百余项，涵盖政策法规、语言能力和信息技术。",
        "有关负责人表示，培训将注重实际操作，帮助公务人员提升服务群众的本领。"]


def box_of(lines: list[str], title: str = "") -> list[str]:
    doc = read_plain_text("\n".join(lines))
    blocks = list(enumerate(doc.content))
    _left, gone = drop_head_box(blocks, blocks, frozenset(), title)
    assert all(rule == RULE for _, _, rule in gone)
    return [text for _, text, _ in gone]


def squeezed(lines: list[str]) -> list[str]:
    return [" ".join(line.split()) for line in lines]


def test_a_box_of_headlines_above_the_title_goes():
    # The title taken: the box ends above it.
    assert box_of([*BOX, TITLE, *BODY], title=TITLE) == squeezed(BOX)
    # Another title taken (a widget's words, say): the run's last headline is left for the
    # document's title, a dateline under it is no headline.
    assert box_of([*WIDGETS, *BOX, TITLE, DATELINE, *BODY], title="设置") == squeezed(BOX)


def test_a_documents_own_top_stays():
    contents = ["目录", "一、基本情况和主要做法", "二、存在的主要问题分析", "三、下一步工作打算安排"]
    sections = [contents[1], BODY[0], contents[2], BODY[1], contents[3], BODY[0]]
    repeated = ["要点", "坚持问题导向抓好整改落实", "坚持标本兼治完善制度机制", "坚持从严从实强化监督检查"]
    subtitles = ["培训", TITLE, "重点提升政策法规和信息技术能力"]
    one = ["快讯", TITLE]
    for lines in ([*contents, *sections], [*repeated, TITLE, *BODY, *repeated[1:]], [*subtitles, *BODY],
                  [*one, *BODY], BOX, [BODY[0], *BOX, TITLE, *BODY]):
        assert box_of(lines) == [], lines[:2]


def test_the_page_keeps_its_text_and_title():
    doc, report = clean("\n".join([*WIDGETS, *BOX, TITLE, DATELINE, *BODY]))
    kept = [block_text(b) for b in doc.content]
    assert kept[-2:] == BODY
    assert not any(line in kept for line in BOX[1:])
    assert TITLE in (*kept, report.title)
