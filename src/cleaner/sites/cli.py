"""The command line of site learning: ``cleaner learn`` and the profile options of ``cleaner batch``
(``--learn-sites``, ``--profiles``, ``--site-field``). Wired into cleaner/cli.py."""

from __future__ import annotations

import argparse
import sys
import tempfile

from ..errors import CleanerError
from .store import LearnStats, learn_files

LEARN_EXAMPLES = """examples:
  cleaner learn pages.jsonl -o profiles/                 one profile a site (the registered domain of "url")
  cleaner learn crawl-*.jsonl.gz -o profiles/ --site-field host
  cleaner batch pages.jsonl -o clean.jsonl --profiles profiles/   clean each record with its site's profile
  cleaner batch pages.jsonl -o clean.jsonl --learn-sites          learn, then clean: two passes over the input

A profile holds hashes and counts of the lines a site repeats, never page text (docs/sites.md).
"""


def add_learn_parser(sub, formatter) -> None:
    learn = sub.add_parser("learn", help="learn each site's template from its pages (JSONL)",
                           description="Read JSONL records (plain or gzip) and write one site profile a site into a "
                           "directory: the lines each site repeats, as hashes and counts (docs/sites.md).",
                           epilog=LEARN_EXAMPLES, formatter_class=formatter)
    learn.add_argument("inputs", nargs="+", metavar="IN.jsonl[.gz]", help="the records (read once each)")
    learn.add_argument("-o", "--output", required=True, metavar="DIR", help="the profile directory (created)")
    learn.add_argument("--field", default=None, metavar="NAME",
                       help='the field holding the document (default: "html" when present, else "text")')
    learn.add_argument("--url-field", default="url", metavar="NAME", help='the page URL\'s field (default: "url")')
    add_site_field(learn)
    learn.add_argument("--input-format", choices=("auto", "text", "markdown", "html"), default="auto",
                       help='the documents\' format (default: a field named "html" is HTML, else sniffed)')
    learn.add_argument("--min-pages", type=int, default=None, metavar="N",
                       help="a site with fewer pages gets an empty profile (default: 3)")
    learn.add_argument("-q", "--quiet", action="store_true", help="no summary")
    learn.set_defaults(func=cmd_learn)


def add_site_field(parser) -> None:
    parser.add_argument("--site-field", default=None, metavar="NAME",
                        help="the field naming the record's site (default: the registered domain of its URL)")


def add_batch_options(batch) -> None:
    group = batch.add_argument_group("site profiles (docs/sites.md)")
    group.add_argument("--profiles", default=None, metavar="DIR",
                       help="clean each record with its site's profile from DIR (written by cleaner learn)")
    group.add_argument("--learn-sites", action="store_true",
                       help="first learn every site of the input (a file: it is read twice), then clean each record "
                            "with its site's profile; with --profiles DIR the profiles are written there")
    add_site_field(group)


def _summary(stats: LearnStats, directory: str) -> str:
    text = (f"learned {stats.learned:,} of {stats.records:,} records: {stats.sites:,} sites, {stats.profiles:,} "
            f"with a template, in {directory}")
    if stats.no_site:
        text += f"; {stats.no_site:,} records without a site"
    if stats.errors:
        text += f"; {stats.errors:,} records skipped ({'; '.join(stats.messages)})"
    return text + "\n"


def cmd_learn(args: argparse.Namespace) -> int:
    try:
        stats = learn_files(args.inputs, args.output, field_name=args.field, url_field=args.url_field,
                            site_field=args.site_field, input_format=args.input_format, min_pages=args.min_pages)
    except OSError as error:
        print(f"cleaner: {getattr(error, 'filename', None) or ''}: {error.strerror or error}", file=sys.stderr)
        return 1
    except (CleanerError, EOFError) as error:
        print(f"cleaner: {error}", file=sys.stderr)
        return 1
    if not args.quiet:
        sys.stderr.write(_summary(stats, args.output))
    return 0


def prepare_batch_profiles(args: argparse.Namespace) -> tuple[str | None, tempfile.TemporaryDirectory | None]:
    """(the profile directory for the batch, a temporary directory to clean up) from the batch's options; learns
    the input's sites first with --learn-sites. Raises ValueError for a usage error, OSError for I/O."""
    if not args.learn_sites:
        if args.profiles is not None:
            from pathlib import Path

            if not Path(args.profiles).is_dir():
                raise ValueError(f"--profiles {args.profiles}: not a directory")
        return args.profiles, None
    if args.input in (None, "-"):
        raise ValueError("--learn-sites reads the input twice: give it a file, not stdin")
    temporary = None
    directory = args.profiles
    if directory is None:
        temporary = tempfile.TemporaryDirectory(prefix="cleaner-profiles-")
        directory = temporary.name
    stats = learn_files([args.input], directory, field_name=args.field, url_field=args.url_field,
                        site_field=args.site_field, input_format=args.input_format)
    if not args.quiet:
        sys.stderr.write(_summary(stats, directory if temporary is None else "a temporary directory"))
    return directory, temporary
