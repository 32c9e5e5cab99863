"""A name with a gaming site's way in after it, printed again and again where a unit's name stands.

A hijacked domain writes its brand where the school's, the league committee's or the office's name
stood, each time the page names it: "…这是某某国际官网团委连续第三年…", "据悉，某某国际官网现有团
支部…". Whatever the name (no list of brands knows the next one), its form is one: a short name glued
to the way in the brand's adverts give it (官网, 官方网站, 娱乐平台, 娱乐城), printed twice or more on
the page, each copy standing in a sentence as a noun, none reached by a verb of going to a site
(登录, 访问, 进入, 通过, 在…) nor followed by what is on the site (上, 查询, 公布, 显示…).
The brand's first character is where the copies' contexts part: the longest run of name characters
before the way in that two copies share.

A document naming a real site names its owner, a unit (教育部官网, 学校官网, 某某集团官网: the name
ends in a unit's word) and goes to it with a verb ("登录学校官网查询"); a name with no unit word,
printed twice as a sentence's actor, is no site a document cites. A news item may still name a shop's
site or a licensed casino twice as its subject ("某某手机官网今日改版…", a Macau paper's "某某娱乐场表示…"):
so a name counts only behind an online gaming site's own way in (娱乐平台, 娱乐城) or with what gaming
brands put in theirs (国际, 娱乐, 体育, Latin letters, digits). Only names so found are handed to
brand_copies.py, which cuts every copy (recorded `injected.brand-copy`).

Round 51: the brand's other way of standing out is a code glued to the name, a lucky number or a
short Latin tag with digits ("某某8868团委…", "中共某某网址7906党委…", "350VIP某某集团…", "abc8722某某城…",
"某某集团abc122cc…"): no way in, but the same name and code printed again in the sentences where
the unit stood (seen on hijacked school pages of eight sites). A real document's number glued to
a name counts something or is part of what it names (2030 a year, 1200人, 1500字, 8341部队, 拨打
12345热线): a year, a number a counting or a unit's word follows, or one a label (电话, 编号, 约,
达…) introduces is no code.
"""

from __future__ import annotations

import re
from collections import Counter

from ..regex_cache import LazyPattern

# The brand's way in, as gaming adverts print it after the name (never "平台" alone: a report names
# many a 服务平台).
_WAY_IN = re.compile(r"官方网站|官方網站|官网|官網|娱乐平台|娛樂平台|娱乐城|娛樂城|娱乐场|娛樂場")
# What a name is made of: Chinese characters, Latin letters and digits, glued (a run of them closing
# the text searched).
_RUN = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]+$")
# A name a news item or a notice may well print twice as its subject ("小米官网今日改版…小米官网新增…",
# a Macau paper's "银河娱乐场…银河娱乐场表示…") is a real site or a licensed casino: a copy is a
# brand only where its way in is an online gaming site's own, or its name holds what gaming brands
# put in theirs (国际, 娱乐, 体育, 彩票, Latin letters or digits).
_GAMING_WAY_IN = frozenset({"娱乐平台", "娛樂平台", "娱乐城", "娛樂城"})
_GAMING_NAME = LazyPattern(r"国际|國際|娱乐|娛樂|体育|體育|彩票|棋牌|真人|博彩|电竞|電競|[A-Za-z0-9]")
MAX_NAME = 8
MIN_COPIES = 2
# A verb of going to a site or a preposition before the name: the document cites the site.
_GOVERNED = frozenset("录錄问問过過载載开開注用在入索上到至于於见見击擊往看览覽浏瀏据據从從")
# What is on a site after its name: the document reads it.
_READ_AFTER = frozenset("上中里裡查观觀看公发發显顯")
# The characters a sentence puts before a name, never a name's first (…这是/为/据悉，某某官网…).
_LEAD = frozenset("的是为為对對由在和与與了向把被给給让讓同及这這该該其各本我贵貴")
# A unit's last character: a real owner's site (学校官网, 某某局官网, 某某集团官网), no brand.
_UNIT_END = frozenset("校院部局府委厅廳处處室所会會司站网網馆館团團社队隊组組办辦"
                      "省市县縣区區镇鎮乡鄉村街州心家国國台臺报報")


# A lucky-number code: four to six digits (not a year), digits with "VIP" ("88VIP", "350vip8888"), or
# a short lowercase Latin tag with three to seven digits ("abc8722", "abc122cc", "wns8885556": a
# standard's or a model's code is written in capitals, or with fewer digits; a contact's account,
# "qq1234567", "wx…", "tel…", is a number the page gives, never a brand).
# Matched whole against each run of Latin letters and digits (_TOKEN: a scan that stays quick on a
# long line of Chinese text).
_CODE = re.compile(r"(?!(?:19|20)\d\d$)\d{4,6}|\d{2,6}(?i:vip)\d{0,6}|(?-i:(?!qq|wx|tel)[a-z]{2,5}\d{3,7}[a-z]{0,3})")
_TOKEN = re.compile(r"[A-Za-z0-9]+")
# Copies of one code read at most: a hijacked page prints its brand a few dozen times at most.
MAX_CODE_COPIES = 64
# A code holding letters is a brand's own, whatever word its name ends in (某某集团abc122cc).
_LETTER = LazyPattern(r"[A-Za-z]")
# What follows a number that counts or names a thing (a year, a sum, people, a road, a troop, a line…).
_COUNTED = frozenset("年月日号號元万萬亿億千百人名个個位次届屆期级級版款型线線路中小厂廠部队隊所热熱米吨噸"
                     "台辆輛件项項份户戶平公克斤度天周小时時分秒页頁条條章节節栋棟楼樓层層室房余餘多点點座家"
                     "字词詞篇首题題张張本册冊套间間株棵头頭只隻架艘根块塊双雙对對场場轮輪批遍回步道班载載岁歲倍笔筆")
# A name's last character that introduces a number (电话, 编号, 约, 达, 第…): the number is a value.
_NUMBER_LABEL = frozenset("话話线線号號码碼编編打电電真拨撥费費额額价價计計共约約达達至到第为為是")
# A date the sentence puts before the brand ("举办2024年某某abc1234567第五届…"): the year is the
# sentence's, never the name's: the name starts after it (a year is never a code either).
_DATE_HEAD = LazyPattern(r"^.*[0-9][年月日号號]")
# A name glued to a code is three characters at least: a two-character one is a maker's (某某5288服务器).
MIN_CODE_NAME = 3
# The name after a code ("350VIP某某集团…"): a run of Chinese characters opening the text searched.
_AFTER = re.compile(rf"[\u4e00-\u9fff]{{2,{MAX_NAME}}}")


def _before(text: str, start: int) -> str:
    """The run of name characters right before `start` (MAX_NAME at most)."""
    run = _RUN.search(text, max(0, start - MAX_NAME), start)
    return run.group() if run else ""


def _name_of(run: str, tails: Counter[str]) -> str:
    """The longest tail of `run` that another copy's run ends with too (`tails` counts every run's
    tails), leading sentence words dropped."""
    for begin in range(len(run)):
        if tails[run[begin:]] >= MIN_COPIES:
            return run[begin:].lstrip("".join(_LEAD))
    return ""


def _is_brand(name: str, way_in: str) -> bool:
    return (len(name) >= 2 and name[-1] not in _UNIT_END and not name.isdigit()
            and (way_in in _GAMING_WAY_IN or bool(_GAMING_NAME.search(name))))


def repeated_brands(texts: list[str]) -> list[str]:
    """The brands (name and way in) the page prints MIN_COPIES times or more, no copy governed."""
    copies: dict[str, list[tuple[str, int, int, str]]] = {}
    for text in texts:
        for m in _WAY_IN.finditer(text):
            run = _before(text, m.start())
            if run:
                copies.setdefault(m.group(), []).append((run, m.start(), m.end(), text))
    found: Counter[str] = Counter()
    cited: set[str] = set()
    for way_in, seen in copies.items():
        if len(seen) < MIN_COPIES:
            continue
        # Each run's tails counted once a run: a tail two runs end with is a name they share.
        tails = Counter(run[begin:] for run, *_ in seen for begin in range(len(run)))
        for run, start, end, text in seen:
            name = _name_of(run, tails)
            if not _is_brand(name, way_in):
                continue
            brand = name + way_in
            first = start - len(name)
            if (first > 0 and text[first - 1] in _GOVERNED) or (end < len(text) and text[end] in _READ_AFTER):
                cited.add(brand)
            found[brand] += 1
    for brand, governed in _code_brand_copies(texts):
        if governed:
            cited.add(brand)
        found[brand] += 1
    return sorted((brand for brand, count in found.items() if count >= MIN_COPIES and brand not in cited),
                  key=len, reverse=True)


def _code_brand_copies(texts: list[str]) -> list[tuple[str, bool]]:
    """(brand, governed) of each copy of a name glued to a code that the page prints MIN_COPIES
    times or more: the name before the code, the longest tail two copies' runs share, or, after a
    code holding letters with none before it, the longest head two copies' runs share."""
    by_code: dict[str, list[tuple[str, int, str, str]]] = {}
    for text in texts:
        for m in _TOKEN.finditer(text):
            if not _CODE.fullmatch(m.group()) or (m.end() < len(text) and text[m.end()] in _COUNTED):
                continue
            seen = by_code.setdefault(m.group(), [])
            if len(seen) < MAX_CODE_COPIES:
                after = _AFTER.match(text, m.end())
                seen.append((text, m.end(), _before(text, m.start()), after.group() if after else ""))
    copies: list[tuple[str, bool]] = []
    for code, seen in by_code.items():
        if len(seen) < MIN_COPIES:
            continue
        lettered = bool(_LETTER.search(code))
        tails = Counter(run[begin:] for _, _, run, _ in seen for begin in range(len(run)))
        heads = Counter(after[:end] for *_, after in seen for end in range(2, len(after) + 1))
        for text, end, run, after in seen:
            name = _DATE_HEAD.sub("", _name_of(run, tails)) if run else ""
            if len(name) >= MIN_CODE_NAME:
                if name[-1] in _NUMBER_LABEL or (not lettered and name[-1] in _UNIT_END):
                    continue
                # A verb before it reads no site here (the brand stands in "经表决通过某某7906党委工作报告"):
                # only what is on a site after it cites one.
                copies.append((name + code, end < len(text) and text[end] in _READ_AFTER))
            elif lettered and after:
                stops = range(len(after), 1, -1)
                name = next((after[:stop] for stop in stops if heads[after[:stop]] >= MIN_COPIES), "")
                name = name.rstrip("".join(_LEAD))
                if len(name) >= MIN_CODE_NAME:
                    copies.append((code + name, False))
    return copies
