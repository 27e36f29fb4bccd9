//go:build unix

package bench_test

import (
	"syscall"
	"time"
)

// cpuTime is the process's CPU time, user and system, GC workers included:
// on a shared machine it moves less than the wall clock.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
