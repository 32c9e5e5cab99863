"""A board's own wording of its register prompt, and its hidden-content note (issue 18, round 46).

On a forum thread's page, the call to register with what a member may do ("注册一下，就能…交流…")
and the note where a post hides its pictures or links from guests ("…隐藏，注册或登录后显示") go,
however the board words them. A notice asking its readers to register on a system, on a page that
is no thread, stays. Fixtures are made up.
"""

from __future__ import annotations

import pytest

from helpers import clean, texts

HEAD = ["找回密码", "立即注册", "查看: 312|回复: 5", "村务公开工作总结交流",
        "小王 发表于 2023-3-8 10:20:11 | 显示全部楼层 |阅读模式"]
POSTS = ["今年以来，我村认真做好村务公开工作，每季度公开一次财务收支情况。",
         "下一步，我们将继续完善公开栏，方便群众随时查看。"]


@pytest.mark.parametrize("prompt", ["注册一下，就能和各地的同行一起交流村务经验",
                                    "马上注册，即可下载更多资料模板",
                                    "图片隐藏，注册或登录后显示", "部分链接隐藏，登录后可见"])
def test_a_board_s_own_register_prompt_goes(prompt):
    doc, report = clean("\n".join([*HEAD, prompt, *POSTS]))
    assert texts(doc) == POSTS
    assert [r["rule"] for r in report.removed if r["text"] == prompt] == ["forum.register-promise"]


def test_a_notice_asking_to_register_stays():
    notice = ["关于开展网上报名工作的通知", "各村（社区）：",
              "请各单位于5月10日前登录报名系统。",
              "注册账号后即可查看本单位的报名情况。",
              "特此通知。"]
    doc, _ = clean("\n".join(notice))
    assert "注册账号后即可查看本单位的报名情况。" in texts(doc)


def test_the_code_copy_button_goes_and_the_code_stays():
    code = "@echo off"
    doc, report = clean("\n".join([*HEAD, POSTS[0], code, "复制代码", POSTS[1]]))
    assert "复制代码" not in texts(doc)
    assert [r["rule"] for r in report.removed if r["text"] == "复制代码"] == ["forum.code-copy-button"]


def test_the_poster_box_links_and_the_board_s_welcome_go():
    links, welcome = "发送短消息给qingxi.li 加为好友", "溪口论坛欢迎您登录！"
    doc, report = clean("\n".join([*HEAD, links, welcome, *POSTS]))
    assert texts(doc) == POSTS
    assert [r["rule"] for r in report.removed if r["text"] == links] == ["forum.poster-message-links"]
