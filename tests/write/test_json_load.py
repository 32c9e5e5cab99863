"""json_load.loads builds the Doc pf.load builds (write/json_load.py)."""

from __future__ import annotations

import io
import json

import panflute as pf
import pytest

from reportfmt.write.json_dump import dumps
from reportfmt.write.json_load import loads
from reportfmt.write.pandoc import run_pandoc

# Blocks and inlines of every common kind, metadata of every shape, and a table.
MARKDOWN = """---
title: 年度*总结*
author: [张三, 李四]
draft: true
tags: {一: 甲, 二: [乙, 丙]}
---

# 一、总体情况 {#s1 .part}

正文*强调*、**加粗**、~~删除~~、^上^、~下~、`代码`、$x$、<b>原样</b>、"引号"、[链接](https://example.org)、
![图](a.png){width=50%}、脚注[^1]、软换行
与硬换行\\
结束。

[^1]: 注释。

> 引用
>
> - 列一
> - 列二

1. 有序

术语
:   定义

::: {.note}
一个 Div。
:::

```
代码块
```

---

| 左 | 右 |
|:---|---:|
| 1  | 2  |

: 表题
"""

TABLE_HTML = """<table><caption>统计</caption><thead><tr><th>项目</th><th>情况</th></tr></thead>
<tbody><tr><td rowspan="2">甲</td><td>完成</td></tr><tr><td>进行中</td></tr></tbody>
<tfoot><tr><td colspan="2">截至年底</td></tr></tfoot></table>"""


def _both(text: str) -> tuple[pf.Doc, pf.Doc]:
    return loads(text), pf.load(io.StringIO(text))


def _pandoc_json(source: str, reader: str) -> str:
    return run_pandoc(["-f", reader, "-t", "json"], source.encode("utf-8")).decode("utf-8")


@pytest.mark.parametrize("source, reader", [(MARKDOWN, "markdown"), (TABLE_HTML, "html"),
                                            ("<p>甲<br>乙 丙\n丁</p><ul><li>条目</li></ul>", "html")])
def test_every_element_kind_loads_as_panflute_loads_it(source, reader):
    fast, slow = _both(_pandoc_json(source, reader))
    assert fast == slow  # panflute's equality: types, slots, content lists and their allowed types
    assert dumps(fast) == dumps(slow)
    assert fast.metadata == slow.metadata


def test_loaded_elements_know_their_parents_and_can_be_changed():
    doc = loads(_pandoc_json("<p>第一段 文字</p><p>第二段</p>", "html"))
    first = doc.content[0]
    assert isinstance(first, pf.Para) and first.parent is doc
    assert [type(e).__name__ for e in first.content] == ["Str", "Space", "Str"]
    word = first.content[2]
    assert word.text == "文字" and word.parent is first and word.index == 2 and word.next is None
    first.content.append(pf.Str("。"))  # the content list accepts inlines, as panflute's does
    with pytest.raises(TypeError):
        first.content.append(pf.Para())  # ...and refuses blocks, as panflute's does
    assert pf.stringify(doc) == "第一段 文字。\n\n第二段\n\n"


def test_a_malformed_run_of_text_is_refused_as_panflute_refuses_it():
    text = '{"pandoc-api-version":[1,23,1],"meta":{},"blocks":[{"t":"Para","c":[{"t":"Str","c":5}]}]}'
    with pytest.raises(TypeError):
        pf.load(io.StringIO(text))
    with pytest.raises(TypeError):
        loads(text)


def test_a_table_panflute_refuses_is_refused_alike():
    """read/html.py reads such a table's cells as plain blocks on panflute's colspec error."""
    table = json.loads(_pandoc_json("<table><tr><td>甲</td><td>乙</td></tr></table>", "html"))
    table["blocks"][0]["c"][2] = table["blocks"][0]["c"][2][:1]  # one column spec for two cells
    text = json.dumps(table, ensure_ascii=False)
    with pytest.raises(IndexError, match="colspec") as panflute_error:
        pf.load(io.StringIO(text))
    with pytest.raises(IndexError, match="colspec") as our_error:
        loads(text)
    assert str(our_error.value) == str(panflute_error.value)


def test_an_unusual_cell_is_left_to_panflute():
    table = json.loads(_pandoc_json("<table><tr><td>甲</td><td>乙</td></tr></table>", "html"))
    body_row = table["blocks"][0]["c"][4][0][3][0]
    body_row[1][1][2] = 0  # rowspan 0: panflute refuses it
    with pytest.raises(TypeError, match="rowspan"):
        loads(json.dumps(table))
    body_row[1][1][2] = 1
    body_row[1][1][0][1] = ["甲", 5]  # a class that is not text
    with pytest.raises(TypeError):
        loads(json.dumps(table))
