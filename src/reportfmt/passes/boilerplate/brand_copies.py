"""A hijacked page's brand, once a rule named it, goes wherever else the page prints it.

A hijacked domain writes its gaming or betting brand where the school's or the unit's name stood,
so the brand recurs: alone on a line above the text, glued before the title, inside the body's
sentences ("由某某体育直播手机版颁发…"), each copy in its own context. The brand rules read a
copy by its context (a line of it alone, a name with its way in, a code glued to a selling
word), and a copy whose context no rule reads survives (a "直播" between the game word and the
way in, a title line the metadata took before the rules ran). Once any brand rule has cut or
dropped the string, its exact copies anywhere in the kept text and in the page's title are the
same injected string: they go too. A string no rule named is never cut here, and short strings
(a common word) never count as a brand.
"""

from __future__ import annotations

import re

import panflute as pf

from ..elements import block_text, inline_text, is_text_block
from ..literals import may_match, required_literals
from ..regex_cache import LazyPattern, page_pattern
from ..script import to_simplified
from .inline_cut import cut_spans
from .repeated_brands import repeated_brands
from .ruleset import Rule

Blocks = list[tuple[int, pf.Block]]
Removed = list[tuple[int, str, str]]

# The injected-family rules whose match is a brand standing in for a name (not a count, a stamp
# or a jammer string): what they removed is the brand itself.
BRAND_RULES = frozenset({
    "injected.gambling-brand",
    "injected.betting-brand-pair",
    "injected.casino-venue-name",
    "injected.code-glued-casino-name",
    "injected.joined-name-site-stamp",
    "injected.gaming-brand-inline",
    "injected.coded-brand-inline",
    "injected.gaming-brand-line",
    "injected.betting-code-inline",
    "injected.latin-glued-betting-brand",
    "injected.dotted-gaming-brand",
    "injected.repeated-brand",
})
# Their concepts: a rule of any other concept is passed over without naming it (the title is
# read against every active rule, ~430, twice a page).
BRAND_CONCEPTS = frozenset(name.partition(".")[0] for name in BRAND_RULES)
RULE = "injected.brand-copy"
# A brand no rule read, named by its copies alone (repeated_brands.py).
REPEATED = "injected.repeated-brand"
# A brand shorter than this is too common a string to cut wherever it stands.
MIN_BRAND_CHARS = 4
# Blanks and the separators a brand line repeats its name with ("某某娱乐官网 某某娱乐官网").
_PARTS = LazyPattern(r"[\s|｜·—_\-]+")
# What a brand's masthead line says after it ("某某娱乐平台首页"): nothing left of the page's own.
_HOME_WORD = LazyPattern(r"\s*(?:首页|首頁|主页|主頁)?\s*$")


def brands_named(removed: Removed) -> list[str]:
    """The brand strings the brand rules removed, longest first (a copy of a longer brand is cut
    whole before a shorter one inside it is looked for)."""
    found: set[str] = set()
    for _, text, rule in removed:
        if rule in BRAND_RULES:
            found.update(part for part in _PARTS.split(text) if len(part) >= MIN_BRAND_CHARS)
    return sorted(found, key=len, reverse=True)


def _copies(brands: list[str]) -> re.Pattern:
    """Any of the brands, longest first (brands_named's order)."""
    return page_pattern("|".join(re.escape(brand) for brand in brands))


def brands_repeated(blocks: Blocks, removed: Removed, keep: set[int] | frozenset[int], title: str) -> Removed:
    """The brands the page names by their copies alone (repeated_brands.py), as entries of what the
    rules removed: brands_named reads them as it reads a brand rule's. A copy in a line a rule took
    already (the brand's masthead line above the title) counts too."""
    texts = [inline_text(block) for _, block in blocks if is_text_block(block) and id(block) not in keep]
    return [(-1, brand, REPEATED) for brand in repeated_brands([*texts, title, *(text for _, text, _ in removed)])]


def cut_brand_copies(blocks: Blocks, removed: Removed, keep: set[int] | frozenset[int]) -> tuple[Blocks, Removed]:
    """Cut every copy of a named brand from the kept text blocks (a block left empty, or holding
    only the home-page word the brand's masthead line put after it, goes)."""
    brands = brands_named(removed)
    if not brands:
        return blocks, []
    pattern = _copies(brands)
    kept: Blocks = []
    gone: Removed = []
    for origin, block in blocks:
        if is_text_block(block) and id(block) not in keep:
            spans = [m.span() for m in pattern.finditer(inline_text(block))]
            if spans:
                gone.append((origin, cut_spans(block, spans), RULE))
                if _HOME_WORD.match(block_text(block)):
                    continue
        kept.append((origin, block))
    return kept, gone


def brands_in_title(title: str, rules: tuple[Rule, ...]) -> list[tuple[str, str]]:
    """(brand, rule) of each brand the inline brand rules read in the title line: the metadata took
    the line before the rules ran ("某某官方网站研究生奖学金评审细则", a brand glued before the
    title where the school's name stood), so the rules read it here, as they read a body line."""
    if not title:
        return []
    simple = to_simplified(title)
    found: list[tuple[str, str]] = []
    for rule in rules:
        if rule.concept not in BRAND_CONCEPTS:
            continue
        named = f"{rule.concept}.{rule.name}"
        # A title without any string every match of the pattern holds has no match: its pattern
        # as written (most of these rules' searches read the line's rule form) is not built.
        if (named in BRAND_RULES and rule.action == "cut" and not rule.profile
                and may_match(required_literals(rule.source, rule.flags), simple)):
            found.extend((title[m.start():m.end()].strip(), named)
                         for m in rule.pattern.finditer(simple) if m.group().strip())
    return found


# The rule that takes a hijacked page's masthead line over its title before the brand rules read it.
MASTHEAD_RULE = "meta-lines.above-title"


def brands_in_masthead(removed: Removed, rules: tuple[Rule, ...]) -> Removed:
    """The brands the brand rules read in the lines over the title that meta-lines.above-title took
    whole ("某某体育·(中国)某某官方网站|2024最新": a hijacked page's masthead, its brand standing for the
    school's name in the title and the text too), as entries of what the rules removed. Round 54:
    the masthead went, its brand's copies stayed (a stored hijacked college page, gzrq2012.com)."""
    return [(-1, brand, rule) for _, text, named in removed if named == MASTHEAD_RULE
            for brand, rule in brands_in_title(text, rules)]


def title_without_brands(title: str, removed: Removed) -> str:
    """The page's title with the named brands' copies cut ("某某体育直播手机版评选…的通知": the
    title line the metadata took before the rules named the brand); the title as it was when
    nothing of it would be left."""
    brands = brands_named(removed)
    if not brands or not title:
        return title
    bare = _copies(brands).sub("", title).strip()
    return bare if len(bare) >= MIN_BRAND_CHARS else title
