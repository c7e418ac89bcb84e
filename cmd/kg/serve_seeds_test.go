package main

import (
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"kg/config"
	"kg/server"
	"kg/server/browsertest"
)

// TestSeedsExploreAndPath: on the shared seed articles, Russia's
// neighbourhood has the veto of the UN resolution, the resolution's has its
// drafters, and two envoys of Russia are linked through it.
func TestSeedsExploreAndPath(t *testing.T) {
	seeds := seedsDir(t)
	if seeds == "" {
		t.Skip("../shared/seeds is absent")
	}
	store := setup(t)
	ok(t, "build", "-q", "--store-path", store, seeds)
	text := ok(t, "explore", "--store-path", store, "Russland")
	if !strings.HasPrefix(text, "Russia (Country)") || !strings.Contains(text, "→ vetoed") {
		t.Fatalf("explore Russland:\n%s", text)
	}
	n := exploreJSON(t, "--store-path", store, "--depth", "2", "--predicate", "vetoed,drafted", "Russia")
	var vetoed, drafters []string
	for _, r := range n.Relations {
		switch {
		case r.Predicate == "vetoed" && r.Subject.IRI == "kg:entity/russia":
			vetoed = append(vetoed, r.Object.IRI)
		case r.Predicate == "drafted":
			drafters = append(drafters, r.Subject.Name)
		}
	}
	if len(vetoed) != 1 || len(drafters) < 2 {
		t.Errorf("Russia vetoed %v, drafted by %v; want one resolution with its drafters", vetoed, drafters)
	}
	out := ok(t, "path", "--store-path", store, "Sergei Lavrov", "Vitaly Churkin")
	if !strings.Contains(out, "Sergei Lavrov —represents→ Russia ←represents— Vitaly Churkin") {
		t.Errorf("path Lavrov Churkin:\n%s", out)
	}
}

// TestSeedsPageInBrowser is the acceptance test of the web page: on a graph
// built from the seeds, type "Russland", pick Russia, see its vetoed edge,
// click it and read the Norwegian sentence it came from, then click the
// resolution to see the drafters behind it.
func TestSeedsPageInBrowser(t *testing.T) {
	seeds := seedsDir(t)
	if seeds == "" {
		t.Skip("../shared/seeds is absent")
	}
	store := setup(t)
	ok(t, "build", "-q", "--store-path", store, seeds)
	cfg, err := config.Load("", nil)
	if err != nil {
		t.Fatal(err)
	}
	cfg.Store.Path = store
	a := &app{}
	st, err := a.openStore(cfg, true)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ts := httptest.NewServer(server.New(st.QuadStore(), st.Vocab(), server.Options{}))
	defer ts.Close()

	ctx := browsertest.Start(t)
	wait := func(what, expr string) {
		t.Helper()
		if _, err := chromedp.Run(ctx, chromedp.Poll[chromedp.Void](expr, chromedp.WithPollingInterval(50*time.Millisecond),
			chromedp.WithPollingTimeout(20*time.Second))); err != nil {
			t.Fatalf("waiting for %s: %v", what, err)
		}
	}
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
	if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/"), chromedp.WaitVisible(chromedp.CSS("#search")),
		chromedp.SendKeys(chromedp.CSS("#search"), "Russland")); err != nil {
		t.Fatal(err)
	}
	// the list for the whole word: one for a part of it ("Russ"), typed
	// slowly, may be replaced while the test reads or clicks it
	wait("the suggestions for Russland", `(function () { var li = document.querySelector('#suggestions li[data-iri]'); return !!li && li.textContent.indexOf('Russland') >= 0; })()`)
	first, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("#suggestions li[data-iri]")))
	if err != nil || !strings.HasPrefix(first, "Russia") {
		t.Fatalf("first suggestion for Russland = %q (%v)", first, err)
	}
	browsertest.Screenshot(t, ctx, "seeds-1-suggestions")
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#suggestions li[data-iri]"))); err != nil {
		t.Fatal(err)
	}
	vetoed := `kg.cy.edges('[predicate = "vetoed"][source = "kg:entity/russia"]')`
	wait("Russia's vetoed edge", vetoed+`.length === 1`)
	browsertest.Screenshot(t, ctx, "seeds-2-russia")
	clickAt("the vetoed edge", `(function () { var m = `+vetoed+`[0].renderedMidpoint(), r = kg.cy.container().getBoundingClientRect();
		return [r.left + m.x, r.top + m.y]; })()`)
	wait("the evidence", `document.querySelectorAll('#detail-body .evidence li .sentence').length > 0`)
	text, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("#detail-body")))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(text, "Russland og Kina har lagt ned veto") || !strings.Contains(text, "· nb") {
		t.Errorf("evidence of Russia vetoed: %s", text)
	}
	browsertest.Screenshot(t, ctx, "seeds-3-evidence")
	clickAt("the resolution", `(function () { var p = `+vetoed+`[0].target().renderedPosition(), r = kg.cy.container().getBoundingClientRect();
		return [r.left + p.x, r.top + p.y]; })()`)
	wait("the drafters", `kg.cy.edges('[predicate = "drafted"]').length >= 2`)
	browsertest.Screenshot(t, ctx, "seeds-4-drafters")
}
