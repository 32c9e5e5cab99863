"""How a new site decorates the same lines: the perturbations perturb_sites.py applies.

Each perturbation rewrites one line as another site would print it (a bullet in front, a label in
brackets, full-width digits, traditional script, ...) or, for the structural ones, joins or splits
lines. They are deterministic: a line's choice of bullet or colon comes from a generator seeded by
the page and the line, so two runs perturb the same pages the same way.

A character map (width, script) is a plain `str.translate` table, so perturb_sites.py maps a
label's text with the very table its page line went through and the scoring stays exact.
"""

from __future__ import annotations

import functools
import random
import re
from pathlib import Path

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# A line this short (folded characters) is the kind a site dresses with a bullet or a bar: meta
# lines, navigation, labels. Body paragraphs are longer and are left alone by these two.
SHORT = 40
BULLETS = ("• ", "· ", "| ", "■", ">>")
# "\u2236" is RATIO, which some sites print for a colon.
COLONS = (":", "：", " : ", "\u2236")
# A field label opening a line: "来源:X", "作 者：Y" (2-6 CJK characters before a colon).
_LEADING_LABEL = re.compile(rf"^(\s*)([{CJK}]{{2,6}})\s*[:：]\s*")
# Every field label of a short meta line ("发布时间:2020 来源:X"), the colon after it.
_LABEL = re.compile(rf"(?<![{CJK}])([{CJK}]{{2,4}})\s*[:：]")
_COLON = re.compile(rf"(?<=[{CJK}])\s*[:：]")

# Half-width CJK punctuation a site may print instead of the full-width one.
_HALF_PUNCTUATION = {"，": ",", "：": ":", "；": ";", "（": "(", "）": ")", "！": "!", "？": "?"}

# Simplified characters that stand for more than one traditional one, themselves included
# (后: 後 and 后; 发: 發 and 髮; 秋: 秋 and 鞦): fold_script's table lists only one pair each, so
# inverting it would write 鞦季 for 秋季. The common ones of the standard one-to-many list.
ONE_TO_MANY = set(
    "板表卜才采冲丑出当党淀吊斗范丰复干谷刮广合后胡划回汇伙获几机借家价荐姜据卷克夸困腊蜡累里历"
    "帘了卤蒙么霉弥面蔑辟苹凭仆朴千签曲确舍沈胜适术松台坛叹团向须旋佣余与御吁郁愿岳云扎占折征"
    "症只致制钟周朱注筑准咸系秋发尽获奸据蒙梁面朴"
)

LINE_FORMS = ("bullet", "trailing-bar", "bracket-label", "colon", "label-spaces")
CHAR_FORMS = ("fullwidth", "fullwidth-punct", "fullwidth-alnum", "halfwidth", "traditional")
STRUCTURE_FORMS = ("glue-next", "glue-prev", "wrap")
PERTURBATIONS = LINE_FORMS + CHAR_FORMS + STRUCTURE_FORMS


def folded_length(line: str) -> int:
    return len(re.sub(r"\s+", "", line))


@functools.cache
def char_table(name: str) -> dict[int, str]:
    """The translate table of a character perturbation."""
    if name == "fullwidth":
        # ASCII letters, digits and punctuation as their full-width forms (U+FF01-FF5E).
        return {code: chr(code + 0xFEE0) for code in range(0x21, 0x7F)}
    if name == "fullwidth-alnum":
        return {code: chr(code + 0xFEE0) for code in range(0x21, 0x7F) if chr(code).isalnum()}
    if name == "fullwidth-punct":
        # The punctuation a CJK site prints full-width: ，：；（）！？ (a URL's "/" and "." are
        # left alone, its ":" is not: a whole-page converter does the same).
        return {ord(v): k for k, v in _HALF_PUNCTUATION.items()}
    if name == "halfwidth":
        table = {code + 0xFEE0: chr(code) for code in range(0x21, 0x7F)}
        table.update({ord(k): v for k, v in _HALF_PUNCTUATION.items()})
        return table
    if name == "traditional":
        return _to_traditional()
    raise ValueError(f"not a character perturbation: {name}")


def _to_traditional() -> dict[int, str]:
    """fold_script's table inverted: a simplified character that exactly one traditional character
    folds to (and that is not itself folded as a traditional one) becomes that character."""
    text = (Path(__file__).parents[2] / "src" / "reportfmt" / "passes" / "traditional.txt").read_text(encoding="utf-8")
    traditional, simplified = (line for line in text.splitlines() if line and not line.startswith("#"))
    sources: dict[str, list[str]] = {}
    for trad, simp in zip(traditional, simplified, strict=True):
        if trad != simp:
            sources.setdefault(simp, []).append(trad)
    return {ord(simp): trads[0] for simp, trads in sources.items()
            if len(trads) == 1 and simp not in traditional and simp not in ONE_TO_MANY}


def line_form(name: str, line: str, rng: random.Random) -> str | None:
    """The line as a site decorating it this way prints it; None when the form does not apply."""
    if name in CHAR_FORMS:
        changed = line.translate(char_table(name))
        return changed if changed != line else None
    short = folded_length(line) <= SHORT
    if name == "bullet":
        return rng.choice(BULLETS) + line.lstrip() if short else None
    if name == "trailing-bar":
        return line.rstrip() + " |" if short else None
    if name == "bracket-label":
        match = _LEADING_LABEL.match(line)
        if not match:
            return None
        left, right = rng.choice((("【", "】"), ("[", "]")))
        return f"{match.group(1)}{left}{match.group(2)}{right}{line[match.end():]}"
    if name == "colon":
        if not short or not _COLON.search(line):
            return None
        colon = rng.choice(COLONS)
        return _COLON.sub(lambda _m: colon, line)
    if name == "label-spaces":
        if not short or not _LABEL.search(line):
            return None
        return _LABEL.sub(lambda m: _spaced(m.group(1), rng) + m.group(0)[len(m.group(1)):], line)
    raise ValueError(f"not a line perturbation: {name}")


def _spaced(label: str, rng: random.Random) -> str:
    """"来源" -> "来 源" or "来  源" (a two-character label padded to a four-character one's width);
    a longer label gets one blank between its characters."""
    gap = rng.choice((" ", "  ")) if len(label) == 2 else " "
    return gap.join(label)


def wrap(line: str) -> tuple[str, str] | None:
    """A line hard-wrapped in two at its middle (each half at least three characters)."""
    stripped = line.strip()
    if folded_length(stripped) < 8:
        return None
    middle = len(stripped) // 2
    first, second = stripped[:middle].rstrip(), stripped[middle:].lstrip()
    if folded_length(first) < 3 or folded_length(second) < 3:
        return None
    return first, second
