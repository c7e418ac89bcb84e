package graph

import (
	"sync"

	cgraph "github.com/cayleygraph/cayley/graph"
	hkv "github.com/hidal-go/hidalgo/kv"
)

// kvOf maps the Cayley stores of open bolt and leveldb stores to the
// databases under them.
var kvOf sync.Map // cgraph.QuadStore → hkv.KV

// KVOf returns the key-value database under qs, if qs is the Cayley store
// of an open bolt or leveldb Store; nil otherwise. Readers use it to count
// index entries without reading the quads they index, which Cayley's own
// API cannot do. Nothing may write to it.
func KVOf(qs cgraph.QuadStore) hkv.KV {
	if qs == nil {
		return nil
	}
	if db, ok := kvOf.Load(qs); ok {
		return db.(hkv.KV)
	}
	return nil
}
