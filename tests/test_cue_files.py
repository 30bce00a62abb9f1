"""User cue files (``Cleaner(cue_files=...)``) are checked against the schema of docs/cues.md
(``cues.CUE_FILE_SCHEMA``): a mistake is a CueFileError naming the file and the key, not a silent no-op."""

from __future__ import annotations

import json
from importlib import resources

import pytest

import cleaner
from cleaner import CleanerError, CueFileError
from cleaner.cues import CUE_FILE_SCHEMA, validate_cue_data


def _cleaner_with(tmp_path, content, name="my_cues.json"):
    path = tmp_path / name
    path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    return cleaner.Cleaner(cue_files=[str(path)])


@pytest.mark.parametrize("content, where, says", [
    ({"author_bio": {"phrases": ["is a freelance writer"]}}, "author_bio.phrases", "unknown key 'phrases'"),
    ({"autor_bio": {"lead": ["about me"]}}, "autor_bio", "unknown key 'autor_bio'"),
    ({"author_bio": {"lead": ["about me", 42]}}, "author_bio.lead[1]", "expected a string, found a number"),
    ({"author_bio": {"lead": "about me"}}, "author_bio.lead", "expected a list of strings, found a string"),
    ({"author_bio": ["about me"]}, "author_bio", "expected an object"),
    ({"author_bio": {"heading": ["***"]}}, "author_bio.heading[0]", "empty once normalised"),
    ({"author_bio": {"name_patterns": ["written by"]}}, "author_bio.name_patterns[0]", "holds {name} once"),
    ({"related": {"name_patterns": ["{name} wrote"]}}, "related.name_patterns", "unknown key 'name_patterns'"),
    ({"language": ""}, "language", "expected a non-empty string"),
    (["about the author"], "(the whole file)", "expected an object"),
])
def test_a_bad_cue_file_is_a_cleaner_error_naming_the_file_and_the_key(tmp_path, content, where, says):
    with pytest.raises(CueFileError) as caught:
        _cleaner_with(tmp_path, content)
    message = str(caught.value)
    assert message.startswith(str(tmp_path / "my_cues.json") + f": {where}: "), message
    assert says in message
    assert isinstance(caught.value, CleanerError) and isinstance(caught.value, ValueError)


def test_invalid_json_and_a_missing_file_are_cue_file_errors(tmp_path):
    with pytest.raises(CueFileError, match=r"my_cues\.json: not valid JSON: .*line 1 column"):
        _cleaner_with(tmp_path, '{"author_bio": {"lead": ["about me",]}}')
    with pytest.raises(CueFileError, match="missing.json: cannot read the cue file"):
        cleaner.Cleaner(cue_files=[str(tmp_path / "missing.json")])
    with pytest.raises(CueFileError, match="not UTF-8"):
        (tmp_path / "latin1.json").write_bytes('{"name": "Fran\u00e7ais"}'.encode("latin-1"))
        cleaner.Cleaner(cue_files=[str(tmp_path / "latin1.json")])


def test_a_good_cue_file_works_and_a_single_path_is_one_file(tmp_path):
    path = tmp_path / "garden.json"
    path.write_text(json.dumps({"language": "en", "name": "Gardening boilerplate",
                                "call_to_action": {"lead": ["grab your seed catalogue"]},
                                "author_bio": {"name_patterns": ["{name} gardens in Vermont"]}}), encoding="utf-8")
    document = ("Tomatoes\n\nTomatoes do well in containers as long as the pot holds at least twenty litres of soil "
                "and the plant gets six to eight hours of sun.\n\nGrab your seed catalogue at our shop today!")
    for files in ([str(path)], str(path), path):
        result = cleaner.Cleaner(cue_files=files).clean(document)
        assert [removal.kind for removal in result.removed] == ["call_to_action"]


def test_every_built_in_cue_file_follows_the_schema():
    folder = resources.files("cleaner") / "data" / "cues"
    names = [entry.name for entry in folder.iterdir() if entry.name.endswith(".json")]
    assert len(names) >= 19
    for name in names:
        validate_cue_data(json.loads((folder / name).read_text(encoding="utf-8")), name)


def test_the_schema_names_every_kind():
    assert set(CUE_FILE_SCHEMA) == {"language", "name", *cleaner.KINDS}
