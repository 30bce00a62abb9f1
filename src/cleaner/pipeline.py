"""The pipeline, end to end: input -> adapter -> detectors -> decision -> result.

``Cleaner`` holds the configuration (which kinds to remove, the aggressiveness preset, extra cue files, size limits)
and the loaded cue data; ``Cleaner().clean(document)`` runs the steps in order. The module-level ``cleaner.clean``
uses one default instance.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import Any

import regex

from .patterncache import compile_pattern
from .readers.dom_boxes import dom_vocabulary
from .readers.md_boxes import attach_box_hints
from .readers.text import front_matter_head, text_units, unit_sources
from .blocks import Segmenter
from .cues import load_cues
from .decision import Decision, Thresholds, decide
from .decoding import read_bytes, sanitize_to_utf8
from .detectors import DETECTORS, Context, detect_all
from .detectors.structure import BlocksView, apart_link_leads, document_author, structure_findings
from .detectors.lines import line_findings
from .detectors.definitions import definition_findings
from .detectors.chrome import chrome_findings
from .detectors.edge_chrome import edge_chrome_findings, headline_after_chrome, peel_edges, restore_paragraphs
from .detectors.prompts import prompt_findings
from .detectors.newslines import news_line_findings
from .detectors.md_chrome import md_chrome_findings, md_peel, own_text
from .detectors.meta_lines import meta_line_findings
from .detectors.post_meta import post_meta_findings
from .detectors.header_record import header_record_findings
from .detectors.captions import caption_credit_findings
from .detectors.gates import gate_findings
from .detectors.glued import glued_findings, glued_lines
from .detectors.image_residue import residue_findings, residue_lines
from .detectors.line_shapes import first_pass, line_shape_findings, no_title
from .detectors.post_panels import panel_marks, panel_shapes, post_panel_findings
from .detectors.tail_zone import tail_zone_findings
from .detectors.pointer import pointer_findings
from .detectors.line_model import edge_runs, line_model_findings
from .detectors.nav_shape import navigation_findings
from .detectors import tail_peel
from .detectors.dom import DOM_TOKENS, dom_findings
from .errors import InputTooLargeError, InputTypeError, UnknownFormatError
from .language import detect_language
from .model import KINDS, Block, CleanResult, Finding
from .names import NameMatcher
from .options import DEFAULT_MAX_HTML_BYTES, DEFAULT_MAX_TEXT_BYTES, Options
from .result import (build_result, find_title_index, headline_index, near_misses, same_title, title_after_chrome,
                     title_after_masthead)
from .rules import LINE_MODEL, TAIL_PEEL, strength
from .sniff import sniff_format
from .textmeta import byline_name, credit_source, front_matter_author, front_matter_source_url, looks_like_name
from .sites.apply import FindingsMemo, ShapeMemo, SplitMemo, recurring_blocks, site_pass, template_cuts
from .sites.profile import SiteProfile

FORMATS = ("auto", "text", "markdown", "html")

#: a front matter field (a key in any script: "原文链接: <url>", meta35)
_FRONT_MATTER_LINE = compile_pattern(r"^([\p{L}_][\w-]{0,40})\s*[:=：]\s*(.*)$")


def _front_matter(text: str) -> dict[str, str]:
    fields: dict[str, str] = {}
    for line in text.splitlines()[1:-1]:
        match = _FRONT_MATTER_LINE.match(line.strip())
        if match and match.group(2).strip():
            fields.setdefault(match.group(1).lower(), match.group(2).strip().strip("'\""))
    return fields


def _metadata_from_front_matter(blocks: list[Block]) -> dict[str, str | None]:
    if not blocks or blocks[0].type != "front_matter":
        return {}
    return _front_matter_metadata(blocks[0].text)


def _front_matter_metadata(text: str) -> dict[str, str | None]:
    fields = _front_matter(text)
    author = front_matter_author(text, fields)  # (a list of several: "Jane Doe; John Smith", authors11c)
    return {
        "title": fields.get("title"),
        "author": author or None,
        "date": fields.get("date") or fields.get("published") or fields.get("pubdate"),
        "description": fields.get("description"),
        # after a credit line's URL: a fetch archive's "url:" is the copy's address, "原文链接：" the original's
        "front_matter_source_url": front_matter_source_url(fields),
    }



def _panel_pass(shapes: dict[str, str]):
    """``_first_pass`` and ``_glued_lines`` with the lines of a thread's per-post panels named too
    (detectors/post_panels.py ``panel_marks``), wherever they stand among the paragraph's lines."""
    def named(texts: list[str], head_end: int, tail_start: int) -> set[int]:
        return _first_pass(texts, head_end, tail_start) | panel_marks(texts, shapes)

    def glued(texts: list[str]) -> set[int]:
        return _glued_lines(texts) | panel_marks(texts, shapes)
    return named, glued


def _first_pass(texts: list[str], head_end: int, tail_start: int) -> set[int]:
    """The line cut's first pass (line_shapes.py ``first_pass``: the head's and the tail's named lines) and the glued
    lines' shapes anywhere among the lines (detectors/glued.py ``glued_lines``, lines36)."""
    named = first_pass(texts, head_end, tail_start)
    glued = _glued_lines(texts)
    return named | glued if glued else named


def _glued_lines(texts: list[str]) -> set[int]:
    """The glued lines' shapes (detectors/glued.py ``glued_lines``) and a picture's, an embed's or a script's residue
    alone on a line (detectors/image_residue.py ``residue_lines``, image37)."""
    glued = glued_lines(texts)
    residue = residue_lines(texts)
    return glued | residue if residue else glued


def _renumber(blocks: list[Block]) -> None:
    """Each block's ``index`` its place in ``blocks`` (the tail peel's trials share the blocks they do not cut)."""
    for index, block in enumerate(blocks):
        block.index = index

class Cleaner:
    """A configured cleaner. Build it once, call ``clean`` many times (thread-safe: it keeps no per-call state; its one
    cache, of the detectors' findings on the blocks a site profile says recur, holds only what they would find again).

    Options:
        kinds: the kinds to remove (default: all of ``cleaner.KINDS``); others are left in place.
        preset: "precision", "balanced" (default) or "recall": how sure the rules must be before removing.
        cue_files: paths of extra cue files (same schema as the built-in ones, docs/cues.md).
        languages: restrict the built-in cue files to these languages (default: all).
        detect_language: set False to skip language detection (``language`` is then None).
        max_text_bytes / max_html_bytes: size limits; larger documents raise InputTooLargeError.
        thresholds: a ``decision.Thresholds`` to override the preset's numbers.
        options: a ``cleaner.Options`` holding all of the above (then the other arguments are ignored).
    ``cleaner.options`` is the frozen, picklable ``Options`` it was built with; ``Cleaner.from_options`` rebuilds it.
    """

    def __init__(self, *, kinds: Iterable[str] | None = None, preset: str = "balanced",
                 cue_files: str | os.PathLike[str] | Iterable[str | os.PathLike[str]] = (),
                 languages: Iterable[str] | None = None,
                 detect_language: bool = True, max_text_bytes: int = DEFAULT_MAX_TEXT_BYTES,
                 max_html_bytes: int = DEFAULT_MAX_HTML_BYTES, thresholds: Thresholds | None = None,
                 html_options: dict[str, Any] | None = None, options: Options | None = None):
        if options is None:
            # one path is one file, not a sequence of one-letter paths
            paths = (cue_files,) if isinstance(cue_files, (str, os.PathLike)) else cue_files
            options = Options(kinds=tuple(kinds) if kinds is not None else KINDS, preset=preset,
                              cue_files=tuple(str(path) for path in paths), languages=tuple(languages) if languages is not None else None,
                              detect_language=detect_language,
                              max_text_bytes=max_text_bytes, max_html_bytes=max_html_bytes, thresholds=thresholds,
                              html_options=dict(html_options or {}))
        self.options = options
        self.kinds = options.kinds
        self.preset = options.preset
        self.thresholds = options.effective_thresholds
        self.cue_files = options.cue_files
        self.languages = options.languages
        self.detect_language = options.detect_language
        self.max_text_bytes = options.max_text_bytes
        self.max_html_bytes = options.max_html_bytes
        self.html_options = dict(options.html_options)
        self.cues = load_cues(self.cue_files, self.languages)
        self.names = NameMatcher(self.cues)
        self.context = Context(self.cues, self.names)
        self.segmenter = Segmenter(self.cues, self.names)  # one for every format (blocks.py)
        self.detectors = tuple(d for d in DETECTORS if d.kind in self.kinds)
        #: the detectors' findings on the blocks a site profile says recur, from page to page (sites/apply.py)
        self._site_memo = FindingsMemo()
        #: the shape passes' per-block tests on those blocks, from page to page (sites/apply.py)
        self._shape_memo = ShapeMemo()
        #: the segmenter's split tests in a text page's template runs, from page to page (sites/apply.py)
        self._split_memo = SplitMemo()

    @classmethod
    def from_options(cls, options: Options) -> "Cleaner":
        """The cleaner of these options (a batch worker's copy of ``cleaner.options``)."""
        return cls(options=options)

    # -- the steps ----------------------------------------------------------------------------------------------
    def _to_text(self, document: str | bytes) -> tuple[str, tuple[str, ...]]:
        """The document as text, and the decoding's warnings (a guessed charset, replaced bytes)."""
        if isinstance(document, (bytes, bytearray, memoryview)):
            data = bytes(document)
            if len(data) > max(self.max_text_bytes, self.max_html_bytes):
                raise InputTooLargeError(f"the document is {len(data):,} bytes, over the limit of "
                                         f"{max(self.max_text_bytes, self.max_html_bytes):,}")
            decoded = read_bytes(data)
            return decoded.text, decoded.warnings
        if isinstance(document, str):
            return document, ()
        raise InputTypeError(f"clean() takes str or bytes, not {type(document).__name__}")

    def _check_size(self, text: str, fmt: str) -> None:
        limit = self.max_html_bytes if fmt == "html" else self.max_text_bytes
        # Characters, not bytes, for str input: cheap, and a character is at least one byte.
        if len(text) > limit:
            raise InputTooLargeError(f"the {fmt} document is {len(text):,} characters, over the limit of {limit:,}; "
                                     f"raise Cleaner(max_{'html' if fmt == 'html' else 'text'}_bytes=...) if needed")

    def findings(self, blocks: list[Block], recurring: list[bool] | None = None, *,
                 author: str | None = None) -> list[list[Finding]]:
        """The detectors' findings on every block (front matter is reported as its own kind). ``recurring``: the
        blocks a site profile says the site repeats: their findings are looked up when met on an earlier page (the
        same findings: ``sites.apply.FindingsMemo``). ``author``: the document's author from its markup or front
        matter (a bio of that person at the end: ``structure.third_person_bio``)."""
        result = []
        memo = self._site_memo
        again = recurring if recurring is not None else [False] * len(blocks)
        for block, recurs in zip(blocks, again):
            if block.type == "front_matter":
                found = [Finding("front_matter", "front_matter.block", "YAML/TOML front matter",
                                 strength("front_matter.block"))] if "front_matter" in self.kinds else []
            elif block.type in ("code", "rule") or not block.plain.strip():
                found = []
            elif recurs:
                found = memo.findings(block, self._detect)
            else:
                found = detect_all(block, self.context, self.detectors)
            result.append(found)
        # the evidence of the document's shape: follow lines, link lists under a lead, bios, contact lines
        # (their per-block tests on the recurring blocks looked up when met on an earlier page: ``ShapeMemo``; the
        # ``memo`` argument only then: a page without a profile calls the passes as before)
        shapes = self._shape_memo.page(blocks, recurring)
        more = {} if shapes is None else {"memo": shapes}
        shaped = structure_findings(blocks, result, self.kinds, self.thresholds.body_length, author=author, **more)
        # related title lists, share bars, credit lines (detectors/lines.py)
        shaped = line_findings(blocks, shaped, self.kinds, self.thresholds.body_length, **more)
        # menus, trails, pagers by their shape (detectors/nav_shape.py)
        shaped = navigation_findings(blocks, shaped, self.kinds, self.thresholds.body_length, **more)
        # a post's date lines and counters by their shape (detectors/meta_lines.py)
        # (the body's edges, which these passes read, found once: structure.BlocksView, speed37)
        view = BlocksView(blocks)
        shaped = meta_line_findings(blocks, shaped, self.kinds, self.thresholds.body_length, view=view)
        # a label with an empty value ("Tagged with: , , ,"; detectors/post_meta.py)
        shaped = post_meta_findings(blocks, shaped, self.kinds, view=view)
        # a platform's chrome and widget labels at the edges by their shape (detectors/chrome.py)
        shaped = chrome_findings(blocks, shaped, self.kinds, self.thresholds.body_length, view=view, **more)
        # closing prompts in the tail zone, call-to-action button lines (detectors/prompts.py)
        shaped = prompt_findings(blocks, shaped, self.kinds, self.thresholds.body_length)
        # a list of "<label>: <a sentence>" items is a glossary: its labels are no lead cues (detectors/definitions.py)
        shaped = definition_findings(blocks, shaped)
        # a page's login / cart box, a document archive's record card and download gate (detectors/gates.py)
        shaped = gate_findings(blocks, shaped, self.kinds, self.thresholds.body_length, view=view)
        # glued plain-text lines by their shape: a link table's rows, an image's file name, an ad slot's title, a
        # share bar by repetition (detectors/glued.py, lines36)
        shaped = glued_findings(blocks, shaped, self.kinds)
        # a picture's credit, file name, label or button, an embed's address, a script's data (image_residue.py)
        shaped = residue_findings(blocks, shaped, self.kinds)
        # a picture's credit the segmenter cut off its caption: a credit, never an author's byline (captions.py)
        return caption_credit_findings(blocks, shaped, self.kinds)

    def _detect(self, block: Block) -> list[Finding]:
        return detect_all(block, self.context, self.detectors)

    def _judge(self, blocks: list[Block], fmt: str, *, site: "SiteProfile | None", sources: list[int] | None,
               recurring: list[bool] | None, page: Any, metadata: dict,
               panels: dict[str, str] | None = None) -> tuple[list[list[Finding]], Decision]:
        """The findings on the blocks and the decision (the title's index in ``decision.title_index``)."""
        # (a subclass's ``findings(blocks)`` of one argument still serves a page without a profile)
        # (the markup's or front matter's author only when there is one: ``findings(blocks)`` as before else)
        more: dict[str, Any] = {} if recurring is None else {"recurring": recurring}
        if isinstance(metadata.get("author"), str) and metadata["author"]:
            more["author"] = metadata["author"]
        findings = self.findings(blocks, **more) if more else self.findings(blocks)
        if page is not None and fmt == "html":  # a link list's lead and items the page holds apart (structure.py)
            findings = apart_link_leads(blocks, findings, page.between)
        if fmt == "text":  # a news text's teaser, ad label and wire credit lines (detectors/newslines.py; plain text
            findings = news_line_findings(blocks, findings, self.kinds)  # only: the HTML and Markdown gold keep some)
        if panels:  # a thread's per-post panels by their repeated shape, plain text and Markdown without a site profile
            # ("Joined: …" / "Posts: 88" once a post: detectors/post_panels.py; the HTML gold keeps them)
            findings = post_panel_findings(blocks, findings, panels, self.kinds)
        # the title as the document's blocks and findings give it before edge_chrome's peeling and findings: the
        # article's title line is never the head's chrome
        title_index = find_title_index(blocks, findings, sources) if fmt == "text" else None
        if fmt == "text" and site is None:  # the page's chrome at the head and the tail of plain text (edge_chrome.py;
            # with a site profile the site pass judges the page's furniture: sites/apply.py)
            edged = edge_chrome_findings(blocks, findings, self.kinds, self.thresholds.body_length,
                                         self.thresholds.edge)
            if title_index is not None and edged[title_index] is not findings[title_index]:
                # the run takes the title step's title: the site's name only when a breadcrumb or a widget's labels
                # part it from a headline (result.title_after_chrome); else the run stops above the title
                later = title_after_chrome(blocks, findings, edged, title_index)
                if later is None:  # a skip link or the site's name over a headline (text11f)
                    later = headline_after_chrome(blocks, findings, edged, title_index, self.thresholds.edge,
                                                  self.thresholds.body_length)
                if later is None:
                    edged = edge_chrome_findings(blocks, findings, self.kinds, self.thresholds.body_length,
                                                 self.thresholds.edge, title=title_index)
                else:
                    title_index = later
            # the post's record between the title and the prose: counts, a pager, a poster's card (header_record.py)
            findings = header_record_findings(blocks, edged, self.kinds, self.thresholds.body_length, title_index)
            # a page's own lines by their shape at the head and the tail: placeholders, tracking ids, counts, reading
            # times, date lines; a picture's credit line anywhere (line_shapes.py)
            if title_index is not None and no_title(blocks[title_index].plain):
                title_index = None  # a server's error output or a tracking id over the page is no title (line_shapes.py)
            findings = line_shape_findings(blocks, findings, self.kinds, self.thresholds.body_length, title_index)
            # the learned line scorer's runs at a page text's edges (line_model.py)
            findings = line_model_findings(blocks, findings, self.kinds, title_index)
        if fmt == "html" or fmt == "markdown" and any(block.dom_hints for block in blocks):
            # the DOM evidence the reader attached to the blocks (detectors/dom.py)
            findings = dom_findings(blocks, findings, self.kinds, weaker_too=fmt == "markdown")
        if fmt == "markdown":  # findings the article's own text earned by a cue (md_chrome.own_text)
            findings = own_text(blocks, findings)
        if fmt != "text":
            title_index = find_title_index(blocks, findings)
        if fmt == "markdown" and site is None:  # a Markdown page's chrome at its edges (md_chrome.py)
            findings = md_chrome_findings(blocks, findings, self.kinds, self.thresholds.body_length,
                                          self.thresholds.edge, title=title_index)
        if fmt in ("text", "markdown") and site is None:  # the end zone's widgets: post cards, a consent panel,
            # the short lines by a removal at the end, stamps (detectors/tail_zone.py; tail36)
            findings = tail_zone_findings(blocks, findings, self.kinds, self.thresholds.body_length,
                                          self.thresholds.edge)
            # a line that only points elsewhere for the article or more of it (detectors/pointer.py; pointer37)
            findings = pointer_findings(blocks, findings, self.kinds)
        page_title = metadata.get("title")
        if page is not None and title_index is not None and page_title \
                and not same_title(blocks[title_index].plain, page_title):
            # a page with a title in its markup: trafilatura's body starts with the headline only sometimes, and a
            # short first line that is not it ("Anzeige, enthält Affiliate Links") is not protected as one
            title_index = None
        if page is not None and title_index is None and page_title:
            title_index = headline_index(blocks, findings, page_title)  # the headline further down: never removed either
        decision: Decision = decide(blocks, findings, self.thresholds, title_index=title_index,
                                    text=fmt == "text" and site is None, markdown=fmt == "markdown")
        return findings, decision

    def _peel(self, blocks: list[Block], findings: list[list[Finding]], decision: Decision, fmt: str, *,
              sources: list[int] | None, recurring: list[bool] | None, metadata: dict, paragraphs: list[int],
              head: bool = False, panels: dict[str, str] | None = None
              ) -> tuple[list[Block], list[list[Finding]], Decision] | None:
        """The blocks, findings and decision with the last kept paragraph (``head``: the first paragraph) cut where
        a run of boilerplate sentences with no cue ends it (opens it), judged again (detectors/tail_peel.py), or None
        when nothing is peeled (most documents: the cheap tests of ``peel_points`` find no sentence to try)."""
        keep = [verdict.keep for verdict in decision.verdicts]
        title = decision.title_index
        at = tail_peel.head_candidate(blocks, keep, lambda i: i == title, self.thresholds.body_length,
                                      lambda i: tail_peel.removed_by_own_bio(decision.verdicts[i])) if head \
            else tail_peel.candidate(blocks, keep, lambda i: i == title)
        removed = at is not None and not keep[at]  # (at the head: a first paragraph a bio's finding took whole)
        if at is None or at in decision.protections or (
                not removed and findings[at] and at < len(decision.block_thresholds)
                and findings[at][0].strength >= decision.block_thresholds[at]):
            return None  # (a paragraph a protection of the body kept whatever its finding stays whole)
        tags = fmt == "markdown"
        points = tail_peel.peel_points(blocks[at], findings[at], self._detect, tags, head=head)
        # at the head, a removed piece of the same paragraph right before it (a cue's sentence the segmenter cut off)
        prior = decision.verdicts[at - 1] if head and at and not keep[at - 1] \
            and blocks[at - 1].group == blocks[at].group else None
        best = None
        for point in points[:TAIL_PEEL.max_trials]:  # one cut a trial, in ``peel_points``' order
            pieces = tail_peel.split_at(blocks[at], [point], tags)
            if len(pieces) < 2:
                continue
            opener = pieces[0] if head else pieces[1]
            body = pieces[1] if head else pieces[0]
            # (the article's body paragraphs, as ``structure_findings`` gives a bio's ``elsewhere``)
            rest = [b.plain for i, b in enumerate(blocks) if i != at and not findings[i]
                    and len(b.plain) >= self.thresholds.body_length] + [body.plain]
            if not tail_peel.prejudge(opener, lambda: " ".join(rest), self._detect, head, weak=prior is not None,
                                      author=lambda: metadata.get("author") or document_author(blocks)):
                continue  # (its own finding cannot open the run: the document is not judged again)
            trial = blocks[:at] + pieces + blocks[at + 1:]
            _renumber(trial)
            trial_sources = None if sources is None else sources[:at] + [sources[at]] + sources[at:]
            trial_found, trial_decision = self._judge(trial, fmt, site=None, sources=trial_sources,
                                                      recurring=recurring, page=None, metadata=metadata,
                                                      panels=panels)
            if removed and any(trial_found[at + 1:at + len(pieces)]):
                continue  # (the pieces a removed bio's paragraph keeps are prose no detector finds anything in)
            if tail_peel.accept(keep, [v.keep for v in trial_decision.verdicts], at, len(pieces),
                                trial_decision.verdicts, trial_found, TAIL_PEEL.opener_min, head=head,
                                prior=prior, prior_found=findings[at - 1] if prior is not None else None,
                                blocks=trial):
                best = (trial, trial_found, trial_decision, trial_sources)
                if not head:
                    break  # (the longest run at the end first; at the head the shortest, then a longer one)
            elif best is not None:
                break
        if best is not None:
            trial, trial_found, trial_decision, trial_sources = best
            _renumber(trial)
            if paragraphs:
                paragraphs[at:at] = [paragraphs[at]]
            if sources is not None:
                sources[:] = trial_sources or []
            return trial, trial_found, trial_decision
        _renumber(blocks)
        return None

    def clean(self, document: str | bytes, *, url: str | None = None, format: str = "auto",
              site: "SiteProfile | None" = None) -> CleanResult:
        """Clean one document (str or bytes; text, Markdown or HTML) and explain every removal. ``site``: the
        profile of the document's site (``cleaner.learn_site``): the blocks the site repeats go too (sites/apply.py)."""
        if format not in FORMATS:
            raise UnknownFormatError(f"format must be one of {', '.join(FORMATS)}, not {format!r}")
        if url is not None and not isinstance(url, str):
            raise InputTypeError(f"url must be a str or None, not {type(url).__name__}")
        text, input_warnings = self._to_text(document)
        text, utf8 = sanitize_to_utf8(text)
        fmt = sniff_format(text) if format == "auto" else format
        self._check_size(text, fmt)
        if not text.strip():
            return CleanResult(format=fmt, url=url)
        paragraphs: list[int] = []  # the source paragraphs of the blocks, when edge_chrome peels lines
        sources: list[int] | None = None  # the blocks' indexes before edge_chrome's peeling (the title's)
        panels: dict[str, str] = {}  # a thread's per-post panel shapes (plain text and Markdown: post_panels.py)
        if fmt == "html":
            from .readers.html import html_document

            page = html_document(text, url=url, options=self.html_options, utf8=utf8, segmenter=self.segmenter,
                                 dom_tokens=DOM_TOKENS, person=looks_like_name, byline=byline_name,
                                 credit=credit_source)
            blocks, metadata = page.blocks, page.metadata
            head = front_matter_head(text.lstrip("\ufeff"))
            if head is not None:
                # an HTML export with a front matter before its markup: its fields fill the markup's gaps (authors11d)
                metadata = {**metadata, **{key: value for key, value in _front_matter_metadata(head).items()
                                           if value and not metadata.get(key)}}
            document_text = None
            recurring = None
        else:
            page = None
            # in plain text, tags are text (a code sample in a tutorial); in Markdown, inline HTML is markup
            # with a site profile, the segmenter also cuts the pieces at the edges of the site's template runs (one
            # segmentation: sites/apply.py)
            cuts = template_cuts(text, site, self._split_memo) if site is not None else None
            # plain text's paragraphs of a page's own lines are cut at them (readers/text.py ``line_groups``),
            # without a site profile (its template cuts cut the page's lines its own way): by default only where the
            # cut's first pass names a line (line_shapes.py ``first_pass``: a placeholder, a reading time, a count...:
            # a unit of its own, the lines between them one unit as before); lines13's full cut behind LINE_CUTS.runs
            origins: list[int] = []
            # a thread's per-post panel lines are cut out of their paragraphs too (detectors/post_panels.py)
            panels = panel_shapes(text) if site is None else {}
            named, glued = _panel_pass(panels) if panels and fmt == "text" else (_first_pass, _glued_lines)
            units = text_units(text, markdown=fmt == "markdown", line_cuts=cuts is None, origins=origins,
                               named=named, scored=edge_runs if LINE_MODEL.enabled else None,
                               glued=glued)
            blocks = self.segmenter.blocks(units, tags=fmt == "markdown", cut=cuts)
            if cuts is not None:
                blocks = cuts.regroup(blocks)
            if fmt == "text" and cuts is None:
                sources = []
                # the label lines of the first and the last blocks of several lines (edge_chrome.py); a site
                # profile's template cuts cut the page's lines its own way (sites/apply.py)
                blocks = peel_edges(blocks, paragraphs=paragraphs, cue_piece=self.segmenter.splitter.opens_with_cue,
                                    sources=sources)
                if len(origins) > len(set(origins)):
                    # the title step judges a cut paragraph whole, and its kept lines are joined as before
                    sources = unit_sources(blocks, units, origins)
                    paragraphs[:] = sources
            if fmt == "markdown" and cuts is None:
                # a toggle's labels next to code and the last paragraph's trailing chrome lines (md_chrome.py)
                blocks = md_peel(blocks, body_length=self.thresholds.body_length, paragraphs=paragraphs)
            if fmt == "markdown":  # raw HTML blocks and fenced divs that name their box (readers/md_boxes.py)
                attach_box_hints(text, blocks, dom_vocabulary(DOM_TOKENS))
            recurring = recurring_blocks(blocks, cuts)
            metadata = _metadata_from_front_matter(blocks)
            document_text = text
        findings, decision = self._judge(blocks, fmt, site=site, sources=sources, recurring=recurring, page=page,
                                         metadata=metadata, panels=panels)
        if fmt in ("text", "markdown") and site is None and TAIL_PEEL.enabled:
            # boilerplate sentences with no cue fused into the last paragraph or the first (detectors/tail_peel.py)
            for at_head in (False, True):  # the last paragraph's end, then the first one's start
                peeled = self._peel(blocks, findings, decision, fmt, sources=sources, recurring=recurring,
                                    metadata=metadata, paragraphs=paragraphs, head=at_head, panels=panels)
                if peeled is not None:
                    blocks, findings, decision = peeled
        if site is not None:
            decision = site_pass(blocks, findings, decision, site, kinds=self.kinds, document=document_text,
                                 markdown=fmt == "markdown")
            # a title the site pass removed was the site's masthead: the headline is the kept line after it
            decision.title_index = title_after_masthead(blocks, findings, decision)
        if page is not None:  # removals (and near misses) from a page say where they were
            for block, verdict, found in zip(blocks, decision.verdicts, findings):
                if not verdict.keep or found:
                    block.xpath = page.locate(block)
        if paragraphs:  # the kept lines of one source paragraph are joined as before
            restore_paragraphs(blocks, paragraphs)
        result = build_result(blocks, decision, names=self.names, document=document_text,
                              metadata={**metadata, "url": metadata.get("url") or url}, fmt=fmt)
        result.near_misses = near_misses(blocks, findings, decision)
        if page is not None and page.warnings:
            result.warnings[:0] = page.warnings
        result.warnings[:0] = input_warnings
        if not result.text.strip():
            result.warnings.append("no article text was found in the document (all of it is markup, code fences, "
                                   "comments or scripts)" if not result.removed else
                                   "nothing is left of the document after the removals")
        if self.detect_language:
            result.language = detect_language(result.text, metadata.get("language")) or metadata.get("language")
        return result

    def with_options(self, **changes: Any) -> "Cleaner":
        """A copy of this cleaner with some options changed (every option kept, ``thresholds`` too)."""
        if "kinds" in changes and changes["kinds"] is None:
            changes["kinds"] = KINDS
        return Cleaner.from_options(self.options.replace(**changes))


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
