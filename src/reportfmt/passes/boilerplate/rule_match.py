"""Matching a line against the rules: the first rule that may act on a line where it stands.

Why a module of its own: the line loop (line_loop.py), the readings across a wrap or a glue
(seams.py) and the title passes (title_line, title_anchors, title_neighbours) all ask the one
question "which rule, if any, takes this line here?", and must get the same answer: every rule
sees the line in the one form line_form.py makes, is tried only when its literals may be in
the line (rule_index.py), and a rule that drops a whole line never takes prose. The answers are
remembered, since the same lines are asked about in every round of removal.
"""

from __future__ import annotations

import re

from .line_form import rule_forms
from .rule_index import RuleIndex, index_of
from .ruleset import Rule

# Rules naming the text a page printed in place of a picture ("文章插图", a file name): a
# paragraph holding the picture itself, whose alt text reads the same, is not theirs to drop.
# ("Image" alone is a 文库 page's placeholder text, and a real picture's alt text as often.)
PICTURE_TEXT_RULES = frozenset({"markup.picture-placeholder", "document-site.image-placeholder"})

# A block with this many sentences is prose: a rule that drops a whole line (a footer, a
# meta line) never drops it, whatever words it mentions. Cuts and drop-rest still apply.
PROSE_SENTENCES = 3
# A question mark standing alone between blanks ends no sentence: it is a separator dot the
# scrape could not encode ("社区 ? 来源:未知 ? 2022-09-07 ? 次阅读", round 26).
_SENTENCE_END = re.compile(r"[。！？!]|\?(?!\s)|(?<!\s)\?")
# A sentence has words: a line of marks alone ("? ? ?", a lost indent) is no prose.
_WORD = re.compile(r"\w")

# The longest line any rule looks at (a cut rule's max_chars); longer ones need no folding.
FOLD_MAX_CHARS = 100_000
# What may follow a template sentence that closes a paragraph (rules with `prose: true`).
_CLOSING = " 。.!！?？…~\uff5e"


def first_matching_rule(rules: tuple[Rule, ...], text: str, where: set[str]) -> Rule | None:
    """The first rule that may act on this line here; rules see the line in simplified
    characters, pinyin glosses and a list bullet dropped (line_form.py)."""
    if not text:
        return None
    return _first_matching_rule(rules, text, where)


def _first_matching_rule(rules: tuple[Rule, ...], text: str, where: set[str]) -> Rule | None:
    # The same lines are asked about in every round (the pipeline settles metadata,
    # boilerplate and linebreaks together; this pass repeats until nothing goes), and the
    # readings across a seam (seams.py) ask about the same pieces of a line again: answer
    # each (line, region) once per rule set. A pure function of its arguments, so sharing
    # the answers between documents is safe; rule sets are told apart by their index
    # (rule_index.index_of: one per distinct set, so a subset built afresh per page is still known).
    index = index_of(rules)
    key = (text, frozenset(where), id(index))
    known = _ANSWERS.get(key)
    if known is not None and known[0] is index:
        return known[1]
    rule = _answer(index, text, where)
    if len(_ANSWERS) >= MAX_ANSWERS:
        _ANSWERS.clear()
    _ANSWERS[key] = (index, rule)
    return rule


# (line, region, id of the rule set's index) -> (that index, first matching rule or None);
# bounded, cleared when full (at 4,096, a long page's lines were cleared before their next
# round asked again: 14 % of the answers worked out twice on half the bench pages).
_ANSWERS: dict[tuple[str, frozenset[str], int], tuple[RuleIndex, Rule | None]] = {}
MAX_ANSWERS = 16384


def _answer(index: RuleIndex, text: str, where: set[str]) -> Rule | None:
    if len(text) > FOLD_MAX_CHARS:  # longer than any rule's max_chars: nothing to match
        return _first_rule_in(index, text, where)
    # The line as printed, then bare of its dressing (line_form.rule_forms).
    for form in rule_forms(text):
        if (rule := _first_rule_in(index, form, where)) is not None:
            return rule
    return None


def _first_rule_for(rules: tuple[Rule, ...], text: str, where: set[str]) -> Rule | None:
    """The first rule of `rules` matching this one form of a line (no folding, no answers kept)."""
    return _first_rule_in(index_of(rules), text, where)


def _first_rule_in(index: RuleIndex, text: str, where: set[str]) -> Rule | None:
    if index.longer_than_any(text):
        return None  # (what eligible() answers, without counting a long line's sentences first)
    prose = len(_SENTENCE_END.findall(text)) >= PROSE_SENTENCES and bool(_WORD.search(text))
    # Only the rules whose required literals the line may hold and that may act on it here
    # (rule_index.py: in a region of `where`, max_chars, not between chrome, which a rule acting
    # only between two lines of chrome is asked by between.py, after the scan; in prose, a rule
    # that drops a whole line never drops it), in order.
    for rule in index.eligible(text, where, prose):
        match = rule.search(text)
        # In prose, the template sentence must be the paragraph's last one; a template sentence
        # (`prose: true`, a lead-in) followed by the text's own sentence never takes it along.
        if match and not ((prose or rule.prose or rule.concept == "lead-in") and rule.action == "drop"
                          and _SENTENCE_END.search(text[match.end():].rstrip(_CLOSING))) and not (
                rule.concept == "lead-in" and rule.action == "drop"
                and (_points_back_after_text(text, match.end()) or _own_clause_before(text, match.start()))):
            return rule
    return None


# A document's clause about itself, by its own kind ("本通知由办公室负责解释。", "本办法自发布之日起
# 施行。", "本协议一式两份…"): the closing clause of a notice, a rule or an agreement, never a site's
# talk about the page it shows (that says 本文, 本篇, 以下).
_OWN_CLAUSE = re.compile(r"(?:^|[。！？!?；;])\s*本(?:通知|通告|公告|办法|辦法|规定|規定|制度|细则|細則|方案"
                         r"|协议|協議|合同|章程|公约|公約|守则|守則|须知|須知|预案|預案|条例|條例|准则|準則|决定|決定|意见|意見|计划|計劃)"
                         r"(?:[^。！？!?]{0,30}?(?:由|自|经|經|未尽|未盡|所称|所稱|解释|解釋|适用|適用|一式|生效|施行|执行|執行))")


def _own_clause_before(text: str, start: int) -> bool:
    """Whether the line holds, before a site's closing sentence matched at `start`, the
    document's own clause about itself: the line is the document's, kept whole (its own clause
    is body text; the site's sentence after it is the lesser loss)."""
    return start > 0 and _OWN_CLAUSE.search(text, 0, start) is not None


# A site's sentence pointing back at the text ("以上是小编整理的…", "以上就是…的全部内容") closes the
# text before it on its line (a sentence's end, or a signed date): those words are the text's, not
# genre talk, and a rule dropping the whole line would take them; the outro rules cut the site's
# sentence from the line's end.
_BACK_AFTER_TEXT = re.compile(r"(?:[。！？!?]|\d{1,2}\s*日)\s*(?:以上|上面|上述|上文)")


def _points_back_after_text(text: str, end: int) -> bool:
    """Whether, up to the match's `end`, the line's text is followed by a sentence pointing back."""
    return _BACK_AFTER_TEXT.search(text, 0, end) is not None
