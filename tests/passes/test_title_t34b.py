"""A portal's top bar is never the title (round 34, t34b): government, 政务公开 and school
portals print a bar of controls (account links, accessibility and script switches, the IPv6
badge, the search box's prompt) over the headline and a facts block whose values stand on the
line under their labels. Fixtures written for the project (made-up names and content)."""

from __future__ import annotations

from helpers import clean, texts
from reportfmt.passes.title_forms import portal_bar

HEADLINE = "关于开展春季义务植树活动的通知"
FACTS = ["发布时间：", "2024-03-05", "信息来源：", "区园林绿化局"]
NOTICE = ["各街道办事处，区直各单位：",
          "为改善城区生态环境，经研究，决定于三月中旬在滨河公园开展义务植树活动。现将有关事项通知如下：",
          "一、活动时间",
          "2024年3月16日上午9时。",
          "区园林绿化局",
          "2024年3月5日"]
BARS = ["登录/注册 用户中心 支持IPV6 无障碍",
        "个人登录 法人登录 无障碍浏览 适老化",
        "请输入关键字 搜索",
        "青禾区人民政府 网站支持IPv6",
        "简 | 繁 | 关怀版 | 无障碍 | 本网站支持IPv6 | 用户登录"]


def _squeezed(lines: list[str]) -> list[str]:
    return ["".join(line.split()) for line in lines]  # (typography drops blanks between ideographs)


def test_a_portals_top_bar_is_never_the_title_nor_joined_to_it():
    for bar in BARS:
        doc, report = clean("\n".join([bar, HEADLINE, *FACTS, *NOTICE]))
        assert report.title == HEADLINE, bar
        assert _squeezed(texts(doc)) == _squeezed(NOTICE), bar
        removed = {r["text"]: r["rule"] for r in report.removed}
        assert removed[bar] != "metadata.title", bar


def test_the_facts_on_one_line_read_the_same():
    for bar in BARS:
        doc, report = clean("\n".join([bar, HEADLINE, "发布时间：2024-03-05 信息来源：区园林绿化局", *NOTICE]))
        assert report.title == HEADLINE, bar
        assert _squeezed(texts(doc)) == _squeezed(NOTICE), bar


def test_portal_bar_by_form():
    assert all(portal_bar(bar) for bar in BARS)
    # A sentence naming a control is one item and no control; a single control is left to the
    # control-line check; a name of a document beside a control word is no bar.
    for line in ["请登录网上办事大厅注册账号后提交申请。", "登录", "搜索引擎优化 工作方案",
                 "无障碍环境建设 实施方案", "用户中心建设 需求说明"]:
        assert not portal_bar(line), line


def test_a_notices_login_instruction_and_a_short_heading_between_fields_stay():
    # A document's own lines that look like a portal's: a registration step naming 登录 and 注册,
    # and the minutes' own short heading between two of its field lines.
    lines = ["关于做好新生网上报到工作的通知",
             "各学院：",
             "新生报到一律在网上办理，具体步骤如下：",
             "登录 注册 报到",
             "新生先登录迎新系统完成注册，再到学院报到。",
             "教务处",
             "2024年8月20日"]
    doc, report = clean("\n".join(lines))
    assert report.title == lines[0]
    assert "登录注册报到" in _squeezed(texts(doc))  # the steps' own line, not a portal's bar
    assert "新生先登录迎新系统完成注册，再到学院报到。" in _squeezed(texts(doc))
    minutes = ["社区议事会会议纪要",
               "会议时间：2024年4月2日",
               "议题",
               "会议地点：社区二楼会议室",
               "一、加装电梯意见征集情况",
               "社区共收到意见四十二条，多数居民赞成先在三号楼试点。"]
    doc, report = clean("\n".join(minutes))
    assert report.title == minutes[0]
    assert "议题" in _squeezed(texts(doc)) or any("议题" in t for t in texts(doc))


NEWS = ["3月16日上午，青禾区在滨河公园举办春季义务植树活动，区直各单位干部职工两百余人参加。",
        "大家分组挖坑、扶苗、培土、浇水，共栽下香樟、银杏等苗木六百余株。"]


def test_a_news_headline_under_a_top_bar_and_a_breadcrumb_is_the_title_not_a_word_between_chrome():
    # Before: the bar was taken as the title, and the headline, between the breadcrumb and the
    # label standing alone, went as meta-lines.word-between-chrome.
    headline = "青禾区举办春季义务植树活动"
    for bar in BARS:
        page = [bar, "首页 > 新闻中心 > 部门动态", headline, "发布时间：", "2024-03-16", "信息来源：", "区园林绿化局",
                "浏览次数：", "256", *NEWS]
        doc, report = clean("\n".join(page))
        assert report.title == headline, bar
        assert _squeezed(texts(doc)) == _squeezed(NEWS), bar


# A disclosure box (信息公开) laid out as a table: its labels justified with blanks between their
# characters, several fields a row, the portal's menu justified the same way above it, the title
# printed again under the box.
BOX = ["青禾区人民政府网 市政府网 English 区人大 区政协",
       "首     页 政 务 公 开 网 上 办 事 互 动 交 流",
       "索 引 号 11510000-2024-00123 分 类 通知",
       "发 布 机 构 区人民政府办公室 发 文 日 期 2024-03-05",
       "名 称 青禾区人民政府办公室关于开展春季义务植树活动的通知",
       "文 号 青政办发〔2024〕6号 发 布 日 期 2024-03-06",
       "青禾区人民政府办公室关于开展春季义务植树活动的通知",
       "信息来源: 区人民政府办公室"]


def test_a_disclosure_box_with_letter_spaced_labels_is_never_the_title():
    # Before: the index row (it ends on the box's 分类 value, 通知) was taken as the title; with no
    # box, the letter-spaced menu.
    for head in (BOX, BOX[:1] + BOX[2:]):
        doc, report = clean("\n".join([*head, *NOTICE]))
        assert report.title == "青禾区人民政府办公室关于开展春季义务植树活动的通知"
        assert _squeezed(texts(doc))[-len(NOTICE):] == _squeezed(NOTICE)


def test_a_letter_spaced_title_stays_the_title():
    # A document's own letter-spaced title ("通 知", "会 议 纪 要") opens on no box label nor the home page.
    for title in ("通 知", "会 议 纪 要"):
        doc, report = clean("\n".join([title, *NOTICE]))
        assert "".join(report.title.split()) == "".join(title.split()), title
        assert _squeezed(texts(doc)) == _squeezed(NOTICE), title
