/* kg viz page: draws the graph embedded in #kg-data with Cytoscape.js; search, filter, evidence.
   Text from the graph only ever reaches the page through textContent, never as HTML. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var el = function (tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  };
  var byId = function (id) { return document.getElementById(id); };

  document.getElementById("title").textContent = "kg: " + data.title;
  var note = byId("note");
  note.textContent = data.note;
  if (!data.complete) note.className = "partial";

  // Graphviz placed the nodes when the page was written ("preset"); where it was not installed,
  // the page lays the graph out itself once opened, with Cytoscape.js's force-directed "cose".
  var laidOutHere = data.layout === "cose";
  if (laidOutHere) note.textContent = data.note + " Laid out in the browser (Graphviz was not installed).";

  var edgeCount = data.elements.edges.length;
  var big = edgeCount > 3000 || data.elements.nodes.length > 1500;
  var cy = cytoscape({
    container: byId("cy"),
    elements: data.elements,
    layout: laidOutHere ? { name: "null" } : { name: "preset", fit: true, padding: 30 },
    minZoom: 0.02,
    maxZoom: 6,
    textureOnViewport: big,
    hideEdgesOnViewport: big,
    motionBlur: false,
    style: [
      { selector: "node", style: {
          "background-color": "data(colour)", "shape": "data(shape)",
          "width": "data(size)", "height": "data(size)",
          "border-width": 1, "border-color": "#555",
          "label": "data(label)", "font-size": 11, "text-valign": "bottom", "text-margin-y": 3,
          "color": "#222", "text-outline-color": "#fff", "text-outline-width": 2,
          "min-zoomed-font-size": 7 } },
      { selector: "edge", style: {
          "line-color": "data(colour)", "target-arrow-color": "data(colour)",
          "target-arrow-shape": "triangle", "arrow-scale": 0.8, "width": "data(width)",
          "curve-style": big ? "haystack" : "bezier", "opacity": 0.85,
          "label": "data(label)", "font-size": 9, "color": "#444", "text-rotation": "autorotate",
          "text-outline-color": "#fff", "text-outline-width": 2, "min-zoomed-font-size": 12 } },
      { selector: "edge[?claim]", style: { "line-style": "dotted" } },
      { selector: "edge[?negated]", style: { "line-style": "dashed" } },
      { selector: ".hidden", style: { "display": "none" } },
      { selector: ".faded", style: { "opacity": 0.1, "text-opacity": 0 } },
      { selector: "edge.hover, edge:selected", style: { "width": 4, "opacity": 1, "min-zoomed-font-size": 0, "z-index": 10 } },
      { selector: "node.hover, node:selected", style: { "border-width": 3, "border-color": "#000", "min-zoomed-font-size": 0, "z-index": 10 } },
      { selector: "node.match", style: { "border-width": 4, "border-color": "#d40000", "min-zoomed-font-size": 0 } }
    ]
  });

  /* ---- details panel ---- */
  var details = byId("details");
  var pinned = null;
  function clearDetails() {
    while (details.childNodes.length > 1) details.removeChild(details.lastChild);
  }
  function fields(rows) {
    var dl = el("dl");
    rows.forEach(function (r) {
      if (r[1] === "" || r[1] === null || r[1] === undefined) return;
      dl.appendChild(el("dt", r[0]));
      dl.appendChild(el("dd", r[1]));
    });
    return dl;
  }
  function showEdge(edge) {
    clearDetails();
    var d = edge.data();
    var what = el("p", null, "what");
    what.appendChild(el("span", edge.source().data("label")));
    what.appendChild(document.createTextNode(" \u2014" + d.label.replace(/ \u00d7\d+$/, "") + "\u2192 "));
    what.appendChild(el("span", edge.target().data("label")));
    details.appendChild(what);
    details.appendChild(fields([
      ["event type", d.event_type || "(none)"], ["quad class", d.quad_class],
      ["count", d.count], ["negated", d.negated ? "yes" : ""], ["modality", d.modality],
      ["first", d.first_date], ["last", d.last_date]
    ]));
    details.appendChild(el("h2", "Evidence"));
    var ol = el("ol");
    ol.className = "evidence";
    d.evidence.forEach(function (ev) {
      var li = el("li");
      li.appendChild(el("span", ev.text, "sentence"));
      li.appendChild(el("span", [ev.date, ev.article + " #" + ev.sentence, "\u201c" + ev.relation + "\u201d", ev.modality]
        .filter(Boolean).join(" \u00b7 "), "meta"));
      ol.appendChild(li);
    });
    details.appendChild(ol);
    if (d.count > d.evidence.length)
      details.appendChild(el("p", "\u2026 and " + (d.count - d.evidence.length) + " more events", "more"));
  }
  function showNode(node) {
    clearDetails();
    var d = node.data();
    details.appendChild(el("p", d.label, "what"));
    details.appendChild(fields([
      ["kind", d.kind], ["code", d.code], ["sector", d.sector], ["role", d.role],
      ["mentions", d.mentions], ["events", d.events], ["IRI", d.id]
    ]));
    var edges = node.connectedEdges().not(".hidden").sort(function (a, b) { return b.data("count") - a.data("count"); });
    details.appendChild(el("h2", "Relations (" + edges.length + ")"));
    var ol = el("ol");
    edges.slice(0, 50).forEach(function (edge) {
      var li = el("li");
      var b = el("button", edge.source().data("label") + " \u2014" + edge.data("label") + "\u2192 " + edge.target().data("label"), "link");
      b.type = "button";
      b.addEventListener("click", function () { pin(edge); });
      li.appendChild(b);
      ol.appendChild(li);
    });
    details.appendChild(ol);
    if (edges.length > 50) details.appendChild(el("p", "\u2026 and " + (edges.length - 50) + " more", "more"));
  }
  function show(ele) {
    if (ele.isEdge()) showEdge(ele); else showNode(ele);
    byId("panel").scrollTop = 0;
  }
  function pin(ele) {
    cy.elements(":selected").unselect();
    ele.select();
    pinned = ele;
    show(ele);
  }

  cy.on("mouseover", "edge, node", function (evt) { evt.target.addClass("hover"); show(evt.target); });
  cy.on("mouseout", "edge, node", function (evt) {
    evt.target.removeClass("hover");
    if (pinned && pinned.inside()) show(pinned);
  });
  cy.on("tap", "edge, node", function (evt) { pin(evt.target); });
  cy.on("tap", function (evt) {
    if (evt.target === cy) { pinned = null; cy.elements(":selected").unselect(); }
  });

  /* ---- event-type filter ---- */
  var shown = {};
  var typeList = byId("types");
  data.eventTypes.forEach(function (t) {
    shown[t.type] = true;
    var li = el("li");
    var label = el("label");
    var box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.value = t.type;
    box.addEventListener("change", function () { shown[t.type] = box.checked; applyTypes(); });
    label.appendChild(box);
    var line = el("span", null, "line");
    line.style.background = t.colour;
    label.appendChild(line);
    label.appendChild(document.createTextNode(t.name + " "));
    label.appendChild(el("span", "(" + t.count + ")", "count"));
    if (t.quad) label.appendChild(el("span", t.quad, "quad"));
    li.appendChild(label);
    typeList.appendChild(li);
  });
  function applyTypes() {
    cy.batch(function () {
      cy.edges().forEach(function (e) { e.toggleClass("hidden", !shown[e.data("event_type")]); });
      cy.nodes().forEach(function (n) {
        var all = n.connectedEdges();
        n.toggleClass("hidden", all.length > 0 && all.filter(function (e) { return !e.hasClass("hidden"); }).length === 0);
      });
    });
  }
  function setAll(on) {
    typeList.querySelectorAll("input").forEach(function (box) { box.checked = on; shown[box.value] = on; });
    applyTypes();
  }
  byId("types-all").addEventListener("click", function () { setAll(true); });
  byId("types-none").addEventListener("click", function () { setAll(false); });

  /* ---- legend ---- */
  function legendEntry(listId, markClass, colour, text) {
    var li = el("li");
    var mark = el("span", null, markClass);
    mark.style.background = colour;
    li.appendChild(mark);
    li.appendChild(document.createTextNode(text));
    byId(listId).appendChild(li);
  }
  data.kinds.forEach(function (k) { legendEntry("legend-kinds", "swatch", k.colour, k.kind); });
  data.quads.forEach(function (q) { legendEntry("legend-quads", "line", q.colour, q.quad); });

  /* ---- search ---- */
  var labels = byId("labels");
  var seen = {};
  cy.nodes().sort(function (a, b) { return b.data("events") - a.data("events"); }).forEach(function (n) {
    var label = n.data("label");
    if (seen[label]) return;
    seen[label] = true;
    var option = el("option");
    option.value = label;
    labels.appendChild(option);
  });
  var status = byId("search-status");
  function search(query) {
    var q = String(query || "").trim().toLowerCase();
    cy.batch(function () { cy.elements().removeClass("faded match"); });
    status.textContent = "";
    if (!q) return null;
    var exact = cy.nodes().filter(function (n) { return n.data("label").toLowerCase() === q || n.id() === query; });
    var found = exact.length ? exact : cy.nodes().filter(function (n) { return n.data("label").toLowerCase().indexOf(q) >= 0; });
    if (!found.length) { status.textContent = "No entity matches \u201c" + query + "\u201d."; return null; }
    var node = found.sort(function (a, b) { return b.data("events") - a.data("events"); })[0];
    if (node.hasClass("hidden")) { setAll(true); }
    var hood = node.closedNeighborhood();
    cy.batch(function () {
      cy.elements().not(hood).addClass("faded");
      node.addClass("match");
    });
    pin(node);
    cy.fit(hood, 80);
    if (found.length > 1) status.textContent = found.length + " entities match; showing the one with most events.";
    return node;
  }
  byId("search").addEventListener("submit", function (evt) { evt.preventDefault(); search(byId("search-input").value); });
  byId("reset").addEventListener("click", function () {
    byId("search-input").value = "";
    search("");
    setAll(true);
    pinned = null;
    cy.elements(":selected").unselect();
    cy.fit(undefined, 30);
  });

  window.kg = { cy: cy, data: data, search: search, setAll: setAll, pin: pin, ready: !laidOutHere };
  if (laidOutHere) {
    var layout = cy.layout({ name: "cose", animate: false, fit: true, padding: 30 });
    layout.one("layoutstop", function () { window.kg.ready = true; });
    layout.run();
  }
})();
