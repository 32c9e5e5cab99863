"""A news picture's credit naming the organisation before its reporter (issue 18, round 41): "某某社
记者 某某 摄", "某某日报记者 某某摄", alone under a caption or glued after the caption's last sentence.
Surveyed on the `pages` corpus (a national agency's, a youth daily's, two reposting portals' and a
traditional-script mirror's picture pages: the credit after each caption) and on two own-tune
news sites. Fixtures are the project's own: made-up names, units and captions. Beside them, the
document's own sentences that end on a reporter or a photograph and must stay."""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

RULE = "meta-lines.photo-credit-media"
NEWS = [f"第{n}项：青禾新区组织各社区对辖区内的老旧小区逐一作了消防安全检查，并登记了需要整改的隐患。"
        for n in range(1, 7)]
CAPTION = "5月15日，青禾新区召开汛期安全工作视频调度会。"


def news_page(*lines):
    return "\n".join(["青禾新区部署汛期安全工作", *NEWS[:3], *lines, *NEWS[3:]])


def test_a_credit_naming_the_agency_or_paper_before_its_reporter_goes():
    for credit in ("新华社记者 才一舟 摄", "青禾日报记者 苗小禾摄", "青禾晚报特约记者 江一舟 摄影",
                   "某某社记者 韦若 摄"):
        doc, report = clean(news_page(CAPTION, credit))
        assert texts(doc) == [*NEWS[:3], CAPTION, *NEWS[3:]], credit
        assert removed(report, RULE) == [credit]


def test_a_credit_glued_after_the_caption_is_cut_and_the_caption_stays():
    for glue in ("", " "):
        for credit in ("青禾日报记者 苗小禾摄", "新华社记者 才一舟 摄"):
            doc, report = clean(news_page(CAPTION + glue + credit))
            assert texts(doc) == [*NEWS[:3], CAPTION, *NEWS[3:]], credit
            assert removed(report, RULE) == [credit]


def test_a_bracketed_credit_glued_after_the_caption_is_cut():
    for credit in ("（新华社记者 才一舟 摄）", "新华社发（韦若 摄）"):
        doc, report = clean(news_page(CAPTION + credit))
        assert texts(doc) == [*NEWS[:3], CAPTION, *NEWS[3:]], credit
        assert removed(report, RULE) == [credit]


def test_a_reporters_byline_stays():
    # A byline ends in 报道, not 摄: the item's own line (as the labels have it).
    byline = "青禾网记者 江一舟 通讯员 韦若 报道"
    doc, _ = clean(news_page(byline))
    assert byline in texts(doc)


def test_a_sentence_about_a_reporter_or_a_photograph_stays():
    # A name not set apart by blanks must open with a surname: "亲自拍" is no name; nor is a
    # sentence that goes on after 摄 a credit.
    for line in ("会后，青禾日报记者亲自拍摄", "青禾日报记者江一舟摄于青禾公园。",
                 "这张照片是新华社记者在现场拍摄的。"):
        doc, _ = clean(news_page(CAPTION, line))
        assert line in texts(doc), line
