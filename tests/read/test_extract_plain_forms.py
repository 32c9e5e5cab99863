"""Layouts no thread set was tuned on (issue 13, round 23), in made-up pages of their form: a
text BBS whose articles are <br>-lined plain text with header lines, quote and signature; a
letter box's form table; a blog post whose readers' comments outweigh it on a site that also
calls itself a community. Exact words kept, the form's furniture gone."""

from __future__ import annotations

import lxml.html

from reportfmt.batch.job import process_bytes
from reportfmt.options import build_options
from reportfmt.passes.elements import block_text
from reportfmt.read.extraction.audit import Audit
from reportfmt.read.extraction.mail_text import drop_mail_furniture


def _body(html: str) -> list[str]:
    processed = process_bytes(html.encode("utf-8"), "page.html", build_options())
    return [block_text(b) for b in processed.doc.content]


def _article(n: int, who: str, words: list[str], quote: str = "", sign: str = "") -> str:
    lines = [f"发信人: {who} ({who}的昵称), 信区: Pets", "标  题: 猫咪不爱喝水怎么办",
             f"发信站: 示例站 (Mon Jun 3 20:0{n}:11 2024), 站内", "", *words]
    if quote:
        lines += [f"【 在 cat{n - 1} (某某) 的大作中提到: 】", f": {quote}"]
    lines += ["--", *([sign] if sign else []), f"※ 来源:·示例站 bbs.example.org·[FROM: 10.0.{n}.*]"]
    cell = "<br/>".join(lines)
    return (f'<table class="post"><tr><td><a href="/u/{who}">{who}</a></td><td><a>回复</a> <a>只看此ID</a>'
            f'</td><td>第{n}楼</td></tr><tr><td colspan="3" class="content">{cell}<br/></td></tr></table>')


BBS = ("<html><head><title>猫咪不爱喝水怎么办 - 宠物版</title></head><body>"
       '<div class="nav"><a href="/">示例站</a> <a href="/b/Pets">宠物版</a> <a href="/login">登录</a></div>'
       + _article(1, "cat0", ["家里的猫一天只喝几口水，尿也少，担心它肾不好。", "换过好几种碗都没用，大家有什么办法？"])
       + _article(2, "cat1", ["试试流动的饮水机，很多猫喜欢喝会动的水。", "湿粮里的水分也算，可以每天加一顿罐头。"],
                  quote="换过好几种碗都没用", sign="养猫第十年")
       + _article(3, "cat2", ["碗离猫粮远一点放，有的猫不喝饭旁边的水。"])
       + '<div class="pager">第1页 共1页</div><div class="foot">示例站 站务公告</div></body></html>')


def test_a_text_bbs_article_loses_its_headers_quote_line_and_signature() -> None:
    text = "\n".join(_body(BBS))
    for words in ["家里的猫一天只喝几口水，尿也少，担心它肾不好。", "换过好几种碗都没用，大家有什么办法？",
                  "试试流动的饮水机，很多猫喜欢喝会动的水。", "湿粮里的水分也算，可以每天加一顿罐头。",
                  ": 换过好几种碗都没用", "碗离猫粮远一点放，有的猫不喝饭旁边的水。"]:
        assert words in text
    for furniture in ["发信人", "发信站", "信区", "大作中提到", "养猫第十年", "※ 来源", "FROM", "只看此ID"]:
        assert furniture not in text


def _lines(html: str) -> tuple[str, list[str]]:
    article = lxml.html.fromstring(f"<div>{html}</div>")
    audit = Audit()
    drop_mail_furniture(article, audit)
    return article.text_content(), [r.rule for r in audit.removed]


def test_unsigned_label_lines_of_a_report_are_its_words() -> None:
    # A meeting's minutes open with "时间：/地点：" lines and an empty line: no signature, no message.
    minutes = "时间：2024年3月5日<br/>地点：三楼会议室<br/>主持：王**<br/><br/>会议听取了一季度工作汇报。<br/>"
    assert _lines(minutes) == (minutes.replace("<br/>", ""), [])


def test_a_colon_line_above_quote_marks_is_words_in_an_unsigned_block() -> None:
    body = "主要意见如下：<br/>: 加快进度<br/>: 控制成本<br/>会后分头落实。"
    assert _lines(body) == (body.replace("<br/>", ""), [])


LETTER = ("<html><head><title>关于夜间施工噪音的反映_书记信箱</title></head><body>"
          '<ul class="menu"><li><a href="/">首页</a></li><li><a href="/gk">政务公开</a></li>'
          '<li><a href="/hd">互动交流</a></li></ul>'
          '<table class="mail" border="1">'
          "<tr><td>信件编号</td><td>A2024070101</td><td>来信人</td><td>李**</td></tr>"
          "<tr><td>来信时间</td><td>2024-07-01</td><td>信件状态</td><td>已办结</td></tr>"
          "<tr><td>信件标题</td><td colspan='3'>关于夜间施工噪音的反映</td></tr>"
          "<tr><td>来信内容</td><td colspan='3'>书记您好！我家楼下的工地最近每天晚上十一点以后还在浇筑混凝土，"
          "机器声音很大，孩子第二天要上学，全家都睡不好。请相关部门管一管，谢谢！</td></tr>"
          "<tr><td>答复单位</td><td>区生态环境分局</td><td>答复时间</td><td>2024-07-05</td></tr>"
          "<tr><td>答复内容</td><td colspan='3'>李女士您好！接到来信后，我局执法人员于7月3日夜间到现场检查，"
          "该工地未办理夜间施工许可，已责令其停止夜间作业并立案调查。如再发现类似情况，请拨打热线反映。</td></tr>"
          "<tr><td>满意度</td><td colspan='3'>满意 一般 不满意</td></tr></table>"
          '<div class="foot">主办：示例区委办公室 备案号：示ICP备00000000号</div></body></html>')


def test_a_letter_box_form_keeps_the_letter_and_the_reply_alone() -> None:
    blocks = _body(LETTER)
    assert blocks == [
        "来信人李**",  # a masked value stays, even a form field's
        "书记您好！我家楼下的工地最近每天晚上十一点以后还在浇筑混凝土，机器声音很大，孩子第二天要上学，全家都睡不好。"
        "请相关部门管一管，谢谢！",
        "李女士您好！接到来信后，我局执法人员于7月3日夜间到现场检查，该工地未办理夜间施工许可，已责令其停止夜间作业并立案调查。"
        "如再发现类似情况，请拨打热线反映。",
    ]


def test_a_data_table_with_a_header_row_stays_a_table() -> None:
    rows = "".join(f"<tr><td>{name}</td><td>{a}</td><td>{b}</td></tr>"
                   for name, a, b in [("一月", "120", "98"), ("二月", "133", "101"), ("三月", "141", "99")])
    html = ("<html><head><title>一季度完成情况</title></head><body><h1>一季度完成情况</h1>"
            "<p>一季度各月完成情况见下表，总体好于去年同期，其中三月增幅最大，主要得益于新项目投产。</p>"
            f"<table><tr><th>月份</th><th>产量</th><th>计划</th></tr>{rows}</table></body></html>")
    text = "\n".join(_body(html))
    for cell in ["月份", "一月", "120", "三月", "99"]:
        assert cell in text


_COMMENTS = [
    "照着文章改了配置，我们的服务在高峰期也稳定多了，想知道连接数上限按什么公式估算比较合适。",
    "超时设置太短会不会把正常的慢请求也误杀？我们有几个报表接口本来就要跑十几秒。",
    "容器里跑的时候要按每个实例算，副本数一多，加起来很容易超过数据库允许的最大连接数。",
    "我们之前也遇到过，最后发现是有个地方没有归还连接，池子被慢慢耗光，调大上限只是推迟了问题。",
    "建议再加一段监控的配置，把活跃连接数和等待线程数都画出来，下次出问题一眼就能看到。",
    "写得很清楚，收藏了，期待作者下一篇讲讲读写分离以后连接池怎么分别配置。",
]


def _comment(n: int) -> str:
    return (f'<li class="c-item"><a class="name" href="/u/{n}">读者{n}号</a>'
            f'<span class="date">2024-03-0{n} 10:1{n}</span>'
            f'<div class="text">{_COMMENTS[n - 1]}</div><div class="bar"><a>回复</a><a>点赞</a></div></li>')


BLOG = ("<html><head><title>连接池调优小记-示例技术社区博客</title></head><body>"
        '<div class="toolbar"><a href="/">首页</a><a href="/blog">博客</a><a href="/login">登录</a></div>'
        '<h1>连接池调优小记</h1><div class="info">原创 于 2024-03-01 发布 阅读量1.2k</div>'
        '<div id="content"><p>高峰期接口频繁超时，查下来是连接池最大连接数沿用了默认值。</p>'
        "<p>把最大连接数按实例数重新估算并缩短等待超时以后，响应时间恢复正常。</p>"
        "<p>这次的教训是默认值不能照搬，上线前要按预估的并发量把连接池的几个参数都算一遍。</p></div>"
        '<div class="c-box"><div class="title">评论 6</div><ul class="c-list">'
        + "".join(_comment(n) for n in range(1, 7)) + "</ul></div>"
        '<div class="foot">关于我们 示例技术社区 版权所有</div></body></html>')


def test_a_blog_post_outweighed_by_its_comments_is_the_post_alone() -> None:
    assert _body(BLOG) == ["高峰期接口频繁超时，查下来是连接池最大连接数沿用了默认值。",
                           "把最大连接数按实例数重新估算并缩短等待超时以后，响应时间恢复正常。",
                           "这次的教训是默认值不能照搬，上线前要按预估的并发量把连接池的几个参数都算一遍。"]


_QUESTION = "家里的路由器放在客厅，卧室隔了两堵墙以后信号只剩一格，看视频经常卡住，除了买新设备还有什么办法？"
_ANSWER = "把信道从自动改成固定的一个，再把频宽从四十兆改成二十兆，隔墙的信号会稳定很多，我家改完以后卧室就能看视频了。"
_OTHERS = ["也可以试试电力猫，走电线传信号，不受墙的影响，价格也不算贵。",
           "改信道之前先用手机软件扫一下附近都在用哪个信道，挑最空的那个效果最好。"]


def _qa_post(n: int, who: str, words: str) -> str:
    return (f'<div class="timeline-comment"><div class="comment-header"><a href="/u/{who}">{who}</a> '
            f'<span class="time">2024-05-0{n} 10:0{n}</span></div>'
            f'<div class="comment-body"><p>{words}</p></div><div class="reactions"><button>赞 {n}</button></div></div>')


QA = ("<html><head><title>隔墙以后信号很差怎么办 - 讨论区</title></head><body>"
      '<div class="nav"><a href="/">首页</a> <a href="/d">讨论</a> <a href="/login">登录</a></div>'
      "<h1>隔墙以后信号很差怎么办</h1>"
      f'<div class="answered-box"><div>已由 <a href="/u/b">网友乙</a> 解答</div><p>{_ANSWER[:36]}…</p>'
      '<a href="#a">查看完整回答</a></div>'
      + _qa_post(1, "网友甲", _QUESTION) + '<div class="answers"><h3>3 个回答</h3>'
      + _qa_post(2, "网友乙", _ANSWER) + _qa_post(3, "网友丙", _OTHERS[0]) + _qa_post(4, "网友丁", _OTHERS[1])
      + '</div><div class="foot">关于本站 帮助</div></body></html>')


def test_a_cut_short_preview_of_the_chosen_answer_goes_the_answer_stays() -> None:
    text = "\n".join(_body(QA))
    for words in [_QUESTION, _ANSWER, *_OTHERS]:
        assert text.count(words) == 1, words
    assert _ANSWER[:36] + "…" not in text
    assert text.count(_ANSWER[:36]) == 1
