"""A page titled with an uploaded file's name is a 文库 page (issue 18, round 37, li37).

"X.docx" / "《X.ppt》" as the page's title line: the file's page chunks numbered "1、" "2、" at the
line starts go, the first opening with the file's name and its text glued after it, even when a
chunk happens to end on a full stop and the page shows no other 文库 marker. A document titled
without an extension keeps its own numbered items. Fixtures are made up.
"""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed

NAME = "社区图书室借阅管理制度"
CHUNKS = [NAME + "一、图书室每周二、四、六下午开放，由社区志愿者轮流值守，借阅须出示居民借阅证。",
          "每人每次限借两册，借期十四天，可续借一次。二、图书逾期未还的，暂停借阅资格一个月。",
          "三、损坏或遗失图书的，按原价赔偿或购买同版本图书归还。青禾社区居委会2024年3月1日"]


@pytest.mark.parametrize("title", [NAME + ".docx", NAME + " .doc", "《" + NAME + ".pdf》", NAME + ".WPS"])
def test_chunk_numbers_of_a_file_titled_page_go(title):
    page = [title, *(f"{number}、{chunk}" for number, chunk in enumerate(CHUNKS, 1))]
    doc, report = clean("\n".join(page))
    assert removed(report, "injected.page-chunk-number") == ["1、", "2、", "3、"]
    assert not any(text.startswith(("1、", "2、", "3、")) for text in texts(doc))


def test_a_documents_numbered_items_under_a_plain_title_stay():
    items = ["1、" + NAME + "适用于本社区图书室的日常借阅和管理工作，志愿者须认真执行。",
             "2、每人每次限借两册，借期十四天，可续借一次。",
             "3、损坏或遗失图书的，按原价赔偿或购买同版本图书归还。"]
    doc, report = clean("\n".join([NAME, *items]))
    assert removed(report, "injected.page-chunk-number") == []
    assert texts(doc) == items
