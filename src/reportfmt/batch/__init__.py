"""Batch conversion: inputs and archives -> sources -> jobs -> executor (process pool or Dask)
-> outputs, manifest.jsonl, progress and the review page. Entry point: runner.run_batch."""
