"""doc_to_json (write/json_dump.py) writes exactly the text panflute's own dump writes."""

from __future__ import annotations

import io

import panflute as pf

from reportfmt.batch.job import process_bytes
from reportfmt.options import Options
from reportfmt.write.conform import adapt_for
from reportfmt.write.json_dump import dumps
from reportfmt.write.pandoc import read_with_pandoc

# Every element kind a page or a hand-written document brings, as pandoc reads it.
MARKDOWN = """---
title: 测试*文档*
author: [甲, 乙]
date: 2024-01-02
keywords: [一, 二]
draft: true
---

# 第一章 总则 {#ch1 .part lang=zh}

普通段落，*强调*、**加粗**、~~删除~~、^上标^、~下标~、[小型]{.smallcaps}、[下划线]{.underline}、
`code`、$x^2$、<b>raw</b>、"引号"、[链接](https://example.org "标题")、![图](a.png){width=50%}、
脚注[^1]、[@cite]、软换行
与硬换行\\
结束。

[^1]: 脚注内容。

> 引用段落
>
> - 列表一
> - 列表二

1. 有序
2. 列表

术语
:   定义

::: {.note #n1}
一个 Div。
:::

```python
print("代码块")
```

<div>原样 HTML</div>

---

| 左 | 中 | 右 |
|:---|:--:|---:|
| 1  | 2  | 3  |

: 表格标题
"""

TABLE_HTML = """<table><caption>年度统计</caption><colgroup><col width="30%"><col width="70%"></colgroup>
<thead><tr><th>项目</th><th>情况</th></tr></thead>
<tbody><tr><td rowspan="2">甲</td><td>完成</td></tr><tr><td align="right">进行中</td></tr></tbody>
<tbody><tr><td colspan="2">合计</td></tr></tbody>
<tfoot><tr><td>注</td><td>截至年底</td></tr></tfoot></table>"""


def _panflute(doc: pf.Doc) -> str:
    stream = io.StringIO()
    pf.dump(doc, stream)
    return stream.getvalue()


def test_markdown_of_every_kind_dumps_as_panflute_does():
    doc = read_with_pandoc(MARKDOWN, "markdown")
    assert dumps(doc) == _panflute(doc)
    for fmt in ("pdf", "epub"):  # the adapted copies: raw typst, classes, new ids
        adapted = adapt_for(pf.load(io.StringIO(_panflute(doc))), fmt, Options())
        assert dumps(adapted) == _panflute(adapted)


def test_a_table_with_head_bodies_foot_and_spans_dumps_as_panflute_does():
    doc = read_with_pandoc(TABLE_HTML, "html")
    tables = [b for b in doc.content if isinstance(b, pf.Table)]
    assert tables and len(tables[0].content) == 2  # two bodies survive the reader
    assert dumps(doc) == _panflute(doc)


def test_a_cleaned_page_dumps_as_panflute_does():
    page = ("<html><head><title>关于开展检查的通知</title></head><body><h1>关于开展检查的通知</h1>"
            "<p>各单位：联系人张三，电话：1380000****。</p>" + TABLE_HTML + "</body></html>")
    doc = process_bytes(page.encode("utf-8"), "page.html", Options()).doc
    text = dumps(doc)
    assert '"masked"' in text and '"Table"' in text  # a mask span and the table are in it
    assert text == _panflute(doc)
