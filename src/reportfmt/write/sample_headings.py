"""On a page of several samples (范文 pages: 篇1, 篇2…) each sample's heading is the title of a
document of its own, and the headings inside it are that document's: its 一、 is a first-level
heading in GB/T 9704's looks (黑体), its （一） a second-level one (楷体), though the outline
holds them a level below the samples.

So when every first-level heading of a page is a sample's (class "sample", passes/headings),
the sample headings are printed centred and every deeper heading takes the look of the level
above its own: in the PDF through the template variable `sample-headings` (styles/reportfmt
.typst), in the DOCX by giving the paragraph the style of the level above and its own outline
level back as direct formatting (word/document.xml, after pandoc: its DOCX writer ignores a
custom style on a heading). The EPUB's sample headings are classed "sample" already.
"""

from __future__ import annotations

import re

import panflute as pf

from ..passes.headings.samples import SAMPLE_CLASS
from .part_headings import DOCX_CENTRED, blocks_within

_DOCX_HEADING = re.compile(r'(<w:p><w:pPr><w:pStyle w:val="Heading)(\d)(" ?/>)(.*?)(</w:pPr>)', re.S)


def has_sample_headings(doc: pf.Doc) -> bool:
    """Whether the page's first-level headings are all samples' (and there are two or more)."""
    firsts = [block for block in blocks_within(doc.content) if isinstance(block, pf.Header) and block.level == 1]
    return len(firsts) >= 2 and all(SAMPLE_CLASS in block.classes for block in firsts)


def samples_in_docx(document_xml: str) -> str:
    """word/document.xml with the sample headings centred and the deeper headings one look up."""

    def restyle(match: re.Match) -> str:
        opening, level, closing, properties, end = match.groups()
        if level == "1":
            if "<w:jc " in properties:  # already placed (a part heading: part_headings.py)
                return match.group(0)
            return opening + level + closing + properties + DOCX_CENTRED + end
        # Heading N keeps outline level N (0-based N-1) while it looks like Heading N-1.
        return (opening + str(int(level) - 1) + closing + properties
                + f'<w:outlineLvl w:val="{int(level) - 1}" />' + end)

    return _DOCX_HEADING.sub(restyle, document_xml)
