"""A government page's disclosure box (信息公开) left as rows of fields: the labels the catalogue
specifications and county pages print, bare or in brackets, parted by colons, bars or blanks
(issue 18, round 18). Fixtures are written for the project: made-up units, numbers and dates."""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

NOTICE = ["关于做好汛期地质灾害防范工作的通知",
          "各乡镇人民政府，县直各有关单位：",
          "为切实做好今年汛期地质灾害防范工作，保障人民群众生命财产安全，现将有关事项通知如下。",
          "一、加强隐患排查",
          "各乡镇要组织力量对辖区内的滑坡、崩塌隐患点逐一排查，建立台账，落实监测责任人。",
          "二、做好应急值守",
          "汛期实行二十四小时值班制度，遇有险情要第一时间报告并组织群众转移。",
          "云溪县自然资源局",
          "2024年5月20日"]


def test_bracketed_rows_with_bars_go_and_the_notice_keeps_its_title():
    rows = ["[索引号]|11452300MB1D/2024-00087|[主题分类]|国土资源、能源|[体裁分类]|通知",
            "[发布机构]|云溪县自然资源局|[成文日期]|2024-05-20|[发文字号]|云自然资发〔2024〕9号"]
    doc, report = clean("\n".join(["首页 > 信息公开 > 通知公告", *rows, *NOTICE]))
    assert removed(report, "meta-lines.disclosure-row") == rows
    assert texts(doc)[-8:] == NOTICE[1:]
    assert report.title == NOTICE[0]


def test_rows_with_blanks_between_label_and_value_go():
    rows = ["索引号 11452300MB1D/2024-00087 发布机构 云溪县自然资源局",
            "成文日期 2024年05月20日 发布日期 2024年05月21日 09:30"]
    doc, report = clean("\n".join([*rows, *NOTICE]))
    assert removed(report, "meta-lines.disclosure-row") == rows
    assert texts(doc)[-8:] == NOTICE[1:]


def test_a_guides_lines_about_the_fields_stay():
    guide = ["政府信息公开目录填写说明",
             "发布机构 指公开信息的责任机构",
             "(四)发布机构:指公开信息的责任机构。",
             "索引号和发布机构由系统自动生成，主题分类按目录填写。",
             "成文日期(用阿拉伯数字,如2022年6月15日)",
             "目录每年更新一次，由办公室负责组织，各科室按分工报送本科室产生的信息。"]
    doc, report = clean("\n".join(guide))
    assert not removed(report, "meta-lines.disclosure-row")
    # Every line is kept (the output sets its blanks and punctuation widths its own way).
    assert len(texts(doc)) == len(guide) - 1
    assert texts(doc)[0] == "发布机构指公开信息的责任机构"
    assert texts(doc)[3].startswith("成文日期")
