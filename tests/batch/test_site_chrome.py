"""A site's own chrome learned across a batch (batch/site_chrome.py): made-up sites' pages."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import pytest

from reportfmt.batch.site_chrome import (
    RULE,
    SAMPLE_PAGES,
    EdgeKeys,
    SiteChromeLearner,
    keeps_shape,
    line_key,
    page_site,
)
from reportfmt.cli import run

TOPICS = ["春季森林防火", "汛期安全生产", "秋冬季疫病防控", "农村人居环境整治", "冬季供暖保障"]
# The closings every notice of the made-up county site prints: body, however often they recur.
CLOSINGS = ["特此通知。", "清河县人民政府办公室", "抄送：县委办公室，县人大常委会办公室。"]


def notice(i: int, topic: str) -> str:
    month = i + 3
    return "\n".join([
        f"http://www.qinghexian.gov.cn/zwgk/tzgg/2024/{month:02d}{i}.html",
        "您当前的位置：首页 > 政务公开 > 通知公告",
        f"关于做好{topic}工作的通知",
        "各乡镇人民政府，县直各有关单位：",
        f"为切实做好{topic}工作，经县政府同意，现将有关事项通知如下。",
        "一、指导思想",
        f"坚持以人民为中心，把{topic}作为当前的一项重要任务抓紧抓实。",
        "二、工作要求",
        f"各单位要明确责任分工，于{month}月底前将{topic}落实情况报县政府办公室。",
        "特此通知。",
        f"附件：{topic}工作责任清单",
        "清河县人民政府办公室",
        f"2024年{month}月1{i}日",
        "抄送：县委办公室，县人大常委会办公室。",
        f"清河县人民政府办公室 2024年{month}月1{i}日印发",
        "清河县政务服务热线 12345 全天受理",
    ]) + "\n"


def fanwen_page(i: int, topic: str) -> str:
    return "\n".join([
        f"{topic}个人工作总结",
        "文书大全 年终总结 个人总结 心得体会",
        f"今年以来，我在{topic}岗位上认真履行职责，各项工作有序推进。",
        "一、主要工作",
        f"围绕{topic}的重点任务，完成了第{i + 1}批次的检查和整改。",
        "二、存在的不足",
        "个别环节衔接不够紧密，今后要加强沟通。",
        "晨光文库 每日更新优质范文",
    ]) + "\n"


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    root = tmp_path_factory.mktemp("sites")
    src = root / "in"
    for folder in ("fanwen", "other", "gov-a", "gov-b"):
        (src / folder).mkdir(parents=True)
    for i, topic in enumerate(TOPICS[:4]):
        (src / "fanwen" / f"p{i}.txt").write_text(fanwen_page(i, topic), encoding="utf-8")
    # Another site (one page): it prints the same two lines, and they must stay on it.
    (src / "other" / "q.txt").write_text(fanwen_page(9, "档案整理"), encoding="utf-8")
    # One government site (one host) whose notices lie in two folders.
    for i, topic in enumerate(TOPICS):
        (src / ("gov-a" if i < 3 else "gov-b") / f"n{i}.txt").write_text(notice(i, topic), encoding="utf-8")
    out = root / "out"
    assert run(["convert", str(src), "-o", str(out), "--to", "plain", "-j", "1", "-q"]) == 0
    off = root / "off"
    assert run(["convert", str(src), "-o", str(off), "--to", "plain", "-j", "1", "-q", "--no-site-chrome"]) == 0
    return src, out, off


def records(out: Path) -> dict[str, dict]:
    rows = map(json.loads, (out / "manifest.jsonl").read_text(encoding="utf-8").splitlines())
    return {Path(r["source"]).parent.name + "/" + Path(r["source"]).name: r for r in rows}


def site_rows(record: dict) -> list[dict]:
    return [r for r in record["removed"] if r["rule"] == RULE]


def output_lines(out: Path, rel: str) -> list[str]:
    return (out / rel).with_suffix(".txt").read_text(encoding="utf-8").split("\n")


def test_the_sites_own_lines_go_from_each_of_its_pages(batch):
    _, out, _ = batch
    rows = records(out)
    for i in range(4):
        # (a row of short words parted by blanks keeps them: typography's name rows, g2 round 29)
        assert site_rows(rows[f"fanwen/p{i}.txt"]) == [
            {"text": "文书大全 年终总结 个人总结 心得体会", "rule": RULE, "pages": 4},
            {"text": "晨光文库每日更新优质范文", "rule": RULE, "pages": 4},
        ]
        text = "\n".join(output_lines(out, f"fanwen/p{i}.txt"))
        assert "文书大全" not in text and "晨光文库" not in text
        assert f"围绕{TOPICS[i]}的重点任务，完成了第{i + 1}批次的检查和整改。" in text
        assert "个别环节衔接不够紧密，今后要加强沟通。" in text


def test_another_sites_page_keeps_the_same_lines(batch):
    _, out, _ = batch
    row = records(out)["other/q.txt"]
    assert site_rows(row) == []
    text = "\n".join(output_lines(out, "other/q.txt"))
    assert "文书大全 年终总结 个人总结 心得体会" in text and "晨光文库每日更新优质范文" in text


def test_government_notices_keep_every_closing_and_lose_the_sites_line(batch):
    _, out, _ = batch
    rows = records(out)
    for i, topic in enumerate(TOPICS):
        rel = f"{'gov-a' if i < 3 else 'gov-b'}/n{i}.txt"
        # The host names the site: the notices of both folders are one site of 5 pages.
        assert site_rows(rows[rel]) == [{"text": "清河县政务服务热线 12345 全天受理", "rule": RULE, "pages": 5}]
        lines = output_lines(out, rel)
        text = "\n".join(lines)
        for closing in [*CLOSINGS, "一、指导思想", "二、工作要求", f"附件：{topic}工作责任清单"]:
            assert closing in text, closing
        assert f"2024年{i + 3}月1{i}日" in text
        assert "热线" not in text


def test_no_site_chrome_keeps_them_all(batch):
    _, _, off = batch
    assert all(site_rows(row) == [] for row in records(off).values())
    assert "晨光文库每日更新优质范文" in "\n".join(output_lines(off, "fanwen/p0.txt"))


def test_a_second_run_reuses_every_page(batch):
    src, out, _ = batch
    before = (out / "manifest.jsonl").read_bytes()
    assert run(["convert", str(src), "-o", str(out), "--to", "plain", "-j", "1", "-q"]) == 0
    assert (out / "manifest.jsonl").read_bytes() == before


def test_sampled_pages_are_finished_from_their_first_cleaning(batch, tmp_path, monkeypatch, caplog):
    """The site-chrome pass's pages are converted from the documents it cleaned (not cleaned a
    second time), and come out as they do when cleaned again (CLEANED_BUDGET 0 holds none)."""
    import logging

    from reportfmt.batch import runner
    from reportfmt.options import build_options

    src, _, _ = batch
    outputs = {}
    for budget in (runner.CLEANED_BUDGET, 0):
        monkeypatch.setattr(runner, "CLEANED_BUDGET", budget)
        out = tmp_path / f"budget-{budget}"
        with caplog.at_level(logging.INFO, logger="reportfmt.batch.runner"):
            caplog.clear()
            runner.run_batch([src], out, ["plain", "docx"], build_options(), jobs=1, progress="quiet",
                             review=False)
        # 4 fanwen pages and 5 notices looked at (the one page of "other" is no site of 3).
        assert "9 pages of 2 sites looked at" in caplog.text
        assert f"{9 if budget else 0} cleaned pages kept for their conversion" in caplog.text
        rows = records(out)
        for row in rows.values():
            row.pop("seconds")
            row["outputs"] = {fmt: Path(path).relative_to(out).as_posix() for fmt, path in row["outputs"].items()}
        files = {path.relative_to(out).as_posix(): path.read_bytes() for path in sorted(out.rglob("*.txt"))}
        documents = {path.relative_to(out).as_posix(): zipped_text(path, "word/document.xml")
                     for path in sorted(out.rglob("*.docx"))}
        outputs[budget] = (rows, files, documents)
    kept, again = outputs.values()
    assert len(kept[0]) == 10 and len(kept[1]) == 10 and len(kept[2]) == 10
    assert site_rows(kept[0]["fanwen/p0.txt"])  # the site's chrome went from a page finished so
    assert kept == again


@pytest.mark.parametrize(("data", "rel", "site"), [
    (b'<html><head><link rel="canonical" href="https://www.Example.cn/a/1.html"></head>', "x/1.html",
     "host:example.cn"),
    (b'<meta property="og:url" content="http://m.example.cn/p/2">', "x/2.html", "host:m.example.cn"),
    ("网址：http://www.example.com.cn/a/3.html\n标题\n正文。\n".encode(), "x/3.txt", "host:example.com.cn"),
    ("标题\n正文，说到 http://other.cn/ 这个网站。\n".encode(), "x/y/4.txt", "folder:x/y"),
    (b"plain", "5.txt", "folder:"),
])
def test_page_site_is_the_named_host_else_the_folder(data, rel, site):
    assert page_site(data, rel) == site


@pytest.mark.parametrize("line", [
    *CLOSINGS, "一、指导思想", "（一）总体要求", "附件：工作责任清单", "附件2", "2024年3月5日", "二〇二四年三月五日",
    "清河县人民政府办公室 2024年3月5日印发", "各乡镇人民政府，县直各有关单位：", "（此件公开发布）",
    "第三条 本办法自发布之日起施行", "全体同学都要按时到校参加开学典礼并认真听讲" * 3,
])
def test_body_shapes_stay(line):
    assert keeps_shape(line)


@pytest.mark.parametrize(("line", "tail"), [
    ("晨光文库 每日更新优质范文", True), ("清河县政务服务热线 12345 全天受理", True), ("分享到 微信 微博", True),
    # At the head only: at the tail, its last word makes it an organisation's name (…体会 as …会).
    ("文书大全 年终总结 个人总结 心得体会", False),
])
def test_chrome_shapes_may_go(line, tail):
    assert not keeps_shape(line, tail=tail)


def test_signing_unit_shape_stays_at_the_tail_or_above_a_date():
    assert keeps_shape("清河县人民政府办公室", tail=True)
    # A 印发 notice signs above its date near the top of a long page.
    assert keeps_shape("清河县人民政府办公室", tail=False, following="2019年9月27日")
    assert not keeps_shape("清河县人民政府办公室", tail=False, following="首页 > 政务公开")


def test_learner_thresholds_and_copies():
    chrome, rare, twice = line_key("站名"), line_key("偶见"), line_key("两见")
    learner = SiteChromeLearner()
    for n in range(SAMPLE_PAGES):  # 8 documents looked at
        lines = {chrome} | ({rare} if n < 4 else set()) | ({twice} if n < 2 else set())
        learner.add("s", EdgeKeys(line_key(f"document {n}"), frozenset(lines)))
    learner.add("s", EdgeKeys(line_key("document 9"), frozenset({line_key("late")})))  # past the sample
    assert dict(learner.chrome()["s"].lines) == {chrome: SAMPLE_PAGES, rare: 4}  # 4 of 8: 50 %; 2: too few

    five = SiteChromeLearner()
    for n in range(5):
        lines = {chrome} | ({rare} if n < 3 else set())
        five.add("f", EdgeKeys(line_key(f"document {n}"), frozenset(lines)))
    five.add("f", EdgeKeys(line_key("document 0"), frozenset({rare})))  # a copy of document 0: not counted
    assert dict(five.chrome()["f"].lines) == {chrome: 5, rare: 3}  # 3 of 5: 60 %

    share = SiteChromeLearner()
    for n in range(SAMPLE_PAGES):
        share.add("t", EdgeKeys(line_key(f"document {n}"), frozenset({rare} if n < 3 else set())))
    assert share.chrome() == {}  # 3 of 8 is under 40 %

    small = SiteChromeLearner()
    for n in range(2):
        small.add("u", EdgeKeys(line_key(f"document {n}"), frozenset({chrome})))
    assert small.chrome() == {}  # on 2 pages only


# A site whose pages open with its name and slogan: the metadata pass takes that line for the
# title of each page (it is short, unpunctuated, and nothing on one page says otherwise).
SLOGAN_SITE = "青禾文案站—陪你写好每一篇"
REPORTS = ["村级议事协商", "社区养老服务", "校园午餐配送", "河道日常巡护"]


def slogan_page(topic: str) -> str:
    return "\n".join([
        SLOGAN_SITE,
        f"浅谈{topic}",
        f"为推进{topic}工作规范开展，镇里结合实际做了一些探索，现将情况简要报告如下。",
        "一、主要做法",
        f"镇里成立专班，每月召开一次{topic}推进会，研究解决具体问题。",
        "二、下步打算",
        f"继续完善{topic}机制，争取年底前覆盖全部行政村。",
    ]) + "\n"


def minutes_page(i: int) -> str:
    """One person's minutes, all titled alike: the title recurs like chrome, and there is no
    other title line on the page to take instead."""
    return "\n".join([
        "会议纪要",
        f"2024年{i + 3}月{i + 10}日上午，项目组在三楼会议室召开第{i + 1}次例会，全体成员参加。",
        f"会议听取了第{i + 1}阶段进度汇报，议定下阶段由各小组按分工推进，月底前报送材料。",
    ]) + "\n"


def untitled_page(topic: str) -> str:
    """The site's slogan over a text with no title line of its own: its first line a sentence."""
    return "\n".join([
        SLOGAN_SITE,
        f"今年以来，镇里把{topic}列入为民办实事项目，逐月推进，群众满意度明显提高。",
        f"下一步，镇里将继续完善{topic}机制，争取年底前覆盖全部行政村。",
    ]) + "\n"


@pytest.fixture(scope="module")
def retitled(tmp_path_factory):
    root = tmp_path_factory.mktemp("retitle")
    for i, topic in enumerate(REPORTS):
        (root / "in" / "qinghe").mkdir(parents=True, exist_ok=True)
        (root / "in" / "qinghe" / f"r{i}.txt").write_text(slogan_page(topic), encoding="utf-8")
        (root / "in" / "minutes").mkdir(parents=True, exist_ok=True)
        (root / "in" / "minutes" / f"m{i}.txt").write_text(minutes_page(i), encoding="utf-8")
        (root / "in" / "untitled").mkdir(parents=True, exist_ok=True)
        (root / "in" / "untitled" / f"u{i}.txt").write_text(untitled_page(topic), encoding="utf-8")
    out = root / "out"
    assert run(["convert", str(root / "in"), "-o", str(out), "--to", "docx,epub", "-j", "1", "-q"]) == 0
    off = root / "off"
    assert run(["convert", str(root / "in"), "-o", str(off), "--to", "plain", "-j", "1", "-q",
                "--no-site-chrome"]) == 0
    return out, off


def zipped_text(path: Path, member: str) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read(member).decode("utf-8")


def epub_package(path: Path) -> str:
    with zipfile.ZipFile(path) as epub:
        return epub.read(next(name for name in epub.namelist() if name.endswith(".opf"))).decode("utf-8")


def test_a_site_name_taken_for_the_title_gives_way_to_the_pages_own_title(retitled):
    out, off = retitled
    assert {records(off)[f"qinghe/r{i}.txt"]["title"] for i in range(4)} == {SLOGAN_SITE}  # without
    rows = records(out)
    for i, topic in enumerate(REPORTS):
        row = rows[f"qinghe/r{i}.txt"]
        assert row["title"] == f"浅谈{topic}"
        assert site_rows(row) == [{"text": SLOGAN_SITE, "rule": RULE, "pages": 4}]
        assert {"text": f"浅谈{topic}", "rule": "metadata.title"} in row["removed"]
        core = zipped_text(out / "qinghe" / f"r{i}.docx", "docProps/core.xml")
        assert f"<dc:title>浅谈{topic}</dc:title>" in core and SLOGAN_SITE not in core
        package = epub_package(out / "qinghe" / f"r{i}.epub")
        assert re.search(rf"<dc:title[^>]*>浅谈{topic}</dc:title>", package) and SLOGAN_SITE not in package
        text = zipped_text(out / "qinghe" / f"r{i}.docx", "word/document.xml")
        assert f"镇里成立专班，每月召开一次{topic}推进会，研究解决具体问题。" in text


def test_a_recurring_title_with_no_other_title_line_stays(retitled):
    out, _ = retitled
    rows = records(out)
    for i in range(4):
        row = rows[f"minutes/m{i}.txt"]
        assert row["title"] == "会议纪要"
        assert site_rows(row) == []
        text = zipped_text(out / "minutes" / f"m{i}.docx", "word/document.xml")
        assert f"会议听取了第{i + 1}阶段进度汇报" in text


# A site whose pages open with its name, then its column's line, then the page's own title: both
# site lines recur on every page, and the second is as short and plain as a title.
COLUMN_SITE = ["青禾课堂—陪你备好每一课", "一线教师课例说课稿与课后随笔"]


def column_page(topic: str) -> str:
    return "\n".join([*COLUMN_SITE, f"{topic}教学设计",
                      f"本课围绕{topic}展开，学生在观察、讨论和动手中理解主要内容，课后完成小练习。",
                      "一、教学目标", f"了解{topic}的基本知识，能用自己的话说出要点。"]) + "\n"


def test_a_title_picked_again_is_never_another_of_the_sites_chrome_lines():
    from reportfmt.batch.site_chrome import edge_keys, remove_site_chrome
    from reportfmt.passes.elements import block_text
    from reportfmt.pipeline import run_passes
    from reportfmt.read.text import read_plain_text

    topics = ["认识钟表", "植物的一生", "有趣的磁铁", "节约用水"]
    cleaned = [(doc, run_passes(doc)) for doc in (read_plain_text(column_page(t)) for t in topics)]
    assert {report.title for _, report in cleaned} == {COLUMN_SITE[0]}  # before the batch knows the site
    learner = SiteChromeLearner()
    for doc, report in cleaned:
        learner.add("qinghe", edge_keys([block_text(b) for b in doc.content], report.title))
    chrome = learner.chrome()["qinghe"]
    for topic, (doc, report) in zip(topics, cleaned, strict=True):
        remove_site_chrome(doc, report, chrome)
        assert report.title == f"{topic}教学设计"
        body = [block_text(b) for b in doc.content]
        assert body[0].startswith(f"本课围绕{topic}展开") and COLUMN_SITE[1] not in body
        assert {"text": COLUMN_SITE[1], "rule": RULE, "pages": 4} in report.removed


def test_a_page_titled_with_its_sites_slogan_and_no_title_line_of_its_own_has_no_title(retitled):
    out, off = retitled
    assert {records(off)[f"untitled/u{i}.txt"]["title"] for i in range(4)} == {SLOGAN_SITE}  # without
    rows = records(out)
    for i, topic in enumerate(REPORTS):
        row = rows[f"untitled/u{i}.txt"]
        assert row["title"] is None
        assert site_rows(row) == [{"text": SLOGAN_SITE, "rule": RULE, "pages": 4}]
        core = zipped_text(out / "untitled" / f"u{i}.docx", "docProps/core.xml")
        assert SLOGAN_SITE not in core
        package = epub_package(out / "untitled" / f"u{i}.epub")
        assert SLOGAN_SITE not in package and re.search(r"<dc:title[^>]*>今年以来", package)  # (EPUB needs one)
        text = zipped_text(out / "untitled" / f"u{i}.docx", "word/document.xml")
        assert f"今年以来，镇里把{topic}列入为民办实事项目" in text and SLOGAN_SITE not in text
