"""One frozen options object: what a ``Cleaner`` is configured with, checked when built, picklable (a batch worker
rebuilds the same cleaner from it: ``Cleaner.from_options(cleaner.options)``)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from .decision import PRESETS, Thresholds
from .errors import InputTypeError
from .model import KINDS

DEFAULT_MAX_TEXT_BYTES = 2_000_000
DEFAULT_MAX_HTML_BYTES = 10_000_000


@dataclass(frozen=True)
class Options:
    """Every option of a ``Cleaner`` (see ``Cleaner`` for what each does)."""

    kinds: tuple[str, ...] = KINDS
    preset: str = "balanced"
    cue_files: tuple[str, ...] = ()
    languages: tuple[str, ...] | None = None
    detect_language: bool = True
    max_text_bytes: int = DEFAULT_MAX_TEXT_BYTES
    max_html_bytes: int = DEFAULT_MAX_HTML_BYTES
    thresholds: Thresholds | None = None  # None: the preset's
    html_options: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        kinds = tuple(self.kinds) if self.kinds is not None else KINDS
        unknown = [kind for kind in kinds if kind not in KINDS]
        if unknown:
            raise InputTypeError(f"unknown kind(s) {unknown}; known kinds: {', '.join(KINDS)}")
        if self.preset not in PRESETS:
            raise InputTypeError(f"unknown preset {self.preset!r}; use one of {', '.join(PRESETS)}")
        if self.thresholds is not None and not isinstance(self.thresholds, Thresholds):
            raise InputTypeError(f"thresholds must be a decision.Thresholds, not {type(self.thresholds).__name__}")
        object.__setattr__(self, "kinds", kinds)
        object.__setattr__(self, "cue_files", tuple(str(path) for path in self.cue_files))
        if self.languages is not None:
            object.__setattr__(self, "languages", tuple(self.languages))
        object.__setattr__(self, "html_options", dict(self.html_options or {}))

    @property
    def effective_thresholds(self) -> Thresholds:
        return self.thresholds or PRESETS[self.preset]

    def replace(self, **changes: Any) -> "Options":
        return replace(self, **changes)


__all__ = ["DEFAULT_MAX_HTML_BYTES", "DEFAULT_MAX_TEXT_BYTES", "Options"]
