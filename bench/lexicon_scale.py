"""Lexicons ten times larger: load time, extraction's share of the parse, and the package's size.

    python bench/lexicon_scale.py                     # factor 10, 1,000 articles
    python bench/lexicon_scale.py --factor 10 --articles 300

Every file of kg/lexicons (the generated dictionaries and kg's hand-made tables) is grown to
`--factor` times its rows: the generated files in a copy of the folder that kg's dictionaries
read instead of the package's, the hand-made tables through a user lexicon (`--lexicon`) that
adds (factor - 1) times their rows. The added rows are made-up names, spellings and patterns
that no article contains, so extraction gives the same triples and what is measured is the cost
of larger tables alone. For the packaged and the grown lexicons in turn, each in a fresh
process: the time to load the lexicon and the dictionaries, and extraction's CPU time over the
CPU time of spaCy's parse when articles stream through both as `kg extract` runs them (the
"extraction / spaCy" figure of bench/throughput.py). Then the size of kg installed from a wheel.
Prints figures, asserts nothing.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import generate  # noqa: E402

LEXICONS = ROOT / "kg" / "lexicons"
GENERATED = ("actors_phoenix.tsv", "person_surnames.tsv", "agents.tsv", "verbs_cameo.tsv", "verb_patterns.tsv", "verb_synsets.tsv",
             "places.tsv", "state_codes.tsv")
# Hand-made tables as user lexicon sections: a made-up row of each, given a number.
HAND_MADE = {
    "persons": "Zorvan Quillet{k}\tUSA\tGOV\tEnvoy",
    "organizations": "Quillet Council {k}\tQuillet Council {k}\tUSA\tGOV",
    "igos": "Quillet Union {k}\tQuillet Union {k}",
    "states": "Zorvania{k}\tUSA\tname",
    "sectors": "quillet warden{k}\tGOV\tperson",
    "triggers": "zorvanise{k}\tVERB\t-\tAGREE\t030",
}


def grown_dictionaries(target: Path, factor: int) -> None:
    """A copy of kg/lexicons whose generated files have `factor` times their rows: each row
    again with a made-up first cell, its last word changed ("george bush" -> "george bushzq2":
    as many surnames as names, as real names have), sorted as the build sorts them."""
    shutil.copytree(LEXICONS, target)
    for name in GENERATED:
        lines = (LEXICONS / name).read_text(encoding="utf-8").splitlines()
        header = [line for line in lines if line.startswith("#")]
        rows = [line for line in lines if line and not line.startswith("#")]
        grown = list(rows)
        for k in range(2, factor + 1):
            for row in rows:
                first, _, rest = row.partition("\t")
                if name == "person_surnames.tsv":  # the surname of the made-up name, and that name
                    rest += f"zq{k}"
                grown.append(f"{first}zq{k}\t{rest}")
        if name in ("actors_phoenix.tsv", "person_surnames.tsv"):
            grown.sort()  # the directory finds a name's rows by bisection
        (target / name).write_text("\n".join(header + grown) + "\n", encoding="utf-8")


def grown_user_lexicon(target: Path, factor: int) -> None:
    """A user lexicon adding (factor - 1) times the rows of each hand-made table."""
    sections = []
    for section, row in HAND_MADE.items():
        packaged = sum(1 for line in (LEXICONS / f"{section}.tsv").read_text(encoding="utf-8").splitlines()
                       if line.strip() and not line.startswith("#"))
        sections.append(f"[{section}]")
        sections += [row.format(k=k) for k in range(packaged * (factor - 1))]
    target.write_text("\n".join(sections) + "\n", encoding="utf-8")


def measure(corpus: Path, dictionaries: Path | None, user_lexicon: Path | None, model: str) -> dict:
    """Load time and extraction's share of the parse, in this process (run it in a fresh one)."""
    import time

    if dictionaries is not None:
        # Where kg's dictionaries are read from, set before anything reads them.
        import kg.dictionaries.actors as actors
        import kg.dictionaries.verbs as verbs

        actors.ActorDirectory.__init__.__defaults__ = (dictionaries,)
        verbs.CameoVerbs.__init__.__defaults__ = (dictionaries,)
        verbs.LEXICONS = dictionaries
    from kg.dictionaries import load_dictionaries
    from kg.extract import extract_article
    from kg.inputs import read_articles
    from kg.iris import DEFAULT_BASE_IRI
    from kg.lexicon import load_lexicon
    from kg.nlp import load_model, parse

    nlp = load_model(model)
    gc.freeze()  # as kg.engines.process_model does: the model is not walked while the lexicons load
    start, cpu = time.perf_counter(), time.process_time()
    lexicon = load_lexicon((user_lexicon,) if user_lexicon else ())
    load_dictionaries()
    loaded, loaded_cpu = time.perf_counter() - start, time.process_time() - cpu
    gc.freeze()
    extraction, triples = 0.0, 0
    cpu = time.process_time()
    for article, doc in parse(nlp, read_articles([str(corpus)], lexicon=lexicon), batch_size=32):
        started = time.process_time()
        triples += len(extract_article(doc, article, lexicon=lexicon, base_iri=DEFAULT_BASE_IRI).triples)
        extraction += time.process_time() - started
    rest = time.process_time() - cpu - extraction
    return {"load": loaded, "load_cpu": loaded_cpu, "extraction": extraction, "rest": rest, "triples": triples,
            "persons": len(lexicon.persons), "states": len(lexicon.states)}


def installed_size() -> tuple[int, int]:
    """Bytes of kg's wheel and of the files it installs."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q",
                        "-w", tmp, str(ROOT)], check=True)
        (wheel,) = Path(tmp).glob("kg-*.whl")
        with zipfile.ZipFile(wheel) as archive:
            return wheel.stat().st_size, sum(info.file_size for info in archive.infolist())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--factor", type=int, default=10)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--model", default=None, help="spaCy pipeline (default: kg's default)")
    parser.add_argument("--measure", nargs=3, metavar=("CORPUS", "DICTIONARIES", "USER_LEXICON"),
                        help=argparse.SUPPRESS)  # the child process
    args = parser.parse_args()
    if args.model is None:
        from kg.nlp import default_model

        args.model = default_model()
    if args.measure:
        corpus, dictionaries, user = args.measure
        print(json.dumps(measure(Path(corpus), Path(dictionaries) if dictionaries != "-" else None,
                                 Path(user) if user != "-" else None, args.model)))
        return
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        corpus = generate.write_corpus(tmp / "corpus.jsonl", args.articles)
        grown_dictionaries(tmp / "lexicons", args.factor)
        grown_user_lexicon(tmp / "user.tsv", args.factor)
        packaged_bytes = sum(p.stat().st_size for p in LEXICONS.iterdir() if p.is_file())
        grown_bytes = sum(p.stat().st_size for p in (tmp / "lexicons").iterdir() if p.is_file())
        grown_bytes += (tmp / "user.tsv").stat().st_size
        print(f"lexicons: packaged {packaged_bytes / 1e6:.1f} MB; grown x{args.factor}: {grown_bytes / 1e6:.1f} MB; "
              f"{args.articles:,} articles; load average {os.getloadavg()[0]:.2f}")
        print("| lexicons | persons | states | load s (CPU s) | extraction s | spaCy and the rest s | extraction / spaCy | triples |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|")
        for label, dictionaries, user in (("packaged", "-", "-"),
                                          (f"x{args.factor}", str(tmp / "lexicons"), str(tmp / "user.tsv"))):
            out = subprocess.run([sys.executable, __file__, "--model", args.model, "--measure", str(corpus),
                                  dictionaries, user], check=True, capture_output=True, text=True).stdout
            m = json.loads(out)
            print(f"| {label} | {m['persons']:,} | {m['states']:,} | {m['load']:.2f} ({m['load_cpu']:.2f}) | {m['extraction']:.2f} | "
                  f"{m['rest']:.2f} | {m['extraction'] / m['rest']:.3f} | {m['triples']:,} |")
    wheel, installed = installed_size()
    print(f"package: wheel {wheel / 1e6:.1f} MB, installed {installed / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
