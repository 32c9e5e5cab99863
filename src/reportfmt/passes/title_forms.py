"""The forms a page's title line takes on template, 文库 and 公文 sites, and the short lines
near the top that are never a title (used by the metadata pass).

A title is proven by its position (title_line.take_title_line) and by its form, here: what the
site wraps around it (a selling tag "【精品】", a bullet, a trailing "|" or "--", the 文库's
"类型" field glued to a file name, a 发文字号 before the 《》 name), the question a guide page
is titled with ("计划该如何写?"), and the lines a title search looks past because no page is
ever titled so (account controls "登陆注册", a breadcrumb, a document's size or page count,
a site's banner "某某网-口号", an ID).
"""

from __future__ import annotations

import re
import unicodedata

from .patterns import CJK, DATE_ONLY_LINE
from .regex_cache import LazyPattern
from .script import fold_script, fold_script_with_offsets, written_offset
from .title_core import names_institution, without_keyword_repeat
from .width import FULLWIDTH_ASCII

# "【精品】学校工作计划范文汇编8篇", "[優]校園安全管理制度最新": a tag the site puts before the
# title to sell it, not its name. (The tag may carry its reading in brackets: "優(yōu)".)
_SELLING_TAG = LazyPattern(
    r"^\s*[【\[](?:精品|精选|精選|推荐|推薦|原创|原創|最新|热门|熱門|置顶|置頂|荐|薦|优|優|优秀|優秀|热|熱|新|VIP|免费|免費)"
    r"(?:\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\))?[】\]]\s*(?=\S)"
    # "【2019.04】城市社区治理…": a journal's issue before an article's title.
    r"|^\s*【(?:19|20)\d{2}[.\-/年]\d{1,2}月?】\s*(?=\S)")
# "(精選)垃圾分類倡議書", "【必備】…彙編9篇", "【初中部】高考臨行前的祝愿…": a word or two in
# brackets before a title many times its length is the site's decoration (a selling word, the
# column or section it files the page under), whatever the word: the title is what follows.
_SHORT_TAG = LazyPattern(rf"^\s*[【\[(（]\s*([{CJK}]{{1,4}})\s*[】\])）]\s*(?=\S)")
_NUMERALS = LazyPattern(r"^[一二三四五六七八九十百零〇两壹贰叁肆伍陆柒捌玖拾]+$")
SHORT_TAG_MIN_RATIO = 3
SHORT_TAG_MIN_TITLE = 6
# "【前言】以下是…", "【导读】…": the bracket names a part of the text, not the page; so does a
# script's "开头语" (a broadcast's or a host's opening words) alone over its first lines.
_PART_NAME = LazyPattern(
    r"^(?:前言|导语|導語|导读|導讀|摘要|引言|简介|簡介|提纲|提綱|说明|說明|内容|內容|正文|按语|編者按|编者按"
    r"|开头语|開頭語|开场白|開場白)$")
# "• 标题", "· 标题", "| 标题", ">> 标题": a list bullet or a bar the page's markup left before
# the title (or before a chrome line: undecorated).
_LEADING_BULLET = LazyPattern(r"^\s*(?:[•·●▪◆■|｜»]|>{1,2}(?!>))\s*")
# "# 学校安全工作总结": a markdown page's title printed with its mark (the page's "## " headings are
# headings/markdown.py's); one blank at least after the marks, a tag "#话题#" has none.
_MARKDOWN_MARKS = LazyPattern(r"^#{1,6}[ \t\u3000]+(?=[^#\s])")
# "- 关于开展某某工作的通知": a list item's mark (a hyphen, then a blank) a page scraped as markdown
# prints before a title standing in a list's item; the title is what follows it. A hyphen glued to
# the words ("-某某") is no such mark and stays.
_LIST_ITEM_MARK = LazyPattern(r"^\s*[-－–][ \t\u3000]+(?=[^\s\-－–])")
# "标题 |", "标题--": a separator whose other side (the site's name) was cut away.
_TRAILING_SEPARATOR = LazyPattern(r"\s*(?:[|｜]+|-{2,}|—{2,}|_{1,})\s*$")
_FILE_NAME = LazyPattern(r"\.(?:docx?|pdf|pptx?|xlsx?|txt|wps)\s*$", re.I)
# "类型绩效管理细则(通用10篇).docx": a 文库's "类型" (kind) field glued to the file's name.
_KIND_FIELD = LazyPattern(r"^类型(?=\S)")
# "宁政办发〔2018〕47号《南京市…实施意见》": a 发文字号 before the document's name in 《》.
_NUMBERED_NAME = LazyPattern(
    r"^\s*\S{1,12}?[〔\[【(（]\s*(?:19|20)\d{2}\s*[〕\]】)）]\s*\d{1,4}\s*[号號]\s*《([^《》]{4,})》\s*$")
_WHOLLY_BRACKETED = LazyPattern(r"^\s*【([^【】]{2,60})】\s*$")
# "[县长在县委书记]县长在…会议上的讲话": a search's words the site put in square brackets before a
# title at least twice as long (a selling tag in them is _SELLING_TAG's).
_SEARCH_TAG = LazyPattern(rf"^\s*\[([{CJK}]{{2,12}})\]\s*(?=[{CJK}])")
# "读书心得与读后感:辨析与融合116": the site's number for the page glued to the title's last word
# (three digits or more, not a year: "…远景目标2035" keeps its year).
_ID_SUFFIX = LazyPattern(rf"(?<=[{CJK}])(?!(?:19|20)\d{{2}}$)\d{{3,}}\s*$")
# "某某工作总结6篇(全文完整)", "某某總結2篇[必備]", "某某责任书 『范文1』": the site's selling tag in
# brackets after the title (the counterpart of _SHORT_TAG before it): that the text is whole, that
# it is a must-have, which sample this is. Seen on three 范文 hosts (a 党建 总结 page, a mirrored 总结
# page, a 责任书 download page). A count of samples ("(通用5篇)") is the page's own and kept, and so
# are a part of the title ("(试行)", "(摘要)") and a bare selling word ("(精选)": labellers keep it).
_TRAILING_SELLING_TAG = LazyPattern(
    r"(?<=\S)\s*[(\[【『「]\s*(?:全文完整|完整版|必备|必備|(?:范文|範文|范例|範例)\s*\d{1,2})\s*[)\]】』」]"
    r"(?=\s*(?:\.(?:docx?|pdf|pptx?|txt|wps))?\s*$)", re.I)
TRAILING_TAG_MIN_TITLE = 6

# Words that open a clause of the text, never a document's name ("根据…", "按照…", "为了…").
_CLAUSE_OPENER = (r"(?:根据|根據|按照|依据|依據|遵照|为了|為了|随着|隨著|通过|通過|经过|經過"
                  r"|近日|今年|本人|我们|我們|我)")
# A text's opening sentence glued after the name runs this long at least (a headline's second
# phrase after a blank, "某某活动 圆满落幕", is shorter and has no comma).
GLUED_SENTENCE_MIN_CHARS = 20

# A document's name ends in its genre: "…计划书", "…实施方案", "关于…的通知". (Taiwan writes a
# plan 計畫, "…校務發展計畫", "…年度施政計畫": the same genre word; round 54, three own-tune sites.)
DOCUMENT_NAME = LazyPattern(
    r"(?:[书書稿]|方案|制度|总结|總結|报告|報告|计划|計劃|計畫|计画|规划|規劃|心得|体会|體會|致辞|致辭|汇报|匯報|讲话|講話|"
    r"发言|發言|通知|通报|通報|公告|通告|意见|意見|办法|辦法|规定|規定|细则|細則|决定|決定|纪要|紀要|预案|預案|要点|要點|"
    r"论文|論文|主持词|主持詞|合同|协议|協議|教案|简历|簡歷|"
    # a letter named by its kind or its addressee ("介绍信", "感谢信", "致全体村民的一封信"), not a
    # word ending in 信 (诚信, 自信, 微信, 短信, 通信, 征信, 电信, 相信, 书信 as a topic)
    r"(?<=[\u4e00-\u9fff])(?<![诚誠自微短通征徵电電相确確迷威守失书書来來音])信|"
    # a note named by its kind ("请假条", "借条", "收条", "便条"), not a count ("第十条", "新规20条")
    r"(?<=[\u4e00-\u9fff])(?<![第一二三四五六七八九十百千两几])条)$")

# "员工出勤管理办法第一条本公司…", "倡议书 亲爱的全县青少年朋友们:…": the document's name run into
# its first article or its salutation (the scrape lost the break after the title). The name is
# whole (no punctuation, ending in its genre word), the rest opens the text.
_GLUED_TITLE = LazyPattern(
    # A clause opening the text may end in a genre word ("根据公司年度计划 现将…"): no name opens so.
    rf"^\s*(?!{_CLAUSE_OPENER})([{CJK}A-Za-z0-9“”《》]{{2,40}}?)"
    rf"(?=\s*第[一1]\s*[条條章]|\s+(?:亲爱的|親愛的|尊敬的|各位|全体|全體)[^:：。，,;；]{{1,24}}[:：]"
    # "…应急预案工程名称:某某花园…": the form's first field ("工程名称", "编制单位")
    rf"|\s*[{CJK}]{{2}}(?:名称|名稱|地点|地點|单位|單位)\s*[:：]"
    # "…协议书 转租方(甲方):…": a contract's first party
    rf"|\s+(?:[{CJK}]{{1,4}}\s*[(（]\s*)?[甲乙]方\s*[)）]?\s*[:：]"
    # "…实施方案 为促进邻里往来，…": a blank, then the text's opening sentence (a clause of a few
    # words up to its comma, and a sentence's length in all); no blank inside the clause.
    rf"|\s+(?=[{CJK}“][^\s，,。：:；;]{{1,20}}[，,])(?=\S.{{{GLUED_SENTENCE_MIN_CHARS - 1}}}))")
# "消防安全知识培训和应急疏散演练 11月24日上午，…": a news title, a blank, the report's dated lead.
# ("中国教育在线讯 11月22日，…", "某某客户端消息 3月14日上午，…": a news service's dateline before its
# lead, ending in 讯, 消息 or 报道, no title: 9 own-tune news sites open their report so.)
_TITLE_OVER_DATED_LEAD = LazyPattern(
    rf"^\s*([{CJK}A-Za-z0-9“”《》]{{6,40}})(?<![讯訊])(?<!消息)(?<!报道)(?<!报导)\s+"
    r"(?=(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日[^，,。]{0,6}[，,].{10,})")
# What a template site sells a document with, after its genre word: "…主持词范文", "…制度模板",
# "…方案(精选5篇)". The name still ends in its genre once they go.
_SELLING_AFFIX = LazyPattern(
    r"(?:\s*[(（【\[]\s*(?:通用|精选|精選|优选|推荐|推薦|热门|最新|汇总|合集|共)?\s*\d{1,3}\s*篇\s*[)）】\]]"
    r"|范文|範文|范例|範例|范本|範本|模板|模版|大全|精选|精選|汇总|匯總|合集|通用|优秀|優秀|完整版|\d{1,3}篇)+\s*$")


# "会议纪要-2", "…策划书( 三 )", "…心得(3)": which part of a series the page is, after the genre word.
_PART_NUMBER = LazyPattern(r"\s*(?:[-–—]\s*\d{1,2}|[(（]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*[)）])\s*$")


def sold(name: str) -> bool:
    """The name ends in what a template site sells it with ("…范文", "…(精选5篇)", "…大全")."""
    return bool(_SELLING_AFFIX.search(name))


# "…(精选9篇)", "…【推荐5篇】", "…15篇": the count of samples a template page holds, which closes its
# title. The line under such a title is the first sample's own (its name, "工作制度", or its marker),
# never the rest of the title: a page titled with a search phrase that names no genre
# ("某某市人民政府网(精选9篇)" over "工作制度", round 54) had the first sample's name joined to its title.
_COUNT_END = LazyPattern(
    r"(?:[(（【\[]\s*(?:通用|精选|精選|优选|推荐|推薦|热门|熱門|实用|實用|最新|汇总|合集|共)?\s*\d{1,3}\s*篇\s*[)）】\]]"
    r"|\d{1,3}\s*篇)\s*$")


def ends_in_count(title: str) -> bool:
    """The title ends in the count of samples the page holds ("…(精选9篇)", "…15篇")."""
    return bool(_COUNT_END.search(fold_script(title)))


def names_genre(name: str) -> bool:
    """The name ends in a document's genre ("…主持词"), the selling words after it aside ("…主持词范文",
    "…活动方案(5篇)"), and the part number a series of pages gives it ("会议纪要-2")."""
    name = fold_script(name)  # (a converted page's "報(bào)告": its readings dropped, simplified)
    name = _PART_NUMBER.sub("", name) or name
    return bool(DOCUMENT_NAME.search(_SELLING_AFFIX.sub("", name) or name))


# "标题:某某关于印发…的通知 | |": a government page's index table names the title in a field (a
# law site's "法规名称:" too);
# "文件名称:会议制度版本号:A0…": a controlled document's header, its next field glued on.
_TITLE_FIELD = LazyPattern(
    r"^\s*(?:标题|標題|文件名称|文件名稱|文档名称|文檔名稱|法规名称|法規名稱)\s*[:：]\s*(\S.*?)"
    r"(?P<next>(?:版本号?|版本號|文件编号|文件編號|编号|編號|批准|审核|審核|编写|編寫|生效日期|页次|頁次)\s*[:：].*)?"
    r"[\s|｜]*$")
# "字体大小:【大】 【中】 【小】", "字號:大 中 小": the page's text-size switch; a blog prints it
# small first ("字體:小 中 大", round 55).
_FONT_SIZE = LazyPattern(r"^\s*字[体體号號](?:大小)?\s*[:：]?\s*[【\[]?\s*[大小]\s*[】\]]?\s*[【\[]?\s*中")


def field_title_end(text: str) -> int | None:
    """Where a title field's value ends when the header's next field is glued after it ("文件名称:
    …制度版本号:A0…"), None otherwise: the fields after it (and any text) stay."""
    field = _TITLE_FIELD.match(text)
    return field.start("next") if field and field.group("next") else None


def title_field_value(text: str) -> str | None:
    """The value of a title field alone on its line ("文件名称:学校消防演练方案.docx", "标题:…"),
    None for any other line (or one with the header's next field glued after it)."""
    field = _TITLE_FIELD.match(text)
    return field.group(1).strip() if field and not field.group("next") else None


def glued_title_end(text: str) -> int | None:
    """Where the document's name ends when it opens the text's first line ("员工出勤管理办法第一条…",
    "倡议书 亲爱的…:", "…应急预案工程名称:…"), or a news title set off by a blank from its dated
    lead ("…疏散演练 11月24日上午，…"); None when the line opens no such name. Read in the line's
    simplified script without a converted page's readings; the offset is the written line's."""
    folded, offsets = fold_script_with_offsets(text)
    end = _glued_title_end(folded)
    return None if end is None else written_offset(end, offsets, len(text))


def _glued_title_end(text: str) -> int | None:
    glued = _GLUED_TITLE.match(text)
    if glued and names_genre(glued.group(1)):
        return glued.end(1)
    if dated := _TITLE_OVER_DATED_LEAD.match(text):
        return dated.end(1)
    return None


# A 文库 or 范文 page flattened to one line (its document's text scraped without its breaks) opens
# with the document's name, and what follows the name shows where it ends:
# - the name printed twice, glued or parted by a blank ("某某制度 某某制度 为了…", "某某要点某某要点第一条…"):
#   the site's title over the document's own, run together;
# - the count of samples the page holds, then the first sample's marker ("某某方案(5篇)(篇一)为…",
#   "某某总结【精选3篇】篇1 …"): the name with its count is the page's title, the marker the sample's.
# A page glued from page-size chunks numbers the first "1、" before it; the number stays (the
# boilerplate pass cuts the chunk numbers together, boilerplate/repeats.py).
_CHUNK_ONE = r"(?:1\s*[、.．]\s*)?"
_NAME_CHARS = rf"[{CJK}A-Za-z0-9“”《》()（）·\-]"
_DOUBLED_NAME = LazyPattern(rf"^\s*{_CHUNK_ONE}(?P<name>{_NAME_CHARS}{{4,40}}?)\s*(?P=name)\s*(?=\S)")
_FIRST_SAMPLE = r"[(（【\[]?\s*(?:篇\s*[一1]|第\s*[一1]\s*篇|范文\s*[一1]|範文\s*[一1])(?![\d一二三四五六七八九十])"
_COUNTED_NAME = LazyPattern(
    rf"^\s*{_CHUNK_ONE}(?P<name>{_NAME_CHARS}{{4,40}}?\s*[(（【\[]\s*(?:通用|精选|精選|优选|推荐|推薦|热门|最新|汇总|合集|共)?"
    rf"\s*\d{{1,3}}\s*篇\s*[)）】\]])\s*(?={_FIRST_SAMPLE})")
# A name has this many CJK characters at least: a doubled one six ("安全管理制度"; a sentence may open
# on a shorter phrase said twice, "加强学习加强学习…"), one with its count four ("工作制度(5篇)").
DOUBLED_NAME_MIN_CJK = 6
COUNTED_NAME_MIN_CJK = 4


def flattened_title(text: str) -> tuple[int, int, int] | None:
    """(start, end of the title, end of what goes) when a flattened page's line opens with its
    document's name (_DOUBLED_NAME, _COUNTED_NAME); None otherwise. What goes is the name (both
    copies of a doubled one); the chunk number before it and the text after it stay.

    A line that ends with the first sample's marker ("某某心得体会(通用12篇)篇一" alone) is no
    flattened page: it is the first sample's heading, on a page whose title line the scrape lost
    (the page shows no title); the line stays whole, a heading of the body. Read in the line's
    simplified script without a converted page's readings; the offsets are the written line's."""
    folded, offsets = fold_script_with_offsets(text)
    found = _flattened_title(folded)
    if found is None or offsets is None:
        return found
    return tuple(written_offset(at, offsets, len(text)) for at in found)  # type: ignore[return-value]


def _flattened_title(text: str) -> tuple[int, int, int] | None:
    for form, least in ((_DOUBLED_NAME, DOUBLED_NAME_MIN_CJK), (_COUNTED_NAME, COUNTED_NAME_MIN_CJK)):
        found = form.match(text)
        if found and len(re.findall(f"[{CJK}]", found.group("name"))) >= least:
            if form is _COUNTED_NAME and _MARKER_ALONE.match(text, found.end()):
                return None
            return found.start("name"), found.end("name"), found.end()
    return None


_MARKER_ALONE = LazyPattern(rf"\s*{_FIRST_SAMPLE}\s*[)）】\]]?\s*[:：]?\s*$")


# A guide page titled with its question: "计划该如何写?", "活动方案如何写?有比较详细的格式吗?".
_QUESTION_END = LazyPattern(r"[?？]\s*$")
QUESTION_TITLE_MAX_CHARS = 40

# Lines no page is titled with, looked past while the title is searched for.
# Account and page controls: "登陆注册", "加入w10", "回覆列表", "ImageVerifierCode 换一换".
_CONTROL_WORDS = LazyPattern(
    r"登[录錄陆陸]|注[册冊]|找回密[码碼]|浏览记录|瀏覽記錄|加入|回[覆复復]列表|浏览|瀏覽|换一换|換一換|收藏|分享|举报|舉報|打印|关闭|關閉|返回|"
    r"首页|首頁|上一[篇页頁]|下一[篇页頁]|下载|下載|(?:网站|網站)?客服|"
    # the site's accounts: "官方微信公众号", "官方微博"
    r"(?:官方)?(?:微信)?(?:公众号|公眾號|服务号|服務號)|(?:官方)(?:微信|微博)")
# Counted without Latin letters and digits: "ImageVerifierCode 换一换" is three characters of it.
CONTROL_LINE_MAX_CHARS = 12
# A portal's top bar (round 34 survey: government, 政务公开 and school portals): the account's
# links, the accessibility and script switches, the IPv6 badge, the search box's prompt, the
# mobile and social links, each item a control ("登录/注册 用户中心 支持IPv6 无障碍", "个人登录
# 法人登录 无障碍浏览 适老化", "请输入关键字 搜索"). A line whose every item is such a control is no
# title, however long (the control-line count above stops at 12 characters); a sentence that
# names one ("请登录系统填报") is one item that is no control, and stays a candidate.
_PORTAL_CONTROL = (
    r"(?:(?:个人|個人|法人|用户|用戶|会员|會員|免费|免費|立即|快速|统一|統一)?(?:登[录錄陆陸入]|注[册冊]|退出|注销|註銷)"
    r"|(?:用户|用戶|个人|個人|会员|會員)中心|我的(?:账号|帳號|空间|空間)?"
    r"|(?:无障碍|無障礙)(?:浏览|瀏覽|阅读|閱讀|模式|通道|版)?|长者(?:模式|版)|長者(?:模式|版)|关怀(?:模式|版)|關懷(?:模式|版)"
    r"|适老化?(?:模式|版)?|適老化?(?:模式|版)?|读屏|讀屏"
    r"|(?:本站|本网站|本網站|网站|網站)?支持\s*IPv6|IPv6"
    r"|简体(?:中文|版)?|簡體(?:中文|版)?|繁[體体](?:中文|版)?|[简簡繁]|English|EN"
    r"|(?:站内|站內|全站)?(?:搜索|搜尋|检索|檢索)|请输入(?:关键[字词]|搜索内容|檢索內容)?|請輸入(?:關鍵[字詞])?"
    r"|手机版|手機版|移动版|移動版|(?:政务|政務)?(?:微博|微信)|客户端|客戶端|APP"
    r"|网站地图|網站地圖|联系我们|聯繫我們|设为首页|設為首頁|加入收藏|智能问答|智能問答|首页|首頁)")
_PORTAL_ITEM = LazyPattern(rf"^(?:{_PORTAL_CONTROL})+$", re.I)
_PORTAL_SEPARATOR = LazyPattern(r"[\s|｜/／·•丨]+")
PORTAL_BAR_MIN_ITEMS = 2

# A government page's disclosure box (信息公开) printed as a table whose labels are justified with
# blanks between their characters ("索 引 号 1151…-00123 分 类 通知", "名 称 某某关于…的通知",
# "文 号 某政办发〔2024〕6号"): a row of the box opens on its label, its value after a blank. The
# title the 名称 field names is printed again under the box; the row is never the title.
_SPACED_DISCLOSURE_LABEL = LazyPattern(
    rf"^\s*((?:[{CJK}]\s+){{1,4}}[{CJK}])\s+(?=\S)")
_DISCLOSURE_LABELS = frozenset({
    "索引号", "分类", "主题分类", "组配分类", "信息分类", "体裁分类", "发布机构", "发文机构", "成文机构", "发文机关",
    "发文日期", "成文日期", "发布日期", "上载日期", "生成日期", "公开日期", "名称", "信息名称", "文件名称", "文号",
    "发文字号", "有效性", "生效日期", "废止日期", "关键词", "主题词", "公开方式", "公开范围"})


# The portal's menu justified like the box, each character parted by blanks, the home page first
# ("首     页 政 务 公 开 网 上 办 事"): a menu, never a title (a letter-spaced title names a
# document, "通 知", "会 议 纪 要"; none opens on the home page).
_SPACED_HOME_MENU = LazyPattern(rf"^\s*首\s+[页頁](?:\s+[{CJK}]){{2,}}\s*$")


def disclosure_row(text: str) -> bool:
    """A row of a disclosure box with letter-spaced labels, opening on one of the box's labels."""
    label = _SPACED_DISCLOSURE_LABEL.match(fold_script(text))
    return label is not None and "".join(label.group(1).split()) in _DISCLOSURE_LABELS


def portal_bar(text: str) -> bool:
    """A portal's top bar: two or more items, each made of the portal's controls only; or the
    portal's own name ("某某区人民政府", "某某网") and its controls after it."""
    items = [item for item in _PORTAL_SEPARATOR.split(text.strip()) if item]
    if len(items) < PORTAL_BAR_MIN_ITEMS:
        return False
    if names_institution(fold_script(items[0])) or names_site(items[0]):
        items = items[1:]
    return all(_PORTAL_ITEM.match(item) for item in items)


# A column's name has four characters at least ("新闻" alone may head a document's part).
COLUMN_NAME_MIN_CHARS = 4
# The channels template and 文库 sites file their pages under, first in a breadcrumb after "首页".
_CHANNEL_WORD = ("(?:范文|範文|文库|文庫|资讯|資訊|讯息|訊息|新闻|新聞|频道|頻道|栏目|欄目|文章|公文|文档|文檔|"
                 "期刊|学术|學術|理论|理論|报告|報告|工作|学院|學院|资源|資源|教育|写作|寫作|党建|黨建|作文|心得|"
                 "总结|總結|演讲|演講|计划|計劃|方案|知识|知識)")
# A breadcrumb or a site's head ("您所在的位置:首页»…", "设为首页|加入收藏…当前位置:首页").
_BREADCRUMB = LazyPattern(r"[当當]前位置|所在的?位置|您的位置|设为首页|設為首頁|加入收藏|»|首[页頁]\s*[>\uff1e\u203a]"
                          # "首页 学术讯息 经典著作", "首页理论教育公文写作": a breadcrumb from the home
                          # page on, its separators lost in the scrape (a blank left, or a channel's
                          # word glued on); "首页设计规范" is a document's name.
                          rf"|^\s*(?:网站|網站)?首[页頁](?:\s+(?=[{CJK}])|(?={_CHANNEL_WORD}))")
# A site's column, named alone over its page ("检务公开", "最新消息", "新闻中心", "【图片新闻】"): a word
# or two ending in what sites call their columns; no document is titled so (a 公告 or an 通知 is:
# "招聘公告" stays a title). Round 27 survey: school, government and news pages print their
# column's name over the item, with or without a breadcrumb.
_COLUMN_NAME = LazyPattern(
    rf"^[【\[]?\s*[{CJK}]{{0,4}}(?:新闻|新聞|要闻|要聞|动态|動態|资讯|資訊|快讯|快訊|最新消息|通知公告|"
    rf"专栏|專欄|政务公开|政務公開|[{CJK}]务公开|[{CJK}]務公開|信息公开|資訊公開|新闻中心|新聞中心|图片新闻|圖片新聞)"
    # (Round 33 survey: a company's or an association's column prints its English beside it,
    # "商会动态News Center", "公司新闻 Company News".)
    r"(?:\s*[A-Za-z][A-Za-z\-]*(?:\s+[A-Za-z&][A-Za-z\-]*){0,3})?\s*[】\]]?$")
# A document's facts in a list: "- 约 7页", "- 8908字", "- 32.50 KB".
_DOCUMENT_FACT = LazyPattern(
    r"^\s*[-•·]\s*(?:约\s*)?[\d.,]+\s*(?:千字|万字|字|页|頁|KB|MB|K|M)?\s*$"
    # "- 2021-04-10 发布", "- 2026-01-14 发布于四川": the day it was put up, and where.
    r"|^\s*[-•·]\s*(?:19|20)\d{2}[-./年]\d{1,2}[-./月]\d{1,2}日?\s*(?:发布|發布|上传|上傳|更新)\S{0,6}\s*$", re.I)
# A forum's floor: "1 # 孫四爺", "•2楼".
_FLOOR = LazyPattern(r"^\s*[•·]?\s*\d{1,4}\s*(?:[#\uff03]|[楼樓](?!\S*[层層]))")
# A site's banner: its name, then its slogan or channel ("365读书网-读万卷书行万里路",
# "某某网 先锋文汇"): a title never opens on a site's name and a blank.
_SITE_BANNER = LazyPattern(r"^\s*\S{2,10}[网網](?:\s*[-–—|｜]\s*|\s+)\S")
# "某政办发〔2015〕37号" alone on its line: a 发文字号 names the document's place in a series, never
# the document; it is the document's own line all the same (a 公文 page the gongwen pass does not
# recognise still prints it above the title): looked past, kept.
# Read with pinyin glosses dropped ("江(jiang)府办〔…〕"); "…〔2018〕47号《某某办法》" is a title form.
# Round 37: also the word of the series after the year ("某社区（2025）证字第〇〇8号", a court's
# "（2024）某01民初12号", "某劳人仲案字〔2023〕第5号"), the serial perhaps in 〇 digits.
_DOC_NUMBER = (rf"[{CJK}A-Za-z]{{0,12}}?\s*[〔\[［(（【]\s*(?:19|20)\d{{2}}\s*[〕\]］)）】]\s*"
               rf"(?:[{CJK}0-9]{{0,6}}?[字初终終执執号號])?\s*第?\s*[0-9〇零]{{1,6}}\s*[号號]")
_DOC_NUMBER_ONLY = LazyPattern(rf"^\s*{_DOC_NUMBER}\s*$")
# "合同编号:QX-2024-018", "文号:某发〔2024〕3号", "档案号: A-17": the document's number under its
# label, alone on its line (a code of letters, digits and dashes, or a 发文字号): the same line.
# A template prints the code masked or left to fill ("CG-2025-××××", "________", nothing at all):
# still the number's field, never the title's first half.
_CODE_CHARS = r"A-Za-z0-9×*＊_＿○□■"
_NUMBER_FIELD = LazyPattern(
    rf"^\s*[{CJK}]{{0,6}}(?:编号|編號|文号|文號|字号|字號|档号|檔號|案号|案號)\s*[:：]\s*"
    rf"(?:[{_CODE_CHARS}][{_CODE_CHARS}\-–/.#]{{1,30}}|{_DOC_NUMBER})?\s*$")
# "凌政办发[2021]18号凌源市…的通知", "某办发〔2017〕45号 中共某某县委办公室…的通知", "…的通知(某办发〔2024〕9号)":
# a 发文字号 printed before or after (in brackets) the document's name on the title's line. The
# number places the document in its issuer's series; the title is the name alone (it ends in its
# genre: names_genre).
_NUMBER_BEFORE_NAME = LazyPattern(rf"^\s*{_DOC_NUMBER}\s*(?P<name>[^\s(（〔\[［【].*?)\s*$")
_NUMBER_AFTER_NAME = LazyPattern(rf"^\s*(?P<name>.+?)\s*[(（]\s*{_DOC_NUMBER}\s*[)）]\s*$")


def banner_title_start(text: str) -> int | None:
    """Where the title starts when a site's name stands before it on its line ("某某范文网 学校安全
    管理制度", "某某网-2023年工作总结"): what follows the name names one document (its genre ends
    it). None for a banner's slogan ("某某读书网-读万卷书行万里路") or any other line."""
    banner = _SITE_BANNER.match(text)
    if banner is None:
        return None
    start = banner.end() - 1
    rest = text[start:].strip()
    return start if len(rest) >= BANNER_TITLE_MIN_CHARS and DOCUMENT_NAME.search(rest) else None


# A document's name after a site's name is longer than a genre word ("某某网 制度").
BANNER_TITLE_MIN_CHARS = 6
# A site's name alone on its line: "某某文学网", "学文网", "某某範文網", "某某文库".
# (So is a newspaper's name over its e-paper's page, "某某日报", "某某晚报": round 33.)
_SITE_NAME = LazyPattern(rf"^\s*[{CJK}A-Za-z0-9]{{1,8}}"
                         r"(?:[网網]|网站|網站|文库|文庫|日报|日報|晚报|晚報|时报|時報|商报|商報)\s*$")
# The occasion line under a speech's title: "2018年11月22日在某市人大常委会第十次会议上",
# "——在全县经济工作会议上(2023年2月1日)". It says where and when the speech was given; a title
# names the speech itself ("在全县经济工作会议上的讲话") and never ends at "上".
_OCCASION = LazyPattern(
    rf"^[\s—–\-－(（]*(?:(?:19|20)\d{{2}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日\s*)?"
    rf"在[{CJK}\w“”《》、·\s]{{2,40}}?(?:会议|會議|会|會|典礼|典禮|仪式|儀式|活动|活動|论坛|論壇|现场|現場)[上中]"
    rf"\s*(?:[(（]\s*(?:19|20)\d{{2}}\s*年[^()（）]{{0,12}}[)）])?[)）]?\s*$")


# "投稿書評|升上高中後,我如何開始我的課外閱讀": a column's name before the title. The part after
# the bar is the title when it is much longer and no site's name ("工作总结|某某范文网").
_COLUMN_PREFIX = LazyPattern(rf"^\s*([{CJK}]{{2,6}})\s*[|｜]\s*([^|｜]+?)\s*$")
_SITE_NAME_END = LazyPattern(r"(?:[网網站]|网站|網站|文库|文庫|频道|頻道|平台|官网|官網|论坛|論壇|\.com|\.cn|\.net)$")
COLUMN_TITLE_MIN_RATIO = 2
# "某某 某某|论文题目", "某 某 某某 | 论文题目": the authors' names parted by blanks before the bar, as a
# column's name stands there ("某某|论文题目"): a repost of an article names its authors first
# (round 58; the form on the stored pages of an article mirror, an education society's site and a
# research blog: freewechat.com, whjsjx.cn, gdgjxh.org.cn, the last with one name, which the column
# form reads). Names of one to three characters; the title after the bar is much longer.
_NAMES_PREFIX = LazyPattern(rf"^\s*([{CJK}]{{1,3}}(?:[ \t\u3000]+[{CJK}]{{1,3}}){{1,4}})\s*[|｜]\s*([^|｜]+?)\s*$")


def undecorated(text: str) -> str:
    """The line without the bullet or bar a site printed before it and the bar after it ("| 首页 >
    资源分类", ">>大小:35 KB", "上传人:某某 |"): what the chrome rules and the never-a-title
    forms are written for."""
    return _TRAILING_BAR.sub("", _LEADING_BULLET.sub("", text, count=1))


_TRAILING_BAR = LazyPattern(r"\s+[|｜]\s*$")


def _folded(text: str) -> str:
    """The text with full-width ASCII forms (brackets, digits, a file's extension, a dash printed
    full-width) as ASCII, one character for one: the forms below are read in it, offsets kept.
    (A line with none of them is its own fold: one scan for them is cheaper than translate's
    lookup per character, 0.5 s on a 3 MB line; a long line has few distinct forms, each
    replaced in one scan.)"""
    found = _FULLWIDTH_FORM.search(text)
    if found is None:
        return text
    if len(text) < LONG_FOLD_CHARS:
        return text.translate(FULLWIDTH_ASCII)
    while found is not None:  # (one character for one: the text before `found` has none left)
        text = text.replace(found.group(), chr(FULLWIDTH_ASCII[ord(found.group())]))
        found = _FULLWIDTH_FORM.search(text, found.start())
    return text


_FULLWIDTH_FORM = LazyPattern("[\u3000\uff01-\uff5e]")  # FULLWIDTH_ASCII's keys
LONG_FOLD_CHARS = 10_000


def _in_written(text: str, folded: str, found: str) -> str:
    """What was found in the folded text, as the text writes it (the fold keeps offsets)."""
    if folded == text:
        return found
    at = folded.find(found)
    return text[at:at + len(found)] if at >= 0 else found


def clean_title(text: str) -> str:
    """The title without what the site wrapped around it (a tag, a bullet, a cut separator,
    the 文库's kind field, a 发文字号 before its 《》 name, the "标题:" label of an index table,
    the 【】 around the whole of it, a search's words in [] before it, the page's number glued
    after it), read with widths folded (a full-width "[版主交流]…", "【2019.04】…") and given as
    written."""
    folded = _folded(text)
    return _in_written(text, folded, _clean_title(folded))


def without_doc_number(title: str) -> str:
    """The document's name without the 发文字号 printed before or after it on its line (read with
    widths folded); the line as it is when no such number stands there."""
    folded = _folded(title)
    numbered = _NUMBER_BEFORE_NAME.match(folded) or _NUMBER_AFTER_NAME.match(folded)
    if numbered and names_genre(numbered.group("name")):
        return _in_written(title, folded, numbered.group("name"))
    return title


# "某某:学习《支部工作条例》心得体会", "百科词条:述职报告": a name (the author's, a column's, the
# site's entry kind) before a colon, then a whole document's name (ending in its genre). The title is
# the document's name; a longer head ("解读党支部工作:做好…的几个要点") or a rest naming no document
# ("专题:某县校园安全月活动", "揭秘:…从何而来?") is the title's own first half and stays.
_NAME_BEFORE_COLON = LazyPattern(rf"^\s*[{CJK}]{{2,6}}\s*[:：]\s*(?P<name>[^:：]+?)\s*$")
CORE_MIN_NAME = 4  # "述职报告": a genre's name alone is a document's name; "报告" is a word
# "某某直播:揭秘:…从何而来?": a word before a colon, then a headline that has its own topic and
# colon; the first word is a tag the site (or an injected advert) put before the headline.
_TAG_BEFORE_HEADLINE = LazyPattern(rf"^\s*[{CJK}]{{2,6}}\s*[:：]\s*"
                                   rf"(?P<headline>[{CJK}]{{2,6}}\s*[:：]\s*[^:：]{{4,}})$")


# Affixes a site prints on the title's line, read as forms, whatever the words:
# - "Page 36 - 某某手册_附录篇": a document viewer's page number before the document's name;
# - "精华推荐 某某复习反思": a selling word and a blank (the bracketed ones are _SELLING_TAG's);
# - "佳作#27-班长竞选宣言": a column's name and the piece's number in it.
_LEADING_AFFIX = LazyPattern(
    r"^\s*(?:(?:Page|P\.)\s*\d{1,4}\s*[-–—|｜]\s*"
    r"|(?:精华|精華|精品|热门|熱門)?(?:推荐|推薦)\s+"
    rf"|[{CJK}]{{1,6}}\s*#\s*\d{{1,4}}\s*[-–—:：]\s*)(?=\S)")
# - "某某课本 08 -...": a separator and the cut-off rest (the site's name, shortened by the page);
# - "某某管理要点 列印": the page's print (share, keep) control after a blank;
# - "某街道2023年工作总结 2024-02-26": the day the page went up, in figures after a blank.
_TRAILING_AFFIX = LazyPattern(r"(?<=\S)\s+(?:[-–—|｜]\s*(?:\.{2,}|…+)|列印|打印|分享|收藏"
                              r"|(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2})\s*$")
# "国一优秀观后感作文《《晴天的约定》观后感》": a category, then the title in 《》 that itself holds a
# work's name in 《》: the title is what the outer marks hold.
_NESTED_BOOK_NAME = LazyPattern(r"^[^《》]{2,16}《(?P<name>[^《》]*《[^《》]+》[^《》]*)》$")


def outer_book_name(title: str) -> str:
    """What the outer 《》 hold when a category stands before a title in 《》 that holds a work's
    name in 《》; the title as it is otherwise."""
    nested = _NESTED_BOOK_NAME.match(title.strip())
    return nested.group("name") if nested else title


def _clean_title(text: str) -> str:
    title = text.strip()
    named = _NUMBERED_NAME.match(title)
    if named:
        return named.group(1).strip()
    title = without_doc_number(title)
    field = _TITLE_FIELD.match(title)
    if field:
        title = _strip_control_tail(field.group(1))
    elif ((headed := _NAME_BEFORE_COLON.match(title)) and names_genre(headed.group("name"))
            and len(headed.group("name")) >= CORE_MIN_NAME):
        title = headed.group("name")
    elif tagged := _TAG_BEFORE_HEADLINE.match(title):
        title = tagged.group("headline")
    title = _LEADING_BULLET.sub("", _SELLING_TAG.sub("", _LIST_ITEM_MARK.sub("", _MARKDOWN_MARKS.sub("", title))))
    for affix in (_LEADING_AFFIX, _TRAILING_AFFIX):  # (what is left must still be a name)
        if len(bare := affix.sub("", title, count=1).strip()) >= CORE_MIN_NAME:
            title = bare
    title = outer_book_name(title)
    title = strip_short_tag(title)
    if _FILE_NAME.search(title):
        title = _KIND_FIELD.sub("", title)
    bracketed = _WHOLLY_BRACKETED.match(title)
    if bracketed:
        title = bracketed.group(1)
    tag = _SEARCH_TAG.match(title)
    if tag and len(title) - tag.end() >= 2 * len(tag.group(1)):
        title = title[tag.end():]
    title = _ID_SUFFIX.sub("", title) or title
    if (tag := _TRAILING_SELLING_TAG.search(title)) and len(title[:tag.start()].strip()) >= TRAILING_TAG_MIN_TITLE:
        title = title[:tag.start()] + title[tag.end():]
    title = without_keyword_repeat(title)
    column = _COLUMN_PREFIX.match(title) or _NAMES_PREFIX.match(title)
    if (column and len(column.group(2)) >= COLUMN_TITLE_MIN_RATIO * len("".join(column.group(1).split()))
            and not _SITE_NAME_END.search(column.group(2))):
        title = column.group(2)
    while (stripped := _TRAILING_SEPARATOR.sub("", title)) != title and stripped:
        title = stripped
    return title.strip() or text.strip()


# "标题: 某某 [打印本页]": a forum's print view names the post in a field, its controls after it.
_BRACKETED_TAIL = LazyPattern(r"\s*[\[【(]\s*([^\[\]【】()]{2,8})\s*[\]】)]\s*$")


def field_title(value: str) -> str:
    """A title field's value as a title: without the page controls after it ("[打印本页]") and
    what the site wrapped around it (clean_title)."""
    return clean_title(_strip_control_tail(value.strip()))


def _strip_control_tail(title: str) -> str:
    """The title without the page controls in brackets after it ("[打印本页]", "【关闭窗口】")."""
    tail = _BRACKETED_TAIL.search(title)
    if tail and tail.start() and not _CONTROL_WORDS.sub("", tail.group(1)).strip("本此页頁窗口文章"):
        return title[:tail.start()]
    return title


def strip_short_tag(title: str) -> str:
    """The title without a short bracketed word before it (_SHORT_TAG); a section's number in
    brackets ("(一)…", a heading) or a part's name ("【摘要】") is no decoration and stays."""
    tag = _SHORT_TAG.match(title)
    if tag is None or _NUMERALS.match(tag.group(1)) or names_part(tag.group(1)):
        return title
    rest = title[tag.end():]
    if len(rest) >= max(SHORT_TAG_MIN_TITLE, SHORT_TAG_MIN_RATIO * len(tag.group(1))):
        return rest
    return title


# "某某服務規範精選【精】", "某某心得体会范文3【精选范文】": a quality word in 【】 after the title, the
# counterpart of the tag a 范文 site puts before it ("【精华】…", "【精品】…", "【精】…"). Round 52:
# after the title on two 范文 hosts, before it on three more. Only 【】 and only these words: a round
# bracket after a title is its own part ("(试行)", "(精选)": labellers keep it), a count ("【6篇】",
# "【精品6篇】") is the page's, and a theme in 【】 stands inside a title ("重阳节【老照片里的家】…").
_TRAILING_QUALITY_TAG = LazyPattern(r"(?<=\S)\s*【\s*(?:精|精品|精华|精華|精选|精選)(?:范文|範文)?\s*】\s*$")


def without_trailing_quality_tag(title: str) -> str:
    """The title taken without the 范文 site's quality word in 【】 after it (read when the title is
    taken, not when lines are weighed: "…范文3" alone reads as a sample's marker)."""
    tag = _TRAILING_QUALITY_TAG.search(title)
    if tag is None or len(title[:tag.start()].strip()) < TRAILING_TAG_MIN_TITLE:
        return title
    return title[:tag.start()].rstrip()


# "#某某文档网#": a site's hashtag, its name between two hash marks.
_HASHTAG = LazyPattern(r"#[^#\s]{1,20}#")  # (read with widths folded: a full-width mark too)


def tags_title(bracket_text: str) -> bool:
    """The text of an opening 【…】 is a tag or a part's name, not the page's title: also a
    site's hashtag, alone or before a part's name ("【#某某网# 导语】以下是…")."""
    text = _folded(bracket_text).strip()  # (a journal's issue "2019.04" in full-width forms)
    untagged = _HASHTAG.sub("", text).strip()
    if untagged != text and (not untagged or _PART_NAME.match(untagged)):
        return True
    return bool(_PART_NAME.match(text)) or bool(_SELLING_TAG.match(f"【{text}】x"))


def names_part(bracket_text: str) -> bool:
    """"【前言】…", "【导读】…": the page's text has begun, under a part's name. The name is read
    squeezed: a document sets a short part name spaced out for its layout ("前 言", "引  言"), as
    it sets its short title and its chapters ("通  知", "第 六 章")."""
    return bool(_PART_NAME.match("".join(bracket_text.split())))


def asks_question(text: str) -> bool:
    """A short line ending in a question mark: a guide page's title ("倡议书标准格式?")."""
    text = fold_script(text)
    return (len(text) <= QUESTION_TITLE_MAX_CHARS and bool(_QUESTION_END.search(text))
            and not re.search("[,，]", text))  # commas: a sentence asking, not a title


# "阅读心得:拒绝“万能模板”,解放你的大脑!": a headline, its topic before a colon and its call
# after it. A greeting ("同学们:大家好!") or a salutation with its commas before the colon is the
# text's own line.
_HEADLINE_CALL = LazyPattern(rf"^\s*[{CJK}A-Za-z0-9“”《》]{{2,8}}[:：]\s*(?P<call>[^:：。；;]{{6,}}?)[!！]\s*$")
_GREETING = LazyPattern(r"(?:好|欢迎|歡迎|谢谢|謝謝|感谢|感謝|尊敬|亲爱|親愛|各位|同志们|同志們)")


# "优秀实用范文分享", "精选范文大全推荐": the site's offer in its own vocabulary, no subject named;
# a title names what it is about ("工作总结范文", "会议简报范文").
_OFFER_WORDS = LazyPattern(
    r"^(?:优秀|優秀|实用|實用|精选|精選|精品|最新|热门|熱門|免费|免費|经典|經典|推荐|推薦|范文|範文|例文|模板|"
    r"文档|文檔|资料|資料|大全|分享|下载|下載|合集|汇总|匯總|参考|參考)+$")


def offers_only(text: str) -> bool:
    """A line made only of the site's selling words ("优秀实用范文分享"): no page's title."""
    return bool(_OFFER_WORDS.match("".join(text.split())))


def calls_out(text: str) -> bool:
    """A headline ending in an exclamation mark after its topic and a colon ("阅读心得:拒绝…!")."""
    call = _HEADLINE_CALL.match(text)
    return (len(text) <= QUESTION_TITLE_MAX_CHARS and call is not None
            and not _GREETING.search(text[:call.start("call")]) and not _GREETING.search(call.group("call")[:3])
            and not text.rstrip("!！ ").endswith("好"))


_EXCLAMATION_END = LazyPattern(r"[!！]\s*$")


def exclaims(text: str) -> bool:
    """A short headline ending in an exclamation mark ("关于入党申请书,这些事项请注意!"): a news
    page's title when the page's meta line stands under it (title_anchors.line_above_meta); a
    greeting ("大家早上好!") is the text's own line."""
    line = fold_script(text).strip()
    return (len(line) <= QUESTION_TITLE_MAX_CHARS and bool(_EXCLAMATION_END.search(line))
            and not _GREETING.search(line) and not re.search("[。；;!！?？]", line.rstrip("!！ ")))


def names_site(text: str) -> bool:
    """A site's name alone ("某某文学网"): above the title, as template sites print their banner.
    (Only looked past when a title-shaped line follows: title_line._take_title_line.)"""
    return bool(_SITE_NAME.match(fold_script(text)))


def names_occasion(text: str) -> bool:
    """The when-and-where line of a speech ("2018年11月22日在…会议上"): the document's own line,
    never its title."""
    return bool(_OCCASION.match(text))


# "24h購物| | PChome| 登入", "2022-07-05 23:41:31| 人氣11,122| 回應0 | 上一篇": three or more
# items parted by bars, none longer than a menu's word: a site's menu or a post's counters; or a
# line ending in four or more short words parted by blanks (_BLANK_MENU_TAIL).
_BAR = LazyPattern(r"[|｜]")
MENU_ITEMS_MIN = 3
MENU_ITEM_MAX_CHARS = 6
# "彰化縣員林市大同國中三年七班", "某某小学五年级(2)班": a pupil's school and class, under
# their name: a byline. So is a class and the pupil's name under an essay's title ("六年级（2）班
# 张子涵", "初二（3）班 李明", "某某小学五年级2班 王芳").
# What a class's line names when it is no pupil's: one of the class's documents ("二年级一班值日表",
# "…班课程表", "…班名单", "…班花名册"): a list's, a timetable's or a register's last character (or a
# document's name, DOCUMENT_NAME: "三年级二班工作计划").
_CLASS_DOCUMENT = LazyPattern(r"班\s*[\u4e00-\u9fff]{0,3}[表单單册冊]\s*$")
_SCHOOL_CLASS = LazyPattern(
    rf"^\s*[{CJK}]{{2,24}}(?:[国國]中|[国國]小|[高初]中|中[学學]|小[学學])\s*"
    r"[一二三四五六七八九\d]\s*年[级級]?\s*[(（]?[一二三四五六七八九十\d]{1,3}[)）]?\s*班\s*$"
    rf"|^\s*(?:[{CJK}]{{2,24}}(?:[国國]中|[国國]小|[高初]中|中[学學]|小[学學]))?\s*"
    r"(?:[一二三四五六七八九\d]\s*年[级級]|[初高][一二三])\s*[(（]?[一二三四五六七八九十\d]{1,3}[)）]?\s*班"
    rf"\s*[{CJK}]{{2,4}}\s*$")
# "本篇文章274字,讀完約1分鐘", "共计40842个字,预计阅读时长137分钟": the site's reading-time
# note above the text, never its title.
_READING_TIME = LazyPattern(
    r"^\s*(?:本篇文章|本篇|本文|全文)?\s*(?:共计|共計|共)?\s*[\d,，]+\s*[个個]?字\s*[,，、。;；]?\s*"
    r"(?:预计|預計)?\s*(?:阅读|閱讀|读完|讀完)(?:时长|時長|需要?|约|約|大约|大約)?\s*[\d.]+\s*分[钟鐘]")
# "此網頁需要支援 JavaScript 才能正確運行…", "您的浏览器不支持JavaScript": the page's notice for
# browsers without scripts; ":::", "|": an accessibility anchor or a separator left alone on a line.
_NO_SCRIPT = LazyPattern(
    r"(?:需要|须|須|请|請|不支持|不支援|未|开启|開啟|启用|啟用).{0,12}JavaScript|enable JavaScript", re.I)
_MARKS_ONLY = LazyPattern(r"^[\s:：.·•|｜_\-–—]+$")
# "Board logo", "SEARCH", "MENU", "fbpx": a word or two of Latin letters alone on a line above a
# Chinese page's text: an image's alt text, a button's label, a tracking tag; no title. Up to three
# (round 33 survey: a column's English under its Chinese name, "News and information").
_LATIN_WORDS = LazyPattern(r"^\s*[A-Za-z][A-Za-z_\-]*(?:\s+[A-Za-z&][A-Za-z_\-]*){0,2}\s*$")
# What labels the page's place on its site or in its paper, never its content:
# - an e-paper's page: "第A04版:要闻 PDF版", "第03版:", "01版:要 闻" (the day's list of pages);
# - a blog's archive: "存档", "‘随笔’ 分类的存档";
# - a CMS's label for the page it shows: "法规内容", "新闻详情", "文章正文";
# - steps to the page with no home before them, ending on a separator: "新闻中心 > 集团动态 > |";
# - an advertisement's or a service desk's contact: "…联系QQ:12345678", "微信:…", "热线电话 400…",
#   "客服热线:0571-8…" alone (the area code and a dash before the number);
_PAGE_LABEL = LazyPattern(
    r"^\s*第?\s*[A-Z]?\d{1,3}\s*版\s*(?:[:：]|$)"
    r"|^\s*(?:存档|存檔|归档|歸檔)\s*$|分类的存档\s*$|分類的存檔\s*$"
    r"|^\s*(?:法规|法規|文章|新闻|新聞|信息|資訊|资讯|公告)(?:内容|內容|详情|詳情|正文)\s*$"
    r"|^\s*(?:[^>»\s][^>»]{0,14}[>»]\s*){2,}[|｜\s]*$"
    # (Round 52: not at the close of a paragraph of the document, a sentence ended before it far in: a
    # report's preamble ends on where to ask, "…报告同时登载于…;如有疑问可来电咨询(地址:…,电话:…)", as
    # government annual reports print it (own-tune scjg.fuzhou.gov.cn, 122.137.242.24, m.zjtcn.com).)
    r"|^(?:[^。]*?|.{0,30}?)(?:QQ|qq|微信|电话|電話|热线|熱線)\s*(?:号码?|號碼?)?\s*[:：]?\s*\d{5,}"
    # (a letter's or a 公文's own contact line, "电话：0571-…", is the document's: only the site's desk)
    r"|^\s*(?:客服|服务|服務)(?:热线|熱線|电话|電話)\s*[:：]?\s*\d{3,4}\s*[-－]\s*\d{5,8}\s*$"
    # - the page's download link and its buttons' box: "下载法规原始档", "法规功能按钮区".
    r"|^\s*(?:下载|下載)\S{0,4}(?:原始档|原始檔|原文|附件|全文|文档|文檔|档案|檔案)\s*$"
    r"|^\s*\S{0,6}(?:按钮|按鈕)(?:区|區)\s*$")
# A weekday after a date: "(星期六)", "周三".
_WEEKDAY = LazyPattern(r"\s*[(（]?\s*(?:星期|礼拜|禮拜|周|週)[一二三四五六日天][)）]?\s*$")
# The site talking to its reader, in any site's words: "欢迎使用手机浏览", "欢迎访问:某某网" (a
# greeting), "某老师为您分享以下优质知识" (a 问答 site's lead), "正确答案" (the answer's label).
_READER_ADDRESS = LazyPattern(
    r"^\s*(?:欢迎|歡迎)(?:使用|访问|訪問|光临|光臨|登录|登錄|进入|進入)\S{0,12}$"
    # (the site's name, its address in brackets, then its slogan: "欢迎访问某某网【www…】，您身边的…!")
    r"|^\s*(?:欢迎|歡迎)(?:访问|訪問|光临|光臨)\S{0,12}[【\[(（]\s*(?:https?://)?www\.[^】\])）]{3,40}[】\])）][^。]{0,30}$"
    rf"|^\s*[{CJK}]{{1,8}}[为為](?:您|你)(?:分享|解答|推荐|推薦|整理|提供)\S{{0,12}}$"
    r"|^\s*[【\[]?(?:正确|正確|参考|參考|最佳|标准|標準)答案[】\]]?\s*[:：]?\s*$")
# The strings a web page's own machinery prints, in any site's words: the skip link for screen
# readers ("跳到主要內容區塊", "Jump to the main content block", "Skip to content"), the editor's
# name for a page left untitled ("無標題文件", "无标题文档", "Untitled Document"), the loading note
# ("正在加載......", "Loading...", "文档正在加载，请稍候..."), a document site's contents label
# ("目录"). A page is never titled with them.
_WEB_UI = LazyPattern(
    r"^\s*(?:(?:跳[到至过過]|略[过過]|直接[到至]|前往)(?:主要|主|中央)?(?:内容|內容|内文|內文|正文|導覽|导航|導航)(?:[区區][块塊]|[区區]|部分)?"
    r"|(?:jump|skip|go)\s+to\s+(?:the\s+)?(?:main\s+)?(?:content|navigation)(?:\s+(?:block|area|section))?"
    r"|(?:[无無]|未)(?:标题|標題|命名)(?:文件|文档|文檔|页面|頁面|网页|網頁)?(?:\s*\d{0,2})?|untitled(?:\s+(?:document|page))?"
    r"|(?:文档|文檔|页面|頁面|内容|內容|数据|數據)?(?:正在|努力)?(?:加载|加載|载入|載入|读取|讀取)中?"
    r"(?:\s*[,，]?\s*(?:请|請)(?:稍候|稍等|耐心等待)(?:片刻)?)?(?:\s*[.。…·]{2,}|\s*中)|loading\s*[.…]*"
    r"|[-–]?\s*(?:目录|目錄|文章目录|文章目錄|本文目录|本文目錄)"
    # The menu's button: "手機選單", "主菜单", "网站导航".
    r"|(?:手机|手機|主|网站|網站|开启|開啟)?(?:选单|選單|菜单|菜單|导航|導航)(?:列表|按钮|按鈕)?"
    # A share box's QR prompt (round 39: on 10 tuning sites' heads): "用微信扫描二维码", "QQ扫一扫联系",
    # "扫一扫在手机打开当前页", "掃描二維碼 關注我們": the scan, with whose app, then what for.
    r"|(?:用|使用)?(?:微信|QQ空间|QQ空間|QQ|手机|手機)?\s*(?:扫一扫|掃一掃|扫描二维码|掃描二維碼|扫码|掃碼)"
    r"(?:\s*(?:联系|聯繫|关注|關注|访问|訪問|分享|打开|打開|阅读|閱讀|观看|觀看|进群|進群|在手机|在手機)\S{0,12})?"
    # and its share prompt: "分享至好友和朋友圈", "分享到微信".
    r"|分享(?:至|到)\s*[:：]?\s*(?:好友|朋友圈|微信|QQ|微博|空间|空間)\S{0,10})\s*$", re.I)
# "发布网友", "热心网友", "网友提问": a question-and-answer page's poster shown without a name, a
# role and no words of a title.
_POSTER_ROLE = LazyPattern(rf"^\s*(?:[{CJK}]{{0,3}}网友|网友[{CJK}]{{0,3}}|匿名用户|提问者|楼主|題主|题主)\s*$")
# "本文《某某竞聘演讲稿》由某某网提供": the site crediting itself, the title named in 《》 (the
# title line follows).
_CREDIT = LazyPattern(
    r"^\s*本文\s*《[^《》]{2,60}》\s*由\s*\S{2,20}?\s*(?:提供|整理|发布|發布|编辑|編輯|收集|上传|上傳)")
# "《某某通知.docx》由会员分享,可在线阅读…", "本文《…》由某某网提供": the site's credit for the
# document, naming it in 《》 (a 文库 prints it above the text, the title glued to the text's start).
_CREDITED_NAME = LazyPattern(
    r"^\s*(?:本文)?\s*《([^《》]{4,60}?)(?:\s*[.．](?:docx?|pdf|pptx?|xlsx?|txt|wps))?》\s*由", re.I)
# "引言:社区网格员考核的背景与挑战": a part of the text named before a colon, the text begun.
_PART_OPENING = LazyPattern(r"^\s*([^:：]{2,4})\s*[:：]\s*\S")


# "某某工作方案_第1页": a 文库's preview image of the uploaded file's first page, named after it.
# (The image may be left as markdown: "![某某工作方案_第1页](http://…)".)
_PAGE_IMAGE_NAME = LazyPattern(r"^\s*(?:!\[)?\s*([^\[\]]{4,60}?)\s*_\s*第\s*1\s*[页頁]\s*(?:\]\([^)]*\))?\s*$")
# "某某管理办法范本为进一步…": the selling word the site glued after the name where the text opens.
_SELLING_AFTER_NAME = LazyPattern(
    r"(?:范文|範文|范本|範本|范例|範例|模板|模版|大全|精选|精選|汇总|匯總|合集|通用|完整版)+")


def selling_after(text: str, at: int) -> int:
    """Where a run of selling words starting at `at` ends (`at` when there is none)."""
    found = _SELLING_AFTER_NAME.match(text, at)
    return found.end() if found else at


def credited_name(text: str) -> str | None:
    """The document's name (without its file's extension) in the site's credit line or in the
    name of its first page's preview image; None when the line is neither."""
    folded = _folded(text)
    credit = _CREDITED_NAME.match(folded) or _PAGE_IMAGE_NAME.match(folded)
    return _in_written(text, folded, credit.group(1).strip()) if credit else None


def pupil_byline(text: str) -> bool:
    """"彰化縣員林市大同國中三年七班": a pupil's school and class under their name, the essay's
    byline: never the title, and kept with the text (it is the author's, not the site's)."""
    return bool(_SCHOOL_CLASS.match(text)) and not (_CLASS_DOCUMENT.search(text) or DOCUMENT_NAME.search(text))


def opens_part(text: str) -> bool:
    """"引言:…", "前言：…": the first line names a part of the text (the text has begun, no
    title above it)."""
    opening = _PART_OPENING.match(text)
    return bool(opening) and names_part(opening.group(1))


# "某某网为您提供优质参考范文! 工作总结 工作计划 党课下载 策划方案": a site's slogan, then its
# menu, the channels parted by blanks; no title ends in a run of four or more such words.
_BLANK_MENU_TAIL = LazyPattern(rf"(?:^|\s)(?:[{CJK}]{{2,4}}\s+){{3,}}[{CJK}]{{2,4}}\s*$")


# A menu of four items or more may carry a longer one or two among its short ones (round 37; on 5
# tuning sites: the site's name, a "帮助中心 RSS 我要投稿" tail, a "登入 ☆ 招募社區記者" pair set off
# by a blank): still no item a title's length.
WIDE_MENU_ITEMS_MIN = 4
WIDE_MENU_ITEM_MAX_CHARS = 12


def _menu_line(line: str) -> bool:
    items = [item for item in _BAR.split(line) if item.strip()]
    widths = [len(re.sub(r"[\x00-\x7f]", "", item)) for item in items]
    if (len(_BAR.findall(line)) >= MENU_ITEMS_MIN - 1 and len(items) >= MENU_ITEMS_MIN
            and all(width <= MENU_ITEM_MAX_CHARS for width in widths)):
        return True
    if (len(items) >= WIDE_MENU_ITEMS_MIN and max(widths) <= WIDE_MENU_ITEM_MAX_CHARS
            and sum(width <= MENU_ITEM_MAX_CHARS for width in widths) >= MENU_ITEMS_MIN):
        return True  # "某某大学| 校园要闻| 专题推荐| 站点导航| 帮助中心 RSS 我要投稿"
    return bool(_BLANK_MENU_TAIL.search(line))


# A text table typed with blanks (a timetable, a rota): three rows or more, one under another,
# each of the same number of cells (three or more), every cell a short value.
GRID_MIN_ROWS = 3
GRID_MIN_CELLS = 3
GRID_CELL_MAX_CHARS = 8
_ROW_BULLETS = frozenset("•·-*>»")


def grid_row(blocks: list, index: int) -> bool:
    """Whether the line at `index` is one row of a table typed with blanks: it and the lines
    next to it part into the same number of short cells. A site's menu is one row of short
    words; it is not printed three times over, each row as wide as the others."""
    from .elements import block_text, is_text_block

    def width(at: int) -> int:
        if not (0 <= at < len(blocks)) or not is_text_block(blocks[at]):
            return 0
        cells = block_text(blocks[at]).split()
        if (len(cells) < GRID_MIN_CELLS or any(len(cell) > GRID_CELL_MAX_CHARS for cell in cells)
                or cells[0] in _ROW_BULLETS):  # "• 2.1 第一节 …": a list's items (a contents list), no table's rows
            return 0
        return len(cells)

    cells = width(index)
    if not cells:
        return False
    start = end = index
    while width(start - 1) == cells:
        start -= 1
    while width(end + 1) == cells:
        end += 1
    return end - start + 1 >= GRID_MIN_ROWS


def never_title(text: str) -> bool:
    """A line near the top no page is titled with (_never_title), read with widths folded (a
    document's size "- 8908字" printed full-width) and in its simplified script without readings
    ("找回密碼", "分享(xiǎng)到"): a converted page's chrome is the same chrome. A web address
    alone is read in its compatibility forms too: a site prints its own in styled letters
    (mathematical bold or italic), which fold to plain ones."""
    return _never_title(fold_script(_folded(text))) or bool(
        _WEB_ADDRESS.match(unicodedata.normalize("NFKC", text).strip()))


# "www.example.com", "https://example.org.cn/": a site's address alone on its line.
_WEB_ADDRESS = LazyPattern(
    r"^(?:https?://)?(?:www\.)?[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.(?:com|cn|net|org|gov|edu|tw|hk|mo|cc|top|vip)"
    r"(?:\.[a-z]{2})?/?$", re.I)


# "本报记者 某某", "记者 某某 通讯员 某某": a news report's byline, the reporters named by role.
# (A paper's qualifier before the role: "特邀记者", "首席记者", a political consultative paper's "特邀委员记者".)
_REPORTER_ROLE = r"(?:特约|特邀|实习|见习|首席|驻站)?(?:委员|委員)?(?:记者|通讯员|通訊員|記者)"
_REPORTER_NAME = rf"[{CJK}]{{2,3}}(?:·[{CJK}]{{1,4}})?"
# The role needs the paper's "本报" before it or a blank or colon after it: "记者招待会" is a title.
# (Round 57: the byline as Taiwan's papers print it, the reporter then the place and 報導 — read
# folded, 报导 — "记者王某某/某地报导", "记者 王某某 报导": the 报导 closing it tells it from a
# title as the blank does; own-tune hotmessage.co and n.yam.com, stored news.st-media.com.tw.
# Under a short headline it was taken for the title, the headline dropped above it.)
_REPORTED = r"(?:\s*[/／]\s*[\u4e00-\u9fff]{1,6}?)?\s*(?:整理)?(?:报导|报道)"
_REPORTER_BYLINE = LazyPattern(
    rf"^\s*(?:(?:本[报刊台网]|新华社){_REPORTER_ROLE}\s*[:：]?\s*|{_REPORTER_ROLE}(?:\s+|\s*[:：]\s*))"
    rf"{_REPORTER_NAME}(?:[\s、，,]+(?:(?:本[报刊台网])?{_REPORTER_ROLE}\s*[:：]?\s*)?{_REPORTER_NAME}){{0,4}}"
    rf"(?:{_REPORTED})?\s*$"
    rf"|^\s*{_REPORTER_ROLE}\s*{_REPORTER_NAME}(?:[、，,]{_REPORTER_NAME}){{0,3}}{_REPORTED}\s*$")


# A breadcrumb's steps: "当前位置: 首页 > 综合新闻 > 正文" -> 综合新闻 (the home page, "正文" and the
# label before the first step are no channel's name).
_CRUMB_STEP_SEPARATOR = LazyPattern(r"\s*[>»\u203a\uff1e]+\s*")
_CRUMB_LABEL = LazyPattern(r"^.*?位置\s*[:：]?\s*")
_NO_CHANNEL = frozenset({"首页", "首頁", "网站首页", "網站首頁", "正文", "详情", "詳情", "内容", "內容", "列表页"})


def crumb_steps(text: str) -> set[str]:
    """The channels a breadcrumb line names (none when the line is no breadcrumb with separators).
    Its last step is the page's own name ("首页 > 范文 > 述职报告"), unless "正文" or a separator
    ends the crumb: then every step is a channel's."""
    line = text.strip()
    if not _BREADCRUMB.search(line) or not _CRUMB_STEP_SEPARATOR.search(line):
        return set()
    steps = ["".join(step.split()) for step in _CRUMB_STEP_SEPARATOR.split(_CRUMB_LABEL.sub("", line))]
    if steps and steps[-1] and steps[-1] not in _NO_CHANNEL:
        steps = steps[:-1]
    return {step for step in steps if step} - _NO_CHANNEL


def crumb_leaf(text: str) -> str | None:
    """The step a breadcrumb line ends on, blanks closed up ("首页 > 杂文 > 某某" -> "某某"): the page's
    own name (crumb_steps); None for a line that is no breadcrumb with separators, or one ending on
    "正文" or a separator (every step a channel's)."""
    line = text.strip()
    if not _BREADCRUMB.search(line) or not _CRUMB_STEP_SEPARATOR.search(line):
        return None
    leaf = "".join(_CRUMB_STEP_SEPARATOR.split(_CRUMB_LABEL.sub("", line))[-1].split())
    return leaf if leaf and leaf not in _NO_CHANNEL else None


def doc_number_line(text: str) -> bool:
    """"某政办发〔2015〕37号" alone, or "合同编号:QX-2024-018": the document's number, above its
    title and part of it (read with widths folded and pinyin glosses dropped)."""
    line = fold_script(_folded(text))
    return bool(_DOC_NUMBER_ONLY.match(line) or _NUMBER_FIELD.match(line))


# A paper's mark before its byline ("□记者 某某", "■通讯员 某某"; Henan and other regional papers
# print one), and the question marks a scrape leaves where the line's indent was: neither is a word.
_BYLINE_MARK = LazyPattern(r"^[\s?？]*[□■◇◆○●▲△★☆]\s*")


def reporter_byline(text: str) -> bool:
    """"本报记者 某某", "记者 某某 通讯员 某某", "□通讯员 某某 报道": a news report's byline (read with
    widths folded, a paper's byline mark and lost-indent marks before it looked past)."""
    line = fold_script(_folded(text))
    return bool(_REPORTER_BYLINE.match(line[mark.end():] if (mark := _BYLINE_MARK.match(line)) else line))


# A document viewer's pager: "第1页 / 共5页", "共5页 第1页", "第 1 / 5 页", "1/5页" (頁 in
# traditional script). A page cut into pages prints it above the text; no document is titled so.
_PAGER = LazyPattern(
    r"^\s*(?:第\s*\d{1,4}\s*[页頁]\s*[/／|｜,，、]?\s*共\s*\d{1,4}\s*[页頁]"
    r"|共\s*\d{1,4}\s*[页頁]\s*[/／|｜,，、]?\s*(?:当前|當前)?\s*第\s*\d{1,4}\s*[页頁]"
    r"|第?\s*\d{1,4}\s*[/／]\s*(?:共\s*)?\d{1,4}\s*[页頁])\s*$")


# A path of the site's channels, words only, parted by ">" ("规范性文件 > 部门文件", "某某网>文献资料>正文"):
# a breadcrumb whether or not it starts at the home page (round 42: on 20 own-tune sites every
# such line is a breadcrumb, none a title).
_CHANNEL_PATH = LazyPattern(rf"^[{CJK}]{{2,12}}(?:\s*[>\uff1e\u203a]\s*[{CJK}]{{2,12}})+$")
# A login box flattened to text (round 42; on a 范文 site's article page, a 文库's, an office
# suite's login page and a search result quoting a back-office login): its account and password
# labels with no value after them, perhaps its buttons or account kinds. Empty fields are no
# document's own fields (a form's "姓名：" over "日期：" has no password).
_LOGIN_FIELDS = LazyPattern(
    r"^(?:\S{0,6}\s+)?(?:用户名|用戶名|账号|帳號|賬號|会员名|會員名)\s*[:：]\s*(?:密码|密碼|口令)\s*[:：]")


def _never_title(text: str) -> bool:
    """A line near the top no page is titled with: controls, a breadcrumb, a document's facts,
    a web page's own machinery (a skip link, "untitled", "loading"), a site's banner, a menu, a
    pupil's school and class, a poster's role, the site's credit, its customer service's
    contact, an ID or a date alone."""
    line = text.strip()
    if _BREADCRUMB.search(line) or _DOCUMENT_FACT.match(line) or _SITE_BANNER.match(line) or _FLOOR.match(line):
        return True
    if _COLUMN_NAME.match(line) and len("".join(line.split())) >= COLUMN_NAME_MIN_CHARS:
        return True  # "检务公开", "最新消息": the column the site files the page under
    # (A table's column names, "序号 工作任务 责任单位", are a row of short words too: no menu.)
    if ((_menu_line(line) and not names_columns(line)) or pupil_byline(line) or _CREDIT.match(line)
            or _READING_TIME.match(line)
            or _POSTER_ROLE.match(line) or _REPORTER_BYLINE.match(line)):
        return True
    if (_WEB_UI.match(line) or _NO_SCRIPT.search(line) or _MARKS_ONLY.match(line) or portal_bar(line)
            or disclosure_row(line) or _SPACED_HOME_MENU.match(line)):
        return True
    if _LATIN_WORDS.match(line) or _READER_ADDRESS.match(fold_script(line)) or _PAGE_LABEL.search(fold_script(line)):
        return True
    if _WEEKDAY.search(line) and DATE_ONLY_LINE.match(_WEEKDAY.sub("", line)):
        return True  # "二〇一一年六月十八日 (星期六)": the day, its weekday after it
    if _FONT_SIZE.match(line) or offers_only(line) or counts_or_links(line) or _PAGER.match(line):
        return True
    if _HOT_WORDS.match(line):
        return True  # "热门: 台风动态 油价 升学考试": the portal's hot searches
    if _CHANNEL_PATH.match(line):
        return True  # "规范性文件 > 部门文件": the site's path to the page, its home step left off
    if _LOGIN_FIELDS.match(line):
        return True  # "用户名: 密码: 登录": the login box's empty fields, no document's own
    if (views := _VIEWS_TAIL.search(line)) and views.start() and not re.search(f"[{CJK}]", line[:views.start()]):
        return True  # "2019 3 17 11:08 PM 8412次查看": the post's time in figures, its views after it
    if not re.search(f"[{CJK}]", line):
        # "ID:7765141", "2019.04"; a script's or a tag's debris ('"; document.close(); }'); a line
        # with no written character at all ("×", "^ ]": a close button, a scrape's debris).
        # (Never a mask's characters: "***" or "××" alone is a masked line, kept.)
        # Nor is a letter standing alone among marks a word: "- N +", "A+A-", "x" are a page's
        # controls (its text-size switch, a close button), whatever the line under them.
        return bool(re.search(r"[\d;{}=<>]", line)) or not re.search(r"[^\W\d_]{2}|[*＊_＿]|××", line)
    if len(re.sub(r"[\x00-\x7f]", "", line)) <= CONTROL_LINE_MAX_CHARS:
        # What is left once the controls, Latin letters, digits and separators go.
        left = re.sub(r"[\sA-Za-z0-9|｜:：/·•\-]+", "", _CONTROL_WORDS.sub("", line))
        return not left
    return False


# A portal's hot searches under their label, the words parted by blanks: "热门: 台风动态 油价 升学考试".
_HOT_WORDS = LazyPattern(rf"^\s*(?:热门|熱門|热搜|熱搜|热词|熱詞|热点|熱點)(?:搜索|搜尋|关键词|關鍵詞|话题|話題)?"
                         rf"\s*[:：]\s*[{CJK}A-Za-z0-9]{{1,10}}(?:\s+[{CJK}A-Za-z0-9]{{1,10}})+\s*$")
# A post's views counted at the end of its facts line, the count before the word: "… 8412次查看",
# "… 356人浏览".
_VIEWS_TAIL = LazyPattern(r"(?<!\S)[\d,.]+\s*[万萬wW]?\s*(?:次|人)(?:查看|浏览|瀏覽|阅读|閱讀|点击|點擊|围观|圍觀)\s*$")
# A page's counters, in any site's words: "共有5条评论", "3人点赞", "1.2万阅读", "赞(12)", "评论：0",
# "人气 356". A titleless page's first line may be one; no page is titled with it.
_COUNT_WORD = (r"(?:评论|評論|回复|回覆|回帖|留言|点评|點評|点赞|點讚|赞|讚|顶|頂|踩|阅读|閱讀|浏览|瀏覽|"
               r"人气|人氣|热度|熱度|收藏|分享|下载|下載|关注|關注)")
_COUNTER = LazyPattern(
    rf"^(?:共有?|已有)?[\d.,]+[万萬wW]?(?:条|條|个|個|则|則|人|次)?{_COUNT_WORD}$"
    rf"|^{_COUNT_WORD}(?:数|數|量|次数|次數)?[:：]?[(（\[【]?[\d.,]+[万萬wW]?[)）\]】]?$")
# A page's links to elsewhere: "点击查看全文>>", "跳转到正文", "返回顶部", "展开阅读", "我要投稿",
# "相关文章", "猜你喜欢"; a wiki's skip links and tagline. Never a title, whatever page they are on.
_JUMP_LINK = LazyPattern(
    r"^(?:点击|點擊|点此|點此)?(?:查看|阅读|閱讀|进入|進入|跳转到?|跳轉到?|跳至|返回|回到|展开|展開|继续|繼續)"
    r"(?:全文|原文|正文|详情|詳情|更多|顶部|頂部|首页|首頁|目录|目錄|阅读|閱讀)(?:>+|»|→|\u203a)?$"
    r"|^我要(?:投稿|评论|評論|留言|纠错|糾錯|下载|下載|收藏|分享|提问|提問|回答|举报|舉報|打印)$"
    r"|^(?:相关|相關|热门|熱門|推荐|推薦|精彩|更多)(?:文章|阅读|閱讀|推荐|推薦|内容|內容|资讯|資訊|链接|鏈接)$"
    r"|^猜你喜[欢歡]$"
    # A wiki's skip links, one or two on a line: "跳转到导航 跳转到搜索", "跳到内容".
    r"|^(?:(?:跳[到至]|跳转到?|跳轉到?|前往)(?:导航|導航|搜索|搜尋|内容|內容|正文|主要内容|主要內容))+$"
    # A wiki's tagline: "维基百科，自由的百科全书", "出自某某百科，自由的百科全书".
    r"|^(?:出自|来自|來自)?\S{2,16}[,，](?:自由的|自由嘅|人人可编辑的|人人可編輯的)百科全[书書]$"
    r"|^(?:From)?\S{0,20}(?:Wikipedia|wiki)?,?thefreeencyclopedia$", re.I)


def counts_or_links(text: str) -> bool:
    """A page's counter ("共有5条评论", "赞(12)"), a link to elsewhere ("点击查看全文", "我要投稿")
    or a wiki's tagline."""
    squeezed = "".join(text.split())
    return bool(_COUNTER.match(squeezed) or _JUMP_LINK.match(squeezed))


# A table's column names, the first cells a titleless page's text may open on when it starts with a
# table: "序号", "姓名 性别 年龄", "工作任务 | 责任单位 | 完成时限". A title names a document; a
# row of column names names none.
_CELL_WORD = (r"(?:序号|序號|编号|編號|姓名|性别|性別|年龄|年齡|民族|籍贯|籍貫|学历|學歷|出生年月|政治面貌|职务|職務|"
              r"职称|職稱|单位|單位|部门|部門|名称|名稱|项目|項目|内容|內容|时间|時間|日期|地点|地點|备注|備註|"
              r"金额|金額|数量|數量|单价|單價|合计|合計|小计|小計|得分|分值|分数|分數|类别|類別|指标|指標|"
              r"联系电话|聯繫電話|电话|電話|负责人|負責人|责任人|責任人|责任单位|責任單位|牵头单位|牽頭單位|"
              r"完成时限|完成時限|完成时间|完成時間|工作任务|工作任務|具体措施|具體措施|考核内容|考核內容|"
              r"评分标准|評分標準|考核标准|考核標準)")
_CELL_ROW = LazyPattern(rf"^\s*{_CELL_WORD}(?:\s*[|｜\t]?\s*{_CELL_WORD})*\s*$")


def names_columns(text: str) -> bool:
    """A table's column names alone ("序号", "姓名 性别 年龄"): the text's first row, not a title."""
    return bool(_CELL_ROW.match(text))


# "华略 上海华略智库", "原创 某某 某某研究院": names parted by blanks, no punctuation, no digits.
_NAMES_LINE = LazyPattern(rf"^\s*[{CJK}A-Za-z]{{2,12}}(?:\s+[{CJK}A-Za-z]{{2,12}}){{1,2}}\s*$")
# What a title may hold and a list of names never does: a colon, quotation marks, a question,
# the dash before its subtitle ("…的祝愿与期盼——某某学校国旗下演讲").
_TITLE_MARK = LazyPattern(r"[:：“”\"《》?？!！]|——")


def names_only(text: str) -> bool:
    """Two or three names parted by blanks ("某某 某某智库"): an account's byline, or a short title
    printed twice ("工作简报格式 简报格式"); metadata tells them apart by what stands above."""
    return bool(_NAMES_LINE.match(fold_script(text)))


def title_marked(text: str) -> bool:
    """A colon, quotation marks, a question or a subtitle's dash: a title may hold them, a list
    of names never."""
    return bool(_TITLE_MARK.search(text))


_CRUMB_SEPARATOR = LazyPattern(r"[»>\u203a\uff1e]")


def split_site_head(parts: list) -> tuple[list, list]:
    """(the site's lines, the title's lines) of a 公文's title lines (objects with a `text`): a
    notice page's head (its site's name, "设为首页 | 加入收藏", the breadcrumb, the channel the
    breadcrumb ends with, printed again under it) can run into the title the 公文 recogniser
    joins; no title holds a breadcrumb."""
    last = max((i for i, p in enumerate(parts) if never_title(p.text)), default=None)
    if last is None or last == len(parts) - 1:
        return [], parts
    head, rest = parts[:last + 1], parts[last + 1:]
    # (A crumb ending on "正文" or "详情" names the channel one step before it: "首页 > 规章制度 > 正文".)
    steps = ["".join(step.split()) for step in _CRUMB_SEPARATOR.split(parts[last].text)]
    while len(steps) > 1 and (not steps[-1] or steps[-1] in _NO_CHANNEL):
        steps.pop()
    channel = steps[-1]
    while len(rest) > 1 and channel and "".join(rest[0].text.split()) == channel:
        head, rest = [*head, rest[0]], rest[1:]
    return head, rest
