package extract_test

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"kg/extract"
	"kg/loaders"
)

// TestSeedScores scores the extractor on the project's two seed articles
// with the shared scorer; it skips where ../shared is not beside the repo.
func TestSeedScores(t *testing.T) {
	shared := filepath.Join("..", "..", "shared")
	scorer := filepath.Join(shared, "eval", "score.py")
	if _, err := os.Stat(scorer); err != nil {
		t.Skip("no ../shared/eval beside the repository")
	}
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("no python3")
	}
	x, err := extract.New(extract.Config{})
	if err != nil {
		t.Fatal(err)
	}
	pred := filepath.Join(t.TempDir(), "pred.jsonl")
	out, err := os.Create(pred)
	if err != nil {
		t.Fatal(err)
	}
	enc := json.NewEncoder(out)
	for a, err := range loaders.Read([]string{filepath.Join(shared, "seeds")}, loaders.Options{}) {
		if err != nil {
			t.Fatal(err)
		}
		d, err := x.Extract(a)
		if err != nil {
			t.Fatal(err)
		}
		enc.Encode(d)
	}
	out.Close()
	res, err := exec.Command(python, scorer, "--gold", filepath.Join(shared, "eval", "gold"), "--pred", pred, "--json").Output()
	if err != nil {
		t.Fatalf("scorer: %v", err)
	}
	var s map[string]float64
	if err := json.Unmarshal(res, &s); err != nil {
		t.Fatalf("scorer output %q: %v", res, err)
	}
	t.Logf("seed scores: %s", res)
	if s["must_recall"] != 1 {
		t.Errorf("must_recall = %v, want 1", s["must_recall"])
	}
	for key, min := range map[string]float64{"entity_f1": 0.9, "relation_f1": 0.85, "claim_f1": 0.85} {
		if s[key] < min {
			t.Errorf("%s = %.3f, want at least %.2f", key, s[key], min)
		}
	}
}
