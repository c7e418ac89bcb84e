//go:build race

package bench

// raceEnabled is true under -race, whose checkptr check boltdb/bolt v1.3.1
// (Cayley's bolt backend) fails.
const raceEnabled = true
