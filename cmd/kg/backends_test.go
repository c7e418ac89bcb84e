package main

import (
	"os"
	"testing"

	"kg/graph/pgtest"
)

// setupPostgres is setup with the store in a new PostgreSQL database of the
// test's own (see pgtest: skipped without KG_TEST_POSTGRES, failed without
// it when CI=true), chosen through the environment as a user would.
func setupPostgres(t *testing.T) string {
	t.Helper()
	store := setup(t)
	t.Setenv("KG_STORE_BACKEND", "postgres")
	t.Setenv("KG_STORE_ADDRESS", pgtest.Database(t))
	t.Cleanup(func() {
		if _, err := os.Stat(store); err == nil {
			t.Errorf("a store directory %s was created: the test did not run on postgres", store)
		}
	})
	return store
}

func TestPostgresBuildStatsRebuildRm(t *testing.T) { testBuildStatsRebuildRm(t, setupPostgres(t)) }

func TestPostgresQuery(t *testing.T) { testQuery(t, setupPostgres(t)) }
