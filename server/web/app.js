// kg explorer: search entities, expand their relations on a graph, read the
// evidence behind each edge, find paths, run Gizmo queries. Talks only to
// the kg server that served this page.
(function () {
  "use strict";

  var TYPE_COLOURS = {
    Person: "#4c78a8", Country: "#e45756", City: "#f58518", Place: "#ff9d47", Region: "#d4a017",
    Organization: "#54a24b", GovernmentOrganization: "#2e7d32", ArmedGroup: "#8c564b", PoliticalParty: "#b279a2",
    Company: "#17becf", MediaOrganization: "#9467bd", Resolution: "#7f7f7f", Proposal: "#a0a0a0",
    Event: "#bcbd22", Agreement: "#637939"
  };
  var OTHER_COLOUR = "#b0b7c1";
  var BULK_EDGES = 600; // above this many edges, edges are drawn plain (see "edge.bulk")

  function $(id) { return document.getElementById(id); }
  function el(tag, props, children) {
    var e = document.createElement(tag);
    if (props) { Object.keys(props).forEach(function (k) { if (k === "text") { e.textContent = props[k]; } else { e.setAttribute(k, props[k]); } }); }
    (children || []).forEach(function (c) { if (c) { e.appendChild(c); } });
    return e;
  }
  function colour(type) { return TYPE_COLOURS[type] || OTHER_COLOUR; }

  var status = $("status");
  var timings = {}; // milliseconds the last expansion spent adding elements and laying them out
  function say(msg, isError) { status.textContent = msg || ""; status.className = isError ? "error" : ""; }

  function getJSON(url, opts) {
    return fetch(url, opts).then(function (r) {
      return r.json().catch(function () { return { error: "HTTP " + r.status }; }).then(function (body) {
        if (!r.ok) { var err = new Error(body.error || ("HTTP " + r.status)); err.body = body; err.status = r.status; throw err; }
        return body;
      });
    });
  }

  // --- graph -------------------------------------------------------------
  var cy = cytoscape({
    container: $("cy"),
    wheelSensitivity: 0.3,
    minZoom: 0.02, maxZoom: 4,
    hideEdgesOnViewport: true,
    pixelRatio: 1,
    style: [
      { selector: "node", style: {
        "background-color": "data(colour)",
        "label": "data(label)", "font-size": 14, "min-zoomed-font-size": 7,
        "text-valign": "bottom", "text-margin-y": 3, "color": "#1d2733",
        "text-outline-color": "#fbfcfd", "text-outline-width": 2,
        "width": 22, "height": 22, "border-width": 1, "border-color": "#ffffff"
      } },
      { selector: "node.center", style: { "width": 34, "height": 34, "font-size": 14, "font-weight": "bold", "border-width": 3, "border-color": "#1d2733" } },
      { selector: "node.expanded", style: { "border-width": 2, "border-color": "#1d2733" } },
      { selector: "node:selected", style: { "border-width": 4, "border-color": "#f2c94c" } },
      { selector: "edge", style: {
        "width": "mapData(statements, 1, 12, 2, 6)",
        "line-color": "#9aa5b1", "target-arrow-color": "#9aa5b1", "target-arrow-shape": "triangle",
        "curve-style": "bezier", "arrow-scale": 0.9,
        "label": "data(predicate)", "font-size": 12, "min-zoomed-font-size": 8, "color": "#3d4956",
        "text-rotation": "autorotate", "text-background-color": "#fbfcfd", "text-background-opacity": 0.85,
        "text-background-padding": 1
      } },
      { selector: "edge:selected", style: { "line-color": "#f2a007", "target-arrow-color": "#f2a007", "width": 5 } },
      { selector: "edge.path", style: { "line-color": "#d62728", "target-arrow-color": "#d62728", "width": 5 } },
      // Many edges: straight lines without labels or arrows draw fast; a
      // selected edge still shows its predicate.
      { selector: "edge.bulk", style: { "curve-style": "haystack", "haystack-radius": 0, "label": "", "target-arrow-shape": "none", "width": 1 } },
      { selector: "edge.bulk:selected", style: { "label": "data(predicate)", "width": 3 } },
      { selector: ".filtered", style: { "display": "none" } }
    ]
  });

  // Edges that are known; their evidence is fetched when clicked.
  function addElements(elements, around) {
    var centre = around ? cy.getElementById(around) : null;
    var pos = centre && centre.nonempty() ? centre.position() : { x: cy.width() / 2, y: cy.height() / 2 };
    var fresh = elements.nodes.filter(function (n) { return cy.getElementById(n.data.id).empty(); });
    var r = 80 + 6 * fresh.length, batch = [];
    fresh.forEach(function (n, i) {
      var a = 2 * Math.PI * i / Math.max(fresh.length, 1);
      n.data.colour = colour(n.data.type);
      batch.push({ group: "nodes", data: n.data, position: { x: pos.x + r * Math.cos(a), y: pos.y + r * Math.sin(a) } });
    });
    elements.edges.forEach(function (e) {
      var existing = cy.getElementById(e.data.id);
      if (existing.empty()) { batch.push({ group: "edges", data: e.data }); return; }
      Object.keys(e.data).forEach(function (k) { // keep what is known when the new data lacks it
        if (e.data[k] !== "" && e.data[k] !== 0 && e.data[k] !== undefined) { existing.data(k, e.data[k]); }
      });
    });
    var added = cy.add(batch);
    cy.batch(function () {
      var bulk = cy.edges().length > BULK_EDGES;
      if (bulk !== cy.edges().first().hasClass("bulk")) { cy.edges().toggleClass("bulk", bulk); } else if (bulk) { added.edges().addClass("bulk"); }
    });
    refreshPredicates();
    applyFilters();
    return added;
  }

  // distances returns each node's distance (in relations, either way) from
  // the node with id root, among the given elements.
  function distances(elements, root) {
    var adj = {}, dist = {}, queue = [root];
    elements.edges().forEach(function (e) {
      var a = e.data("source"), b = e.data("target");
      (adj[a] = adj[a] || []).push(b);
      (adj[b] = adj[b] || []).push(a);
    });
    dist[root] = 0;
    for (var i = 0; i < queue.length; i++) {
      var next = adj[queue[i]] || [];
      for (var j = 0; j < next.length; j++) {
        if (dist[next[j]] === undefined) { dist[next[j]] = dist[queue[i]] + 1; queue.push(next[j]); }
      }
    }
    return dist;
  }

  // layout arranges the visible graph: a force-directed layout (cose) that
  // keeps labels apart for up to 150 entities; beyond that the centre entity
  // in the middle and every other entity on a ring by its distance from it
  // (entities not connected to it outside), which stays fast.
  function layout(fit) {
    var visible = cy.elements().not(".filtered");
    var n = visible.nodes().length;
    if (n <= 150) {
      visible.layout({
        name: "cose", animate: false, fit: false, randomize: true, nodeDimensionsIncludeLabels: true,
        idealEdgeLength: function () { return 120; }, nodeRepulsion: function () { return 40000; },
        edgeElasticity: function () { return 60; }, nodeOverlap: 40, gravity: 0.4, numIter: 2500,
        componentSpacing: 60, padding: 30
      }).run();
    } else {
      var centre = visible.nodes(".center");
      var dist = centre.nonempty() ? distances(visible, centre[0].id()) : {};
      visible.layout({
        name: "concentric", animate: false, fit: false, avoidOverlap: true,
        nodeDimensionsIncludeLabels: false, minNodeSpacing: 8, spacingFactor: 1,
        concentric: function (node) { var d = dist[node.id()]; return d === undefined ? 0 : 100 - d; },
        levelWidth: function () { return 1; }
      }).run();
    }
    if (fit) { fitNodes(visible.nodes()); }
  }

  // fitNodes zooms and pans to show the nodes, measuring node positions
  // only (measuring thousands of labels is slow), at most at zoom 1.2 so
  // that a small graph is not drawn huge.
  function fitNodes(nodes) {
    if (nodes.empty()) { return; }
    var bb = nodes.boundingBox({ includeLabels: false, includeOverlays: false });
    var pad = 60, w = cy.width(), h = cy.height();
    var zoom = Math.min(1.2, (w - 2 * pad) / Math.max(bb.w, 1), (h - 2 * pad) / Math.max(bb.h, 1));
    zoom = Math.max(cy.minZoom(), zoom);
    cy.viewport({ zoom: zoom, pan: { x: (w - zoom * (bb.x1 + bb.x2)) / 2, y: (h - zoom * (bb.y1 + bb.y2)) / 2 } });
  }

  function expand(iri, opts) {
    opts = opts || {};
    var depth = opts.depth || $("depth").value || "1";
    say("Loading…");
    return getJSON("api/neighbourhood?entity=" + encodeURIComponent(iri) + "&depth=" + depth).then(function (res) {
      var t0 = performance.now();
      addElements(res.elements, res.center.iri);
      var node = cy.getElementById(res.center.iri);
      node.addClass("expanded");
      if (opts.center) { cy.nodes().removeClass("center"); node.addClass("center"); }
      var t1 = performance.now();
      layout(true);
      timings.add = t1 - t0; timings.layout = performance.now() - t1;
      cy.elements().unselect();
      node.select();
      showNode(node);
      var edges = res.elements.edges.length;
      say(res.center.name + ": " + edges + " relation" + (edges === 1 ? "" : "s") + (res.truncated ? " (truncated)" : ""));
    }).catch(function (err) { say(err.message, true); });
  }

  cy.on("tap", "node", function (ev) {
    var node = ev.target;
    showNode(node);
    if (!node.hasClass("expanded")) { expand(node.id(), { depth: "1" }); }
  });
  cy.on("tap", "edge", function (ev) { showEdge(ev.target); });

  // --- details -----------------------------------------------------------
  var detail = $("detail-body");
  function showNode(node) {
    detail.replaceChildren(
      el("h3", { text: node.data("label") }),
      el("p", null, [el("span", { "class": "pill", text: node.data("type") || "entity" }), document.createTextNode(" " + node.id())]),
      el("p", { "class": "hint", text: node.degree() + " relation(s) shown. " + (node.hasClass("expanded") ? "Its relations are shown." : "Click it to show its relations.") })
    );
    $("path-from").value = node.data("label");
  }

  function describeSource(a) {
    var parts = [];
    if (a.title) { parts.push(a.title); }
    if (a.date) { parts.push(a.date); }
    if (a.language) { parts.push(a.language); }
    if (a.source) { parts.push(a.source); }
    return parts.join(" · ");
  }

  function showEdge(edge) {
    var s = edge.source(), t = edge.target(), d = edge.data();
    var head = el("p", { "class": "edge-title", text: s.data("label") + " — " + d.predicate + " → " + t.data("label") });
    var support = el("p", { "class": "hint", text: (d.statements || 0) + " statement(s) in " + (d.articles || 0) + " article(s)" +
      (d.first ? ", " + d.first + (d.last && d.last !== d.first ? " – " + d.last : "") : "") });
    var list = el("ul", { "class": "evidence" }, [el("li", { text: "Loading evidence…" })]);
    detail.replaceChildren(el("h3", { text: "Evidence" }), head, support, list);
    var url = "api/evidence?subject=" + encodeURIComponent(s.id()) + "&predicate=" + encodeURIComponent(d.predicate) +
      "&object=" + encodeURIComponent(t.id());
    getJSON(url).then(function (res) {
      list.replaceChildren.apply(list, res.evidence.map(function (ev) {
        var link = ev.article.url ? el("a", { href: ev.article.url, target: "_blank", rel: "noopener noreferrer", text: "open article" }) : null;
        return el("li", { lang: ev.language || "" }, [
          el("p", { "class": "sentence", text: "“" + ev.sentence + "”" }),
          el("div", { "class": "source", text: describeSource(ev.article) + (ev.confidence ? " · confidence " + ev.confidence.toFixed(2) : "") + " " }, [link])
        ]);
      }));
    }).catch(function (err) { list.replaceChildren(el("li", { text: err.message })); });
  }

  // --- filters and legend ------------------------------------------------
  var hiddenPredicates = {};
  function refreshPredicates() {
    var counts = {};
    cy.edges().forEach(function (e) { counts[e.data("predicate")] = (counts[e.data("predicate")] || 0) + 1; });
    var box = $("predicates");
    var names = Object.keys(counts).sort();
    if (!names.length) { box.replaceChildren(el("p", { "class": "hint", text: "Search an entity to start." })); return; }
    box.replaceChildren.apply(box, names.map(function (p) {
      var cb = el("input", { type: "checkbox", value: p });
      cb.checked = !hiddenPredicates[p];
      cb.addEventListener("change", function () { hiddenPredicates[p] = !cb.checked; applyFilters(); });
      return el("label", null, [cb, document.createTextNode(p + " (" + counts[p] + ")")]);
    }));
  }

  // parseDate reads the article date forms kg stores: 2024-03-12, 2016-12,
  // 2016, 12.03.2024 and anything Date.parse accepts.
  function parseDate(s) {
    if (!s) { return null; }
    var m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(s);
    if (m) { return new Date(Date.UTC(+m[1], m[2] ? m[2] - 1 : 0, m[3] ? +m[3] : 1)); }
    m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
    if (m) { return new Date(Date.UTC(+m[3], m[2] - 1, +m[1])); }
    var t = Date.parse(s);
    return isNaN(t) ? null : new Date(t);
  }

  function applyFilters() {
    var since = $("since").value ? parseDate($("since").value) : null;
    var anyHidden = since || Object.keys(hiddenPredicates).some(function (p) { return hiddenPredicates[p]; });
    cy.batch(function () {
      if (!anyHidden) { cy.elements(".filtered").removeClass("filtered"); return; }
      var hiddenEdges = cy.edges().filter(function (e) {
        if (e.hasClass("path")) { return false; } // a path found is always shown
        if (hiddenPredicates[e.data("predicate")]) { return true; }
        var last = since ? parseDate(e.data("last")) : null;
        return since ? (!last || last < since) : false;
      });
      cy.elements().removeClass("filtered");
      hiddenEdges.addClass("filtered");
      cy.nodes().forEach(function (n) {
        var edges = n.connectedEdges();
        if (!n.hasClass("center") && edges.nonempty() && edges.every(function (e) { return e.hasClass("filtered"); })) { n.addClass("filtered"); }
      });
    });
  }
  $("since").addEventListener("change", applyFilters);

  function drawLegend() {
    $("legend").replaceChildren.apply($("legend"), Object.keys(TYPE_COLOURS).map(function (t) {
      var sw = el("span", { "class": "swatch" }); sw.style.background = TYPE_COLOURS[t];
      return el("li", null, [sw, document.createTextNode(t)]);
    }));
  }
  drawLegend();

  // --- search ------------------------------------------------------------
  var input = $("search"), box = $("suggestions"), timer = null, active = -1, current = [], seq = 0;
  function renderSuggestions(list) {
    current = list; active = list.length ? 0 : -1;
    box.replaceChildren.apply(box, list.map(function (r, i) {
      var sw = el("span", { "class": "swatch" }); sw.style.background = colour(r.type);
      var meta = r.type + (r.matched && r.matched !== r.name ? " · " + r.matched : "") + " · " + r.articles + " article" + (r.articles === 1 ? "" : "s");
      var li = el("li", { role: "option", "data-iri": r.iri, "aria-selected": i === 0 ? "true" : "false" },
        [sw, el("span", { "class": "name", text: r.name }), el("span", { "class": "meta", text: meta })]);
      li.addEventListener("mousedown", function (ev) { ev.preventDefault(); choose(i); });
      return li;
    }));
    if (!list.length) { box.replaceChildren(el("li", { "class": "meta", text: "No entity matches." })); }
    box.hidden = false;
  }
  function choose(i) {
    var r = current[i];
    if (!r) { return; }
    box.hidden = true;
    input.value = r.name;
    expand(r.iri, { center: true });
  }
  input.addEventListener("input", function () {
    clearTimeout(timer);
    var q = input.value.trim();
    if (!q) { box.hidden = true; return; }
    timer = setTimeout(function () {
      var mine = ++seq;
      getJSON("api/search?limit=12&q=" + encodeURIComponent(q)).then(function (res) {
        if (mine === seq) { renderSuggestions(res.results); }
      }).catch(function (err) { say(err.message, true); });
    }, 120);
  });
  input.addEventListener("keydown", function (ev) {
    if (box.hidden || !current.length) { return; }
    if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
      ev.preventDefault();
      active = (active + (ev.key === "ArrowDown" ? 1 : current.length - 1)) % current.length;
      Array.prototype.forEach.call(box.children, function (li, i) { li.setAttribute("aria-selected", i === active ? "true" : "false"); });
    } else if (ev.key === "Enter") {
      ev.preventDefault(); choose(active);
    } else if (ev.key === "Escape") {
      box.hidden = true;
    }
  });
  input.addEventListener("blur", function () { setTimeout(function () { box.hidden = true; }, 150); });

  // --- path --------------------------------------------------------------
  $("path-go").addEventListener("click", function () {
    var from = $("path-from").value.trim(), to = $("path-to").value.trim(), out = $("path-result");
    if (!from || !to) { out.textContent = "Give both ends."; return; }
    out.textContent = "Searching…";
    getJSON("api/path?from=" + encodeURIComponent(from) + "&to=" + encodeURIComponent(to)).then(function (res) {
      cy.edges().removeClass("path");
      if (!res.paths.length) { out.textContent = "No path within " + res.max_depth + " hops."; return; }
      addElements(res.elements);
      res.elements.edges.forEach(function (e) { cy.getElementById(e.data.id).addClass("path"); });
      applyFilters();
      layout(true);
      out.replaceChildren(el("ol", null, res.paths.map(function (p) {
        return el("li", null, p.hops.map(function (h) {
          var arrow = h.forward ? " —" + h.predicate + "→ " : " ←" + h.predicate + "— ";
          return el("div", { title: h.evidence ? h.evidence.sentence : "", text: h.from.name + arrow + h.to.name });
        }));
      })));
    }).catch(function (err) { out.textContent = err.message; });
  });

  // --- Gizmo console -----------------------------------------------------
  var lastIRIs = [];
  function collectIRIs(v, acc) {
    if (typeof v === "string") {
      var m = /^<(.+)>$/.exec(v);
      if (m && acc.indexOf(m[1]) < 0) { acc.push(m[1]); }
    } else if (v && typeof v === "object") {
      Object.keys(v).forEach(function (k) { collectIRIs(v[k], acc); });
    }
    return acc;
  }
  $("gizmo-run").addEventListener("click", function () {
    var out = $("gizmo-out");
    out.textContent = "Running…";
    getJSON("api/v1/query/gizmo", { method: "POST", body: $("gizmo").value }).then(function (res) {
      out.textContent = JSON.stringify(res.result, null, 2);
      lastIRIs = collectIRIs(res.result, []);
      $("gizmo-show").disabled = !lastIRIs.length;
    }).catch(function (err) { out.textContent = "Error: " + err.message; $("gizmo-show").disabled = true; });
  });
  $("gizmo-show").addEventListener("click", function () {
    if (!lastIRIs.length) { return; }
    var qs = lastIRIs.slice(0, 500).map(function (i) { return "iri=" + encodeURIComponent(i); }).join("&");
    getJSON("api/subgraph?" + qs).then(function (res) {
      addElements(res.elements);
      layout(true);
      say(res.elements.nodes.length + " entities from the query");
    }).catch(function (err) { say(err.message, true); });
  });

  $("fit").addEventListener("click", function () { fitNodes(cy.nodes().not(".filtered")); });
  $("relayout").addEventListener("click", function () { layout(true); });
  $("clear").addEventListener("click", function () { cy.elements().remove(); refreshPredicates(); detail.replaceChildren(); say(""); });

  // For tests and the curious: the graph and the main actions.
  window.kg = { cy: cy, expand: expand, showEdge: showEdge, timings: timings };
}());
