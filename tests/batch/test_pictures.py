"""Picture files gathered for a page's job: inside the input only, from tar archives whatever the
member order, and part of what decides whether a re-run can skip the page."""

from __future__ import annotations

import io
import json
import tarfile
from pathlib import Path

from PIL import Image

from reportfmt import convert_many

PROSE = "<p>本段是正文内容，用来说明有关情况，篇幅足以让页面被识别为文章主体部分。</p>" * 3


def png(colour=(30, 90, 200)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (100, 60), colour).save(out, format="PNG")
    return out.getvalue()


def page(*srcs: str) -> bytes:
    images = "".join(f'<p><img src="{s}" alt="示意图"></p>' for s in srcs)
    return f"<html><body>{PROSE}{images}{PROSE}</body></html>".encode()


def records(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]


def test_nothing_outside_the_input_folder_is_read(tmp_path):
    (tmp_path / "secret.png").write_bytes(png())
    pages = tmp_path / "pages"
    (pages / "p_files").mkdir(parents=True)
    (pages / "p_files" / "link.png").symlink_to(tmp_path / "secret.png")
    (pages / "p.html").write_bytes(page("../secret.png", "p_files/link.png"))
    found = convert_many([pages], tmp_path / "out", to="md")
    (record,) = [r for r in found if r["source"].endswith("p.html")]
    assert record["images"] == []
    assert [d["reason"] for d in record["images_dropped"]] == [
        "outside the input folder", "missing: not found beside the page"]


def test_tar_pictures_are_found_before_or_after_their_page(tmp_path):
    archive = tmp_path / "site.tar"
    with tarfile.open(archive, "w") as tar:
        for name, data in (("a/x.png", png()), ("a/p.html", page("x.png", "y.png")), ("a/y.png", png((200, 0, 0)))):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    (record,) = convert_many([archive], tmp_path / "out", to="docx")
    assert [i["src"] for i in record["images"]] == ["x.png", "y.png"]
    assert all(Path(i["file"]).is_file() for i in record["images"])
    assert Path(record["images"][0]["file"]).parent == tmp_path / "out" / "site" / "a" / "p.pictures"


def test_a_changed_picture_makes_the_page_convert_again(tmp_path):
    pages = tmp_path / "pages"
    (pages / "p_files").mkdir(parents=True)
    (pages / "p.html").write_bytes(page("p_files/c.png"))
    (pages / "p_files" / "c.png").write_bytes(png())
    out = tmp_path / "out"
    first = convert_many([pages], out, to="md")[0]
    assert convert_many([pages], out, to="md")[0]["input_sha256"] == first["input_sha256"]
    (pages / "p_files" / "c.png").write_bytes(png((0, 160, 0)))
    again = convert_many([pages], out, to="md")[0]
    assert again["input_sha256"] != first["input_sha256"]
    assert again["images"][0]["sha256"] != first["images"][0]["sha256"]


def test_the_review_page_names_kept_pictures_from_its_own_folder(tmp_path):
    """The review page sits at OUTDIR's top and may only load files from there (img-src 'self'):
    a kept picture of a page in a subfolder is named by its path from OUTDIR, which exists."""
    pages = tmp_path / "pages"
    (pages / "a" / "p_files").mkdir(parents=True)
    (pages / "a" / "p.html").write_bytes(page("p_files/c.png"))
    (pages / "a" / "p_files" / "c.png").write_bytes(png())
    out = tmp_path / "out"
    convert_many([pages], out, to="md")
    shard = (out / "review" / "docs" / "00000.js").read_text(encoding="utf-8")
    docs = json.loads(shard[shard.index(",") + 1:shard.rindex(")")])
    (doc,) = [d for d in docs if d["source"].endswith("p.html")]
    assert [image["file"] for image in doc["images"]] == ["a/p.pictures/1.png"]
    assert (out / "a" / "p.pictures" / "1.png").read_bytes() == png()
