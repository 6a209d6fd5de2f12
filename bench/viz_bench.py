"""How long `kg viz` takes on a generated graph, and how the HTML page behaves in Chromium.

    .venv/bin/python bench/viz_bench.py --entities 10000 --relations 50000

Writes the graph's RDF with kg's own writer, reads it back, exports every format (with each
format's default limits), then opens the HTML page in headless Chromium and times loading it,
a search, hiding and showing every event type, and a zoom. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from browser import launch, visit  # noqa: E402
from synthetic import synthetic_results  # noqa: E402

from kg.graph import build_graph  # noqa: E402
from kg.iris import DEFAULT_BASE_IRI  # noqa: E402
from kg.rdf import write_rdf  # noqa: E402
from kg.viz import VizFilter, apply_filters, available_exporters, load_viz_graph  # noqa: E402


def timed(label: str, fn, *args, **kwargs):
    start = time.perf_counter()
    value = fn(*args, **kwargs)
    print(f"{label:<44} {time.perf_counter() - start:8.2f} s")
    return value


def page_figures(path: Path) -> None:
    with launch() as browser:
        start = time.perf_counter()
        seen = visit(browser, path)
        print(f"{'html: open until drawn':<44} {time.perf_counter() - start:8.2f} s")
        page = seen.page
        target = page.evaluate("kg.cy.nodes()[7].data('label')")

        def act(label: str, action) -> None:
            start = time.perf_counter()
            action()
            seen.frame()
            print(f"{label:<44} {time.perf_counter() - start:8.2f} s")

        act("html: search an entity", lambda: (page.locator("#search-input").fill(target),
                                               page.locator("#search-input").press("Enter")))
        act("html: hide every event type", lambda: page.locator("#types-none").click())
        act("html: show every event type", lambda: page.locator("#types-all").click())
        box = page.locator("#cy").bounding_box()
        page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        act("html: zoom in", lambda: page.mouse.wheel(0, -300))
        print(f"html: console errors {len(seen.errors)}, requests {len(seen.requests)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entities", type=int, default=10_000)
    parser.add_argument("--relations", type=int, default=50_000)
    parser.add_argument("--top", type=int, default=None, help="--top for every format (default: theirs)")
    parser.add_argument("--max-edges", type=int, default=None, help="--max-edges for every format")
    parser.add_argument("--format", dest="formats", action="append", choices=sorted(available_exporters()),
                        help="formats to export (repeatable; default: all)")
    parser.add_argument("--no-browser", action="store_true")
    args = parser.parse_args()
    flt = VizFilter(top=args.top, max_edges=args.max_edges)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        print(f"{args.entities:,} entities, {args.relations:,} relations")
        results = timed("generate triples", synthetic_results, args.entities, args.relations)
        print(f"{'events':<44} {sum(len(r.triples) for r in results):8,}")
        graph = timed("kg.graph.build_graph", build_graph, results)
        path = timed("write N-Triples (kg.rdf)", write_rdf, graph, tmp / "graph.nt", "ntriples", DEFAULT_BASE_IRI)
        print(f"{'N-Triples size':<44} {path.stat().st_size / 1e6:8.1f} MB")
        viz = timed("read back (kg.viz.load_viz_graph)", load_viz_graph, path)
        viz.graph["name"] = "synthetic"
        for name, exporter in sorted(available_exporters().items()):
            if args.formats and name not in args.formats:
                continue
            start = time.perf_counter()
            filtered, report = apply_filters(viz, flt, default_top=exporter.default_top,
                                             default_max_edges=exporter.default_max_edges)
            data = exporter.write(filtered, report)
            out = tmp / f"graph{exporter.suffixes[0]}"
            out.write_bytes(data)
            print(f"{'export ' + name + ' (' + format(report.nodes, ',') + ' nodes, ' + format(report.edges, ',') + ' edges)':<44} "
                  f"{time.perf_counter() - start:8.2f} s  {len(data) / 1e6:7.1f} MB")
        if not args.no_browser and (tmp / "graph.html").exists():
            page_figures(tmp / "graph.html")


if __name__ == "__main__":
    main()
