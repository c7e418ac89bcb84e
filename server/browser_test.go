package server

import (
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"kg/server/browsertest"
)

// TestPageInBrowser drives the page in headless chromium against a server
// on the fixture store: search an entity by its Norwegian name, pick it,
// see the vetoed edge labelled with its predicate, click the edge and read
// the Norwegian evidence sentence, then expand a node by clicking it.
func TestPageInBrowser(t *testing.T) {
	st := fixtureStore(t)
	ts := httptest.NewServer(New(st.QuadStore(), st.Vocab(), Options{}))
	defer ts.Close()
	ctx := browsertest.Start(t)
	wait := func(what, expr string) {
		t.Helper()
		if _, err := chromedp.Run(ctx, chromedp.Poll[chromedp.Void](expr, chromedp.WithPollingInterval(50*time.Millisecond),
			chromedp.WithPollingTimeout(15*time.Second))); err != nil {
			t.Fatalf("waiting for %s (%s): %v", what, expr, err)
		}
	}
	eval := func(expr string) string {
		t.Helper()
		s, err := chromedp.Run(ctx, chromedp.Evaluate[string](expr))
		if err != nil {
			t.Fatalf("%s: %v", expr, err)
		}
		return s
	}
	// clickAt clicks the page where the expression says ([x, y]).
	clickAt := func(what, expr string) {
		t.Helper()
		xy, err := chromedp.Run(ctx, chromedp.Evaluate[[]float64](expr))
		if err != nil || len(xy) != 2 {
			t.Fatalf("position of %s: %v %v", what, xy, err)
		}
		if err := chromedp.Do(ctx, chromedp.MouseClickXY(xy[0], xy[1])); err != nil {
			t.Fatalf("click %s: %v", what, err)
		}
	}

	if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/"), chromedp.WaitVisible(chromedp.CSS("#search"))); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.SendKeys(chromedp.CSS("#search"), "Russland")); err != nil {
		t.Fatal(err)
	}
	// the list for the whole word: one for a part of it ("Russ"), typed
	// slowly, may be replaced while the test reads or clicks it
	wait("the suggestions for Russland", `(function () { var li = document.querySelector('#suggestions li[data-iri]'); return !!li && li.textContent.indexOf('Russland') >= 0; })()`)
	first, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("#suggestions li[data-iri]")))
	if err != nil || !strings.Contains(first, "Russia") || !strings.Contains(first, "Russland") {
		t.Fatalf("first suggestion = %q (%v), want Russia matched by Russland", first, err)
	}
	browsertest.Screenshot(t, ctx, "fixture-1-suggestions")
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#suggestions li[data-iri]"))); err != nil {
		t.Fatal(err)
	}
	wait("the vetoed edge", `window.kg && kg.cy.edges('[predicate = "vetoed"]').length === 1`)
	if label := eval(`kg.cy.edges('[predicate = "vetoed"]')[0].style('label')`); label != "vetoed" {
		t.Errorf("vetoed edge label = %q", label)
	}
	if src := eval(`kg.cy.edges('[predicate = "vetoed"]')[0].source().data('label')`); src != "Russia" {
		t.Errorf("vetoed edge source = %q", src)
	}
	browsertest.Screenshot(t, ctx, "fixture-2-russia")

	// Click the middle of the edge on the canvas.
	clickAt("the vetoed edge", `(function () { var e = kg.cy.edges('[predicate = "vetoed"]')[0], m = e.renderedMidpoint(),
		r = kg.cy.container().getBoundingClientRect(); return [r.left + m.x, r.top + m.y]; })()`)
	wait("the evidence", `document.querySelectorAll('#detail-body .evidence li .sentence').length === 2`)
	text, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("#detail-body")))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Russland la ned veto mot resolusjonsutkastet", "Russland la ned veto · 12.03.2024 · nb", "Russia vetoed a draft resolution"} {
		if !strings.Contains(text, want) {
			t.Errorf("evidence panel lacks %q:\n%s", want, text)
		}
	}
	browsertest.Screenshot(t, ctx, "fixture-3-evidence")

	// Click the resolution node: its drafters appear.
	clickAt("the resolution node", `(function () { var n = kg.cy.getElementById('`+resIRI+`'), p = n.renderedPosition(),
		r = kg.cy.container().getBoundingClientRect(); return [r.left + p.x, r.top + p.y]; })()`)
	wait("the drafters", `kg.cy.edges('[predicate = "drafted"]').length === 3`)
	if n := eval(`String(kg.cy.nodes().length)`); n != "7" {
		t.Errorf("%s nodes after expanding the resolution, want 7", n)
	}
	// The relation filter hides an edge type.
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`#predicates input[value="drafted"]`))); err != nil {
		t.Fatal(err)
	}
	wait("drafted edges hidden", `kg.cy.edges('[predicate = "drafted"]').every(function (e) { return !e.visible(); })`)
	browsertest.Screenshot(t, ctx, "fixture-4-expanded")

	// The date filter hides relations last seen before the date.
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[chromedp.Void](`var s = document.getElementById("since");
		s.value = "2025-01-01"; s.dispatchEvent(new Event("change"));`)); err != nil {
		t.Fatal(err)
	}
	wait("old relations hidden", `kg.cy.edges('[predicate = "vetoed"]')[0].hasClass("filtered")`)
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[chromedp.Void](`var s = document.getElementById("since");
		s.value = "2024-03-01"; s.dispatchEvent(new Event("change"));`)); err != nil {
		t.Fatal(err)
	}
	wait("relations shown again", `!kg.cy.edges('[predicate = "vetoed"]')[0].hasClass("filtered")`)

	// The path box: Ivan Petrov to Kari Nordvik is four hops, drawn in red.
	if err := chromedp.Do(ctx, chromedp.SetValue(chromedp.CSS("#path-from"), "Ivan Petrov"),
		chromedp.SetValue(chromedp.CSS("#path-to"), "Kari Nordvik"), chromedp.Click(chromedp.CSS("#path-go"))); err != nil {
		t.Fatal(err)
	}
	wait("the path", `kg.cy.edges(".path").length === 4`)
	route, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("#path-result li")))
	if err != nil || !strings.Contains(route, "Ivan Petrov —represents→ Russia") || !strings.Contains(route, "Norway ←represents— Kari Nordvik") {
		t.Errorf("path shown as %q (%v)", route, err)
	}
	browsertest.Screenshot(t, ctx, "fixture-5-path")
	if hidden := eval(`String(kg.cy.edges(".path").filter(function (e) { return !e.visible(); }).length)`); hidden != "0" {
		t.Errorf("%s path edges are hidden", hidden)
	}

	// The Gizmo console: run a query, show its entities on a cleared graph.
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#clear")), chromedp.Click(chromedp.CSS("#console summary")),
		chromedp.SetValue(chromedp.CSS("#gizmo"), `g.V("<kg:entity/norway>", "<kg:entity/ireland>").Tag("drafter").Out("<kg:drafted>").All()`),
		chromedp.Click(chromedp.CSS("#gizmo-run"))); err != nil {
		t.Fatal(err)
	}
	wait("query results", `document.getElementById("gizmo-out").textContent.indexOf("kordavia") >= 0 && !document.getElementById("gizmo-show").disabled`)
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#gizmo-show"))); err != nil {
		t.Fatal(err)
	}
	wait("the query's entities and their relations on the graph", `kg.cy.nodes().length === 3 && kg.cy.edges('[predicate = "drafted"]').length === 2`)
	browsertest.Screenshot(t, ctx, "fixture-6-console")
}
