// Package export writes kg's store, or a part of it, in formats other tools
// read, and imports N-Quads back into a store.
//
// RDF formats (N-Quads, TriG, Turtle, JSON-LD) carry every quad with its
// provenance: an article's quads are written together, with the article IRI
// as graph name. Property-graph formats (GraphML, GML, DOT, Neo4j CSV,
// Cytoscape.js JSON) carry entities as nodes and relations as edges, one
// edge per subject, predicate and object, aggregated over the statements
// that support it.
//
// Writers stream: RDF of the whole store is one pass over its quads in
// store order, a selection of articles or entities is read one article at
// a time through the indexes, and property-graph formats make two passes
// over the store's nodes (nodes, then edges), one entity at a time. Memory
// grows with the largest article, the busiest entity and the number of
// articles, not with the number of quads.
//
// It owns the mapping of kg's graph model to those formats. It must not
// extract, decide the vocabulary (schema's) or write to the store other
// than through graph.Store.PutArticle.
package export
