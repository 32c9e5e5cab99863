"""The parse check counts text nodes: attribute values are never page text."""

from __future__ import annotations

from reportfmt.read.htmlparse import parse_html_document, text_node_cjk
from reportfmt.read.reader import detect_format

PARA = "<p>" + "我们认真落实各项工作，取得了明显成效。" * 3 + "</p>"
# A share button whose attribute value holds markup and a long description (mechanism 1 of
# issue 13: the quick tag-stripping count read it as text, and the page was refused).
SHARE = '<a class="share" data-text="分享到微博<br/>' + "这是按钮里的说明文字" * 30 + '">分享</a>'


def test_markup_inside_an_attribute_value_does_not_get_the_page_refused():
    root = parse_html_document(f"<html><body>{PARA * 5}{SHARE}</body></html>")
    text = root.text_content()
    assert text.count("取得了明显成效") == 15 and "分享" in text


def test_text_nodes_are_counted_without_attributes_scripts_or_comments():
    page = f'<div title="标题属性">正文五个字</div><script>var a="脚本";</script><!-- 注释 -->{SHARE}'
    assert text_node_cjk(page) == len("正文五个字") + len("分享")


# An XHTML 1.0 page opening with an XML declaration that names its encoding: the bytes are
# decoded before parsing, and lxml refuses a decoded string that declares an encoding, so the
# page was refused as "malformed HTML".
XHTML = ('<?xml version="1.0" encoding="gb2312"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
         '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml">'
         "<head><title>通知</title></head><body>" + PARA + "</body></html>")


def test_an_xhtml_page_with_an_xml_declaration_is_parsed():
    for page in (XHTML, "  \n" + XHTML, "\ufeff" + XHTML):
        root = parse_html_document(page)
        assert root.findtext(".//title") == "通知"
        assert root.find("body").text_content().count("取得了明显成效") == 3


def test_an_xhtml_page_without_a_name_is_read_as_html():
    assert detect_format("noext", XHTML) == "html"
    assert detect_format("noext", '<?xml version="1.0"?><note>不是网页</note>') == "txt"
