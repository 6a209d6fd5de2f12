"""kg reads English news text only, and says so on stderr when a document is not English."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kg.language import english_stop_share, looks_english

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_095b0b0fc3f789cf.txt"

ENGLISH = ("The United Nations Security Council met on Saturday to vote on a draft resolution that "
           "would have declared the referendum in Crimea invalid, but Russia vetoed it and China abstained.")
NOT_ENGLISH = {
    "es": "El Consejo de Seguridad de las Naciones Unidas se reunió el sábado para votar un proyecto de "
          "resolución que declaraba inválido el referéndum de Crimea, pero Rusia lo vetó y China se abstuvo.",
    "fr": "Le Conseil de sécurité des Nations unies s'est réuni samedi pour voter un projet de résolution "
          "déclarant invalide le référendum en Crimée, mais la Russie y a opposé son veto et la Chine s'est abstenue.",
    "de": "Der Sicherheitsrat der Vereinten Nationen kam am Samstag zusammen, um über einen Resolutionsentwurf "
          "abzustimmen, der das Referendum auf der Krim für ungültig erklärt hätte, doch Russland legte sein "
          "Veto ein und China enthielt sich.",
}


def test_english_news_looks_english():
    assert looks_english(ENGLISH)
    assert looks_english(SEED.read_text(encoding="utf-8"))
    share, words = english_stop_share(SEED.read_text(encoding="utf-8"))
    assert share > 0.3 and words > 1000


@pytest.mark.parametrize("language", sorted(NOT_ENGLISH))
def test_spanish_french_german_do_not(language):
    text = NOT_ENGLISH[language]
    share, words = english_stop_share(text)
    assert words >= 20 and share < 0.1
    assert not looks_english(text)


def test_too_short_to_judge():
    assert looks_english("Rusia vetó el proyecto.")


def test_kg_extract_warns_once_per_document_that_is_not_english(tmp_path):
    (tmp_path / "es.txt").write_text("Crimea\n\n" + NOT_ENGLISH["es"] + "\n", encoding="utf-8")
    (tmp_path / "de.txt").write_text("Krim\n\n" + NOT_ENGLISH["de"] + "\n", encoding="utf-8")
    (tmp_path / "en.txt").write_text("Crimea\n\n" + ENGLISH + "\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "kg", "extract", str(tmp_path), "--date", "2014-03-15",
                           "-o", str(tmp_path / "t.jsonl")], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    warnings = [line for line in done.stderr.splitlines() if line.startswith("Warning:")]
    assert len(warnings) == 2, done.stderr
    assert str(tmp_path / "de.txt") in warnings[0] and str(tmp_path / "es.txt") in warnings[1]
    assert all("English" in line for line in warnings)


def test_kg_extract_on_english_warns_nothing(tmp_path):
    done = subprocess.run([sys.executable, "-m", "kg", "extract", str(SEED), "-o", str(tmp_path / "t.jsonl")],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "Warning" not in done.stderr and "English" not in done.stderr
