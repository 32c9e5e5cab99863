"""Reply and comment composers: the form a reader types a reply into is never the page's words.

Forum, Q&A and blog templates print a composer under the posts (Discuz's quick reply,
a blog's comment form, a Q&A site's answer box): a text area in a form, with its labels
("昵称", "邮箱", "发表回复"), hints, an emoji picker and a login prompt around it. Cleaning
removes the text area itself (read/html.py drops every form control), so the form would be
left holding only its furniture, named by nothing the chrome names know ("ui form"). Before
the controls go, `mark_composers` marks each form that holds a text area; inside the chosen
article `cut_composers` drops a marked form (rule `extract.composer`) unless it holds a post
box, much of the article or a long line: some templates (ASP.NET) wrap the whole page in one
form.
"""

from __future__ import annotations

from lxml import etree

from .audit import Audit
from .votes import cjk_count, visible_length

# Set on the cleaned tree; pandoc's HTML reader keeps no attribute of a <form>.
COMPOSER_MARK = "data-reportfmt-composer"
# A marked form holding at least this share of the article's visible text is the page's
# wrapper, not a composer beside the article.
COMPOSER_MAX_SHARE = 0.5
# A composer's words are labels and hints; a line of this many Chinese characters inside the
# form is somebody's text (an article a page printed inside its one form), never cut here.
COMPOSER_MAX_LINE = 60


def mark_composers(root: etree._Element) -> None:
    """Mark the form around each text area (call before the form controls are removed)."""
    for area in root.iter("textarea"):
        form = next(area.iterancestors("form"), None)
        if form is not None:
            form.set(COMPOSER_MARK, "")


def cut_composers(article: etree._Element, audit: Audit, posts: frozenset = frozenset()) -> None:
    """Drop the marked forms inside `article` that hold no post and little of its text."""
    forms = [f for f in article.iterdescendants("form") if COMPOSER_MARK in f.attrib]
    if not forms:
        return
    total = visible_length(article.text_content())
    for form in forms:
        if not any(a is article for a in form.iterancestors()):
            continue  # inside a form dropped already
        if any(p is form or any(a is form for a in p.iterancestors()) for p in posts):
            continue  # the posts are inside it: a page-wide form
        if any(cjk_count(line) >= COMPOSER_MAX_LINE for line in form.itertext()):
            continue
        if visible_length(form.text_content()) < COMPOSER_MAX_SHARE * total:
            audit.drop(form, "composer")
