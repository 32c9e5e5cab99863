"""Which subtree is the article: repeated copies go first, then the deepest candidate that
holds most of the page's prose wins (a lone paragraph gives its box), and a lead printed just
above it is moved in."""

from __future__ import annotations

from lxml import etree

from .audit import Audit, printed_lines, reason_for
from .post_body import is_quote
from .repeated_posts import MIN_POSTS, is_post, shape
from .votes import Votes, is_chrome, score_tree, visible_length

# Elements that can hold the article; inline elements never win on their own.
CANDIDATE_TAGS = {"div", "td", "article", "section", "main", "body", "center", "font", "span",
                  "tbody", "table", "tr", "form", "blockquote", "ul", "ol", "dl", "dd", "p", "pre"}
# The article is the deepest element holding at least this share of the page's prose.
ARTICLE_PROSE_SHARE = 0.7


def best_subtree(root: etree._Element, scores: dict[etree._Element, Votes] | None = None) -> etree._Element:
    """The deepest candidate that still holds most of the page's prose."""
    scores = scores or score_tree(root)
    needed = ARTICLE_PROSE_SHARE * scores[root].prose
    candidates = [e for e in scores if e.tag in CANDIDATE_TAGS and scores[e].prose >= needed]
    if not candidates:
        return root
    # Among nested candidates the deepest has the least prose; ties go to the deepest.
    best = min(candidates, key=lambda e: (scores[e].prose, -len(list(e.iterancestors()))))
    if best.tag in TABLE_PARTS:
        # A table's body or row is never the article alone: its header row is in <thead>.
        best = next((a for a in best.iterancestors("table")), best)
    parent = best.getparent()
    if best.tag == "table" and parent is not None and parent in scores and is_data_table(best):
        # A statistics page is mostly its table, but the table is one block of the article:
        # the heading, the sentence that introduces it and the note under it are the others
        # (judged one by one by the cuts that follow, as a long paragraph's neighbours are).
        return parent
    if best.tag == "p" and parent is not None and parent is not root and parent in scores \
            and scores[parent].prose > scores[best].prose:
        # One long paragraph is a block of the article, not the article: the paragraphs beside
        # it in its box (a link line above, a postscript "附言：…" below) are its other blocks,
        # judged one by one by the cuts that follow. Its box holds at most 1/0.7 of its prose.
        return parent
    return best


# Parts of a table that the deepest-candidate walk may pick: the article is their table at least.
TABLE_PARTS = {"tbody", "thead", "tfoot", "tr"}
# A data table: rows of several short cells (a layout table has few rows of long cells).
DATA_TABLE_MIN_ROWS = 3
DATA_TABLE_MAX_CELL_CHARS = 40
# Rows looked at to tell a data table from a layout table: a 50,000-row table is not read whole.
DATA_TABLE_SAMPLE_ROWS = 50


def is_data_table(table: etree._Element) -> bool:
    """Rows of two or more short cells and no table inside: data, not page layout."""
    if next(table.iterdescendants("table"), None) is not None:
        return False
    rows = []
    for row in table.iterdescendants("tr"):
        rows.append(row)
        if len(rows) >= DATA_TABLE_SAMPLE_ROWS:
            break
    if len(rows) < DATA_TABLE_MIN_ROWS:
        return False
    cells = [cell for row in rows for cell in row if cell.tag in ("td", "th")]
    if len(cells) < 2 * len(rows):
        return False
    chars = sum(len("".join(cell.itertext()).strip()) for cell in cells)
    return chars / len(cells) <= DATA_TABLE_MAX_CELL_CHARS


# A block repeating an earlier block's text at least this long is a second copy of it
# (mobile and accessible versions of the page, print copies, "摘要" boxes).
REPEAT_MIN_CHARS = 30
# Tags that can hold a copy; inline and table-row tags are covered by their containers.
_COPY_TAGS = {"div", "p", "section", "article", "td", "table", "ul", "ol", "dl", "blockquote",
              "pre", "li", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "center"}


def drop_repeated_copies(body: etree._Element, audit: Audit) -> None:
    """Keep only the first copy of a block whose whole text appears earlier on the page.

    Many pages carry the article twice (a desktop and a mobile or barrier-free version):
    no single container then holds most of the prose, and the extractor would keep both.
    Nested blocks are visited parent first, so a whole repeated container goes at once.
    A row of labels printed BAR_COPIES times or more goes from every place, the first too
    (`drop_template_bars`).
    """
    copies: dict[str, list[etree._Element]] = {}
    gone: set[etree._Element] = set()
    lists: dict = {}  # listed_copy's memo: the page's lists of posts, read once each
    for elem in list(body.iter(*_COPY_TAGS)):
        # (The ancestors are read as a set only for a text seen before: most blocks' texts are
        # their own, and building a set of every block's ancestors was most of this walk's time.)
        if gone and not gone.isdisjoint(elem.iterancestors()):
            continue
        key = "".join(elem.text_content().split())
        if len(key) < BAR_MIN_CHARS:
            continue
        found = copies.setdefault(key, [])
        holder = None
        if found:
            ancestors = set(elem.iterancestors())
            holder = next((i for i, copy in enumerate(found) if copy in ancestors), None)
        if holder is not None:
            # A wrapper's only child has the wrapper's text: that is not a second copy.
            if holder == 0:
                found[0] = elem
            continue
        found.append(elem)
        if len(key) >= REPEAT_MIN_CHARS and len(found) > 1 and elem.getparent() is not None:
            first = found[0]
            if len(found) == 2 and first.getparent() is not None and listed_copy(elem, first, lists):
                # The earlier copy is a featured excerpt of a post listed below (a solution
                # banner above the thread): the post keeps its words in their place.
                gone.add(first)
                audit.drop(first, "repeat")
                found[0] = elem
                continue
            gone.add(elem)
            audit.drop(elem, "repeat")
    drop_template_bars([found for found in copies.values() if len(found) >= BAR_COPIES], gone, audit)


# How far above a copy its post box may lie (message body, its wrappers, the post).
POST_CLIMB = 8


def listed_copy(later: etree._Element, first: etree._Element, memo: dict) -> bool:
    """`later` lies in a post of a list (a box among alike siblings of which two or more read
    as posts: dated or signed) and `first` in none of that list's boxes: `first` is the
    featured copy. `memo` keeps what each list and box was found to be: a page of thousands
    of alike rows asks about the same list for each copy in it."""
    box = later
    for _ in range(POST_CLIMB):
        parent = box.getparent()
        if parent is None:
            return False
        kind = shape(box)
        if _is_post_list(parent, kind, memo) and _memo_post(box, memo):
            return not any(a.getparent() is parent and shape(a) == kind for a in (first, *first.iterancestors()))
        box = parent
    return False


def _is_post_list(parent: etree._Element, kind: tuple[str, str], memo: dict) -> bool:
    if (parent, kind) not in memo:
        posts = 0
        for child in parent:
            if isinstance(child.tag, str) and shape(child) == kind and _memo_post(child, memo):
                posts += 1
                if posts >= MIN_POSTS:
                    break
        memo[parent, kind] = posts >= MIN_POSTS
    return memo[parent, kind]


def _memo_post(box: etree._Element, memo: dict) -> bool:
    if box not in memo:
        memo[box] = is_post(box)
    return memo[box]


# A block printed this many times on a page is the template's, not an author's: the article is
# printed twice at most (desktop and mobile versions); a post's action bar once per post.
BAR_COPIES = 3
# A label of a button, tab or tooltip is at most this long ("你觉得这个回答怎么样？": 11) ...
LABEL_CHARS = 12
# ... and a bar holds at least this many of them, and this many characters.
BAR_LABELS = 3
BAR_MIN_CHARS = 10


def drop_template_bars(repeated: list[list[etree._Element]], gone: set, audit: Audit) -> None:
    """Every copy of a row of labels the page prints BAR_COPIES times or more goes, the first
    too: a Q&A page's vote, share and report bar under every answer, whose first copy sits
    under the best answer or the question, outside the repeated answers. The labels are
    BAR_LABELS elements or more, each short; a block of longer lines (a paragraph, a post), a
    table cell repeated down its column, or a block inside a quote stays where it was first
    printed."""
    for copies in repeated:  # first copies in page order: a bar goes before the labels in it
        first = copies[0]
        pieces = [t for t in (" ".join(t.split()) for t in first.itertext()) if t]
        if len(pieces) < BAR_LABELS or any(visible_length(p) > LABEL_CHARS for p in pieces):
            continue
        if first.tag in ("td", "th") or len(_labels(first)) < BAR_LABELS:
            continue  # a table's cell value repeated down its rows, a name with a note in brackets
        if any(is_quote(e) for copy in copies for e in (copy, *copy.iterancestors())):
            continue  # a quote repeats the post it answers: words, not a bar
        for copy in copies:
            if copy.getparent() is not None and not gone & set(copy.iterancestors()) and copy not in gone:
                gone.add(copy)
                audit.drop(copy, "repeated-bar")


def _labels(elem: etree._Element) -> list[etree._Element]:
    """The elements inside `elem` that hold text and no element with text: a bar's buttons."""
    return [e for e in elem.iterdescendants() if isinstance(e.tag, str) and e.text_content().strip()
            and not any(isinstance(d.tag, str) and d.text_content().strip() for d in e.iterdescendants())]


# A summary or lead printed above the article, outside its container (encyclopaedia
# lemma summaries, news standfirsts): clean prose of at least LEAD_MIN_PROSE characters,
# few links, found while climbing ancestors that add little prose beside the article.
LEAD_MIN_PROSE = 100
LEAD_MAX_LINK_SHARE = 0.25
LEAD_CLIMB_SHARE = 1.25
# Inside a lead candidate, keep the deepest block holding this share of its prose.
LEAD_CORE_SHARE = 0.9


def rescue_lead(body: etree._Element, article: etree._Element, audit: Audit) -> None:
    """Move a prose block that sits just before the article (outside it) to its top."""
    scores = audit.votes.scores(body)
    limit = LEAD_CLIMB_SHARE * scores[article].prose
    page_chars = scores[body].chars
    child = article
    for ancestor in article.iterancestors():
        if ancestor is body or ancestor not in scores or scores[ancestor].prose > limit:
            return
        for earlier in child.itersiblings(preceding=True):
            if not isinstance(earlier.tag, str) or is_chrome(earlier, page_chars):
                continue
            votes = scores[earlier]
            if votes.prose >= LEAD_MIN_PROSE and votes.links <= LEAD_MAX_LINK_SHARE * votes.chars:
                core = min(
                    (e for e in earlier.iter() if e in scores and scores[e].prose >= LEAD_CORE_SHARE * votes.prose),
                    key=lambda e: (scores[e].prose, -len(list(e.iterancestors()))),
                )
                article.insert(0, core)  # moves it
                audit.votes.forget()  # the moved block now votes inside the article
                return
        child = ancestor


def record_outside(body: etree._Element, article: etree._Element, audit: Audit) -> None:
    """Record every container (and loose text) of the page that lies outside the article."""
    scores = audit.votes.scores(body)
    node = article
    while node is not body and node.getparent() is not None:
        parent = node.getparent()
        audit.note(parent.text, "outside")
        for child in parent:
            if child is not node and isinstance(child.tag, str):
                audit.note(child.text_content(), reason_for(child, scores.get(child), "outside"),
                           printed_lines(child))
            audit.note(child.tail, "outside")  # the article's own tail lies outside it too
        node = parent
