"""cleaner: strip boilerplate from scraped articles, and explain every removal.

    >>> import cleaner
    >>> result = cleaner.clean("My title\\n\\nBody text of the article, long enough to read as prose, goes here.\\n\\n"
    ...                        "Source: <http://example.com> | [Share](#)")
    >>> result.text
    'My title\\n\\nBody text of the article, long enough to read as prose, goes here.'
    >>> [(r.kind, r.rule) for r in result.removed]
    [('source_credit', 'source_credit.lead_with_link')]
    >>> result.source_url
    'http://example.com'
"""

from __future__ import annotations

from .errors import CleanerError, CueFileError, DecodeError, InputTooLargeError, InputTypeError, UnknownFormatError
from .model import KINDS, CleanResult, Link, Removal
from .options import Options
from .pipeline import Cleaner, clean
from .sites import SiteProfile, learn_site

__version__ = "0.1.0"

__all__ = [
    "KINDS", "CleanResult", "Cleaner", "CleanerError", "CueFileError", "DecodeError", "InputTooLargeError",
    "InputTypeError", "Link", "Options", "Removal", "SiteProfile", "UnknownFormatError", "__version__", "clean",
    "learn_site",
]
