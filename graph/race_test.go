//go:build race

package graph

// raceEnabled: built with -race, which turns on checkptr; boltdb/bolt
// v1.3.1 (Cayley's bolt backend) fails it ("converted pointer straddles
// multiple allocations" in Bucket.write), so bolt tests run without -race only.
const raceEnabled = true
