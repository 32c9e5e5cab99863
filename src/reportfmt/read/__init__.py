"""Reading: bytes -> text (encodings) -> panflute Doc (our text reader, cleaned HTML through
extraction and pandoc's reader, markdown with masks protected). Entry point: reader.read_bytes."""
