//go:build race

package main

// raceEnabled is true under -race, which turns on checkptr: boltdb/bolt
// v1.3.1 (Cayley's bolt backend) fails it ("converted pointer straddles
// multiple allocations"), so in-process tests use leveldb instead of bolt
// when racing.
const raceEnabled = true
