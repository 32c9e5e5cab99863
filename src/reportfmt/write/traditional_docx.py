"""DOCX fonts for a page in traditional characters (lang zh-Hant, zh-TW, zh-HK, zh-MO).

The reference document's body, kai and title fonts are the GB/T 9704 names 仿宋_GB2312,
楷体_GB2312 and 方正小标宋简体, whose character sets are GB2312's simplified characters: Word
draws every traditional character those fonts lack in some other font, so a traditional page
came out in a patchwork of two typefaces. Such a page's styles name the same typefaces in
their GBK versions (the next font of each chain in styles/fonts.json), which hold the
traditional characters: 仿宋, 楷体, 华文中宋. 黑体 (SimHei) is a GBK font already.
"""

from __future__ import annotations

import re

import panflute as pf

# GB2312-only font -> the same face with traditional characters (styles/fonts.json's chains).
TRADITIONAL_FONTS = {"仿宋_GB2312": "仿宋", "楷体_GB2312": "楷体", "方正小标宋简体": "华文中宋"}
_TRADITIONAL_LANG = re.compile(r"^zh-(?:Hant|TW|HK|MO)\b", re.I)
_FONT_NAME = re.compile(r'(w:(?:ascii|hAnsi|eastAsia|cs)=")(' + "|".join(map(re.escape, TRADITIONAL_FONTS)) + ')"')


def is_traditional(doc: pf.Doc) -> bool:
    lang = doc.get_metadata("lang", default=None)
    return isinstance(lang, str) and bool(_TRADITIONAL_LANG.match(lang))


def traditional_fonts(styles_xml: str) -> str:
    """word/styles.xml with each GB2312-only font named by its traditional-capable version."""
    return _FONT_NAME.sub(lambda m: m.group(1) + TRADITIONAL_FONTS[m.group(2)] + '"', styles_xml)
