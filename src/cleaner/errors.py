"""The one family of errors `cleaner` raises for input it cannot clean."""

from __future__ import annotations


class CleanerError(Exception):
    """Base class: the document could not be cleaned. Catch this to handle every input problem."""


class InputTypeError(CleanerError, TypeError):
    """The document is neither ``str`` nor ``bytes`` (or an option has the wrong type)."""


class DecodeError(CleanerError, ValueError):
    """Bytes that decode in no plausible charset (binary data, for instance)."""


class InputTooLargeError(CleanerError, ValueError):
    """The document is over the configured size limit (``Cleaner(max_text_bytes=..., max_html_bytes=...)``)."""


class UnknownFormatError(CleanerError, ValueError):
    """``format=`` is not one of "auto", "text", "markdown", "html"."""


class CueFileError(CleanerError, ValueError):
    """A cue file (``Cleaner(cue_files=...)``) that cannot be read or does not follow the schema of docs/cues.md;
    the message names the file and the key (``my_cues.json: author_bio.lead[2]: ...``)."""


__all__ = ["CleanerError", "CueFileError", "InputTypeError", "DecodeError", "InputTooLargeError",
           "UnknownFormatError"]
