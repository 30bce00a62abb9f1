"""The HTML report: what was removed from a batch of documents, why, and what almost went (docs/report.md).

    cleaner report RESULTS.jsonl[.gz] -o report.html     from the output of ``cleaner batch``
    cleaner clean --report report.html FILES...           from the files cleaned

One self-contained file (no remote script, style, font or image: it opens offline and can be mailed), built with
Jinja2 (autoescaped) from ``templates/report.html.j2``. The overview (counts, bar charts as inline SVG, the share of
text removed as a histogram, the documents with the most removed and those with warnings) is rendered here; each
document's data (its input with the removed blocks marked, its clean text, metadata, removals and near misses) is
embedded as its own JSON script element and rendered by the page's script only when the document is opened, and
the document list is filtered and paginated by that script, so a report of 10,000 documents opens in a few
seconds (benchmarks/report_size.py).

Every text from a document reaches the page either through Jinja2's autoescaping or as JSON inside a
``<script type="application/json">`` element with ``<``, ``>`` and ``&`` written as ``\\u003c`` escapes (so no
``</script>`` can end it), and the script inserts it with ``textContent``, never as markup.
"""

from __future__ import annotations

import base64
import gzip
import json
import os
import shutil
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, IO
from urllib.parse import quote, urlsplit

from .decoding import decode, sanitize
from .model import KINDS, CleanResult

#: Characters of a document's input and of its clean text embedded in the report (each); longer texts are cut and
#: the page says so. 10,000 documents of ordinary article size stay well under it (docs/report.md).
DEFAULT_MAX_CHARS = 200_000
#: Rows in the overview's tables and bars in its charts.
TOP_DOCUMENTS = 20
TOP_BARS = 12
HISTOGRAM_BINS = 10
#: One colour a kind (the same in the charts, the legend and the highlighted input); other kinds get grey.
KIND_COLOURS = {
    "author_bio": "#f4a261",
    "source_credit": "#e76f51",
    "affiliate": "#e9c46a",
    "rights_notice": "#b392f0",
    "call_to_action": "#5fb8e8",
    "related": "#7bd389",
    "navigation": "#a3b1c2",
    "front_matter": "#d4a5a5",
}
OTHER_COLOUR = "#c8c8c8"
NO_SITE = "(no URL)"  # the site of a record without a URL: a name no host can have, so it filters like one
METADATA_KEYS = ("title", "author", "source_url", "language", "date", "sitename", "url", "description", "format")


class ReportError(Exception):
    """The report cannot be built (Jinja2 missing, unreadable input)."""


def site_of(url: Any) -> str:
    """The host of a URL, lower-case, without a leading "www." ("" when there is none)."""
    if not isinstance(url, str) or not url:
        return ""
    try:
        host = urlsplit(url.strip()).hostname or ""
    except ValueError:
        return ""
    return host[4:] if host.startswith("www.") else host


def script_json(value: Any) -> str:
    """JSON safe inside a <script> element: ``<``, ``>``, ``&`` and the JavaScript line separators escaped (they can
    only occur inside JSON strings, where ``\\u`` escapes mean the same characters)."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


# -- one document ---------------------------------------------------------------------------------------------------
@dataclass(slots=True)
class Entry:
    """One document of the report: its result (``CleanResult.to_dict()``) or its error, and its input text."""

    id: str
    result: dict[str, Any] | None
    input_text: str | None = None
    url: str | None = None
    error: str | None = None
    raw: str | None = None  # an error record's line, or its input, for the page


def _segments(text: str, removed: list[dict], near: list[dict]) -> list[list] | None:
    """The input cut into pieces: [text] kept, [text, "r", i] the i-th removal, [text, "n", i] the i-th near miss.
    None when a removal's offsets do not point at its text in this input (not the text that was cleaned)."""
    spans = []
    for i, removal in enumerate(removed):
        start, end = removal.get("start"), removal.get("end")
        if not isinstance(start, int) or not isinstance(end, int) or text[start:end] != removal.get("text"):
            return None
        spans.append((start, end, "r", i))
    for i, miss in enumerate(near):
        start, end = miss.get("start"), miss.get("end")
        if isinstance(start, int) and isinstance(end, int) and text[start:end] == miss.get("text"):
            spans.append((start, end, "n", i))
    spans.sort(key=lambda span: (span[0], span[2]))
    out: list[list] = []
    position = 0
    for start, end, tag, i in spans:
        if start < position:
            if tag == "r":
                return None  # overlapping removals: not this input's
            continue  # a near miss inside a removal: the removal wins
        if start > position:
            out.append([text[position:start]])
        out.append([text[start:end], tag, i])
        position = end
    if position < len(text):
        out.append([text[position:]])
    return out


def clean_pieces(clean: str, source: str) -> list:
    """The clean text as pieces that join into it with blank lines: a paragraph found word for word in the input is
    [start, end] into it (most of a plain-text document: the report does not carry its text twice), any other is
    its text. ``"\n\n".join(...)`` of the pieces, the numbers read as ``source[start:end]``, is ``clean``."""
    pieces: list = []
    position = 0
    for paragraph in clean.split("\n\n"):
        found = source.find(paragraph, position) if len(paragraph) >= 40 else -1
        if found < 0 and len(paragraph) >= 40:
            found = source.find(paragraph)
        if found >= 0:
            pieces.append([found, found + len(paragraph)])
            position = found + len(paragraph)
        elif pieces and isinstance(pieces[-1], str):
            pieces[-1] += "\n\n" + paragraph
        else:
            pieces.append(paragraph)
    return pieces


def _cut(segments: list[list], limit: int) -> tuple[list[list], bool]:
    out, total = [], 0
    for segment in segments:
        if total + len(segment[0]) > limit:
            out.append([segment[0][:limit - total], *segment[1:]])
            return out, True
        out.append(segment)
        total += len(segment[0])
    return out, False


def _removed_chars(result: dict[str, Any]) -> int:
    return sum(len((removal.get("text") or "").strip()) for removal in result.get("removed") or [])


def _share(result: dict[str, Any]) -> float:
    """The share of the document's text that was removed: removed characters / (removed + clean text)."""
    removed = _removed_chars(result)
    total = removed + len((result.get("text") or "").strip())
    return removed / total if total else 0.0


@dataclass(slots=True)
class _Summary:
    """What the overview and the document list need of one document (the rest is read again in the second pass)."""

    number: int
    id: str
    title: str
    url: str
    site: str
    language: str
    format: str
    kinds: list[str]
    rules: list[str]
    removed: int
    share: float
    near: int
    warnings: list[str]
    error: str | None


def _summary(number: int, entry: Entry) -> _Summary:
    result = entry.result or {}
    removed = result.get("removed") or []
    url = entry.url or result.get("url") or ""
    return _Summary(
        number=number, id=entry.id, title=str(result.get("title") or ""), url=url if isinstance(url, str) else "",
        site=site_of(url) or NO_SITE, language=str(result.get("language") or ("" if entry.error else "unknown")),
        format=str(result.get("format") or ""),
        kinds=sorted({str(r.get("kind")) for r in removed}), rules=sorted({str(r.get("rule")) for r in removed}),
        removed=len(removed), share=_share(result) if entry.result else 0.0,
        near=len(result.get("near_misses") or []), warnings=[str(w) for w in result.get("warnings") or []],
        error=entry.error)


def _payload(entry: Entry, max_chars: int) -> dict[str, Any]:
    """The data of one document's page (embedded as JSON, rendered by the script when the document is opened)."""
    result = entry.result or {}
    removed = [dict(r) for r in result.get("removed") or []]
    near = [dict(m) for m in result.get("near_misses") or []]
    data: dict[str, Any] = {"id": entry.id, "error": entry.error, "warnings": result.get("warnings") or []}
    if entry.error:
        raw = entry.raw if entry.raw is not None else entry.input_text
        data["raw"] = raw[:max_chars] if isinstance(raw, str) else None
        return data
    data["meta"] = {key: result.get(key) for key in METADATA_KEYS if result.get(key) not in (None, "")}
    segments = None
    if entry.input_text is not None and result.get("format") in ("text", "markdown"):
        segments = _segments(sanitize(entry.input_text), removed, near)
        if segments is None:
            data["input_note"] = "the input in the record is not the text these offsets point into: removals listed"
    elif result.get("format") == "html":
        data["input_note"] = "HTML input: the page itself is not embedded; each removal gives its XPath"
    elif entry.input_text is None:
        data["input_note"] = "the record does not carry its input (cleaner batch --drop-input): removals listed"
    text = (result.get("text") or "")[:max_chars]
    data["clean_cut"] = len(result.get("text") or "") > max_chars
    if segments is not None:
        segments, cut = _cut(segments, max_chars)
        if cut:
            data["input_note"] = f"the input is cut at {max_chars:,} characters"
        data["segments"] = segments
        for item in removed + near:  # the text is in the segments already
            if isinstance(item.get("start"), int):
                item.pop("text", None)
        data["clean"] = clean_pieces(text, "".join(segment[0] for segment in segments))
    else:
        data["clean"] = [text]
    data["removed"] = [{key: r.get(key) for key in ("kind", "rule", "cue", "confidence", "text", "start", "end",
                                                   "xpath") if r.get(key) is not None} for r in removed]
    data["near"] = [{key: m.get(key) for key in ("kind", "rule", "cue", "strength", "threshold", "reason", "text",
                                                "start", "end", "xpath") if m.get(key) is not None} for m in near]
    return data


# -- the overview ---------------------------------------------------------------------------------------------------
@dataclass
class _Bar:
    label: str
    count: int
    width: float  # 0..1 of the longest bar
    colour: str
    href: str


@dataclass
class _Chart:
    title: str
    bars: list[_Bar]
    more: int  # labels left out
    height: int = 0


def _chart(title: str, counts: Counter, filter_key: str, colours: dict[str, str] | None = None) -> _Chart:
    ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    top = ordered[:TOP_BARS]
    most = top[0][1] if top else 1
    bars = [_Bar(label, count, count / most, (colours or {}).get(label, "#6c8ebf"),
                 f"#{filter_key}={_quote(label)}") for label, count in top]
    return _Chart(title, bars, len(ordered) - len(top), height=len(bars) * 22 + 4)


def _quote(value: str) -> str:
    return quote(value, safe="")


@dataclass
class ReportStats:
    """The overview's numbers (returned by ``write_report``)."""

    documents: int = 0
    errors: int = 0
    with_warnings: int = 0
    removed_blocks: int = 0
    near_misses: int = 0
    by_kind: Counter = field(default_factory=Counter)
    by_rule: Counter = field(default_factory=Counter)
    by_language: Counter = field(default_factory=Counter)
    by_site: Counter = field(default_factory=Counter)
    histogram: list[int] = field(default_factory=lambda: [0] * HISTOGRAM_BINS)

    def add(self, summary: _Summary, entry: Entry) -> None:
        self.documents += 1
        if summary.error:
            self.errors += 1
            return
        self.with_warnings += bool(summary.warnings)
        self.removed_blocks += summary.removed
        self.near_misses += summary.near
        for removal in (entry.result or {}).get("removed") or []:
            self.by_kind[str(removal.get("kind"))] += 1
            self.by_rule[str(removal.get("rule"))] += 1
            self.by_language[summary.language] += 1
            self.by_site[summary.site] += 1
        self.histogram[min(HISTOGRAM_BINS - 1, int(summary.share * HISTOGRAM_BINS))] += 1


# -- building -------------------------------------------------------------------------------------------------------
def _environment():
    try:
        import jinja2
    except ImportError as error:  # pragma: no cover - the extra is installed with the tests
        raise ReportError('the HTML report needs Jinja2 (a dependency of scrape-cleaner): pip install jinja2') from error
    return jinja2.Environment(loader=jinja2.PackageLoader("cleaner", "templates"), autoescape=True,
                              undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)


def write_report(entries: Callable[[], Iterable[Entry]], out: IO[str], *, title: str = "cleaner report",
                 max_chars: int = DEFAULT_MAX_CHARS, compress: bool = False) -> ReportStats:
    """Write the report of the documents ``entries()`` yields (called twice: once for the overview, once for the
    documents' data, so a large batch is never held in memory) to the text stream ``out``. ``compress``: each
    document's data gzip-compressed in base64 (a smaller file; the browser needs DecompressionStream)."""
    environment = _environment()
    stats = ReportStats()
    summaries: list[_Summary] = []
    for number, entry in enumerate(entries()):
        summary = _summary(number, entry)
        summaries.append(summary)
        stats.add(summary, entry)
    kinds = sorted({kind for s in summaries for kind in s.kinds} | set(stats.by_kind),
                   key=lambda kind: (KINDS.index(kind) if kind in KINDS else len(KINDS), kind))
    colours = {kind: KIND_COLOURS.get(kind, OTHER_COLOUR) for kind in (*KINDS, *kinds)}  # near misses: all kinds
    rules = sorted({rule for s in summaries for rule in s.rules})
    sites = sorted({s.site for s in summaries})
    languages = sorted({s.language for s in summaries})
    kind_index = {k: i for i, k in enumerate(kinds)}
    rule_index = {r: i for i, r in enumerate(rules)}
    site_index = {s: i for i, s in enumerate(sites)}
    language_index = {lang: i for i, lang in enumerate(languages)}
    index = [[s.id, s.title, s.url, site_index[s.site], language_index[s.language], s.format,
              [kind_index[k] for k in s.kinds], [rule_index[r] for r in s.rules], s.removed, round(s.share, 4),
              s.near, len(s.warnings), 1 if s.error else 0] for s in summaries]
    lists = {"kinds": kinds, "rules": rules, "sites": sites, "languages": languages, "colours": colours,
             "other_colour": OTHER_COLOUR, "bins": HISTOGRAM_BINS}
    most = sorted((s for s in summaries if not s.error and s.removed), key=lambda s: (-s.share, -s.removed, s.number))
    warned = [s for s in summaries if s.warnings]
    errored = [s for s in summaries if s.error]
    peak = max(stats.histogram) or 1
    histogram = [{"low": i * 100 // HISTOGRAM_BINS, "high": (i + 1) * 100 // HISTOGRAM_BINS, "count": count,
                  "height": count / peak} for i, count in enumerate(stats.histogram)]

    def documents() -> Iterator[str]:
        from markupsafe import Markup

        for entry in entries():
            data = script_json(_payload(entry, max_chars))
            if compress:  # gzip with no timestamp: the same report for the same records
                data = base64.b64encode(gzip.compress(data.encode("utf-8", "replace"), 6, mtime=0)).decode("ascii")
            yield Markup(data)  # noqa: S704 - escaped by script_json, or base64

    template = environment.get_template("report.html.j2")
    stream = template.generate(
        title=title, stats=stats, kinds=kinds, colours=colours,
        charts=[_chart("Removed blocks by kind", stats.by_kind, "kind", colours),
                _chart("by rule", stats.by_rule, "rule"),
                _chart("by language", stats.by_language, "lang"),
                _chart("by site", stats.by_site, "site")],
        histogram=histogram, most=most[:TOP_DOCUMENTS], warned=warned[:TOP_DOCUMENTS], warned_total=len(warned),
        errored=errored[:TOP_DOCUMENTS], errored_total=len(errored),
        document_type="application/gzip+base64" if compress else "application/json",
        index_json=_markup(script_json(index)), lists_json=_markup(script_json(lists)),
        documents=documents(), css=_markup(_static("report.css")), script=_markup(_static("report.js")))
    for piece in stream:
        out.write(piece)
    return stats


def _markup(text: str):
    from markupsafe import Markup

    return Markup(text)  # noqa: S704 - our own escaped JSON or our own script


def _static(name: str) -> str:
    from importlib.resources import files

    return files("cleaner").joinpath("templates", name).read_text(encoding="utf-8")


def write_report_file(entries: Callable[[], Iterable[Entry]], path: str | os.PathLike, **options) -> ReportStats:
    """Write the report to ``path`` (through a temporary file in the same directory, renamed when complete)."""
    target = Path(path)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent or ".")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", errors="replace", newline="\n") as out:
            stats = write_report(entries, out, **options)
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(temporary, 0o666 & ~mask)  # as an ordinary new file (mkstemp's is private)
        os.replace(temporary, target)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise
    return stats


# -- from the output of cleaner batch ---------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class RecordFields:
    """Where ``cleaner batch`` put things in a record (the same options as the batch's)."""

    field: str | None = None  # the document field; None: "html" when the record has one, else "text"
    url_field: str = "url"
    id_field: str = "id"
    result_field: str = "cleaned"


def entry_from_record(record: Any, number: int, fields: RecordFields = RecordFields()) -> Entry:
    """One line of ``cleaner batch`` output as a report entry (``number`` counts from 1)."""
    if not isinstance(record, dict):
        return Entry(id=f"line {number}", result=None, error="the line is not a JSON object",
                     raw=json.dumps(record, ensure_ascii=False)[:2000])
    record_id = record.get(fields.id_field)
    name = str(record_id) if record_id is not None else f"line {record.get('input_line', number)}"
    url = record.get(fields.url_field) if isinstance(record.get(fields.url_field), str) else None
    document_field = fields.field or next((f for f in ("html", "text") if record.get(f) is not None), "text")
    input_text = record.get(document_field) if isinstance(record.get(document_field), str) else None
    result = record.get(fields.result_field)
    if record.get("error") is not None or not isinstance(result, dict):
        message = record.get("error") or f"the record has no {fields.result_field!r} result"
        raw = record.get("raw") if isinstance(record.get("raw"), str) else input_text
        return Entry(id=name, result=None, url=url, error=str(message), raw=raw)
    return Entry(id=name, result=result, input_text=input_text, url=url)


def read_records(path: str, fields: RecordFields = RecordFields()) -> Iterator[Entry]:
    """The entries of a ``cleaner batch`` output file (JSONL, plain or gzip: sniffed)."""
    with open(path, "rb") as raw:
        stream: IO[bytes] = raw
        if raw.peek(2)[:2] == b"\x1f\x8b":
            stream = gzip.GzipFile(fileobj=raw, mode="rb")  # type: ignore[assignment]
        try:
            for number, line in enumerate(stream, 1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except ValueError as error:
                    yield Entry(id=f"line {number}", result=None, error=f"invalid JSON: {error}",
                                raw=line.decode("utf-8", "replace")[:2000])
                    continue
                yield entry_from_record(record, number, fields)
        except (OSError, EOFError) as error:
            raise ReportError(f"{path}: cannot read the records: {error}") from error


def report_from_batch(results: str, output: str, fields: RecordFields = RecordFields(), **options) -> ReportStats:
    """``cleaner report RESULTS -o OUTPUT``. RESULTS "-" is stdin (copied to a temporary file: it is read twice)."""
    if results != "-":
        if not Path(results).is_file():
            raise ReportError(f"{results}: no such file")
        return write_report_file(lambda: read_records(results, fields), output, **options)
    with tempfile.NamedTemporaryFile(prefix="cleaner-report-", suffix=".jsonl") as spool:
        import sys

        shutil.copyfileobj(sys.stdin.buffer, spool)
        spool.flush()
        return write_report_file(lambda: read_records(spool.name, fields), output, **options)


# -- from cleaner clean ------------------------------------------------------------------------------------------------
class ReportCollector:
    """The documents of one ``cleaner clean --report`` run, in order."""

    def __init__(self) -> None:
        self.entries: list[Entry] = []

    def add(self, path: str, data: bytes, result: CleanResult) -> None:
        text = None
        if result.format in ("text", "markdown"):
            try:
                text = decode(data)[0]
            except Exception:  # noqa: BLE001 - the cleaner decoded it; without the input the removals are listed
                text = None
        self.entries.append(Entry(id=path, result=result.to_dict(), input_text=text, url=result.url))

    def add_error(self, path: str, message: str) -> None:
        self.entries.append(Entry(id=path, result=None, error=message))

    def write(self, path: str, **options) -> ReportStats:
        return write_report_file(lambda: self.entries, path, **options)


__all__ = ["DEFAULT_MAX_CHARS", "Entry", "RecordFields", "ReportCollector", "ReportError", "ReportStats",
           "clean_pieces", "entry_from_record", "read_records", "report_from_batch", "script_json", "site_of", "write_report", "write_report_file"]
