"""Options: one precedence chain, named errors for unknown keys."""

from __future__ import annotations

import pytest

from reportfmt.errors import OptionsError
from reportfmt.options import Options, build_options, load_config_file


def test_defaults():
    options = Options()
    assert options.masks.style == "highlight"
    assert options.headings.articles is False
    assert options.boilerplate.enabled is True


def test_later_layers_win_and_strings_are_coerced():
    options = build_options(
        {"masks": {"style": "box"}, "headings.articles": True},
        {"masks.style": "underline", "headings.articles": "false", "timeout": "5"},
    )
    assert options.masks.style == "underline"
    assert options.headings.articles is False
    assert options.timeout == 5.0


def test_unknown_key_names_the_key_and_what_is_allowed():
    with pytest.raises(OptionsError) as info:
        build_options({"masks.colour": "red"})
    assert "masks.colour" in str(info.value)
    assert "masks.style" in str(info.value)


def test_bad_values_are_refused():
    with pytest.raises(OptionsError):
        build_options({"masks.style": "sparkle"})
    with pytest.raises(OptionsError):
        build_options({"typography.enabled": "maybe"})


def test_config_file_under_reportfmt_key(tmp_path):
    path = tmp_path / "conf.yaml"
    path.write_text("reportfmt:\n  masks:\n    glyph: □\n", encoding="utf-8")
    assert build_options(load_config_file(path)).masks.glyph == "□"
