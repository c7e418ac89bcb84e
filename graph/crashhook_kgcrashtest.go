//go:build kgcrashtest

package graph

import (
	"os"
	"syscall"
)

// Built only with -tags kgcrashtest (robust's crash tests build such a kg):
// KG_CRASH_AFTER_PADDED=1 makes the process kill itself with SIGKILL right
// after the first transaction of a padded replacement, before its pads are
// removed — the worst point for a crash (see apply).
func init() {
	if os.Getenv("KG_CRASH_AFTER_PADDED") == "1" {
		testHookPadded = func() error {
			syscall.Kill(os.Getpid(), syscall.SIGKILL)
			select {}
		}
	}
}
