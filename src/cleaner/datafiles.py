"""The package's data files: the vocabulary (cue phrases, DOM tokens, network names, bio patterns, word families)
lives in ``cleaner/data/`` as JSON, read through here (docs/cues.md)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # (importlib.resources.abc is Python 3.11+; the annotation is never evaluated)
    from importlib.abc import Traversable

#: ``cleaner/data`` when the package is a folder on disk (as installed, or a checkout): then ``data_path`` is the
#: ``pathlib.Path`` that ``importlib.resources.files`` would give, without importing importlib.resources (it pulls
#: in tempfile, shutil, zipfile...: ~5 ms of every ``import cleaner``). Otherwise (a zip import) None.
_DATA: Path | None = Path(__file__).parent / "data"
if not _DATA.is_dir():
    _DATA = None


def data_path(*path: str) -> Traversable:
    """A file or folder under ``cleaner/data/``."""
    if _DATA is not None:
        return _DATA.joinpath(*path)
    from importlib import resources

    return resources.files("cleaner").joinpath("data", *path)


def read_json(*path: str) -> Any:
    """The parsed JSON file ``cleaner/data/<path>``."""
    return json.loads(data_path(*path).read_text(encoding="utf-8"))
