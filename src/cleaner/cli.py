"""The ``cleaner`` command line (docs/cli.md).

    cleaner clean PATH...             clean files, directories (recursively), globs, "-" for stdin
    cleaner batch [IN] [-o OUT]       clean a JSONL stream (.gz too) with parallel workers
    cleaner report RESULTS -o HTML    an HTML report of a batch's results (docs/report.md)
    cleaner learn IN... -o DIR        learn each site's template from its pages (docs/sites.md)

Data goes to stdout, everything else (errors, warnings, --explain, progress, the summary) to stderr.
Exit status: 0 success, 1 an input or output could not be read / written (batch: also every record failed, or
--max-errors), 2 usage error, 130 interrupted (Ctrl-C), 141 stdout's reader went away, 143 batch stopped by SIGTERM.
"""

from __future__ import annotations

import argparse
import glob
import gzip
import json
import os
import signal
import sys
import zlib
from pathlib import Path

from . import __version__
from .errors import CleanerError
from .model import KINDS, CleanResult
from .pipeline import Cleaner

EXIT_OK, EXIT_IO, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
#: The reader of stdout went away (| head): 128 + SIGPIPE, the status of a Unix tool that SIGPIPE ended.
EXIT_BROKEN_PIPE = 141

#: Files a directory walk picks up (each also with ".gz"); an explicitly named file is cleaned whatever its name.
SUFFIX_FORMATS = {".txt": "auto", ".text": "auto", ".md": "markdown", ".markdown": "markdown", ".html": "html",
                  ".htm": "html", ".xhtml": "html"}
_GLOB_CHARS = set("*?[")

MAIN_EXAMPLES = """examples:
  cleaner clean fixtures/seed.txt                  the clean text
  cleaner clean --format json article.md           the whole result as JSON
  cleaner clean --explain 'pages/**/*.html'        the text, and what was removed and why (on stderr)
  curl -s https://example.com/post | cleaner clean --format markdown -
  cleaner batch pages.jsonl.gz -o clean.jsonl.gz   one JSON record a line, all cores
  cleaner batch --jobs 2 --field body --drop-input < in.jsonl > out.jsonl
  cleaner report clean.jsonl.gz -o report.html     what was removed, as an HTML report for a browser

Run "cleaner clean --help" or "cleaner batch --help" for the options (docs/cli.md, docs/batch.md).
"""

CLEAN_EXAMPLES = """examples:
  cleaner clean article.txt                        the clean text
  cleaner clean --format markdown post.md          the clean Markdown
  cleaner clean --format json page.html.gz         the whole result, one JSON object a line per file
  cleaner clean --explain site/                    every .txt/.md/.html(.gz) file under site/, with what was removed
  cleaner clean --kinds author_bio,source_credit 'posts/*.md'
  cat article.txt | cleaner clean -                stdin

With several files, text and Markdown output put a "==> PATH <==" line before each document; JSON lines carry "path".
"""

BATCH_EXAMPLES = """examples:
  cleaner batch pages.jsonl -o clean.jsonl          records with an "html" (or "text") field
  cleaner batch pages.jsonl.gz -o clean.jsonl.gz    gzip in and out (by suffix; gzip input is also sniffed)
  zcat crawl.jsonl.gz | cleaner batch --field body --url-field link --drop-input > clean.jsonl
  cleaner batch --jobs 1 --quiet in.jsonl | jq -c 'select(.error)'   only the records that failed
  cleaner batch --timeout 20 crawl.jsonl -o clean.jsonl   give up on a page after 20 s (default 60; 0: no limit)
  cleaner batch --resume crawl.jsonl -o clean.jsonl   go on after Ctrl-C, SIGTERM or a crash
  cleaner batch --max-errors 5% crawl.jsonl -o clean.jsonl   stop when more than 5 % of the records fail


Each output line is the input record, unchanged, plus the result under "cleaned" (--result-field); a record that
cannot be cleaned (or times out: "timed out after 60 s") gets "cleaned": null, "error": MESSAGE and
"input_line": N instead. As many lines out as in, in order. -o OUT is written as OUT.partial and renamed to OUT
when the whole input is done; a stopped batch leaves OUT.partial for --resume. Exit status 0 when every record was
processed (record errors are counted in the summary, not fatal); 1 when every record failed or --max-errors was
exceeded; 130 / 143 when stopped by Ctrl-C / SIGTERM.
"""


class UsageError(Exception):
    """A bad option value: reported like argparse's own errors (exit status 2)."""


# -- shared options -------------------------------------------------------------------------------------------------
def _kinds(value: str) -> tuple[str, ...]:
    kinds = tuple(part.strip() for part in value.split(",") if part.strip())
    unknown = [kind for kind in kinds if kind not in KINDS]
    if unknown or not kinds:
        raise argparse.ArgumentTypeError(f"unknown kind(s) {', '.join(unknown) or '(none given)'}; "
                                         f"known kinds: {', '.join(KINDS)}")
    return kinds


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {number}")
    return number


def _seconds(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {value!r}") from None
    if not 0 <= number < float("inf"):
        raise argparse.ArgumentTypeError(f"must be 0 (no limit) or a positive number of seconds, not {value}")
    return number


def _cleaner_options_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    group = common.add_argument_group("cleaning options")
    group.add_argument("--preset", choices=("precision", "balanced", "recall"), default="balanced",
                       help="how sure the rules must be before removing (default: balanced)")
    group.add_argument("--kinds", type=_kinds, default=None, metavar="KIND,...",
                       help=f"remove only these kinds (default: all): {', '.join(KINDS)}")
    group.add_argument("--cue-file", action="append", default=[], metavar="PATH",
                       help="an extra cue file (docs/cues.md); repeat for several")
    group.add_argument("--no-language", action="store_true", help="skip language detection (faster)")
    group.add_argument("--input-format", choices=("auto", "text", "markdown", "html"), default="auto",
                       help="the documents' format (default: from the file name / field name, else sniffed)")
    return common


def _cleaner_from(args: argparse.Namespace) -> Cleaner:
    try:
        return Cleaner(preset=args.preset, kinds=args.kinds, cue_files=args.cue_file,
                       detect_language=not args.no_language)
    except (OSError, ValueError, CleanerError) as error:
        raise UsageError(f"cannot build the cleaner: {error}") from error


def _use_color(choice: str, stream) -> bool:
    if choice == "always":
        return True
    if choice == "never" or os.environ.get("NO_COLOR"):
        return False
    return hasattr(stream, "isatty") and stream.isatty() and os.environ.get("TERM") != "dumb"


# -- cleaner clean --------------------------------------------------------------------------------------------------
def _split_gz(path: str) -> tuple[str, bool]:
    """(the name without ".gz", whether it was gzipped)."""
    if path.lower().endswith(".gz"):
        return path[:-3], True
    return path, False


def _is_document(path: Path) -> bool:
    name, _gz = _split_gz(path.name)
    return Path(name).suffix.lower() in SUFFIX_FORMATS


def expand_paths(specs: list[str]) -> tuple[list[str], list[str]]:
    """(the files to clean, in order, each once; error messages for specs that name nothing).
    "-" is stdin; a directory gives its document files, recursively, sorted; a pattern with * ? [ is a glob
    (** crosses directories) unless a file has that very name."""
    files: list[str] = []
    errors: list[str] = []
    seen: set[str] = set()

    def add(path: str) -> None:
        if path not in seen:
            seen.add(path)
            files.append(path)

    def add_directory(directory: Path) -> int:
        count = 0
        for root, dirs, names in os.walk(directory):
            dirs.sort()
            for name in sorted(names):
                candidate = Path(root) / name
                if _is_document(candidate):
                    add(str(candidate))
                    count += 1
        return count

    for spec in specs:
        if spec == "-":
            add("-")
            continue
        path = Path(spec)
        if path.is_dir():
            if not add_directory(path):
                errors.append(f"{spec}: no .txt, .md or .html files (or their .gz) in this directory")
        elif path.exists() or not (_GLOB_CHARS & set(spec)):
            add(spec)  # a missing file is reported when it is read
        else:
            matches = sorted(glob.glob(spec, recursive=True))
            if not matches:
                errors.append(f"{spec}: no file matches")
            for match in matches:
                if Path(match).is_dir():
                    add_directory(Path(match))
                else:
                    add(match)
    return files, errors


def _read(path: str) -> bytes:
    data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    if _split_gz(path)[1] or data[:2] == b"\x1f\x8b":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as error:
            raise OSError(f"not a valid gzip file: {error}") from error
    return data


def _format_of(path: str, choice: str) -> str:
    if choice != "auto":
        return choice
    name, _gz = _split_gz(path)
    return SUFFIX_FORMATS.get(Path(name).suffix.lower(), "auto")


class _Style:
    def __init__(self, color: bool):
        self.color = color

    def __call__(self, text: str, code: str) -> str:
        return f"\x1b[{code}m{text}\x1b[0m" if self.color else text


def explain(result: CleanResult, path: str, color: bool = False) -> str:
    """What was removed from one document and why: kind, rule, cue, confidence, where, and the text."""
    style = _Style(color)
    count = len(result.removed)
    lines = [style(f"==> {path}: {count} block{'s' if count != 1 else ''} removed", "1")]
    for removal in result.removed:
        where = (f"chars {removal.start}-{removal.end}" if removal.start is not None
                 else (removal.xpath or "")).strip()
        cue = f" cue: {removal.cue}" if removal.cue else ""
        lines.append(f"  {style(removal.kind, '1;33')}  {style(removal.rule, '36')}{cue}"
                     f"  confidence {removal.confidence:.2f}" + (f"  {where}" if where else ""))
        for text_line in removal.text.splitlines() or [""]:
            lines.append("    " + style(text_line, "2"))
    kept = [link for link in result.links if not link.kept]
    if kept:
        lines.append(f"  {style('links dropped', '1;33')}: " +
                     ", ".join(f"{link.text or link.url} <{link.url}> ({link.kind})" for link in kept))
    lines.extend(explain_near_misses(result, style))
    return "\n".join(lines) + "\n"


def explain_near_misses(result: CleanResult, style) -> list[str]:
    """The --explain lines of the blocks a detector fired on but the decision kept (strength vs threshold)."""
    if not result.near_misses:
        return []
    count = len(result.near_misses)
    lines = [f"  {style(f'near misses: {count} block' + ('s' if count != 1 else '') + ' kept', '1')}"]
    for miss in result.near_misses:
        where = (f"chars {miss.start}-{miss.end}" if miss.start is not None else (miss.xpath or "")).strip()
        cue = f" cue: {miss.cue}" if miss.cue else ""
        versus = ("<" if miss.strength < miss.threshold else ">=") + f" threshold {miss.threshold:.2f}"
        if miss.reason not in ("below_threshold", "protected"):  # a named body protection
            versus += f", kept by a protection: {miss.reason}"
        elif miss.reason != "below_threshold":
            versus += ", kept by a protection"
        lines.append(f"  {style(miss.kind, '33')}  {style(miss.rule, '36')}{cue}  strength {miss.strength:.2f} "
                     f"{versus}" + (f"  {where}" if where else ""))
        for text_line in miss.text.splitlines() or [""]:
            lines.append("    " + style(text_line, "2"))
    return lines


def cmd_clean(args: argparse.Namespace) -> int:
    files, errors = expand_paths(args.paths)
    for message in errors:
        print(f"cleaner: {message}", file=sys.stderr)
    status = EXIT_IO if errors else EXIT_OK
    cleaner = _cleaner_from(args)
    color = _use_color(args.color, sys.stderr)
    headers = len(files) > 1 and args.format != "json"
    out = sys.stdout
    report = _report_collector(args)
    for path in files:
        data = b""
        try:
            data = _read(path)
            result = cleaner.clean(data, format=_format_of(path, args.input_format), url=args.url)
        except (OSError, CleanerError) as error:
            message = error.strerror if isinstance(error, OSError) and error.strerror else error
            print(f"cleaner: {path}: {message}", file=sys.stderr)
            status = EXIT_IO
            if report is not None:
                report.add_error(path, str(message))
            continue
        except Exception as error:  # noqa: BLE001 - one bad file never stops the others
            print(f"cleaner: {path}: internal error: {type(error).__name__}: {error}", file=sys.stderr)
            status = EXIT_IO
            if report is not None:
                report.add_error(path, f"internal error: {type(error).__name__}: {error}")
            continue
        if report is not None:
            report.add(path, data, result)
        try:
            if args.format == "json":
                out.write(json.dumps({"path": path, **result.to_dict()}, ensure_ascii=False) + "\n")
            else:
                if headers:
                    out.write(f"==> {path} <==\n")
                out.write((result.markdown if args.format == "markdown" else result.text) + "\n")
            out.flush()
        except BrokenPipeError:
            raise  # the reader went away (| head): main() ends quietly
        except OSError as error:  # a full disk (> /dev/full), a closed stdout...
            print(f"cleaner: stdout: {error.strerror or error}", file=sys.stderr)
            _detach_stdout()
            return EXIT_IO
        for warning in result.warnings:
            print(f"cleaner: {path}: warning: {warning}", file=sys.stderr)
        if args.explain:
            sys.stderr.write(explain(result, path, color))
            sys.stderr.flush()
    if report is not None:
        status = _write_clean_report(report, args.report) or status
    return status


def _detach_stdout() -> None:
    """Point stdout at /dev/null after it failed, so Python's flush at exit does not fail (and complain) again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


# -- cleaner report, and clean --report --------------------------------------------------------------------------
def _report_collector(args: argparse.Namespace):
    if not getattr(args, "report", None):
        return None
    from .report import ReportCollector

    return ReportCollector()


def _write_clean_report(report, path: str) -> int:
    from .report import ReportError

    try:
        report.write(path)
    except (OSError, ReportError) as error:
        print(f"cleaner: {path}: {getattr(error, 'strerror', None) or error}", file=sys.stderr)
        return EXIT_IO
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    from .report import RecordFields, ReportError, report_from_batch

    fields = RecordFields(field=args.field, url_field=args.url_field, id_field=args.id_field,
                          result_field=args.result_field)
    try:
        stats = report_from_batch(args.results, args.output, fields, title=args.title, max_chars=args.max_chars,
                                  compress=args.compress)
    except ReportError as error:
        print(f"cleaner: {error}", file=sys.stderr)
        return EXIT_IO
    except OSError as error:
        print(f"cleaner: {getattr(error, 'filename', None) or args.output}: {error.strerror or error}",
              file=sys.stderr)
        return EXIT_IO
    if not args.quiet:
        print(f"cleaner report: {stats.documents:,} documents ({stats.errors:,} errors, {stats.with_warnings:,} with "
              f"warnings), {stats.removed_blocks:,} blocks removed, {stats.near_misses:,} near misses -> "
              f"{args.output}", file=sys.stderr)
    return EXIT_OK


REPORT_EXAMPLES = """examples:
  cleaner batch pages.jsonl.gz -o clean.jsonl.gz && cleaner report clean.jsonl.gz -o report.html
  cleaner clean --report report.html site/          the same report for the files cleaned

One self-contained HTML file (no remote script, style or font): open it in a browser, offline, or mail it.
The per-document view shows the input with the removed blocks highlighted when the record carries it (not with
batch --drop-input, nor for HTML input: then the removed blocks are listed with their XPath).
"""


def _add_report_parser(sub, formatter) -> None:
    from .report import DEFAULT_MAX_CHARS

    report = sub.add_parser("report", help="an HTML report of what cleaner batch removed",
                            description="Write one self-contained HTML report (overview, charts, every document "
                            "with its removals and near misses) from the output of cleaner batch (docs/report.md).",
                            epilog=REPORT_EXAMPLES, formatter_class=formatter)
    report.add_argument("results", metavar="RESULTS.jsonl[.gz]", help='the output of cleaner batch ("-": stdin)')
    report.add_argument("-o", "--output", required=True, metavar="REPORT.html", help="the HTML file to write")
    report.add_argument("--title", default="cleaner report", help='the report\'s title (default: "cleaner report")')
    report.add_argument("--field", default=None, metavar="NAME",
                        help='the document field, as given to batch (default: "html" when present, else "text")')
    report.add_argument("--url-field", default="url", metavar="NAME", help='the URL field (default: "url")')
    report.add_argument("--id-field", default="id", metavar="NAME", help='the id field (default: "id")')
    report.add_argument("--result-field", default="cleaned", metavar="NAME",
                        help='where batch put the result (default: "cleaned")')
    report.add_argument("--max-chars", type=_positive_int, default=DEFAULT_MAX_CHARS, metavar="N",
                        help=f"characters of each document's input and clean text embedded (default: "
                             f"{DEFAULT_MAX_CHARS:,})")
    report.add_argument("--compress", action="store_true",
                        help="gzip each document's data in the page: about half the size, and a large report "
                             "opens faster (docs/report.md); needs a browser with DecompressionStream (Chrome/Edge "
                             "80, Firefox 113, Safari 16.4)")
    report.add_argument("-q", "--quiet", action="store_true", help="no summary line on stderr")
    report.set_defaults(func=cmd_report)


# -- cleaner batch --------------------------------------------------------------------------------------------------
class _Progress:
    """The progress bar on stderr (tqdm): records written (finished, not read ahead), errors, records a second, and,
    once the input's records are counted (a file: counted in a background thread), the share done and the time
    left. Only when stderr is a terminal or ``--progress always`` is given."""

    def __init__(self, stream, initial: int = 0):
        from tqdm import tqdm

        tqdm.monitor_interval = 0  # no monitor thread in a process that forks workers
        self.bar = tqdm(total=None, initial=initial, unit=" records", file=stream, dynamic_ncols=True,
                        mininterval=0.5, smoothing=0.1, leave=False)
        self.errors = -1

    def set_total(self, total: int) -> None:
        self.bar.total = total

    def __call__(self, stats) -> None:
        if stats.errors != self.errors:
            self.errors = stats.errors
            self.bar.set_postfix_str(f"{stats.errors:,} errors", refresh=False)
        self.bar.update(stats.records - self.bar.n)

    def close(self) -> None:
        self.bar.refresh()  # the last count is shown once even when the run was shorter than ``mininterval``
        self.bar.close()


def summary(stats, stopped: str | None = None) -> str:
    resumed = f" ({stats.resumed:,} resumed from the partial output)" if stats.resumed else ""
    lines = [f"cleaner batch: {stats.records:,} records{resumed}, {stats.errors:,} errors, {stats.seconds:.1f} s, "
             f"{stats.docs_per_second:,.1f} docs/s"]
    if stats.removed:
        lines.append("removed blocks: " + ", ".join(f"{kind} {count:,}" for kind, count in
                                                    sorted(stats.removed.items(), key=lambda kv: (-kv[1], kv[0]))))
    else:
        lines.append("removed blocks: none")
    if stats.errors:
        lines.append("errors: " + "; ".join(f"{message} ({count:,})" for message, count in
                                            stats.error_messages.most_common(5)))
    if stats.worker_restarts:
        lines.append(f"worker processes replaced {stats.worker_restarts} time(s) after one died")
    if stopped:
        lines.append(f"stopped: {stopped}")
    return "\n".join(lines) + "\n"


def _max_errors(value: str):
    from .batch import ErrorLimit

    try:
        return ErrorLimit.parse(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error).replace("--max-errors takes", "takes")) from None


def _say(message: str) -> None:
    print(f"cleaner: {message}", file=sys.stderr)


def cmd_batch(args: argparse.Namespace) -> int:
    from .sites.cli import prepare_batch_profiles

    cleaner = _cleaner_from(args)  # validates the options before any worker starts
    try:
        profiles, temporary = prepare_batch_profiles(args)  # --learn-sites: the first pass over the input
    except ValueError as error:
        raise UsageError(str(error)) from error
    except (OSError, EOFError, CleanerError) as error:
        print(f"cleaner: learning the sites of {args.input}: {getattr(error, 'strerror', None) or error}",
              file=sys.stderr)
        return EXIT_IO
    try:
        return _run_batch_command(args, cleaner, profiles)
    finally:
        if temporary is not None:
            temporary.cleanup()


def _run_batch_command(args: argparse.Namespace, cleaner: Cleaner, profiles: str | None) -> int:
    from . import batchio, records  # records: Parquet in and out (records.py)
    from .batch import (BatchInterrupted, BatchOptions, BatchStats, InputReadError, TooManyErrors, WorkerPoolError,
                        run_batch, time_limits_supported)

    output = None if args.output in (None, "-") else args.output
    if args.resume and output is None:
        raise UsageError("--resume needs the output file (-o OUT): it continues OUT.partial, the output an "
                         "interrupted run left")
    options = BatchOptions(profiles=profiles, site_field=args.site_field,
        field=args.field, url_field=args.url_field, id_field=args.id_field, result_field=args.result_field,
        drop_input=args.drop_input, input_format=args.input_format, timeout=args.timeout,
        cleaner=cleaner.options)  # every option of the parent's cleaner reaches the workers
    if args.timeout and not time_limits_supported():
        _say("warning: --timeout is not supported on this platform (no signal.setitimer, e.g. Windows): records are "
             "cleaned without a time limit")
    try:
        source = records.open_input(args.input)
    except OSError as error:
        _say(f"{args.input}: {error.strerror or error}")
        return EXIT_IO
    name = source.path or "stdin"
    try:
        try:
            batchio.check_not_input(source, output)
        except batchio.SameFileError as error:
            _say(f"error: {error}")
            return EXIT_USAGE
        target = records.output_file(output, options.result_field) if output else None
        resumed = None
        if target is not None:
            if args.resume and target.exists_partial():
                try:
                    resumed = target.scan(options.result_field)
                    read, last = batchio.skip_lines(source.stream, resumed.lines, args.max_record_bytes)
                    batchio.check_resume(resumed, read, last, id_field=options.id_field, output=target.path)
                except batchio.ResumeError as error:
                    _say(f"error: {error}")
                    return EXIT_USAGE
                except (OSError, EOFError, zlib.error) as error:
                    _say(f"cannot resume: {getattr(error, 'strerror', None) or error}")
                    return EXIT_IO
                if not args.quiet:
                    _say(f"resuming {target.partial}: {resumed.lines:,} records already written, going on from "
                         f"input line {resumed.lines + 1:,}")
            elif args.resume and not args.quiet:
                _say(f"no partial output {target.partial}: starting from the beginning")
            elif target.exists_partial() and not args.quiet:
                _say(f"replacing {target.partial}, left by an earlier run (--resume continues it instead)")
            try:
                writer = target.open(resumed)
            except OSError as error:
                _say(f"{target.partial}: {error.strerror or error}")
                return EXIT_IO
        else:
            writer = batchio.JsonlWriter(sys.stdout.buffer, close_file=False)
        show = not args.quiet and (args.progress == "always" or (args.progress == "auto" and sys.stderr.isatty()))
        progress = _Progress(sys.stderr, resumed.lines if resumed else 0) if show else None
        if progress is not None and source.path is not None and source.size:
            batchio.count_lines_in_background(source.path, progress.set_total)
        elif progress is not None and isinstance(source.stream, records.ParquetLineReader):
            progress.set_total(source.stream.rows)
        status, stopped, complete = EXIT_OK, None, False
        stats = resumed.stats if resumed else BatchStats()  # counted as lines are written, whatever stops the batch
        try:
            run_batch(source.stream, writer, options, jobs=args.jobs, chunk_size=args.chunk_size,
                      max_record_bytes=args.max_record_bytes, progress=progress, cleaner=cleaner,
                      first_line=resumed.lines + 1 if resumed else 1, stats=stats, max_errors=args.max_errors,
                      handle_signals=True)
            complete = True
        except BatchInterrupted as error:
            status, stopped = 128 + error.signum, f"interrupted by {signal.Signals(error.signum).name}"
        except TooManyErrors as error:
            status, complete, stopped = EXIT_IO, error.complete, str(error)
        except InputReadError as error:  # a truncated gzip...: the records before it were written
            status, stopped = EXIT_IO, f"{name}: {error}"
        except WorkerPoolError as error:
            status, stopped = EXIT_IO, str(error)
        except BrokenPipeError:
            raise  # the reader went away (| head): main() ends quietly
        except (OSError, EOFError) as error:  # a full disk, a closed output...
            status, stopped = EXIT_IO, f"I/O error: {getattr(error, 'strerror', None) or error}"
        finally:
            if progress is not None:
                progress.close()
        try:
            if target is None:
                writer.flush()
            elif complete:
                target.commit()
            else:
                target.keep_partial()
        except BrokenPipeError:
            raise
        except OSError as error:
            _say(f"{output or 'stdout'}: {error.strerror or error}")
            status, complete = EXIT_IO, False
        if complete and stats.records and stats.errors == stats.records and status == EXIT_OK:
            status, stopped = EXIT_IO, f"every record failed ({stats.records:,})"
        if not args.quiet:
            sys.stderr.write(summary(stats, stopped))
        elif stopped:
            _say(stopped)
        if target is not None and not complete:
            _say(f"the {stats.records:,} records written so far are in {target.partial}; run the same command with "
                 f"--resume to go on from there")
        if args.stats:
            try:
                Path(args.stats).write_text(json.dumps(stats.to_dict(), indent=2) + "\n", encoding="utf-8")
            except OSError as error:
                _say(f"{args.stats}: {error.strerror or error}")
                status = EXIT_IO
        return status
    finally:
        source.close()


# -- the parser ------------------------------------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    from .batch import DEFAULT_CHUNK_SIZE, DEFAULT_MAX_RECORD_BYTES, DEFAULT_TIMEOUT
    from .sites.cli import add_batch_options, add_learn_parser

    formatter = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(prog="cleaner", description="Strip boilerplate from scraped articles, and "
                                     "explain every removal.", epilog=MAIN_EXAMPLES, formatter_class=formatter)
    parser.add_argument("--version", action="version", version=f"cleaner {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    common = _cleaner_options_parser()

    clean = sub.add_parser("clean", parents=[common], help="clean files and print the result",
                           description="Clean files, directories (recursively), globs or stdin (-): .txt, .md, "
                           ".html, .htm and their .gz.", epilog=CLEAN_EXAMPLES, formatter_class=formatter)
    clean.add_argument("paths", nargs="+", metavar="PATH", help='a file, a directory, a glob, or "-" for stdin')
    clean.add_argument("--format", choices=("text", "markdown", "json"), default="text",
                       help="what to print (default: text)")
    clean.add_argument("--explain", action="store_true",
                       help="also list what was removed and why (kind, rule, cue, the text), on stderr")
    clean.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                       help="colour in --explain (default: when stderr is a terminal and NO_COLOR is unset)")
    clean.add_argument("--url", default=None, help="the page's URL (helps metadata and relative links)")
    clean.add_argument("--report", default=None, metavar="REPORT.html",
                       help="also write an HTML report of the documents (docs/report.md)")
    clean.set_defaults(func=cmd_clean)

    batch = sub.add_parser("batch", parents=[common], help="clean a JSONL stream with parallel workers",
                           description="Clean one JSON record a line (plain or gzip), streaming, with parallel "
                           "workers; never stops on a bad record (docs/batch.md).", epilog=BATCH_EXAMPLES,
                           formatter_class=formatter)
    batch.add_argument("input", nargs="?", default=None, metavar="IN.jsonl[.gz]", help="input (default: stdin)")
    batch.add_argument("-o", "--output", default=None, metavar="OUT.jsonl[.gz]",
                       help="output; gzip when it ends in .gz (default: stdout)")
    batch.add_argument("--field", default=None, metavar="NAME",
                       help='the field holding the document (default: "html" when present, else "text")')
    batch.add_argument("--url-field", default="url", metavar="NAME", help='the page URL\'s field (default: "url")')
    batch.add_argument("--id-field", default="id", metavar="NAME",
                       help='the id field, recovered into the error record of a line that is not valid JSON '
                            '(default: "id")')
    batch.add_argument("--result-field", default="cleaned", metavar="NAME",
                       help='where the result goes in each record (default: "cleaned")')
    batch.add_argument("--drop-input", action="store_true",
                       help="drop the document field from cleaned records (error records keep it)")
    batch.add_argument("-j", "--jobs", type=_positive_int, default=None, metavar="N",
                       help="worker processes (default: the number of cores; 1 runs in one process)")
    batch.add_argument("--chunk-size", type=_positive_int, default=DEFAULT_CHUNK_SIZE, metavar="N",
                       help=f"records sent to a worker at once (default: {DEFAULT_CHUNK_SIZE})")
    batch.add_argument("--max-record-bytes", type=_positive_int, default=DEFAULT_MAX_RECORD_BYTES, metavar="N",
                       help=f"longer input lines become error records (default: {DEFAULT_MAX_RECORD_BYTES:,})")
    batch.add_argument("--timeout", type=_seconds, default=DEFAULT_TIMEOUT, metavar="SECONDS",
                       help=f"give up on a record after this long: it becomes an error record \"timed out after N "
                            f"s\" and the batch goes on (default: {DEFAULT_TIMEOUT:g}; 0: no limit). Unix only: on "
                            f"Windows records have no time limit")
    batch.add_argument("--resume", action="store_true",
                       help="continue an interrupted run: keep the records in OUT.partial, clean the rest of the "
                            "input (the same input, from the start) after them")
    batch.add_argument("--max-errors", type=_max_errors, default=None, metavar="N|P%",
                       help="stop (status 1) once more than N records failed, or more than P%% of them (judged "
                            "from 100 records on, and at the end); default: no limit")
    batch.add_argument("--progress", choices=("auto", "always", "never"), default="auto",
                       help="progress bar on stderr: records done, rate, time left (default: when stderr is a "
                            "terminal)")
    batch.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary")
    batch.add_argument("--stats", default=None, metavar="PATH", help="also write the summary as JSON to PATH")
    add_batch_options(batch)
    batch.set_defaults(func=cmd_batch)
    _add_report_parser(sub, formatter)
    add_learn_parser(sub, formatter)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except UsageError as error:
        parser.exit(EXIT_USAGE, f"cleaner: error: {error}\n")
    except KeyboardInterrupt:
        print("\ncleaner: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (| head): stop quietly, as a Unix tool killed by SIGPIPE does (status 141), and keep
        # Python from complaining at exit.
        _detach_stdout()
        return EXIT_BROKEN_PIPE


if __name__ == "__main__":
    sys.exit(main())
