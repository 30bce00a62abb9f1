"""A Scrapy item pipeline that cleans the HTML or text of every item (``pip install "scrape-cleaner[scrapy]"``).

Enable it and configure it in the project's settings (docs/cli.md, "Scrapy")::

    ITEM_PIPELINES = {"cleaner.integrations.scrapy.CleanerPipeline": 300}
    CLEANER_FIELD = None              # the item field with the document; None: "html" when set, else "text"
    CLEANER_URL_FIELD = "url"         # the page URL (helps metadata and relative links); None to ignore
    CLEANER_RESULT_FIELD = "cleaned"  # the result dict (CleanResult.to_dict()) goes to item["cleaned"];
                                      # "" spreads the result keys over the item, prefixed by CLEANER_RESULT_PREFIX
    CLEANER_RESULT_PREFIX = "clean_"  # used when CLEANER_RESULT_FIELD is "": item["clean_text"], ...
    CLEANER_RESULT_KEYS = None        # keep only these result keys, e.g. ["text", "title", "removed"]; None: all
    CLEANER_ERROR_FIELD = "cleaner_error"  # set (to a message) only when the item could not be cleaned
    CLEANER_DROP_INPUT = False        # remove the document field from items that were cleaned
    CLEANER_KINDS = None              # the kinds to remove (list or comma-separated string); None: all
    CLEANER_PRESET = "balanced"       # "precision", "balanced" or "recall"
    CLEANER_CUE_FILES = []            # extra cue files (docs/cues.md)
    CLEANER_DETECT_LANGUAGE = True
    CLEANER_FORMAT = "auto"           # "auto" (a field named "html" is HTML, else sniffed), "text", "markdown", "html"

The pipeline never drops an item: when cleaning fails (no document field, a value that is neither str nor bytes,
undecodable bytes, a document over the size limit, an exception inside the cleaner) the item goes on with the error
message in ``CLEANER_ERROR_FIELD`` and the result field set to None. A bytes document field is replaced by text
(the decoded document; for one that could not be decoded, UTF-8 with U+FFFD), so JSON feeds keep the item.
Statistics: ``cleaner/items``, ``cleaner/errors``, ``cleaner/removed/<kind>``. Items may be dicts, ``scrapy.Item`` (declare the result and error
fields), dataclass or attrs objects (anything ``itemadapter`` supports).
"""

from __future__ import annotations

import logging
from typing import Any

try:
    from itemadapter import ItemAdapter
except ImportError as error:  # pragma: no cover - depends on the environment
    raise ImportError('cleaner.integrations.scrapy needs Scrapy: pip install "scrape-cleaner[scrapy]"') from error

from ..decoding import decode
from ..errors import CleanerError
from ..pipeline import FORMATS, Cleaner

logger = logging.getLogger(__name__)


def _as_list(value: Any) -> list[str] | None:
    if value is None or value == "":
        return None
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    return [str(part) for part in value]


class CleanerPipeline:
    """Clean each item's document with one configured ``cleaner.Cleaner``; record failures, never drop an item."""

    def __init__(self, cleaner: Cleaner | None = None, *, field: str | None = None, url_field: str | None = "url",
                 result_field: str = "cleaned", result_prefix: str = "clean_", result_keys: list[str] | None = None,
                 error_field: str = "cleaner_error", drop_input: bool = False, format: str = "auto", stats=None):
        if format not in FORMATS:
            raise ValueError(f"CLEANER_FORMAT must be one of {', '.join(FORMATS)}, not {format!r}")
        self.cleaner = cleaner or Cleaner()
        self.field, self.url_field = field or None, url_field or None
        self.result_field, self.result_prefix = result_field or "", result_prefix
        self.result_keys = list(result_keys) if result_keys else None
        self.error_field, self.drop_input, self.format = error_field, drop_input, format
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler) -> "CleanerPipeline":
        settings = crawler.settings
        try:
            cleaner = Cleaner(preset=settings.get("CLEANER_PRESET", "balanced"),
                              kinds=_as_list(settings.get("CLEANER_KINDS")),
                              cue_files=_as_list(settings.get("CLEANER_CUE_FILES")) or (),
                              detect_language=settings.getbool("CLEANER_DETECT_LANGUAGE", True))
        except (CleanerError, OSError, ValueError) as error:
            raise ValueError(f"CleanerPipeline: invalid CLEANER_* settings: {error}") from error
        return cls(cleaner, field=settings.get("CLEANER_FIELD"), url_field=settings.get("CLEANER_URL_FIELD", "url"),
                   result_field=settings.get("CLEANER_RESULT_FIELD", "cleaned"),
                   result_prefix=settings.get("CLEANER_RESULT_PREFIX", "clean_"),
                   result_keys=_as_list(settings.get("CLEANER_RESULT_KEYS")),
                   error_field=settings.get("CLEANER_ERROR_FIELD", "cleaner_error"),
                   drop_input=settings.getbool("CLEANER_DROP_INPUT", False),
                   format=settings.get("CLEANER_FORMAT", "auto"), stats=crawler.stats)

    # -- the work ------------------------------------------------------------------------------------------------
    def _document_field(self, adapter: ItemAdapter) -> str:
        if self.field:
            if adapter.get(self.field) is None:
                raise CleanerError(f"the item has no {self.field!r} field")
            return self.field
        for name in ("html", "text"):
            if adapter.get(name) is not None:
                return name
        raise CleanerError("the item has neither an 'html' nor a 'text' field (set CLEANER_FIELD)")

    def _result(self, adapter: ItemAdapter, result: dict[str, Any] | None) -> None:
        if self.result_keys is not None and result is not None:
            result = {key: result[key] for key in self.result_keys if key in result}
        if self.result_field:
            adapter[self.result_field] = result
        else:
            for key in self.result_keys or ():
                adapter[self.result_prefix + key] = None
            for key, value in (result or {}).items():
                adapter[self.result_prefix + key] = value

    def _inc(self, key: str, count: int = 1) -> None:
        if self.stats is not None:
            self.stats.inc_value(key, count)

    @staticmethod
    def _text_body(adapter: ItemAdapter, name: str | None, value: Any, *, failed: bool) -> None:
        """A bytes document is kept as text: Scrapy's JSON and JSON-lines feeds cannot hold bytes and drop the
        whole item. A cleaned document is stored as the cleaner decoded it; one that failed (undecodable, binary)
        as UTF-8 with U+FFFD for the bytes that are not."""
        if name is None or not isinstance(value, bytes):
            return
        text = None
        if not failed:
            try:
                text = decode(value)[0]
            except Exception:  # noqa: BLE001 - the cleaner read it; keep the fallback below
                text = None
        adapter[name] = text if text is not None else value.decode("utf-8", "replace")

    def clean_item(self, item: Any) -> Any:
        adapter = ItemAdapter(item)
        self._inc("cleaner/items")
        name: str | None = None
        value: Any = None
        try:
            name = self._document_field(adapter)
            value = adapter[name]
            if isinstance(value, (bytearray, memoryview)):
                value = bytes(value)
            if not isinstance(value, (str, bytes)):
                raise CleanerError(f"the {name!r} field is {type(value).__name__}, not str or bytes")
            url = adapter.get(self.url_field) if self.url_field else None
            fmt = "html" if self.format == "auto" and name == "html" else self.format
            result = self.cleaner.clean(value, url=url if isinstance(url, str) and url else None, format=fmt)
        except Exception as error:  # noqa: BLE001 - never drop an item because cleaning failed
            message = str(error) if isinstance(error, CleanerError) else f"{type(error).__name__}: {error}"
            self._inc("cleaner/errors")
            logger.warning("cleaner could not clean an item (%s): %s", _describe(adapter), message)
            try:
                self._text_body(adapter, name, value, failed=True)
                self._result(adapter, None)
                if self.error_field:
                    adapter[self.error_field] = message
            except KeyError as missing:
                logger.error("cleaner: cannot store the error on the item (declare the field %s)", missing)
            return item
        try:
            if self.drop_input:
                del adapter[name]
            else:
                self._text_body(adapter, name, value, failed=False)
            self._result(adapter, result.to_dict())
        except KeyError as missing:
            logger.error("cleaner: cannot store the result on the item (declare the field %s)", missing)
        for removal in result.removed:
            self._inc(f"cleaner/removed/{removal.kind}")
        return item

    def process_item(self, item: Any, spider: Any = None) -> Any:
        return self.clean_item(item)


def _describe(adapter: ItemAdapter) -> str:
    for key in ("url", "id"):
        value = adapter.get(key)
        if isinstance(value, (str, int)):
            return f"{key}={value}"
    return "item"


__all__ = ["CleanerPipeline"]
