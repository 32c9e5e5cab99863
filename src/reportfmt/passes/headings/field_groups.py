"""Short names each over the same fields: "夏季" / "每年4月16日至10月15日" / "开放时间：…" / "冬季" /
"10月16日至次年4月15日" / "开放时间：…" (used by rules.py).

A notice that gives the same facts for two or more things (seasons, prize grades, branches) names
each thing on a short line of its own and lists its facts under it, line by line, the same field
labels under every name. The names are that page's sections though no paragraph stands under
them: what proves them is the repeat, each name's lines labelled as the other names' are. A list
of short lines with no labelled line under them, or names whose fields differ, prove nothing.
"""

from __future__ import annotations

import re

from .measure import visible_len

# The name: a few words, as "夏季", "一等奖", "东区分馆".
NAME_MAX_CHARS = 8
# A field line: a label of a few words and its colon, then its value.
_FIELD = re.compile(r"^\s*(?P<label>[^\s：:，,。；;！!？?]{2,8})\s*[：:]\s*\S")
# Under each name, this many lines at most before the next name.
FIELDS_MAX_LINES = 6
GROUPS_MIN = 2


def field_groups(texts: list[str | None], shaped) -> list[int]:
    """Block indices of the names (lines passing `shaped`, labels.unnumbered_shape, and short),
    when two or more follow one another, each over 1..FIELDS_MAX_LINES lines of which at least
    one is a field whose label recurs under every other name, the names all different."""
    names = [i for i, t in enumerate(texts) if t and visible_len(t) <= NAME_MAX_CHARS and shaped(t)
             and not _FIELD.match(t)]
    groups: list[tuple[int, set[str]]] = []
    for position, index in enumerate(names):
        # the name's lines: to the next name, or (the last name) its first few lines
        end = names[position + 1] if position + 1 < len(names) else min(len(texts), index + 1 + FIELDS_MAX_LINES)
        block = [t for t in texts[index + 1:end] if t]
        if not block or len(block) > FIELDS_MAX_LINES:
            continue
        labels = {m.group("label") for t in block if (m := _FIELD.match(t))}
        groups.append((index, labels))
    chosen = [index for index, labels in groups
              if labels and all(labels & other for i, other in groups if i != index)]
    if len(chosen) < GROUPS_MIN or len({(texts[i] or "").strip() for i in chosen}) < len(chosen):
        return []
    # "主讲人：某某" / "行政党支部书记" / "微党课主题：…" / "主讲人：…" / "初三党支部书记": the first name
    # under one of the fields that recur is the last line of a group that began above it (a post
    # under its person), not a name heading its fields.
    above = texts[chosen[0] - 1] if chosen[0] else None
    recurring = set.union(*(labels for i, labels in groups if i in chosen))
    if above and (field := _FIELD.match(above)) and field.group("label") in recurring:
        return []
    return chosen
