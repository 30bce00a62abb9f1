"""The package's data files: the vocabulary (cue phrases, DOM tokens, network names, bio patterns, word families)
lives in ``cleaner/data/`` as JSON, read through here (docs/cues.md)."""

from __future__ import annotations

import json
from importlib import resources
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # (importlib.resources.abc is Python 3.11+; the annotation is never evaluated)
    from importlib.abc import Traversable


def data_path(*path: str) -> Traversable:
    """A file or folder under ``cleaner/data/``."""
    return resources.files("cleaner").joinpath("data", *path)


def read_json(*path: str) -> Any:
    """The parsed JSON file ``cleaner/data/<path>``."""
    return json.loads(data_path(*path).read_text(encoding="utf-8"))
