"""The pipeline, end to end: input -> adapter -> detectors -> decision -> result.

``Cleaner`` holds the configuration (which kinds to remove, the aggressiveness preset, extra cue files, size limits)
and the loaded cue data; ``Cleaner().clean(document)`` runs the steps in order. The module-level ``cleaner.clean``
uses one default instance.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from .adapters.text import text_blocks
from .cues import load_cues
from .decision import PRESETS, Decision, Thresholds, decide
from .decoding import decode, sanitize_to_utf8
from .detectors import DETECTORS, Context, detect_all
from .errors import InputTooLargeError, InputTypeError, UnknownFormatError
from .language import detect_language
from .model import KINDS, Block, CleanResult, Finding
from .names import NameMatcher
from .result import build_result, find_title_index, same_title
from .sites.apply import site_pass, split_template_lines
from .sites.profile import SiteProfile

FORMATS = ("auto", "text", "markdown", "html")
DEFAULT_MAX_TEXT_BYTES = 2_000_000
DEFAULT_MAX_HTML_BYTES = 10_000_000

_HTML_START = regex.compile(r"^\s*(?:<\?xml[^>]{0,200}>\s*)?(?:<!--.{0,2000}?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
                            regex.IGNORECASE | regex.DOTALL)
_HTML_TAG = regex.compile(r"</?(?:p|div|span|a|article|section|br|h[1-6]|ul|li|table|img|meta|script)\b[^<>]{0,500}>",
                          regex.IGNORECASE)
_MARKDOWN_SIGNAL = regex.compile(r"(?m)^ {0,3}(?:#{1,6} |```|~~~|> |\|.*\|)|\]\([^)\s]{1,500}\)|^---\s*$")
_FRONT_MATTER_LINE = regex.compile(r"^([A-Za-z_][\w-]{0,40})\s*[:=]\s*(.*)$")


def sniff_format(text: str) -> str:
    """"html", "markdown" or "text", from the document's first characters."""
    head = text[:5000]
    if _HTML_START.match(head) or len(_HTML_TAG.findall(head)) >= 5:
        return "html"
    if _MARKDOWN_SIGNAL.search(head):
        return "markdown"
    return "text"


def _front_matter(block: Block) -> dict[str, str]:
    fields: dict[str, str] = {}
    for line in block.text.splitlines()[1:-1]:
        match = _FRONT_MATTER_LINE.match(line.strip())
        if match and match.group(2).strip():
            fields.setdefault(match.group(1).lower(), match.group(2).strip().strip("'\""))
    return fields


def _metadata_from_front_matter(blocks: list[Block]) -> dict[str, str | None]:
    if not blocks or blocks[0].type != "front_matter":
        return {}
    fields = _front_matter(blocks[0])
    author = fields.get("author") or fields.get("authors") or fields.get("byline")
    if author and author.startswith("["):
        author = author.strip("[]").split(",")[0].strip().strip("'\"")
    return {
        "title": fields.get("title"),
        "author": author or None,
        "date": fields.get("date") or fields.get("published") or fields.get("pubdate"),
        "description": fields.get("description"),
    }


class Cleaner:
    """A configured cleaner. Build it once, call ``clean`` many times (thread-safe: it keeps no per-call state).

    Options:
        kinds: the kinds to remove (default: all of ``cleaner.KINDS``); others are left in place.
        preset: "precision", "balanced" (default) or "recall": how sure the rules must be before removing.
        cue_files: paths of extra cue files (same schema as the built-in ones, docs/cues.md).
        languages: restrict the built-in cue files to these languages (default: all).
        detect_language: set False to skip language detection (``language`` is then None).
        max_text_bytes / max_html_bytes: size limits; larger documents raise InputTooLargeError.
        thresholds: a ``decision.Thresholds`` to override the preset's numbers.
    """

    def __init__(self, *, kinds: Iterable[str] | None = None, preset: str = "balanced",
                 cue_files: Iterable[str] = (), languages: Iterable[str] | None = None,
                 detect_language: bool = True, max_text_bytes: int = DEFAULT_MAX_TEXT_BYTES,
                 max_html_bytes: int = DEFAULT_MAX_HTML_BYTES, thresholds: Thresholds | None = None,
                 html_options: dict | None = None):
        self.kinds = tuple(kinds) if kinds is not None else KINDS
        unknown = [kind for kind in self.kinds if kind not in KINDS]
        if unknown:
            raise InputTypeError(f"unknown kind(s) {unknown}; known kinds: {', '.join(KINDS)}")
        if preset not in PRESETS:
            raise InputTypeError(f"unknown preset {preset!r}; use one of {', '.join(PRESETS)}")
        self.preset = preset
        self.thresholds = thresholds or PRESETS[preset]
        self.cue_files = tuple(str(path) for path in cue_files)
        self.languages = tuple(languages) if languages is not None else None
        self.detect_language = detect_language
        self.max_text_bytes = max_text_bytes
        self.max_html_bytes = max_html_bytes
        self.html_options = dict(html_options or {})
        self.cues = load_cues(self.cue_files, self.languages)
        self.names = NameMatcher(self.cues)
        self.context = Context(self.cues, self.names)
        self.detectors = tuple(d for d in DETECTORS if d.kind in self.kinds)

    # -- the steps ----------------------------------------------------------------------------------------------
    def _to_text(self, document: str | bytes) -> str:
        if isinstance(document, (bytes, bytearray, memoryview)):
            data = bytes(document)
            if len(data) > max(self.max_text_bytes, self.max_html_bytes):
                raise InputTooLargeError(f"the document is {len(data):,} bytes, over the limit of "
                                         f"{max(self.max_text_bytes, self.max_html_bytes):,}")
            text, _charset = decode(data)
            return text
        if isinstance(document, str):
            return document
        raise InputTypeError(f"clean() takes str or bytes, not {type(document).__name__}")

    def _check_size(self, text: str, fmt: str) -> None:
        limit = self.max_html_bytes if fmt == "html" else self.max_text_bytes
        # Characters, not bytes, for str input: cheap, and a character is at least one byte.
        if len(text) > limit:
            raise InputTooLargeError(f"the {fmt} document is {len(text):,} characters, over the limit of {limit:,}; "
                                     f"raise Cleaner(max_{'html' if fmt == 'html' else 'text'}_bytes=...) if needed")

    def findings(self, blocks: list[Block]) -> list[list[Finding]]:
        """The detectors' findings on every block (front matter is reported as its own kind)."""
        result = []
        for block in blocks:
            if block.type == "front_matter":
                found = [Finding("front_matter", "front_matter.block", "YAML/TOML front matter", 1.0)] \
                    if "front_matter" in self.kinds else []
            elif block.type in ("code", "rule") or not block.plain.strip():
                found = []
            else:
                found = detect_all(block, self.context, self.detectors)
            result.append(found)
        return result

    def clean(self, document: str | bytes, *, url: str | None = None, format: str = "auto",
              site: "SiteProfile | None" = None) -> CleanResult:
        """Clean one document (str or bytes; text, Markdown or HTML) and explain every removal. ``site``: the
        profile of the document's site (``cleaner.learn_site``): the blocks the site repeats go too (sites/apply.py)."""
        if format not in FORMATS:
            raise UnknownFormatError(f"format must be one of {', '.join(FORMATS)}, not {format!r}")
        if url is not None and not isinstance(url, str):
            raise InputTypeError(f"url must be a str or None, not {type(url).__name__}")
        text, utf8 = sanitize_to_utf8(self._to_text(document))
        fmt = sniff_format(text) if format == "auto" else format
        self._check_size(text, fmt)
        if not text.strip():
            return CleanResult(format=fmt, url=url)
        if fmt == "html":
            from .adapters.html import html_document

            page = html_document(text, url=url, options=self.html_options, utf8=utf8)
            blocks, metadata = page.blocks, page.metadata
            document_text = None
        else:
            page = None
        if page is None:
            blocks = text_blocks(text, markdown=fmt == "markdown", cues=self.cues, names=self.names)
            metadata = _metadata_from_front_matter(blocks)
            document_text = text
            if site is not None:
                blocks = split_template_lines(blocks, text, site)
        findings = self.findings(blocks)
        if fmt == "html":
            from .adapters.html import dom_findings

            findings = dom_findings(blocks, findings, self.kinds)
        title_index = find_title_index(blocks, findings)
        if page is not None and title_index is not None and metadata.get("title") \
                and not same_title(blocks[title_index].plain, metadata["title"]):
            # a page with a title in its markup: trafilatura's body starts with the headline only sometimes, and a
            # short first line that is not it ("Anzeige, enthält Affiliate Links") is not protected as one
            title_index = None
        decision: Decision = decide(blocks, findings, self.thresholds, title_index=title_index)
        if site is not None:
            decision = site_pass(blocks, findings, decision, site, kinds=self.kinds, document=document_text)
        if page is not None:  # removals from a page say where they were
            for block, verdict in zip(blocks, decision.verdicts):
                if not verdict.keep:
                    block.xpath = page.locate(block)
        result = build_result(blocks, decision, names=self.names, document=document_text,
                              metadata={**metadata, "url": metadata.get("url") or url}, fmt=fmt)
        if page is not None and page.warnings:
            result.warnings[:0] = page.warnings
        if not result.text.strip():
            result.warnings.append("no article text was found in the document (all of it is markup, code fences, "
                                   "comments or scripts)" if not result.removed else
                                   "nothing is left of the document after the removals")
        if self.detect_language:
            result.language = detect_language(result.text, metadata.get("language")) or metadata.get("language")
        return result

    def with_options(self, **changes) -> "Cleaner":
        """A copy of this cleaner with some options changed."""
        options = dict(kinds=self.kinds, preset=self.preset, cue_files=self.cue_files, languages=self.languages,
                       detect_language=self.detect_language, max_text_bytes=self.max_text_bytes,
                       max_html_bytes=self.max_html_bytes, html_options=self.html_options)
        options.update(changes)
        return Cleaner(**options)


_default: Cleaner | None = None


def default_cleaner() -> Cleaner:
    global _default
    if _default is None:
        _default = Cleaner()
    return _default


def clean(document: str | bytes, *, url: str | None = None, format: str = "auto",
          site: "SiteProfile | None" = None) -> CleanResult:
    """Clean one document with the default ``Cleaner`` (see ``Cleaner`` for the options; ``site``: a site profile)."""
    return default_cleaner().clean(document, url=url, format=format, site=site)


__all__ = ["Cleaner", "clean", "default_cleaner", "sniff_format", "FORMATS"]
