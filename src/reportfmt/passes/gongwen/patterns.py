"""The lines a 公文 (GB/T 9704-2012) is made of, as commented verbose patterns.

Each pattern matches one whole line (a block's text with its blanks removed, see
`squeeze`). Clause numbers are those of GB/T 9704-2012. Values inside a template may be
masked ("XXXX人民政府", "〔20XX〕XX号", "□□□"): the patterns accept the usual mask
characters where a template leaves a blank, so a template is recognised for what it is.
"""

from __future__ import annotations

import re

from ..patterns import CJK
from ..regex_cache import LazyPattern

# What templates and scraped pages put where a value goes: X × x * □ ○ and full-width forms.
MASK_CHARS = "XxＸｘ×*＊□○〇_＿"
# A digit, or a masked one ("20XX").
_DIGIT = rf"[0-9\uff10-\uff19{MASK_CHARS}]"  # ASCII or full-width digits

# Blanks inside a line: spaces, NBSP, the ideographic space (U+3000) and tabs. 公文 lines are
# spaced out for looks ("签 发 人", "证  明"), so they are compared without them.
_BLANKS = re.compile(r"[\s\u00a0\u3000]+")


def squeeze(text: str) -> str:
    """A line without any blank: the form every pattern below is written for."""
    return _BLANKS.sub("", text)


# 7.2.1 份号: 6 Arabic digits (one copy's serial number), top left of the first page.
COPY_NUMBER = re.compile(r"^(?:份号[:：])?(?P<value>\d{6})$")

# 7.2.2 密级和保密期限: "绝密★1年", "机密★长期", "秘密"; a template may print only "★".
SECRECY = re.compile(
    r"""
    ^(?:密级[:：])?
    (?P<value>
        (?:绝密|机密|秘密)(?:★[^\s★]{0,8})?   # the level, then ★ and the period
      | ★                                   # a template's bare star
    )
    (?:\s*(?:特急|加急|特提|平急))?$          # 紧急程度 printed on the same line
    """,
    re.X,
)

# 7.2.3 紧急程度: 特急 / 加急 (telegrams also 特提 / 平急), alone or after the secrecy.
URGENCY = re.compile(r"(?:^|★\S{0,8}|密)(?P<value>特急|加急|特提|平急)$")

# Organisation names end in one of these words: the issuer of a notice, its recipients. A
# 组 signs as an office ("调研组", "课题组", "某某工作组": GB/T 9704 §7.3.5.1 centres it over the
# date), but not a numbered or picked-out group ("第一组", "3组", "甲组", "各组", "分组").
ORG_SUFFIX = (
    "人民政府|政府|办公厅|办公室|委员会|常委会|常务委员会|人大|政协|党委|党组|党工委|纪委|监委|"
    "委|厅|局|部|署|院|所|处|科|室|中心|会|社|团|队|站|馆|校|学院|大学|银行|公司|集团|机关|"
    "法院|检察院|街道办事处|办事处|管委会|指挥部|领导小组|小组|"
    r"(?<![第零〇一二三四五六七八九十百千两几多\dA-Za-z\uff21-\uff3a甲乙丙丁各本每该分全同此某])组"
)

# A name ending as an organisation's does ("某市人民政府", "某某交易中心"): an issuer before 公告.
ORG_END = LazyPattern(rf"(?:{ORG_SUFFIX})$")

# A bare organisation name: what a 发文机关署名 line or one line of a joint mark says.
# "发文机关二" is how templates name a second issuer.
ORG_NAME = re.compile(
    rf"""
    ^(?P<value>
        (?:中共|中国共产党)?[{CJK}{MASK_CHARS}（）()]{{1,30}}?(?:{ORG_SUFFIX})
      | 发文机关[一二三四五六七八九十\d]
    )$
    """,
    re.X,
)

# 7.2.4 发文机关标志: the issuer's name followed by 文件 (文件格式), or a mark of another
# kind: 命令/令 (§10.2), 纪要 (§10.3); 公告, 通告 and 发电 marks are printed the same way.
# A letter (信函格式, §10.1) prints the bare name: that is ORG_NAME at the top.
ISSUER_MARK = re.compile(
    rf"""
    ^(?P<value>
        (?P<issuer>[{CJK}{MASK_CHARS}（）()]{{0,40}}?)
        (?P<kind>文件|命令|令|会议纪要|纪要|公告|通告|发电)
    )$
    """,
    re.X,
)
# A mark that is only its last word: the issuers stand on lines of their own (a joint mark).
MARK_WORDS = ("文件", "命令", "令", "会议纪要", "纪要", "公告", "通告", "发电")
# Words before a mark's word that name no issuer: a site's box of its notices ("最新公告",
# "通知公告", "往期纪要") printed above a page's text.
NOT_ISSUERS = frozenset({"最新", "最近", "近期", "热门", "热点", "重要", "更多", "往期", "历史", "通知",
                         "本站", "网站", "站内", "系统", "平台"})
# Which 公文 variant (options.GONGWEN_KINDS) a mark's last word makes.
MARK_KINDS = {"命令": "order", "令": "order", "会议纪要": "minutes", "纪要": "minutes"}

# 7.2.5 发文字号: 机关代字 + 〔年份〕 + 顺序号 + 号 ("某政发〔2024〕1号"). Scraped pages write the
# brackets as [ ] (ASCII or full width) ( ) （ ） 【 】 and sometimes add 第 and leading zeros; normalise_doc_number
# (recognise.py) writes the standard form. A 令 has only a number: "第12号" (§10.2.2).
DOC_NUMBER = re.compile(
    rf"""
    (?P<value>
        (?P<code>[{CJK}A-Za-z{MASK_CHARS}]{{0,12}})     # 机关代字, may be empty in a template
        [〔\[\uff3b(（【]\s*(?P<year>{_DIGIT}{{4}})\s*[〕\]\uff3d)）】]  # 〔2024〕
        \s*第?\s*(?P<number>{_DIGIT}*)\s*号              # 1号; a template leaves it blank
    )
    """,
    re.X,
)
ORDER_NUMBER = re.compile(rf"^(?P<value>第{_DIGIT}{{1,6}}号)$")

# 7.2.6 签发人: "签发人：张三 李四" (上行文), alone or after the 发文字号 on one line.
# The names are read from the line with its blanks kept (recognise.signer_names).
SIGNER = re.compile(r"签\s*发\s*人\s*[:：]\s*(?P<value>.*)$")

# 7.3.1 标题: "发文机关 + 关于…的 + 文种". The 文种 of §8 (the fifteen kinds of 公文 in the
# 党政机关公文处理工作条例) and the names of documents they transmit.
DOC_TYPES = (
    "决议|决定|命令|令|公报|公告|通告|意见|通知|通报|报告|请示|批复|议案|函|纪要|"
    "办法|规定|条例|细则|规则|方案|规划|计划|要点|意见书|答复|复函|证明|批示|讲话|总结"
)
TITLE = re.compile(
    rf"""
    ^(?P<value>
        (?=.*(?:关于|印发|转发|批转|的(?:{DOC_TYPES})$))  # a subject: 关于…, 印发… or …的通知
        [^。！？；]{{4,80}}?
        (?:{DOC_TYPES})(?:[（(][^）)]{{1,12}}[)）])?        # 文种, maybe "（试行）"
    )$
    """,
    re.X,
)
# A short title of its own kind: "证明", "函", "通知" (a single 文种, spaced out or not).
BARE_TITLE = re.compile(rf"^(?P<value>(?:{DOC_TYPES}))$")

# A letterhead's line under the unit's name: its street address, postcode, telephone or fax
# ("某市某区临江路88号 邮编310000", "电话：0571-8888 传真：…"), never a title's words.
LETTERHEAD_CONTACT = LazyPattern(
    r"^(?=.*(?:[路街巷弄道]\d+号|邮编|邮政编码|电话|传真|地址))(?!.*(?:关于|[。！？；]))"
    r"[\u3400-\u9fff0-9A-Za-z（）()\-—:：、，,.#\s]{4,60}$")

# A template's blank for a value: "[此处输入文件标题]", "【单位名称】", "□□□", "XXXX".
PLACEHOLDER = re.compile(
    rf"""
    ^(?:
        [\[\uff3b【〔](?:[^\]\uff3d】〕]*(?:此处|输入|填写|名称|标题|内容|机关|单位|姓名|日期)[^\]\uff3d】〕]*)[\]\uff3d】〕]
      | [{MASK_CHARS}]+
    )$
    """,
    re.X,
)

# Which blank a placeholder is: the title's ("[此处输入文件标题]") or the recipients' ("[单位名称]").
TITLE_BLANK = LazyPattern(r"标题|题目")
RECIPIENTS_BLANK = LazyPattern(r"主送|机关|单位|名称")

# 7.3.2 主送机关: one line after the title, the organisations (or a template's blank)
# separated by 、 ， and ending in a full-width colon.
RECIPIENTS = re.compile(
    r"""
    ^(?!附件|抄送|印发|主题词|签发人|联系人|出席|列席|请假|记录)  # labels, not organisations
    (?P<value>[^。！？；:：]{2,200}?)
    [:：]$
    """,
    re.X,
)

# 7.3.4 附件说明: "附件：1. 某某方案" then "2. 某某表" on the lines after; a single one
# is "附件：某某方案". The item numbers are kept out of the value.
ATTACHMENT_HEAD = LazyPattern(r"^附\s*件\s*[:：]\s*(?:\d{1,2}\s*[.．、])?\s*(?P<value>.+)$")
ATTACHMENT_ITEM = LazyPattern(r"^\d{1,2}\s*[.．、]\s*(?P<value>[^。！？；]{1,80})$")

# 7.3.5 成文日期: "2024年3月3日" (Arabic, §7.3.5) or "二〇二四年三月三日" (older
# documents), "20XX年XX月XX日" in a template. normalise_date (recognise.py) writes the first.
_CN_NUM = "〇零一二三四五六七八九十"
DATE_LINE = re.compile(
    rf"""
    ^(?P<before>.*?)                         # an issuer printed on the same line (纪要)
    (?P<value>
        (?P<year>{_DIGIT}{{4}}|[{_CN_NUM}○\uff2f]{{4}})年
        (?P<month>{_DIGIT}{{1,2}}|[{_CN_NUM}]{{1,2}})月
        (?P<day>{_DIGIT}{{1,2}}|[{_CN_NUM}]{{1,3}})日
    )$
    """,
    re.X,
)

# 7.3.7 附注: a line in parentheses after the 成文日期 ("（此件公开发布）").
NOTE = LazyPattern(r"^[（(](?P<value>[^（）()]{2,120})[）)]$")

# 7.3.8 附件: an attachment starts on a new page with "附件" or "附件2" alone on its line.
ATTACHMENT_START = re.compile(r"^附\s*件\s*(?P<value>\d{0,2})[:：]?$")

# The lines a document prints over its title that are neither the site's nor the title's (a
# page's copy of a 公文, an attachment, a bulletin): an attachment's label ("附件", "附件2"), a
# bulletin's issue ("第3期", "（第3期）", "〔2025〕第4期", "2025年第3期", "总第45期"), its
# circulation note ("内部资料 注意保存"), and the 版头 marks a scraped copy keeps above its title: 份号
# (six digits, a serial from 0: a counter never opens with a zero), 密级, 紧急程度, 签发人.
ISSUE_NUMBER = re.compile(
    r"^[（(〔\[]?(?:(?:19|20)\d{2}(?:年|[〕)）\]]))?总?第[\d〇零一二三四五六七八九十百]{1,4}期"
    r"(?:[（(]总第\d{1,5}期[)）])?[)）]?$"
)
CIRCULATION_NOTE = re.compile(
    r"^[（(]?内部(?:资料|刊物|文件|参阅|材料)(?:[，,、]?(?:注意保存|请勿外传|注意保密|妥善保管))?[)）]?$"
)

# "签发人：某某" alone on its line (7.2.6: a report's or a request's signer, over its title).
_SIGNER_ALONE = re.compile(r"^签发人[:：][^:：，,。]{2,24}$")


def head_label(squeezed: str) -> bool:
    """Whether a line (its blanks removed) is one of the document's own labels over its title."""
    return bool(ATTACHMENT_START.match(squeezed) or ISSUE_NUMBER.match(squeezed)
                or CIRCULATION_NOTE.match(squeezed) or re.fullmatch(r"0\d{5}", squeezed)
                or (SECRECY.match(squeezed) and squeezed != "★") or URGENCY.fullmatch(squeezed)
                or _SIGNER_ALONE.match(squeezed))


# 7.4.2 抄送机关: "抄送：某部，某局。" (the organisations, ended by a full stop).
CC = re.compile(r"^抄\s*送\s*[:：]\s*(?P<value>.+?)[。.]?$")

# 7.4.3 印发机关和印发日期: "某市人民政府办公室 2024年3月3日印发".
PRINTED = re.compile(
    rf"""
    ^(?P<printer>.+?)\s*
    (?P<date>(?:{_DIGIT}{{4}}|[{_CN_NUM}○]{{4}})年\S{{1,3}}月\S{{1,3}}日)
    \s*印发$
    """,
    re.X,
)

# Labelled fields of a government site's information box (索引号, 发文机关, 成文日期 ...).
INFO_LABELS = {
    "发文机关": "issuer",
    "发布机构": "issuer",
    "发文机构": "issuer",
    "发文字号": "doc_number",
    "文号": "doc_number",
    "成文日期": "date",
    "标题": "title",
}
INFO_FIELD = LazyPattern(
    rf"(?P<label>{'|'.join(sorted(INFO_LABELS, key=len, reverse=True))})[:：]\s*"
    r"(?P<value>.+?)(?=\s*(?:索引号|主题分类|分类|发文机关|发布机构|发文机构|发文日期|成文日期|发布日期|标题|发文字号|文号|"
    r"主题词|有效性|公开方式)[:：]|$)"
)
