// Package pgtest gives tests and benchmarks a PostgreSQL database of their
// own for kg's postgres backend.
//
// It owns the test policy for PostgreSQL: the server is named by the
// KG_TEST_POSTGRES connection string; without it a test is skipped, except
// when CI=true, where the missing server is a failure. It creates and drops
// whole databases, so it must not be pointed at a server holding data that
// matters; kg itself (build, query) never uses it, only tests and kg bench.
package pgtest

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"testing"
	"time"

	_ "github.com/lib/pq" // the "postgres" driver
)

// Env is the variable that names the test server.
const Env = "KG_TEST_POSTGRES"

// Configured reports whether a test server is configured.
func Configured() bool { return os.Getenv(Env) != "" }

// Require returns the test server's connection string. Without one it skips
// t, or fails it when CI=true.
func Require(t testing.TB) string {
	t.Helper()
	addr := os.Getenv(Env)
	if addr == "" {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is not set but CI=true: the postgres backend tests need a PostgreSQL server (.ci/run starts one)", Env)
		}
		t.Skipf("no PostgreSQL configured: set %s=postgres://user@host:port/db?sslmode=disable to test the postgres backend", Env)
	}
	return addr
}

// Database creates an empty database on the test server for t alone and
// returns its connection string; the database is dropped when t ends. It
// skips or fails t as Require does.
func Database(t testing.TB) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	addr, drop, err := CreateDatabase(ctx, Require(t), "kgtest")
	if err != nil {
		t.Fatalf("%s: %v", Env, err)
	}
	t.Cleanup(drop)
	return addr
}

// CreateDatabase creates a new, empty database named prefix_<random> on the
// server addr names and returns its connection string and a function that
// drops it. The user in addr needs the CREATEDB privilege.
func CreateDatabase(ctx context.Context, addr, prefix string) (string, func(), error) {
	u, err := url.Parse(addr)
	if err != nil || u.Scheme == "" {
		return "", nil, fmt.Errorf("postgres address %q: want a URL, postgres://user@host:port/db?sslmode=disable", addr)
	}
	var b [6]byte
	_, _ = rand.Read(b[:])
	name := prefix + "_" + hex.EncodeToString(b[:])
	admin, err := sql.Open("postgres", addr)
	if err != nil {
		return "", nil, fmt.Errorf("postgres %s: %v", u.Redacted(), err)
	}
	if _, err := admin.ExecContext(ctx, "CREATE DATABASE "+name); err != nil {
		admin.Close()
		return "", nil, fmt.Errorf("postgres %s: cannot create database %s (the user needs CREATEDB): %v", u.Redacted(), name, err)
	}
	drop := func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		_, _ = admin.ExecContext(ctx, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)")
		admin.Close()
	}
	u.Path = "/" + name
	return u.String(), drop, nil
}
