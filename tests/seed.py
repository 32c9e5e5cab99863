"""What the seed page holds, read off it by hand once: every output test checks against this."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_3b3a078ac755e827.txt"
TITLE = "2023年科技园工业党建工作总结"
# The seed's ASCII commas between Chinese characters come out full-width (typography pass).
HEADINGS = [
    "一、强根固本，治理重心下移打通基层党建“最后一公里”",
    "二、破旧立新，打造干事业生力军为现代产业腾空间",
    "三、强党建，干部亮承诺实事办到底",
]
# Counted in the seed page: 266 asterisks, all in the report body, in 125 masks.
SEED_MASK_CHARS = 266
SEED_MASKS = 125
