"""Photo captions: the short line a news page prints under a picture ("汇报会现场", "各支部书记述职
汇报") is no section heading, though it stands alone between paragraphs as a bare heading does.

A line is read as a caption when a picture stands right above or below it, when a line beside it
says it is one ("图为…"), or, on a page that credits its pictures ("(文/图 张三)", "李四 摄"),
when it stands between two paragraphs: a scraped page often loses its pictures and keeps their
captions, and the credit line is what is left to say there were pictures. A scene's caption
("开幕式现场") says so too, and so makes the short lines between the paragraphs around it captions,
a line stacked on the scene's caption with a paragraph on its other side among them. Used by rules.py for
the headings that carry no number (labels.py); a numbered line is never a caption.
"""

from __future__ import annotations

import re

import panflute as pf

from .measure import is_body, squeeze

# A credit line is short: "(文/图 张勤英)", "图/李明", "摄影：王芳", "赵强 摄", "图片来源：网络".
CREDIT_MAX_CHARS = 30
_PICTURE_CREDIT = re.compile(
    r"文\s*[/／]\s*图|图\s*文\s*[/／:：]|(?:^|[（(\s])图\s*[/／:：]|摄影\s*[:：]|摄影报道"
    r"|[\u4e00-\u9fff]{2,4}\s*摄(?:影)?\s*[）)]?$|图片(?:来源|提供)|供图"
)
# A caption that says so: "图为活动现场", "上图：…", "图1 …", "图二：…" (a numeral in words needs its
# colon or blank after it: "图一时之快" is a sentence).
_CAPTION_OPENER = re.compile(
    r"^\s*[（(]?\s*(?:图为|上图|下图|图\s*\d{1,2}(?!\d)|图\s*[一二三四五六七八九十]{1,3}\s*[:：\s])")


# A scene's caption names the event the picture shows and ends on 现场 ("开班仪式现场", "审议现场"):
# a caption by its words, short and unpunctuated, and a sign that the page had pictures, as a credit is.
_SCENE = re.compile(r"^[^，,。；;：:！!？?]{2,16}现场$")


def is_scene_caption(text: str | None) -> bool:
    return bool(text) and _SCENE.match(squeeze(text)) is not None


def is_picture(block: pf.Element) -> bool:
    """A figure, or a paragraph holding nothing but pictures."""
    if isinstance(block, pf.Figure):
        return True
    if not isinstance(block, (pf.Para, pf.Plain)):
        return False
    inlines = [i for i in block.content if not isinstance(i, (pf.Space, pf.SoftBreak, pf.LineBreak))]
    return bool(inlines) and all(isinstance(i, pf.Image) for i in inlines)


def credits_pictures(texts: list[str | None]) -> bool:
    return any(t and len(squeeze(t)) <= CREDIT_MAX_CHARS and _PICTURE_CREDIT.search(t.strip()) for t in texts)


def captions(texts: list[str | None], pictures: frozenset[int] = frozenset(),
             credited: bool = False) -> set[int]:
    """Indices of the lines that are captions (see the module's doc); only short lines with no
    body text of their own are looked at. `credited`: a picture credit was seen outside `texts`
    (a line the boilerplate pass removed)."""
    credited = credited or credits_pictures(texts) or any(map(is_scene_caption, texts))
    found: set[int] = set()
    for index, text in enumerate(texts):
        if not text or is_body(text):
            continue
        above = texts[index - 1] if index else None
        below = texts[index + 1] if index + 1 < len(texts) else None
        beside_picture = bool({index - 1, index + 1} & pictures)
        told = any(t and _CAPTION_OPENER.match(t) for t in (text, above, below)) or is_scene_caption(text)
        between_paragraphs = credited and is_body(above) and is_body(below)
        if beside_picture or told or between_paragraphs:
            found.add(index)
    # Two pictures one under the other: a short line between a paragraph and a scene's caption is
    # the other picture's caption ("中层干部述职" over "评议会现场", a paragraph above them).
    scenes = {i for i, t in enumerate(texts) if is_scene_caption(t)}
    found |= {i for i, t in enumerate(texts) if t and not is_body(t) and i not in found
              and ((i - 1 in scenes and is_body(texts[i + 1] if i + 1 < len(texts) else None))
                   or (i + 1 in scenes and i and is_body(texts[i - 1])))}
    return found
