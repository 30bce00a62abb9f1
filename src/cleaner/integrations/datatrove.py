"""A datatrove pipeline step that cleans each document (``pip install "scrape-cleaner[datatrove]"``).

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import WarcReader
    from datatrove.pipeline.writers import JsonlWriter
    from cleaner.integrations.datatrove import CleanerStep

    LocalPipelineExecutor(pipeline=[WarcReader("s3://.../warc/"), CleanerStep(), JsonlWriter("out/")],
                          tasks=4).run()

``CleanerStep`` cleans ``Document.text`` (HTML, Markdown or text: ``format="auto"`` tells them apart; the page URL
from ``Document.metadata["url"]``, which datatrove's WARC reader sets) and replaces it with the clean text
(``output="markdown"``: the clean Markdown). Everything else of the result goes to
``Document.metadata["cleaner"]`` (``metadata_key``): title, author, source_url, language, date, sitename, url,
description, format, links, removed (kind, rule, cue, confidence, text, start, end, xpath), warnings, and ``error``
(None).

Nothing is dropped silently:

- a document that cannot be cleaned (undecodable, over the size limit, an exception inside the cleaner, past the
  per-record ``timeout``) keeps its text unchanged and gets ``metadata["cleaner"] = {"error": "<message>"}``; it is
  counted in the stats as ``cleaner_error`` (and ``cleaner_error_timeout`` for time-outs). With
  ``drop_errors=True`` it is dropped instead, counted as ``dropped_cleaner_error``;
- a document with nothing left after cleaning is kept, with an empty text and the removals in its metadata,
  counted as ``cleaner_empty`` (a filter step after this one can drop it); with ``drop_empty=True`` it is dropped,
  counted as ``dropped_cleaner_empty``.

Stats (``self.stat_update``): ``cleaned``, ``cleaner_error``, ``removed`` (blocks), ``removed_<kind>`` (blocks of
each kind), ``removed_chars``, plus datatrove's ``doc_len`` and time per document.
"""

from __future__ import annotations

from typing import Any

try:
    from datatrove.data import DocumentsPipeline
    from datatrove.pipeline.base import PipelineStep
except ImportError as error:  # pragma: no cover - depends on the environment
    raise ImportError('cleaner.integrations.datatrove needs datatrove: pip install "scrape-cleaner[datatrove]"'
                      ) from error

from ..batch import DEFAULT_TIMEOUT
from ..pipeline import FORMATS, Cleaner
from .engine import clean_value, worker_cleaner


class CleanerStep(PipelineStep):
    """Clean ``Document.text`` with ``cleaner``; results in ``Document.metadata[metadata_key]`` (module docstring).

    format: "auto", "text", "markdown" or "html". output: "text" or "markdown" (what replaces ``Document.text``).
    url_key: the metadata key holding the page URL (None: no URL). timeout: seconds per document (0: no limit).
    drop_errors / drop_empty: drop (and count) instead of keeping. cleaner_options: ``Cleaner(...)`` keywords.
    """

    name = "🧹 cleaner"
    type = "🛢 - EXTRAC"

    def __init__(self, *, format: str = "auto", output: str = "text", url_key: str | None = "url",
                 metadata_key: str = "cleaner", timeout: float = DEFAULT_TIMEOUT, drop_errors: bool = False,
                 drop_empty: bool = False, **cleaner_options: Any):
        super().__init__()
        if format not in FORMATS:
            raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {format!r}")
        if output not in ("text", "markdown"):
            raise ValueError(f"output must be 'text' or 'markdown', not {output!r}")
        if not timeout >= 0:
            raise ValueError(f"timeout must be 0 (no limit) or a number of seconds, not {timeout!r}")
        Cleaner(**cleaner_options)  # invalid options fail here, not in every task
        self.format, self.output, self.url_key, self.metadata_key = format, output, url_key, metadata_key
        self.timeout, self.drop_errors, self.drop_empty = float(timeout), drop_errors, drop_empty
        self.cleaner_options = dict(cleaner_options)

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        if data is None:
            return
        cleaner = worker_cleaner(self.cleaner_options)  # one per process, whatever the number of tasks in it
        for document in data:
            url = document.metadata.get(self.url_key) if self.url_key else None
            with self.track_time():
                row = clean_value(cleaner, document.text, url, self.format, self.timeout, "text")
            error = row.pop("error")
            if error is not None:
                self.stat_update("cleaner_error")
                if error.startswith("timed out after "):
                    self.stat_update("cleaner_error_timeout")
                if self.drop_errors:
                    self.stat_update("dropped_cleaner_error")
                    continue
                document.metadata[self.metadata_key] = {"error": error}
                yield document
                continue
            self.stat_update("cleaned")
            removed = row["removed"]
            if removed:
                self.stat_update("removed", value=len(removed))
                self.stat_update("removed_chars", value=sum(len(item["text"]) for item in removed))
                for item in removed:
                    self.stat_update(f"removed_{item['kind']}")
            document.text = row.pop(self.output)
            row.pop("text" if self.output == "markdown" else "markdown")
            row["error"] = None
            document.metadata[self.metadata_key] = row
            if not document.text.strip():
                self.stat_update("cleaner_empty")
                if self.drop_empty:
                    self.stat_update("dropped_cleaner_empty")
                    continue
            self.update_doc_stats(document)
            yield document


__all__ = ["CleanerStep"]
