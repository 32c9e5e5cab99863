"""The review page (OUTDIR/index.html): a static workbench over the manifest, loaded in pages."""
