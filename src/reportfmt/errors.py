"""The one exception type reportfmt raises for bad input or a broken environment."""


class ReportfmtError(Exception):
    """A failure with a one-line, user-facing message (file and cause)."""

    def __init__(self, message: str, *, source: str | None = None):
        # Collapse to one line: manifests and logs keep one record per line.
        message = " ".join(str(message).split())
        self.source = source
        super().__init__(f"{source}: {message}" if source else message)


class OptionsError(ReportfmtError):
    """An unknown option key or a value of the wrong kind."""
