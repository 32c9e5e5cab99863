"""The one form of a line every boilerplate rule is matched against.

Rules are written once, for the line as a site prints it bare. Sites dress the same line
differently: in traditional characters or with pinyin glosses (script.fold_script), and as an
item of a list, the bullet its markup had left as text ("• 信息来源:某某村委会", "· 作者:…").
Measured on eleven dev splits, a bullet before a meta line was the commonest reason a rule
written on one site missed the same field on another; rules that took it into account each did
so in their own pattern. Folding it once here lets every rule see the bare line.
"""

from __future__ import annotations

import re

from ..script import fold_script

# A list item's bullet left as text, with the blanks after it: the glyphs list markup prints.
# Not a hyphen or an asterisk (a date range, a footnote mark, a mask "**"), which rules that
# care about them name themselves.
_BULLET = re.compile(r"^[•·●○◦▪▫■□◆◇▶►‣∙]\s*(?=\S)")


def rule_form(text: str) -> str:
    """The line as rules see it: simplified characters, pinyin glosses and a leading bullet dropped."""
    return _BULLET.sub("", fold_script(text), count=1)
