package extract

// Document is everything extracted from one article. Its JSON form is the
// line `kg extract --format jsonl` prints (see ../shared/eval/README.md).
type Document struct {
	ID        string     `json:"id"`
	Source    string     `json:"source"`
	Title     string     `json:"title,omitempty"`
	Language  string     `json:"language"`
	Date      string     `json:"date,omitempty"`
	Entities  []Entity   `json:"entities"`
	Relations []Relation `json:"relations"`
	Claims    []Claim    `json:"claims"`
}

// Entity is one canonical entity as seen in one article.
type Entity struct {
	ID   string `json:"id"`   // local to the document: "e1", "e2", ...
	Key  string `json:"key"`  // canonical key, the same across articles and languages
	Name string `json:"name"` // canonical name, English where known
	Type string `json:"type"` // one of the types in schema.EntityTypes
	// Aliases are the other names the entity goes by, including every
	// surface form seen in the text.
	Aliases []string `json:"aliases,omitempty"`
	// Labels holds known names by language tag ("en", "nb").
	Labels   map[string][]string `json:"labels,omitempty"`
	QID      string              `json:"qid,omitempty"` // Wikidata id, where known
	IRI      string              `json:"iri,omitempty"` // filled in by schema for output
	Mentions []Mention           `json:"mentions"`
}

// Mention is one occurrence of an entity: byte offsets into Article.Text.
type Mention struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Relation is a fact subject —predicate→ object, with its evidence.
type Relation struct {
	Subject    string  `json:"subject"` // Entity.ID
	Predicate  string  `json:"predicate"`
	Object     string  `json:"object"` // Entity.ID
	Evidence   string  `json:"evidence"`
	Start      int     `json:"start"` // byte offsets of the evidence sentence
	End        int     `json:"end"`
	Confidence float64 `json:"confidence"`
}

// Claim is something a speaker said or asserted.
type Claim struct {
	Speaker  string `json:"speaker"` // Entity.ID
	Text     string `json:"text"`
	Evidence string `json:"evidence"`
	Start    int    `json:"start"` // byte offsets of the evidence
	End      int    `json:"end"`
}
