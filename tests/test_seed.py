"""The seed article (fixtures/seed.txt) must come out exactly as the specification says."""

from __future__ import annotations

import json
import subprocess
import sys

import cleaner

TITLE = "Sichuan : ouverture de la 13e Conférence de l'audiovisuel en ligne de Chine à Chengdu"


def test_seed_text_is_title_and_three_paragraphs(seed_text):
    result = cleaner.clean(seed_text)
    paragraphs = result.text.split("\n\n")
    assert paragraphs[0] == TITLE
    assert len(paragraphs) == 4
    assert paragraphs[1].startswith("Dans la matinée du 15 avril")
    assert paragraphs[3].endswith("plus de 4 000 institutions participantes.")
    for paragraph in paragraphs:
        assert paragraph in seed_text


def test_seed_metadata(seed_text):
    result = cleaner.clean(seed_text)
    assert result.title == TITLE
    assert result.author == "Conférence de l'audiovisuel en ligne de Chine"
    assert result.source_url == "http://www.secrets-de-comment.com"
    assert result.language == "fr"


def test_seed_removals_have_kinds_rules_and_offsets(seed_text):
    result = cleaner.clean(seed_text)
    assert [r.kind for r in result.removed] == ["author_bio", "source_credit"]
    for removal in result.removed:
        assert seed_text[removal.start:removal.end] == removal.text
        assert removal.rule.startswith(removal.kind + ".")
    assert result.removed[0].text.startswith("About the Author")
    assert "Conférence de l'audiovisuel en ligne de Chine" in result.removed[0].text
    assert result.removed[1].text.startswith("Source: <http://www.secrets-de-comment.com>")


def test_seed_placeholder_links_reported_not_in_text(seed_text):
    result = cleaner.clean(seed_text)
    labels = {link.text: link for link in result.links}
    for label in ("Formation Marketing", "NetConcept, droits de revente"):
        assert label in labels
        assert labels[label].url == "#"
        assert not labels[label].kept
        assert label not in result.text
    assert "secrets-de-comment" not in result.text
    assert "Source:" not in result.markdown


def test_seed_bytes_input_gives_same_result(seed_text):
    assert cleaner.clean(seed_text.encode("utf-8")).to_dict() == cleaner.clean(seed_text).to_dict()


def test_seed_cli_text_markdown_json(tmp_path, seed_text):
    path = tmp_path / "seed.txt"
    path.write_text(seed_text, encoding="utf-8")
    run = lambda *args: subprocess.run([sys.executable, "-m", "cleaner.cli", *args], capture_output=True,
                                       text=True, check=True).stdout
    assert run("clean", str(path)).strip() == cleaner.clean(seed_text).text
    assert run("clean", "--format", "markdown", str(path)).strip() == cleaner.clean(seed_text).markdown
    record = json.loads(run("clean", "--format", "json", str(path)))
    assert record["author"] == "Conférence de l'audiovisuel en ligne de Chine"
    stdin = subprocess.run([sys.executable, "-m", "cleaner.cli", "clean", "-"], input=seed_text,
                           capture_output=True, text=True, check=True).stdout
    assert stdin.strip() == cleaner.clean(seed_text).text
