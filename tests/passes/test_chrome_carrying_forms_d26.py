"""Document-site, paywall, lead-in and recommendation lines by form (issue 18, round 26, d26),
written from the forms a survey of 文库/范文/公文 sites beyond the dev set showed: a box label naming
other readers and what they read, the site offering counted pieces to its reader, a closing
sentence about "this article" said to the reader, the host's disclaimer, a dashed slogan, a
toolbar row, a file's badge, rating and buttons, a preview's bounds. Each with a line of the
same shape that stays. Fixtures are written for the project, words made up."""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "2024年社区志愿服务工作总结"
BODY = ["今年以来，社区志愿服务队围绕居民需求，组织开展各类服务活动四十余次，参与人数超过六百人次。",
        "一、主要做法",
        "一是建立服务台账，逐户了解老人和困难家庭的需要；二是固定每周六为服务日，方便居民预约。",
        "二、下一步打算",
        "明年将继续扩大队伍，把助老、助学和环境整治三项服务做细做实。"]
# Two markers of a document-sharing site above the text: the document-site profile is on.
DOC_SITE = ["上传人：小林 文档编号：80215 上传时间：2024-12-02", "资源描述"]


def page(head=(), tail=()):
    return clean("\n".join([TITLE, *head, *BODY, *tail]))


@pytest.mark.parametrize(("label", "rule"), [
    ("大家还在看", "recommendations.readers-also-box"),
    ("看了本文的人还看了", "recommendations.readers-also-box"),
    ("你可能还喜欢", "recommendations.readers-also-box"),
])
def test_box_label_takes_the_titles_under_it(label, rule):
    titles = ["- 社区老年食堂运营情况总结", "- 街道文明创建工作汇报", "- 小区物业服务整改报告"]
    doc, report = page(tail=[label, *titles])
    assert removed(report, rule)[0] == label
    assert not any(line in texts(doc) for line in [label, *titles])
    assert texts(doc)[-1] == BODY[-1]


@pytest.mark.parametrize("line", ["相关要求", "其他事项", "最新进展", "大家都要参加", "大家关注的问题"])
def test_a_documents_own_closing_part_stays(line):
    doc, _report = page(tail=[line, "请各小组于周五前报送活动照片和签到表。"])
    assert line in texts(doc)


@pytest.mark.parametrize("line", [
    "这里收录了三篇工作总结，不妨瞧瞧。",
    "本站为你搜罗了几篇优秀范文，一起来读读吧。",
    "接下来请欣赏这篇优秀的读后感。",
    "我们搜集整理了一批入党申请书，供有需要的朋友借鉴。",
])
def test_pieces_offered_to_the_reader_go(line):
    doc, report = page(head=["总结是对一段时间工作的回顾。" + line])
    assert removed(report, "lead-in.pieces-offered")
    assert texts(doc)[0] == BODY[0]


@pytest.mark.parametrize("line", [
    "以下是我的述职报告，请审议。",
    "会前已经印发了两篇典型材料，请大家认真学习。",
    "今天我们学习两篇课文，请同学们认真阅读。",
    "每人撰写一篇心得体会，请大家于月底前交到办公室。",
    "这篇报告分为三个部分，请各位委员审议。",
])
def test_a_documents_own_opening_stays(line):
    doc, _report = page(head=[line])
    assert line in texts(doc)


@pytest.mark.parametrize(("line", "rule"), [
    ("如果觉得这篇文章对你有帮助，欢迎转发给更多的朋友。", "lead-in.article-to-reader"),
    ("看完本文，你是不是对调研报告有了更深的理解呢？", "lead-in.article-to-reader"),
    ("更多精彩范文，尽在某某网。", "lead-in.more-at-the-site"),
])
def test_closing_words_to_the_reader_go(line, rule):
    doc, report = page(tail=[line])
    assert removed(report, rule)
    assert line not in texts(doc)
    assert texts(doc)[-1] == BODY[-1]


@pytest.mark.parametrize("line", [
    "读了这篇文章，我深受启发，决心以他为榜样。",
    "现将本文转发给你们，请认真贯彻执行。",
    "请各单位将本文转发至所属部门，并抓好落实。",
    "更多工作有待我们去开展。",
])
def test_a_documents_own_close_stays(line):
    doc, _report = page(tail=[line])
    assert line in texts(doc)


@pytest.mark.parametrize(("line", "rule"), [
    ("-----------各类实用好文档，值得收藏下载，方案总结应有尽有-----------", "document-site.dashed-banner"),
    ("本站只提供存储空间，不对内容负责", "document-site.host-disclaimer"),
    ("此文档下载收益归作者所有", "document-site.host-disclaimer"),
    ("亲，这份资料共12页，当前已超出免费预览的范围，喜欢的话请下载吧！", "paywall.preview-bounds"),
])
def test_site_lines_go_anywhere(line, rule):
    doc, report = page(tail=[line])
    assert removed(report, rule) == [line]
    assert texts(doc)[-1] == BODY[-1]


@pytest.mark.parametrize(("line", "rule"), [
    ("PDF文档 5页", "document-site.file-badge"),
    ("返回 下载 收藏 打印", "document-site.button-run"),
    ("全文共5页", "document-site.file-badge"),
    ("4.8分（125人评价）", "document-site.rating"),
    ("举报此文档", "document-site.file-button"),
    ("文档贡献者", "document-site.file-button"),
    ("下载提示：如果您下载后无法打开，请更换浏览器。", "document-site.download-notice-text"),
])
def test_a_document_sites_weaker_forms_go(line, rule):
    doc, report = page(head=[*DOC_SITE, line])
    assert removed(report, rule) == [line]
    assert texts(doc)[0] == BODY[0]


@pytest.mark.parametrize("line", [
    "----------附件----------",
    "本合同项下作品的著作权归甲方所有。",
    "本系统中的文档仅支持在线预览，如需下载请联系管理员。",
    "学习 讨论 交流",
    "全文共分五章三十条。",
    "请下载此文档后认真填写。",
])
def test_lines_of_the_same_shape_stay(line):
    doc, _report = page(tail=[line])
    # (blanks between Chinese words are closed up by the typography pass)
    assert line.replace(" ", "") in [text.replace(" ", "") for text in texts(doc)]


def test_genre_talk_one_sentence_a_line_above_the_lead_in_goes():
    talk = ["巡查工作关系到每一户居民的安全，年底都要认真回顾。", "那么社区巡查工作总结怎么写呢？"]
    lead = "以下是小编为大家精心准备的社区巡查工作总结，欢迎大家参考阅读。"
    doc, report = page(head=[*talk, lead])
    assert removed(report, "lead-in.talk-above-lead-in") == talk
    assert texts(doc)[0] == BODY[0]


def test_the_texts_own_lines_above_a_lead_in_stay():
    # Only when every kept line above is a finished sentence, one of them asking how to write
    # the genre, and a few of them at most: a sample's title (no sentence's end) or a page of
    # text above means the text has begun.
    from panflute import Para, Str

    from reportfmt.passes.boilerplate.preamble import talk_above

    def lines(*texts):
        return [(at, Para(Str(text))) for at, text in enumerate(texts)]

    assert talk_above(lines("巡查工作关系到每一户居民。", "那么总结怎么写呢？"), 5, frozenset()) == 2
    assert talk_above(lines("社区巡查工作总结", "那么总结怎么写呢？"), 5, frozenset()) == 0
    assert talk_above(lines(*["今年完成了一项任务。"] * 4, "那么总结怎么写呢？"), 9, frozenset()) == 0
    # Without the site's question on how to write the genre, a finished sentence may be the author's.
    assert talk_above(lines("我们社区今年的工作重点放在环境整治上。"), 5, frozenset()) == 0


def test_genre_talk_above_a_lead_in_goes_under_a_contents_list_of_samples():
    # The samples' contents list above makes the page look as if a sample had begun: the
    # paragraph's question on how to write the genre marks its sentences as the site's.
    contents = ["目录", "篇一：社区巡查工作总结", "篇二：街道巡查工作总结"]
    intro = ("巡查工作关系到每一户居民的安全。那么社区巡查工作总结怎么写呢？"
             "以下是小编为大家精心准备的社区巡查工作总结，欢迎大家参考阅读。")
    doc, _report = page(head=[*contents, intro, "篇一：社区巡查工作总结"])
    assert not any("怎么写呢" in text for text in texts(doc))
    assert BODY[0] in texts(doc)


@pytest.mark.parametrize(("line", "rule"), [
    ("述职报告的写法并不难。本站每日更新各类范文，关注本站获取更多。", "lead-in.site-asks-to-follow"),
    ("摘要：本文用几组对照把两种文书的写法讲清楚，方便初学者下笔。", "lead-in.labelled-article-summary"),
    ("编辑推荐：这是一篇结构清晰的述职报告，值得一读。", "lead-in.editor-label"),
])
def test_the_page_introducing_itself_goes(line, rule):
    doc, report = page(head=[line])
    assert removed(report, rule) == [line]
    assert texts(doc)[0] == BODY[0]


@pytest.mark.parametrize("line", [
    # An article's own intro speaks to its reader too: it is the text.
    "植树节是每年三月十二日。本文将为您介绍植树节的由来和常见的活动方式。",
    # A paper's abstract speaks of itself to no one.
    "摘要：本文通过对三个社区的走访，分析了居家养老服务的现状与问题。",
    "编者按：本期简报刊登各街道的经验做法。",
])
def test_an_articles_own_opening_stays(line):
    doc, _report = page(head=[line])
    assert line in texts(doc)


@pytest.mark.parametrize("line", ["展开剩余80%", "查看全部23页"])
def test_the_expand_button_with_its_amount_goes(line):
    doc, report = page(tail=[line])
    assert removed(report, "paywall.expand-button") == [line]
    assert texts(doc)[-1] == BODY[-1]


def test_a_news_desks_key_points_label_takes_its_paragraph():
    line = "核心提示：社区志愿服务队今年新增队员八十人，服务时长创新高。"
    doc, report = page(head=[line])
    assert removed(report, "lead-in.guide") == [line]
    assert texts(doc)[0] == BODY[0]
