"""Round 41 (bl41): a document's own words never go as chrome (issue 18: body kept 100 %)."""

from __future__ import annotations

from helpers import clean, texts


def _removed(report) -> list[tuple[str, str]]:
    return [(r["rule"], r["text"]) for r in report.removed]


def test_a_sentence_opening_on_the_previous_piece_stays():
    page = ("给新同事的交接清单(二)\n"
            "2.1 清单放在哪里\n"
            "上一篇讲了交接清单为什么常常漏项，这一篇接着说怎么补。动手之前，先问自己清单是给谁用的。\n"
            "清单放在共享盘的固定目录下，文件名写上日期和交接人，方便以后查找。\n"
            "2.2 每一项写到什么程度\n"
            "每一项只写一句话：做什么、在哪里、找谁。多出来的说明放到附件里。\n"
            "上一篇：给新同事的交接清单(一)\n"
            "下一篇 会议室预约的几点约定\n")
    doc, report = clean(page)
    body = "\n".join(texts(doc))
    assert "上一篇讲了交接清单为什么常常漏项" in body
    gone = [text for rule, text in _removed(report) if rule == "recommendations.previous-next"]
    assert "上一篇：给新同事的交接清单(一)" in gone
    assert "下一篇 会议室预约的几点约定" in gone


def test_a_templates_bracketed_date_blank_stays():
    page = ("感谢信的写法\n"
            "感谢信要写清谢谁、谢什么，语气真诚，篇幅不必长。下面是一个可以照着填的样子。\n"
            "```\n"
            "尊敬的[对方姓名]：\n"
            "上周[事情经过]，多亏您及时伸出援手，我们全家深表感谢！\n"
            "[写信人姓名]\n"
            "[日期]\n"
            "```\n"
            "照着这个样子把方括号里的内容换成自己的，一封感谢信就写好了。\n")
    doc, report = clean(page)
    body = "\n".join(texts(doc))
    assert "[日期]" in body
    assert not any(rule == "meta-lines.bracketed-label-alone" for rule, _ in _removed(report))


def test_a_sites_bracketed_button_beside_chrome_still_goes():
    page = ("社区消防演练小结\n"
            "本周六上午，社区组织居民开展了一次消防疏散演练，共有一百二十余人参加。\n"
            "演练结束后，消防站的同志现场讲解了灭火器的使用方法。\n"
            "【打印】\n"
            "【字号】\n"
            "【关闭】\n")
    doc, report = clean(page)
    body = "\n".join(texts(doc))
    assert "【字号】" not in body
    assert ("meta-lines.bracketed-label-alone", "【字号】") in _removed(report)


def test_a_byline_before_a_posts_text_is_cut_and_the_text_stays():
    page = ("会议记录怎么写短\n"
            "作者:江帆 时间:2024-03-02 今天和大家聊聊怎么把会议记录写短。先记结论，再记分歧，最后记谁去办。\n"
            "结论写在最前面，每条一句话；分歧只记双方的理由，不记原话。\n"
            "谁去办、什么时候办完，要写到人和日期。\n")
    doc, _ = clean(page)
    body = "\n".join(texts(doc))
    assert "今天和大家聊聊怎么把会议记录写短。" in body
    assert "作者:江帆" not in body


def test_a_byline_line_alone_still_goes():
    page = ("会议记录怎么写短\n"
            "作者:江帆 时间:2024-03-02 浏览:35\n"
            "会议记录要先记结论，再记分歧，最后记谁去办。结论写在最前面，每条一句话。\n"
            "谁去办、什么时候办完，要写到人和日期。\n")
    doc, _ = clean(page)
    body = "\n".join(texts(doc))
    assert "作者:江帆" not in body
    assert "会议记录要先记结论" in body
