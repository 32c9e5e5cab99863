"""Chrome lines told by their form on sites no rule was written for (issue 18, sixth round):
an article site's byline, journal issue and posting time above the text, a site's buttons,
a casino brand stamped into a hacked page. Each test also keeps a document line of a nearby
shape. Fixtures are written for the project in the forms the real pages take."""

from __future__ import annotations

import panflute as pf

from helpers import clean, texts
from helpers import removed_by as removed

BODY = [f"第{n}部分：我们扎实推进各项工作，群众满意度稳步提高。" for n in range(1, 9)]


def page(*, head=(), tail=(), title="社区治理的实践路径与经验启示"):
    return "\n".join([title, *head, *BODY, *tail])


# --- an article site's head: journal issue, byline, posting time ---------------------------

def test_journal_issue_byline_and_timestamp_above_an_article_go():
    head = ["2023-11-20 09:41王晓雯", "城市管理研究 2023年第6期", "王 晓雯"]
    doc, report = clean(page(head=head))
    assert texts(doc) == BODY
    assert removed(report, "meta-lines.timestamp-line") == ["2023-11-20 09:41王晓雯"]
    assert removed(report, "meta-lines.journal-issue") == ["城市管理研究 2023年第6期"]
    assert removed(report, "meta-lines.byline-names") == ["王 晓雯"]


def test_several_authors_on_one_line_among_the_page_facts_go():
    head = ["2023-11-20 09:41", "李明华、赵静、欧阳晨光", "城市管理研究 2023年第6期"]
    doc, report = clean(page(head=head))
    assert texts(doc) == BODY
    assert removed(report, "meta-lines.byline-names") == ["李明华、赵静、欧阳晨光"]


def test_bare_names_under_the_title_are_the_documents_own_byline():
    # Nothing of the page's around them: the author's name over the affiliation, a pupil's
    # name over the class's, stay as written.
    # (typography drops the blank between two CJK characters)
    for head, names in ((["黄 某斌", "(某某财经大学 马克思主义学院,西安 710000)"], "黄某斌"),
                        (["郑某辰", "某某市第一中学 三年七班"], "郑某辰"),
                        (["李明华、赵静、欧阳晨光"], "李明华、赵静、欧阳晨光")):
        doc, report = clean(page(head=head))
        assert texts(doc)[0] == names, head
        assert not removed(report, "meta-lines.byline-names")


def test_bare_names_under_the_title_printed_again_stay():
    # The page's title, then the document's own title line (dropped as a repeat), then its
    # byline: the repeat is the document's title, not the page's chrome.
    doc, report = clean(page(head=["社区治理的实践路径与经验启示", "李某华"]))
    assert texts(doc)[0] == "李某华"
    assert removed(report, "title.repeated-title") == ["社区治理的实践路径与经验启示"]
    assert not removed(report, "meta-lines.byline-names")


def test_bare_names_right_above_the_page_facts_go():
    head = ["王某东", "城市管理研究 2023年第6期"]
    doc, report = clean(page(head=head))
    assert texts(doc) == BODY
    assert removed(report, "meta-lines.byline-names") == ["王某东"]


def test_a_salutation_or_a_short_heading_is_no_byline():
    # A speech's salutation lists people too, but none of its words opens with a surname; a
    # heading of two characters ("前言"), or a word opening with a surname's character ("范文",
    # "方案"), is no name either.
    head = ["各位领导、同事们", "前言", "范文", "方案"]
    doc, report = clean(page(head=head))
    assert texts(doc)[:4] == head
    assert not removed(report, "meta-lines.byline-names")


def test_a_timestamp_with_a_column_name_or_a_view_count_goes():
    head = ["原|2024-02-03 16:05:12|浏览:135", "经验分享2021-07-08 08:30:00小周老师"]
    doc, report = clean(page(head=head))
    assert texts(doc) == BODY
    assert removed(report, "meta-lines.timestamp-line") == head


def test_a_document_time_written_in_words_stays():
    # A notice's own time ("上午10:00" after a date in words) is the document's, not the page's.
    line = "2023年12月18日上午10:00"
    doc, report = clean(page(head=[line]))
    assert line in texts(doc)
    assert not removed(report, "meta-lines.timestamp-line")


def test_a_year_and_issue_inside_a_sentence_stays():
    line = "本文刊于《城市管理研究》2023年第6期，引用时请注明。"
    doc, _ = clean(page(head=[line]))
    assert line in texts(doc)


# --- a site's buttons ------------------------------------------------------------------------

def test_home_page_bookmark_and_top_buttons_go():
    head = ["English 进入旧版 设为首页 加入收藏", "TOP"]
    doc, report = clean(page(head=head, tail=["回到顶部"]))
    assert texts(doc) == BODY
    assert removed(report, "meta-lines.site-buttons") == [*head, "回到顶部"]


def test_a_contact_us_heading_alone_stays():
    # "联系我们" alone is a company document's heading as often as a button: no button word beside it.
    doc, report = clean(page(tail=["联系我们", "地址：某某市某某路1号。"]))
    assert texts(doc)[-2:] == ["联系我们", "地址：某某市某某路1号。"]
    assert not removed(report, "meta-lines.site-buttons")


# --- casino brands stamped into a hacked page ------------------------------------------------

def test_a_casino_brand_in_place_of_a_unit_name_is_cut_and_the_sentence_kept():
    lines = ["3月5日，888bet365官方网站登录入口组织员赵某给学员讲授党课。",
             "中共万博体育app委员会", "88xy金沙老品牌召开了新一期培训。"]
    doc, report = clean(page(head=lines))
    assert texts(doc)[:3] == ["3月5日，组织员赵某给学员讲授党课。", "中共委员会", "召开了新一期培训。"]
    assert removed(report, "injected.gambling-brand") == ["888bet365官方网站登录入口", "万博体育app",
                                                          "88xy金沙老品牌"]


def test_a_sports_sentence_naming_a_stadium_stays():
    line = "全年举办体育活动365场，群众参与热情高涨。"
    doc, report = clean(page(head=[line]))
    assert line in texts(doc)
    assert not removed(report, "injected.gambling-brand")


# --- a 文库 page's keywords, one word a line, above the title ---------------------------------

def test_a_run_of_title_words_above_the_title_goes_and_the_title_stays():
    # A 文库 page's notice box (two document-site markers: an upload note, a download prompt), the
    # title's words one a line, then the title.
    notice = ["温馨提示:", "1. 本文档由用户上传，版权归属上传用户。", "2. 下载文档时如遇问题请联系客服处理。",
              "网站客服:4008001234"]
    words = ["年度", "工作", "总结", "样板"]
    doc, report = clean("\n".join([*notice, *words, "年度工作总结样板（通用）", *BODY]))
    assert texts(doc) == ["年度工作总结样板（通用）", *BODY]
    assert removed(report, "document-site.title-keywords") == words


def test_a_keyword_run_matches_its_example():
    from reportfmt.passes.boilerplate import keyword_run
    *words, title = keyword_run.EXAMPLE
    assert keyword_run._is_keyword_run(words, title)


def test_short_lines_that_are_not_all_in_the_next_line_stay():
    # A heading over short list items: the items are not the next line's words.
    lines = ["主要任务", "宣传", "培训", "督查", "做好宣传工作"]
    doc, report = clean(page(head=lines))
    assert texts(doc)[:5] == lines
    assert not removed(report, "document-site.title-keywords")


def test_a_title_written_one_character_a_line_stays():
    lines = ["应", "急", "预", "案", "应急预案"]
    doc, report = clean(page(head=lines))
    assert texts(doc)[:5] == lines
    assert not removed(report, "document-site.title-keywords")


def test_two_site_buttons_together_go_and_one_weak_button_alone_stays():
    doc, report = clean(page(head=["繁體中文 | 无障碍"], tail=["网站地图 | 联系我们"]))
    assert texts(doc) == BODY
    assert removed(report, "meta-lines.site-buttons") == ["繁體中文 | 无障碍", "网站地图 | 联系我们"]


def test_a_timestamp_with_slashes_or_dots_goes():
    head = ["2024/02/03 16:05 编辑部", "经验交流 2024.02.03 16:05:12"]
    doc, report = clean(page(head=head))
    assert texts(doc) == BODY
    assert removed(report, "meta-lines.timestamp-line") == head


# --- bylines and buttons in other forms; a site's foot -------------------------------------

def test_reporter_lines_a_bracketed_author_label_and_a_name_with_a_date_go():
    lines = {"通讯员：赵某某": "meta-lines.source-author-line", "【作者】钱某": "meta-lines.source-author-line",
             "孙某某 2023-05-06": "meta-lines.name-and-date", "editor01 · 2023年5月6日": "meta-lines.name-and-date"}
    for line, rule in lines.items():
        doc, report = clean(page(head=[line]))
        assert texts(doc) == BODY, line
        assert removed(report, rule) == [line]


def test_qr_code_prompt_home_link_and_print_button_go():
    lines = {"扫一扫在手机打开当前页": "meta-lines.page-button", "回到首页": "meta-lines.page-button",
             "【打印此页】": "meta-lines.publisher-line"}
    for line, rule in lines.items():
        doc, report = clean(page(head=[line]))
        assert texts(doc) == BODY, line
        assert removed(report, rule) == [line]


def test_site_builder_and_follow_us_lines_at_the_foot_go():
    tail = ["看某某新闻，关注某某新闻网微信", "关注我们", "技术支持：某某网络科技有限公司"]
    doc, report = clean(page(tail=tail))
    assert texts(doc) == BODY
    assert removed(report, "footer.follow-us") == tail[:2]
    assert removed(report, "footer.site-builder") == tail[2:]


def test_a_notice_asking_readers_to_follow_an_account_and_an_event_organiser_stay():
    tail = ["请各单位组织干部职工关注学校微信公众号。", "主办单位：某某区文明办"]
    doc, report = clean(page(tail=tail))
    assert texts(doc)[-2:] == tail
    assert not removed(report, "footer.follow-us") and not removed(report, "footer.site-builder")


# --- a 文库 page's info box in other forms (only where the page shows two document-site markers) --

DOCUMENT_SITE = ["文档编号:5521890", "大小:25KB"]


def test_document_site_counts_prices_and_viewer_buttons_go_under_the_profile():
    bare = ["12页", "4.5分", "5积分", "¥5.00", "12人已下载", "上传于2024-03-09", "在线预览", "手机阅读",
            "评分：4.5", "文档热度："]
    doc, report = clean(page(head=[*DOCUMENT_SITE, *bare]))
    assert texts(doc) == BODY
    assert removed(report, "document-site.file-fact-bare") + removed(report, "document-site.file-field") == bare
    # Without the markers the same short lines may be the document's own: they stay.
    doc, _ = clean(page(head=["12页", "4.5分"]))
    assert texts(doc)[:2] == ["12页", "4.5分"]


def test_document_site_download_prompts_and_lists_at_the_foot_go():
    tail = ["本文仅展示部分内容，全文请下载", "若缺少字体，请下载字体后再打开", "相关文档", "其他用户上传的某某总结"]
    doc, report = clean(page(head=DOCUMENT_SITE, tail=tail))
    assert texts(doc) == BODY
    assert removed(report, "paywall.preview-note") == tail[:1]
    assert removed(report, "document-site.download-this") == tail[1:2]
    assert removed(report, "recommendations.recommended-reading")[0] == "相关文档"


# --- a short chrome line printed again at the top --------------------------------------------

def test_a_chrome_line_printed_again_at_the_top_goes_under_its_family():
    from reportfmt.passes.boilerplate import echoes
    (first, rule), copy = echoes.EXAMPLE
    assert echoes.chrome_keys([(first, rule)]) == {echoes.key(copy): "meta-lines"}
    # The foot's "关注我们" goes by a tail rule; its copy at the top, as a button in brackets, by
    # the echo (a dash or a bullet in front every rule folds: line_form.py, and the rule takes it).
    doc, report = clean(page(head=["【关注我们】"], tail=["关注我们"]))
    assert texts(doc) == BODY
    assert removed(report, "footer.follow-us") == ["关注我们"]
    assert removed(report, "footer.repeated-chrome") == ["【关注我们】"]


def test_no_echo_of_the_title_nor_of_a_dom_removal_nor_below_the_head():
    import panflute as pf

    from reportfmt.passes.boilerplate import echoes
    assert echoes.chrome_keys([("学习心得", "metadata.title"), ("工作动态", "extract.link-dense")]) == {}
    long_line = "我们扎实推进各项工作，群众满意度稳步提高。" * 20
    blocks = list(enumerate([pf.Para(pf.Str(long_line)), pf.Para(pf.Str("关注我们"))]))
    kept, gone = echoes.drop_echoes(blocks, [("关注我们", "footer.follow-us")])
    assert kept == blocks and gone == []


def test_bylines_and_issue_lines_in_their_other_written_forms_go():
    lines = {"◎王某某": "meta-lines.byline-credit", "张小明/文": "meta-lines.byline-credit",
             "李华 整理": "meta-lines.byline-credit", "2023年第6期 城市管理研究": "meta-lines.journal-issue",
             "《城市管理》2023年第6期(总第345期)": "meta-lines.journal-issue",
             "2022-02-05周某真": "meta-lines.name-and-date"}
    for line, rule in lines.items():
        doc, report = clean(page(head=[line]))
        assert texts(doc) == BODY, line
        assert removed(report, rule) == [line]


def test_a_picture_whose_alt_text_reads_like_a_removed_line_is_no_echo():
    import panflute as pf

    from reportfmt.passes.boilerplate import echoes
    picture = pf.Para(pf.Image(pf.Str("关注我们"), url="a.png"))
    blocks = [(0, picture)]
    kept, gone = echoes.drop_echoes(blocks, [("关注我们", "footer.follow-us")],
                                    spare=lambda block: isinstance(block.content[0], pf.Image))
    assert kept == blocks and gone == []


def test_a_law_saying_when_it_takes_effect_keeps_its_head():
    # "施" opens a surname too, but "2024年3月1日 施行" is the law's own line, no byline; taking
    # it for one once made the enactment line the law's title (make eval-headings, laws).
    law = ["某某市物业管理条例", "2023年12月20日 某某市人民代表大会常务委员会通过", "2024年3月1日 施行",
           "第一条 为了规范物业管理活动，维护业主和物业服务人的合法权益，制定本条例。",
           "第二条 本市行政区域内的物业管理活动，适用本条例。"]
    doc, report = clean("\n".join(law))
    assert removed(report, "meta-lines.name-and-date") == []
    # The two lines are the law's promulgation note: the title block's subtitle (title_notes.py).
    subtitle = [pf.stringify(i) for i in doc.metadata["subtitle"].content if isinstance(i, pf.Str)]
    assert [line.replace(" ", "") for line in subtitle] == [line.replace(" ", "") for line in law[1:3]]
    assert texts(doc)[0].startswith("第一条")
    assert doc.get_metadata("title") == "某某市物业管理条例"
