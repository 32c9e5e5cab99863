"""Round 47 (meta lines by form): the prompt a page's player or share box prints beside its QR code
to go on with the page on a phone, whoever's scanner it names, and the phone-view button beside it.
They go at the page's head or tail; a notice's own lines asking to scan a code to sign up or fill
in a form stay. Every line here was written for this test."""

from __future__ import annotations

import pytest

from helpers import clean, removed_by, texts

TITLE = "城西街道老旧小区改造工作总结"
BODY = ["今年以来，街道围绕老旧小区改造开展了入户走访，共收集居民意见一百二十余条。",
        "针对停车难、照明差等问题，街道联合物业制定了分批整改清单，目前已完成六项。",
        "下一步，街道将把整改进度按月公示，接受居民监督。"]


@pytest.mark.parametrize("prompt", ["用手机扫描二维码 在手机上继续观看", "用微信扫一扫，在手机上继续阅读",
                                    "立即用手机扫描左侧二维码在手机上继续观看视频",
                                    "用某某视频APP或微信扫码在手机上继续观看", "用手機掃描二維碼 在手機上繼續觀看"])
def test_a_go_on_on_your_phone_prompt_goes_at_either_end(prompt):
    for lines in ([TITLE, prompt, *BODY], [TITLE, *BODY, prompt]):
        doc, report = clean("\n".join(lines))
        assert texts(doc) == BODY
        assert [r.replace(" ", "") for r in removed_by(report, "meta-lines.share-qr-prompt")] == [
            prompt.replace(" ", "")]


@pytest.mark.parametrize("button", ["手机查看", "手机浏览"])
def test_the_phone_view_button_beside_it_goes(button):
    doc, report = clean("\n".join([TITLE, "用手机扫描二维码 在手机上继续观看", button, *BODY]))
    assert texts(doc) == BODY
    assert removed_by(report, "meta-lines.site-service-word") == [button]


def test_a_notices_own_scan_to_fill_in_line_stays():
    lines = [BODY[0], "扫码在手机上继续填写", "请扫描二维码报名，截止时间为本月20日。", BODY[2]]
    doc, _report = clean("\n".join(lines))
    assert texts(doc) == lines
