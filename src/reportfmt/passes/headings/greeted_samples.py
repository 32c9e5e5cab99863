"""Samples that each open on their name over a salutation (used by rules.decide).

A page holding several letters or speeches (倡议书, 致辞, 演讲稿…) shows each one as it was
written: its name on a line of its own, then whom it addresses ("尊敬的各位员工：", "亲爱的同学们：").
Where the page marks no number before a name, or a number of its own ("2.…", "二：…"), the
salutations tell where one document ends and the next opens: two of them at least on the page,
each under a short name and after the previous one's text, and the name over each opens a sample.
One salutation is one letter: its name is the page's title, no sample's.
"""

from __future__ import annotations

from ..patterns import SALUTATION
from ..regex_cache import LazyPattern
from .measure import LINE_PUNCT, is_body, squeeze, visible_len
from .numbering import parse_marker
from .samples import GENRE_END, TITLE_SAMPLE_MIN_CHARS, sample_marker

# A page holds several letters when this many lines greet their readers.
GREETINGS_MIN = 2
# A salutation is a short line (with its greeting run on at most).
GREETING_MAX_CHARS = 40
# A document's name over its salutation is short: a longer line is a sentence of the text. It
# has some words: "【内容】" over a salutation is a form's label, no letter's name.
NAME_MIN_CHARS, NAME_MAX_CHARS = 4, 30
# Whom a letter addresses, closed by its colon, a greeting may run on after it ("各位老师，亲爱的
# 同学们：大家早上好！"); or a group of persons named before 们 ("居民朋友们：", never "我们：").
_GREETING = LazyPattern(
    r"^[\s【\[]*(?:(?:尊敬的|敬爱的|亲爱的|各位|全体)[^。！？!?；;:：]{1,24}|[\u4e00-\u9fff、]{2,10}们)[:：]"
    r"\s*(?:[\u4e00-\u9fff]{0,6}好[!！。]?)?\s*$")
# The kind of document a name ends with; or the page title's last characters.
_ENDS_IN_KIND = LazyPattern(rf"{GENRE_END}$")
KIND_CHARS = 2
# The sample's own number before its name ("2.…", "二：…"): the name is read after it.
_OWN_NUMBER = LazyPattern(r"^(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[.．、:：]\s*")


def greets(text: str) -> bool:
    """A line addressing the readers of a letter or a speech."""
    return bool(SALUTATION.match(text) or _GREETING.match(text))


def _names_a_document(text: str, title_key: str | None) -> bool:
    """A short name: words, no mark of a sentence or a clause after its own number, not a
    salutation, not the page's title again. Unnumbered, it ends in a kind of document (the page
    title's kind, "…倡议书", "…致辞"): a unit's or a person's name there is the last letter's
    signer ("校学生会" over the next letter's "各位居民朋友：", its name the title, removed)."""
    name = _OWN_NUMBER.sub("", text.strip(), count=1).strip("【】[]")
    if name == text.strip().strip("【】[]") and not _ENDS_IN_KIND.search(name) and not (
            title_key and len(name) > KIND_CHARS and name[-KIND_CHARS:] == title_key[-KIND_CHARS:]):
        return False
    return (NAME_MIN_CHARS <= visible_len(name) <= NAME_MAX_CHARS and not LINE_PUNCT.search(name) and not is_body(name)
            and not greets(text) and squeeze(text) != title_key and sample_marker(text) is None)


def greeted_sample_lines(texts: list[str | None], title_key: str | None) -> frozenset[int]:
    """The lines naming a letter or a speech right over its salutation, on a page with two
    salutations at least; a name after the page's first salutation opens a sample only with the
    previous letter's text between them (TITLE_SAMPLE_MIN_CHARS), the first letter's name only
    when a later one opens a sample."""
    greetings = [i for i, text in enumerate(texts) if text and len(text) <= GREETING_MAX_CHARS and greets(text)]
    if len(greetings) < GREETINGS_MIN:
        return frozenset()
    first, later = None, set()
    for previous, greeting in zip([None, *greetings], greetings, strict=False):
        head = greeting - 1
        name = texts[head] if head >= 0 else None
        if not name or not _names_a_document(name, title_key):
            continue
        if previous is None:
            first = head
        elif sum(len(squeeze(t or "")) for t in texts[previous + 1:head]) >= TITLE_SAMPLE_MIN_CHARS:
            later.add(head)
    # (the first letter's name counts only with a later one: alone, it is the page's title)
    found = later | {first} if later and first is not None else later
    if found and any(t and parse_marker(t) is not None for t in texts[:min(found)]):
        # ("三、示例参考" / "模板一" / "尊敬的…："): a part's examples, no page's samples; and a first
        # letter shown unnamed with numbered parts ("1.…") would stand beside the samples, not as one
        return frozenset()
    return frozenset(found)
