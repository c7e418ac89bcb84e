package queries_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"kg/explore"
	"kg/extract"
	"kg/graph"
	"kg/pipeline"
	"kg/queries"
	"kg/schema"
)

// TestSeedQuestions builds the project's two seed articles and asks the
// questions the README answers; it skips where ../shared is not beside
// the repository.
func TestSeedQuestions(t *testing.T) {
	seeds := filepath.Join("..", "..", "shared", "seeds")
	if _, err := os.Stat(seeds); err != nil {
		t.Skip("no ../shared/seeds beside the repository")
	}
	ctx := context.Background()
	v := schema.New("")
	store, err := graph.Open(graph.Config{Backend: "memory", Vocab: v})
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	x, err := extract.New(extract.Config{})
	if err != nil {
		t.Fatal(err)
	}
	sum, err := pipeline.Build(ctx, []string{seeds}, pipeline.Options{Vocab: v}, x, store)
	if err != nil || sum.Loaded != 2 {
		t.Fatalf("build: %+v, %v", sum, err)
	}
	qs := store.QuadStore()
	opt := queries.Options{Limit: 100}
	names := func(res []any, field string) []string {
		var out []string
		for _, r := range res {
			out = append(out, fmt.Sprint(r.(map[string]any)[field]))
		}
		sort.Strings(out)
		return out
	}
	ask := func(name string, args ...string) []any {
		res, err := queries.RunNamed(ctx, qs, v, name, args, opt)
		if err != nil {
			t.Fatalf("%s %v: %v", name, args, err)
		}
		return res
	}
	if got := fmt.Sprint(names(ask("actors", "vetoed", "resolution"), "name")); got != "[China Russia]" {
		t.Errorf("who vetoed the resolution: %s", got)
	}
	if got := fmt.Sprint(names(ask("actors", "drafted", "resolution"), "name")); got != "[Egypt New Zealand Spain]" {
		t.Errorf("who drafted it: %s", got)
	}
	if n := len(ask("claims", "Lavrov")); n < 3 {
		t.Errorf("Lavrov's claims: %d", n)
	}
	controls := ask("controls")
	if len(controls) == 0 {
		t.Error("nobody controls anything")
	}
	// One Russia node carries facts from the Norwegian and the English article.
	labels, err := queries.Gizmo(ctx, qs, `g.V("<kg:entity/russia>").Labels().All()`, opt)
	if err != nil || len(labels) != 2 {
		t.Errorf("Russia's articles: %v, %v", labels, err)
	}
	// A drafter's path to a vetoing state runs through the resolution.
	paths, err := explore.New(qs, v).Paths(ctx, v.Entity("egypt"), v.Entity("russia"), explore.PathOptions{MaxDepth: 5})
	if err != nil || len(paths) == 0 {
		t.Errorf("no path from Egypt to Russia: %v", err)
	}
	rep, err := queries.Gizmo(ctx, qs, `g.V("<kg:entity/sergei-lavrov>").Out("<kg:represents>").All()`, opt)
	if err != nil || fmt.Sprint(rep) != "[map[id:<kg:entity/russia>]]" {
		t.Errorf("whom Lavrov represents: %v, %v", rep, err)
	}
}
