package queries

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"kg/graph"
	"kg/schema/schematest"
)

// TestNamedExplorationQueries covers between, comentioned and timeline on
// the fixture articles.
func TestNamedExplorationQueries(t *testing.T) {
	backends(t, func(t *testing.T, s *graph.Store) {
		ctx := context.Background()
		run := func(name string, args ...string) []map[string]any {
			t.Helper()
			res, err := RunNamed(ctx, s.QuadStore(), vocab, name, args, Options{Limit: 100, Timeout: 5 * time.Second})
			if err != nil {
				t.Fatalf("%s %q: %v", name, args, err)
			}
			out := make([]map[string]any, len(res))
			for i, r := range res {
				out[i] = r.(map[string]any)
			}
			return out
		}

		// between: either argument order finds the edge, with its support.
		for _, args := range [][]string{{"Russland", "resolusjonsutkastet"}, {"draft resolution", "Russia"}} {
			res := run("between", args...)
			if len(res) != 1 {
				t.Fatalf("between %q: %v", args, res)
			}
			m := res[0]
			if m["subject_name"] != "Russia" || m["predicate"] != "vetoed" || m["object_name"] != "Kordavia ceasefire resolution" ||
				fmt.Sprint(m["statements"]) != "2" || fmt.Sprint(m["articles"]) != "2" || !strings.HasPrefix(fmt.Sprint(m["sentence"]), "Russ") {
				t.Errorf("between %q: %v", args, m)
			}
		}
		if res := run("between", "Russia", "Norway"); len(res) != 0 {
			t.Errorf("between Russia Norway (no direct relation): %v", res)
		}

		// comentioned: Norway shares both articles with Russia, Ivan
		// Petrov only the English one, Kari Nordvik the Norwegian one.
		res := run("comentioned", "Russia")
		shared := map[string]string{}
		for _, m := range res {
			shared[fmt.Sprint(m["name"])] = fmt.Sprint(m["articles"])
		}
		for name, want := range map[string]string{"Norway": "2", "Kordavia ceasefire resolution": "2", "Ivan Petrov": "1", "Kari Nordvik": "1", "Marela": "1"} {
			if shared[name] != want {
				t.Errorf("comentioned Russia: %s shares %q articles, want %s (all: %v)", name, shared[name], want, shared)
			}
		}
		if _, self := shared["Russia"]; self {
			t.Errorf("comentioned Russia lists Russia itself")
		}
		if fmt.Sprint(res[0]["articles"]) != "2" || fmt.Sprint(res[len(res)-1]["articles"]) != "1" {
			t.Errorf("comentioned is not ordered by shared articles: %v", res)
		}
		if res[0]["type"] == nil {
			t.Errorf("comentioned rows lack the type: %v", res[0])
		}

		// timeline: Norway's relations, both dated 2024-03-12 (in two
		// forms), drafted twice and represents once.
		res = run("timeline", "Norge")
		var rows []string
		for _, m := range res {
			rows = append(rows, fmt.Sprintf("%v %v %v %v", m["date"], m["subject_name"], m["predicate"], m["object_name"]))
			if m["sentence"] == nil || m["title"] == nil {
				t.Errorf("timeline row lacks sentence or title: %v", m)
			}
		}
		if len(rows) != 3 {
			t.Fatalf("timeline Norway: %q, want 3 statements", rows)
		}
		for _, want := range []string{"2024-03-12 Norway drafted Kordavia ceasefire resolution", "12.03.2024 Norway drafted Kordavia ceasefire resolution",
			"12.03.2024 Kari Nordvik represents Norway"} {
			if !strings.Contains(strings.Join(rows, "\n"), want) {
				t.Errorf("timeline Norway lacks %q:\n%s", want, strings.Join(rows, "\n"))
			}
		}
	})
}

// TestTimelineOrder checks that the timeline sorts by date across date
// forms: an article of 2023 comes before the fixtures of March 2024.
func TestTimelineOrder(t *testing.T) {
	older := schematest.Norwegian()
	older.Article.ID = "corpus/nb/older.txt"
	older.Article.Date, older.Doc.Date = "01.02.2023", "01.02.2023"
	older.Article.Hash = "older"
	s := fixtureStore(t, "memory", schematest.English(), schematest.Norwegian(), older)
	res, err := RunNamed(context.Background(), s.QuadStore(), vocab, "timeline", []string{"Russia"}, Options{Timeout: 5 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	var dates []string
	for _, r := range res {
		dates = append(dates, fmt.Sprint(r.(map[string]any)["date"]))
	}
	if len(dates) < 3 || dates[0] != "01.02.2023" {
		t.Errorf("timeline Russia dates = %v, want 01.02.2023 first", dates)
	}
}
