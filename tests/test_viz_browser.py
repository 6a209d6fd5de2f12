"""The HTML page in a real browser: headless Chromium (Debian `chromium`) through Playwright.

It must draw the graph, log no error, request nothing, and answer the mouse and the keyboard:
pan, zoom, hover and click on an edge for its evidence, filter by event type, search.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from browser import CANVAS_INK, FLAGS, chromium_path, launch, visit
from synthetic import NASTY_LABELS, nasty_result, synthetic_results, viz_graph

from kg.graph import build_graph
from kg.iris import DEFAULT_BASE_IRI
from kg.rdf import write_rdf
from kg.viz import export, visualize
from kg.viz.html import CSP

RUSSIA = DEFAULT_BASE_IRI + "state/RUS"
LAVROV = DEFAULT_BASE_IRI + "person/sergey-lavrov"
VETO_SENTENCE = "Russia on Thursday vowed to veto the U.S. draft resolution"


@pytest.fixture(scope="module")
def browser():
    if shutil.which("sfdp") is None:
        pytest.fail("Graphviz is not installed (Debian graphviz); .ci/run installs it")
    try:
        chromium_path()
    except RuntimeError as exc:
        pytest.fail(str(exc))
    with launch() as chromium:
        yield chromium


@pytest.fixture(scope="module")
def seed_html(tmp_path_factory, seed_result):
    out = tmp_path_factory.mktemp("seed-html")
    write_rdf(build_graph([seed_result], min_confidence=0.25), out / "graph.ttl", "turtle", DEFAULT_BASE_IRI)
    return visualize(out, out / "graph.html").path


# ---- the checks themselves catch what they are meant to catch ------------------------------------

def test_viz_browser_recorder_catches_requests_and_errors(browser, tmp_path):
    """A page that fetches, loads an image and logs an error: the recorder sees all three."""
    page = tmp_path / "bad.html"
    page.write_text('<!DOCTYPE html><html><body><img id="i" src="https://example.invalid/pixel.png">'
                    '<script>const img = document.getElementById("i");'
                    "Promise.all([img.complete || new Promise(r => { img.onerror = img.onload = r; }),"
                    ' fetch("http://127.0.0.1:9/probe").catch(() => {})])'
                    '.then(() => { console.error("boom"); window.kg = {ready: true}; });</script></body></html>',
                    encoding="utf-8")
    seen = visit(browser, page)
    assert "https://example.invalid/pixel.png" in seen.requests
    assert "http://127.0.0.1:9/probe" in seen.requests
    assert any("boom" in e for e in seen.errors)


def test_viz_browser_csp_blocks_a_request_and_says_so(browser, tmp_path):
    """Our page's Content-Security-Policy stops a request before it is made, with a console error."""
    page = tmp_path / "csp.html"
    page.write_text(f'<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="{CSP}">'
                    '</head><body><script>fetch("http://127.0.0.1:9/probe")'
                    ".catch(() => { window.kg = {ready: true}; });</script></body></html>", encoding="utf-8")
    seen = visit(browser, page)
    assert any("Content Security Policy" in e for e in seen.errors)
    assert seen.requests == []


# ---- the seed graph's page -------------------------------------------------------------------

def test_viz_browser_seed_page_is_drawn_quietly(browser, seed_html):
    seen = visit(browser, seed_html)
    page = seen.page
    data = json.loads(page.locator("#kg-data").text_content())
    n_nodes, n_edges = len(data["elements"]["nodes"]), len(data["elements"]["edges"])
    assert page.evaluate("[kg.cy.nodes().length, kg.cy.edges().length]") == [n_nodes, n_edges]
    box = page.locator("#cy").bounding_box()
    inside = page.evaluate("""([w, h]) => kg.cy.nodes().filter(n => {
        const p = n.renderedPosition(); return p.x >= 0 && p.y >= 0 && p.x <= w && p.y <= h; }).length""",
                           [box["width"], box["height"]])
    assert inside == n_nodes  # every node on screen
    assert page.evaluate(CANVAS_INK) > 20_000  # and drawn: the canvas is far from blank
    assert page.locator("#note").text_content() == data["note"]
    assert page.locator("#labels option").count() > 100
    assert seen.errors == [] and seen.requests == [] and seen.dialogs == []


def test_viz_browser_hover_and_click_an_edge_show_its_evidence(browser, seed_html):
    seen = visit(browser, seed_html)
    page = seen.page
    # Russia's veto (other actors' vetoes are edges of their own)
    edge_id = page.evaluate("kg.cy.edges().filter(e => e.data('relation') === 'veto'"
                            " && e.source().data('label') === 'Russia')[0].id()")
    page.evaluate(f"kg.cy.fit(kg.cy.$id('{edge_id}'), 250)")
    seen.frame()
    box = page.locator("#cy").bounding_box()
    mid = page.evaluate(f"kg.cy.$id('{edge_id}').renderedMidpoint()")
    page.mouse.move(box["x"] + mid["x"], box["y"] + mid["y"])
    seen.wait_until(f"document.querySelector('#details').textContent.includes({json.dumps(VETO_SENTENCE)})")
    details = page.locator("#details").text_content()
    assert "REJECT" in details and "verbal conflict" in details and "2014-03-13" in details
    assert "vowed to veto" in details and "intended" in details  # the text's words, and a claim
    # Claims are dotted, negated relations dashed, facts solid, as the style sheet draws them.
    styles = page.evaluate("""kg.cy.edges().map(e => [e.data('claim'), e.data('negated'), e.style('line-style')])""")
    assert {(claim, negated, line) for claim, negated, line in styles} >= {
        (True, False, "dotted"), (False, False, "solid"), (True, True, "dashed")}
    assert all(line == ("dashed" if negated else "dotted" if claim else "solid") for claim, negated, line in styles)
    page.mouse.click(box["x"] + mid["x"], box["y"] + mid["y"])
    assert page.evaluate(f"kg.cy.$id('{edge_id}').selected()")
    page.mouse.move(box["x"] + box["width"] / 2, max(box["y"] - 5, 0))  # off the canvas: the clicked edge stays in the panel
    seen.frame()
    assert VETO_SENTENCE in page.locator("#details").text_content()
    assert seen.errors == [] and seen.requests == []


def test_viz_browser_filter_by_event_type(browser, seed_html):
    seen = visit(browser, seed_html)
    page = seen.page
    visible = "kg.cy.edges().filter(e => e.visible()).length"
    total = page.evaluate(visible)
    rejects = page.evaluate("kg.cy.edges().filter(e => e.data('event_type') === 'REJECT').length")
    assert rejects > 0
    # each click redraws the graph in its own time: wait for the state it leads to
    page.locator('#types input[value="REJECT"]').uncheck()
    seen.wait_until(f"{visible} === {total - rejects}")
    assert not page.evaluate("kg.cy.edges().filter(e => e.data('relation') === 'veto')[0].visible()")
    page.locator("#types-none").click()
    seen.wait_until(f"{visible} === 0")
    page.locator('#types input[value="REJECT"]').check()
    seen.wait_until(f"{visible} === {rejects}")
    page.locator("#types-all").click()
    seen.wait_until(f"{visible} === {total}")
    assert seen.errors == []


def test_viz_browser_search_finds_an_entity(browser, seed_html):
    seen = visit(browser, seed_html)
    page = seen.page
    page.locator("#search-input").fill("lavrov")
    page.locator("#search-input").press("Enter")
    seen.wait_until("document.querySelector('#details .what') !== null")
    assert page.locator("#details .what").text_content() == "Sergey Lavrov"
    assert page.evaluate("kg.cy.$(':selected').map(n => n.id())") == [LAVROV]
    assert page.evaluate("kg.cy.$('.faded').length") > 0  # the rest steps back
    page.locator("#search-input").fill("Atlantis")
    page.locator("#search-input").press("Enter")
    assert "No entity matches" in page.locator("#search-status").text_content()
    page.locator("#reset").click()
    assert page.evaluate("kg.cy.$('.faded').length") == 0
    assert seen.errors == []


def test_viz_browser_pan_and_zoom(browser, seed_html):
    seen = visit(browser, seed_html)
    page = seen.page
    box = page.locator("#cy").bounding_box()
    zoom = page.evaluate("kg.cy.zoom()")
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.wheel(0, -400)
    seen.wait_until(f"kg.cy.zoom() > {zoom}")
    pan = page.evaluate("kg.cy.pan()")
    page.mouse.move(box["x"] + 4, box["y"] + 4)  # the margin is empty: dragging it pans
    page.mouse.down()
    page.mouse.move(box["x"] + 150, box["y"] + 90, steps=8)
    page.mouse.up()
    moved = page.evaluate("kg.cy.pan()")
    assert moved["x"] > pan["x"] + 100 and moved["y"] > pan["y"] + 50
    assert seen.errors == []


def test_viz_browser_exact_flags_dump_dom(tmp_path, seed_html):
    """With the issue's flags and --dump-dom: the script ran, logged nothing, and Chromium's own
    network log holds no request made by the page (a page that fetches shows up there)."""
    def run(page: Path) -> tuple[str, str, list[str]]:
        netlog = tmp_path / f"{page.stem}.netlog.json"
        done = subprocess.run([chromium_path(), *FLAGS, f"--user-data-dir={tmp_path / ('ud-' + page.stem)}",
                               "--virtual-time-budget=10000", "--enable-logging=stderr",
                               f"--log-net-log={netlog}", "--dump-dom", page.resolve().as_uri()],
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr[-2000:]
        log = json.loads(netlog.read_text(encoding="utf-8"))
        start_job = log["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"]
        from_page = [e["params"]["url"] for e in log["events"] if e["type"] == start_job
                     and e["params"].get("network_isolation_key", "").startswith("file://")]
        console = [line for line in done.stderr.splitlines() if ":CONSOLE" in line]
        return done.stdout, "\n".join(console), from_page

    bad = tmp_path / "bad.html"
    bad.write_text('<!DOCTYPE html><body><script>fetch("http://127.0.0.1:9/probe").catch(() => {});'
                   'console.error("boom")</script></body>', encoding="utf-8")
    _, console, requests = run(bad)
    assert "boom" in console and requests == ["http://127.0.0.1:9/probe"]

    dom, console, requests = run(seed_html)
    assert '<option value="Russia">' in dom and 'id="note">All ' in dom
    assert console == "" and requests == []


# ---- without Graphviz: the page lays itself out -------------------------------------------------

def test_viz_browser_page_written_without_graphviz_lays_itself_out(browser, seed_html, tmp_path):
    """`kg viz` run where Graphviz cannot be found: Cytoscape.js places the nodes when the page opens."""
    page = tmp_path / "no-graphviz.html"
    env = dict(os.environ, PATH=str(tmp_path))  # an empty directory: neither sfdp nor dot
    done = subprocess.run([sys.executable, "-m", "kg", "viz", str(seed_html.parent / "graph.ttl"), "-o", str(page)],
                          capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    data = json.loads(re.search(r'<script id="kg-data" type="application/json">(.*?)</script>',
                                page.read_text(encoding="utf-8"), re.S).group(1))
    assert data["layout"] == "cose" and all("position" not in n for n in data["elements"]["nodes"])
    seen = visit(browser, page)  # waits for kg.ready: set when the layout has stopped
    n_nodes = len(data["elements"]["nodes"])
    positions = seen.page.evaluate("kg.cy.nodes().map(n => [n.position('x'), n.position('y')])")
    assert len({(round(x), round(y)) for x, y in positions}) == n_nodes  # spread out, none left at the origin
    box = seen.page.locator("#cy").bounding_box()
    inside = seen.page.evaluate("""([w, h]) => kg.cy.nodes().filter(n => {
        const p = n.renderedPosition(); return p.x >= 0 && p.y >= 0 && p.x <= w && p.y <= h; }).length""",
                                [box["width"], box["height"]])
    assert inside == n_nodes  # fitted to the screen
    assert seen.page.evaluate(CANVAS_INK) > 20_000
    assert seen.page.locator("#note").text_content().endswith("Laid out in the browser (Graphviz was not installed).")
    seen.page.locator("#search-input").fill("lavrov")
    seen.page.locator("#search-input").press("Enter")
    seen.wait_until("document.querySelector('#details .what')?.textContent === 'Sergey Lavrov'")
    assert seen.errors == [] and seen.requests == [] and seen.dialogs == []


# ---- hostile labels and a large graph --------------------------------------------------------

def test_viz_browser_hostile_labels_stay_text(browser, tmp_path):
    graph = viz_graph([nasty_result()])
    graph.graph["name"] = "</title><script>window.pwned=3</script>"
    page = tmp_path / "nasty.html"
    page.write_bytes(export(graph, "html")[0])
    seen = visit(browser, page)
    assert seen.page.evaluate("window.pwned") is None
    labels = seen.page.evaluate("kg.cy.nodes().map(n => n.data('label'))")
    assert sorted(labels) == sorted(NASTY_LABELS)
    assert seen.page.locator("#title").text_content() == "kg: </title><script>window.pwned=3</script>"
    seen.page.locator("#search-input").fill("</script><script>window.pwned=1</script>")
    seen.page.locator("#search-input").press("Enter")
    assert seen.page.locator("#details .what").text_content() == "</script><script>window.pwned=1</script>"
    assert seen.errors == [] and seen.requests == [] and seen.dialogs == []


def test_viz_browser_large_graph_opens_cut_to_size_and_responds(browser, tmp_path):
    """10,000 entities and 50,000 relations: the page keeps the busiest part and says so."""
    graph = viz_graph(synthetic_results(10_000, 50_000))
    graph.graph["name"] = "synthetic"
    page = tmp_path / "large.html"
    data, report = export(graph, "html")
    page.write_bytes(data)
    assert report.nodes_total == 10_000 and report.edges_total == 50_000
    seen = visit(browser, page)
    note = seen.page.locator("#note").text_content()
    assert note.startswith(f"Showing {report.nodes:,} of 10,000 entities, {report.edges:,} of 50,000 relations")
    assert seen.page.locator("#note.partial").is_visible()
    assert seen.page.evaluate("[kg.cy.nodes().length, kg.cy.edges().length]") == [report.nodes, report.edges]
    assert seen.page.evaluate(CANVAS_INK) > 20_000
    target = seen.page.evaluate("kg.cy.nodes()[7].data('label')")
    seen.page.locator("#search-input").fill(target)
    seen.page.locator("#search-input").press("Enter")
    seen.wait_until(f"document.querySelector('#details .what')?.textContent === {json.dumps(target)}")
    seen.page.locator("#types-none").click()
    seen.wait_until("kg.cy.edges().filter(e => e.visible()).length === 0")
    assert seen.errors == [] and seen.requests == []
