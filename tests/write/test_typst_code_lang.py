"""A code block's class that is not a whole typst language tag ("rust,ignore" from a book's fence,
"c++") is cut to the tag typst reads: pandoc writes the class after the ```, and typst printed what
followed the tag (",ignore") as the block's first line of code, and warned."""

from __future__ import annotations

import io
import logging

import pytest

from reportfmt.api import convert_text

pypdf = pytest.importorskip("pypdf")

MARKDOWN = """# 示例手册

下面的函数不能编译：

```rust,ignore,no_run
fn main() {}
```

```c++
int total = 0;
```
"""
HTML = ('<html><head><title>示例页面</title></head><body><h1>示例页面</h1><p>这是一段用来说明代码格式的正文，'
        '下面是一段代码。</p><pre class="c++"><code>int total = 0;</code></pre><p>代码之后还有一段正文。</p>'
        '</body></html>')


@pytest.mark.parametrize("source,fmt", [(MARKDOWN, "markdown"), (HTML, "html")], ids=["markdown", "html"])
def test_code_blocks_print_their_code_alone(caplog, source, fmt):
    with caplog.at_level(logging.WARNING, logger="reportfmt.write.pdf"):
        pdf = pypdf.PdfReader(io.BytesIO(convert_text(source, to="pdf", input_format=fmt)))
    lines = [line.strip() for page in pdf.pages for line in page.extract_text().splitlines()]
    assert "int total = 0;" in lines
    assert not [line for line in lines if line.startswith((",", "++"))], lines
    assert not [r for r in caplog.records if r.name == "reportfmt.write.pdf" and "language tag" in r.getMessage()]
