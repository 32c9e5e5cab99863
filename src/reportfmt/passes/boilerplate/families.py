"""The chrome family of a block DOM extraction dropped, as the boilerplate rules would name it.

Extraction (read/extraction) drops containers before the rules see the page and records them
as `extract.<reason>` (vote, outside, link-dense…); the review page filters removed blocks by
family, so a 文库 paywall or a footer dropped that way would be found under "extract" only.
Each such block's lines (audit.printed_lines) are asked of the rules, through the one matcher
the line loop uses (rule_match.first_matching_rule), in order: the first line a rule names
gives the block's family, recorded beside the extract rule. A box's first line is its label
("相关推荐", "还剩3页未读", the copyright line): a 文库 paywall box whose download prompts
are document-site lines is still the paywall, a footer with a "uploaded by users" note still
the footer. Unless the page named the container as one of the rules' families (class
"footer", "comments", "related": the extract rule says so) and a line of it is that family's:
a footer opening with its row of site links (a meta-lines furniture row) is the footer.

Where: a dropped container lies outside the article, at neither a known head nor tail of the
document, so every zone is asked ("head", "tail", "anywhere"); a rule that needs its neighbours
(followed_by, not_after…) is asked of the line alone. Profile rules (a 文库 page's markers) are
all on: naming a block takes nothing from a page. A line a reviewer's `keep` rule matches names
no family. This names, it never removes: the text kept is the extraction's, whatever is named.
"""

from __future__ import annotations

from collections.abc import Sequence

from .rule_match import first_matching_rule
from .ruleset import active_rules, load_profiles

# Every zone: a container outside the article may have stood above it or below it.
ALL_ZONES = frozenset({"head", "tail", "anywhere"})
# Extract rules whose reason (the page's own name for the container, audit._REASONS) is a
# family of the rules.
NAMED_FAMILIES = {"extract.footer": "footer", "extract.comments": "comments",
                  "extract.related": "recommendations"}


def family_of_lines(lines: Sequence[str], extra: tuple[str, ...] = (), extract_rule: str = "") -> str | None:
    """The family (the rules' concept: a removed line's rule's first part) of the first of
    these lines a rule names, or the family the container's extract rule names when a line of
    it is that family's; else None."""
    if not lines:
        return None
    rules = active_rules(extra, frozenset(load_profiles(extra)))
    named = NAMED_FAMILIES.get(extract_rule)
    first = None
    for line in lines:
        rule = first_matching_rule(rules, line, set(ALL_ZONES))
        if rule is None or rule.action == "keep":
            continue
        if named is None or rule.concept == named:
            return rule.concept
        first = first or rule.concept
    return first
