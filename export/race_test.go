//go:build race

package export

// raceEnabled: built with -race, whose checkptr check crashes inside
// boltdb/bolt v1.3.1; the disk-backed tests then use leveldb instead.
const raceEnabled = true
