"""A letter's or a notice's addressees: the line it opens with, never a section (used by labels.py).

"尊敬的家长：", "各位党员同志：", "各学院、各有关部门：", "各科室：", "全校各班级：": the readers a letter, a
notice or a speech is written to, on a short line of its own ending in a colon. Over a lead
sentence and a numbered list ("请您配合做好以下几点：" / "1、注意交通安全") the line stands where a
part's name would, but it names the readers, not the part.
"""

from __future__ import annotations

from ..regex_cache import LazyPattern

# The words a salutation opens on, or the people it names before its colon.
_RESPECT = r"(?:尊敬的|敬爱的|敬愛的|亲爱的|親愛的)\S{1,16}"
_PEOPLE = r"(?:各位|全体|全體)?\S{0,10}(?:们|們|同志|同仁|朋友)"
# "各科室", "各学院、各有关部门", "各乡镇（街道）": every unit of a kind, named by its kind's word.
_UNIT = (r"(?:单位|單位|部门|部門|科室|处室|處室|系部|学院|學院|学校|學校|院系|班级|班級|年级|年級|乡镇|鄉鎮"
         r"|街道|社区|社區|村|组|組|委|局|办|辦|所|站|中心|公司|支部|车间|車間|班组|班組|小组|小組|县|縣|区|區|市)")
# (the scope may come first: "全院各班级", "市直各单位", "全县各乡镇")
_UNITS = rf"(?:[\u3400-\u9fff]{{1,3}})?各(?:有关|有關|相关|相關)?\S{{0,6}}?{_UNIT}(?:[（(][^）)]{{1,6}}[）)])?"
_ADDRESSEES = LazyPattern(
    rf"^\s*(?:{_RESPECT}|{_PEOPLE}|{_UNITS}(?:\s*[、,，]\s*{_UNITS}){{0,5}})\s*[:：]\s*$")


def addresses_readers(text: str | None) -> bool:
    """The line names the readers the document is written to, closed by its colon."""
    return bool(text) and bool(_ADDRESSEES.match(text))
