"""Meta lines of school, hospital and government pages (issue 18, round 57, mt57): a site's date
field filled with the year last, as Hong Kong's, Macau's and some Taiwan templates print it
("日期: 02/12/2022", "發布日期:6/8/2024"), goes like the same field with the year first. A
document's own closing date written so, under its signature or its last sentence, stays. A
headline with its posting date on its line is no "name and stamp": it stays, and the title pass
takes it without the date. A Taiwan reporter's byline with its place and 報導 under a short
headline is no title either. Fixtures are made up.
"""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

NEWS = ["青松書院第十二屆陸運會",
        "本校第十二屆陸運會於十一月十八日在區內運動場舉行，全校師生及家長義工約六百人出席。",
        "當日共進行四十二項田徑賽事，同學們奮力爭先，多項紀錄被刷新。",
        "校長在閉幕禮上感謝家長教師會的協助，並勉勵同學繼續努力。"]


def test_a_date_field_with_the_year_last_under_the_headline_goes():
    for field in ("日期: 02/12/2022", "發布日期:6/8/2024", "发布日期：15/03/2024", "日期 : 15.03.2024",
                  "更新日期: 15-03-2024 10:05"):
        doc, report = clean("\n".join([NEWS[0], field, *NEWS[1:]]))
        assert removed(report, "meta-lines.field-fact") == [field], field
        assert texts(doc) == NEWS[1:], field


def test_a_closing_date_with_the_year_last_stays():
    proof = ["在職證明", "茲證明陳某某先生自二〇一九年起在本公司任職，現任行政主任。", "特此證明。",
             "某某貿易有限公司（蓋章）", "日期：15/03/2024"]
    doc, _report = clean("\n".join(proof))
    assert "日期：15/03/2024" in texts(doc)
    receipt = ["收據", "今收到張某某交來場地按金港幣三千元整。", "收款人：李某", "日期：15/03/2024"]
    doc, _report = clean("\n".join(receipt))
    assert "日期：15/03/2024" in texts(doc)


def test_a_date_range_in_a_field_stays():
    lines = [*NEWS[:2], "日期：15/03/2024至18/03/2024，每日上午九時至下午五時。", *NEWS[2:]]
    doc, _report = clean("\n".join(lines))
    assert lines[2] in texts(doc)


def test_a_headline_with_its_posting_date_on_its_line_is_kept():
    for line in ("夜診掛號時間調整公告  2024/01/23", "我院举办第十届护士节表彰大会 2024-05-12"):
        notice = [line, "因值班人力調整，夜間門診最後掛號時間自下月起提前半小時，敬請病友留意。",
                  "如有疑問，請於上班時間洽詢一樓服務台。"]
        doc, report = clean("\n".join(notice))
        assert not removed(report, "meta-lines.name-and-stamp"), line
        assert report.title == line.rsplit(" ", 1)[0].strip(), line
        assert texts(doc)[-2:] == notice[1:], line


def test_a_short_name_with_a_machine_date_still_goes():
    for line in ("江岚晚报 2024-07-16", "管理员 2024-10-14", "桃溪在线 2019-3-7 | 阅读 12"):
        doc, report = clean("\n".join([line, *NEWS[1:]]))
        assert removed(report, "meta-lines.name-and-stamp") == [line], line
        assert texts(doc) == NEWS[1:], line


def test_a_taiwan_byline_under_a_short_headline_is_no_title():
    for byline in ("記者林小青/溪北報導", "記者 林小青 報導"):
        story = ["溪北燈會開幕", byline, "溪北鎮年度燈會今晚在河濱公園點燈，主燈以在地特產為造型，吸引大批民眾前往。",
                 "燈會將展出至本月底，每晚六時至十時開放，鎮公所呼籲民眾搭乘接駁車前往。"]
        doc, report = clean("\n".join(story))
        assert report.title == "溪北燈會開幕", byline
        assert texts(doc) == story[1:], byline
