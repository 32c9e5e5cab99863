"""Blocks DOM extraction drops keep their `extract.*` rule and also carry the chrome family the
boilerplate rules give them (issue 18): the manifest, the review page and --dry-run name it."""

from __future__ import annotations

import json
import re

from lxml import html as lxml_html

from reportfmt.cli import run
from reportfmt.passes.boilerplate.families import family_of_lines
from reportfmt.read.extraction.audit import Audit, printed_lines

# A made-up 文库 page: the document, a paywall box under it, a menu bar, a list of other
# documents and a footer with a copyright line, a filing number and an upload notice.
PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>小区物业管理服务方案 - 某某文库</title></head>
<body>
<div class="top-bar"><a href="/">首页</a> <a href="/jy">教育文库</a> <a href="/fw">范文大全</a>
<a href="/ht">合同模板</a> <a href="/login">登录</a> <a href="/reg">注册</a></div>
<div class="doc-wrap"><h1>小区物业管理服务方案</h1><div class="doc-body">
<p>一、总体目标</p>
<p>为提升小区居住环境，物业服务中心以安全、整洁、便民为目标，制定本年度管理服务方案。全体员工应按照岗位职责落实各项工作。</p>
<p>二、保洁与绿化</p>
<p>公共区域每日清扫两次，楼道扶手每周擦拭一次，垃圾做到日产日清。绿化带按季节修剪补种，雨季前疏通全部排水沟。</p>
<p>三、安全管理</p>
<p>门岗实行二十四小时值守，外来车辆登记后方可进入。消防通道保持畅通，灭火器每月检查一次并做好记录。</p>
<p>四、客户服务</p>
<p>服务中心公开报修电话，一般维修当日响应，紧急维修半小时内到场。每季度开展一次满意度回访并公示处理结果。</p>
</div>
<div class="fee-box"><p>还剩3页未读，继续阅读</p><p>下载文档到电脑，查找使用更方便</p><p>10积分</p><p>下载</p></div>
</div>
<div class="guess"><h3>相关推荐</h3><ul><li><a href="/d/1">小区保洁服务方案范本</a></li>
<li><a href="/d/2">物业公司年度工作计划</a></li><li><a href="/d/3">住宅小区安全管理制度</a></li>
<li><a href="/d/4">物业客服人员岗位职责</a></li></ul></div>
<div class="bottom"><p>Copyright © 2019-2026 某某文库 版权所有</p><p>京ICP备12345678号-1</p>
<p>本站文档由用户上传，如有侵权请联系删除</p></div>
</body></html>
"""

# (rule, family) of each removed block, in the order recorded.
EXPECTED = [
    ("extract.outside", None),  # the page's own heading, which the title already holds
    ("extract.outside", "paywall"),
    ("extract.link-dense", "meta-lines"),  # a bar opening with 首页: the rules' crumb line
    ("extract.link-dense", "recommendations"),
    ("extract.outside", "footer"),
]


def test_manifest_and_review_page_name_the_family_of_blocks_extraction_dropped(tmp_path):
    source = tmp_path / "wenku.html"
    source.write_text(PAGE, encoding="utf-8")
    out = tmp_path / "out"
    assert run(["convert", str(source), "-o", str(out), "--to", "md", "-q"]) == 0
    record = json.loads((out / "manifest.jsonl").read_text(encoding="utf-8").splitlines()[0])
    removed = record["removed"]
    assert [(r["rule"], r.get("family")) for r in removed] == EXPECTED
    # The text recorded is the extraction's, as before: the family is a field beside it.
    assert removed[1]["text"] == "还剩3页未读，继续阅读下载文档到电脑，查找使用更方便10积分下载"
    assert removed[4]["text"].startswith("Copyright © 2019-2026 某某文库 版权所有京ICP备12345678号-1")
    assert "family" not in removed[0]
    kept = record["kept_text"]
    assert "四、客户服务" in kept and "还剩3页未读" not in kept and "ICP" not in kept
    # The review page's family filter lists the named families beside "extract".
    summary = (out / "review" / "summary.js").read_text(encoding="utf-8")
    assert '"family":["extract","paywall","meta-lines","recommendations","footer"]' in summary
    shard = (out / "review" / "docs" / "00000.js").read_text(encoding="utf-8")
    assert '"rule":"extract.outside","family":"paywall"' in shard
    assert '"rule":"extract.outside","family":"footer"' in shard


def test_dry_run_names_the_family_beside_the_extract_rule(tmp_path, capsys):
    source = tmp_path / "wenku.html"
    source.write_text(PAGE, encoding="utf-8")
    assert run(["convert", str(source), "-o", str(tmp_path / "dry"), "--dry-run"]) == 0
    printed = [line for line in capsys.readouterr().out.splitlines() if line.strip().startswith("- [")]
    named = [re.match(r"\s*- \[([a-z.-]+)(?: -> ([a-z-]+))?\]", line).groups() for line in printed]
    assert named == EXPECTED
    assert printed[1].strip() == ("- [extract.outside -> paywall] "
                                  "还剩3页未读，继续阅读下载文档到电脑，查找使用更方便10积分下载")
    assert not (tmp_path / "dry").exists()


def test_a_box_is_named_by_the_first_line_a_rule_names():
    # The download prompts below the paywall's first line are the 文库's own lines
    # (document-site); the box is the paywall all the same.
    assert family_of_lines(["还剩5页未读，继续阅读", "下载文档到电脑，查找使用更方便"]) == "paywall"
    assert family_of_lines(["本站文档由用户上传，如有侵权请联系删除"]) == "document-site"
    assert family_of_lines(["京ICP备87654321号"]) == "footer"
    # A container the page named "footer" is the footer when a line of it is a footer line,
    # though its first line, a row of site links, is named otherwise.
    links = ["关于我们 联系我们 隐私政策", "某某网络公司 版权所有"]
    assert family_of_lines(links) == "meta-lines"
    assert family_of_lines(links, extract_rule="extract.footer") == "footer"
    assert family_of_lines(links[:1], extract_rule="extract.footer") == "meta-lines"
    # Prose no rule names, and nothing at all, name no family.
    assert family_of_lines(["春天来了，我们在河边种下了一排柳树，孩子们每天放学都去浇水。"]) is None
    assert family_of_lines([]) is None


def test_printed_lines_break_where_a_browser_breaks_and_the_record_is_unchanged():
    box = lxml_html.fragment_fromstring(
        "<div><p>第一行<b>加粗</b>接着</p>尾巴<br>第二行<ul><li>甲</li><li>乙</li></ul></div>")
    assert printed_lines(box) == ("第一行加粗接着", "尾巴", "第二行", "甲", "乙")
    audit = Audit()
    audit.drop(box, "outside")
    (removal,) = audit.removed
    assert removal.record() == {"text": "第一行加粗接着尾巴第二行甲乙", "rule": "extract.outside"}
    assert removal.lines == ("第一行加粗接着", "尾巴", "第二行", "甲", "乙")
