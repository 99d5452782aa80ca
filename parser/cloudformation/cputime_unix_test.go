//go:build unix

package cloudformation

import (
	"syscall"
	"time"
)

// processCPU returns the CPU time (user and system) the process has used,
// for benchmarks on a machine shared with other jobs, where wall time says
// little.
func processCPU() (time.Duration, bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, false
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), true
}
