"""Lines near the top that are never a page's title: credits, list items, a page's facts.

A byline (the authors' names, perhaps after their unit and post), a photo's caption ending in
its photographer's credit, and the first item of a numbered list are the text's own lines: the
title chooser (title_line) does not take them, and the byline tells where a title stands (just
above it), or that the scrape lost the title (when nothing stands above it). A line opening with
a date or a site's field is the page's fact: it goes, looked past. Used by title_line
and title_anchors.
"""

from __future__ import annotations

from .headings.labels import is_byline
from .patterns import CJK, CN_DIGITS
from .regex_cache import LazyPattern
from .script import fold_script

# The commonest Chinese surnames (they cover most people): a bare name line ("张三 李四") starts
# each name with one; a two-word title ("春天 来了") seldom does with all of its words.
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
    "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武"
    "戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮"
    "柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古"
    "吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇"
    "桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
)
# A post the author holds, ending the unit-and-post part of a byline ("…委员会副主任 郑 启明").
_POST = (r"(?:主任|书记|局长|部长|处长|科长|院长|校长|所长|主席|委员|会长|理事长|秘书长|教授|研究员|讲师|博士|"
         r"博士生|硕士|研究生|主编|编辑|干部|教师|律师|经理|董事长|馆长|站长|社长|厅长|主任科员|调研员|教研员|导师)")
# The unit and post, then one to three names: each two to four characters, or a surname and a
# given name set apart by a blank to line up ("郑 启明", "李 四").
_NAME = rf"(?:[{CJK}]{{2,4}}|[{CJK}]\s[{CJK}]{{1,2}})"
_POSTED_BYLINE = LazyPattern(rf"^\s*[{CJK}]{{2,30}}?{_POST}\s+{_NAME}(?:\s+{_NAME}){{0,2}}\s*$")
# "… 中国网 许朗摄影", "…(张三 摄)": a picture's caption, its photographer credited at its end.
# ("邵 川/摄": a two-character name spaced out to a three's width, a slash before the credit.)
_PHOTO_CREDIT = LazyPattern(rf"[{CJK}](?:\s?[{CJK}]){{1,3}}\s*[/／]?\s*(?:摄影|拍摄|摄|供图)\s*[)）]?\s*$"
                           rf"|(?:摄影|图片|图)\s*[:：/／]\s*[{CJK}]{{2,4}}\s*[)）]?\s*$")
# A page's fact opening a line: a date ("2024-03-18|閱讀時間…", "date 2019-06 作者:…"; a month
# follows the year, so "2024-2025学年…" is no date), or a site's field label and its colon
# ("来自:党委办公室", "博客访问: 286415").
_FACT_LED = LazyPattern(
    r"^\s*(?:date\s*)?(?:19|20)\d{2}\s*[-/.]\s*(?:0?[1-9]|1[0-2])(?!\d)"
    rf"|^\s*[{CJK}]{{0,4}}(?:来自|来源|作者|访问|浏览|阅读|点击|编辑|发布|时间|日期|数量|次数|人气|热度)\s*[:：]\s*\S{{1,20}}\s*$")
# "1," "2，" "3、" "4." opening a line: an item's number (the separator kept to compare).
_ITEM_NUMBER = LazyPattern(r"^\s*\d{1,2}\s*([,，、.．])(?!\d)")


# "文/", "作者／", "小作家/" opening a byline: the role the names below hold, set off by a slash.
_ROLE_SLASH = LazyPattern(rf"^[{CJK}]{{1,4}}\s*[/／]\s*(?=[{CJK}])")


def byline(text: str) -> bool:
    """The authors' names, perhaps after their unit and post: "周某远 高某琴", "某某研究中心 张三
    李 四", "全国人大常委会预算工作委员会副主任 郑 启明"."""
    line = _ROLE_SLASH.sub("", fold_script(text).strip(), count=1)
    if _POSTED_BYLINE.match(line):
        return True
    if not is_byline(line):
        return False
    tokens = line.split()
    # Names alone ("张三 李四"): each one opens with a surname, as two words of a title seldom do.
    return all(len(t) <= 1 or t[0] in SURNAMES for t in tokens) or len(tokens[0]) > 4


# A unit and the post held in it, alone on a line ("某市教研室初中数学教研员", "某学院兼职硕士生导师"): one
# of the lines an author's name stands over, no headline.
_UNIT_POST = LazyPattern(rf"^\s*[{CJK}]{{2,30}}{_POST}\s*$")


def unit_post(text: str) -> bool:
    """A line naming a unit and a post in it, nothing more: an author's affiliation."""
    return bool(_UNIT_POST.match(fold_script(text)))


def photo_caption(text: str) -> bool:
    """A picture's caption ending in its photographer's credit, or opening with the figure's number
    ("圖1 某會秋季例會合影", "图一:检查组…", "<图1-1>"): the text's line, not a title."""
    folded = fold_script(text)
    return bool(_PHOTO_CREDIT.search(folded) or _FIGURE_NUMBER.match(folded))


# A figure's number opening its caption (round 38; on 3 tuning sites: a chamber's news, a college's
# news, a manual's screenshots): 图 and a number, then a separator (a blank, a colon, a question
# mark left for a lost blank) and the caption's words, or nothing but its brackets. A title never
# opens with a figure's number.
_FIGURE_NUMBER = LazyPattern(
    rf"^\s*[<〈(（]?\s*[图圖]\s*(?:\d{{1,2}}(?:\s*[-－.．]\s*\d{{1,2}})?|[{CN_DIGITS}]{{1,3}})\s*"
    rf"(?:[>〉)）]\s*$|[:：、.．?？\s]+[{CJK}])")


def opens_list(text: str, below: str | None) -> bool:
    """The line and the next one open with item numbers of one kind ("1,…" / "3,…"): the first
    item of a list (a page whose title the scrape lost), not a title."""
    first = _ITEM_NUMBER.match(text)
    second = _ITEM_NUMBER.match(below or "")
    return bool(first and second) and _same_kind(first.group(1), second.group(1))


def _same_kind(one: str, other: str) -> bool:
    widths = {",": "，", ".": "．"}
    return widths.get(one, one) == widths.get(other, other)


def fact_led(text: str) -> bool:
    """A line opening with a page's fact (a date, a site's field): never a title."""
    return bool(_FACT_LED.search(fold_script(text)))


# A fact line this short, with no clause in it, is the site's line above the title (it goes); a
# longer one, or one holding a sentence's commas ("2023-03-06，我们…", a diary's entry), is left to
# the boilerplate pass.
FACT_LINE_MAX_CHARS = 40
_CLAUSE = LazyPattern(r"[，,。！？!?；;]")


def fact_line(text: str) -> bool:
    """A line of page facts alone (fact_led, short, no clause): the site's, above the title."""
    line = fold_script(text).strip()  # (its length without a converted page's readings)
    return fact_led(line) and len(line) <= FACT_LINE_MAX_CHARS and not _CLAUSE.search(line)
