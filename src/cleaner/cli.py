"""The ``cleaner`` command line (docs/cli.md).

    cleaner clean PATH...             clean files, directories (recursively), globs, "-" for stdin
    cleaner batch [IN] [-o OUT]       clean a JSONL stream (.gz too) with parallel workers
    cleaner learn IN... -o DIR        learn each site's template from its pages (docs/sites.md)

Data goes to stdout, everything else (errors, --explain, progress, the summary) to stderr.
Exit status: 0 success, 1 an input or output could not be read / written, 2 usage error, 130 interrupted.
"""

from __future__ import annotations

import argparse
import glob
import gzip
import io
import json
import os
import sys
import time
from pathlib import Path

from . import __version__
from .errors import CleanerError
from .model import KINDS, CleanResult
from .pipeline import Cleaner

EXIT_OK, EXIT_IO, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130

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

Each output line is the input record, unchanged, plus the result under "cleaned" (--result-field); a record that
cannot be cleaned (or times out: "timed out after 60 s") gets "cleaned": null, "error": MESSAGE and
"input_line": N instead. As many lines out as in, in order. Exit status 0 when every record was processed (record
errors are counted in the summary, not fatal).
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
    return "\n".join(lines) + "\n"


def cmd_clean(args: argparse.Namespace) -> int:
    files, errors = expand_paths(args.paths)
    for message in errors:
        print(f"cleaner: {message}", file=sys.stderr)
    status = EXIT_IO if errors else EXIT_OK
    cleaner = _cleaner_from(args)
    color = _use_color(args.color, sys.stderr)
    headers = len(files) > 1 and args.format != "json"
    out = sys.stdout
    for path in files:
        try:
            result = cleaner.clean(_read(path), format=_format_of(path, args.input_format), url=args.url)
        except (OSError, CleanerError) as error:
            message = error.strerror if isinstance(error, OSError) and error.strerror else error
            print(f"cleaner: {path}: {message}", file=sys.stderr)
            status = EXIT_IO
            continue
        except Exception as error:  # noqa: BLE001 - one bad file never stops the others
            print(f"cleaner: {path}: internal error: {type(error).__name__}: {error}", file=sys.stderr)
            status = EXIT_IO
            continue
        if args.format == "json":
            out.write(json.dumps({"path": path, **result.to_dict()}, ensure_ascii=False) + "\n")
        else:
            if headers:
                out.write(f"==> {path} <==\n")
            out.write((result.markdown if args.format == "markdown" else result.text) + "\n")
        if args.explain:
            out.flush()
            sys.stderr.write(explain(result, path, color))
            sys.stderr.flush()
    return status


# -- cleaner batch --------------------------------------------------------------------------------------------------
class _Progress:
    """A one-line progress display on stderr (only when stderr is a terminal), at most ~5 updates a second."""

    def __init__(self, stream, total_bytes: int | None, position):
        self.stream, self.total, self.position = stream, total_bytes, position
        self.last = 0.0

    def __call__(self, stats) -> None:
        now = time.monotonic()
        if now - self.last < 0.2:
            return
        self.last = now
        text = f"\r{stats.records:,} records, {stats.errors:,} errors, {stats.docs_per_second:,.1f} docs/s"
        if self.total:
            try:
                done = min(1.0, self.position() / self.total)
                width = 24
                text = f"\r[{'#' * int(done * width):<{width}}] {done:4.0%} " + text[1:]
            except (OSError, ValueError):
                pass
        self.stream.write(text + "\x1b[K")
        self.stream.flush()

    def clear(self) -> None:
        self.stream.write("\r\x1b[K")
        self.stream.flush()


def _open_input(path: str | None):
    """(the decompressed byte stream, the raw file for progress, its size or None)."""
    if path in (None, "-"):
        raw = sys.stdin.buffer
        size = None
    else:
        raw = open(path, "rb")  # noqa: SIM115 - closed by the caller
        try:
            size = os.fstat(raw.fileno()).st_size
        except OSError:
            size = None
    buffered = raw if hasattr(raw, "peek") else io.BufferedReader(raw)
    if buffered.peek(2)[:2] == b"\x1f\x8b":
        return gzip.GzipFile(fileobj=buffered, mode="rb"), raw, size
    return buffered, raw, size


def _open_output(path: str | None):
    if path in (None, "-"):
        return sys.stdout.buffer, False
    if path.lower().endswith(".gz"):
        # mtime=0: the same input gives the same output bytes, gzip header included.
        return gzip.GzipFile(filename="", mode="wb", fileobj=open(path, "wb"), mtime=0), True  # noqa: SIM115
    return open(path, "wb"), True  # noqa: SIM115


def summary(stats) -> str:
    lines = [f"cleaner batch: {stats.records:,} records, {stats.errors:,} errors, {stats.seconds:.1f} s, "
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
        lines.append(f"worker pool restarted {stats.worker_restarts} time(s) after a worker crashed")
    return "\n".join(lines) + "\n"


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
    from .batch import (BatchOptions, CleanerOptions, InputReadError, WorkerPoolError, run_batch,
                        time_limits_supported)

    options = BatchOptions(profiles=profiles, site_field=args.site_field,
        field=args.field, url_field=args.url_field, id_field=args.id_field, result_field=args.result_field,
        drop_input=args.drop_input, input_format=args.input_format, timeout=args.timeout,
        cleaner=CleanerOptions(preset=args.preset, kinds=args.kinds, cue_files=tuple(args.cue_file),
                               detect_language=not args.no_language))
    if args.timeout and not time_limits_supported():
        print("cleaner: warning: --timeout is not supported on this platform (no signal.setitimer, e.g. Windows): "
              "records are cleaned without a time limit", file=sys.stderr)
    try:
        stream, raw, size = _open_input(args.input)
    except OSError as error:
        print(f"cleaner: {args.input}: {error.strerror or error}", file=sys.stderr)
        return EXIT_IO
    try:
        out, close_out = _open_output(args.output)
    except OSError as error:
        print(f"cleaner: {args.output}: {error.strerror or error}", file=sys.stderr)
        return EXIT_IO
    show = not args.quiet and (args.progress == "always" or (args.progress == "auto" and sys.stderr.isatty()))
    progress = _Progress(sys.stderr, size, raw.tell) if show else None
    status = EXIT_OK
    stats = None
    try:
        stats = run_batch(stream, out, options, jobs=args.jobs, chunk_size=args.chunk_size,
                          max_record_bytes=args.max_record_bytes, progress=progress, cleaner=cleaner)
    except InputReadError as error:  # a truncated gzip...: the records before it were written
        print(f"\ncleaner: {args.input or 'stdin'}: {error}", file=sys.stderr)
        stats = error.stats
        status = EXIT_IO
    except BrokenPipeError:
        raise  # the reader went away (| head): main() ends quietly
    except (OSError, EOFError) as error:  # a full disk, a closed output...
        print(f"\ncleaner: I/O error: {getattr(error, 'strerror', None) or error}", file=sys.stderr)
        status = EXIT_IO
    except WorkerPoolError as error:
        print(f"\ncleaner: {error}", file=sys.stderr)
        status = EXIT_IO
    finally:
        if progress is not None:
            progress.clear()
        try:
            out.flush()
            if close_out:
                out.close()
                if isinstance(out, gzip.GzipFile) and out.fileobj is not None:
                    out.fileobj.close()
        except BrokenPipeError:
            pass
        except OSError as error:
            print(f"cleaner: {args.output or 'stdout'}: {error.strerror or error}", file=sys.stderr)
            status = EXIT_IO
        if raw is not sys.stdin.buffer:
            raw.close()
    if stats is not None and not args.quiet:
        sys.stderr.write(summary(stats))
    if stats is not None and args.stats:
        try:
            Path(args.stats).write_text(json.dumps(stats.to_dict(), indent=2) + "\n", encoding="utf-8")
        except OSError as error:
            print(f"cleaner: {args.stats}: {error.strerror or error}", file=sys.stderr)
            status = EXIT_IO
    return status


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
    batch.add_argument("--progress", choices=("auto", "always", "never"), default="auto",
                       help="progress bar on stderr (default: when stderr is a terminal)")
    batch.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary")
    batch.add_argument("--stats", default=None, metavar="PATH", help="also write the summary as JSON to PATH")
    add_batch_options(batch)
    batch.set_defaults(func=cmd_batch)
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
        # The reader went away (| head): stop quietly, and keep Python from complaining at exit.
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except OSError:
            pass
        return EXIT_OK
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
