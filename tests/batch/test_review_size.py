"""The review page for 10,000 documents opens with under 2 MB: texts live in shards loaded on
demand, and the summary the page loads at once holds no text."""

from __future__ import annotations

from reportfmt.batch.review.build import SHARD_SIZE, build_review, initial_files
from synthetic_manifest import write_manifest

LIMIT = 2 * 1024 * 1024


def test_ten_thousand_documents_open_with_less_than_two_megabytes(tmp_path):
    manifest = tmp_path / "manifest.jsonl"
    # Short texts keep the test quick: what the page opens with depends on titles and names.
    write_manifest(manifest, 10_000, light=True)
    build_review(tmp_path, manifest)
    initial = sum(path.stat().st_size for path in initial_files(tmp_path))
    assert initial < LIMIT, f"{initial} bytes"
    shards = sorted((tmp_path / "review" / "docs").glob("*.js"))
    assert len(shards) == 10_000 // SHARD_SIZE
    # Every text is in a shard, none in what opens the page.
    summary = (tmp_path / "review" / "summary.js").read_text(encoding="utf-8")
    first_text = manifest.read_text(encoding="utf-8").split('"kept_text": "', 1)[1][:40]
    assert first_text not in summary and first_text in shards[0].read_text(encoding="utf-8")
