"""convert_text's input_format: "md" reads markdown as `to="md"` names it (its front matter is
metadata), and a name it does not know is an error, not a silent plain-text read."""

from __future__ import annotations

import pytest

from reportfmt.api import convert_text

NOTE = "---\ntitle: 周例会纪要\n---\n\n# 议题\n\n本周完成了资料整理和档案归类两项工作。\n"


@pytest.mark.parametrize("name", ["md", "markdown", "MD"])
def test_md_is_markdown(name):
    out = convert_text(NOTE, to="md", input_format=name)
    assert "title: 周例会纪要" in out and 'title: "title:' not in out
    assert out.startswith("---\n") and "# 议题" in out


def test_unknown_input_format_is_an_error():
    with pytest.raises(ValueError, match="input_format 'rst'"):
        convert_text(NOTE, to="md", input_format="rst")
