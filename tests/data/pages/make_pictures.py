"""Draw the corpus pages' local pictures (bar charts, a photo-like gradient, an icon).

Run from the project root:  .venv/bin/python tests/data/pages/make_pictures.py
The pictures are made here, not taken from anywhere: small, deterministic, no text in them.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent


def bar_chart(values: list[int], size: tuple[int, int] = (480, 300), colour=(52, 101, 164)) -> Image.Image:
    width, height = size
    image = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(image)
    draw.line([(40, 10), (40, height - 30), (width - 10, height - 30)], fill="black", width=2)
    step = (width - 60) // len(values)
    top = max(values)
    for index, value in enumerate(values):
        x = 50 + index * step
        bar = (height - 50) * value // top
        draw.rectangle([x, height - 30 - bar, x + step - 12, height - 31], fill=colour)
    return image


def gradient(size: tuple[int, int] = (320, 200)) -> Image.Image:
    width, height = size
    image = Image.new("RGB", size)
    pixels = image.load()
    for x in range(width):
        for y in range(height):
            pixels[x, y] = (80 + x * 150 // width, 120 + y * 100 // height, 160)
    return image


def main() -> None:
    bar_chart([12, 18, 15, 22, 27, 31]).save(HERE / "report_files" / "chart.png", optimize=True)
    bar_chart([5, 9, 14, 11], colour=(115, 210, 22)).save(HERE / "gbk_page_files" / "trend.png", optimize=True)
    gradient().save(HERE / "archived" / "2023" / "images" / "site.jpg", quality=80)
    bar_chart([3, 6, 9], size=(360, 240), colour=(204, 0, 0)).convert("P").save(
        HERE / "archived" / "2023" / "images" / "share.gif")
    # A 16 px icon: pages put these beside links and titles; it is not a picture of the report.
    Image.new("RGB", (16, 16), (200, 0, 0)).save(HERE / "figures_files" / "icon.png")
    bar_chart([7, 4, 8, 6, 9], size=(400, 260), colour=(117, 80, 123)).save(
        HERE / "figures_files" / "output.png", optimize=True)
    gradient((240, 160)).save(HERE / "figures_files" / "scene.jpg", quality=80)


if __name__ == "__main__":
    main()
