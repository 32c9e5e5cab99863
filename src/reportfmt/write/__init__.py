"""Writing: panflute Doc -> DOCX/EPUB/HTML/MD/plain through pandoc (one session per batch
worker), PDF through pandoc's typst writer and typst in-process. Entry point: render.render."""
